/* daftar-import-trackers.c — Toggl Track, Clockify and Harvest time entries as sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row is a session on a project, created hourly with the file's currency (the
 * "Amount (USD)" kind of column names it) and rate.  Non-billable time is worked but
 * not paid.  Local times are read in the import's time zone; the exported duration is
 * the time worked, so a session across midnight or across a change of the clocks keeps
 * its true length.  None of these exports carries an id, so a row's key is a hash of
 * what it says, with a count for rows that say the same.
 *
 * Clockify writes dates in the order its user chose; only its default, MM/DD/YYYY, is
 * read, and any other order is refused with the fix rather than misread.  Harvest's
 * "export all time" has dates without times: those sessions start at noon, an hour no
 * daylight-saving change touches.
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-import-private.h"
#include "daftar-money.h"
#include "daftar-text.h"

#define HARVEST_START_SECONDS (12 * 3600)

typedef struct
{
  DaftarImportFormat format;
  char       currency[4];
  int        project, client, description, task, tags, billable;
  int        start_date, start_time, end_date, end_time, duration, date, hours;
  int        amount, rate, currency_column;
} Tracker;

#define CELL(column) daftar_import_cell (fields, n_fields, t->column)

static gboolean
bad_row (DaftarImportParser *parser,
         guint               line,
         GError             *error)
{
  daftar_import_writer_bad_row (parser->writer, line, error->message);
  g_error_free (error);
  return TRUE;
}

/* "MM/DD/YYYY"; anything else is refused for the whole file. */
static gboolean
parse_us_date (const char  *text,
               GDate       *out,
               gboolean    *out_other_order,
               GError     **error)
{
  guint64 m, d, y;
  g_auto(GStrv) parts = g_strsplit (text, "/", -1);

  *out_other_order = FALSE;
  if (g_strv_length (parts) != 3 || strlen (parts[2]) != 4 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, 31, &m, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 31, &d, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, 9999, &y, NULL))
    {
      *out_other_order = TRUE;
      return FALSE;
    }

  if (m > 12)
    {
      *out_other_order = TRUE;
      return FALSE;
    }

  if (!g_date_valid_dmy (d, m, y))
    {
      g_autofree char *shown = daftar_text_isolate_n (text, 40);

      g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                   _("“%s” is not a date."), shown);
      return FALSE;
    }

  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

static gboolean
parse_date (Tracker     *t,
            const char  *text,
            GDate       *out,
            GError     **error)
{
  gboolean other_order;

  if (t->format != DAFTAR_IMPORT_FORMAT_CLOCKIFY)
    return daftar_import_parse_iso_date (text, out, error);

  if (parse_us_date (text, out, &other_order, error))
    return TRUE;

  if (other_order)
    g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_DATE_ORDER,
                 _("The date “%s” is not in Clockify’s month/day/year order, so every date "
                   "in this file could be misread. In Clockify, set Preferences → General → "
                   "Date format to MM/DD/YYYY, export again and import that file."), text);
  return FALSE;
}

/* "Euro - EUR", "USD", "United States Dollar - USD": the code at the end. */
static gboolean
parse_currency (const char  *text,
                char         out[4],
                GError     **error)
{
  const char *dash = strrchr (text, '-');
  g_autofree char *code = g_strstrip (g_strdup (dash != NULL ? dash + 1 : text));

  return daftar_currency_normalize (code, out, error);
}

