/* daftar-import-generic.c — any other CSV, through a mapping of its columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Payout sheets from task platforms and hand-kept spreadsheets have no fixed shape,
 * so the user names what each column holds (daftar-import.h: DaftarImportField), and
 * the mapping is remembered under the header for the next file like it.  A row with
 * a start or a duration is a session, paid per task when it has an amount; a row
 * with only a date and an amount is a payment.  Dates are ISO (2025-03-31), alone or
 * with a time; a start or an end may be a time of day on the row's date.
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-day.h"
#include "daftar-import-private.h"
#include "daftar-money.h"

typedef struct
{
  int         columns[DAFTAR_N_IMPORT_FIELDS];
} Generic;

#define CELL(field) daftar_import_cell (fields, n_fields, g->columns[field])

/* "2025-03-31", "2025-03-31 14:05", "2025-03-31T14:05:30": @out_seconds -1 without a time. */
static gboolean
parse_moment (const char  *text,
              GDate       *out_date,
              int         *out_seconds,
              GError     **error)
{
  g_autofree char *date = g_strstrip (g_strdup (text));
  char *sep = strpbrk (date, "T ");

  *out_seconds = -1;
  if (sep != NULL)
    {
      *sep = '\0';
      if (!daftar_import_parse_time_of_day (sep + 1, out_seconds, error))
        return FALSE;
    }

  return daftar_import_parse_iso_date (date, out_date, error);
}

static gboolean
generic_row (DaftarImportParser  *parser,
             guint                line,
             char               **fields,
             guint                n_fields,
             GError             **error)
{
  Generic *g = parser->format_data;
  DaftarImportRecord record = { .line = line, .platform = "other" };
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *base = NULL;
  GError *local_error = NULL;
  GDate date;
  gboolean has_date = FALSE, has_start = FALSE;
  int start = 12 * 3600;
  gboolean ok;

  record.project = CELL (DAFTAR_IMPORT_FIELD_PROJECT);
  record.note = CELL (DAFTAR_IMPORT_FIELD_NOTE);

  if (*CELL (DAFTAR_IMPORT_FIELD_CURRENCY) != '\0')
    {
      if (!daftar_currency_normalize (CELL (DAFTAR_IMPORT_FIELD_CURRENCY), record.currency, &local_error))
        goto bad;
    }
  else if (parser->options->currency != NULL)
    g_strlcpy (record.currency, parser->options->currency, sizeof record.currency);
  else
    {
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_CURRENCY,
                           _("The file names no currency. Choose the one its projects are paid in."));
      return FALSE;
    }

  if (*CELL (DAFTAR_IMPORT_FIELD_DATE) != '\0')
    {
      int seconds;

      if (!parse_moment (CELL (DAFTAR_IMPORT_FIELD_DATE), &date, &seconds, &local_error))
        goto bad;
      has_date = TRUE;
      if (seconds >= 0)
        start = seconds, has_start = TRUE;
    }

  if (*CELL (DAFTAR_IMPORT_FIELD_START) != '\0')
    {
      GDate start_date;
      int seconds;

      if (strchr (CELL (DAFTAR_IMPORT_FIELD_START), '-') != NULL)
        {
          if (!parse_moment (CELL (DAFTAR_IMPORT_FIELD_START), &start_date, &seconds, &local_error))
            goto bad;
          date = start_date;
          has_date = TRUE;
        }
      else if (!daftar_import_parse_time_of_day (CELL (DAFTAR_IMPORT_FIELD_START), &seconds, &local_error))
        goto bad;
      start = MAX (seconds, 0);
      has_start = TRUE;
    }

  if (!has_date)
    {
      g_set_error_literal (&local_error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                           _("The row has no date."));
      goto bad;
    }

  if (*CELL (DAFTAR_IMPORT_FIELD_AMOUNT) != '\0')
    {
      if (!daftar_import_parse_decimal (CELL (DAFTAR_IMPORT_FIELD_AMOUNT),
                                        daftar_currency_get_decimals (record.currency), FALSE,
                                        &record.amount_minor, &local_error))
        goto bad;
      record.has_amount = TRUE;
    }

  if (!daftar_import_local_to_utc (&date, start, parser->tz, &parser->days, &record.start_utc, &record.utc_offset,
                                   &local_error))
    goto bad;

  if (*CELL (DAFTAR_IMPORT_FIELD_DURATION) != '\0')
    {
      if (!daftar_import_parse_hours (CELL (DAFTAR_IMPORT_FIELD_DURATION), &record.seconds, &local_error))
        goto bad;
      has_start = TRUE;
    }
  else if (*CELL (DAFTAR_IMPORT_FIELD_END) != '\0' && has_start)
    {
      GDate end_date = date;
      int end;
      gint64 end_utc;
      gint32 end_offset;

      if (strchr (CELL (DAFTAR_IMPORT_FIELD_END), '-') != NULL)
        {
          if (!parse_moment (CELL (DAFTAR_IMPORT_FIELD_END), &end_date, &end, &local_error))
            goto bad;
          end = MAX (end, 0);
        }
      else if (!daftar_import_parse_time_of_day (CELL (DAFTAR_IMPORT_FIELD_END), &end, &local_error))
        goto bad;
      else if (end < start)
        g_date_add_days (&end_date, 1);   /* past midnight */

      if (!daftar_import_local_to_utc (&end_date, end, parser->tz, &parser->days, &end_utc, &end_offset, &local_error))
        goto bad;
      record.seconds = end_utc - record.start_utc;
    }
  else
    has_start = FALSE;

  if (has_start)
    {
      record.kind = DAFTAR_IMPORT_RECORD_SESSION;
      record.pricing = record.has_amount ? DAFTAR_PRICING_PER_TASK : DAFTAR_PRICING_HOURLY;
    }
  else if (record.has_amount && record.amount_minor > 0)
    {
      record.kind = DAFTAR_IMPORT_RECORD_PAYMENT;
      record.pricing = DAFTAR_PRICING_PER_TASK;
      daftar_day_to_iso (daftar_day_from_date (&date), record.date);
    }
  else
    {
      g_set_error_literal (&local_error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                           _("The row has neither a time worked nor an amount received."));
      goto bad;
    }

  for (guint f = DAFTAR_IMPORT_FIELD_DATE; f < DAFTAR_N_IMPORT_FIELDS; f++)
    {
      g_string_append (all, CELL (f));
      g_string_append_c (all, '\x1f');
    }
  base = daftar_import_hash_key (all->str, NULL);
  record.key = daftar_import_occurrence_key (parser->occurrences, g_steal_pointer (&base));

  ok = daftar_import_writer_add (parser->writer, &record, error);
  g_free (record.key);
  return ok;

