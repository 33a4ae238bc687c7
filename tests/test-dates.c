/* test-dates.c — typed dates, times and the step to UTC
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "daftar-dates.h"
#include "daftar-format.h"
#include "daftar-validate.h"

static void
test_parse_iso (void)
{
  const struct { const char *text; int y, m, d; } good[] = {
    { "2025-03-21", 2025, 3, 21 },
    { "۲۰۲۵-۰۳-۲۱", 2025, 3, 21 },
    { "٢٠٢٤-٠٢-٢٩", 2024, 2, 29 },
    { " 2024-12-31 ", 2024, 12, 31 },
  };
  const char *bad[] = { "", "2025-3-21", "2025-02-29", "2025-13-01", "2025-00-10", "1969-12-31",
                        "21-03-2025", "2025/03/21", "2025-03-21x", "abcd-ef-gh", "\xff\xfe", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_assert_true (daftar_date_parse_iso (good[i].text, &date, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_date_get_year (&date), ==, good[i].y);
      g_assert_cmpint (g_date_get_month (&date), ==, good[i].m);
      g_assert_cmpint (g_date_get_day (&date), ==, good[i].d);
    }

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("bad date #%u", i);
      g_assert_false (daftar_date_parse_iso (bad[i], &date, &error));
      g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE);
    }
}

static void
test_parse_time (void)
{
  const char *bad[] = { "", "24:00", "9:60", "930", "09:3", "09:300", "-1:00", "۲۵:۰۰", NULL };
  g_autoptr(GError) error = NULL;
  int h, m;

  g_assert_true (daftar_time_parse ("09:30", &h, &m, NULL, &error));
  g_assert_cmpint (h, ==, 9);
  g_assert_cmpint (m, ==, 30);
  g_assert_true (daftar_time_parse ("۲۳:۵۹", &h, &m, NULL, &error));
  g_assert_cmpint (h, ==, 23);
  g_assert_cmpint (m, ==, 59);
  g_assert_true (daftar_time_parse ("٧:٠٥", &h, &m, NULL, &error));
  g_assert_cmpint (h, ==, 7);
  g_assert_cmpint (m, ==, 5);
  g_assert_no_error (error);

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_test_message ("bad time “%s”", bad[i]);
      g_assert_false (daftar_time_parse (bad[i], &h, &m, NULL, &error));
      g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_START);
      g_clear_error (&error);
    }
}

static void
test_local_to_utc (void)
{
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  gint64 when;
  gint32 offset;
  GDate date;

  g_assert_nonnull (tehran);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 21, 3, 2025);

  /* Iran has kept +03:30 all year since 2022. */
  g_assert_true (daftar_local_to_utc (&date, 9, 30, tehran, &when, &offset, &error));
  g_assert_no_error (error);
  g_assert_cmpint (offset, ==, 12600);
  g_assert_cmpint (when, ==, 1742536800);

  iso = daftar_utc_to_iso_local (when, offset);
  g_assert_cmpstr (iso, ==, "2025-03-21T09:30:00+03:30");

  g_assert_true (daftar_local_to_utc (&date, 0, 0, utc, &when, &offset, &error));
  g_assert_cmpint (when, ==, 1742515200);
  g_assert_cmpint (offset, ==, 0);
}

