/* daftar-period.c — periods (this month, last week…) in the user's calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-period"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <unicode/ucal.h>
#include <unicode/uenum.h>

#include "daftar-period.h"

/* The ledger keeps Gregorian days.  A day goes to ICU as midnight UTC of that day and
 * comes back the same way, so that no time zone can move it to a neighbour; g_date's
 * Julian day 719163 is 1970-01-01, ICU's day zero. */
#define EPOCH_JULIAN_DAY 719163

/* Any date before the ledger's first; makes ICU's Gregorian calendar proleptic, as GDate is,
 * instead of switching to the Julian calendar in 1582. */
#define PROLEPTIC_CHANGE (-8.64e15)

static const char * const period_keys[DAFTAR_N_PERIODS] = {
  [DAFTAR_PERIOD_TODAY] = "today",
  [DAFTAR_PERIOD_THIS_WEEK] = "this-week",
  [DAFTAR_PERIOD_LAST_WEEK] = "last-week",
  [DAFTAR_PERIOD_THIS_MONTH] = "this-month",
  [DAFTAR_PERIOD_LAST_MONTH] = "last-month",
  [DAFTAR_PERIOD_THIS_QUARTER] = "this-quarter",
  [DAFTAR_PERIOD_THIS_YEAR] = "this-year",
  [DAFTAR_PERIOD_LAST_YEAR] = "last-year",
  [DAFTAR_PERIOD_LAST_90_DAYS] = "last-90-days",
  [DAFTAR_PERIOD_ALL] = "all",
};

/* ICU's names, which are also the settings keys. */
static const char * const calendar_keys[] = {
  [DAFTAR_CALENDAR_GREGORIAN] = "gregorian",
  [DAFTAR_CALENDAR_PERSIAN] = "persian",
  [DAFTAR_CALENDAR_ISLAMIC_UMALQURA] = "islamic-umalqura",
};

/* The stable key of a period, such as "this-month" or "last-90-days", for `--period`
 * and settings. */
DAFTAR_DEFINE_KEYS (DaftarPeriodKind, daftar_period_kind, period_keys, DAFTAR_KEYS_EXACT)

/* ICU's name of a calendar, also its settings key: "gregorian", "persian" or
 * "islamic-umalqura". */
DAFTAR_DEFINE_KEYS (DaftarCalendar, daftar_calendar, calendar_keys, DAFTAR_KEYS_EXACT)

/**
 * daftar_locale_normalize:
 * @locale: (nullable): a POSIX or BCP 47 locale name: "fa_IR.UTF-8", "ar-SA", "fa", "C"
 *
 * Puts a locale name in the form ICU and the rest of Daftar expect: without encoding or
 * modifier, with underscores.  A language without a country gets the one Daftar's users
 * most likely live in ("fa" → "fa_IR", "ar" → "ar_EG", "en" → "en_US"), and %NULL, "",
 * "C" and "POSIX" (with or without an encoding) mean "en_US".  Other languages are kept
 * as they are.
 *
 * Returns: (transfer full): the locale name, such as "fa_IR"
 */
