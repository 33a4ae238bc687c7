/* daftar-date-format.c — days, times and periods in the user's calendar and digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-format"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <unicode/udateintervalformat.h>
#include <unicode/udatpg.h>

#include "daftar-date-format.h"
#include "daftar-format-private.h"

#define ICU_BUFFER_SIZE DAFTAR_FORMAT_ICU_BUFFER_SIZE

/* See daftar-period.c: a day is midnight UTC, and GDate's day 719163 is 1970-01-01. */
#define EPOCH_JULIAN_DAY 719163
#define PROLEPTIC_CHANGE (-8.64e15)

static double
day_to_udate (const GDate *day)
{
  return ((double) g_date_get_julian (day) - EPOCH_JULIAN_DAY) * U_MILLIS_PER_DAY;
}

/* The pattern ICU's generator gives for @skeleton, in @self's locale and calendar. */
static gboolean
get_best_pattern (DaftarFormat *self,
                  const UChar  *skeleton,
                  UChar        *pattern,
                  int32_t       capacity,
                  int32_t      *out_length)
{
  UErrorCode status = U_ZERO_ERROR;
  UDateTimePatternGenerator *generator;
  int32_t length = 0;

  generator = udatpg_open (self->icu_locale, &status);
  if (U_SUCCESS (status))
    length = udatpg_getBestPattern (generator, skeleton, -1, pattern, capacity, &status);
  g_clear_pointer (&generator, udatpg_close);

  if (U_FAILURE (status) || length >= capacity)
    return FALSE;

  *out_length = length;
  return TRUE;
}

static UDateFormat *
open_pattern_format (DaftarFormat *self,
                     const UChar  *pattern,
                     int32_t       length,
                     UErrorCode   *status)
{
  return udat_open (UDAT_PATTERN, UDAT_PATTERN, self->icu_locale, u"UTC", -1,
                    pattern, length, status);
}

/* Called with the lock held. */
static UDateFormat *
get_date_format_locked (DaftarFormat    *self,
                        DaftarDateStyle  style)
{
  const UDateFormatStyle icu_styles[] = {
    [DAFTAR_DATE_STYLE_FULL] = UDAT_FULL,
    [DAFTAR_DATE_STYLE_LONG] = UDAT_LONG,
    [DAFTAR_DATE_STYLE_MEDIUM] = UDAT_MEDIUM,
    [DAFTAR_DATE_STYLE_SHORT] = UDAT_SHORT,
  };
  UErrorCode status = U_ZERO_ERROR;
  UDateFormat *format = NULL;
  UChar pattern[64];
  int32_t length;

  if (self->date_formats[style] != NULL)
    return self->date_formats[style];

  switch (style)
    {
    case DAFTAR_DATE_STYLE_FULL:
    case DAFTAR_DATE_STYLE_LONG:
    case DAFTAR_DATE_STYLE_MEDIUM:
    case DAFTAR_DATE_STYLE_SHORT:
      format = udat_open (UDAT_NONE, icu_styles[style], self->icu_locale, u"UTC", -1,
                          NULL, -1, &status);
      break;

    case DAFTAR_DATE_STYLE_NUMERIC:
      /* Year first, as people type dates.  Persian and Arabic write "/" between the
       * parts: with it a run of Arabic-Indic digits stays one run in right-to-left text,
       * shown with the year on the left, where "-" would reorder the parts. */
      format = open_pattern_format (self, self->rtl ? u"y/MM/dd" : u"y-MM-dd", -1, &status);
      break;

    case DAFTAR_DATE_STYLE_MONTH_YEAR:
      /* CLDR 42 has "y MMMM" for the Persian calendar in Persian, against its own long
       * date "d MMMM y" and against how Iranians write a month: "فروردین ۱۴۰۴". */
      if (g_str_has_prefix (self->locale, "fa_"))
        format = open_pattern_format (self, u"MMMM y", -1, &status);
      else if (get_best_pattern (self, u"yMMMM", pattern, G_N_ELEMENTS (pattern), &length))
        format = open_pattern_format (self, pattern, length, &status);
      break;

    case DAFTAR_DATE_STYLE_YEAR:
      if (get_best_pattern (self, u"y", pattern, G_N_ELEMENTS (pattern), &length))
        format = open_pattern_format (self, pattern, length, &status);
      break;

    case DAFTAR_DATE_STYLE_DAY:
      /* CLDR 42's full Persian date is "y MMMM d, EEEE", weekday last after a Latin
       * comma; Iranians head a day "جمعه ۱ فروردین ۱۴۰۴". */
      if (g_str_has_prefix (self->locale, "fa_"))
        format = open_pattern_format (self, u"EEEE d MMMM y", -1, &status);
      else if (get_best_pattern (self, u"yMMMMEEEEd", pattern, G_N_ELEMENTS (pattern), &length))
        format = open_pattern_format (self, pattern, length, &status);
      break;

    case DAFTAR_N_DATE_STYLES:
    default:
      g_assert_not_reached ();
    }

  if (format != NULL && U_SUCCESS (status) && self->calendar == DAFTAR_CALENDAR_GREGORIAN)
    {
      UCalendar *calendar = ucal_clone (udat_getCalendar (format), &status);

      /* Proleptic, as GDate is. */
      ucal_setGregorianChange (calendar, PROLEPTIC_CHANGE, &status);
      udat_setCalendar (format, calendar);
      g_clear_pointer (&calendar, ucal_close);
    }

  if (format == NULL || U_FAILURE (status))
    {
      g_warning ("ICU cannot format dates for %s: %s", self->icu_locale, u_errorName (status));
      g_clear_pointer (&format, udat_close);
      return NULL;
    }

  self->date_formats[style] = format;
  return format;
}

