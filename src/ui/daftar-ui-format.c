/* daftar-ui-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place for the app's display formats, so that native digits and
 * calendars reach every page at once.
 */
#define G_LOG_DOMAIN "daftar-ui-format"

#include "config.h"

#include "daftar-duration.h"
#include "daftar-ui-format.h"

char *
daftar_ui_format_day (const GDate *day)
{
  char buffer[128];

  if (g_date_strftime (buffer, sizeof buffer, "%A, %e %B %Y", day) == 0)
    return g_strdup ("");
  return g_strstrip (g_strdup (buffer));
}

char *
daftar_ui_format_time (gint64 utc,
                       gint32 offset)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (offset);
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (utc);
  g_autoptr(GDateTime) local = NULL;

  if (dt == NULL || tz == NULL)
    return g_strdup ("");
  local = g_date_time_to_timezone (dt, tz);
  return g_date_time_format (local, "%H:%M");
}

char *
daftar_ui_format_duration (gint64 seconds)
{
  return daftar_duration_to_string (seconds);
}

char *
daftar_ui_format_money (const DaftarMoney *money)
{
  g_autofree char *number = daftar_money_to_decimal_string (money);

  return g_strdup_printf ("%s %s", number, money->currency);
}
