/* daftar-period.h — periods (this month, last week…) in the user's calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-keys.h"

G_BEGIN_DECLS

typedef enum
{
  DAFTAR_CALENDAR_GREGORIAN,
  DAFTAR_CALENDAR_PERSIAN,            /* Solar Hijri */
  DAFTAR_CALENDAR_ISLAMIC_UMALQURA,   /* Hijri, Umm al-Qura */
} DaftarCalendar;

typedef enum
{
  DAFTAR_PERIOD_TODAY,
  DAFTAR_PERIOD_THIS_WEEK,
  DAFTAR_PERIOD_LAST_WEEK,
  DAFTAR_PERIOD_THIS_MONTH,
  DAFTAR_PERIOD_LAST_MONTH,
  DAFTAR_PERIOD_THIS_QUARTER,
  DAFTAR_PERIOD_THIS_YEAR,
  DAFTAR_PERIOD_LAST_YEAR,
  DAFTAR_PERIOD_LAST_90_DAYS,
  DAFTAR_PERIOD_ALL,
  DAFTAR_N_PERIODS
} DaftarPeriodKind;

typedef enum
{
  DAFTAR_BUCKET_DAY,
  DAFTAR_BUCKET_WEEK,
  DAFTAR_BUCKET_MONTH,
} DaftarBucket;

/* Keys for --period and settings: "today", "this-week", "last-week", "this-month",
 * "last-month", "this-quarter", "this-year", "last-year", "last-90-days", "all". */
DAFTAR_DECLARE_KEYS (DaftarPeriodKind, daftar_period_kind)

DaftarCalendar daftar_calendar_for_locale (const char      *locale);

gboolean    daftar_period_resolve        (DaftarPeriodKind  kind,
                                          DaftarCalendar    calendar,
                                          const char       *locale,
                                          const GDate      *today,
                                          GDate            *out_first,
                                          GDate            *out_last);
void        daftar_period_bucket_start   (DaftarBucket      bucket,
                                          DaftarCalendar    calendar,
                                          const char       *locale,
                                          const GDate      *day,
                                          GDate            *out_start);
GDateWeekday daftar_locale_first_weekday (const char       *locale);

/* Calendars by settings key, locale names as ICU reads them, and dates in a calendar. */
DAFTAR_DECLARE_KEYS (DaftarCalendar, daftar_calendar)
char       *daftar_locale_normalize         (const char     *locale);
char       *daftar_calendar_make_icu_locale (DaftarCalendar  calendar,
                                             const char     *locale,
                                             gboolean        latin_digits);
void        daftar_calendar_to_ymd          (DaftarCalendar  calendar,
                                             const GDate    *day,
                                             int            *out_year,
                                             int            *out_month,
                                             int            *out_day);
gboolean    daftar_calendar_from_ymd        (DaftarCalendar  calendar,
                                             int             year,
                                             int             month,
                                             int             day,
                                             GDate          *out);
int         daftar_calendar_days_in_month   (DaftarCalendar  calendar,
                                             int             year,
                                             int             month);

G_END_DECLS
