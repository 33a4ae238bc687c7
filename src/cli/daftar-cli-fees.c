/* daftar-cli-fees.c — daftar-cli rate and fee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-cli-private.h"
#include "daftar-dates.h"
#include "daftar-fee-rules.h"
#include "daftar-fees.h"
#include "daftar-json.h"
#include "daftar-store-report.h"
#include "daftar-text.h"

/* daftar-cli rate */

static int
rate_add (DaftarCli  *cli,
          int         argc,
          char      **argv)
{
  g_autofree char *number = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *value = NULL;
  DaftarExchangeRate rate = { .source = DAFTAR_RATE_SOURCE_USER };
  char day[DAFTAR_DAY_ISO_LEN];
  GDate date;
  gint64 id;
  int status;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("Day the rate applies from (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };

  cli->command_name = "rate add";
  context = g_option_context_new (_("BASE QUOTE RATE — record that 1 BASE costs RATE QUOTE"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!daftar_cli_parse (cli, context, &argc, &argv, &status))
    return status;

  if (argc != 4)
    return daftar_cli_usage_error (cli, context, _("Give two currency codes and a rate, like: EUR USD 1.08"));

  if (date_text != NULL)
    {
      if (!daftar_cli_parse_date (cli, date_text, &date, &error))
        return daftar_cli_fail (cli, error);
    }
  else
    daftar_context_today (cli->context, &date);

  rate.day = daftar_day_from_date (&date);
  if (!daftar_currency_normalize (argv[1], rate.base, &error) ||
      !daftar_currency_normalize (argv[2], rate.quote, &error) ||
      !daftar_rate_parse (argv[3], &rate.rate_e8, &error))
    return daftar_cli_fail (cli, error);

  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_store_add_rate (cli->store, &rate, &id, &error))
    return daftar_cli_fail (cli, error);

  value = daftar_rate_to_string (rate.rate_e8);
  daftar_day_to_iso (rate.day, day);
  number = daftar_format_id (daftar_context_get_format (cli->context), id);
  /* Translators: "Recorded rate 3: 1 EUR = 1.08000000 USD from 2025-03-01." */
  g_print (_("Recorded rate %s: 1 %s = %s %s from %s."), number, rate.base, value,
           rate.quote, day);
  g_print ("\n");
  return DAFTAR_CLI_OK;
}

static int
rate_list (DaftarCli  *cli,
           int         argc,
           char      **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarRateTable) rates = NULL;
  gboolean json = FALSE;
  guint n;
  int status;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  cli->command_name = "rate list";
  context = g_option_context_new (_("— list exchange rates"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!daftar_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return daftar_cli_usage_error (cli, context, _("This command takes no arguments."));

  if (!daftar_cli_open_store (cli, &error) ||
      !(rates = daftar_store_load_rates (cli->store, &error)))
    return daftar_cli_fail (cli, error);

  n = daftar_rate_table_get_n_rates (rates);
  if (json)
    {
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < n; i++)
        json_array_add_element (array, daftar_json_rate (daftar_rate_table_get_rate (rates, i)));
      daftar_cli_print_json_array (array);
      return DAFTAR_CLI_OK;
    }

  for (guint i = 0; i < n; i++)
    {
      const DaftarExchangeRate *rate = daftar_rate_table_get_rate (rates, i);
      g_autofree char *value = daftar_rate_to_string (rate->rate_e8);
      char day[DAFTAR_DAY_ISO_LEN];

      daftar_day_to_iso (rate->day, day);
      g_print ("%4" G_GINT64_FORMAT "  %s  1 %s = %s %s", rate->id, day, rate->base, value, rate->quote);
      if (rate->source == DAFTAR_RATE_SOURCE_FEED)
        g_print (" · %s", _("from the market feed"));
      g_print ("\n");
    }

  if (n == 0)
    g_print ("%s\n", _("No exchange rates yet. Add one with “daftar-cli rate add”."));

  return DAFTAR_CLI_OK;
}

static int
rate_delete (DaftarCli  *cli,
             int         argc,
             char      **argv)
{
  g_autofree char *number = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  char *end = NULL;
  int status;

  cli->command_name = "rate delete";
  context = g_option_context_new (_("ID — delete an exchange rate"));
  if (!daftar_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return daftar_cli_usage_error (cli, context, _("Give the rate’s number, from “daftar-cli rate list”."));

  id = g_ascii_strtoll (argv[1], &end, 10);
  if (end == argv[1] || *end != '\0' || id <= 0)
    return daftar_cli_usage_error (cli, context, _("Give the rate’s number, from “daftar-cli rate list”."));

  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_store_delete_rate (cli->store, id, &error))
    return daftar_cli_fail (cli, error);

  number = daftar_format_id (daftar_context_get_format (cli->context), id);
  g_print (_("Deleted rate %s."), number);
  g_print ("\n");
  return DAFTAR_CLI_OK;
}

/* The subcommands, each with its line of the usage */
static const DaftarCliSubcommand rate_subcommands[] = {
  { "add", rate_add, N_("Usage: daftar-cli rate add BASE QUOTE RATE [--date YYYY-MM-DD]") },
  { "list", rate_list, N_("       daftar-cli rate list [--json]") },
  { "delete", rate_delete, N_("       daftar-cli rate delete ID") },
  { NULL }
};

int
daftar_cli_rate (DaftarCli  *cli,
                 int         argc,
                 char      **argv)
{
  return daftar_cli_dispatch (cli, argc, argv, rate_subcommands);
}

/* daftar-cli fee */

static JsonNode *
fees_to_json (const DaftarProject       *project,
              const DaftarProjectFees   *fees,
              const DaftarFeeRule       *rule)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_int (b, "project_id", project->id);
  daftar_json_add_text (b, "project", project->name);
  daftar_json_add_text (b, "platform", project->platform_key);
  json_builder_set_member_name (b, "contract_ppm");
  if (fees->has_contract_ppm)
    json_builder_add_int_value (b, fees->contract_ppm);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "override_ppm");
  if (fees->has_override_ppm)
    json_builder_add_int_value (b, fees->override_ppm);
  else
    json_builder_add_null_value (b);
  daftar_json_add_string (b, "withdrawal_rule", fees->withdrawal_rule);
  json_builder_set_member_name (b, "rule_today");
  if (rule != NULL)
    json_builder_add_value (b, daftar_fee_rule_to_json (rule));
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

