/* daftar-invoice-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The invoice's page: the sender (from Preferences → Invoicing) at the start side, the
 * number and dates at the end side, the client, the lines (day or task, hours, rate,
 * amount), the subtotal, the tax line and the total, then notes and payment details. In
 * Persian and Arabic it all runs right to left with native digits and the calendar; names
 * and notes the user typed are isolated so their own direction can't reorder the page.
 */
#define G_LOG_DOMAIN "daftar-invoice-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-date-format.h"
#include "daftar-duration-format.h"
#include "daftar-fees.h"
#include "daftar-format-typed.h"
#include "daftar-invoice-pdf.h"
#include "daftar-money-format.h"
#include "daftar-text.h"

struct _DaftarInvoiceDoc
{
  DaftarDoc           *doc;
  const DaftarInvoice *invoice;   /* borrowed */
};

#define T(msgid) daftar_doc_gettext (self->doc, (msgid))

static char *
money (DaftarInvoiceDoc *self,
       gint64            minor)
{
  return daftar_doc_money (self->doc, minor, self->invoice->currency);
}

static char *
date_text (DaftarInvoiceDoc *self,
           DaftarDay         day)
{
  return daftar_doc_day (self->doc, day, DAFTAR_DATE_STYLE_LONG);
}

/* User text, isolated; NULL or empty gives "". */
static char *
user (const char *text)
{
  return text != NULL && text[0] != '\0' ? daftar_text_isolate_n (text, 2000) : g_strdup ("");
}

static void
draw_parties (DaftarInvoiceDoc *self)
{
  const DaftarInvoice *inv = self->invoice;
  DaftarDoc *doc = self->doc;
  DaftarFormat *format = daftar_doc_get_format (doc);
  g_autoptr(GString) sender = g_string_new (NULL);
  g_autoptr(GString) facts = g_string_new (NULL);
  g_autofree char *number = daftar_format_digits (format, inv->number);
  g_autofree char *issued = date_text (self, inv->issued);
  g_autofree char *from = date_text (self, inv->from);
  g_autofree char *to = date_text (self, inv->to);
  g_autofree char *client = user (inv->client);
  g_autofree char *line = NULL;

  if (inv->sender.name != NULL && inv->sender.name[0] != '\0')
    {
      g_autofree char *name = user (inv->sender.name);

      g_string_append (sender, name);
    }
  if (inv->sender.address != NULL && inv->sender.address[0] != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (inv->sender.address, "\n", 8);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *text = user (lines[i]);

          if (sender->len > 0)
            g_string_append_c (sender, '\n');
          g_string_append (sender, text);
        }
    }
  if (inv->sender.tax_id != NULL && inv->sender.tax_id[0] != '\0')
    {
      g_autofree char *tax_id = user (inv->sender.tax_id);

      if (sender->len > 0)
        g_string_append_c (sender, '\n');
      /* Translators: the sender's tax number on an invoice, e.g. "Tax ID: DE123456789" */
      g_string_append_printf (sender, T (N_("Tax ID: %s")), tax_id);
    }

  /* Translators: an invoice's number, e.g. "Invoice no. 12" */
  g_string_append_printf (facts, T (N_("Invoice no. %s")), number);
  g_string_append_c (facts, '\n');
  /* Translators: the day an invoice was issued */
  g_string_append_printf (facts, T (N_("Issued: %s")), issued);
  if (inv->has_due)
    {
      g_autofree char *due = date_text (self, inv->due);

      g_string_append_c (facts, '\n');
      /* Translators: the day an invoice must be paid by */
      g_string_append_printf (facts, T (N_("Due: %s")), due);
    }

  daftar_doc_side_by_side (doc, DAFTAR_DOC_TITLE, T (N_("Invoice")), "");
  daftar_doc_space (doc, 6);
  daftar_doc_side_by_side (doc, DAFTAR_DOC_NORMAL, sender->str, facts->str);
  daftar_doc_space (doc, 14);
  daftar_doc_paragraph (doc, DAFTAR_DOC_BOLD, T (N_("Bill to")));
  daftar_doc_paragraph (doc, DAFTAR_DOC_NORMAL, client);
  /* Translators: the period an invoice covers: "Work from March 1, 2025 to March 31, 2025" */
  line = g_strdup_printf (T (N_("Work from %s to %s")), from, to);
  daftar_doc_paragraph (doc, DAFTAR_DOC_SMALL, line);
  daftar_doc_space (doc, 12);
}