/* A day GLib can't place in time (after 9999) is refused, with nothing written, by both. */
static void
test_local_to_utc_out_of_range (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  gint64 when = 42;
  gint32 offset = 42;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 10000);

  g_assert_false (daftar_local_to_utc (&date, 9, 30, utc, &when, &offset, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_START);
  g_assert_cmpstr (error->message, ==, "That date and time can’t be represented.");
  g_clear_error (&error);

  g_assert_false (daftar_local_to_utc_forward (&date, 9, 30, utc, &when, &offset, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_START);
  g_assert_cmpstr (error->message, ==, "That date and time can’t be represented.");
  g_assert_cmpint (when, ==, 42);
  g_assert_cmpint (offset, ==, 42);
}

/* Berlin's clocks jump from 02:00 to 03:00 on 2026-03-29 and fall back from 03:00
 * to 02:00 on 2026-10-25. */
static void
test_local_to_utc_dst (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GError) error = NULL;
  gint64 when = -1;
  gint32 offset = -1;
  GDate spring, autumn, iran;

  g_assert_nonnull (berlin);
  g_date_clear (&spring, 1);
  g_date_clear (&autumn, 1);
  g_date_clear (&iran, 1);
  g_date_set_dmy (&spring, 29, 3, 2026);
  g_date_set_dmy (&autumn, 25, 10, 2026);
  g_date_set_dmy (&iran, 22, 3, 2021);

  /* In the gap: refused, nothing written to the outputs. */
  g_assert_false (daftar_local_to_utc (&spring, 2, 30, berlin, &when, &offset, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_START);
  g_assert_true (strstr (error->message, "daylight saving") != NULL);
  g_assert_cmpint (when, ==, -1);
  g_clear_error (&error);
  g_assert_false (daftar_local_to_utc (&spring, 2, 0, berlin, &when, &offset, NULL));
  g_assert_false (daftar_local_to_utc (&spring, 2, 59, berlin, &when, &offset, NULL));

  /* Either side of it: exact. */
  g_assert_true (daftar_local_to_utc (&spring, 1, 59, berlin, &when, &offset, &error));
  g_assert_no_error (error);
  g_assert_cmpint (when, ==, 1774745940);   /* 2026-03-29T00:59Z */
  g_assert_cmpint (offset, ==, 3600);
  g_assert_true (daftar_local_to_utc (&spring, 3, 0, berlin, &when, &offset, &error));
  g_assert_cmpint (when, ==, 1774746000);   /* 2026-03-29T01:00Z */
  g_assert_cmpint (offset, ==, 7200);

  /* Shown twice: the first time, still on summer time. */
  g_assert_true (daftar_local_to_utc (&autumn, 2, 30, berlin, &when, &offset, &error));
  g_assert_cmpint (when, ==, 1792888200);   /* 2026-10-25T00:30Z, not 01:30Z */
  g_assert_cmpint (offset, ==, 7200);
  g_assert_true (daftar_local_to_utc (&autumn, 3, 0, berlin, &when, &offset, &error));
  g_assert_cmpint (when, ==, 1792893600);   /* 2026-10-25T02:00Z */
  g_assert_cmpint (offset, ==, 3600);
  g_assert_no_error (error);

  /* Iran's clocks went from 00:00 to 01:00 on 2021-03-22: the day itself still
   * starts, at 01:00, and a typed 00:30 is refused. */
  g_assert_false (daftar_local_to_utc (&iran, 0, 30, tehran, &when, &offset, NULL));
  g_assert_true (daftar_local_to_utc_forward (&iran, 0, 0, tehran, &when, &offset, &error));
  g_assert_no_error (error);
  g_assert_cmpint (when, ==, 1616358600);   /* 2021-03-21T20:30Z = 01:00+04:30 */
  g_assert_cmpint (offset, ==, 16200);
  {
    gint64 from, to;

    g_assert_true (daftar_date_range_to_utc (&iran, &iran, tehran, &from, &to));
    g_assert_cmpint (from, ==, 1616358600);
    g_assert_cmpint (to, ==, 1616358600 + 23 * 3600);
  }
}

static void
test_range_to_utc (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  gint64 from, to;
  GDate a, b;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, 1, 3, 2025);
  g_date_set_dmy (&b, 31, 3, 2025);

  g_assert_true (daftar_date_range_to_utc (&a, &b, utc, &from, &to));
  g_assert_cmpint (from, ==, 1740787200);   /* 2025-03-01T00:00Z */
  g_assert_cmpint (to, ==, 1743465600);     /* 2025-04-01T00:00Z, exclusive */

  g_assert_true (daftar_date_range_to_utc (NULL, NULL, utc, &from, &to));
  g_assert_cmpint (from, ==, G_MININT64);
  g_assert_cmpint (to, ==, G_MAXINT64);
}

/* The examples in the message are in the user's digits. */
static void
test_parse_time_message_digits (void)
{
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(GError) error = NULL;
  int h, m;

  g_assert_false (daftar_time_parse ("25:00", &h, &m, fa, &error));
  g_assert_nonnull (strstr (error->message, "۰۹:۳۰"));
  g_assert_nonnull (strstr (error->message, "۲۱:۰۵"));
  g_assert_null (strstr (error->message, "09:30"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dates/parse-iso", test_parse_iso);
  g_test_add_func ("/dates/parse-time", test_parse_time);
  g_test_add_func ("/dates/parse-time-message-digits", test_parse_time_message_digits);
  g_test_add_func ("/dates/local-to-utc", test_local_to_utc);
  g_test_add_func ("/dates/local-to-utc-dst", test_local_to_utc_dst);
  g_test_add_func ("/dates/local-to-utc-out-of-range", test_local_to_utc_out_of_range);
  g_test_add_func ("/dates/range-to-utc", test_range_to_utc);

  return g_test_run ();
}