static void
print_fees (const DaftarProject     *project,
            const DaftarProjectFees *fees,
            const DaftarFeeRule     *rule)
{
  g_print ("%s\n", project->name);

  if (fees->has_override_ppm)
    {
      g_autofree char *rate = daftar_ppm_to_percent (fees->override_ppm);

      g_print ("  ");
      /* Translators: %s%% is a percentage, like 12.5% */
      g_print (_("Platform fee: %s%%, set for this project"), rate);
      g_print ("\n");
    }
  else if (rule != NULL)
    {
      g_autofree char *publisher = daftar_text_isolate_n (rule->source_publisher, 300);

      g_print ("  ");
      /* Translators: a fee rule's id, its source's publisher, and its confidence */
      g_print (_("Platform fee today: rule %s (%s, confidence: %s)"), rule->id,
               publisher, daftar_confidence_to_key (rule->confidence));
      g_print ("\n");
    }
  else
    g_print ("  %s\n", _("Platform fee today: no known rule, so none is counted"));

  if (fees->has_contract_ppm)
    {
      g_autofree char *rate = daftar_ppm_to_percent (fees->contract_ppm);

      g_print ("  ");
      /* Translators: %s%% is a percentage, like 15% */
      g_print (_("Contract fee: %s%%"), rate);
      g_print ("\n");
    }

  if (fees->withdrawal_rule != NULL)
    {
      g_print ("  ");
      /* Translators: %s is a withdrawal rule's id, like upwork-withdraw-wire */
      g_print (_("Withdrawal rule for payments recorded without a fee: %s"), fees->withdrawal_rule);
      g_print ("\n");
    }
}

/* “none” unsets; anything else is a percentage. */
static gboolean
parse_fee_option (const char  *text,
                  const char  *option,
                  gboolean    *out_has,
                  gint32      *out_ppm,
                  GError     **error)
{
  if (text == NULL)
    return TRUE;

  if (g_ascii_strcasecmp (text, "none") == 0)
    {
      *out_has = FALSE;
      return TRUE;
    }

  if (!daftar_percent_parse (text, out_ppm, error))
    {
      g_prefix_error (error, "%s: ", option);
      return FALSE;
    }

  *out_has = TRUE;
  return TRUE;
}