static void
draw_lines (DaftarInvoiceDoc *self)
{
  static const DaftarDocColumn columns[] = {
    { 1.6, FALSE }, { 4.0, FALSE }, { 1.0, TRUE }, { 1.5, TRUE }, { 1.7, TRUE },
  };
  const char *header[] = {
    T (N_("Date")), T (N_("Description")), T (N_("Hours")), T (N_("Hourly Rate")), T (N_("Amount")), NULL,
  };
  const DaftarInvoice *inv = self->invoice;
  DaftarDoc *doc = self->doc;
  DaftarFormat *format = daftar_doc_get_format (doc);

  daftar_doc_table_begin (doc, columns, G_N_ELEMENTS (columns), header);
  for (guint i = 0; i < inv->lines->len && !daftar_doc_is_cancelled (doc); i++)
    {
      const DaftarInvoiceLine *line = g_ptr_array_index (inv->lines, i);
      g_autofree char *day = daftar_doc_day (doc, line->day, DAFTAR_DATE_STYLE_MEDIUM);
      g_autofree char *description = user (line->description);
      g_autofree char *hours = daftar_format_hours (format, line->seconds);
      g_autofree char *rate = line->hourly ? money (self, line->rate_minor) : g_strdup ("—");
      g_autofree char *amount = money (self, line->amount_minor);
      const char *cells[] = { day, description, hours, rate, amount, NULL };

      daftar_doc_table_row (doc, DAFTAR_DOC_NORMAL, cells);
    }
  daftar_doc_table_end (doc);
}

static void
draw_totals (DaftarInvoiceDoc *self)
{
  static const DaftarDocColumn columns[] = { { 5.5, FALSE }, { 2.5, FALSE }, { 1.8, TRUE } };
  const DaftarInvoice *inv = self->invoice;
  DaftarDoc *doc = self->doc;
  g_autofree char *subtotal = money (self, inv->subtotal_minor);
  g_autofree char *total = money (self, inv->total_minor);

  daftar_doc_table_begin (doc, columns, G_N_ELEMENTS (columns), NULL);
  {
    const char *cells[] = { "", T (N_("Subtotal")), subtotal, NULL };

    daftar_doc_table_row (doc, DAFTAR_DOC_NORMAL, cells);
  }
  if (inv->tax_name != NULL)
    {
      g_autofree char *tax = money (self, inv->tax_minor);
      g_autofree char *percent = daftar_format_percent (daftar_doc_get_format (doc), inv->tax_ppm, 4);
      g_autofree char *name = user (inv->tax_name);
      g_autofree char *label = NULL;
      const char *cells[4];

      /* Translators: a tax line on an invoice: its name and rate, e.g. "VAT (9%)" */
      label = g_strdup_printf (T (N_("%s (%s)")), name, percent);
      cells[0] = "";
      cells[1] = label;
      cells[2] = tax;
      cells[3] = NULL;
      daftar_doc_table_row (doc, DAFTAR_DOC_NORMAL, cells);
    }
  {
    const char *cells[] = { "", T (N_("Total")), total, NULL };

    daftar_doc_table_row (doc, DAFTAR_DOC_HEADING, cells);
  }
  daftar_doc_table_end (doc);
}

static void
draw_notes (DaftarInvoiceDoc *self)
{
  const DaftarInvoice *inv = self->invoice;
  DaftarDoc *doc = self->doc;

  if (inv->notes != NULL && inv->notes[0] != '\0')
    {
      g_autofree char *notes = user (inv->notes);

      daftar_doc_space (doc, 8);
      daftar_doc_paragraph (doc, DAFTAR_DOC_BOLD, T (N_("Notes")));
      daftar_doc_paragraph (doc, DAFTAR_DOC_NORMAL, notes);
    }
  if (inv->sender.payment != NULL && inv->sender.payment[0] != '\0')
    {
      g_autofree char *payment = user (inv->sender.payment);

      daftar_doc_space (doc, 8);
      daftar_doc_paragraph (doc, DAFTAR_DOC_BOLD, T (N_("Payment Details")));
      daftar_doc_paragraph (doc, DAFTAR_DOC_NORMAL, payment);
    }
}

static void
draw (DaftarDoc *doc,
      gpointer   user_data)
{
  DaftarInvoiceDoc *self = user_data;

  draw_parties (self);
  draw_lines (self);
  draw_totals (self);
  draw_notes (self);
}

/**
 * daftar_invoice_doc_new:
 * @invoice: (transfer none): kept, not copied: it must outlive the document
 *
 * Returns: (transfer full): the invoice's document, or %NULL with @error set
 */
DaftarInvoiceDoc *
daftar_invoice_doc_new (const DaftarInvoice *invoice,
                        const char          *language,
                        DaftarFormat        *user_format,
                        DaftarPaper          paper,
                        GError             **error)
{
  DaftarInvoiceDoc *self;
  g_autofree char *number = NULL;
  g_autofree char *footer = NULL;

  if (!daftar_doc_language_is_known (language))
    {
      g_set_error (error, DAFTAR_DOC_ERROR, DAFTAR_DOC_ERROR_LANGUAGE,
                   _("Documents are written in en, fa or ar, not in “%s”."), language);
      return NULL;
    }

  self = g_new0 (DaftarInvoiceDoc, 1);
  self->doc = daftar_doc_new (language, user_format, paper);
  self->invoice = invoice;
  number = daftar_format_digits (daftar_doc_get_format (self->doc), invoice->number);
  footer = g_strdup_printf (T (N_("Invoice no. %s")), number);
  daftar_doc_set_footer (self->doc, footer);
  return self;
}

void
daftar_invoice_doc_free (DaftarInvoiceDoc *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->doc, daftar_doc_free);
  g_free (self);
}

DAFTAR_DOC_DEFINE_OUTPUT (DaftarInvoiceDoc, daftar_invoice_doc, draw)
