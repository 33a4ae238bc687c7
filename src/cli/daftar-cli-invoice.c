/* daftar-cli-invoice.c — daftar-cli invoice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-cli-document.h"
#include "daftar-cli-private.h"
#include "daftar-dates.h"
#include "daftar-format.h"
#include "daftar-digits.h"
#include "daftar-invoice-pdf.h"
#include "daftar-json.h"
#include "daftar-safe-file.h"
#include "daftar-store-invoices.h"
#include "daftar-text.h"
#include "daftar-validate.h"

static gboolean
parse_day (const char  *text,
           DaftarDay   *out,
           GError     **error)
{
  GDate date;

  if (!daftar_date_parse_iso (text, &date, error))
    return FALSE;
  *out = daftar_day_from_date (&date);
  return TRUE;
}

/* A number as typed: trimmed, 1 to 64 characters, no control characters; any digits
 * become 0–9, so “۱۲” and “12” are one number. */
static char *
clean_number (const char    *text,
              DaftarFormat  *format,
              GError       **error)
{
  g_autofree char *clean = daftar_text_clean_name (text);
  g_autofree char *latin = NULL;

  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        clean[0] = '\0';
        break;
      }
  if (clean[0] == '\0' || g_utf8_strlen (clean, -1) > 64)
    {
      g_autofree char *most = daftar_format_integer (format, 64);

      /* Translators: %s is a number of characters, 64 */
      g_set_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_NUMBER,
                   _("An invoice number is some text, at most %s characters long."), most);
      return NULL;
    }
  latin = daftar_digits_normalize (clean);
  return g_steal_pointer (&latin);
}

static void
fill_sender (DaftarCli     *cli,
             DaftarInvoice *invoice)
{
  invoice->sender.name = daftar_cli_settings_text (cli, "invoice-name");
  invoice->sender.address = daftar_cli_settings_text (cli, "invoice-address");
  invoice->sender.tax_id = daftar_cli_settings_text (cli, "invoice-tax-id");
  invoice->sender.payment = daftar_cli_settings_text (cli, "invoice-payment-details");
}

