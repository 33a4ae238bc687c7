/* daftar-invoice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Line items from logged sessions, the way the earnings report counts them: hourly work
 * is paid time × the project's rate, per-task work its earned amounts, a fixed-price
 * project its agreed price as one line. Then the subtotal, an optional tax line and the
 * total, all integers of minor units with the one rounding rule.
 */
#define G_LOG_DOMAIN "daftar-invoice"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-text.h"
#include "daftar-fees.h"
#include "daftar-int64.h"
#include "daftar-invoice.h"

G_DEFINE_QUARK (daftar-invoice-error-quark, daftar_invoice_error)

void
daftar_billable_session_free (DaftarBillableSession *session)
{
  if (session == NULL)
    return;

  g_free (session->note);
  g_free (session->invoiced_number);
  g_free (session);
}

static void
line_free (gpointer data)
{
  DaftarInvoiceLine *line = data;

  g_free (line->description);
  g_free (line);
}

DaftarInvoice *
daftar_invoice_new (void)
{
  DaftarInvoice *invoice = g_new0 (DaftarInvoice, 1);

  invoice->lines = g_ptr_array_new_with_free_func (line_free);
  invoice->session_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return invoice;
}

void
daftar_invoice_free (DaftarInvoice *invoice)
{
  if (invoice == NULL)
    return;

  g_free (invoice->number);
  g_free (invoice->client);
  g_ptr_array_unref (invoice->lines);
  g_free (invoice->tax_name);
  g_free (invoice->notes);
  g_free (invoice->sender.name);
  g_free (invoice->sender.address);
  g_free (invoice->sender.tax_id);
  g_free (invoice->sender.payment);
  g_array_unref (invoice->session_ids);
  g_free (invoice->invoiced_number);
  g_free (invoice);
}

static gboolean
overflow (GError **error)
{
  g_set_error_literal (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_OVERFLOW,
                       _("The invoice’s amounts are too large to add up."));
  return FALSE;
}

/* The line that sessions of @key go on, made when it is the first. */
static DaftarInvoiceLine *
line_for (GHashTable          *lines,
          GPtrArray           *order,
          const char          *key,
          const char          *description,
          DaftarDay            day,
          const DaftarProject *project)
{
  DaftarInvoiceLine *line = g_hash_table_lookup (lines, key);

  if (line == NULL)
    {
      line = g_new0 (DaftarInvoiceLine, 1);
      line->day = day;
      line->description = g_strdup (description);
      line->hourly = project->pricing == DAFTAR_PRICING_HOURLY;
      line->rate_minor = project->rate_minor;
      g_hash_table_insert (lines, g_strdup (key), line);
      g_ptr_array_add (order, line);
    }
  return line;
}

/**
 * daftar_invoice_add_project:
 * @sessions: (element-type DaftarBillableSession): @project's sessions in the period,
 *   in time order
 *
 * Adds @project's lines: one per day (each named for the project, with the day's
 * notes) or one per task (sessions with the same note).
 */
