/* test-fees.c — tests for daftar-fees: each shape of fee at its edges
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-fees"

#include "config.h"

#include <glib.h>

#include "daftar-fees.h"
#include "daftar-test-util.h"

static DaftarFeeRules *shipped;

static const DaftarFeeRule *
shipped_rule (const char *id)
{
  const DaftarFeeRule *rule = daftar_fee_rules_get (shipped, id);

  g_assert_nonnull (rule);
  return rule;
}

/* The fee @rule takes from @minor of @currency on 2025-06-02, for a new client. */
static gint64
apply (const DaftarFeeRule  *rule,
       const DaftarFeeTerms *terms,
       gint64                minor,
       const char           *currency,
       DaftarRateTable      *rates)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney amount = { .minor = minor };
  DaftarFeeResult result;

  g_strlcpy (amount.currency, currency, sizeof amount.currency);
  g_assert_true (daftar_fee_rule_apply (rule, terms, &amount, daftar_test_day ("2025-06-02"), rates, NULL,
                                        &result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result.fee.currency, ==, currency);
  return result.fee.minor;
}

static gint64
percent (gint64 minor,
         gint32 ppm)
{
  gint64 fee = -1;

  g_assert_true (daftar_fee_percent (minor, ppm, &fee));
  return fee;
}

static void
test_flat (void)
{
  /* Fiverr: a $100 order pays $20, and so does a $100 tip. */
  g_assert_cmpint (apply (shipped_rule ("fiverr-seller-20"), NULL, 10000, "USD", NULL), ==, 2000);
  /* Upwork 2023–2025: 10% */
  g_assert_cmpint (apply (shipped_rule ("upwork-2023-flat"), NULL, 12345, "USD", NULL), ==, 1234);
  /* Prolific and Mercor: nothing */
  g_assert_cmpint (apply (shipped_rule ("prolific-participants-0"), NULL, 9999, "GBP", NULL), ==, 0);
  g_assert_cmpint (apply (shipped_rule ("mercor-contractors-0"), NULL, 9999, "USD", NULL), ==, 0);

  g_assert_cmpint (percent (0, 200000), ==, 0);
  g_assert_cmpint (percent (12345, 0), ==, 0);
  g_assert_cmpint (percent (12345, DAFTAR_PPM_ONE), ==, 12345);
  g_assert_cmpint (percent (100000, 75000), ==, 7500);
}

/* Half to even, at exactly half a cent and around it. */
static void
test_rounding (void)
{
  /* 10% of 5, 15, 25, 35 cents is 0.5, 1.5, 2.5, 3.5 */
  g_assert_cmpint (percent (5, 100000), ==, 0);
  g_assert_cmpint (percent (15, 100000), ==, 2);
  g_assert_cmpint (percent (25, 100000), ==, 2);
  g_assert_cmpint (percent (35, 100000), ==, 4);
  /* just above and below half */
  g_assert_cmpint (percent (26, 100000), ==, 3);
  g_assert_cmpint (percent (24, 100000), ==, 2);
  /* 7.5% of £0.50 is 3.75p → 4p; of £0.10 is 0.75p → 1p; of £0.02 is 0.15p → 0 */
  g_assert_cmpint (percent (50, 75000), ==, 4);
  g_assert_cmpint (percent (10, 75000), ==, 1);
  g_assert_cmpint (percent (2, 75000), ==, 0);
  /* no overflow with large amounts: the product is kept in 128 bits */
  g_assert_cmpint (percent (G_GINT64_CONSTANT (9000000000000000000), 150000), ==,
                   G_GINT64_CONSTANT (1350000000000000000));
}

