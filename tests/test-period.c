/* test-period.c — periods and months in the Gregorian, Persian and Umm al-Qura calendars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every "today" is given: nothing here depends on the day the tests run.  Solar Hijri
 * dates are checked against the Iranian calendar (1403 is a leap year: 30 Esfand 1403 is
 * 2025-03-20, Nowruz 1404 is 2025-03-21; 1402 is common: 29 Esfand 1402 is 2024-03-19),
 * Umm al-Qura dates against ICU 72's table (1 Ramadan 1446 is 2025-03-01, 1 Shawwal is
 * 2025-03-30).
 */
#include "config.h"

#include <stdio.h>

#include "daftar-period.h"

#define FA "fa_IR"
#define AR_EG "ar_EG"
#define AR_SA "ar_SA"
#define EN "en_US"

#define PERSIAN DAFTAR_CALENDAR_PERSIAN
#define GREGORIAN DAFTAR_CALENDAR_GREGORIAN
#define UMALQURA DAFTAR_CALENDAR_ISLAMIC_UMALQURA

/* "2025-03-21" → a GDate; only well-formed ISO dates are passed. */
static GDate
day_from_iso (const char *iso)
{
  GDate day;
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_assert_true (g_date_valid_dmy (d, m, y));
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, d, m, y);
  return day;
}

static char *
day_to_iso (const GDate *day)
{
  if (!g_date_valid (day))
    return g_strdup ("invalid");

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day));
}

static void
assert_period (DaftarPeriodKind  kind,
               DaftarCalendar    calendar,
               const char       *locale,
               const char       *today,
               const char       *expected_first,
               const char       *expected_last)
{
  GDate today_date = day_from_iso (today);
  GDate first, last;
  g_autofree char *first_iso = NULL;
  g_autofree char *last_iso = NULL;

  g_test_message ("%s in %s (%s) on %s", daftar_period_kind_to_key (kind),
                  daftar_calendar_to_key (calendar), locale, today);
  g_assert_true (daftar_period_resolve (kind, calendar, locale, &today_date, &first, &last));
  first_iso = day_to_iso (&first);
  last_iso = day_to_iso (&last);
  g_assert_cmpstr (first_iso, ==, expected_first);
  g_assert_cmpstr (last_iso, ==, expected_last);
}

static void
assert_bucket (DaftarBucket    bucket,
               DaftarCalendar  calendar,
               const char     *locale,
               const char     *day,
               const char     *expected)
{
  GDate date = day_from_iso (day);
  GDate start;
  g_autofree char *start_iso = NULL;

  daftar_period_bucket_start (bucket, calendar, locale, &date, &start);
  start_iso = day_to_iso (&start);
  g_assert_cmpstr (start_iso, ==, expected);
}

static void
assert_ymd (DaftarCalendar  calendar,
            const char     *iso,
            int             year,
            int             month,
            int             day)
{
  GDate date = day_from_iso (iso);
  GDate back;
  g_autofree char *back_iso = NULL;
  int y, m, d;

  daftar_calendar_to_ymd (calendar, &date, &y, &m, &d);
  g_assert_cmpint (y, ==, year);
  g_assert_cmpint (m, ==, month);
  g_assert_cmpint (d, ==, day);

  g_assert_true (daftar_calendar_from_ymd (calendar, year, month, day, &back));
  back_iso = day_to_iso (&back);
  g_assert_cmpstr (back_iso, ==, iso);
}

static void
test_keys (void)
{
  DaftarPeriodKind kind = DAFTAR_PERIOD_TODAY;
  DaftarCalendar calendar = GREGORIAN;

  for (guint i = 0; i < DAFTAR_N_PERIODS; i++)
    {
      DaftarPeriodKind back;

      g_assert_true (daftar_period_kind_from_key (daftar_period_kind_to_key (i), &back));
      g_assert_cmpint (back, ==, i);
    }
  g_assert_cmpstr (daftar_period_kind_to_key (DAFTAR_PERIOD_LAST_90_DAYS), ==, "last-90-days");
  g_assert_true (daftar_period_kind_from_key ("this-quarter", &kind));
  g_assert_cmpint (kind, ==, DAFTAR_PERIOD_THIS_QUARTER);
  g_assert_false (daftar_period_kind_from_key ("This-Month", &kind));
  g_assert_false (daftar_period_kind_from_key ("", &kind));
  g_assert_false (daftar_period_kind_from_key (NULL, &kind));
  g_assert_cmpint (kind, ==, DAFTAR_PERIOD_THIS_QUARTER);

  g_assert_cmpstr (daftar_calendar_to_key (PERSIAN), ==, "persian");
  g_assert_cmpstr (daftar_calendar_to_key (UMALQURA), ==, "islamic-umalqura");
  g_assert_true (daftar_calendar_from_key ("islamic-umalqura", &calendar));
  g_assert_cmpint (calendar, ==, UMALQURA);
  g_assert_true (daftar_calendar_from_key ("gregorian", &calendar));
  g_assert_cmpint (calendar, ==, GREGORIAN);
  g_assert_false (daftar_calendar_from_key ("islamic", &calendar));
  g_assert_false (daftar_calendar_from_key (NULL, &calendar));
}