/**
 * daftar_format_date:
 * @day: a (Gregorian) day
 * @style: how to write it
 *
 * Formats a day in the formatter's calendar.  2025-03-21 in %DAFTAR_DATE_STYLE_LONG is
 * "March 21, 2025" (en_US, Gregorian), "۱ فروردین ۱۴۰۴" (fa_IR, Persian),
 * "٢١ مارس ٢٠٢٥" (ar_EG, Gregorian) and "٢١ رمضان ١٤٤٦ هـ" (ar_SA, Umm al-Qura).
 * See #DaftarDateStyle for the other styles; %DAFTAR_DATE_STYLE_NUMERIC is what
 * daftar_format_parse_date() reads back.
 *
 * Returns: (transfer full): the formatted day
 */
char *
daftar_format_date (DaftarFormat    *self,
                    const GDate     *day,
                    DaftarDateStyle  style)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[ICU_BUFFER_SIZE];
  UDateFormat *format;
  int32_t length = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (style < DAFTAR_N_DATE_STYLES, NULL);

  g_mutex_lock (&self->lock);
  format = get_date_format_locked (self, style);
  if (format != NULL)
    length = udat_format (format, day_to_udate (day), buffer, ICU_BUFFER_SIZE, NULL, &status);
  else
    status = U_INTERNAL_PROGRAM_ERROR;
  g_mutex_unlock (&self->lock);

  return daftar_format_icu_result (buffer, length, status, "a date");
}

/**
 * daftar_format_time:
 * @utc: a moment, in seconds since the epoch
 * @offset: the offset from UTC, in seconds, of the clock to read it on
 *
 * Formats the time of day on a 24-hour clock, with two-digit hours, in the locale's digits:
 * "09:30", "۰۹:۳۰", "٠٩:٣٠".  Daftar's time fields read this form back.
 *
 * Returns: (transfer full): the formatted time
 */
char *
daftar_format_time (DaftarFormat *self,
                    gint64        utc,
                    gint32        offset)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[ICU_BUFFER_SIZE];
  int32_t length = 0;

  g_return_val_if_fail (self != NULL, NULL);

  g_mutex_lock (&self->lock);
  if (self->time_format == NULL)
    self->time_format = open_pattern_format (self, u"HH:mm", -1, &status);
  if (U_SUCCESS (status))
    length = udat_format (self->time_format, ((double) utc + offset) * 1000.0,
                          buffer, ICU_BUFFER_SIZE, NULL, &status);
  else
    g_clear_pointer (&self->time_format, udat_close);
  g_mutex_unlock (&self->lock);

  return daftar_format_icu_result (buffer, length, status, "a time");
}

static char *
format_interval (DaftarFormat *self,
                 const UChar  *skeleton,
                 const GDate  *first,
                 const GDate  *last)
{
  UErrorCode status = U_ZERO_ERROR;
  UDateIntervalFormat *format;
  UChar buffer[ICU_BUFFER_SIZE];
  int32_t length = 0;

  format = udtitvfmt_open (self->icu_locale, skeleton, -1, u"UTC", -1, &status);
  if (U_SUCCESS (status))
    length = udtitvfmt_format (format, day_to_udate (first), day_to_udate (last),
                               buffer, ICU_BUFFER_SIZE, NULL, &status);
  g_clear_pointer (&format, udtitvfmt_close);

  return daftar_format_icu_result (buffer, length, status, "a period");
}

/* The month's name, "فروردین", as a date pattern writes it. */
static char *
format_month_name (DaftarFormat *self,
                   const GDate  *day)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[ICU_BUFFER_SIZE];
  UDateFormat *format;
  int32_t length = 0;

  format = open_pattern_format (self, u"MMMM", -1, &status);
  if (U_SUCCESS (status))
    length = udat_format (format, day_to_udate (day), buffer, ICU_BUFFER_SIZE, NULL, &status);
  g_clear_pointer (&format, udat_close);

  return daftar_format_icu_result (buffer, length, status, "a month");
}