char *
daftar_locale_normalize (const char *locale)
{
  g_autoptr(GString) name = NULL;
  gsize length;

  if (locale == NULL)
    return g_strdup ("en_US");

  length = strcspn (locale, ".@");
  name = g_string_new_len (locale, (gssize) length);
  g_string_replace (name, "-", "_", 0);

  if (name->len == 0 || strcmp (name->str, "C") == 0 || strcmp (name->str, "POSIX") == 0)
    return g_strdup ("en_US");

  /* The language in lower case, as ICU and glibc both write it. */
  for (gsize i = 0; i < name->len && name->str[i] != '_'; i++)
    name->str[i] = g_ascii_tolower (name->str[i]);

  if (strcmp (name->str, "fa") == 0)
    g_string_append (name, "_IR");
  else if (strcmp (name->str, "ar") == 0)
    g_string_append (name, "_EG");
  else if (strcmp (name->str, "en") == 0)
    g_string_append (name, "_US");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static gboolean
is_language (const char *locale,
             const char *language)
{
  gsize length = strlen (language);

  return strncmp (locale, language, length) == 0 &&
         (locale[length] == '\0' || locale[length] == '_');
}

/**
 * daftar_calendar_for_locale:
 * @locale: (nullable): a locale name, in any form daftar_locale_normalize() reads
 *
 * The calendar to start with in @locale: Solar Hijri for Persian; for Arabic,
 * the calendar CLDR gives the region (Umm al-Qura for Saudi Arabia, Gregorian
 * for Egypt and most others); Gregorian for everything else.
 */
DaftarCalendar
daftar_calendar_for_locale (const char *locale)
{
  g_autofree char *normal = daftar_locale_normalize (locale);

  if (is_language (normal, "fa"))
    return DAFTAR_CALENDAR_PERSIAN;

  if (is_language (normal, "ar"))
    {
      UErrorCode status = U_ZERO_ERROR;
      UEnumeration *preferred = ucal_getKeywordValuesForLocale ("calendar", normal, TRUE, &status);
      const char *first = NULL;
      gboolean hijri = FALSE;

      if (U_SUCCESS (status))
        first = uenum_next (preferred, NULL, &status);
      hijri = U_SUCCESS (status) && g_strcmp0 (first, "islamic-umalqura") == 0;
      uenum_close (preferred);
      if (hijri)
        return DAFTAR_CALENDAR_ISLAMIC_UMALQURA;
    }

  return DAFTAR_CALENDAR_GREGORIAN;
}

/**
 * daftar_calendar_make_icu_locale:
 * @calendar: a calendar
 * @locale: (nullable): a locale name, in any form daftar_locale_normalize() reads
 * @latin_digits: whether to write numbers with 0–9 whatever the locale's own digits
 *
 * Builds the ICU locale ID that formats in @locale with @calendar, for example
 * "fa_IR@calendar=persian" or "fa_IR@calendar=persian;numbers=latn".
 *
 * Returns: (transfer full): the ICU locale ID
 */
char *
daftar_calendar_make_icu_locale (DaftarCalendar  calendar,
                                 const char     *locale,
                                 gboolean        latin_digits)
{
  g_autofree char *normal = daftar_locale_normalize (locale);

  g_return_val_if_fail (calendar <= DAFTAR_CALENDAR_ISLAMIC_UMALQURA, NULL);

  return g_strdup_printf ("%s@calendar=%s%s", normal, calendar_keys[calendar],
                          latin_digits ? ";numbers=latn" : "");
}

/* A calendar of @calendar's kind in UTC, or NULL (with a warning) if ICU has no data. */
static UCalendar *
open_calendar (DaftarCalendar  calendar,
               const char     *locale)
{
  g_autofree char *icu_locale = daftar_calendar_make_icu_locale (calendar, locale, FALSE);
  UErrorCode status = U_ZERO_ERROR;
  UCalendar *cal;

  cal = ucal_open (u"UTC", -1, icu_locale, UCAL_DEFAULT, &status);
  if (U_SUCCESS (status) && calendar == DAFTAR_CALENDAR_GREGORIAN)
    ucal_setGregorianChange (cal, PROLEPTIC_CHANGE, &status);

  if (U_FAILURE (status))
    {
      g_warning ("ICU cannot open a calendar for %s: %s", icu_locale, u_errorName (status));
      g_clear_pointer (&cal, ucal_close);
      return NULL;
    }

  return cal;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UCalendar, ucal_close)

static void
calendar_set_day (UCalendar   *cal,
                  const GDate *day,
                  UErrorCode  *status)
{
  double days = (double) g_date_get_julian (day) - EPOCH_JULIAN_DAY;

  ucal_setMillis (cal, days * U_MILLIS_PER_DAY, status);
}

static gboolean
calendar_get_day (UCalendar  *cal,
                  GDate      *out,
                  UErrorCode *status)
{
  UDate when = ucal_getMillis (cal, status);
  double julian;

  if (U_FAILURE (*status))
    return FALSE;

  julian = floor (when / U_MILLIS_PER_DAY) + EPOCH_JULIAN_DAY;
  if (julian < 1 || julian > G_MAXUINT32 || !g_date_valid_julian ((guint32) julian))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_julian (out, (guint32) julian);
  return TRUE;
}

/* The first day of the month containing @day, and how many days that month has. */
static void
month_around (UCalendar   *cal,
              const GDate *day,
              GDate       *out_first,
              guint       *out_n_days,
              UErrorCode  *status)
{
  int day_of_month;

  calendar_set_day (cal, day, status);
  day_of_month = ucal_get (cal, UCAL_DAY_OF_MONTH, status);
  *out_n_days = (guint) ucal_getLimit (cal, UCAL_DAY_OF_MONTH, UCAL_ACTUAL_MAXIMUM, status);
  *out_first = *day;
  if (U_SUCCESS (*status))
    g_date_subtract_days (out_first, (guint) day_of_month - 1);
}

static void
year_around (UCalendar   *cal,
             const GDate *day,
             GDate       *out_first,
             GDate       *out_last,
             UErrorCode  *status)
{
  int day_of_year;
  int n_days;

  calendar_set_day (cal, day, status);
  day_of_year = ucal_get (cal, UCAL_DAY_OF_YEAR, status);
  n_days = ucal_getLimit (cal, UCAL_DAY_OF_YEAR, UCAL_ACTUAL_MAXIMUM, status);
  if (U_FAILURE (*status))
    return;

  *out_first = *day;
  g_date_subtract_days (out_first, (guint) day_of_year - 1);
  *out_last = *out_first;
  g_date_add_days (out_last, (guint) n_days - 1);
}

/* Quarters are months 1–3, 4–6, 7–9 and 10–12 of the calendar's year. */
static void
quarter_around (UCalendar   *cal,
                const GDate *day,
                GDate       *out_first,
                GDate       *out_last,
                UErrorCode  *status)
{
  GDate first;
  guint n_days;
  int month;

  calendar_set_day (cal, day, status);
  month = ucal_get (cal, UCAL_MONTH, status);   /* 0-based */
  month_around (cal, day, &first, &n_days, status);

  for (int i = 0; i < month % 3 && U_SUCCESS (*status); i++)
    {
      g_date_subtract_days (&first, 1);
      month_around (cal, &first, &first, &n_days, status);
    }

  *out_first = first;
  for (int i = 0; i < 3 && U_SUCCESS (*status); i++)
    {
      GDate next;

      month_around (cal, &first, &first, &n_days, status);
      next = first;
      g_date_add_days (&next, n_days);
      *out_last = first;
      g_date_add_days (out_last, n_days - 1);
      first = next;
    }
}

/**
 * daftar_locale_first_weekday:
 * @locale: (nullable): a locale name, in any form daftar_locale_normalize() reads
 *
 * The day weeks start on where @locale is used, from CLDR: Saturday in Iran and Egypt,
 * Sunday in Saudi Arabia and the United States, Monday in most of Europe.
 */
GDateWeekday
daftar_locale_first_weekday (const char *locale)
{
  g_autofree char *normal = daftar_locale_normalize (locale);
  UErrorCode status = U_ZERO_ERROR;
  g_autoptr(UCalendar) cal = NULL;
  int first;

  cal = ucal_open (u"UTC", -1, normal, UCAL_DEFAULT, &status);
  if (U_FAILURE (status))
    {
      g_warning ("ICU cannot open a calendar for %s: %s", normal, u_errorName (status));
      return G_DATE_MONDAY;
    }

  /* ICU counts from UCAL_SUNDAY = 1 to UCAL_SATURDAY = 7; GDate from Monday = 1. */
  first = ucal_getAttribute (cal, UCAL_FIRST_DAY_OF_WEEK);
  if (first == UCAL_SUNDAY)
    return G_DATE_SUNDAY;
  if (first > UCAL_SUNDAY && first <= UCAL_SATURDAY)
    return (GDateWeekday) (first - 1);

  return G_DATE_MONDAY;
}

static void
week_start (GDateWeekday  first_weekday,
            const GDate  *day,
            GDate        *out_start)
{
  guint back = (g_date_get_weekday (day) - first_weekday + 7) % 7;

  *out_start = *day;
  g_date_subtract_days (out_start, back);
}

static gboolean
is_in_range_for_period (const GDate *day)
{
  /* Room for a year before and after, so that no step leaves GDate's range. */
  return g_date_get_year (day) > 1 && g_date_get_year (day) < G_MAXUINT16 - 1;
}

/**
 * daftar_period_resolve:
 * @kind: the period
 * @calendar: the calendar months, quarters and years are counted in
 * @locale: (nullable): the locale whose first day of the week starts weeks
 * @today: the day to count from, in the user's time zone
 * @out_first: (out caller-allocates): the first day of the period, inclusive
 * @out_last: (out caller-allocates): the last day of the period, inclusive
 *
 * Finds the days of a period around @today.  Months, quarters (three months) and years are
 * those of @calendar: "this month" on 2025-03-25 in the Persian calendar is Farvardin 1404,
 * 2025-03-21 to 2025-04-20.  Weeks start on the first day of the week of @locale (see
 * daftar_locale_first_weekday()).  "Last 90 days" is @today and the 89 days before it.
 *
 * All days in and out are Gregorian, as the ledger keeps them.
 *
 * Returns: %TRUE with both days set; %FALSE for %DAFTAR_PERIOD_ALL, which has no bounds,
 *   and then both days are cleared (invalid) and callers treat the period as unbounded
 */
gboolean
daftar_period_resolve (DaftarPeriodKind  kind,
                       DaftarCalendar    calendar,
                       const char       *locale,
                       const GDate      *today,
                       GDate            *out_first,
                       GDate            *out_last)
{
  g_autoptr(UCalendar) cal = NULL;
  UErrorCode status = U_ZERO_ERROR;
  GDate first, last;
  guint n_days;

  g_return_val_if_fail (out_first != NULL && out_last != NULL, FALSE);

  g_date_clear (out_first, 1);
  g_date_clear (out_last, 1);

  g_return_val_if_fail (kind < DAFTAR_N_PERIODS, FALSE);
  g_return_val_if_fail (calendar <= DAFTAR_CALENDAR_ISLAMIC_UMALQURA, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (is_in_range_for_period (today), FALSE);

  first = *today;
  last = *today;

  switch (kind)
    {
    case DAFTAR_PERIOD_TODAY:
      break;

    case DAFTAR_PERIOD_THIS_WEEK:
    case DAFTAR_PERIOD_LAST_WEEK:
      week_start (daftar_locale_first_weekday (locale), today, &first);
      if (kind == DAFTAR_PERIOD_LAST_WEEK)
        g_date_subtract_days (&first, 7);
      last = first;
      g_date_add_days (&last, 6);
      break;

    case DAFTAR_PERIOD_THIS_MONTH:
    case DAFTAR_PERIOD_LAST_MONTH:
      if ((cal = open_calendar (calendar, locale)) == NULL)
        return FALSE;
      month_around (cal, today, &first, &n_days, &status);
      if (kind == DAFTAR_PERIOD_LAST_MONTH && U_SUCCESS (status))
        {
          g_date_subtract_days (&first, 1);
          month_around (cal, &first, &first, &n_days, &status);
        }
      last = first;
      if (U_SUCCESS (status))
        g_date_add_days (&last, n_days - 1);
      break;

    case DAFTAR_PERIOD_THIS_QUARTER:
      if ((cal = open_calendar (calendar, locale)) == NULL)
        return FALSE;
      quarter_around (cal, today, &first, &last, &status);
      break;

    case DAFTAR_PERIOD_THIS_YEAR:
    case DAFTAR_PERIOD_LAST_YEAR:
      if ((cal = open_calendar (calendar, locale)) == NULL)
        return FALSE;
      year_around (cal, today, &first, &last, &status);
      if (kind == DAFTAR_PERIOD_LAST_YEAR && U_SUCCESS (status))
        {
          g_date_subtract_days (&first, 1);
          year_around (cal, &first, &first, &last, &status);
        }
      break;

    case DAFTAR_PERIOD_LAST_90_DAYS:
      g_date_subtract_days (&first, 89);
      break;

    case DAFTAR_PERIOD_ALL:
    case DAFTAR_N_PERIODS:
    default:
      return FALSE;
    }

  if (U_FAILURE (status))
    {
      g_warning ("ICU cannot find the period “%s”: %s",
                 period_keys[kind], u_errorName (status));
      return FALSE;
    }

  *out_first = first;
  *out_last = last;
  return TRUE;
}

/**
 * daftar_period_bucket_start:
 * @bucket: the size of the buckets
 * @calendar: the calendar months are counted in
 * @locale: (nullable): the locale whose first day of the week starts weeks
 * @day: a day
 * @out_start: (out caller-allocates): the first day of the bucket containing @day
 *
 * Finds the bucket a day falls in, for reports and charts: the day itself, the first day of
 * its week (see daftar_locale_first_weekday()), or the first day of its month in @calendar.
 * Every day of one bucket gives the same start, so the start is a key to group by.
 */
void
daftar_period_bucket_start (DaftarBucket    bucket,
                            DaftarCalendar  calendar,
                            const char     *locale,
                            const GDate    *day,
                            GDate          *out_start)
{
  g_autoptr(UCalendar) cal = NULL;
  UErrorCode status = U_ZERO_ERROR;
  guint n_days;

  g_return_if_fail (out_start != NULL);
  g_return_if_fail (day != NULL && g_date_valid (day));
  g_return_if_fail (calendar <= DAFTAR_CALENDAR_ISLAMIC_UMALQURA);

  *out_start = *day;

  switch (bucket)
    {
    case DAFTAR_BUCKET_DAY:
      break;

    case DAFTAR_BUCKET_WEEK:
      week_start (daftar_locale_first_weekday (locale), day, out_start);
      break;

    case DAFTAR_BUCKET_MONTH:
      if ((cal = open_calendar (calendar, locale)) == NULL)
        return;
      month_around (cal, day, out_start, &n_days, &status);
      if (U_FAILURE (status))
        {
          g_warning ("ICU cannot find the month of a day: %s", u_errorName (status));
          *out_start = *day;
        }
      break;

    default:
      g_return_if_reached ();
    }
}

/**
 * daftar_calendar_to_ymd:
 * @calendar: a calendar
 * @day: a (Gregorian) day
 * @out_year: (out): the year in @calendar
 * @out_month: (out): the month in @calendar, from 1
 * @out_day: (out): the day of the month, from 1
 *
 * Gives the date of @day in @calendar: 2025-03-21 is 1404-01-01 in the Persian calendar
 * and 1446-09-21 in Umm al-Qura.  On an ICU failure, which does not happen with ICU's
 * data installed, all three are 0.
 */
void
daftar_calendar_to_ymd (DaftarCalendar  calendar,
                        const GDate    *day,
                        int            *out_year,
                        int            *out_month,
                        int            *out_day)
{
  g_autoptr(UCalendar) cal = NULL;
  UErrorCode status = U_ZERO_ERROR;
  int year, month, day_of_month;

  g_return_if_fail (day != NULL && g_date_valid (day));
  g_return_if_fail (out_year != NULL && out_month != NULL && out_day != NULL);

  *out_year = *out_month = *out_day = 0;

  if ((cal = open_calendar (calendar, NULL)) == NULL)
    return;

  calendar_set_day (cal, day, &status);
  year = ucal_get (cal, UCAL_YEAR, &status);
  month = ucal_get (cal, UCAL_MONTH, &status);
  day_of_month = ucal_get (cal, UCAL_DAY_OF_MONTH, &status);
  if (U_FAILURE (status))
    {
      g_warning ("ICU cannot convert a day: %s", u_errorName (status));
      return;
    }

  *out_year = year;
  *out_month = month + 1;
  *out_day = day_of_month;
}

/**
 * daftar_calendar_days_in_month:
 * @calendar: a calendar
 * @year: a year of @calendar, from 1 to 9999
 * @month: a month, from 1 to 12
 *
 * Returns: how many days @month of @year has in @calendar — Esfand 1403 has 30, Esfand 1402
 *   has 29 — or 0 if @year or @month is out of range
 */
int
daftar_calendar_days_in_month (DaftarCalendar calendar,
                               int            year,
                               int            month)
{
  g_autoptr(UCalendar) cal = NULL;
  UErrorCode status = U_ZERO_ERROR;
  int n_days;

  g_return_val_if_fail (calendar <= DAFTAR_CALENDAR_ISLAMIC_UMALQURA, 0);

  if (year < 1 || year > 9999 || month < 1 || month > 12)
    return 0;

  if ((cal = open_calendar (calendar, NULL)) == NULL)
    return 0;

  ucal_clear (cal);
  ucal_setDate (cal, year, month - 1, 1, &status);
  n_days = ucal_getLimit (cal, UCAL_DAY_OF_MONTH, UCAL_ACTUAL_MAXIMUM, &status);

  return U_SUCCESS (status) ? n_days : 0;
}

/**
 * daftar_calendar_from_ymd:
 * @calendar: a calendar
 * @year: a year of @calendar, from 1 to 9999
 * @month: a month, from 1 to 12
 * @day: a day of the month, from 1
 * @out: (out caller-allocates): the Gregorian day
 *
 * Finds the day with a date in @calendar: 1404-01-01 in the Persian calendar is
 * 2025-03-21.  Dates that do not exist, such as 30 Esfand in a common year, are refused.
 *
 * Returns: %TRUE if the date exists in @calendar and in GDate's range; @out is written
 *   only then
 */
gboolean
daftar_calendar_from_ymd (DaftarCalendar  calendar,
                          int             year,
                          int             month,
                          int             day,
                          GDate          *out)
{
  g_autoptr(UCalendar) cal = NULL;
  UErrorCode status = U_ZERO_ERROR;
  int n_days;
  GDate result;

  g_return_val_if_fail (out != NULL, FALSE);

  n_days = daftar_calendar_days_in_month (calendar, year, month);
  if (day < 1 || day > n_days)
    return FALSE;

  if ((cal = open_calendar (calendar, NULL)) == NULL)
    return FALSE;

  ucal_clear (cal);
  ucal_setDate (cal, year, month - 1, day, &status);
  if (!calendar_get_day (cal, &result, &status))
    return FALSE;

  *out = result;
  return TRUE;
}
