/* test-rates.c — tests for daftar-rates: which rate applies, and converting with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-rates"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "daftar-rates.h"
#include "daftar-test-util.h"

static void
add (DaftarRateTable  *table,
     const char       *iso,
     const char       *base,
     const char       *quote,
     gint64            rate_e8,
     DaftarRateSource  source)
{
  DaftarExchangeRate rate = { .day = daftar_test_day (iso), .rate_e8 = rate_e8, .source = source };

  g_strlcpy (rate.base, base, sizeof rate.base);
  g_strlcpy (rate.quote, quote, sizeof rate.quote);
  daftar_rate_table_add (table, &rate);
}

static void
test_days (void)
{
  char iso[DAFTAR_DAY_ISO_LEN];
  DaftarDay d = -1;

  g_assert_true (daftar_day_from_iso ("1970-01-01", &d));
  g_assert_cmpint (d, ==, 0);
  g_assert_cmpint (daftar_test_day ("2025-01-01"), ==, 20089);
  g_assert_cmpint (daftar_test_day ("9999-12-31"), ==, DAFTAR_DAY_MAX);
  daftar_day_to_iso (daftar_test_day ("2024-02-29"), iso);
  g_assert_cmpstr (iso, ==, "2024-02-29");
  g_assert_false (daftar_day_from_iso ("2025-02-29", &d));
  g_assert_false (daftar_day_from_iso ("1969-12-31", &d));
  g_assert_false (daftar_day_from_iso ("2025-1-01", &d));
  g_assert_false (daftar_day_from_iso ("2025-01-01 ", &d));
  g_assert_false (daftar_day_from_iso ("۲۰۲۵-۰۱-۰۱", &d));
  g_assert_false (daftar_day_from_iso (NULL, &d));

  g_assert_cmpint (daftar_day_month_start (daftar_test_day ("2024-02-17")), ==, daftar_test_day ("2024-02-01"));
  g_assert_cmpint (daftar_day_month_end (daftar_test_day ("2024-02-17")), ==, daftar_test_day ("2024-02-29"));
  g_assert_cmpint (daftar_day_month_end (daftar_test_day ("2025-12-31")), ==, daftar_test_day ("2025-12-31"));

  /* A session's day is on its own clock, rounding down */
  g_assert_cmpint (daftar_day_from_utc (daftar_test_day ("2025-03-21") * G_GINT64_CONSTANT (86400) - 1, 0), ==,
                   daftar_test_day ("2025-03-20"));
  g_assert_cmpint (daftar_day_from_utc (daftar_test_day ("2025-03-21") * G_GINT64_CONSTANT (86400) - 1, 1), ==,
                   daftar_test_day ("2025-03-21"));
  g_assert_cmpint (daftar_day_from_utc (daftar_test_day ("2025-03-21") * G_GINT64_CONSTANT (86400), -12600), ==,
                   daftar_test_day ("2025-03-20"));
  g_assert_cmpint (daftar_day_from_utc (0, -3600), ==, -1);
}

