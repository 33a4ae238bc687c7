/* test-day.c — tests for daftar-day: days as integers, ISO text, GDate and UTC offsets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-day"

#include "config.h"

#include <glib.h>

#include "daftar-day.h"

static void
test_iso_round_trip (void)
{
  static const struct { const char *iso; DaftarDay day; } cases[] = {
    { "1970-01-01", 0 },
    { "1970-01-02", 1 },
    { "2024-02-29", 19782 },
    { "2025-01-01", 20089 },
    { "9999-12-31", DAFTAR_DAY_MAX },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char iso[DAFTAR_DAY_ISO_LEN];
      DaftarDay day = -1;

      g_assert_true (daftar_day_from_iso (cases[i].iso, &day));
      g_assert_cmpint (day, ==, cases[i].day);
      daftar_day_to_iso (day, iso);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_iso_refused (void)
{
  static const char *bad[] = {
    "", "2025-1-01", "2025-01-1", "2025/01/01", "2025-01-01 ", " 2025-01-01",
    "2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "1969-12-31",
    "2025-01-0x", "۲۰۲۵-۰۱-۰۱", "20250101",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      DaftarDay day = 42;

      g_assert_false (daftar_day_from_iso (bad[i], &day));
      /* A refused text leaves the day alone. */
      g_assert_cmpint (day, ==, 42);
    }
  {
    DaftarDay day = 42;

    g_assert_false (daftar_day_from_iso (NULL, &day));
    g_assert_cmpint (day, ==, 42);
  }
}

static void
test_gdate (void)
{
  GDate date, back;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_MARCH, 2024);
  g_assert_cmpint (daftar_day_from_date (&date), ==, 19783);

  daftar_day_to_date (19783, &back);
  g_assert_cmpint (g_date_compare (&date, &back), ==, 0);

  /* Out of range days are clamped to what a GDate can hold. */
  daftar_day_to_date (-5, &back);
  g_assert_cmpint (g_date_get_year (&back), ==, 1970);
  g_assert_cmpint (g_date_get_day_of_year (&back), ==, 1);
  daftar_day_to_date (DAFTAR_DAY_MAX + 10, &back);
  g_assert_cmpint (g_date_get_year (&back), ==, 9999);
  g_assert_cmpint (g_date_get_month (&back), ==, G_DATE_DECEMBER);
  g_assert_cmpint (g_date_get_day (&back), ==, 31);
}

static void
test_from_utc (void)
{
  /* 2025-01-01 00:00 UTC */
  gint64 midnight = 20089 * (gint64) 86400;

  g_assert_cmpint (daftar_day_from_utc (midnight, 0), ==, 20089);
  g_assert_cmpint (daftar_day_from_utc (midnight - 1, 0), ==, 20088);
  /* 23:30 UTC is already the next day in Tehran (+03:30)... */
  g_assert_cmpint (daftar_day_from_utc (midnight - 1800, 3 * 3600 + 1800), ==, 20089);
  /* ...and 02:00 UTC still the day before in New York (-05:00). */
  g_assert_cmpint (daftar_day_from_utc (midnight + 2 * 3600, -5 * 3600), ==, 20088);

  /* Before 1970 the division rounds down, not toward zero. */
  g_assert_cmpint (daftar_day_from_utc (-1, 0), ==, -1);
  g_assert_cmpint (daftar_day_from_utc (-86400, 0), ==, -1);
  g_assert_cmpint (daftar_day_from_utc (-86401, 0), ==, -2);
  g_assert_cmpint (daftar_day_from_utc (0, -1), ==, -1);
}

static void
test_month_bounds (void)
{
  DaftarDay leap, plain, december;

  g_assert_true (daftar_day_from_iso ("2024-02-14", &leap));
  g_assert_cmpint (daftar_day_month_start (leap), ==, 19754);   /* 2024-02-01 */
  g_assert_cmpint (daftar_day_month_end (leap), ==, 19782);     /* 2024-02-29 */

  g_assert_true (daftar_day_from_iso ("2025-02-01", &plain));
  g_assert_cmpint (daftar_day_month_start (plain), ==, plain);
  g_assert_cmpint (daftar_day_month_end (plain) - plain, ==, 27);

  g_assert_true (daftar_day_from_iso ("2025-12-31", &december));
  g_assert_cmpint (daftar_day_month_end (december), ==, december);
  g_assert_cmpint (december - daftar_day_month_start (december), ==, 30);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/day/iso-round-trip", test_iso_round_trip);
  g_test_add_func ("/day/iso-refused", test_iso_refused);
  g_test_add_func ("/day/gdate", test_gdate);
  g_test_add_func ("/day/from-utc", test_from_utc);
  g_test_add_func ("/day/month-bounds", test_month_bounds);

  return g_test_run ();
}
