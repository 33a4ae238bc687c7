/* test-keys.c — tests for daftar-keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-keys"

#include <glib.h>

#include "daftar-earnings.h"
#include "daftar-keys.h"
#include "daftar-market.h"
#include "daftar-period.h"

typedef enum
{
  TEST_FRUIT_APPLE,
  TEST_FRUIT_PEAR,
  TEST_N_FRUITS
} TestFruit;

static const char * const fruit_keys[TEST_N_FRUITS] = { "apple", "pear" };

DAFTAR_DECLARE_KEYS (TestFruit, test_fruit)
DAFTAR_DEFINE_KEYS (TestFruit, test_fruit, fruit_keys, DAFTAR_KEYS_EXACT)

static void
test_keys_lookup (void)
{
  static const char * const keys[] = { "work", "paid" };
  guint index = 99;

  g_assert_true (daftar_keys_lookup (keys, G_N_ELEMENTS (keys), "paid", DAFTAR_KEYS_EXACT, &index));
  g_assert_cmpuint (index, ==, 1);

  index = 99;
  g_assert_false (daftar_keys_lookup (keys, G_N_ELEMENTS (keys), "Paid", DAFTAR_KEYS_EXACT, &index));
  g_assert_false (daftar_keys_lookup (keys, G_N_ELEMENTS (keys), "cash", DAFTAR_KEYS_ANY_CASE, &index));
  g_assert_false (daftar_keys_lookup (keys, G_N_ELEMENTS (keys), NULL, DAFTAR_KEYS_ANY_CASE, &index));
  g_assert_false (daftar_keys_lookup (keys, G_N_ELEMENTS (keys), "", DAFTAR_KEYS_EXACT, &index));
  g_assert_cmpuint (index, ==, 99);

  g_assert_true (daftar_keys_lookup (keys, G_N_ELEMENTS (keys), "WORK", DAFTAR_KEYS_ANY_CASE, &index));
  g_assert_cmpuint (index, ==, 0);
}

/* The functions DAFTAR_DEFINE_KEYS writes: both ways, and nothing written on a miss. */
static void
test_keys_define (void)
{
  TestFruit fruit = TEST_FRUIT_PEAR;

  g_assert_cmpstr (test_fruit_to_key (TEST_FRUIT_APPLE), ==, "apple");
  g_assert_cmpstr (test_fruit_to_key (TEST_FRUIT_PEAR), ==, "pear");

  g_assert_true (test_fruit_from_key ("apple", &fruit));
  g_assert_cmpint (fruit, ==, TEST_FRUIT_APPLE);
  g_assert_false (test_fruit_from_key ("APPLE", &fruit));
  g_assert_false (test_fruit_from_key ("plum", &fruit));
  g_assert_false (test_fruit_from_key (NULL, &fruit));
  g_assert_cmpint (fruit, ==, TEST_FRUIT_APPLE);

  if (g_test_undefined ())
    {
      g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*test_fruit_to_key*");
      g_assert_null (test_fruit_to_key (TEST_N_FRUITS));
      g_test_assert_expected_messages ();
    }
}

/* Each enum keeps the matching it had before the keys were shared: categories,
 * pricings, specialties and “--by” ignore case; the others don't. */
static void
test_keys_enums_keep_their_case_rule (void)
{
  DaftarCategory category;
  DaftarPricing pricing;
  DaftarSpecialty specialty;
  DaftarEarningsBy by;
  DaftarEarningsBasis basis;
  DaftarCostKind cost;
  DaftarFeeShape shape;
  DaftarConfidence confidence;
  DaftarRateUnit unit;
  DaftarBandKind kind;
  DaftarPeriodKind period;
  DaftarCalendar calendar;

  g_assert_true (daftar_category_from_key ("Web-Software", &category));
  g_assert_cmpint (category, ==, DAFTAR_CATEGORY_WEB_SOFTWARE);
  g_assert_true (daftar_pricing_from_key ("PER-TASK", &pricing));
  g_assert_cmpint (pricing, ==, DAFTAR_PRICING_PER_TASK);
  g_assert_true (daftar_specialty_from_key ("Coding", &specialty));
  g_assert_cmpint (specialty, ==, DAFTAR_SPECIALTY_CODING);
  g_assert_true (daftar_earnings_by_from_key ("Client", &by));
  g_assert_cmpint (by, ==, DAFTAR_EARNINGS_BY_CLIENT);

  g_assert_false (daftar_earnings_basis_from_key ("Paid", &basis));
  g_assert_false (daftar_cost_kind_from_key ("Refund", &cost));
  g_assert_false (daftar_fee_shape_from_key ("Flat", &shape));
  g_assert_false (daftar_confidence_from_key ("High", &confidence));
  g_assert_false (daftar_rate_unit_from_key ("Hour", &unit));
  g_assert_false (daftar_band_kind_from_key ("Median", &kind));
  g_assert_false (daftar_period_kind_from_key ("This-Month", &period));
  g_assert_false (daftar_calendar_from_key ("Persian", &calendar));

  g_assert_true (daftar_cost_kind_from_key ("refund", &cost));
  g_assert_cmpint (cost, ==, DAFTAR_COST_REFUND);
  g_assert_cmpstr (daftar_cost_kind_to_key (cost), ==, "refund");
  g_assert_true (daftar_calendar_from_key ("islamic-umalqura", &calendar));
  g_assert_cmpint (calendar, ==, DAFTAR_CALENDAR_ISLAMIC_UMALQURA);
  g_assert_cmpstr (daftar_calendar_to_key (DAFTAR_CALENDAR_PERSIAN), ==, "persian");
  g_assert_cmpstr (daftar_period_kind_to_key (DAFTAR_PERIOD_LAST_90_DAYS), ==, "last-90-days");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/keys/lookup", test_keys_lookup);
  g_test_add_func ("/keys/define", test_keys_define);
  g_test_add_func ("/keys/enums-keep-their-case-rule", test_keys_enums_keep_their_case_rule);

  return g_test_run ();
}
