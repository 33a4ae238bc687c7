/* test-dates.c — typed dates, times and the step to UTC
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-dates.h"
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

  g_assert_true (daftar_time_parse ("09:30", &h, &m, &error));
  g_assert_cmpint (h, ==, 9);
  g_assert_cmpint (m, ==, 30);
  g_assert_true (daftar_time_parse ("۲۳:۵۹", &h, &m, &error));
  g_assert_cmpint (h, ==, 23);
  g_assert_cmpint (m, ==, 59);
  g_assert_true (daftar_time_parse ("٧:٠٥", &h, &m, &error));
  g_assert_cmpint (h, ==, 7);
  g_assert_cmpint (m, ==, 5);
  g_assert_no_error (error);

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_test_message ("bad time “%s”", bad[i]);
      g_assert_false (daftar_time_parse (bad[i], &h, &m, &error));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dates/parse-iso", test_parse_iso);
  g_test_add_func ("/dates/parse-time", test_parse_time);
  g_test_add_func ("/dates/local-to-utc", test_local_to_utc);
  g_test_add_func ("/dates/range-to-utc", test_range_to_utc);

  return g_test_run ();
}
