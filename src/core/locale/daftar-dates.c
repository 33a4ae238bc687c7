/* daftar-dates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-dates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-digits.h"
#include "daftar-format.h"
#include "daftar-text.h"
#include "daftar-validation-error.h"

/* In a calendar other than the Gregorian one, a typed year from this one on is Gregorian.
 * Solar Hijri 1700 and Hijri 1700 are more than two centuries away (Gregorian 2321 and
 * about 2270), Gregorian 1700 is long before the ledger's first day. */
#define FIRST_GREGORIAN_YEAR_TYPED 1700

/* The days the ledger keeps, as daftar_date_parse_iso() does. */
#define LEDGER_FIRST_YEAR 1970
#define LEDGER_LAST_YEAR 9999

/* How the example in the "type the date as…" message is written: 2025-03-21. */
#define EXAMPLE_YEAR 2025
#define EXAMPLE_MONTH G_DATE_MARCH
#define EXAMPLE_DAY 21

static gboolean
parse_digits (const char  *p,
              guint        count,
              guint       *out)
{
  guint value = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (guint) (p[i] - '0');
    }

  *out = value;
  return TRUE;
}

/**
 * daftar_date_from_date_time:
 * @out: (out): the day @dt falls on, in @dt's own time zone
 */
void
daftar_date_from_date_time (GDateTime *dt,
                            GDate     *out)
{
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) g_date_time_get_day_of_month (dt),
                  (GDateMonth) g_date_time_get_month (dt), (GDateYear) g_date_time_get_year (dt));
}

/**
 * daftar_date_today:
 * @out: (out): today in the local time zone
 */
void
daftar_date_today (GDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  daftar_date_from_date_time (now, out);
}

/**
 * daftar_date_parse_iso:
 * @text: a Gregorian date as YYYY-MM-DD, in any digit system
 * @out: (out): the date
 *
 * Rejects impossible dates such as 2025-02-30.
 */
gboolean
daftar_date_parse_iso (const char  *text,
                       GDate       *out,
                       GError     **error)
{
  g_autofree char *norm = NULL;
  guint y, m, d;

  g_return_val_if_fail (out != NULL, FALSE);

  norm = text != NULL ? daftar_digits_normalize (text) : NULL;

  if (norm == NULL ||
      strlen (norm) != 10 || norm[4] != '-' || norm[7] != '-' ||
      !parse_digits (norm, 4, &y) ||
      !parse_digits (norm + 5, 2, &m) ||
      !parse_digits (norm + 8, 2, &d))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("Type the date as year-month-day, for example 2025-03-21."));
      return FALSE;
    }

  if (y < 1970 || y > 9999 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                   _("%s is not a date on the calendar."), norm);
      return FALSE;
    }

  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

/**
 * daftar_time_parse:
 * @text: a time of day as H:MM or HH:MM (24-hour), in any digit system
 * @format: (nullable): the digits of the error's example times; %NULL for Latin
 */
gboolean
daftar_time_parse (const char    *text,
                   int           *out_hour,
                   int           *out_minute,
                   DaftarFormat  *format,
                   GError       **error)
{
  g_autofree char *norm = NULL;
  const char *colon;
  guint h, m;
  gsize hlen;

  norm = text != NULL ? daftar_digits_normalize (text) : NULL;
  colon = norm != NULL ? strchr (norm, ':') : NULL;
  hlen = colon != NULL ? (gsize) (colon - norm) : 0;

  if (colon == NULL || hlen < 1 || hlen > 2 || strlen (colon + 1) != 2 ||
      !parse_digits (norm, hlen, &h) || !parse_digits (colon + 1, 2, &m) ||
      h > 23 || m > 59)
    {
      g_autofree char *morning = daftar_format_digits (format, "09:30");
      g_autofree char *evening = daftar_format_digits (format, "21:05");

      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_START,
                   /* Translators: the two %s are times, 09:30 and 21:05 in the user's digits */
                   _("Type the start time as hours and minutes on a 24-hour clock, for example %s or %s."),
                   morning, evening);
      return FALSE;
    }

  *out_hour = (int) h;
  *out_minute = (int) m;
  return TRUE;
}

/* Seconds east of UTC in @tz at the moment @utc; G_MININT32 if out of range. */
static gint32
offset_at (GTimeZone *tz,
           gint64     utc)
{
  g_autoptr(GDateTime) moment = g_date_time_new_from_unix_utc (utc);
  g_autoptr(GDateTime) local = moment ? g_date_time_to_timezone (moment, tz) : NULL;

  return local ? (gint32) (g_date_time_get_utc_offset (local) / G_TIME_SPAN_SECOND) : G_MININT32;
}