static void
test_per_contract (void)
{
  const DaftarFeeRule *rule = shipped_rule ("upwork-2025-variable");
  DaftarFeeTerms at_15 = { TRUE, 150000 };
  DaftarFeeTerms at_0 = { TRUE, 0 };
  DaftarFeeTerms above = { TRUE, 150001 };
  DaftarFeeTerms unset = { FALSE, 0 };
  g_autoptr(GError) error = NULL;
  DaftarMoney amount = { 100000, "USD" };
  DaftarFeeResult result;
  gint32 ppm = -1;

  /* An Upwork contract at 15%: $1,000 pays $150 */
  g_assert_cmpint (apply (rule, &at_15, 100000, "USD", NULL), ==, 15000);
  /* 0% is allowed */
  g_assert_cmpint (apply (rule, &at_0, 100000, "USD", NULL), ==, 0);
  /* No rate set yet: the rule's default, 10% */
  g_assert_cmpint (apply (rule, &unset, 100000, "USD", NULL), ==, 10000);
  g_assert_cmpint (apply (rule, NULL, 100000, "USD", NULL), ==, 10000);

  g_assert_true (daftar_fee_contract_rate (rule, &at_15, &ppm, &error));
  g_assert_cmpint (ppm, ==, 150000);

  /* 15.0001% is outside 0–15% */
  g_assert_false (daftar_fee_rule_apply (rule, &above, &amount, daftar_test_day ("2025-06-02"), NULL, NULL,
                                         &result, &error));
  g_assert_error (error, DAFTAR_FEES_ERROR, DAFTAR_FEES_ERROR_CONTRACT_RATE);
  g_assert_nonnull (strstr (error->message, "15.0001%"));
  g_assert_nonnull (strstr (error->message, "outside the 0%–15% that rule upwork-2025-variable allows"));
}

static gint64
with_minimum (gint64 minor)
{
  return apply (shipped_rule ("freelancer-fixed-10-min-5"), NULL, minor, "USD", NULL);
}

static void
test_minimum (void)
{
  /* Freelancer.com: a $30 fixed job pays $5 */
  g_assert_cmpint (with_minimum (3000), ==, 500);
  /* at $50 both are $5 */
  g_assert_cmpint (with_minimum (5000), ==, 500);
  /* a cent either side */
  g_assert_cmpint (with_minimum (4999), ==, 500);
  g_assert_cmpint (with_minimum (5001), ==, 500);   /* 10% is 5.001 → 5.00 */
  g_assert_cmpint (with_minimum (5005), ==, 500);   /* 5.005 → 5.00, half to even */
  g_assert_cmpint (with_minimum (5015), ==, 502);   /* 5.015 → 5.02 */
  g_assert_cmpint (with_minimum (6000), ==, 600);
  /* never more than the payment itself */
  g_assert_cmpint (with_minimum (300), ==, 300);
  g_assert_cmpint (with_minimum (0), ==, 0);
}

static void
test_minimum_other_currency (void)
{
  const DaftarFeeRule *rule = shipped_rule ("freelancer-fixed-10-min-5");
  g_autoptr(DaftarRateTable) rates = daftar_rate_table_new ();
  DaftarExchangeRate usd_eur = { 0, 0, "USD", "EUR", 92000000, DAFTAR_RATE_SOURCE_USER };
  g_autoptr(GError) error = NULL;
  DaftarMoney amount = { 3000, "EUR" };
  DaftarFeeResult result;

  /* Without a rate the minimum can't be placed: an error naming the pair and the day */
  g_assert_false (daftar_fee_rule_apply (rule, NULL, &amount, daftar_test_day ("2025-06-02"), rates, NULL,
                                         &result, &error));
  g_assert_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "USD"));
  g_assert_nonnull (strstr (error->message, "EUR"));
  g_assert_nonnull (strstr (error->message, "2025-06-02"));
  g_clear_error (&error);

  /* With 1 USD = 0.92 EUR the minimum is €4.60, converted with the day's rate */
  usd_eur.day = daftar_test_day ("2025-01-01");
  daftar_rate_table_add (rates, &usd_eur);
  g_assert_true (daftar_fee_rule_apply (rule, NULL, &amount, daftar_test_day ("2025-06-02"), rates, NULL,
                                        &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.fee.minor, ==, 460);
  g_assert_cmpstr (result.fee.currency, ==, "EUR");
  g_assert_true (result.converted);
  g_assert_cmpstr (result.rate_use.rate.base, ==, "USD");
  g_assert_false (result.rate_use.inverse);
}

static gint64
pph (gint64 billed_before,
     gint64 amount)
{
  const DaftarFeeRule *rule = shipped_rule ("peopleperhour-2018-tiers");
  gint64 fee = -1;

  g_assert_true (daftar_fee_tiered (rule->tiers, rule->n_tiers, billed_before, amount, &fee));
  return fee;
}