static int
invoice_new (DaftarCli  *cli,
             int         argc,
             char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoice) invoice = NULL;
  g_autoptr(DaftarInvoiceDoc) doc = NULL;
  g_autoptr(DaftarFormat) format = NULL;
  g_autoptr(DaftarSafeFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *client = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *number_text = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *issued_text = NULL;
  g_autofree char *tax_text = NULL;
  g_autofree char *language_text = NULL;
  g_autofree char *by_text = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *language = NULL;
  g_autofree char *number = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *total = NULL;
  DaftarInvoiceGrouping grouping = DAFTAR_INVOICE_BY_DAY;
  DaftarDay from, to, issued, due = 0;
  GDate today;
  gint64 id;
  int status;
  GOptionEntry entries[] = {
    { "client", 0, 0, G_OPTION_ARG_STRING, &client, N_("Bill all of a client's projects instead of one project"), N_("NAME") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day of the work billed, inclusive"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day of the work billed, inclusive"), N_("YYYY-MM-DD") },
    { "number", 0, 0, G_OPTION_ARG_STRING, &number_text, N_("The invoice's number (default: the next in the ledger)"), N_("N") },
    { "issued", 0, 0, G_OPTION_ARG_STRING, &issued_text, N_("The day the invoice is issued (default: today)"), N_("YYYY-MM-DD") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due_text, N_("The day payment is due"), N_("YYYY-MM-DD") },
    { "tax", 0, 0, G_OPTION_ARG_STRING, &tax_text, N_("A tax line on the subtotal, e.g. VAT:9"), N_("NAME:PERCENT") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by_text, N_("One line per day (the default) or per task (the sessions' notes)"), N_("day|task") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("A note printed under the total"), N_("TEXT") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language_text, N_("The invoice's language: en, fa or ar (default: yours)"), N_("LANGUAGE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &path, N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, "invoice", _("PROJECT|--client NAME — bill a project's or a client's sessions, as a PDF"),
                              entries, -1, NULL, &argc, &argv, &status))
    return status;

  if ((client == NULL) == (argc != 2) || argc > 2)
    return daftar_cli_usage_error (cli, _("Name one project, or a client with --client."));
  if (from_text == NULL || to_text == NULL)
    return daftar_cli_usage_error (cli, _("Give the period with --from and --to."));
  if (path == NULL)
    return daftar_cli_usage_error (cli, _("Give the PDF file to write with --output."));
  if (daftar_cli_output_format (NULL, path) != DAFTAR_CLI_OUTPUT_PDF)
    return daftar_cli_usage_error (cli, _("An invoice is a PDF: name the file with .pdf."));
  if (language_text != NULL && !daftar_doc_language_is_known (language_text))
    return daftar_cli_usage_error (cli, _("--language takes en, fa or ar."));
  if (by_text != NULL && !g_str_equal (by_text, "day") && !g_str_equal (by_text, "task"))
    return daftar_cli_usage_error (cli, _("--by takes day or task."));
  if (by_text != NULL && g_str_equal (by_text, "task"))
    grouping = DAFTAR_INVOICE_BY_NOTE;

  if (!parse_day (from_text, &from, &error) || !parse_day (to_text, &to, &error) ||
      (due_text != NULL && !parse_day (due_text, &due, &error)))
    return daftar_cli_fail (cli, error);
  if (from > to)
    {
      g_set_error_literal (&error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("--to is before --from."));
      return daftar_cli_fail (cli, error);
    }
  if (issued_text != NULL)
    {
      if (!parse_day (issued_text, &issued, &error))
        return daftar_cli_fail (cli, error);
    }
  else
    {
      daftar_date_today (&today);
      issued = daftar_day_from_date (&today);
    }
  if (due_text != NULL && due < issued)
    {
      g_set_error_literal (&error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("The due date is before the day the invoice is issued."));
      return daftar_cli_fail (cli, error);
    }
  if (number_text != NULL && !(number = clean_number (number_text, daftar_context_get_format (cli->context), &error)))
    return daftar_cli_fail (cli, error);

  format = daftar_format_new_from_environment ();
  if (!(language = daftar_cli_document_language (language_text, format, &error)))
    return daftar_cli_fail (cli, error);

  if (!daftar_cli_open_store (cli, &error))
    return daftar_cli_fail (cli, error);
  /* Refused before anything is worked out when it is the ledger or one of its files. */
  if (!(file = daftar_safe_file_new (cli->store, path, &error)))
    return daftar_cli_fail (cli, error);

  if (!(invoice = daftar_store_build_invoice (cli->store, client == NULL ? argv[1] : NULL, client,
                                              from, to, grouping, &error)))
    return daftar_cli_fail (cli, error);
  if (number != NULL)
    {
      g_free (invoice->number);
      invoice->number = g_steal_pointer (&number);
    }
  invoice->issued = issued;
  invoice->has_due = due_text != NULL;
  invoice->due = due;
  invoice->notes = g_steal_pointer (&notes);
  fill_sender (cli, invoice);
  if ((tax_text != NULL && !daftar_invoice_set_tax (invoice, tax_text, &error)) ||
      !daftar_invoice_finish (invoice, &error))
    return daftar_cli_fail (cli, error);

  if (!(doc = daftar_invoice_doc_new (invoice, language, format,
                                      daftar_paper_for_locale (daftar_format_get_locale (format)), &error)) ||
      !(bytes = daftar_invoice_doc_to_pdf (doc, &error)))
    return daftar_cli_fail (cli, error);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  /* Recorded first: a number the ledger already has leaves no file behind. */
  if (!daftar_safe_file_write_bytes (file, bytes, NULL, &error) ||
      !daftar_store_record_invoice (cli->store, invoice, sha256, &id, &error) ||
      !daftar_safe_file_commit (file, &error))
    return daftar_cli_fail (cli, error);

  /* Issued, and said so after: a refused invoice warns of nothing. */
  if (invoice->n_invoiced > 0)
    {
      g_autofree char *count = daftar_format_integer (daftar_context_get_format (cli->context), invoice->n_invoiced);
      g_autofree char *earlier = daftar_text_for_terminal (invoice->invoiced_number, -1);

      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               /* Translators: a warning; the first %s is a number of sessions,
                                * the second an earlier invoice's number */
                               "Warning: %s of these sessions was already billed, on invoice %s.\n",
                               "Warning: %s of these sessions were already billed, on invoice %s and maybe others.\n",
                               invoice->n_invoiced),
                  count, earlier);
    }

  total = daftar_cli_amount_text (cli, invoice->total_minor, invoice->currency);
  {
    g_autofree char *shown_number = daftar_text_for_terminal (invoice->number, -1);
    g_autofree char *shown_client = daftar_text_for_terminal (invoice->client, -1);
    g_autofree char *count = daftar_format_integer (daftar_context_get_format (cli->context), invoice->session_ids->len);

    g_print (g_dngettext (GETTEXT_PACKAGE,
                          /* Translators: "Invoice 3 to Brightline Media: 1 session, 120.00 USD." */
                          "Invoice %s to %s: %s session, %s.\n",
                          "Invoice %s to %s: %s sessions, %s.\n",
                          invoice->session_ids->len),
             shown_number, shown_client, count, total);
  }
  return DAFTAR_CLI_OK;
}