/* @date at @hour:@minute by a clock in @tz; NULL with an error out of GDateTime's range. */
static GDateTime *
date_time_at (const GDate  *date,
              int           hour,
              int           minute,
              GTimeZone    *tz,
              GError      **error)
{
  GDateTime *dt = g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                                   g_date_get_day (date), hour, minute, 0);

  if (dt == NULL)
    g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_START,
                         _("That date and time can’t be represented."));
  return dt;
}

/**
 * daftar_local_to_utc:
 * @tz: the user's time zone
 * @out_utc: (out): seconds since the epoch
 * @out_offset: (out): seconds east of UTC in force at that moment
 *
 * The moment a clock in @tz showed @date, @hour:@minute, for a time the user typed.
 *
 * A time that the clocks skipped (moving forward for daylight saving time) is
 * refused with %DAFTAR_VALIDATION_ERROR_START, never moved. A time the clocks
 * showed twice (moving back) is its first occurrence, in the offset in force
 * before the change: the earlier moment.
 */
gboolean
daftar_local_to_utc (const GDate *date,
                     int          hour,
                     int          minute,
                     GTimeZone   *tz,
                     gint64      *out_utc,
                     gint32      *out_offset,
                     GError     **error)
{
  g_autoptr(GTimeZone) utc_zone = g_time_zone_new_utc ();
  g_autoptr(GDateTime) naive = NULL;
  gint64 wall, best = G_MAXINT64;
  gint32 best_offset = 0;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  /* The clock reading as if it were UTC; a moment fits when @tz's offset then
   * turns it back into that reading. The offsets a day on either side are the
   * ones around any change that day. */
  if (!(naive = date_time_at (date, hour, minute, utc_zone, error)))
    return FALSE;

  wall = g_date_time_to_unix (naive);
  {
    const gint32 candidates[] = {
      offset_at (tz, wall - 86400), offset_at (tz, wall), offset_at (tz, wall + 86400),
    };

    for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
      {
        gint64 utc = wall - candidates[i];

        if (candidates[i] != G_MININT32 && offset_at (tz, utc) == candidates[i] && utc < best)
          {
            best = utc;
            best_offset = candidates[i];
          }
      }
  }

  if (best == G_MAXINT64)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_START,
                           _("That time didn’t exist on that day: the clocks jumped forward over it for daylight saving time. Enter a time before or after the change."));
      return FALSE;
    }

  *out_utc = best;
  *out_offset = best_offset;
  return TRUE;
}

/**
 * daftar_local_to_utc_forward:
 *
 * Like daftar_local_to_utc(), but a time skipped by a daylight-saving change is
 * moved forward, as clocks do, and a repeated one takes the daylight-saving
 * offset: for the start of a day and for made-up sessions, never for a time the
 * user typed.
 */
gboolean
daftar_local_to_utc_forward (const GDate *date,
                             int          hour,
                             int          minute,
                             GTimeZone   *tz,
                             gint64      *out_utc,
                             gint32      *out_offset,
                             GError     **error)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (!(dt = date_time_at (date, hour, minute, tz, error)))
    return FALSE;

  *out_utc = g_date_time_to_unix (dt);
  *out_offset = (gint32) (g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND);
  return TRUE;
}

/**
 * daftar_date_range_to_utc:
 * @from: (nullable): first day, inclusive
 * @to: (nullable): last day, inclusive
 * @out_from_utc: (out): start of @from in @tz, or %G_MININT64
 * @out_to_utc: (out): start of the day after @to in @tz (exclusive), or %G_MAXINT64
 */
gboolean
daftar_date_range_to_utc (const GDate *from,
                          const GDate *to,
                          GTimeZone   *tz,
                          gint64      *out_from_utc,
                          gint64      *out_to_utc)
{
  gint32 offset;

  *out_from_utc = G_MININT64;
  *out_to_utc = G_MAXINT64;

  if (from != NULL &&
      !daftar_local_to_utc_forward (from, 0, 0, tz, out_from_utc, &offset, NULL))
    return FALSE;

  if (to != NULL)
    {
      GDate next = *to;

      g_date_add_days (&next, 1);
      if (!daftar_local_to_utc_forward (&next, 0, 0, tz, out_to_utc, &offset, NULL))
        return FALSE;
    }

  return TRUE;
}

/**
 * daftar_utc_to_iso_local:
 *
 * Returns: (transfer full): the moment as ISO 8601 with its offset,
 *   e.g. 2025-03-21T09:30:00+03:30
 */
