/* test-format.c — numbers, money, durations and dates in English, Arabic and Persian
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected strings are the exact bytes ICU 72 (CLDR 42) writes, direction marks
 * included; they are spelled out with escapes where they hold invisible characters:
 *   LRM U+200E, RLM U+200F, ALM U+061C, NBSP U+00A0, THIN SPACE U+2009,
 *   FSI U+2068 and PDI U+2069 (around user text in messages).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-duration-format.h"
#include "daftar-duration.h"
#include "daftar-format-typed.h"
#include "daftar-format.h"
#include "daftar-money-format.h"
#include "daftar-validate.h"

#define LRM "\u200E"
#define RLM "\u200F"
#define ALM "\u061C"
#define NBSP "\u00A0"
#define THIN "\u2009"
#define FSI "\u2068"
#define PDI "\u2069"

/* The messages of daftar_format_parse_date(), for what the user typed. */
#define TOO_FAR(typed) "“" FSI typed PDI "” is too far in the past or the future for the ledger."
#define NO_SUCH_DAY(typed, days) "“" FSI typed PDI "” is not a date: that month has " days " days."

#define PERSIAN DAFTAR_CALENDAR_PERSIAN
#define GREGORIAN DAFTAR_CALENDAR_GREGORIAN
#define UMALQURA DAFTAR_CALENDAR_ISLAMIC_UMALQURA

/* 2025-03-21 09:30 UTC */
#define NOWRUZ_0930_UTC G_GINT64_CONSTANT (1742549400)

static GDate
day_from_iso (const char *iso)
{
  GDate day;
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, d, m, y);
  return day;
}

static char *
day_to_iso (const GDate *day)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day));
}

static void
assert_money (DaftarFormat *format,
              gint64        minor,
              const char   *currency,
              const char   *expected)
{
  DaftarMoney money;
  g_autofree char *text = NULL;
  g_autofree char *from_parts = NULL;

  g_assert_true (daftar_money_init (&money, minor, currency, NULL));
  text = daftar_format_money (format, &money);
  g_assert_cmpstr (text, ==, expected);

  /* The same amount held as its parts, as reports and cards hold it */
  from_parts = daftar_format_money_minor (format, minor, currency);
  g_assert_cmpstr (from_parts, ==, expected);
}

static void
assert_date (DaftarFormat    *format,
             const char      *iso,
             DaftarDateStyle  style,
             const char      *expected)
{
  GDate day = day_from_iso (iso);
  g_autofree char *text = daftar_format_date (format, &day, style);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_label (DaftarFormat *format,
              const char   *first_iso,
              const char   *last_iso,
              const char   *expected)
{
  GDate first, last;
  g_autofree char *text = NULL;

  if (first_iso != NULL)
    first = day_from_iso (first_iso);
  if (last_iso != NULL)
    last = day_from_iso (last_iso);

  text = daftar_format_period_label (format, first_iso ? &first : NULL, last_iso ? &last : NULL);
  g_assert_cmpstr (text, ==, expected);
}

#define ASSERT_FORMATTED(call, expected) \
  G_STMT_START { \
    g_autofree char *_text = (call); \
    g_assert_cmpstr (_text, ==, (expected)); \
  } G_STMT_END

static void
assert_parses (DaftarFormat *format,
               const char   *text,
               const char   *expected_iso)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  GDate day;

  g_test_message ("parsing “%s”", text);
  g_assert_true (daftar_format_parse_date (format, text, &day, &error));
  g_assert_no_error (error);
  iso = day_to_iso (&day);
  g_assert_cmpstr (iso, ==, expected_iso);
}

