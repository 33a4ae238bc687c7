/* daftar-import-values.c — columns found by name, and the values other tools write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports add, drop and rename columns over time, so a format is recognised by the
 * names its header holds, never by where they stand.  Values come in the exporting
 * tool's own shapes: decimals with a point or a comma, amounts with a currency sign,
 * 12- or 24-hour clocks; each parser says in a sentence what it could not read.
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-dates.h"
#include "daftar-digits.h"
#include "daftar-import-private.h"
#include "daftar-text.h"

static char *
column_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return g_strstrip (g_steal_pointer (&folded));
}

DaftarImportHeader *
daftar_import_header_new (char  **fields,
                          guint   n_fields)
{
  DaftarImportHeader *header = g_new0 (DaftarImportHeader, 1);

  header->n = n_fields;
  header->names = g_new0 (char *, n_fields + 1);
  header->keys = g_new0 (char *, n_fields + 1);
  for (guint i = 0; i < n_fields; i++)
    {
      header->names[i] = g_strstrip (g_strdup (fields[i]));
      header->keys[i] = column_key (fields[i]);
    }

  return header;
}

void
daftar_import_header_free (DaftarImportHeader *header)
{
  if (header == NULL)
    return;

  g_strfreev (header->names);
  g_strfreev (header->keys);
  g_free (header);
}

/* The first column called @name, in any case; -1 for none. */
int
daftar_import_header_find (const DaftarImportHeader *header,
                           const char               *name)
{
  g_autofree char *key = column_key (name);

  for (guint i = 0; i < header->n; i++)
    if (g_str_equal (header->keys[i], key))
      return i;

  return -1;
}

/* A column like "Amount (USD)": @prefix is "amount (", @currency gets "USD". */
int
daftar_import_header_find_prefix (const DaftarImportHeader *header,
                                  const char               *prefix,
                                  char                      currency[4])
{
  g_autofree char *key = column_key (prefix);
  gsize len = strlen (key);

  for (guint i = 0; i < header->n; i++)
    {
      const char *k = header->keys[i];

      if (strncmp (k, key, len) == 0 && strlen (k) == len + 4 && k[len + 3] == ')')
        {
          g_autofree char *code = g_ascii_strup (header->names[i] + strlen (header->names[i]) - 4, 3);

          if (currency != NULL)
            g_strlcpy (currency, code, 4);
          return i;
        }
    }

  return -1;
}

static gboolean
has (const DaftarImportHeader *header,
     const char               *name)
{
  return daftar_import_header_find (header, name) >= 0;
}

/**
 * daftar_import_detect:
 *
 * Returns: the format whose column names @header holds, %DAFTAR_IMPORT_FORMAT_CSV for none
 */
DaftarImportFormat
daftar_import_detect (const DaftarImportHeader *header)
{
  gboolean times = has (header, "Start Date") && has (header, "Start Time");

  if (times && has (header, "Project") &&
      (has (header, "Duration (h)") || has (header, "Duration (decimal)")))
    return DAFTAR_IMPORT_FORMAT_CLOCKIFY;

  if (times && has (header, "Project") && has (header, "Duration") &&
      (has (header, "User") || has (header, "Email")))
    return DAFTAR_IMPORT_FORMAT_TOGGL;

  if (has (header, "Date") && has (header, "Hours") && has (header, "Project") &&
      (has (header, "Notes") || has (header, "Billable?") || has (header, "Project Code")))
    return DAFTAR_IMPORT_FORMAT_HARVEST;

  if (has (header, "Date") && (has (header, "Ref ID") || has (header, "Transaction ID")) &&
      (has (header, "Type") || has (header, "Transaction Type")) &&
      (has (header, "Amount") || has (header, "Amount $")))
    return DAFTAR_IMPORT_FORMAT_UPWORK;

  return DAFTAR_IMPORT_FORMAT_CSV;
}

const char *
daftar_import_cell (char  **fields,
                    guint   n_fields,
                    int     column)
{
  if (column < 0 || (guint) column >= n_fields)
    return "";

  return fields[column];
}

/* Sets @error to @message, a format with one %s for @text, and returns FALSE. */
#define RETURN_VALUE_ERROR(error, message, text) G_STMT_START {                         \
    g_autofree char *shown_ = daftar_text_isolate_n (text, 40);                          \
    g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED, message, shown_); \
    return FALSE;                                                                        \
  } G_STMT_END

/**
 * daftar_import_parse_decimal:
 * @decimals: digits after the point that @out counts in
 *
 * Reads "1,234.50", "1.234,50", "1234,5", "-12", "(12.00)", "$12.00", "€ 12,00", in any
 * digits.  A lone comma followed by exactly three digits groups thousands; any other
 * lone comma is the decimal point.  Digits past @decimals must be zeros: nothing is
 * rounded.
 */