static void
test_lookup (void)
{
  g_autoptr(DaftarRateTable) table = daftar_rate_table_new ();
  const DaftarExchangeRate *rate;
  gboolean inverse = TRUE;

  add (table, "2025-03-15", "EUR", "USD", 120000000, DAFTAR_RATE_SOURCE_USER);
  add (table, "2025-03-01", "EUR", "USD", 110000000, DAFTAR_RATE_SOURCE_USER);
  add (table, "2025-03-01", "EUR", "USD", 109000000, DAFTAR_RATE_SOURCE_FEED);
  add (table, "2025-03-10", "USD", "EUR", 90000000, DAFTAR_RATE_SOURCE_FEED);
  add (table, "2025-03-01", "GBP", "USD", 125000000, DAFTAR_RATE_SOURCE_USER);

  /* None before the first */
  g_assert_null (daftar_rate_table_lookup (table, "EUR", "USD", daftar_test_day ("2025-02-28"), &inverse));
  /* On the day itself; the user's rate wins over the feed's on the same day */
  rate = daftar_rate_table_lookup (table, "EUR", "USD", daftar_test_day ("2025-03-01"), &inverse);
  g_assert_cmpint (rate->rate_e8, ==, 110000000);
  g_assert_false (inverse);
  /* Days later, until a newer one; here the newer is quoted the other way round */
  rate = daftar_rate_table_lookup (table, "EUR", "USD", daftar_test_day ("2025-03-09"), &inverse);
  g_assert_cmpint (rate->rate_e8, ==, 110000000);
  rate = daftar_rate_table_lookup (table, "EUR", "USD", daftar_test_day ("2025-03-10"), &inverse);
  g_assert_cmpint (rate->rate_e8, ==, 90000000);
  g_assert_true (inverse);
  rate = daftar_rate_table_lookup (table, "EUR", "USD", daftar_test_day ("2030-01-01"), &inverse);
  g_assert_cmpint (rate->rate_e8, ==, 120000000);
  g_assert_false (inverse);
  /* Only the inverse exists */
  rate = daftar_rate_table_lookup (table, "USD", "GBP", daftar_test_day ("2025-06-01"), &inverse);
  g_assert_cmpstr (rate->base, ==, "GBP");
  g_assert_true (inverse);
  /* No triangulation through USD */
  g_assert_null (daftar_rate_table_lookup (table, "EUR", "GBP", daftar_test_day ("2025-06-01"), NULL));

  g_assert_cmpuint (daftar_rate_table_get_n_rates (table), ==, 5);
  g_assert_cmpstr (daftar_rate_table_get_rate (table, 0)->base, ==, "EUR");
}

static gint64
convert (gint64      minor,
         const char *from,
         const char *to,
         gint64      rate_e8,
         gboolean    inverse)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney amount = { .minor = minor };
  DaftarMoney out = { 0 };

  g_strlcpy (amount.currency, from, sizeof amount.currency);
  g_assert_true (daftar_money_convert (&amount, to, rate_e8, inverse, &out, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (out.currency, ==, to);
  return out.minor;
}

static void
test_convert (void)
{
  /* €100 at 1.08 */
  g_assert_cmpint (convert (10000, "EUR", "USD", 108000000, FALSE), ==, 10800);
  /* $108 back with the same quote, inverted */
  g_assert_cmpint (convert (10800, "USD", "EUR", 108000000, TRUE), ==, 10000);
  /* decimals: USD 2, JPY 0, KWD 3 */
  g_assert_cmpint (convert (10000, "USD", "JPY", 15000000000, FALSE), ==, 15000);
  g_assert_cmpint (convert (15000, "JPY", "USD", 15000000000, TRUE), ==, 10000);
  g_assert_cmpint (convert (1000, "KWD", "USD", 325000000, FALSE), ==, 325);
  g_assert_cmpint (convert (325, "USD", "KWD", 325000000, TRUE), ==, 1000);
  /* half to even on the minor unit: 0.5 cent goes to the even cent */
  g_assert_cmpint (convert (1, "EUR", "USD", 50000000, FALSE), ==, 0);
  g_assert_cmpint (convert (3, "EUR", "USD", 50000000, FALSE), ==, 2);
  g_assert_cmpint (convert (5, "EUR", "USD", 50000000, FALSE), ==, 2);
  g_assert_cmpint (convert (7, "EUR", "USD", 50000000, FALSE), ==, 4);
  /* a third, inverted */
  g_assert_cmpint (convert (100, "EUR", "USD", 300000000, TRUE), ==, 33);
}

static void
test_convert_overflow (void)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney amount = { G_MAXINT64 / 2, "USD" };
  DaftarMoney out = { 0 };

  g_assert_false (daftar_money_convert (&amount, "EUR", 300000000, FALSE, &out, &error));
  g_assert_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_OVERFLOW);
  g_assert_cmpint (out.minor, ==, 0);
}