bad:
  daftar_import_writer_bad_row (parser->writer, line, local_error->message);
  g_error_free (local_error);
  return TRUE;
}

gboolean
daftar_import_generic_init (DaftarImportParser  *parser,
                            GHashTable          *mapping,
                            GError             **error)
{
  Generic *g = g_new0 (Generic, 1);
  GHashTableIter iter;
  gpointer name, field;

  for (guint f = 0; f < DAFTAR_N_IMPORT_FIELDS; f++)
    g->columns[f] = -1;

  g_hash_table_iter_init (&iter, mapping);
  while (g_hash_table_iter_next (&iter, &name, &field))
    {
      int column = daftar_import_header_find (parser->header, name);

      if (column >= 0 && GPOINTER_TO_UINT (field) < DAFTAR_N_IMPORT_FIELDS)
        g->columns[GPOINTER_TO_UINT (field)] = column;
    }

  parser->format_data = g;
  parser->free = g_free;
  parser->row = generic_row;

  if (g->columns[DAFTAR_IMPORT_FIELD_DATE] < 0 && g->columns[DAFTAR_IMPORT_FIELD_START] < 0)
    {
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_NEEDS_MAPPING,
                           _("Name the column that holds the date, or the start."));
      return FALSE;
    }
  if (g->columns[DAFTAR_IMPORT_FIELD_AMOUNT] < 0 && g->columns[DAFTAR_IMPORT_FIELD_DURATION] < 0 &&
      g->columns[DAFTAR_IMPORT_FIELD_END] < 0)
    {
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_NEEDS_MAPPING,
                           _("Name the column that holds the amount, the duration or the end."));
      return FALSE;
    }

  return TRUE;
}