gboolean
daftar_import_parse_decimal (const char  *text,
                             int          decimals,
                             gboolean     allow_negative,
                             gint64      *out,
                             GError     **error)
{
  g_autofree char *normal = daftar_digits_normalize (text);
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *point = NULL;
  const char *last_dot, *last_comma;
  gboolean negative = FALSE;
  gboolean any = FALSE;
  guint64 value = 0;
  int frac = 0;

  if (normal == NULL)
    RETURN_VALUE_ERROR (error, _("“%s” is not a number."), text);
  g_strstrip (normal);

  if (normal[0] == '(' && normal[strlen (normal) - 1] == ')')
    {
      negative = TRUE;
      normal[strlen (normal) - 1] = '\0';
      memmove (normal, normal + 1, strlen (normal));
    }

  last_dot = strrchr (normal, '.');
  last_comma = strrchr (normal, ',');
  if (last_dot != NULL && last_comma != NULL)
    point = MAX (last_dot, last_comma);
  else if (last_dot != NULL)
    point = strchr (normal, '.') == last_dot ? last_dot : NULL;
  else if (last_comma != NULL && strchr (normal, ',') == last_comma)
    {
      gsize after = 0;

      while (g_ascii_isdigit (last_comma[1 + after]))
        after++;
      if (after != 3 || last_comma[1 + after] != '\0')
        point = last_comma;
    }

  for (const char *c = normal; *c != '\0'; c++)
    {
      if (g_ascii_isdigit (*c))
        {
          if (point != NULL && c > point)
            {
              if (frac >= decimals)
                {
                  if (*c != '0')
                    RETURN_VALUE_ERROR (error, _("“%s” has more decimals than it can hold."), text);
                  continue;
                }
              frac++;
            }
          if (value > (G_MAXINT64 / 10) - 10)
            RETURN_VALUE_ERROR (error, _("“%s” is too large."), text);
          value = value * 10 + (*c - '0');
          any = TRUE;
        }
      else if (c == point)
        continue;
      else if (*c == ' ' && !any)
        continue;
      else if (*c == ',' || *c == '.' || *c == ' ' || *c == '\'')
        {
          if (!any)
            RETURN_VALUE_ERROR (error, _("“%s” is not a number."), text);
        }
      else if (*c == '-' && !any && !negative)
        negative = TRUE;
      else if (*c == '+' && !any)
        continue;
      else if (!any && *c == '$')
        continue;
      else if (!any && g_str_has_prefix (c, "€"))
        c += strlen ("€") - 1;
      else if (!any && g_str_has_prefix (c, "£"))
        c += strlen ("£") - 1;
      else
        RETURN_VALUE_ERROR (error, _("“%s” is not a number."), text);
    }

  if (!any)
    RETURN_VALUE_ERROR (error, _("“%s” is not a number."), text);

  for (; frac < decimals; frac++)
    {
      if (value > G_MAXINT64 / 10)
        RETURN_VALUE_ERROR (error, _("“%s” is too large."), text);
      value *= 10;
    }

  if (negative && value != 0 && !allow_negative)
    RETURN_VALUE_ERROR (error, _("“%s” is negative."), text);

  *out = negative ? -(gint64) value : (gint64) value;
  return TRUE;
}

/* "12:34:56" or "1:30": hours may pass 24. */
gboolean
daftar_import_parse_clock (const char  *text,
                           gint64      *out_seconds,
                           GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);
  guint n = g_strv_length (parts);
  gint64 total = 0;

  if (n < 2 || n > 3)
    RETURN_VALUE_ERROR (error, _("“%s” is not a duration."), text);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      guint64 v;

      if (*part == '\0' || strlen (part) > 6 || (i > 0 && strlen (part) != 2) ||
          !g_ascii_string_to_unsigned (part, 10, 0, i == 0 ? 100000 : 59, &v, NULL))
        RETURN_VALUE_ERROR (error, _("“%s” is not a duration."), text);
      total = total * 60 + (gint64) v;
    }

  if (n == 2)
    total *= 60;

  *out_seconds = total;
  return TRUE;
}

/* Decimal hours ("1.5", "1,5") or a clock ("1:30"). */
gboolean
daftar_import_parse_hours (const char  *text,
                           gint64      *out_seconds,
                           GError     **error)
{
  gint64 micro;

  if (strchr (text, ':') != NULL)
    return daftar_import_parse_clock (text, out_seconds, error);

  if (!daftar_import_parse_decimal (text, 6, FALSE, &micro, NULL) || micro > G_GINT64_CONSTANT (100000) * 1000000)
    RETURN_VALUE_ERROR (error, _("“%s” is not a number of hours."), text);

  *out_seconds = (micro * 3600 + 500000) / 1000000;
  return TRUE;
}

