/* daftar-cli-fees.c — daftar-cli rate and fee
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-format-typed.h"
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
  g_autoptr(GError) error = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *value = NULL;
  DaftarExchangeRate rate = { .source = DAFTAR_RATE_SOURCE_USER };
  g_autofree char *day = NULL;
  GDate date;
  gint64 id;
  int status;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("Day the rate applies from (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, "rate add", _("BASE QUOTE RATE — record that 1 BASE costs RATE QUOTE"),
                              entries, 3, _("Give two currency codes and a rate, like: EUR USD 1.08"),
                              &argc, &argv, &status))
    return status;

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

  value = daftar_cli_rate_text (cli, rate.base, rate.rate_e8, rate.quote);
  day = daftar_cli_day_text (cli, rate.day);
  number = daftar_format_id (daftar_context_get_format (cli->context), id);
  /* Translators: "Recorded rate 3: 1 EUR = 1.08000000 USD from 2025-03-01." The
   * second %s is the whole rate, "1 EUR = 1.08000000 USD". */
  g_print (_("Recorded rate %s: %s from %s."), number, value, day);
  g_print ("\n");
  return DAFTAR_CLI_OK;
}

static int
rate_list (DaftarCli  *cli,
           int         argc,
           char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarRateTable) rates = NULL;
  gboolean json = FALSE;
  guint n;
  int status;
  GOptionEntry entries[] = { daftar_cli_json_option (&json), { NULL } };

  if (!daftar_cli_parse_args (cli, "rate list", _("— list exchange rates"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;

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
      g_autofree char *value = daftar_cli_rate_text (cli, rate->base, rate->rate_e8, rate->quote);
      g_autofree char *day = daftar_cli_day_text (cli, rate->day);
      g_autofree char *number = daftar_format_id (daftar_context_get_format (cli->context), rate->id);

      g_print ("%4s  %s  %s", number, day, value);
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
  g_autoptr(GError) error = NULL;
  gint64 id;
  char *end = NULL;
  int status;

  if (!daftar_cli_parse_args (cli, "rate delete", _("ID — delete an exchange rate"),
                              NULL, 1, _("Give the rate’s number, from “daftar-cli rate list”."),
                              &argc, &argv, &status))
    return status;

  id = g_ascii_strtoll (argv[1], &end, 10);
  if (end == argv[1] || *end != '\0' || id <= 0)
    return daftar_cli_usage_error (cli, _("Give the rate’s number, from “daftar-cli rate list”."));

  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_store_delete_rate (cli->store, id, &error))
    return daftar_cli_fail (cli, error);

  number = daftar_format_id (daftar_context_get_format (cli->context), id);
  g_print (_("Deleted rate %s."), number);
  g_print ("\n");
  return DAFTAR_CLI_OK;
}

/* The subcommands, each with its line of the usage */
const DaftarCliSubcommand daftar_cli_rate_subcommands[] = {
  { "add", rate_add, N_("Usage: daftar-cli rate add BASE QUOTE RATE [--date YYYY-MM-DD]") },
  { "list", rate_list, N_("       daftar-cli rate list [--json]") },
  { "delete", rate_delete, N_("       daftar-cli rate delete ID") },
  { NULL }
};

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
  daftar_json_add_fee_terms (b, fees);
  json_builder_set_member_name (b, "rule_today");
  if (rule != NULL)
    json_builder_add_value (b, daftar_fee_rule_to_json (rule));
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

static void
print_fees (DaftarFormat            *format,
            const DaftarProject     *project,
            const DaftarProjectFees *fees,
            const DaftarFeeRule     *rule)
{
  g_print ("%s\n", project->name);

  if (fees->has_override_ppm)
    {
      g_autofree char *rate = daftar_format_percent (format, fees->override_ppm, 4);

      g_print ("  ");
      /* Translators: %s is a percentage, like 12.5% */
      g_print (_("Platform fee: %s, set for this project"), rate);
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
      g_autofree char *rate = daftar_format_percent (format, fees->contract_ppm, 4);

      g_print ("  ");
      /* Translators: %s is a percentage, like 15% */
      g_print (_("Contract fee: %s"), rate);
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

/* The project @name names, its own fee terms, and the fee rules they are read with. */
static gboolean
find_project_fees (DaftarCli             *cli,
                   const char            *name,
                   DaftarProject        **project,
                   DaftarProjectFees    **fees,
                   const DaftarFeeRules **rules,
                   GError               **error)
{
  return (*project = daftar_cli_find_project (cli, name, error)) != NULL &&
         (*fees = daftar_store_get_project_fees (cli->store, (*project)->id, error)) != NULL &&
         (*rules = daftar_context_get_fee_rules (cli->context, error)) != NULL;
}

static int
fee_set (DaftarCli  *cli,
         int         argc,
         char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarProjectFees) fees = NULL;
  const DaftarFeeRules *rules = NULL;
  g_autofree char *contract = NULL;
  g_autofree char *override = NULL;
  g_autofree char *withdrawal = NULL;
  gboolean clear = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "contract", 0, 0, G_OPTION_ARG_STRING, &contract, N_("The contract’s fee in percent, where the platform sets one per contract (Upwork: 0–15); “none” to unset"), N_("PERCENT") },
    { "override", 0, 0, G_OPTION_ARG_STRING, &override, N_("A fee in percent that replaces the platform’s rules for this project; “none” to unset"), N_("PERCENT") },
    { "withdrawal", 0, 0, G_OPTION_ARG_STRING, &withdrawal, N_("Withdrawal rule for payments recorded without a fee (see “fee rules”); “none” to unset"), N_("RULE") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, N_("Forget the project’s own fee terms first"), NULL },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, "fee set", _("PROJECT — set a project’s own fee terms"),
                              entries, 1, _("Give the project’s name or number."),
                              &argc, &argv, &status))
    return status;
  if (!clear && contract == NULL && override == NULL && withdrawal == NULL)
    return daftar_cli_usage_error (cli, _("Give --contract, --override, --withdrawal or --clear."));

  if (!find_project_fees (cli, argv[1], &project, &fees, &rules, &error))
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

  print_fees (daftar_context_get_format (cli->context), project, fees,
              daftar_context_find_fee_rule (cli->context, rules, project->platform_key, project->pricing));
  return DAFTAR_CLI_OK;
}

