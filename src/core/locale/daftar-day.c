/* daftar-day.c — calendar days as plain integers, for reports and rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-day"

#include "config.h"

#include <string.h>

#include "daftar-day.h"

/* g_date_get_julian() of 1970-01-01: GDate counts 0001-01-01 as day 1. */
#define JULIAN_EPOCH 719163

/**
 * daftar_day_from_iso:
 * @text: a date as `YYYY-MM-DD`, Latin digits only (data files, the ledger)
 * @out: (out): the day
 *
 * Strict on purpose: this reads machine-written dates. For what a user typed,
 * use daftar_date_parse_iso(), which accepts Persian and Arabic digits.
 *
 * Returns: %TRUE if @text is a real date from 1970-01-01 to 9999-12-31
 */
gboolean
daftar_day_from_iso (const char *text,
                     DaftarDay  *out)
{
  guint y = 0, m = 0, d = 0;
  GDate date;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  m = (text[5] - '0') * 10 + (text[6] - '0');
  d = (text[8] - '0') * 10 + (text[9] - '0');

  if (y < 1970 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  *out = daftar_day_from_date (&date);
  return TRUE;
}

/**
 * daftar_day_to_iso:
 * @out: (out caller-allocates): room for `YYYY-MM-DD` and a NUL
 */
void
daftar_day_to_iso (DaftarDay day,
                   char      out[DAFTAR_DAY_ISO_LEN])
{
  GDate date;

  daftar_day_to_date (day, &date);
  g_snprintf (out, DAFTAR_DAY_ISO_LEN, "%04u-%02u-%02u",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

DaftarDay
daftar_day_from_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  return (DaftarDay) ((gint64) g_date_get_julian (date) - JULIAN_EPOCH);
}

void
daftar_day_to_date (DaftarDay  day,
                    GDate     *out)
{
  g_return_if_fail (out != NULL);

  day = CLAMP (day, DAFTAR_DAY_MIN, DAFTAR_DAY_MAX);
  g_date_clear (out, 1);
  g_date_set_julian (out, (guint32) (day + JULIAN_EPOCH));
}

/**
 * daftar_day_from_utc:
 * @utc: seconds since the epoch
 * @utc_offset: seconds east of UTC
 *
 * The same rule as the ledger's `sessions.local_day` column, rounding down.
 */
DaftarDay
daftar_day_from_utc (gint64 utc,
                     gint32 utc_offset)
{
  gint64 local = utc + utc_offset;

  return (DaftarDay) (local >= 0 ? local / 86400 : -((-local + 86399) / 86400));
}

DaftarDay
daftar_day_month_start (DaftarDay day)
{
  GDate date;

  daftar_day_to_date (day, &date);
  g_date_set_day (&date, 1);
  return daftar_day_from_date (&date);
}

DaftarDay
daftar_day_month_end (DaftarDay day)
{
  GDate date;

  daftar_day_to_date (day, &date);
  g_date_set_day (&date, g_date_get_days_in_month (g_date_get_month (&date),
                                                   g_date_get_year (&date)));
  return daftar_day_from_date (&date);
}