static void
test_table_convert (void)
{
  g_autoptr(DaftarRateTable) table = daftar_rate_table_new ();
  g_autoptr(GError) error = NULL;
  DaftarMoney amount = { 10000, "EUR" };
  DaftarMoney out = { 0 };
  DaftarRateUse use = { 0 };

  add (table, "2025-03-01", "EUR", "USD", 110000000, DAFTAR_RATE_SOURCE_USER);

  /* The same currency needs no rate */
  g_assert_true (daftar_rate_table_convert (table, &amount, "EUR", daftar_test_day ("2000-01-01"), &out, &use, &error));
  g_assert_cmpint (out.minor, ==, 10000);
  g_assert_cmpstr (use.rate.base, ==, "");

  g_assert_true (daftar_rate_table_convert (table, &amount, "USD", daftar_test_day ("2025-03-02"), &out, &use, &error));
  g_assert_cmpint (out.minor, ==, 11000);
  g_assert_cmpint (use.rate.day, ==, daftar_test_day ("2025-03-01"));
  g_assert_false (use.inverse);

  /* Before any rate: an error naming the pair and the day, with the command to fix it */
  g_assert_false (daftar_rate_table_convert (table, &amount, "USD", daftar_test_day ("2025-02-28"), &out, &use, &error));
  g_assert_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "from EUR to USD"));
  g_assert_nonnull (strstr (error->message, "2025-02-28"));
  g_assert_nonnull (strstr (error->message, "daftar-cli rate add EUR USD"));
}

static void
test_parse (void)
{
  static const struct
  {
    const char *text;
    gint64      e8;
  } good[] = {
    { "1.08", 108000000 },
    { "0.92", 92000000 },
    { "58000", G_GINT64_CONSTANT (5800000000000) },
    { "0.00000001", 1 },
    { ".5", 50000000 },
    { "۱٫۰۸", 108000000 },
    { "١٫٠٨", 108000000 },
    { "1000000000", DAFTAR_RATE_MAX_E8 },
  };
  static const char * const bad[] = {
    "", "0", "0.000000001", "-1.08", "1,08", "1.08.1", "abc", "1000000000.00000001", "1e3", "١٠٨٪",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      gint64 e8 = 0;

      g_assert_true (daftar_rate_parse (good[i].text, &e8, &error));
      g_assert_no_error (error);
      g_assert_cmpint (e8, ==, good[i].e8);
      text = daftar_rate_to_string (e8);
      g_assert_true (daftar_rate_parse (text, &e8, NULL));
      g_assert_cmpint (e8, ==, good[i].e8);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 e8 = -1;

      g_test_message ("%s", bad[i]);
      g_assert_false (daftar_rate_parse (bad[i], &e8, &error));
      g_assert_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MALFORMED);
      g_assert_cmpint (e8, ==, -1);
    }
}

static void
test_to_string (void)
{
  g_autofree char *a = daftar_rate_to_string (108000000);
  g_autofree char *b = daftar_rate_to_string (1);
  g_autofree char *c = daftar_rate_to_string (G_GINT64_CONSTANT (5800000000000));

  g_assert_cmpstr (a, ==, "1.08000000");
  g_assert_cmpstr (b, ==, "0.00000001");
  g_assert_cmpstr (c, ==, "58000.00000000");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rates/days", test_days);
  g_test_add_func ("/rates/lookup", test_lookup);
  g_test_add_func ("/rates/convert", test_convert);
  g_test_add_func ("/rates/convert/overflow", test_convert_overflow);
  g_test_add_func ("/rates/table-convert", test_table_convert);
  g_test_add_func ("/rates/parse", test_parse);
  g_test_add_func ("/rates/to-string", test_to_string);

  return g_test_run ();
}