static gboolean
tracker_row (DaftarImportParser  *parser,
             guint                line,
             char               **fields,
             guint                n_fields,
             GError             **error)
{
  Tracker *t = parser->format_data;
  DaftarImportRecord record = { .kind = DAFTAR_IMPORT_RECORD_SESSION, .line = line };
  g_autofree char *note = NULL;
  g_autofree char *base = NULL;
  g_auto(GStrv) tags = NULL;
  GError *local_error = NULL;
  const char *description = CELL (description), *task = CELL (task);
  const char *billable = CELL (billable);
  GDate date;
  int start = HARVEST_START_SECONDS;

  record.project = CELL (project);
  record.client = CELL (client);
  record.platform = "direct";
  record.pricing = DAFTAR_PRICING_HOURLY;

  if (*task != '\0' && *description != '\0' && !g_str_equal (task, description))
    note = g_strdup_printf ("%s — %s", task, description);
  else
    note = g_strdup (*description != '\0' ? description : task);
  record.note = note;

  tags = g_strsplit (CELL (tags), ",", -1);
  for (guint i = 0; tags[i] != NULL; i++)
    g_strstrip (tags[i]);
  record.tags = tags;

  record.unpaid = g_ascii_strcasecmp (billable, "no") == 0 || g_ascii_strcasecmp (billable, "false") == 0;

  if (t->currency_column >= 0)
    {
      if (!parse_currency (CELL (currency_column), record.currency, &local_error))
        return bad_row (parser, line, local_error);
    }
  else if (*t->currency != '\0')
    g_strlcpy (record.currency, t->currency, sizeof record.currency);
  else if (parser->options->currency != NULL)
    g_strlcpy (record.currency, parser->options->currency, sizeof record.currency);

  if (*CELL (amount) != '\0')
    {
      if (!daftar_import_parse_decimal (CELL (amount), daftar_currency_get_decimals (record.currency),
                                        FALSE, &record.amount_minor, &local_error))
        return bad_row (parser, line, local_error);
      record.has_amount = TRUE;
    }
  if (*CELL (rate) != '\0')
    {
      if (!daftar_import_parse_decimal (CELL (rate), daftar_currency_get_decimals (record.currency),
                                        FALSE, &record.rate_minor, &local_error))
        return bad_row (parser, line, local_error);
      record.has_rate = record.rate_minor > 0;
    }

  if (t->format == DAFTAR_IMPORT_FORMAT_HARVEST)
    {
      if (!daftar_import_parse_iso_date (CELL (date), &date, &local_error) ||
          !daftar_import_parse_hours (CELL (hours), &record.seconds, &local_error))
        return bad_row (parser, line, local_error);
    }
  else
    {
      if (!parse_date (t, CELL (start_date), &date, &local_error))
        {
          if (local_error->code == DAFTAR_IMPORT_ERROR_DATE_ORDER)
            {
              g_propagate_error (error, local_error);
              return FALSE;
            }
          return bad_row (parser, line, local_error);
        }
      if (!daftar_import_parse_time_of_day (CELL (start_time), &start, &local_error))
        return bad_row (parser, line, local_error);

      if (*CELL (duration) != '\0')
        {
          if (!(t->format == DAFTAR_IMPORT_FORMAT_CLOCKIFY && t->duration == t->hours
                  ? daftar_import_parse_hours (CELL (duration), &record.seconds, &local_error)
                  : daftar_import_parse_clock (CELL (duration), &record.seconds, &local_error)))
            return bad_row (parser, line, local_error);
        }
      else
        {
          GDate end_date;
          int end;
          gint64 end_utc;
          gint32 end_offset;

          if (!parse_date (t, CELL (end_date), &end_date, &local_error) ||
              !daftar_import_parse_time_of_day (CELL (end_time), &end, &local_error) ||
              !daftar_import_local_to_utc (&end_date, end, parser->tz, &parser->days, &end_utc, &end_offset, &local_error) ||
              !daftar_import_local_to_utc (&date, start, parser->tz, &parser->days, &record.start_utc,
                                           &record.utc_offset, &local_error))
            {
              if (local_error->code == DAFTAR_IMPORT_ERROR_DATE_ORDER)
                {
                  g_propagate_error (error, local_error);
                  return FALSE;
                }
              return bad_row (parser, line, local_error);
            }
          record.seconds = end_utc - record.start_utc;
        }
    }

  if (!daftar_import_local_to_utc (&date, start, parser->tz, &parser->days, &record.start_utc, &record.utc_offset,
                                   &local_error))
    return bad_row (parser, line, local_error);

  if (*record.currency == '\0')
    {
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_CURRENCY,
                           _("The file names no currency. Choose the one its projects are paid in."));
      return FALSE;
    }

  /* The local start first, then a hash of the rest: exports list entries in time order,
   * so the keys go in near the end of the index rather than anywhere in it. */
  {
    char day[32], seconds[32];
    g_autofree char *hash = NULL;

    g_snprintf (day, sizeof day, "%04u-%02u-%02uT%05d", g_date_get_year (&date), g_date_get_month (&date),
                g_date_get_day (&date), start);
    g_snprintf (seconds, sizeof seconds, "%" G_GINT64_FORMAT, record.seconds);
    hash = daftar_import_hash_key (record.project, record.client, day, seconds, record.note, NULL);
    base = g_strconcat (day, "/", hash, NULL);
  }
  record.key = daftar_import_occurrence_key (parser->occurrences, g_steal_pointer (&base));

  {
    gboolean ok = daftar_import_writer_add (parser->writer, &record, error);

    g_free (record.key);
    return ok;
  }
}

