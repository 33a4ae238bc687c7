/* daftar-guidance-goals.c — the card that says the month is behind its income goal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pace rule is daftar_goals_month_behind(); this file only writes the card:
 * why (the month's net, the goal, what the pace asks for by now, what each day
 * left needs) and what to do.
 */
#define G_LOG_DOMAIN "daftar-guidance"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-format-typed.h"
#include "daftar-guidance-private.h"
#include "daftar-money-format.h"

/**
 * daftar_guidance_goal_pace_card:
 * @progress: the current month's progress
 * @format: how figures are written
 *
 * Returns: (transfer full) (nullable): the card, or %NULL when the month is on pace
 *   or has no income goal
 */
DaftarGuidanceCard *
daftar_guidance_goal_pace_card (const DaftarGoalsProgress *progress,
                                DaftarFormat              *format)
{
  const DaftarGoalProgress *net = &progress->monthly_net;
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  DaftarGuidanceContext ctx = { .format = format, .cards = cards };
  g_autofree char *actual = NULL;
  g_autofree char *target = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *days_text = NULL;
  g_autofree char *per_day_text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  DaftarGuidanceCard *card;
  gint64 expected = 0;
  gint64 days_left, per_day;

  if (!daftar_goals_month_behind (progress, &expected))
    return NULL;

  /* Today is not over: it counts among the days left. */
  days_left = MAX ((gint64) progress->month_last - progress->today + 1, 1);
  /* What each day left must bring, rounded up to the minor unit */
  per_day = (net->target - net->actual + days_left - 1) / days_left;

  card = daftar_guidance_card_new (&ctx, g_strdup ("goal-pace-month"), DAFTAR_GUIDANCE_GOAL_PACE,
                                   DAFTAR_GUIDANCE_TONE_WARNING, SCORE_GOAL_PACE);
  card->amount_minor = net->actual;
  card->share_permille = net->ratio_e4 / 10;

  actual = daftar_format_money_minor (format, net->actual, progress->currency);
  target = daftar_format_money_minor (format, net->target, progress->currency);
  expected_text = daftar_format_money_minor (format, expected, progress->currency);
  percent = daftar_format_percent (format, net->ratio_e4 / 100, 0);
  days_text = daftar_format_integer (format, days_left);
  per_day_text = daftar_format_money_minor (format, MAX (per_day, 0), progress->currency);

  card->title = g_strdup (_("This month is behind your income goal"));
  card->body = g_strdup (_("At this pace the month ends short of the net income you aimed for. "
                           "The days left can still close the gap."));
  /* Translators: "You have netted $400.00 of your $3,000.00 goal for this month (13%); by
   * now the pace asks for $1,500.00." */
  first = g_strdup_printf (_("You have netted %s of your %s goal for this month (%s); by now the pace asks for %s."),
                           actual, target, percent, expected_text);
  /* Translators: the first %s is a number of days, the second an amount */
  second = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s day is left in the month: %s a day reaches the goal.",
                                         "%s days are left in the month: %s a day reaches the goal.",
                                         (gulong) days_left),
                            days_text, per_day_text);
  card->why = g_strconcat (first, " ", second, NULL);

  ADD_ACTIONS (card,
               N_("Log the work you haven’t logged yet: unlogged hours don’t count toward the goal."),
               N_("Follow up on invoices and payments due this month."),
               N_("Plan the hours the days left need, or take a short job that pays this month."),
               N_("If the goal no longer fits this month, change it in Preferences."));

  return card;
}