static void
test_tiered (void)
{
  /* PeoplePerHour, £300 to a new client: 20% of £250 + 7.5% of £50 = £53.75 */
  g_assert_cmpint (pph (0, 30000), ==, 5375);
  /* exactly up to the first boundary: all at 20% */
  g_assert_cmpint (pph (0, 25000), ==, 5000);
  /* starting exactly on it: all at 7.5% */
  g_assert_cmpint (pph (25000, 10000), ==, 750);
  /* a penny across */
  g_assert_cmpint (pph (24999, 2), ==, 0);      /* 0.2p + 0.075p → 0 */
  g_assert_cmpint (pph (0, 25001), ==, 5000);   /* 5000.075p → 5000 */
  /* up to £5,000 exactly: 50 + 7.5% of 4,750 = £406.25 */
  g_assert_cmpint (pph (0, 500000), ==, 40625);
  /* across £5,000: 7.5% of £100 + 3.5% of £100 */
  g_assert_cmpint (pph (490000, 20000), ==, 1100);
  /* from £5,000 on: 3.5% */
  g_assert_cmpint (pph (500000, 100000), ==, 3500);
  /* one payment across all three tiers: 50 + 356.25 + 175 */
  g_assert_cmpint (pph (0, 1000000), ==, 58125);
  g_assert_cmpint (pph (0, 0), ==, 0);

  /* Upwork 2016–2023: 20% to $500, 10% to $10,000, 5% above */
  {
    const DaftarFeeRule *upwork = shipped_rule ("upwork-2016-sliding");
    gint64 fee = -1;

    g_assert_true (daftar_fee_tiered (upwork->tiers, upwork->n_tiers, 0, 60000, &fee));
    g_assert_cmpint (fee, ==, 10000 + 1000);
    g_assert_true (daftar_fee_tiered (upwork->tiers, upwork->n_tiers, 990000, 20000, &fee));
    g_assert_cmpint (fee, ==, 1000 + 500);
  }
}

