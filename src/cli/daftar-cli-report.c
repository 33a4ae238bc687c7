/* daftar-cli-report.c — daftar-cli report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "daftar-cli-document.h"
#include "daftar-cli-private.h"
#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-duration-format.h"
#include "daftar-fee-rules.h"
#include "daftar-format.h"
#include "daftar-json.h"
#include "daftar-money-format.h"
#include "daftar-period.h"
#include "daftar-report-export.h"
#include "daftar-report-pdf.h"
#include "daftar-safe-file.h"
#include "daftar-store-report.h"
#include "daftar-text.h"

/* Report text */

typedef struct
{
  DaftarCli    *cli;
  DaftarFormat *format;
  gboolean      localized;   /* not English: the locale's digits and money format */
  const char   *currency;
} Printer;

static char *
money_text (const Printer *printer,
            gint64         minor)
{
  return daftar_cli_amount_text (printer->cli, minor, printer->currency);
}

static char *
hours_text (const Printer *printer,
            gint64         seconds)
{
  return daftar_format_hours (printer->format, seconds);
}

static char *
day_text (const Printer *printer,
          DaftarDay      day)
{
  GDate date;

  daftar_day_to_date (day, &date);
  return daftar_format_date (printer->format, &date,
                             printer->localized ? DAFTAR_DATE_STYLE_MEDIUM : DAFTAR_DATE_STYLE_NUMERIC);
}

static void
print_line (const Printer            *printer,
            const DaftarEarningsLine *line)
{
  g_autofree char *actual = hours_text (printer, line->actual_seconds);
  g_autofree char *paid = hours_text (printer, line->paid_seconds);
  g_autofree char *unpaid = hours_text (printer, line->actual_seconds - line->paid_seconds);
  g_autofree char *gross = money_text (printer, line->gross_minor);
  g_autofree char *platform = money_text (printer, line->platform_fees_minor);
  g_autofree char *withdrawal = money_text (printer, line->withdrawal_fees_minor);
  g_autofree char *tools = money_text (printer, line->tool_costs_minor);
  g_autofree char *costs = money_text (printer, line->platform_costs_minor);
  g_autofree char *net = money_text (printer, line->net_minor);
  g_autofree char *nominal = line->has_nominal_rate ? money_text (printer, line->nominal_rate_minor)
                                                    : g_strdup ("—");
  g_autofree char *effective = line->has_effective_rate ? money_text (printer, line->effective_rate_minor)
                                                        : g_strdup ("—");

  g_print ("  ");
  /* Translators: numbers of hours, e.g. "10.0 h worked, 5.29 h paid, 4.71 h unpaid" */
  g_print (_("%s h worked, %s h paid, %s h unpaid"), actual, paid, unpaid);
  g_print ("\n  ");
  /* Translators: "gross 211.60 USD − platform fees 0.00 USD − withdrawal fees 0.00 USD
   * − AI tools 0.00 USD = net 211.60 USD" */
  if (line->platform_costs_minor != 0)
    /* Translators: as above, with the platform's costs (Connects, membership), e.g.
     * "… − AI tools 0.00 USD − platform costs 12.00 USD = net 199.60 USD" */
    g_print (_("gross %s − platform fees %s − withdrawal fees %s − AI tools %s − platform costs %s = net %s"),
             gross, platform, withdrawal, tools, costs, net);
  else
    g_print (_("gross %s − platform fees %s − withdrawal fees %s − AI tools %s = net %s"),
             gross, platform, withdrawal, tools, net);
  g_print ("\n  ");
  /* Translators: hourly rates, e.g. "nominal 40.00 USD an hour, effective 21.16 USD an hour" */
  g_print (_("nominal %s an hour, effective %s an hour"), nominal, effective);
  g_print ("\n");
  if (line->awaiting_minor > 0)
    {
      g_autofree char *awaiting = money_text (printer, line->awaiting_minor);

      g_print ("  ");
      /* Translators: the agreed fixed prices not yet received, e.g. "awaiting payment
       * 700.00 USD (not in net)" */
      g_print (_("awaiting payment %s (not in net)"), awaiting);
      g_print ("\n");
    }
}

static const char *
by_label (DaftarEarningsBy by)
{
  switch (by)
    {
    case DAFTAR_EARNINGS_BY_PROJECT:  return _("by project");
    case DAFTAR_EARNINGS_BY_PLATFORM: return _("by platform");
    case DAFTAR_EARNINGS_BY_CATEGORY: return _("by category");
    case DAFTAR_EARNINGS_BY_CLIENT:   return _("by client");
    case DAFTAR_EARNINGS_BY_TOOL:     return _("by AI tool");
    case DAFTAR_EARNINGS_BY_AI:       return _("with and without AI tools");
    case DAFTAR_EARNINGS_N_BY:
    default:
      g_return_val_if_reached ("");
    }
}

