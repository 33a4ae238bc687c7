/* daftar-cli-goal.c — daftar-cli goal: set and show the monthly, weekly and rate goals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The goals are in the ledger (daftar-store-goals.c), shared with the app.  The
 * actual figures are the earnings reports', for the current month and week in the
 * user's calendar, on the default basis.
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-format-typed.h"
#include "daftar-cli-private.h"
#include "daftar-dates.h"
#include "daftar-duration-format.h"
#include "daftar-duration.h"
#include "daftar-json.h"
#include "daftar-money-format.h"
#include "daftar-store-goals.h"
#include "daftar-validate.h"

/* An option's value: NULL when not given, "" to clear the goal. */
static gboolean
is_clear (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return stripped[0] == '\0';
}

static gboolean
parse_money_goal (const char  *text,
                  const char  *currency,
                  const char  *option,
                  gboolean    *out_has,
                  gint64      *out_minor,
                  DaftarFormat *format,
                  GError     **error)
{
  if (text == NULL)
    return TRUE;
  *out_has = !is_clear (text);
  *out_minor = 0;

  return !*out_has || daftar_cli_parse_amount (text, currency, option, out_minor, format, error);
}

static int
goal_set (DaftarCli  *cli,
          int         argc,
          char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *monthly_text = NULL;
  g_autofree char *hours_text = NULL;
  g_autofree char *rate_text = NULL;
  g_autofree char *currency_text = NULL;
  g_autofree char *home = NULL;
  gboolean clear = FALSE;
  DaftarGoals goals;
  char code[4] = "";
  int status;
  GOptionEntry entries[] = {
    { "monthly-net", 0, 0, G_OPTION_ARG_STRING, &monthly_text, N_("Net income to reach each month; empty to remove the goal"), N_("AMOUNT") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency_text, N_("Currency of the money goals (default: the home currency)"), N_("CODE") },
    { "weekly-hours", 0, 0, G_OPTION_ARG_STRING, &hours_text, N_("Hours to work each week, such as 20h or 37:30; empty to remove the goal"), N_("HOURS") },
    { "target-rate", 0, 0, G_OPTION_ARG_STRING, &rate_text, N_("Net income per hour worked to aim for; empty to remove the goal"), N_("AMOUNT") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, N_("Remove every goal"), NULL },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— set the monthly income, weekly hours and target rate goals"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;
  if (clear && (monthly_text || hours_text || rate_text || currency_text))
    return daftar_cli_usage_error (cli, _("--clear takes no other option."));
  if (!clear && !monthly_text && !hours_text && !rate_text && !currency_text)
    return daftar_cli_usage_error (cli, _("Give at least one goal, or --clear."));

  if (currency_text != NULL && !daftar_currency_normalize (currency_text, code, &error))
    return daftar_cli_fail (cli, error);

  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_store_get_goals (cli->store, &goals, &error))
    return daftar_cli_fail (cli, error);

  if (clear)
    memset (&goals, 0, sizeof goals);
  else
    {
      gboolean kept_money = (goals.has_monthly_net && monthly_text == NULL) ||
                            (goals.has_target_rate && rate_text == NULL);

      if (code[0] == '\0' && daftar_currency_is_valid (goals.currency) &&
          (goals.has_monthly_net || goals.has_target_rate))
        g_strlcpy (code, goals.currency, sizeof code);
      else if (code[0] == '\0')
        {
          if (!(home = daftar_cli_default_currency (cli, &error)))
            return daftar_cli_fail (cli, error);
          g_strlcpy (code, home, sizeof code);
        }
      else if (kept_money && g_strcmp0 (code, goals.currency) != 0)
        return daftar_cli_usage_error (cli,
                                       _("The money goals share one currency: give --monthly-net and --target-rate again with --currency."));

      g_strlcpy (goals.currency, code, sizeof goals.currency);
      if (!parse_money_goal (monthly_text, code, "--monthly-net",
                             &goals.has_monthly_net, &goals.monthly_net_minor,
                             daftar_context_get_format (cli->context), &error) ||
          !parse_money_goal (rate_text, code, "--target-rate",
                             &goals.has_target_rate, &goals.target_rate_minor,
                             daftar_context_get_format (cli->context), &error))
        return daftar_cli_fail (cli, error);
      if (hours_text != NULL)
        {
          goals.has_weekly_hours = !is_clear (hours_text);
          goals.weekly_seconds = 0;
          if (goals.has_weekly_hours &&
              !daftar_duration_parse (hours_text, &goals.weekly_seconds, daftar_context_get_format (cli->context), &error))
            {
              g_prefix_error (&error, "--weekly-hours: ");
              return daftar_cli_fail (cli, error);
            }
        }
      if (!goals.has_monthly_net && !goals.has_target_rate)
        goals.currency[0] = '\0';
    }

  if (!daftar_store_set_goals (cli->store, &goals, &error))
    return daftar_cli_fail (cli, error);

  g_print ("%s\n", daftar_goals_any (&goals) ? _("Goals saved.") : _("No goals are set now."));
  return DAFTAR_CLI_OK;
}

/* goal show */

static void
add_ratio (JsonBuilder              *b,
           const DaftarGoalProgress *goal)
{
  json_builder_set_member_name (b, "ratio");
  if (goal->has_actual)
    json_builder_add_double_value (b, goal->ratio_e4 / 10000.0);
  else
    json_builder_add_null_value (b);
}