static int
fee_set (DaftarCli  *cli,
         int         argc,
         char      **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarProjectFees) fees = NULL;
  const DaftarFeeRules *rules = NULL;
  g_autofree char *contract = NULL;
  g_autofree char *override = NULL;
  g_autofree char *withdrawal = NULL;
  gboolean clear = FALSE;
  GDate today;
  int status;
  GOptionEntry entries[] = {
    { "contract", 0, 0, G_OPTION_ARG_STRING, &contract, N_("The contract’s fee in percent, where the platform sets one per contract (Upwork: 0–15); “none” to unset"), N_("PERCENT") },
    { "override", 0, 0, G_OPTION_ARG_STRING, &override, N_("A fee in percent that replaces the platform’s rules for this project; “none” to unset"), N_("PERCENT") },
    { "withdrawal", 0, 0, G_OPTION_ARG_STRING, &withdrawal, N_("Withdrawal rule for payments recorded without a fee (see “fee rules”); “none” to unset"), N_("RULE") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, N_("Forget the project’s own fee terms first"), NULL },
    { NULL }
  };

  cli->command_name = "fee set";
  context = g_option_context_new (_("PROJECT — set a project’s own fee terms"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!daftar_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return daftar_cli_usage_error (cli, context, _("Give the project’s name or number."));
  if (!clear && contract == NULL && override == NULL && withdrawal == NULL)
    return daftar_cli_usage_error (cli, context, _("Give --contract, --override, --withdrawal or --clear."));

  if (!daftar_cli_open_store (cli, &error) ||
      !(project = daftar_store_find_project (cli->store, argv[1], &error)) ||
      !(fees = daftar_store_get_project_fees (cli->store, project->id, &error)) ||
      !(rules = daftar_context_get_fee_rules (cli->context, &error)))
    return daftar_cli_fail (cli, error);

  if (clear)
    {
      fees->has_contract_ppm = fees->has_override_ppm = FALSE;
      g_clear_pointer (&fees->withdrawal_rule, g_free);
    }

  if (!parse_fee_option (contract, "--contract", &fees->has_contract_ppm, &fees->contract_ppm, &error) ||
      !parse_fee_option (override, "--override", &fees->has_override_ppm, &fees->override_ppm, &error))
    return daftar_cli_fail (cli, error);

  if (withdrawal != NULL)
    {
      g_clear_pointer (&fees->withdrawal_rule, g_free);
      if (g_ascii_strcasecmp (withdrawal, "none") != 0)
        fees->withdrawal_rule = g_strdup (withdrawal);
    }

  if (!daftar_store_set_project_fees (cli->store, fees, rules, &error))
    return daftar_cli_fail (cli, error);

  daftar_context_today (cli->context, &today);
  print_fees (project, fees, daftar_fee_rules_find (rules, project->platform_key, project->pricing,
                                                    daftar_day_from_date (&today)));
  return DAFTAR_CLI_OK;
}

static int
fee_show (DaftarCli  *cli,
          int         argc,
          char      **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarProjectFees) fees = NULL;
  const DaftarFeeRules *rules = NULL;
  const DaftarFeeRule *rule;
  gboolean json = FALSE;
  GDate today;
  int status;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  cli->command_name = "fee show";
  context = g_option_context_new (_("PROJECT — show the fees that apply to a project"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!daftar_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return daftar_cli_usage_error (cli, context, _("Give the project’s name or number."));

  if (!daftar_cli_open_store (cli, &error) ||
      !(project = daftar_store_find_project (cli->store, argv[1], &error)) ||
      !(fees = daftar_store_get_project_fees (cli->store, project->id, &error)) ||
      !(rules = daftar_context_get_fee_rules (cli->context, &error)))
    return daftar_cli_fail (cli, error);

  daftar_context_today (cli->context, &today);
  rule = daftar_fee_rules_find (rules, project->platform_key, project->pricing,
                                daftar_day_from_date (&today));

  if (json)
    {
      g_autoptr(JsonNode) root = fees_to_json (project, fees, rule);

      daftar_cli_print_json (root);
    }
  else
    print_fees (project, fees, rule);

  return DAFTAR_CLI_OK;
}

static int
fee_rules (DaftarCli  *cli,
           int         argc,
           char      **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const DaftarFeeRules *rules = NULL;
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  cli->command_name = "fee rules";
  context = g_option_context_new (_("— list the platform fee rules Daftar knows, with their sources"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!daftar_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return daftar_cli_usage_error (cli, context, _("This command takes no arguments."));

  if (!(rules = daftar_context_get_fee_rules (cli->context, &error)))
    return daftar_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < rules->rules->len; i++)
        json_array_add_element (array, daftar_fee_rule_to_json (g_ptr_array_index (rules->rules, i)));
      daftar_cli_print_json_array (array);
      return DAFTAR_CLI_OK;
    }

  for (guint i = 0; i < rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (rules->rules, i);
      g_autofree char *publisher = daftar_text_isolate_n (rule->source_publisher, 300);
      g_autofree char *title = daftar_text_isolate_n (rule->source_title, 300);
      g_autofree char *note = rule->note ? daftar_text_isolate_n (rule->note, 2000) : NULL;
      char from[DAFTAR_DAY_ISO_LEN] = "…", to[DAFTAR_DAY_ISO_LEN] = "…";

      if (rule->has_from)
        daftar_day_to_iso (rule->effective_from, from);
      if (rule->has_to)
        daftar_day_to_iso (rule->effective_to, to);
      g_print ("%s  %s  %s  %s – %s\n", rule->id, rule->platform,
               daftar_fee_shape_to_key (rule->shape), from, to);
      if (note != NULL)
        g_print ("    %s\n", note);
      g_print ("    %s, “%s” · %s · %s\n", publisher, title,
               daftar_confidence_to_key (rule->confidence), rule->source_url);
    }

  return DAFTAR_CLI_OK;
}

/* The subcommands, each with its line of the usage */
static const DaftarCliSubcommand fee_subcommands[] = {
  { "set", fee_set, N_("Usage: daftar-cli fee set PROJECT [--contract PERCENT] [--override PERCENT] [--withdrawal RULE] [--clear]") },
  { "show", fee_show, N_("       daftar-cli fee show PROJECT [--json]") },
  { "rules", fee_rules, N_("       daftar-cli fee rules [--json]") },
  { NULL }
};

int
daftar_cli_fee (DaftarCli  *cli,
                int         argc,
                char      **argv)
{
  return daftar_cli_dispatch (cli, argc, argv, fee_subcommands);
}