gboolean
daftar_import_trackers_init (DaftarImportParser  *parser,
                             DaftarImportFormat   format,
                             GError             **error)
{
  const DaftarImportHeader *h = parser->header;
  Tracker *t = g_new0 (Tracker, 1);

  t->format = format;
  t->project = daftar_import_header_find (h, "Project");
  t->client = daftar_import_header_find (h, "Client");
  t->description = daftar_import_header_find (h, format == DAFTAR_IMPORT_FORMAT_HARVEST ? "Notes" : "Description");
  t->task = daftar_import_header_find (h, "Task");
  if (t->task < 0)
    t->task = daftar_import_header_find (h, "Activity");
  t->tags = daftar_import_header_find (h, "Tags");
  t->billable = daftar_import_header_find (h, format == DAFTAR_IMPORT_FORMAT_HARVEST ? "Billable?" : "Billable");
  t->start_date = daftar_import_header_find (h, "Start Date");
  t->start_time = daftar_import_header_find (h, "Start Time");
  t->end_date = daftar_import_header_find (h, "End Date");
  t->end_time = daftar_import_header_find (h, "End Time");
  t->date = daftar_import_header_find (h, "Date");
  t->hours = daftar_import_header_find (h, "Hours");
  t->currency_column = -1;
  t->rate = -1;

  switch (format)
    {
    case DAFTAR_IMPORT_FORMAT_TOGGL:
      t->duration = daftar_import_header_find (h, "Duration");
      t->amount = daftar_import_header_find_prefix (h, "Amount (", t->currency);
      break;
    case DAFTAR_IMPORT_FORMAT_CLOCKIFY:
      t->duration = daftar_import_header_find (h, "Duration (h)");
      if (t->duration < 0)
        t->duration = t->hours = daftar_import_header_find (h, "Duration (decimal)");
      t->amount = daftar_import_header_find_prefix (h, "Billable Amount (", t->currency);
      t->rate = daftar_import_header_find_prefix (h, "Billable Rate (", *t->currency ? NULL : t->currency);
      break;
    case DAFTAR_IMPORT_FORMAT_HARVEST:
      t->duration = -1;
      t->amount = daftar_import_header_find (h, "Billable Amount");
      t->rate = daftar_import_header_find (h, "Billable Rate");
      t->currency_column = daftar_import_header_find (h, "Currency");
      break;
    case DAFTAR_IMPORT_FORMAT_AUTO:
    case DAFTAR_IMPORT_FORMAT_UPWORK:
    case DAFTAR_IMPORT_FORMAT_DAFTAR:
    case DAFTAR_IMPORT_FORMAT_CSV:
    case DAFTAR_N_IMPORT_FORMATS:
    default:
      g_assert_not_reached ();
    }

  if (*t->currency != '\0' && !daftar_currency_is_valid (t->currency))
    *t->currency = '\0';

  parser->format_data = t;
  parser->free = g_free;
  parser->row = tracker_row;
  return TRUE;
}