static void
add_money_goal (JsonBuilder              *b,
                const char               *member,
                const DaftarGoalProgress *goal,
                const char               *currency)
{
  json_builder_set_member_name (b, member);
  if (!goal->set)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  daftar_json_add_money (b, "target", goal->target, currency);
  daftar_json_add_money_or_null (b, "actual", goal->has_actual, goal->actual, currency);
  add_ratio (b, goal);
  json_builder_end_object (b);
}

static void
add_period (JsonBuilder *b,
            const char  *member,
            DaftarDay    first,
            DaftarDay    last)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  daftar_json_add_day (b, "from", first);
  daftar_json_add_day (b, "to", last);
  json_builder_end_object (b);
}

static JsonNode *
progress_to_json (const DaftarGoalsProgress *p)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_string (b, "currency", p->currency);
  add_period (b, "month", p->month_first, p->month_last);
  add_period (b, "week", p->week_first, p->week_last);
  add_money_goal (b, "monthly_net", &p->monthly_net, p->currency);
  json_builder_set_member_name (b, "weekly_hours");
  if (p->weekly_hours.set)
    {
      json_builder_begin_object (b);
      daftar_json_add_hours (b, "target", p->weekly_hours.target);
      daftar_json_add_hours (b, "actual", p->weekly_hours.actual);
      add_ratio (b, &p->weekly_hours);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  add_money_goal (b, "target_rate", &p->target_rate, p->currency);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

static char *
format_percent (DaftarFormat             *format,
                const DaftarGoalProgress *goal)
{
  /* Ten-thousandths are hundredths of a percent: one decimal is plenty. */
  return daftar_format_percent (format, goal->ratio_e4 / 10, 1);
}

static void
print_progress (DaftarFormat              *format,
                const DaftarGoalsProgress *p)
{
  if (p->monthly_net.set)
    {
      g_autofree char *actual = daftar_format_money_minor (format, p->monthly_net.actual, p->currency);
      g_autofree char *target = daftar_format_money_minor (format, p->monthly_net.target, p->currency);
      g_autofree char *percent = format_percent (format, &p->monthly_net);

      /* Translators: "Net income this month: 1,500.00 US$ of 3,000.00 US$ (50%)" */
      g_print (_("Net income this month: %s of %s (%s)\n"), actual, target, percent);
    }
  if (p->weekly_hours.set)
    {
      g_autofree char *actual = daftar_format_hours (format, p->weekly_hours.actual);
      g_autofree char *target = daftar_format_hours (format, p->weekly_hours.target);
      g_autofree char *percent = format_percent (format, &p->weekly_hours);

      /* Translators: "Hours worked this week: 12.5 h of 20.0 h (62.5%)" */
      g_print (_("Hours worked this week: %s h of %s h (%s)\n"), actual, target, percent);
    }
  if (p->target_rate.set)
    {
      g_autofree char *target = daftar_format_money_minor (format, p->target_rate.target, p->currency);

      if (p->target_rate.has_actual)
        {
          g_autofree char *actual = daftar_format_money_minor (format, p->target_rate.actual, p->currency);
          g_autofree char *percent = format_percent (format, &p->target_rate);

          /* Translators: "Effective rate this month: 25.00 US$ of 30.00 US$ an hour (83.3%)" */
          g_print (_("Effective rate this month: %s of %s an hour (%s)\n"), actual, target, percent);
        }
      else
        /* Translators: %s is an amount: "No hours worked this month; the target rate is 30.00 US$ an hour" */
        g_print (_("No hours worked this month; the target rate is %s an hour\n"), target);
    }
}

static int
goal_show (DaftarCli  *cli,
           int         argc,
           char      **argv)
{
  g_autoptr(GError) error = NULL;
  DaftarFormat *format = NULL;
  const DaftarFeeRules *rules = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *home = NULL;
  gboolean json = FALSE;
  DaftarGoals goals;
  DaftarGoalsProgress progress;
  GDate today;
  int status;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("Show the month and week of this day (default: today)"), N_("YYYY-MM-DD") },
    daftar_cli_json_option (&json),
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— how this month and week measure up to the goals"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;

  if (date_text != NULL && !daftar_cli_parse_date (cli, date_text, &today, &error))
    return daftar_cli_fail (cli, error);
  if (date_text == NULL)
    daftar_context_today (cli->context, &today);

  format = daftar_context_get_format (cli->context);
  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_store_get_goals (cli->store, &goals, &error) ||
      !(home = daftar_cli_default_currency (cli, &error)) ||
      !(rules = daftar_context_get_fee_rules (cli->context, &error)) ||
      !daftar_store_goals_progress (cli->store, &goals, home, daftar_format_get_calendar (format),
                                    daftar_format_get_locale (format), &today, rules,
                                    &progress, &error))
    return daftar_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonNode) root = progress_to_json (&progress);

      daftar_cli_print_json (root);
    }
  else if (!daftar_goals_any (&goals))
    g_print ("%s\n", _("No goals are set. Set them with “daftar-cli goal set”."));
  else
    print_progress (format, &progress);

  return DAFTAR_CLI_OK;
}

/* The subcommands, each with its line of the usage */
const DaftarCliSubcommand daftar_cli_goal_subcommands[] = {
  { "set", goal_set, N_("Usage: daftar-cli goal set [--monthly-net AMOUNT [--currency CODE]] [--weekly-hours HOURS] [--target-rate AMOUNT] [--clear]") },
  { "show", goal_show, N_("       daftar-cli goal show [--date YYYY-MM-DD] [--json]") },
  { NULL }
};