static void
test_locales (void)
{
  const struct { const char *in, *out; } names[] = {
    { "fa_IR", "fa_IR" },
    { "fa_IR.UTF-8", "fa_IR" },
    { "fa", "fa_IR" },
    { "ar", "ar_EG" },
    { "ar-SA", "ar_SA" },
    { "ar_SA.UTF-8@euro", "ar_SA" },
    { "AR_eg", "ar_eg" },
    { "en", "en_US" },
    { "de_DE.UTF-8", "de_DE" },
    { "C", "en_US" },
    { "C.UTF-8", "en_US" },
    { "POSIX", "en_US" },
    { "", "en_US" },
    { NULL, "en_US" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *normal = daftar_locale_normalize (names[i].in);

      g_assert_cmpstr (normal, ==, names[i].out);
    }

  g_assert_cmpint (daftar_calendar_for_locale ("fa_IR"), ==, PERSIAN);
  g_assert_cmpint (daftar_calendar_for_locale ("fa_IR.UTF-8"), ==, PERSIAN);
  g_assert_cmpint (daftar_calendar_for_locale ("fa"), ==, PERSIAN);
  g_assert_cmpint (daftar_calendar_for_locale ("fa_AF"), ==, PERSIAN);
  /* Arabic follows the region's own calendar in CLDR. */
  g_assert_cmpint (daftar_calendar_for_locale ("ar_SA"), ==, UMALQURA);
  g_assert_cmpint (daftar_calendar_for_locale ("ar_SA.UTF-8"), ==, UMALQURA);
  g_assert_cmpint (daftar_calendar_for_locale ("ar_EG"), ==, GREGORIAN);
  g_assert_cmpint (daftar_calendar_for_locale ("en_US"), ==, GREGORIAN);
  g_assert_cmpint (daftar_calendar_for_locale ("fur_IT"), ==, GREGORIAN);
  g_assert_cmpint (daftar_calendar_for_locale (NULL), ==, GREGORIAN);

  {
    g_autofree char *a = daftar_calendar_make_icu_locale (PERSIAN, "fa_IR", FALSE);
    g_autofree char *b = daftar_calendar_make_icu_locale (PERSIAN, "fa_IR.UTF-8", TRUE);
    g_autofree char *c = daftar_calendar_make_icu_locale (UMALQURA, "ar_SA", FALSE);
    g_autofree char *d = daftar_calendar_make_icu_locale (GREGORIAN, "ar", TRUE);

    g_assert_cmpstr (a, ==, "fa_IR@calendar=persian");
    g_assert_cmpstr (b, ==, "fa_IR@calendar=persian;numbers=latn");
    g_assert_cmpstr (c, ==, "ar_SA@calendar=islamic-umalqura");
    g_assert_cmpstr (d, ==, "ar_EG@calendar=gregorian;numbers=latn");
  }
}

static void
test_first_weekday (void)
{
  g_assert_cmpint (daftar_locale_first_weekday (FA), ==, G_DATE_SATURDAY);
  g_assert_cmpint (daftar_locale_first_weekday ("fa_IR.UTF-8"), ==, G_DATE_SATURDAY);
  g_assert_cmpint (daftar_locale_first_weekday (AR_EG), ==, G_DATE_SATURDAY);
  g_assert_cmpint (daftar_locale_first_weekday (AR_SA), ==, G_DATE_SUNDAY);
  g_assert_cmpint (daftar_locale_first_weekday (EN), ==, G_DATE_SUNDAY);
  g_assert_cmpint (daftar_locale_first_weekday ("de_DE"), ==, G_DATE_MONDAY);
  g_assert_cmpint (daftar_locale_first_weekday ("C.UTF-8"), ==, G_DATE_SUNDAY);
}

static void
test_solar_hijri_dates (void)
{
  /* Nowruz 1404, and the last days of a leap and a common year. */
  assert_ymd (PERSIAN, "2025-03-21", 1404, 1, 1);
  assert_ymd (PERSIAN, "2025-03-20", 1403, 12, 30);
  assert_ymd (PERSIAN, "2024-03-20", 1403, 1, 1);
  assert_ymd (PERSIAN, "2024-03-19", 1402, 12, 29);
  assert_ymd (PERSIAN, "2026-03-20", 1404, 12, 29);
  assert_ymd (PERSIAN, "2026-03-21", 1405, 1, 1);
  assert_ymd (PERSIAN, "2025-09-22", 1404, 6, 31);
  assert_ymd (PERSIAN, "2025-09-23", 1404, 7, 1);
  assert_ymd (PERSIAN, "1970-01-01", 1348, 10, 11);

  g_assert_cmpint (daftar_calendar_days_in_month (PERSIAN, 1403, 12), ==, 30);
  g_assert_cmpint (daftar_calendar_days_in_month (PERSIAN, 1402, 12), ==, 29);
  g_assert_cmpint (daftar_calendar_days_in_month (PERSIAN, 1404, 12), ==, 29);
  g_assert_cmpint (daftar_calendar_days_in_month (PERSIAN, 1404, 1), ==, 31);
  g_assert_cmpint (daftar_calendar_days_in_month (PERSIAN, 1404, 6), ==, 31);
  g_assert_cmpint (daftar_calendar_days_in_month (PERSIAN, 1404, 7), ==, 30);
  g_assert_cmpint (daftar_calendar_days_in_month (PERSIAN, 1404, 13), ==, 0);
  g_assert_cmpint (daftar_calendar_days_in_month (PERSIAN, 1404, 0), ==, 0);
  g_assert_cmpint (daftar_calendar_days_in_month (PERSIAN, 0, 1), ==, 0);
}

static void
test_umalqura_dates (void)
{
  assert_ymd (UMALQURA, "2025-03-21", 1446, 9, 21);
  assert_ymd (UMALQURA, "2025-03-01", 1446, 9, 1);
  assert_ymd (UMALQURA, "2025-03-29", 1446, 9, 29);
  assert_ymd (UMALQURA, "2025-03-30", 1446, 10, 1);
  assert_ymd (UMALQURA, "2024-03-11", 1445, 9, 1);

  g_assert_cmpint (daftar_calendar_days_in_month (UMALQURA, 1446, 9), ==, 29);
  g_assert_cmpint (daftar_calendar_days_in_month (UMALQURA, 1446, 10), ==, 30);
  g_assert_cmpint (daftar_calendar_days_in_month (UMALQURA, 1445, 9), ==, 30);
}

static void
test_from_ymd_invalid (void)
{
  GDate out = day_from_iso ("2000-01-01");
  g_autofree char *iso = NULL;

  g_assert_false (daftar_calendar_from_ymd (PERSIAN, 1402, 12, 30, &out));
  g_assert_false (daftar_calendar_from_ymd (PERSIAN, 1404, 7, 31, &out));
  g_assert_false (daftar_calendar_from_ymd (PERSIAN, 1404, 13, 1, &out));
  g_assert_false (daftar_calendar_from_ymd (PERSIAN, 1404, 1, 0, &out));
  g_assert_false (daftar_calendar_from_ymd (UMALQURA, 1446, 9, 30, &out));
  g_assert_false (daftar_calendar_from_ymd (GREGORIAN, 2025, 2, 29, &out));
  g_assert_false (daftar_calendar_from_ymd (GREGORIAN, 0, 1, 1, &out));
  g_assert_false (daftar_calendar_from_ymd (GREGORIAN, 10000, 1, 1, &out));

  /* Untouched by the failures. */
  iso = day_to_iso (&out);
  g_assert_cmpstr (iso, ==, "2000-01-01");

  g_assert_true (daftar_calendar_from_ymd (GREGORIAN, 2024, 2, 29, &out));
  g_assert_true (daftar_calendar_from_ymd (PERSIAN, 1403, 12, 30, &out));
}

static void
test_today_and_90_days (void)
{
  assert_period (DAFTAR_PERIOD_TODAY, PERSIAN, FA, "2025-03-25", "2025-03-25", "2025-03-25");
  assert_period (DAFTAR_PERIOD_LAST_90_DAYS, PERSIAN, FA, "2025-03-25",
                 "2024-12-26", "2025-03-25");
  assert_period (DAFTAR_PERIOD_LAST_90_DAYS, GREGORIAN, EN, "2024-03-01",
                 "2023-12-03", "2024-03-01");
}

static void
test_weeks (void)
{
  /* 2025-03-25 is a Tuesday. */
  assert_period (DAFTAR_PERIOD_THIS_WEEK, PERSIAN, FA, "2025-03-25", "2025-03-22", "2025-03-28");
  assert_period (DAFTAR_PERIOD_THIS_WEEK, GREGORIAN, AR_EG, "2025-03-25",
                 "2025-03-22", "2025-03-28");
  assert_period (DAFTAR_PERIOD_THIS_WEEK, UMALQURA, AR_SA, "2025-03-25",
                 "2025-03-23", "2025-03-29");
  assert_period (DAFTAR_PERIOD_THIS_WEEK, GREGORIAN, EN, "2025-03-25", "2025-03-23", "2025-03-29");
  assert_period (DAFTAR_PERIOD_THIS_WEEK, GREGORIAN, "de_DE", "2025-03-25",
                 "2025-03-24", "2025-03-30");

  /* On the first and the last day of a Persian week. */
  assert_period (DAFTAR_PERIOD_THIS_WEEK, PERSIAN, FA, "2025-03-22", "2025-03-22", "2025-03-28");
  assert_period (DAFTAR_PERIOD_THIS_WEEK, PERSIAN, FA, "2025-03-28", "2025-03-22", "2025-03-28");
  assert_period (DAFTAR_PERIOD_LAST_WEEK, PERSIAN, FA, "2025-03-22", "2025-03-15", "2025-03-21");

  /* Across the turn of the Gregorian year (2025-01-02 is a Thursday). */
  assert_period (DAFTAR_PERIOD_THIS_WEEK, GREGORIAN, EN, "2025-01-02", "2024-12-29", "2025-01-04");
  assert_period (DAFTAR_PERIOD_LAST_WEEK, GREGORIAN, EN, "2025-01-02", "2024-12-22", "2024-12-28");
  assert_period (DAFTAR_PERIOD_THIS_WEEK, PERSIAN, FA, "2025-01-02", "2024-12-28", "2025-01-03");
  assert_period (DAFTAR_PERIOD_LAST_WEEK, PERSIAN, FA, "2025-01-02", "2024-12-21", "2024-12-27");
  assert_period (DAFTAR_PERIOD_LAST_WEEK, GREGORIAN, EN, "2025-01-05", "2024-12-29", "2025-01-04");

  /* And across Nowruz: the week of 1 Farvardin 1404 (a Friday) began in Esfand. */
  assert_period (DAFTAR_PERIOD_THIS_WEEK, PERSIAN, FA, "2025-03-21", "2025-03-15", "2025-03-21");
}

static void
test_solar_hijri_months (void)
{
  /* Farvardin 1404: 2025-03-21 … 2025-04-20, from any of its days. */
  assert_period (DAFTAR_PERIOD_THIS_MONTH, PERSIAN, FA, "2025-03-25", "2025-03-21", "2025-04-20");
  assert_period (DAFTAR_PERIOD_THIS_MONTH, PERSIAN, FA, "2025-03-21", "2025-03-21", "2025-04-20");
  assert_period (DAFTAR_PERIOD_THIS_MONTH, PERSIAN, FA, "2025-04-20", "2025-03-21", "2025-04-20");
  assert_period (DAFTAR_PERIOD_THIS_MONTH, PERSIAN, FA, "2025-04-21", "2025-04-21", "2025-05-21");

  /* Esfand in a leap year (1403) has 30 days, in a common year (1402) 29. */
  assert_period (DAFTAR_PERIOD_THIS_MONTH, PERSIAN, FA, "2025-03-10", "2025-02-19", "2025-03-20");
  assert_period (DAFTAR_PERIOD_THIS_MONTH, PERSIAN, FA, "2025-03-20", "2025-02-19", "2025-03-20");
  assert_period (DAFTAR_PERIOD_THIS_MONTH, PERSIAN, FA, "2024-03-01", "2024-02-20", "2024-03-19");
  assert_period (DAFTAR_PERIOD_THIS_MONTH, PERSIAN, FA, "2024-03-19", "2024-02-20", "2024-03-19");

  /* Last month, seen from Nowruz, is Esfand of the year before. */
  assert_period (DAFTAR_PERIOD_LAST_MONTH, PERSIAN, FA, "2025-03-21", "2025-02-19", "2025-03-20");
  assert_period (DAFTAR_PERIOD_LAST_MONTH, PERSIAN, FA, "2024-03-25", "2024-02-20", "2024-03-19");
  /* The Persian calendar does not depend on the language. */
  assert_period (DAFTAR_PERIOD_THIS_MONTH, PERSIAN, EN, "2025-03-25", "2025-03-21", "2025-04-20");
}

static void
test_solar_hijri_years_and_quarters (void)
{
  /* 1404 is common (365 days), 1403 leap (366). */
  assert_period (DAFTAR_PERIOD_THIS_YEAR, PERSIAN, FA, "2025-03-25", "2025-03-21", "2026-03-20");
  assert_period (DAFTAR_PERIOD_LAST_YEAR, PERSIAN, FA, "2025-03-25", "2024-03-20", "2025-03-20");
  assert_period (DAFTAR_PERIOD_THIS_YEAR, PERSIAN, FA, "2025-03-20", "2024-03-20", "2025-03-20");

  /* Spring: Farvardin, Ordibehesht, Khordad (31 days each). */
  assert_period (DAFTAR_PERIOD_THIS_QUARTER, PERSIAN, FA, "2025-05-01",
                 "2025-03-21", "2025-06-21");
  assert_period (DAFTAR_PERIOD_THIS_QUARTER, PERSIAN, FA, "2025-03-21",
                 "2025-03-21", "2025-06-21");
  /* Winter of a leap year: Dey 1 … Esfand 30 1403. */
  assert_period (DAFTAR_PERIOD_THIS_QUARTER, PERSIAN, FA, "2025-03-10",
                 "2024-12-21", "2025-03-20");
  /* Summer: Tir 1 … Shahrivar 31 1404. */
  assert_period (DAFTAR_PERIOD_THIS_QUARTER, PERSIAN, FA, "2025-09-22",
                 "2025-06-22", "2025-09-22");
}

static void
test_gregorian (void)
{
  assert_period (DAFTAR_PERIOD_THIS_MONTH, GREGORIAN, EN, "2024-02-10", "2024-02-01", "2024-02-29");
  assert_period (DAFTAR_PERIOD_THIS_MONTH, GREGORIAN, EN, "2025-02-28", "2025-02-01", "2025-02-28");
  assert_period (DAFTAR_PERIOD_LAST_MONTH, GREGORIAN, EN, "2025-01-15", "2024-12-01", "2024-12-31");
  assert_period (DAFTAR_PERIOD_LAST_MONTH, GREGORIAN, AR_EG, "2025-03-31",
                 "2025-02-01", "2025-02-28");
  assert_period (DAFTAR_PERIOD_THIS_QUARTER, GREGORIAN, EN, "2025-05-15",
                 "2025-04-01", "2025-06-30");
  assert_period (DAFTAR_PERIOD_THIS_QUARTER, GREGORIAN, EN, "2025-12-31",
                 "2025-10-01", "2025-12-31");
  assert_period (DAFTAR_PERIOD_THIS_QUARTER, GREGORIAN, EN, "2025-01-01",
                 "2025-01-01", "2025-03-31");
  assert_period (DAFTAR_PERIOD_THIS_YEAR, GREGORIAN, EN, "2024-07-04", "2024-01-01", "2024-12-31");
  assert_period (DAFTAR_PERIOD_LAST_YEAR, GREGORIAN, EN, "2025-01-01", "2024-01-01", "2024-12-31");
}

static void
test_umalqura_months (void)
{
  /* Ramadan 1446 has 29 days; Shawwal 30; Ramadan 1445 had 30. */
  assert_period (DAFTAR_PERIOD_THIS_MONTH, UMALQURA, AR_SA, "2025-03-15",
                 "2025-03-01", "2025-03-29");
  assert_period (DAFTAR_PERIOD_THIS_MONTH, UMALQURA, AR_SA, "2025-03-30",
                 "2025-03-30", "2025-04-28");
  assert_period (DAFTAR_PERIOD_LAST_MONTH, UMALQURA, AR_SA, "2025-04-01",
                 "2025-03-01", "2025-03-29");
  assert_period (DAFTAR_PERIOD_THIS_MONTH, UMALQURA, AR_EG, "2024-03-20",
                 "2024-03-11", "2024-04-09");
  /* 1446 AH: 1 Muharram is 2024-07-07, 29 Dhu al-Hijjah 2025-06-25. */
  assert_period (DAFTAR_PERIOD_THIS_YEAR, UMALQURA, AR_SA, "2025-03-21",
                 "2024-07-07", "2025-06-25");
  /* Rajab, Sha'ban, Ramadan. */
  assert_period (DAFTAR_PERIOD_THIS_QUARTER, UMALQURA, AR_SA, "2025-03-21",
                 "2025-01-01", "2025-03-29");
}

static void
test_all (void)
{
  GDate today = day_from_iso ("2025-03-25");
  GDate first = today;
  GDate last = today;

  g_assert_false (daftar_period_resolve (DAFTAR_PERIOD_ALL, PERSIAN, FA, &today, &first, &last));
  g_assert_false (g_date_valid (&first));
  g_assert_false (g_date_valid (&last));
}

static void
test_buckets (void)
{
  assert_bucket (DAFTAR_BUCKET_DAY, PERSIAN, FA, "2025-03-25", "2025-03-25");

  assert_bucket (DAFTAR_BUCKET_WEEK, PERSIAN, FA, "2025-03-25", "2025-03-22");
  assert_bucket (DAFTAR_BUCKET_WEEK, PERSIAN, FA, "2025-03-21", "2025-03-15");
  assert_bucket (DAFTAR_BUCKET_WEEK, GREGORIAN, EN, "2025-03-25", "2025-03-23");
  assert_bucket (DAFTAR_BUCKET_WEEK, GREGORIAN, EN, "2025-03-23", "2025-03-23");
  assert_bucket (DAFTAR_BUCKET_WEEK, GREGORIAN, "de_DE", "2025-03-23", "2025-03-17");

  assert_bucket (DAFTAR_BUCKET_MONTH, PERSIAN, FA, "2025-04-20", "2025-03-21");
  assert_bucket (DAFTAR_BUCKET_MONTH, PERSIAN, FA, "2025-04-21", "2025-04-21");
  assert_bucket (DAFTAR_BUCKET_MONTH, PERSIAN, FA, "2025-03-20", "2025-02-19");
  assert_bucket (DAFTAR_BUCKET_MONTH, GREGORIAN, EN, "2025-04-20", "2025-04-01");
  assert_bucket (DAFTAR_BUCKET_MONTH, UMALQURA, AR_SA, "2025-03-29", "2025-03-01");
  assert_bucket (DAFTAR_BUCKET_MONTH, UMALQURA, AR_SA, "2025-03-30", "2025-03-30");
}

/* Every day of two Persian years falls in the bucket of its month, and months tile. */
static void
test_buckets_tile (void)
{
  GDate day = day_from_iso ("2024-03-20");   /* 1 Farvardin 1403 */
  GDate end = day_from_iso ("2026-03-21");   /* 1 Farvardin 1405 */
  GDate current_start = day;
  guint n_months = 0;

  for (; g_date_compare (&day, &end) < 0; g_date_add_days (&day, 1))
    {
      GDate start;
      int y, m, d;

      daftar_period_bucket_start (DAFTAR_BUCKET_MONTH, PERSIAN, FA, &day, &start);
      if (g_date_compare (&start, &current_start) != 0)
        {
          /* A new month starts exactly on this day. */
          g_assert_cmpint (g_date_compare (&start, &day), ==, 0);
          current_start = start;
        }

      daftar_calendar_to_ymd (PERSIAN, &day, &y, &m, &d);
      if (d == 1)
        n_months++;
    }

  g_assert_cmpuint (n_months, ==, 24);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period/keys", test_keys);
  g_test_add_func ("/period/locales", test_locales);
  g_test_add_func ("/period/first-weekday", test_first_weekday);
  g_test_add_func ("/period/solar-hijri/dates", test_solar_hijri_dates);
  g_test_add_func ("/period/solar-hijri/months", test_solar_hijri_months);
  g_test_add_func ("/period/solar-hijri/years-quarters", test_solar_hijri_years_and_quarters);
  g_test_add_func ("/period/umalqura/dates", test_umalqura_dates);
  g_test_add_func ("/period/umalqura/months", test_umalqura_months);
  g_test_add_func ("/period/gregorian", test_gregorian);
  g_test_add_func ("/period/from-ymd-invalid", test_from_ymd_invalid);
  g_test_add_func ("/period/today-90-days", test_today_and_90_days);
  g_test_add_func ("/period/weeks", test_weeks);
  g_test_add_func ("/period/all", test_all);
  g_test_add_func ("/period/buckets", test_buckets);
  g_test_add_func ("/period/buckets-tile", test_buckets_tile);

  return g_test_run ();
}