static void
print_report (const Printer              *printer,
              const DaftarEarningsReport *report)
{
  g_autofree char *from = day_text (printer, report->query.from);
  g_autofree char *to = day_text (printer, report->query.to);

  /* Translators: "Earnings from 2025-01-01 to 2025-12-31 in USD, by project" */
  g_print (_("Earnings from %s to %s in %s, %s"), from, to, report->query.currency, by_label (report->query.by));
  g_print ("\n");
  if (report->query.basis == DAFTAR_EARNINGS_BASIS_PAID)
    g_print ("%s\n\n", _("Received: payments count on the day they arrived."));
  else
    g_print ("%s\n\n", _("Earned: fixed-price payments count on the days of the work they pay for."));

  for (guint i = 0; i < report->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (report->groups, i);

      g_print ("%s\n", line->label);
      print_line (printer, line);
    }

  if (report->groups->len == 0)
    g_print ("%s\n", _("No work or payments in this period."));

  g_print ("\n%s\n", _("Total"));
  print_line (printer, report->totals);
  if (report->query.by == DAFTAR_EARNINGS_BY_TOOL)
    g_print ("  %s\n", _("A session with several AI tools counts under each, so the tools add up to more than the total."));

  if (report->rates->len > 0)
    g_print ("\n%s\n", _("Exchange rates used:"));
  for (guint i = 0; i < report->rates->len; i++)
    {
      const DaftarEarningsRate *used = &g_array_index (report->rates, DaftarEarningsRate, i);
      g_autofree char *rate = daftar_cli_rate_text (printer->cli, used->use.rate.base,
                                                    used->use.rate.rate_e8, used->use.rate.quote);
      g_autofree char *day = day_text (printer, used->use.rate.day);

      g_print ("  ");
      /* The same sentence as the PDF statement's: "1 EUR = 1.08000000 USD, rate of 2025-03-01" */
      g_print (_("%s, rate of %s"), rate, day);
      g_print ("\n");
    }

  if (report->rules->len > 0)
    g_print ("\n%s\n", _("Fee rules applied:"));
  for (guint i = 0; i < report->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (report->rules, i);
      g_autofree char *publisher = daftar_text_isolate_n (rule->source_publisher, 300);
      g_autofree char *title = daftar_text_isolate_n (rule->source_title, 300);

      /* Translators: a fee rule's id, then its source's publisher and title, and how
       * reliable the source is (“high”, “medium”…, kept in English). */
      g_print ("  ");
      g_print (_("%s — %s, “%s” (confidence: %s)"), rule->id, publisher, title,
               daftar_confidence_to_key (rule->confidence));
      g_print ("\n    %s\n", rule->source_url);
    }
}