/* "13:45", "13:45:10", "1:45 PM", "01:45:10 pm": seconds since midnight. */
gboolean
daftar_import_parse_time_of_day (const char  *text,
                                 int         *out_seconds,
                                 GError     **error)
{
  g_autofree char *copy = g_strstrip (g_ascii_strdown (text, -1));
  int pm = -1;
  gsize len = strlen (copy);
  gint64 seconds;

  if (len > 2 && (g_str_has_suffix (copy, "am") || g_str_has_suffix (copy, "pm")))
    {
      pm = copy[len - 2] == 'p';
      copy[len - 2] = '\0';
      g_strstrip (copy);
    }

  if (!daftar_import_parse_clock (copy, &seconds, NULL) ||
      seconds >= 24 * 3600 ||
      (pm >= 0 && (seconds < 3600 || seconds >= 13 * 3600)))
    RETURN_VALUE_ERROR (error, _("“%s” is not a time of day."), text);

  if (pm >= 0)
    {
      if (seconds >= 12 * 3600)
        seconds -= 12 * 3600;
      if (pm)
        seconds += 12 * 3600;
    }

  *out_seconds = (int) seconds;
  return TRUE;
}

gboolean
daftar_import_parse_iso_date (const char  *text,
                              GDate       *out,
                              GError     **error)
{
  guint64 y, m, d;
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);

  if (g_strv_length (parts) != 3 || strlen (parts[0]) != 4 || strlen (parts[1]) != 2 ||
      strlen (parts[2]) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &y, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &m, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &d, NULL) ||
      !g_date_valid_dmy (d, m, y))
    {
      g_autofree char *shown = daftar_text_isolate_n (text, 40);
      /* The example as the file must spell it, isolated like the file's text. */
      g_autofree char *example = daftar_text_isolate ("2025-03-31");

      g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                   _("“%s” is not a date like %s."), shown, example);
      return FALSE;
    }

  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

static gint32
offset_at (GTimeZone *tz,
           gint64     utc)
{
  return g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, utc));
}

/**
 * daftar_import_local_to_utc:
 * @cache: (nullable): what the day's clocks did, kept between rows
 *
 * The moment a clock in @tz showed @date and @seconds_of_day.  A time the clocks
 * skipped is refused; a time they showed twice is the first of the two.  On a day
 * without a change of the clocks, as nearly all are, it is the local time less the
 * day's offset; on the others, daftar_local_to_utc() works it out.
 */
gboolean
daftar_import_local_to_utc (const GDate           *date,
                            int                    seconds_of_day,
                            GTimeZone             *tz,
                            DaftarImportDayCache  *cache,
                            gint64                *out_utc,
                            gint32                *out_offset,
                            GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  DaftarImportDayCache day = { 0 };
  gint64 midnight = ((gint64) g_date_get_julian (date) - 719163) * 86400;   /* 1970-01-01 is day 719163 */

  if (cache == NULL)
    cache = &day;
  if (cache->julian != g_date_get_julian (date))
    {
      /* Any offset is within 14 h: these two cover every moment of the local day. */
      gint32 before = offset_at (tz, midnight - 15 * 3600);
      gint32 after = offset_at (tz, midnight + 39 * 3600);

      cache->julian = g_date_get_julian (date);
      cache->uniform = before == after;
      cache->offset = before;
    }

  if (cache->uniform)
    {
      *out_utc = midnight + seconds_of_day - cache->offset;
      *out_offset = cache->offset;
      return TRUE;
    }

  if (!daftar_local_to_utc (date, seconds_of_day / 3600, seconds_of_day / 60 % 60, tz,
                            out_utc, out_offset, &local_error))
    {
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                           local_error->message);
      return FALSE;
    }

  *out_utc += seconds_of_day % 60;
  return TRUE;
}

/* A stable key for a row without an id of its own: its meaningful fields, hashed. */
char *
daftar_import_hash_key (const char *first,
                        ...)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  va_list ap;

  va_start (ap, first);
  for (const char *s = first; s != NULL; s = va_arg (ap, const char *))
    {
      g_checksum_update (sum, (const guchar *) s, strlen (s));
      g_checksum_update (sum, (const guchar *) "\x1f", 1);
    }
  va_end (ap);

  return g_strndup (g_checksum_get_string (sum), 16);
}

/* The key of the nth row with the same fields, "BASE#n": two identical rows in one
 * file are two records, and the same file again gives the same keys.  Takes @base;
 * @occurrences counts each base so far. */
char *
daftar_import_occurrence_key (GHashTable *occurrences,
                              char       *base)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (occurrences, base)) + 1;
  char *key = g_strdup_printf ("%s#%u", base, count);

  g_hash_table_insert (occurrences, base, GUINT_TO_POINTER (count));
  return key;
}