/* Lifetime billings carry from one payment to the next. */
static void
test_tiered_lifetime (void)
{
  const DaftarFeeRule *rule = shipped_rule ("peopleperhour-2018-tiers");
  g_autoptr(GError) error = NULL;
  DaftarMoney first = { 20000, "GBP" };
  DaftarMoney second = { 10000, "GBP" };
  DaftarFeeResult result;
  gint64 billed = 0;

  g_assert_true (daftar_fee_rule_apply (rule, NULL, &first, daftar_test_day ("2025-01-10"), NULL, &billed,
                                        &result, &error));
  g_assert_cmpint (result.fee.minor, ==, 4000);
  g_assert_cmpint (billed, ==, 20000);

  /* £50 at 20%, £50 at 7.5% */
  g_assert_true (daftar_fee_rule_apply (rule, NULL, &second, daftar_test_day ("2025-02-10"), NULL, &billed,
                                        &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.fee.minor, ==, 1375);
  g_assert_cmpint (billed, ==, 30000);
}

static void
test_tiered_other_currency (void)
{
  const DaftarFeeRule *rule = shipped_rule ("peopleperhour-2018-tiers");
  g_autoptr(DaftarRateTable) rates = daftar_rate_table_new ();
  DaftarExchangeRate gbp_usd = { 0, 0, "GBP", "USD", 125000000, DAFTAR_RATE_SOURCE_USER };
  g_autoptr(GError) error = NULL;
  DaftarMoney amount = { 37500, "USD" };
  DaftarFeeResult result;
  gint64 billed = 0;

  gbp_usd.day = daftar_test_day ("2025-06-01");
  daftar_rate_table_add (rates, &gbp_usd);

  /* $375 is £300 at 1.25: £53.75 is $67.1875 → $67.19; the billings count in pounds */
  g_assert_true (daftar_fee_rule_apply (rule, NULL, &amount, daftar_test_day ("2025-06-02"), rates, &billed,
                                        &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.fee.minor, ==, 6719);
  g_assert_cmpint (billed, ==, 30000);
  g_assert_true (result.converted);
  g_assert_cmpstr (result.rate_use.rate.base, ==, "GBP");
}

static void
test_withdrawal (void)
{
  const DaftarFeeRule *local_bank = shipped_rule ("upwork-withdraw-local-bank");
  const DaftarFeeRule *payoneer = shipped_rule ("payoneer-local-currency");
  gint64 fee = -1;

  /* Upwork Direct to Local Bank: $0.99, whatever the amount */
  g_assert_cmpint (apply (local_bank, NULL, 50000, "USD", NULL), ==, 99);
  g_assert_cmpint (apply (local_bank, NULL, 100, "USD", NULL), ==, 99);
  /* …but not more than what is withdrawn */
  g_assert_cmpint (apply (local_bank, NULL, 50, "USD", NULL), ==, 50);
  /* Payoneer: about 2% FX */
  g_assert_cmpint (apply (payoneer, NULL, 10000, "USD", NULL), ==, 200);
  g_assert_cmpint (apply (payoneer, NULL, 25, "USD", NULL), ==, 0);   /* 0.5 → 0 */
  /* the wire's $30 */
  g_assert_cmpint (apply (shipped_rule ("upwork-withdraw-wire"), NULL, 100000, "USD", NULL), ==, 3000);

  /* flat + FX together */
  g_assert_true (daftar_fee_withdrawal (100000, 150, 17500, &fee));
  g_assert_cmpint (fee, ==, 150 + 1750);
  g_assert_true (daftar_fee_withdrawal (0, 150, 17500, &fee));
  g_assert_cmpint (fee, ==, 0);
}

static void
test_withdrawal_other_currency (void)
{
  const DaftarFeeRule *local_bank = shipped_rule ("upwork-withdraw-local-bank");
  g_autoptr(DaftarRateTable) rates = daftar_rate_table_new ();
  /* 1 USD = 58,000 IRR; IRR has no decimals in ICU */
  DaftarExchangeRate usd_irr = { 0, 0, "USD", "IRR", G_GINT64_CONSTANT (5800000000000), DAFTAR_RATE_SOURCE_USER };

  usd_irr.day = daftar_test_day ("2025-01-01");
  daftar_rate_table_add (rates, &usd_irr);
  /* $0.99 = 57,420 IRR */
  g_assert_cmpint (apply (local_bank, NULL, 10000000, "IRR", rates), ==, 57420);
}

static void
test_percent_parse (void)
{
  static const struct
  {
    const char *text;
    gint32      ppm;
  } good[] = {
    { "15", 150000 },
    { "7.5", 75000 },
    { "0", 0 },
    { "100", 1000000 },
    { "0.0001", 1 },
    { "10%", 100000 },
    { " 12.5 % ", 125000 },
    { "۱۲٫۵", 125000 },
    { "١٥٪", 150000 },
  };
  static const char * const bad[] = {
    "", "%", "-1", "100.0001", "101", "0.00001", "abc", "1e2", "1,5", "15 percent", "12.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint32 ppm = -1;

      g_test_message ("%s", good[i].text);
      g_assert_true (daftar_percent_parse (good[i].text, &ppm, &error));
      g_assert_no_error (error);
      g_assert_cmpint (ppm, ==, good[i].ppm);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint32 ppm = -1;

      g_test_message ("%s", bad[i]);
      g_assert_false (daftar_percent_parse (bad[i], &ppm, &error));
      g_assert_error (error, DAFTAR_FEES_ERROR, DAFTAR_FEES_ERROR_PERCENT);
      g_assert_cmpint (ppm, ==, -1);
    }
}

static void
test_percent_format (void)
{
  static const struct
  {
    gint32      ppm;
    const char *text;
  } cases[] = {
    { 0, "0" }, { 1, "0.0001" }, { 75000, "7.5" }, { 100000, "10" }, { 35000, "3.5" },
    { 1000000, "100" }, { 123456, "12.3456" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = daftar_ppm_to_percent (cases[i].ppm);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  shipped = daftar_fee_rules_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/fees/flat", test_flat);
  g_test_add_func ("/fees/rounding", test_rounding);
  g_test_add_func ("/fees/per-contract", test_per_contract);
  g_test_add_func ("/fees/minimum", test_minimum);
  g_test_add_func ("/fees/minimum/other-currency", test_minimum_other_currency);
  g_test_add_func ("/fees/tiered", test_tiered);
  g_test_add_func ("/fees/tiered/lifetime", test_tiered_lifetime);
  g_test_add_func ("/fees/tiered/other-currency", test_tiered_other_currency);
  g_test_add_func ("/fees/withdrawal", test_withdrawal);
  g_test_add_func ("/fees/withdrawal/other-currency", test_withdrawal_other_currency);
  g_test_add_func ("/fees/percent/parse", test_percent_parse);
  g_test_add_func ("/fees/percent/format", test_percent_format);

  status = g_test_run ();
  daftar_fee_rules_free (shipped);
  return status;
}