int
daftar_cli_report (DaftarCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autoptr(GError) error = NULL;
  const DaftarFeeRules *rules = NULL;
  g_autoptr(DaftarEarningsInput) input = NULL;
  g_autoptr(DaftarEarningsReport) report = NULL;
  DaftarFormat *format = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *by_text = NULL;
  g_autofree char *basis_text = NULL;
  g_autofree char *currency_text = NULL;
  g_autofree char *currency = NULL;
  const char *period_key = NULL;
  DaftarPeriodKind kind = DAFTAR_PERIOD_THIS_MONTH;
  DaftarEarningsBy by = DAFTAR_EARNINGS_BY_PROJECT;
  DaftarEarningsBasis basis = DAFTAR_EARNINGS_BASIS_WORK;
  DaftarDay from, to;
  gboolean json = FALSE;
  g_autofree char *output_path = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *language_text = NULL;
  gboolean with_sessions = FALSE;
  DaftarCliOutput output;
  char code[4] = "";
  int status;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("today, this-week, last-week, this-month (the default), last-month, this-quarter, this-year, last-year, last-90-days or all; or day, week, month, quarter, year"), N_("PERIOD") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day, inclusive (with --to)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day, inclusive (with --from)"), N_("YYYY-MM-DD") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by_text, N_("Group by project (the default), platform, category, client, tool or ai"), N_("GROUP") },
    { "basis", 0, 0, G_OPTION_ARG_STRING, &basis_text, N_("work: income where the work was done (the default); paid: income when the money arrived"), N_("BASIS") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency_text, N_("Currency to report in (default: the home currency)"), N_("CODE") },
    daftar_cli_json_option (&json),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path, N_("Write to FILE: a PDF statement, CSV or JSON, from its extension"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("pdf, csv or json, whatever the file's extension"), N_("FORMAT") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language_text, N_("The PDF statement's language: en, fa or ar (default: yours)"), N_("LANGUAGE") },
    { "sessions", 0, 0, G_OPTION_ARG_NONE, &with_sessions, N_("List the period's sessions at the end of the PDF statement"), NULL },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— gross, fees, net and hourly rates over a period"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;
  if ((from_text == NULL) != (to_text == NULL))
    return daftar_cli_usage_error (cli, _("--from and --to go together."));
  if (from_text != NULL && period_text != NULL)
    return daftar_cli_usage_error (cli, _("Give either --period or --from and --to, not both."));
  if (!daftar_cli_read_period (cli, period_text, &kind, &status))
    return status;
  if (by_text != NULL && !daftar_earnings_by_from_key (by_text, &by))
    return daftar_cli_usage_error (cli, _("--by takes project, platform, category, client, tool or ai."));
  if (basis_text != NULL && !daftar_earnings_basis_from_key (basis_text, &basis))
    return daftar_cli_usage_error (cli, _("--basis takes work or paid."));

  output = daftar_cli_output_format (format_text, output_path);
  if (output == DAFTAR_CLI_OUTPUT_UNKNOWN)
    return daftar_cli_usage_error (cli, format_text != NULL
                                   ? _("--format takes pdf, csv or json.")
                                   : _("Name the file with .pdf, .csv or .json, or choose --format pdf, csv or json."));
  if (output != DAFTAR_CLI_OUTPUT_TEXT && output_path == NULL)
    return daftar_cli_usage_error (cli, _("--format goes with --output FILE."));
  if (json && output != DAFTAR_CLI_OUTPUT_TEXT)
    return daftar_cli_usage_error (cli, _("--json prints to the terminal; with --output, choose --format json."));
  if (language_text != NULL && !daftar_doc_language_is_known (language_text))
    return daftar_cli_usage_error (cli, _("--language takes en, fa or ar."));
  if (with_sessions && output != DAFTAR_CLI_OUTPUT_PDF)
    return daftar_cli_usage_error (cli, _("--sessions goes with a PDF statement."));

  if (currency_text != NULL && !daftar_currency_normalize (currency_text, code, &error))
    return daftar_cli_fail (cli, error);

  format = daftar_context_get_format (cli->context);

  if (from_text != NULL)
    {
      GDate first, last;

      if (!daftar_cli_parse_date (cli, from_text, &first, &error) ||
          !daftar_cli_parse_date (cli, to_text, &last, &error))
        return daftar_cli_fail (cli, error);
      if (g_date_compare (&first, &last) > 0)
        {
          g_set_error_literal (&error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                               _("--to is before --from."));
          return daftar_cli_fail (cli, error);
        }
      from = daftar_day_from_date (&first);
      to = daftar_day_from_date (&last);
    }

  if (!daftar_cli_open_store (cli, &error))
    return daftar_cli_fail (cli, error);

  if (from_text == NULL)
    {
      if (!daftar_context_resolve_period (cli->context, kind, &from, &to, &error))
        return daftar_cli_fail (cli, error);
      period_key = daftar_period_kind_to_key (kind);
    }

  if (!(currency = daftar_cli_currency (cli, code, &error)))
    return daftar_cli_fail (cli, error);

  if (!(rules = daftar_context_get_fee_rules (cli->context, &error)) ||
      !(input = daftar_store_load_earnings (cli->store, from, to, currency, by, rules, &error)))
    return daftar_cli_fail (cli, error);
  input->query.basis = basis;
  if (!(report = daftar_earnings_compute (input, &error)))
    return daftar_cli_fail (cli, error);

  if (output != DAFTAR_CLI_OUTPUT_TEXT)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *language = NULL;

      if (output == DAFTAR_CLI_OUTPUT_JSON)
        {
          g_autoptr(JsonNode) root = daftar_report_to_json (report, period_key);
          g_autofree char *text = daftar_json_to_text (root, TRUE);

          bytes = g_bytes_new_take (g_strconcat (text, "\n", NULL), strlen (text) + 1);
        }
      else if (output == DAFTAR_CLI_OUTPUT_CSV)
        bytes = daftar_report_to_csv (report);
      else
        {
          g_autoptr(GPtrArray) sessions = NULL;

          /* Every session that started on one of the period's days, in its own offset. */
          if (with_sessions)
            {
              if (!(sessions = daftar_store_list_sessions (cli->store, (gint64) from * 86400 - 86400,
                                                           ((gint64) to + 2) * 86400, &error)))
                return daftar_cli_fail (cli, error);
              for (guint i = sessions->len; i > 0; i--)
                {
                  const DaftarSession *s = g_ptr_array_index (sessions, i - 1);
                  gint64 day = (s->start_utc + s->utc_offset + 86400) / 86400 - 1;

                  if (day < from || day > to)
                    g_ptr_array_remove_index (sessions, i - 1);
                }
            }
          if (!(language = daftar_cli_document_language (language_text, format, &error)) ||
              !(bytes = daftar_cli_statement_pdf (cli, input, report, format, language, sessions, &error)))
            return daftar_cli_fail (cli, error);
        }

      if (!daftar_safe_file_save_bytes (cli->store, output_path, bytes, NULL, &error))
        return daftar_cli_fail (cli, error);
    }
  else if (json)
    {
      g_autoptr(JsonNode) root = daftar_report_to_json (report, period_key);

      daftar_cli_print_json (root);
    }
  else
    {
      Printer printer = {
        .cli = cli,
        .format = format,
        .localized = daftar_cli_is_localized (cli),
        .currency = report->query.currency,
      };

      print_report (&printer, report);
    }

  return DAFTAR_CLI_OK;
}