static void
assert_parse_fails (DaftarFormat *format,
                    const char   *text,
                    const char   *expected_message)
{
  g_autoptr(GError) error = NULL;
  GDate day = day_from_iso ("2000-01-01");
  g_autofree char *iso = NULL;

  /* Hostile text may not be UTF-8: the TAP output must stay readable. */
  g_test_message ("parsing “%s”", text != NULL && !g_utf8_validate (text, -1, NULL) ? "(not UTF-8)" : text);
  g_assert_false (daftar_format_parse_date (format, text, &day, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE);
  if (expected_message != NULL)
    g_assert_cmpstr (error->message, ==, expected_message);

  iso = day_to_iso (&day);
  g_assert_cmpstr (iso, ==, "2000-01-01");
}

static void
test_properties (void)
{
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR.UTF-8", PERSIAN, FALSE);
  g_autoptr(DaftarFormat) ar = daftar_format_new ("ar", GREGORIAN, TRUE);
  g_autoptr(DaftarFormat) sa = daftar_format_new ("ar_SA", UMALQURA, FALSE);
  g_autoptr(DaftarFormat) en = daftar_format_new (NULL, GREGORIAN, FALSE);
  DaftarFormat *ref = daftar_format_ref (fa);

  g_assert_true (ref == fa);
  daftar_format_unref (ref);

  g_assert_cmpstr (daftar_format_get_locale (fa), ==, "fa_IR");
  g_assert_cmpstr (daftar_format_get_icu_locale (fa), ==, "fa_IR@calendar=persian");
  g_assert_cmpint (daftar_format_get_calendar (fa), ==, PERSIAN);
  g_assert_false (daftar_format_get_latin_digits (fa));
  g_assert_true (daftar_format_is_rtl (fa));
  g_assert_cmpint (daftar_format_get_first_weekday (fa), ==, G_DATE_SATURDAY);

  g_assert_cmpstr (daftar_format_get_locale (ar), ==, "ar_EG");
  g_assert_cmpstr (daftar_format_get_icu_locale (ar), ==, "ar_EG@calendar=gregorian;numbers=latn");
  g_assert_true (daftar_format_get_latin_digits (ar));
  g_assert_true (daftar_format_is_rtl (ar));
  g_assert_cmpint (daftar_format_get_first_weekday (ar), ==, G_DATE_SATURDAY);

  g_assert_cmpstr (daftar_format_get_icu_locale (sa), ==, "ar_SA@calendar=islamic-umalqura");
  g_assert_cmpint (daftar_format_get_first_weekday (sa), ==, G_DATE_SUNDAY);

  g_assert_cmpstr (daftar_format_get_locale (en), ==, "en_US");
  g_assert_false (daftar_format_is_rtl (en));
  g_assert_cmpint (daftar_format_get_first_weekday (en), ==, G_DATE_SUNDAY);

  g_assert_true (g_type_is_a (DAFTAR_TYPE_FORMAT, G_TYPE_BOXED));
}

static void
test_numbers (void)
{
  g_autoptr(DaftarFormat) en = daftar_format_new ("en_US", GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", PERSIAN, FALSE);
  g_autoptr(DaftarFormat) ar = daftar_format_new ("ar_EG", GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) fa_latn = daftar_format_new ("fa_IR", PERSIAN, TRUE);
  g_autoptr(DaftarFormat) ar_latn = daftar_format_new ("ar_EG", GREGORIAN, TRUE);

  ASSERT_FORMATTED (daftar_format_integer (en, 1234), "1,234");
  ASSERT_FORMATTED (daftar_format_integer (fa, 1234), "۱٬۲۳۴");
  ASSERT_FORMATTED (daftar_format_integer (ar, 1234), "١٬٢٣٤");
  ASSERT_FORMATTED (daftar_format_integer (fa_latn, 1234), "1,234");
  ASSERT_FORMATTED (daftar_format_integer (ar_latn, 1234), "1,234");

  ASSERT_FORMATTED (daftar_format_integer (en, -1234), "-1,234");
  ASSERT_FORMATTED (daftar_format_integer (fa, -1234), LRM "−۱٬۲۳۴");
  ASSERT_FORMATTED (daftar_format_integer (ar, -1234), ALM "-١٬٢٣٤");
  ASSERT_FORMATTED (daftar_format_integer (ar_latn, -1234), LRM "-1,234");
  ASSERT_FORMATTED (daftar_format_integer (en, 0), "0");
  ASSERT_FORMATTED (daftar_format_integer (fa, G_MAXINT64), "۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۷");
  ASSERT_FORMATTED (daftar_format_integer (en, G_MININT64), "-9,223,372,036,854,775,808");

  /* Exact decimals, never through a double. */
  ASSERT_FORMATTED (daftar_format_decimal (en, 123450, 2), "1,234.50");
  ASSERT_FORMATTED (daftar_format_decimal (fa, 123450, 2), "۱٬۲۳۴٫۵۰");
  ASSERT_FORMATTED (daftar_format_decimal (ar, 123450, 2), "١٬٢٣٤٫٥٠");
  ASSERT_FORMATTED (daftar_format_decimal (en, -5, 2), "-0.05");
  ASSERT_FORMATTED (daftar_format_decimal (en, 7, 0), "7");
  ASSERT_FORMATTED (daftar_format_decimal (en, G_MAXINT64, 2), "92,233,720,368,547,758.07");
  ASSERT_FORMATTED (daftar_format_decimal (en, 9007199254740993, 3), "9,007,199,254,740.993");

  /* Session numbers: the locale's digits, no separators. */
  ASSERT_FORMATTED (daftar_format_digits (fa, "#1234"), "#۱۲۳۴");
  ASSERT_FORMATTED (daftar_format_digits (ar, "12:05"), "١٢:٠٥");
  ASSERT_FORMATTED (daftar_format_digits (en, "12"), "12");
  ASSERT_FORMATTED (daftar_format_digits (fa_latn, "12"), "12");
  /* A record's number: the locale's digits, never grouped, as it is typed back */
  ASSERT_FORMATTED (daftar_format_id (fa, 1234), "۱۲۳۴");
  ASSERT_FORMATTED (daftar_format_id (ar, 1234567), "١٢٣٤٥٦٧");
  ASSERT_FORMATTED (daftar_format_id (en, 1234), "1234");
}

static void
test_money (void)
{
  g_autoptr(DaftarFormat) en = daftar_format_new ("en_US", GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", PERSIAN, FALSE);
  g_autoptr(DaftarFormat) ar = daftar_format_new ("ar_EG", GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) sa = daftar_format_new ("ar_SA", UMALQURA, FALSE);
  g_autoptr(DaftarFormat) fa_latn = daftar_format_new ("fa_IR", PERSIAN, TRUE);
  g_autoptr(DaftarFormat) ar_latn = daftar_format_new ("ar_EG", GREGORIAN, TRUE);

  assert_money (en, 123450, "USD", "$1,234.50");
  assert_money (en, -123450, "USD", "-$1,234.50");
  assert_money (en, 123450, "EUR", "€1,234.50");
  assert_money (en, 1234, "JPY", "¥1,234");
  assert_money (en, 1234500, "KWD", "KWD" NBSP "1,234.500");
  assert_money (en, 1234, "IRR", "IRR" NBSP "1,234");
  assert_money (en, 1, "USD", "$0.01");

  assert_money (ar, 123450, "USD", RLM "١٬٢٣٤٫٥٠" NBSP "US$" LRM);  /* LRM keeps "US$" whole in RTL */
  assert_money (ar, -123450, "USD", ALM "-" RLM "١٬٢٣٤٫٥٠" NBSP "US$" LRM);
  assert_money (ar, 123450, "EGP", RLM "١٬٢٣٤٫٥٠" NBSP "ج.م.\u200F");
  assert_money (sa, 123450, "SAR", RLM "١٬٢٣٤٫٥٠" NBSP "ر.س.\u200F");
  assert_money (ar_latn, 123450, "USD", RLM "1,234.50" NBSP "US$" LRM);

  assert_money (fa, 123450, "USD", LRM "$۱٬۲۳۴٫۵۰");
  assert_money (fa, -123450, "USD", LRM "−" LRM "$۱٬۲۳۴٫۵۰");
  assert_money (fa, 123450, "EUR", LRM "€۱٬۲۳۴٫۵۰");
  assert_money (fa, 1234, "IRR", LRM "ریال" NBSP "۱٬۲۳۴");
  assert_money (fa_latn, 123450, "USD", LRM "$" NBSP "1,234.50");
}

/* An amount or a range per hour: the one "%s/h" of guidance and the CLI */
static void
test_per_hour (void)
{
  g_autoptr(DaftarFormat) en = daftar_format_new ("en_US", GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", PERSIAN, FALSE);
  g_autofree char *money = daftar_format_money_minor (en, 2116, "USD");
  g_autofree char *rate = daftar_format_per_hour (money);
  g_autofree char *range = daftar_format_per_hour ("$20.00–$25.00");
  g_autofree char *fa_money = daftar_format_money_minor (fa, 2116, "USD");
  g_autofree char *fa_rate = daftar_format_per_hour (fa_money);

  g_assert_cmpstr (rate, ==, "$21.16/h");
  g_assert_cmpstr (range, ==, "$20.00–$25.00/h");
  /* The amount's marks and digits pass through as they are */
  g_assert_cmpstr (fa_rate, ==, LRM "$۲۱٫۱۶/h");
}

static void
test_durations (void)
{
  g_autoptr(DaftarFormat) en = daftar_format_new ("en_US", GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", PERSIAN, FALSE);
  g_autoptr(DaftarFormat) ar = daftar_format_new ("ar_EG", GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) fa_latn = daftar_format_new ("fa_IR", PERSIAN, TRUE);

  ASSERT_FORMATTED (daftar_format_duration (en, 5400), "1:30");
  ASSERT_FORMATTED (daftar_format_duration (fa, 5400), "۱:۳۰");
  ASSERT_FORMATTED (daftar_format_duration (ar, 5400), "١:٣٠");
  ASSERT_FORMATTED (daftar_format_duration (fa_latn, 5400), "1:30");
  ASSERT_FORMATTED (daftar_format_duration (fa, 3725), "۱:۰۲:۰۵");
  ASSERT_FORMATTED (daftar_format_duration (en, 93600), "26:00");
  ASSERT_FORMATTED (daftar_format_duration (en, 0), "0:00");
  ASSERT_FORMATTED (daftar_format_duration (en, -1800), "-0:30");
  ASSERT_FORMATTED (daftar_format_duration (fa, -1800), LRM "−۰:۳۰");
  ASSERT_FORMATTED (daftar_format_duration (ar, -1800), ALM "-٠:٣٠");

  ASSERT_FORMATTED (daftar_format_hours (en, 5400), "1.5");
  ASSERT_FORMATTED (daftar_format_hours (en, 3600), "1.0");
  ASSERT_FORMATTED (daftar_format_hours (en, 4500), "1.25");
  ASSERT_FORMATTED (daftar_format_hours (en, 100), "0.03");
  ASSERT_FORMATTED (daftar_format_hours (en, 0), "0.0");
  ASSERT_FORMATTED (daftar_format_hours (en, 36000000), "10,000.0");
  ASSERT_FORMATTED (daftar_format_hours (fa, 5400), "۱٫۵");
  ASSERT_FORMATTED (daftar_format_hours (ar, 4500), "١٫٢٥");
}

static void
test_dates_english (void)
{
  g_autoptr(DaftarFormat) en = daftar_format_new ("en_US", GREGORIAN, FALSE);

  assert_date (en, "2025-03-21", DAFTAR_DATE_STYLE_FULL, "Friday, March 21, 2025");
  assert_date (en, "2025-03-21", DAFTAR_DATE_STYLE_LONG, "March 21, 2025");
  assert_date (en, "2025-03-21", DAFTAR_DATE_STYLE_MEDIUM, "Mar 21, 2025");
  assert_date (en, "2025-03-21", DAFTAR_DATE_STYLE_SHORT, "3/21/25");
  assert_date (en, "2025-03-21", DAFTAR_DATE_STYLE_NUMERIC, "2025-03-21");
  assert_date (en, "2025-03-21", DAFTAR_DATE_STYLE_MONTH_YEAR, "March 2025");
  assert_date (en, "2025-03-21", DAFTAR_DATE_STYLE_YEAR, "2025");
  assert_date (en, "2025-03-21", DAFTAR_DATE_STYLE_DAY, "Friday, March 21, 2025");
  assert_date (en, "1970-01-01", DAFTAR_DATE_STYLE_NUMERIC, "1970-01-01");
  /* GDate's calendar is proleptic Gregorian, and so is the formatter's. */
  assert_date (en, "1500-03-01", DAFTAR_DATE_STYLE_NUMERIC, "1500-03-01");

  ASSERT_FORMATTED (daftar_format_time (en, NOWRUZ_0930_UTC, 0), "09:30");
  /* 06:00 UTC is 09:30 in Tehran (+03:30). */
  ASSERT_FORMATTED (daftar_format_time (en, NOWRUZ_0930_UTC - 12600, 12600), "09:30");
  ASSERT_FORMATTED (daftar_format_time (en, NOWRUZ_0930_UTC + 12 * 3600, 0), "21:30");
}

static void
test_dates_persian (void)
{
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", PERSIAN, FALSE);
  g_autoptr(DaftarFormat) fa_latn = daftar_format_new ("fa_IR", PERSIAN, TRUE);
  g_autoptr(DaftarFormat) fa_gregorian = daftar_format_new ("fa_IR", GREGORIAN, FALSE);

  assert_date (fa, "2025-03-21", DAFTAR_DATE_STYLE_LONG, "۱ فروردین ۱۴۰۴");
  assert_date (fa, "2025-03-21", DAFTAR_DATE_STYLE_MEDIUM, "۱ فروردین ۱۴۰۴");
  assert_date (fa, "2025-03-21", DAFTAR_DATE_STYLE_SHORT, "۱۴۰۴/۱/۱");
  assert_date (fa, "2025-03-21", DAFTAR_DATE_STYLE_NUMERIC, "۱۴۰۴/۰۱/۰۱");
  assert_date (fa, "2025-03-21", DAFTAR_DATE_STYLE_MONTH_YEAR, "فروردین ۱۴۰۴");
  assert_date (fa, "2025-03-21", DAFTAR_DATE_STYLE_YEAR, "۱۴۰۴");
  assert_date (fa, "2025-03-21", DAFTAR_DATE_STYLE_FULL, "۱۴۰۴ فروردین ۱, جمعه");
  /* A day's heading, as Iranians write it: weekday first, no Latin comma */
  assert_date (fa, "2025-03-21", DAFTAR_DATE_STYLE_DAY, "جمعه ۱ فروردین ۱۴۰۴");
  /* The last day of a leap year, and of a common one. */
  assert_date (fa, "2025-03-20", DAFTAR_DATE_STYLE_LONG, "۳۰ اسفند ۱۴۰۳");
  assert_date (fa, "2024-03-19", DAFTAR_DATE_STYLE_LONG, "۲۹ اسفند ۱۴۰۲");
  assert_date (fa, "2025-09-23", DAFTAR_DATE_STYLE_MONTH_YEAR, "مهر ۱۴۰۴");

  assert_date (fa_latn, "2025-03-21", DAFTAR_DATE_STYLE_LONG, "1 فروردین 1404");
  assert_date (fa_latn, "2025-03-21", DAFTAR_DATE_STYLE_NUMERIC, "1404/01/01");
  assert_date (fa_gregorian, "2025-03-21", DAFTAR_DATE_STYLE_LONG, "۲۱ مارس ۲۰۲۵");
  assert_date (fa_gregorian, "2025-03-21", DAFTAR_DATE_STYLE_MONTH_YEAR, "مارس ۲۰۲۵");

  ASSERT_FORMATTED (daftar_format_time (fa, NOWRUZ_0930_UTC, 0), "۰۹:۳۰");
  ASSERT_FORMATTED (daftar_format_time (fa_latn, NOWRUZ_0930_UTC, 0), "09:30");
}

static void
test_dates_arabic (void)
{
  g_autoptr(DaftarFormat) eg = daftar_format_new ("ar_EG", GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) sa = daftar_format_new ("ar_SA", UMALQURA, FALSE);
  g_autoptr(DaftarFormat) eg_hijri = daftar_format_new ("ar_EG", UMALQURA, FALSE);
  g_autoptr(DaftarFormat) sa_latn = daftar_format_new ("ar_SA", UMALQURA, TRUE);

  assert_date (eg, "2025-03-21", DAFTAR_DATE_STYLE_LONG, "٢١ مارس ٢٠٢٥");
  assert_date (eg, "2025-03-21", DAFTAR_DATE_STYLE_MEDIUM, "٢١" RLM "/٠٣" RLM "/٢٠٢٥");
  assert_date (eg, "2025-03-21", DAFTAR_DATE_STYLE_SHORT, "٢١" RLM "/٣" RLM "/٢٠٢٥");
  assert_date (eg, "2025-03-21", DAFTAR_DATE_STYLE_NUMERIC, "٢٠٢٥/٠٣/٢١");
  assert_date (eg, "2025-03-21", DAFTAR_DATE_STYLE_MONTH_YEAR, "مارس ٢٠٢٥");
  assert_date (eg, "2025-03-21", DAFTAR_DATE_STYLE_FULL, "الجمعة، ٢١ مارس ٢٠٢٥");
  assert_date (eg, "2025-03-21", DAFTAR_DATE_STYLE_DAY, "الجمعة، ٢١ مارس ٢٠٢٥");

  assert_date (sa, "2025-03-21", DAFTAR_DATE_STYLE_LONG, "٢١ رمضان ١٤٤٦ هـ");
  assert_date (sa, "2025-03-21", DAFTAR_DATE_STYLE_MEDIUM, "٢١ رمضان ١٤٤٦ هـ");
  assert_date (sa, "2025-03-21", DAFTAR_DATE_STYLE_SHORT, "٢١" RLM "/٩" RLM "/١٤٤٦ هـ");
  assert_date (sa, "2025-03-21", DAFTAR_DATE_STYLE_NUMERIC, "١٤٤٦/٠٩/٢١");
  assert_date (sa, "2025-03-21", DAFTAR_DATE_STYLE_MONTH_YEAR, "رمضان ١٤٤٦ هـ");
  assert_date (sa, "2025-03-21", DAFTAR_DATE_STYLE_YEAR, "١٤٤٦ هـ");
  assert_date (sa, "2025-03-30", DAFTAR_DATE_STYLE_LONG, "١ شوال ١٤٤٦ هـ");
  assert_date (eg_hijri, "2025-03-21", DAFTAR_DATE_STYLE_LONG, "٢١ رمضان ١٤٤٦ هـ");
  assert_date (sa_latn, "2025-03-21", DAFTAR_DATE_STYLE_LONG, "21 رمضان 1446 هـ");

  ASSERT_FORMATTED (daftar_format_time (eg, NOWRUZ_0930_UTC, 0), "٠٩:٣٠");
  ASSERT_FORMATTED (daftar_format_time (sa, NOWRUZ_0930_UTC, 3 * 3600), "١٢:٣٠");
}

static void
test_period_labels (void)
{
  g_autoptr(DaftarFormat) en = daftar_format_new ("en_US", GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", PERSIAN, FALSE);
  g_autoptr(DaftarFormat) sa = daftar_format_new ("ar_SA", UMALQURA, FALSE);
  g_autoptr(DaftarFormat) eg = daftar_format_new ("ar_EG", GREGORIAN, FALSE);
  GDate invalid;

  assert_label (en, "2025-03-21", "2025-03-21", "March 21, 2025");
  assert_label (en, "2025-03-01", "2025-03-31", "March 2025");
  assert_label (en, "2025-01-01", "2025-03-31", "January" THIN "–" THIN "March 2025");
  assert_label (en, "2025-01-01", "2025-12-31", "2025");
  assert_label (en, "2024-01-01", "2025-12-31", "2024" THIN "–" THIN "2025");
  assert_label (en, "2025-03-21", "2025-04-20", "Mar 21" THIN "–" THIN "Apr 20, 2025");
  assert_label (en, "2024-12-29", "2025-01-04", "Dec 29, 2024" THIN "–" THIN "Jan 4, 2025");
  assert_label (en, NULL, NULL, "All time");
  assert_label (en, "2025-03-21", NULL, "Since March 21, 2025");
  assert_label (en, NULL, "2025-03-21", "Until March 21, 2025");
  g_date_clear (&invalid, 1);
  ASSERT_FORMATTED (daftar_format_period_label (en, &invalid, &invalid), "All time");

  /* Farvardin is a whole month in the Persian calendar, not in the Gregorian one. */
  assert_label (fa, "2025-03-21", "2025-04-20", "فروردین ۱۴۰۴");
  assert_label (fa, "2025-03-21", "2025-04-04", "۱ تا ۱۵ فروردین ۱۴۰۴");
  assert_label (fa, "2025-02-19", "2025-03-20", "اسفند ۱۴۰۳");
  /* ICU 72 writes the range of months "فروردین تا فروردین ۱۴۰۴": days are shown instead. */
  assert_label (fa, "2025-03-21", "2025-06-21", "۱ فروردین تا ۳۱ خرداد ۱۴۰۴");
  assert_label (fa, "2025-03-21", "2026-03-20", "۱۴۰۴");
  assert_label (fa, "2024-03-20", "2026-03-20", "۱۴۰۳ تا ۱۴۰۴");
  assert_label (fa, "2024-03-20", "2025-04-20", "فروردین ۱۴۰۳ تا فروردین ۱۴۰۴");
  assert_label (fa, "2025-03-15", "2025-03-21", "۲۵ اسفند ۱۴۰۳ تا ۱ فروردین ۱۴۰۴");
  assert_label (en, "2025-03-21", "2025-04-20", "Mar 21" THIN "–" THIN "Apr 20, 2025");

  assert_label (sa, "2025-03-01", "2025-03-29", "رمضان ١٤٤٦ هـ");
  assert_label (sa, "2025-03-01", "2025-04-28", "رمضان – شوال ١٤٤٦ هـ");
  assert_label (eg, "2025-03-01", "2025-03-31", "مارس ٢٠٢٥");
  assert_label (eg, "2025-03-21", "2025-04-20", "٢١ مارس – ٢٠ أبريل، ٢٠٢٥");
}

static void
test_parse_persian (void)
{
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", PERSIAN, FALSE);

  assert_parses (fa, "۱۴۰۴/۰۱/۰۱", "2025-03-21");
  assert_parses (fa, "1404-1-1", "2025-03-21");
  assert_parses (fa, "١٤٠٤/١/١", "2025-03-21");
  assert_parses (fa, " ۱۴۰۴.۱.۱ ", "2025-03-21");
  assert_parses (fa, "\u200F۱۴۰۴/۰۱/۰۱", "2025-03-21");
  assert_parses (fa, "۱۴۰۳/۱۲/۳۰", "2025-03-20");
  assert_parses (fa, "1402/12/29", "2024-03-19");
  assert_parses (fa, "1348/10/11", "1970-01-01");
  /* From 1700 on, a year is Gregorian: ISO dates pasted from elsewhere. */
  assert_parses (fa, "2025-03-21", "2025-03-21");
  assert_parses (fa, "۲۰۲۴-۰۲-۲۹", "2024-02-29");

  /* 1402 is a common year: Esfand has 29 days. */
  assert_parse_fails (fa, "۱۴۰۲/۱۲/۳۰",
                      NO_SUCH_DAY ("۱۴۰۲/۱۲/۳۰", "۲۹"));
  assert_parse_fails (fa, "1404/07/31",
                      NO_SUCH_DAY ("1404/07/31", "۳۰"));
  assert_parse_fails (fa, "1404/13/01", FSI "1404/13/01" PDI " is not a date on the calendar.");
  assert_parse_fails (fa, "1404/00/10", FSI "1404/00/10" PDI " is not a date on the calendar.");
  assert_parse_fails (fa, "1404/01/00", FSI "1404/01/00" PDI " is not a date on the calendar.");
  assert_parse_fails (fa, "2025-02-29", NO_SUCH_DAY ("2025-02-29", "۲۸"));
  assert_parse_fails (fa, "1300/01/01",
                      TOO_FAR ("1300/01/01"));

  /* Not year, month and day. */
  assert_parse_fails (fa, "",
                      "Type the date as year, month and day, for example ۱۴۰۴/۰۱/۰۱.");
  assert_parse_fails (fa, "14040101", NULL);
  assert_parse_fails (fa, "04/01/01", NULL);
  assert_parse_fails (fa, "01/01/1404", NULL);
  assert_parse_fails (fa, "1404/1/1/1", NULL);
  assert_parse_fails (fa, "1404/001/01", NULL);
  assert_parse_fails (fa, "1404//01", NULL);
  assert_parse_fails (fa, "۱ فروردین ۱۴۰۴", NULL);
  assert_parse_fails (fa, "1404/1/1x", NULL);
  assert_parse_fails (fa, "\xff\xfe", NULL);
  assert_parse_fails (fa, NULL, NULL);
}

static void
test_parse_arabic (void)
{
  g_autoptr(DaftarFormat) sa = daftar_format_new ("ar_SA", UMALQURA, FALSE);
  g_autoptr(DaftarFormat) eg = daftar_format_new ("ar_EG", GREGORIAN, FALSE);

  assert_parses (sa, "1446-09-21", "2025-03-21");
  assert_parses (sa, "١٤٤٦/٩/٢١", "2025-03-21");
  assert_parses (sa, "١٤٤٦/٠٩/٢٩", "2025-03-29");
  assert_parses (sa, "2025-03-21", "2025-03-21");
  /* Ramadan 1446 has 29 days. */
  assert_parse_fails (sa, "١٤٤٦/٠٩/٣٠",
                      NO_SUCH_DAY ("١٤٤٦/٠٩/٣٠", "٢٩"));
  assert_parse_fails (sa, "1446-9",
                      "Type the date as year, month and day, for example ١٤٤٦/٠٩/٢١.");

  assert_parses (eg, "٢٠٢٥/٠٣/٢١", "2025-03-21");
  assert_parses (eg, "2024-02-29", "2024-02-29");
  assert_parse_fails (eg, "2025-02-29",
                      NO_SUCH_DAY ("2025-02-29", "٢٨"));
  /* In the Gregorian calendar a year before 1700 is still Gregorian. */
  assert_parse_fails (eg, "1446/09/21",
                      TOO_FAR ("1446/09/21"));
}

static void
test_parse_english (void)
{
  g_autoptr(DaftarFormat) en = daftar_format_new ("en_US", GREGORIAN, FALSE);

  assert_parses (en, "2025-03-21", "2025-03-21");
  assert_parses (en, "2025/3/21", "2025-03-21");
  assert_parses (en, "9999-12-31", "9999-12-31");
  assert_parse_fails (en, "2025-02-29",
                      NO_SUCH_DAY ("2025-02-29", "28"));
  assert_parse_fails (en, "1969-12-31",
                      TOO_FAR ("1969-12-31"));
  assert_parse_fails (en, "03/21/2025",
                      "Type the date as year, month and day, for example 2025-03-21.");
}

/* Every date of two Persian years goes out as NUMERIC and comes back. */
static void
test_round_trip (void)
{
  const struct { const char *locale; DaftarCalendar calendar; gboolean latin; } formats[] = {
    { "fa_IR", PERSIAN, FALSE },
    { "ar_SA", UMALQURA, FALSE },
    { "ar_EG", GREGORIAN, TRUE },
    { "en_US", GREGORIAN, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(DaftarFormat) format = daftar_format_new (formats[i].locale, formats[i].calendar,
                                                          formats[i].latin);
      GDate day = day_from_iso ("2024-01-01");

      for (guint n = 0; n < 2 * 366; n++, g_date_add_days (&day, 1))
        {
          g_autofree char *text = daftar_format_date (format, &day, DAFTAR_DATE_STYLE_NUMERIC);
          g_autoptr(GError) error = NULL;
          GDate back;

          g_assert_true (daftar_format_parse_date (format, text, &back, &error));
          g_assert_no_error (error);
          g_assert_cmpint (g_date_compare (&day, &back), ==, 0);
        }
    }
}

typedef struct
{
  const char *name;
  const char *value;
} EnvVar;

static char *
locale_with_env (const EnvVar *vars,
                 guint         n_vars)
{
  const char *names[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_unsetenv (names[i]);
  for (guint i = 0; i < n_vars; i++)
    g_setenv (vars[i].name, vars[i].value, TRUE);

  return daftar_locale_from_environment ();
}

#define ASSERT_ENV_LOCALE(expected, ...) \
  G_STMT_START { \
    const EnvVar _vars[] = { __VA_ARGS__ }; \
    g_autofree char *_locale = locale_with_env (_vars, G_N_ELEMENTS (_vars)); \
    g_assert_cmpstr (_locale, ==, (expected)); \
  } G_STMT_END

static void
test_environment (void)
{
  g_autoptr(DaftarFormat) format = NULL;

  ASSERT_ENV_LOCALE ("en_US", { "LC_ALL", "C.UTF-8" });
  ASSERT_ENV_LOCALE ("en_US", { "LANGUAGE", "" });
  /* gettext ignores LANGUAGE in the C locale. */
  ASSERT_ENV_LOCALE ("en_US", { "LANGUAGE", "fa" }, { "LC_ALL", "C" });
  ASSERT_ENV_LOCALE ("en_US", { "LANGUAGE", "fa" });
  ASSERT_ENV_LOCALE ("fa_IR", { "LANGUAGE", "fa" }, { "LC_ALL", "C.UTF-8" });
  ASSERT_ENV_LOCALE ("fa_IR", { "LANG", "fa_IR.UTF-8" });
  ASSERT_ENV_LOCALE ("fa_IR", { "LANGUAGE", "fa:en" }, { "LANG", "en_US.UTF-8" });
  ASSERT_ENV_LOCALE ("ar_SA", { "LANGUAGE", "ar" }, { "LANG", "ar_SA.UTF-8" });
  ASSERT_ENV_LOCALE ("ar_EG", { "LANGUAGE", "ar" }, { "LANG", "en_US.UTF-8" });
  ASSERT_ENV_LOCALE ("ar_EG", { "LC_ALL", "ar_EG.UTF-8" }, { "LANG", "fa_IR.UTF-8" });
  ASSERT_ENV_LOCALE ("ar_SA", { "LC_MESSAGES", "ar_SA.UTF-8" }, { "LANG", "fa_IR.UTF-8" });
  ASSERT_ENV_LOCALE ("en_GB", { "LANGUAGE", "en_GB:en" }, { "LANG", "en_GB.UTF-8" });
  ASSERT_ENV_LOCALE ("en_US", { "LANGUAGE", "de" }, { "LANG", "de_DE.UTF-8" });
  ASSERT_ENV_LOCALE ("en_US", { "LANG", "de_DE.UTF-8" });

  g_free (locale_with_env ((const EnvVar[]) { { "LANGUAGE", "fa" }, { "LANG", "fa_IR.UTF-8" } },
                           2));
  format = daftar_format_new_from_environment ();
  g_assert_cmpstr (daftar_format_get_icu_locale (format), ==, "fa_IR@calendar=persian");

  /* As meson test runs us. */
  g_free (locale_with_env ((const EnvVar[]) { { "LC_ALL", "C.UTF-8" } }, 1));
}

/* Formatters are shared between threads. */
static gpointer
format_many (gpointer data)
{
  DaftarFormat *format = data;
  GDate day = day_from_iso ("2025-03-21");
  DaftarMoney money;

  g_assert_true (daftar_money_init (&money, 123450, "EUR", NULL));

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *date = daftar_format_date (format, &day, DAFTAR_DATE_STYLE_LONG);
      g_autofree char *amount = daftar_format_money (format, &money);
      g_autofree char *number = daftar_format_decimal (format, 5, 3);

      g_assert_cmpstr (date, ==, "۱ فروردین ۱۴۰۴");
      g_assert_cmpstr (amount, ==, LRM "€۱٬۲۳۴٫۵۰");
      g_assert_cmpstr (number, ==, "۰٫۰۰۵");
    }

  return NULL;
}

static void
test_threads (void)
{
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", PERSIAN, FALSE);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("format", format_many, fa);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

/* Numbers in core's messages follow the format they are given. */
static void
test_messages (void)
{
  g_autoptr(DaftarFormat) persian = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(DaftarFormat) latin = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = daftar_format_integer (NULL, 8784);
  g_autofree char *plain_rate = daftar_format_decimal_trimmed (NULL, 150001, 4);
  g_autofree char *whole = daftar_format_decimal_trimmed (NULL, 150000, 4);
  gint64 seconds = 0;
  char *text;

  /* No format: Latin digits, no separators, no trailing zeros */
  g_assert_cmpstr (plain, ==, "8784");
  g_assert_cmpstr (plain_rate, ==, "15.0001");
  g_assert_cmpstr (whole, ==, "15");
  text = daftar_format_percent (NULL, 150001, 4);
  g_assert_cmpstr (text, ==, "15.0001%");
  g_free (text);
  text = daftar_format_decimal (NULL, 123450, 2);
  g_assert_cmpstr (text, ==, "1234.50");
  g_free (text);
  text = daftar_format_id (NULL, 1234);
  g_assert_cmpstr (text, ==, "1234");
  g_free (text);
  text = daftar_format_digits (NULL, "09:30");
  g_assert_cmpstr (text, ==, "09:30");
  g_free (text);

  text = daftar_format_integer (persian, 8784);
  g_assert_cmpstr (text, ==, "۸٬۷۸۴");
  g_free (text);
  text = daftar_format_decimal_trimmed (persian, 125000, 4);
  g_assert_cmpstr (text, ==, "۱۲٫۵");
  g_free (text);
  /* Percentages from ICU's percent format: the sign where Persian puts it */
  text = daftar_format_percent (persian, 150001, 4);
  g_assert_cmpstr (text, ==, "۱۵٫۰۰۰۱٪");
  g_free (text);
  /* A core message, as the app would show it */
  g_assert_false (daftar_duration_parse ("999999:00", &seconds, persian, &error));
  g_assert_nonnull (strstr (error->message, "۸٬۷۸۴"));
  g_clear_error (&error);

  /* The user's choice of Latin digits holds there too */
  text = daftar_format_integer (latin, 8784);
  g_assert_cmpstr (text, ==, "8,784");
  g_free (text);

  text = daftar_format_integer (NULL, 300);
  g_assert_cmpstr (text, ==, "300");
  g_free (text);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/properties", test_properties);
  g_test_add_func ("/format/numbers", test_numbers);
  g_test_add_func ("/format/money", test_money);
  g_test_add_func ("/format/per-hour", test_per_hour);
  g_test_add_func ("/format/durations", test_durations);
  g_test_add_func ("/format/dates/english", test_dates_english);
  g_test_add_func ("/format/dates/persian", test_dates_persian);
  g_test_add_func ("/format/dates/arabic", test_dates_arabic);
  g_test_add_func ("/format/period-labels", test_period_labels);
  g_test_add_func ("/format/parse/persian", test_parse_persian);
  g_test_add_func ("/format/parse/arabic", test_parse_arabic);
  g_test_add_func ("/format/parse/english", test_parse_english);
  g_test_add_func ("/format/parse/round-trip", test_round_trip);
  g_test_add_func ("/format/environment", test_environment);
  g_test_add_func ("/format/threads", test_threads);
  g_test_add_func ("/format/messages", test_messages);

  return g_test_run ();
}