/* Whether a label of whole months names both months.  CLDR 42 writes Persian month ranges
 * as "LLLL تا MMMM y", which ICU 72 reads as one field, not two, and so fills with the first
 * month twice: "فروردین تا فروردین ۱۴۰۴" for Farvardin to Khordad. */
static gboolean
names_both_months (DaftarFormat *self,
                   const char   *label,
                   const GDate  *first,
                   const GDate  *last)
{
  g_autofree char *first_name = format_month_name (self, first);
  g_autofree char *last_name = format_month_name (self, last);
  const char *found;

  if (first_name[0] == '\0' || last_name[0] == '\0')
    return FALSE;

  if (strcmp (first_name, last_name) != 0)
    return strstr (label, first_name) != NULL && strstr (label, last_name) != NULL;

  found = strstr (label, first_name);
  return found != NULL && strstr (found + strlen (first_name), last_name) != NULL;
}

static gboolean
is_first_of_month (DaftarCalendar  calendar,
                   const GDate    *day,
                   int            *out_month)
{
  int year, month, day_of_month;

  daftar_calendar_to_ymd (calendar, day, &year, &month, &day_of_month);
  *out_month = month;
  return day_of_month == 1;
}

/**
 * daftar_format_period_label:
 * @first: (nullable): the first day of a period, inclusive, or %NULL (or an invalid
 *   date) for no bound
 * @last: (nullable): the last day, inclusive, or %NULL (or an invalid date) for no bound
 *
 * Names a period in the formatter's calendar, as short as the period allows:
 *
 * - one day: the long date, "March 21, 2025";
 * - one whole month: "March 2025", "فروردین ۱۴۰۴", "رمضان ١٤٤٦ هـ";
 * - whole months: "January – March 2025"; in Persian, where ICU 72 cannot write a range
 *   of months, with their days: "۱ فروردین تا ۳۱ خرداد ۱۴۰۴";
 * - one whole year: "2025", "۱۴۰۴"; whole years: "2024 – 2025";
 * - other days: "Mar 21 – Apr 20, 2025", "۱ تا ۱۵ فروردین ۱۴۰۴";
 * - no bounds: "All time"; one bound: "Since …" or "Until …".
 *
 * Returns: (transfer full): the label
 */
char *
daftar_format_period_label (DaftarFormat *self,
                            const GDate  *first,
                            const GDate  *last)
{
  gboolean has_first = first != NULL && g_date_valid (first);
  gboolean has_last = last != NULL && g_date_valid (last);
  g_autofree char *date = NULL;
  GDate after, period_first, period_last;
  int first_month, after_month;

  g_return_val_if_fail (self != NULL, NULL);

  if (!has_first && !has_last)
    return g_strdup (_("All time"));

  if (!has_last)
    {
      date = daftar_format_date (self, first, DAFTAR_DATE_STYLE_LONG);
      /* Translators: a period without an end; %s is a date such as "March 21, 2025". */
      return g_strdup_printf (_("Since %s"), date);
    }

  if (!has_first)
    {
      date = daftar_format_date (self, last, DAFTAR_DATE_STYLE_LONG);
      /* Translators: a period without a start; %s is a date such as "March 21, 2025". */
      return g_strdup_printf (_("Until %s"), date);
    }

  g_return_val_if_fail (g_date_compare (first, last) <= 0, NULL);

  if (g_date_compare (first, last) == 0)
    return daftar_format_date (self, first, DAFTAR_DATE_STYLE_LONG);

  after = *last;
  if (g_date_get_julian (&after) < G_MAXUINT32 - 1)
    g_date_add_days (&after, 1);

  if (!is_first_of_month (self->calendar, first, &first_month) ||
      !is_first_of_month (self->calendar, &after, &after_month))
    return format_interval (self, u"yMMMd", first, last);

  /* Whole years: one, or several. */
  if (first_month == 1 && after_month == 1)
    {
      if (daftar_period_resolve (DAFTAR_PERIOD_THIS_YEAR, self->calendar, self->locale, first,
                                 &period_first, &period_last) &&
          g_date_compare (&period_last, last) == 0)
        return daftar_format_date (self, first, DAFTAR_DATE_STYLE_YEAR);

      return format_interval (self, u"y", first, last);
    }

  /* Whole months: one, or several. */
  if (daftar_period_resolve (DAFTAR_PERIOD_THIS_MONTH, self->calendar, self->locale, first,
                             &period_first, &period_last) &&
      g_date_compare (&period_last, last) == 0)
    return daftar_format_date (self, first, DAFTAR_DATE_STYLE_MONTH_YEAR);

  {
    g_autofree char *label = format_interval (self, u"yMMMM", first, last);

    if (names_both_months (self, label, first, last))
      return g_steal_pointer (&label);
  }

  return format_interval (self, u"yMMMMd", first, last);
}