char *
daftar_utc_to_iso_local (gint64 utc,
                         gint32 offset)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (offset);
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (utc);
  g_autoptr(GDateTime) local = NULL;

  if (dt == NULL || tz == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (dt, tz);
  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

/* Reads 1 to @max_digits ASCII digits. */
static gboolean
read_number (const char **pp,
             guint        max_digits,
             int         *out)
{
  const char *p = *pp;
  int value = 0;
  guint n = 0;

  for (; g_ascii_isdigit (*p) && n < max_digits; p++, n++)
    value = value * 10 + (*p - '0');

  if (n == 0 || g_ascii_isdigit (*p))
    return FALSE;

  *pp = p;
  *out = value;
  return TRUE;
}

static gboolean
is_date_separator (char c)
{
  return c == '-' || c == '/' || c == '.';
}

static void
set_format_error (DaftarFormat  *self,
                  GError       **error)
{
  g_autofree char *example = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, EXAMPLE_DAY, EXAMPLE_MONTH, EXAMPLE_YEAR);
  example = daftar_format_date (self, &day, DAFTAR_DATE_STYLE_NUMERIC);

  g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
               /* Translators: %s is an example date in the user's calendar and digits,
                * such as 2025-03-21 or ۱۴۰۴/۰۱/۰۱. */
               _("Type the date as year, month and day, for example %s."), example);
}

/**
 * daftar_format_parse_date:
 * @text: a date as the user typed it
 * @out: (out caller-allocates): the (Gregorian) day
 * @error: return location for a #GError
 *
 * Reads a date typed year first, in the formatter's calendar: the year (four digits), the
 * month and the day (one or two digits each), separated by "-", "/" or ".", in Latin,
 * Persian or Arabic-Indic digits (see daftar_digits_normalize()).  With the Persian
 * calendar "۱۴۰۴/۰۱/۰۱" is 2025-03-21; with Umm al-Qura "1446-09-21" is the same day.
 *
 * In the Persian and Umm al-Qura calendars, a year of 1700 or more is a Gregorian year,
 * so an ISO date pasted from elsewhere ("2025-03-21") means what it says; years before
 * 1700 are years of the calendar.  With the Gregorian calendar every year is Gregorian.
 *
 * Dates that do not exist, such as 30 Esfand 1402 (a common year), and days before 1970 or
 * after 9999 are refused with %DAFTAR_VALIDATION_ERROR_DATE and a message that says why.
 *
 * Returns: %TRUE on success; @out is written only then
 */
gboolean
daftar_format_parse_date (DaftarFormat  *self,
                          const char    *text,
                          GDate         *out,
                          GError       **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *excerpt = NULL;
  DaftarCalendar calendar;
  const char *p;
  int year, month, day, n_days;
  GDate result;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  normal = text != NULL ? daftar_digits_normalize (text) : NULL;
  p = normal;

  if (p == NULL ||
      strspn (p, "0123456789") != 4 ||
      !read_number (&p, 4, &year) || !is_date_separator (*p++) ||
      !read_number (&p, 2, &month) || !is_date_separator (*p++) ||
      !read_number (&p, 2, &day) || *p != '\0')
    {
      set_format_error (self, error);
      return FALSE;
    }

  calendar = daftar_format_get_calendar (self);
  if (year >= FIRST_GREGORIAN_YEAR_TYPED)
    calendar = DAFTAR_CALENDAR_GREGORIAN;

  excerpt = daftar_text_isolate_n (text, DAFTAR_EXCERPT_MAX_CHARS);

  if (!daftar_calendar_from_ymd (calendar, year, month, day, &result))
    {
      n_days = daftar_calendar_days_in_month (calendar, year, month);

      if (n_days > 0 && day > n_days)
        {
          g_autofree char *count = daftar_format_integer (self, n_days);

          g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                       g_dngettext (GETTEXT_PACKAGE,
                                    /* Translators: the first %s is what the user typed, in
                                     * quotes; the second is a number of days, 29 to 31,
                                     * in the user's digits. */
                                    "“%s” is not a date: that month has %s day.",
                                    "“%s” is not a date: that month has %s days.",
                                    n_days),
                       excerpt, count);
        }
      else
        {
          g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                       _("%s is not a date on the calendar."), excerpt);
        }
      return FALSE;
    }

  if (g_date_get_year (&result) < LEDGER_FIRST_YEAR ||
      g_date_get_year (&result) > LEDGER_LAST_YEAR)
    {
      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                   /* Translators: %s is what the user typed, in quotes. */
                   _("“%s” is too far in the past or the future for the ledger."), excerpt);
      return FALSE;
    }

  *out = result;
  return TRUE;
}
