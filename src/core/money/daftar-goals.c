/* daftar-goals.c — goals, and the current month and week measured against them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actual figures are the earnings reports' own (daftar-earnings.c), on the
 * default basis, over the month and the week in the user's calendar: this file
 * only compares.
 */
#define G_LOG_DOMAIN "daftar-goals"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-goals.h"
#include "daftar-int64.h"
#include "daftar-money.h"
#include "daftar-validate.h"

gboolean
daftar_goals_any (const DaftarGoals *goals)
{
  return goals->has_monthly_net || goals->has_weekly_hours || goals->has_target_rate;
}

/**
 * daftar_goals_validate_all:
 * @result: where every field's error goes
 *
 * Amounts and hours above zero, hours within a week, and a currency for money goals.
 * Each error's code names the field: DAFTAR_VALIDATION_ERROR_CURRENCY or _GOAL_*.
 *
 * Returns: whether @goals passed
 */
gboolean
daftar_goals_validate_all (const DaftarGoals *goals,
                           DaftarValidation  *result)
{
  g_return_val_if_fail (goals != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if ((goals->has_monthly_net || goals->has_target_rate) &&
      !daftar_currency_is_valid (goals->currency))
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_CURRENCY,
                           _("Choose the currency of the goals."));
  if (goals->has_monthly_net &&
      (goals->monthly_net_minor <= 0 || goals->monthly_net_minor > DAFTAR_AMOUNT_MAX_MINOR))
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_GOAL_NET,
                           _("The monthly income goal must be more than zero."));
  if (goals->has_weekly_hours &&
      (goals->weekly_seconds <= 0 || goals->weekly_seconds > DAFTAR_GOAL_WEEK_MAX_SECONDS))
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_GOAL_HOURS,
                           _("The weekly hours goal must be more than zero and at most a week."));
  if (goals->has_target_rate &&
      (goals->target_rate_minor <= 0 || goals->target_rate_minor > DAFTAR_AMOUNT_MAX_MINOR))
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_GOAL_RATE,
                           _("The target rate must be more than zero."));

  return daftar_validation_is_valid (result);
}

/**
 * daftar_goals_validate:
 *
 * Like daftar_goals_validate_all(), telling the first problem only.
 */
gboolean
daftar_goals_validate (const DaftarGoals  *goals,
                       GError            **error)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();

  daftar_goals_validate_all (goals, result);
  return daftar_validation_propagate (result, error);
}

static void
progress_set (DaftarGoalProgress *progress,
              gboolean            set,
              gint64              target,
              gboolean            has_actual,
              gint64              actual)
{
  memset (progress, 0, sizeof *progress);
  progress->set = set;
  progress->target = target;
  progress->has_actual = has_actual;
  progress->actual = has_actual ? actual : 0;
  if (set && has_actual && target > 0 &&
      !daftar_int64_mul_div_round (MAX (progress->actual, 0), 10000, target, &progress->ratio_e4))
    progress->ratio_e4 = G_MAXINT64;
}

/**
 * daftar_goals_progress_init:
 * @month: the current month's report, in the goals' currency
 * @week: the current week's report
 *
 * Fills @progress from the reports' totals: the month's net and effective rate, the
 * week's hours worked.
 */
void
daftar_goals_progress_init (DaftarGoalsProgress        *progress,
                            const DaftarGoals          *goals,
                            const DaftarEarningsReport *month,
                            const DaftarEarningsReport *week,
                            DaftarDay                   today)
{
  memset (progress, 0, sizeof *progress);
  g_strlcpy (progress->currency, month->query.currency, sizeof progress->currency);
  progress->today = today;
  progress->month_first = month->query.from;
  progress->month_last = month->query.to;
  progress->week_first = week->query.from;
  progress->week_last = week->query.to;

  progress_set (&progress->monthly_net, goals->has_monthly_net, goals->monthly_net_minor,
                TRUE, month->totals->net_minor);
  progress_set (&progress->weekly_hours, goals->has_weekly_hours, goals->weekly_seconds,
                TRUE, week->totals->actual_seconds);
  progress_set (&progress->target_rate, goals->has_target_rate, goals->target_rate_minor,
                month->totals->has_effective_rate, month->totals->effective_rate_minor);
}

/**
 * daftar_goals_month_behind:
 * @out_expected_minor: (out) (optional): the net the pace asks for by now
 *
 * The month is behind pace when its net is short of the goal's share for the days
 * already over (today not counted) by more than a tenth of the goal: a slow first
 * week, or a payment due tomorrow, is not yet behind.
 */
gboolean
daftar_goals_month_behind (const DaftarGoalsProgress *progress,
                           gint64                    *out_expected_minor)
{
  const DaftarGoalProgress *net = &progress->monthly_net;
  gint64 days = (gint64) progress->month_last - progress->month_first + 1;
  gint64 over = (gint64) progress->today - progress->month_first;
  gint64 expected = 0;

  if (!net->set || days <= 0 || over <= 0)
    return FALSE;
  over = MIN (over, days);
  if (!daftar_int64_mul_div_round (net->target, over, days, &expected))
    return FALSE;
  if (out_expected_minor != NULL)
    *out_expected_minor = expected;

  return net->actual < expected - net->target / 10;
}