gboolean
daftar_invoice_add_project (DaftarInvoice         *invoice,
                            const DaftarProject   *project,
                            GPtrArray             *sessions,
                            DaftarInvoiceGrouping  grouping,
                            GError               **error)
{
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  gint64 seconds = 0;

  if (sessions->len == 0)
    return TRUE;

  if (invoice->currency[0] == '\0')
    g_strlcpy (invoice->currency, project->currency, sizeof invoice->currency);
  else if (!g_str_equal (invoice->currency, project->currency))
    {
      g_set_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_CURRENCY,
                   _("The client’s projects are in different currencies (%s and %s): invoice one project at a time."),
                   invoice->currency, project->currency);
      return FALSE;
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      const DaftarBillableSession *s = g_ptr_array_index (sessions, i);
      g_autofree char *key = NULL;
      DaftarInvoiceLine *line;
      const char *note = s->note != NULL ? g_strstrip (s->note) : "";

      g_array_append_val (invoice->session_ids, s->id);
      if (s->invoiced_number != NULL)
        {
          invoice->n_invoiced++;
          if (invoice->invoiced_number == NULL)
            invoice->invoiced_number = g_strdup (s->invoiced_number);
        }
      if (!daftar_int64_add_checked (seconds, s->paid_seconds, &seconds))
        return overflow (error);

      /* A fixed price is billed whole, on one line, below. */
      if (project->pricing == DAFTAR_PRICING_FIXED)
        continue;

      if (grouping == DAFTAR_INVOICE_BY_NOTE)
        {
          key = g_strdup (note);
          line = line_for (lines, order, key, note[0] != '\0' ? note : project->name, s->day, project);
        }
      else
        {
          key = g_strdup_printf ("%d", s->day);
          line = line_for (lines, order, key, project->name, s->day, project);
          if (note[0] != '\0' && strstr (line->description, note) == NULL)
            {
              char *longer = g_strdup_printf ("%s — %s", line->description, note);

              g_free (line->description);
              line->description = longer;
            }
        }

      if (!daftar_int64_add_checked (line->seconds, s->paid_seconds, &line->seconds) ||
          (s->has_earned && !daftar_int64_add_checked (line->amount_minor, s->earned_minor, &line->amount_minor)))
        return overflow (error);
    }

  if (project->pricing == DAFTAR_PRICING_FIXED)
    {
      DaftarInvoiceLine *line = g_new0 (DaftarInvoiceLine, 1);
      const DaftarBillableSession *first = g_ptr_array_index (sessions, 0);

      line->day = first->day;
      line->description = g_strdup (project->name);
      line->seconds = seconds;
      line->hourly = FALSE;
      line->amount_minor = project->has_price ? project->price_minor : 0;
      g_ptr_array_add (invoice->lines, line);
      return TRUE;
    }

  for (guint i = 0; i < order->len; i++)
    {
      DaftarInvoiceLine *line = g_ptr_array_index (order, i);

      if (line->hourly && !daftar_int64_mul_div_round (line->seconds, line->rate_minor, 3600,
                                                       &line->amount_minor))
        return overflow (error);
      /* Ownership moves to the invoice. */
      g_ptr_array_add (invoice->lines, line);
    }
  return TRUE;
}

/**
 * daftar_invoice_set_tax:
 * @spec: "NAME:PERCENT", e.g. "VAT:9" or "مالیات:۹"
 */
gboolean
daftar_invoice_set_tax (DaftarInvoice  *invoice,
                        const char     *spec,
                        GError        **error)
{
  const char *colon = strrchr (spec, ':');
  g_autofree char *name = NULL;
  gint32 ppm;

  if (colon == NULL || colon == spec)
    {
      g_autofree char *example = daftar_text_isolate ("VAT:9");

      g_set_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_TAX,
                   _("Give the tax as NAME:PERCENT, for example %s."), example);
      return FALSE;
    }
  name = g_strstrip (g_strndup (spec, colon - spec));
  if (name[0] == '\0' || !g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > 40)
    {
      g_autofree char *example = daftar_text_isolate ("VAT:9");

      g_set_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_TAX,
                   _("The tax needs a short name, for example %s."), example);
      return FALSE;
    }
  if (!daftar_percent_parse (colon + 1, &ppm, error))
    return FALSE;

  g_free (invoice->tax_name);
  invoice->tax_name = g_steal_pointer (&name);
  invoice->tax_ppm = ppm;
  return TRUE;
}

/* Adds up the lines, the tax and the total. */
gboolean
daftar_invoice_finish (DaftarInvoice  *invoice,
                       GError        **error)
{
  invoice->subtotal_minor = 0;
  invoice->tax_minor = 0;

  if (invoice->lines->len == 0)
    {
      g_set_error_literal (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_EMPTY,
                           _("No sessions to bill in this period."));
      return FALSE;
    }

  for (guint i = 0; i < invoice->lines->len; i++)
    {
      const DaftarInvoiceLine *line = g_ptr_array_index (invoice->lines, i);

      if (!daftar_int64_add_checked (invoice->subtotal_minor, line->amount_minor, &invoice->subtotal_minor))
        return overflow (error);
    }

  if (invoice->tax_name != NULL &&
      !daftar_int64_mul_div_round (invoice->subtotal_minor, invoice->tax_ppm, 1000000, &invoice->tax_minor))
    return overflow (error);

  if (!daftar_int64_add_checked (invoice->subtotal_minor, invoice->tax_minor, &invoice->total_minor))
    return overflow (error);
  return TRUE;
}