static JsonNode *
invoices_to_json (GPtrArray *records)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_array (b);
  for (guint i = 0; i < records->len; i++)
    {
      const DaftarInvoiceRecord *r = g_ptr_array_index (records, i);

      json_builder_begin_object (b);
      daftar_json_add_int (b, "id", r->id);
      daftar_json_add_text (b, "number", r->number);
      daftar_json_add_text (b, "client", r->client);
      daftar_json_add_int_or_null (b, "project_id", r->project_id > 0, r->project_id);
      daftar_json_add_day (b, "from", r->from);
      daftar_json_add_day (b, "to", r->to);
      daftar_json_add_day (b, "issued", r->issued);
      if (r->has_due)
        daftar_json_add_day (b, "due", r->due);
      else
        daftar_json_add_null (b, "due");
      daftar_json_add_text (b, "currency", r->currency);
      daftar_json_add_money (b, "total", r->total_minor, r->currency);
      daftar_json_add_int (b, "sessions", r->n_sessions);
      daftar_json_add_text (b, "pdf_sha256", r->pdf_sha256);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

static int
invoice_list (DaftarCli  *cli,
              int         argc,
              char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = { daftar_cli_json_option (&json), { NULL } };

  if (!daftar_cli_parse_args (cli, "invoice list", _("— the invoices issued, oldest first"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;

  if (!daftar_cli_open_store (cli, &error) ||
      !(records = daftar_store_list_invoices (cli->store, &error)))
    return daftar_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonNode) root = invoices_to_json (records);

      daftar_cli_print_json (root);
      return DAFTAR_CLI_OK;
    }

  if (records->len == 0)
    g_print ("%s\n", _("No invoices yet."));
  for (guint i = 0; i < records->len; i++)
    {
      const DaftarInvoiceRecord *r = g_ptr_array_index (records, i);
      g_autofree char *number = daftar_text_for_terminal (r->number, -1);
      g_autofree char *client = daftar_text_for_terminal (r->client, -1);
      g_autofree char *total = daftar_cli_amount_text (cli, r->total_minor, r->currency);
      g_autofree char *issued = daftar_cli_day_text (cli, r->issued);
      g_autofree char *from = daftar_cli_day_text (cli, r->from);
      g_autofree char *to = daftar_cli_day_text (cli, r->to);

      /* Translators: one invoice: "12  2025-04-01  Brightline Media  2025-03-01 – 2025-03-31  840.00 USD" */
      g_print (_("%s  %s  %s  %s – %s  %s"), number, issued, client, from, to, total);
      g_print ("\n");
    }
  return DAFTAR_CLI_OK;
}

/* The subcommands, each with its line of the usage */
const DaftarCliSubcommand daftar_cli_invoice_subcommands[] = {
  { NULL, invoice_new, N_("Usage: daftar-cli invoice PROJECT|--client NAME --from D --to D [--number N] [--due D] [--tax NAME:PERCENT] [--language en|fa|ar] --output FILE.pdf") },
  { "list", invoice_list, N_("       daftar-cli invoice list [--json]") },
  { NULL }
};
