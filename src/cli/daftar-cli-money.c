/* daftar-cli-money.c — daftar-cli pay and tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-cli-private.h"
#include "daftar-dates.h"
#include "daftar-json.h"

int
daftar_cli_pay (DaftarCli  *cli,
                int         argc,
                char      **argv)
{
  g_autofree char *number = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *fee_text = NULL;
  g_autofree char *platform_fee_text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *day = NULL;
  DaftarPaymentDraft draft = { 0 };
  char iso[16];
  GDate date;
  gint64 id;
  int status;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("Day the payment was received"), N_("YYYY-MM-DD") },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text, N_("Amount received, in the project’s currency"), N_("AMOUNT") },
    { "withdrawal-fee", 0, 0, G_OPTION_ARG_STRING, &fee_text, N_("Fee taken to withdraw it"), N_("AMOUNT") },
    { "platform-fee", 0, 0, G_OPTION_ARG_STRING, &platform_fee_text, N_("Platform fee it was charged, when the platform says (else reports use its rule)"), N_("AMOUNT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note about the payment"), N_("TEXT") },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("PROJECT — record a payment received"),
                              entries, 1, _("Give the project’s name or number."),
                              &argc, &argv, &status))
    return status;
  if (date_text == NULL || amount_text == NULL)
    return daftar_cli_usage_error (cli, _("--date and --amount are required."));

  if (!daftar_cli_parse_date (cli, date_text, &date, &error))
    return daftar_cli_fail (cli, error);
  g_snprintf (iso, sizeof iso, "%04u-%02u-%02u",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));

  if (!(project = daftar_cli_find_project (cli, argv[1], &error)))
    return daftar_cli_fail (cli, error);

  if (!daftar_cli_parse_amount (amount_text, project->currency, "--amount", &draft.amount_minor,
                                daftar_context_get_format (cli->context), &error) ||
      (fee_text != NULL &&
       !daftar_cli_parse_amount (fee_text, project->currency, "--withdrawal-fee",
                                 &draft.withdrawal_fee_minor, daftar_context_get_format (cli->context), &error)) ||
      (platform_fee_text != NULL &&
       !daftar_cli_parse_amount (platform_fee_text, project->currency, "--platform-fee",
                                 &draft.platform_fee_minor, daftar_context_get_format (cli->context), &error)))
    return daftar_cli_fail (cli, error);
  draft.has_platform_fee = platform_fee_text != NULL;

  draft.project_id = project->id;
  draft.date = iso;
  draft.note = note;

  if (!daftar_store_add_payment (cli->store, &draft, &id, &error))
    return daftar_cli_fail (cli, error);

  amount = daftar_cli_amount_text (cli, draft.amount_minor, project->currency);
  day = daftar_cli_date_text (cli, &date);
  number = daftar_format_id (daftar_context_get_format (cli->context), id);
  /* Translators: "Recorded payment 3: 120.00 USD for Logo design on 2025-03-21." */
  g_print (_("Recorded payment %s: %s for %s on %s.\n"),
           number, amount, project->name, day);
  return DAFTAR_CLI_OK;
}

static int
tool_add (DaftarCli  *cli,
          int         argc,
          char      **argv)
{
  g_autofree char *number = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cost_text = NULL;
  g_autofree char *currency = NULL;
  DaftarMoney cost = { 0 };
  gint64 id;
  int status;
  GOptionEntry entries[] = {
    { "monthly-cost", 0, 0, G_OPTION_ARG_STRING, &cost_text, N_("Subscription price per month"), N_("AMOUNT") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("Currency of the monthly cost, e.g. USD"), N_("CODE") },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, "tool add", _("NAME — add an AI tool"),
                              entries, 1, _("Give the tool’s name, in quotes if it has spaces."),
                              &argc, &argv, &status))
    return status;
  if ((cost_text == NULL) != (currency == NULL))
    return daftar_cli_usage_error (cli, _("--monthly-cost and --currency go together."));

  if (cost_text != NULL &&
      (!daftar_currency_normalize (currency, cost.currency, &error) ||
       !daftar_cli_parse_amount (cost_text, cost.currency, "--monthly-cost", &cost.minor,
                                 daftar_context_get_format (cli->context), &error)))
    return daftar_cli_fail (cli, error);

  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_store_add_tool (cli->store, argv[1], cost_text ? &cost : NULL, &id, &error))
    return daftar_cli_fail (cli, error);

  number = daftar_format_id (daftar_context_get_format (cli->context), id);
  g_print (_("Added AI tool %s: %s\n"), number, g_strstrip (argv[1]));
  return DAFTAR_CLI_OK;
}

static int
tool_list (DaftarCli  *cli,
           int         argc,
           char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tools = NULL;
  gboolean json = FALSE;
  gboolean all = FALSE;
  int status;
  GOptionEntry entries[] = {
    daftar_cli_json_option (&json),
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Include hidden tools"), NULL },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, "tool list", _("— list AI tools"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;

  if (!daftar_cli_open_store (cli, &error) ||
      !(tools = daftar_store_list_tools (cli->store, all, &error)))
    return daftar_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < tools->len; i++)
        json_array_add_element (array, daftar_tool_to_json (g_ptr_array_index (tools, i)));
      daftar_cli_print_json_array (array);
      return DAFTAR_CLI_OK;
    }

  for (guint i = 0; i < tools->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (tools, i);

      g_print ("%4" G_GINT64_FORMAT "  %s", tool->id, tool->name);
      if (tool->has_cost)
        {
          g_autofree char *cost = daftar_cli_money_string (tool->monthly_cost.minor,
                                                           tool->monthly_cost.currency);
          g_print (" · ");
          /* Translators: a monthly subscription price, e.g. "20.00 USD a month" */
          g_print (_("%s a month"), cost);
        }
      if (tool->hidden)
        g_print (" · %s", _("hidden"));
      g_print ("\n");
    }

  return DAFTAR_CLI_OK;
}

/* The subcommands, each with its line of the usage */
const DaftarCliSubcommand daftar_cli_tool_subcommands[] = {
  { "add", tool_add, N_("Usage: daftar-cli tool add NAME [--monthly-cost AMOUNT --currency CODE]") },
  { "list", tool_list, N_("       daftar-cli tool list [--all] [--json]") },
  { NULL }
};