static int
fee_show (DaftarCli  *cli,
          int         argc,
          char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarProjectFees) fees = NULL;
  const DaftarFeeRules *rules = NULL;
  const DaftarFeeRule *rule;
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = { daftar_cli_json_option (&json), { NULL } };

  if (!daftar_cli_parse_args (cli, "fee show", _("PROJECT — show the fees that apply to a project"),
                              entries, 1, _("Give the project’s name or number."),
                              &argc, &argv, &status))
    return status;

  if (!find_project_fees (cli, argv[1], &project, &fees, &rules, &error))
    return daftar_cli_fail (cli, error);

  rule = daftar_context_find_fee_rule (cli->context, rules, project->platform_key, project->pricing);

  if (json)
    {
      g_autoptr(JsonNode) root = fees_to_json (project, fees, rule);

      daftar_cli_print_json (root);
    }
  else
    print_fees (daftar_context_get_format (cli->context), project, fees, rule);

  return DAFTAR_CLI_OK;
}

static int
fee_rules (DaftarCli  *cli,
           int         argc,
           char      **argv)
{
  g_autoptr(GError) error = NULL;
  const DaftarFeeRules *rules = NULL;
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = { daftar_cli_json_option (&json), { NULL } };

  if (!daftar_cli_parse_args (cli, "fee rules", _("— list the platform fee rules Daftar knows, with their sources"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;

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
const DaftarCliSubcommand daftar_cli_fee_subcommands[] = {
  { "set", fee_set, N_("Usage: daftar-cli fee set PROJECT [--contract PERCENT] [--override PERCENT] [--withdrawal RULE] [--clear]") },
  { "show", fee_show, N_("       daftar-cli fee show PROJECT [--json]") },
  { "rules", fee_rules, N_("       daftar-cli fee rules [--json]") },
  { NULL }
};
