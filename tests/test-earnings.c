/* test-earnings.c — tests for daftar-earnings: worked examples from the sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-earnings"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "daftar-earnings.h"

static DaftarFeeRules *rules;

static DaftarDay
day (const char *iso)
{
  DaftarDay out = 0;

  g_assert_true (daftar_day_from_iso (iso, &out));
  return out;
}

static DaftarEarningsInput *
input_new (const char       *from,
           const char       *to,
           const char       *currency,
           DaftarEarningsBy  by)
{
  DaftarEarningsInput *input = daftar_earnings_input_new (day (from), day (to), currency, by);

  input->rules = rules;
  return input;
}

static void
add_project (DaftarEarningsInput *input,
             gint64               id,
             const char          *name,
             const char          *platform,
             DaftarPricing        pricing,
             const char          *currency,
             gint64               rate_minor)
{
  DaftarEarningsProject project = {
    .id = id,
    .name = (char *) name,
    .platform_key = (char *) platform,
    .platform_name = (char *) platform,
    .category = DAFTAR_CATEGORY_OTHER,
    .pricing = pricing,
    .rate_minor = rate_minor,
  };

  g_strlcpy (project.currency, currency, sizeof project.currency);
  daftar_earnings_input_add_project (input, &project);
}

static DaftarEarningsProject *
get_project (DaftarEarningsInput *input,
             gint64               id)
{
  for (guint i = 0; i < input->projects->len; i++)
    {
      DaftarEarningsProject *project = g_ptr_array_index (input->projects, i);

      if (project->id == id)
        return project;
    }

  g_assert_not_reached ();
}

static void
add_work (DaftarEarningsInput *input,
          gint64               project_id,
          const char          *iso,
          gint64               actual,
          gint64               paid,
          guint                tool_set)
{
  DaftarWorkRow row = {
    .project_id = project_id,
    .day = day (iso),
    .tool_set = tool_set,
    .n_sessions = 1,
    .actual_seconds = actual,
    .paid_seconds = paid,
  };

  daftar_earnings_input_add_work (input, &row);
}

static void
add_payment (DaftarEarningsInput *input,
             gint64               project_id,
             const char          *iso,
             gint64               amount,
             gint64               withdrawal_fee)
{
  DaftarPaymentRow row = { project_id, day (iso), amount, withdrawal_fee };

  daftar_earnings_input_add_payment (input, &row);
}

static void
add_rate (DaftarEarningsInput *input,
          const char          *iso,
          const char          *base,
          const char          *quote,
          gint64               rate_e8)
{
  DaftarExchangeRate rate = { .day = day (iso), .rate_e8 = rate_e8 };

  g_strlcpy (rate.base, base, sizeof rate.base);
  g_strlcpy (rate.quote, quote, sizeof rate.quote);
  daftar_rate_table_add (input->rates, &rate);
}

static DaftarEarningsReport *
compute (DaftarEarningsInput *input)
{
  g_autoptr(GError) error = NULL;
  DaftarEarningsReport *report = daftar_earnings_compute (input, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static const DaftarEarningsLine *
group (const DaftarEarningsReport *report,
       const char                 *key)
{
  for (guint i = 0; i < report->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (report->groups, i);

      if (g_str_equal (line->key, key))
        return line;
    }

  return NULL;
}

/* Every line's net is gross less the three costs. */
static void
assert_consistent (const DaftarEarningsLine *line)
{
  g_assert_cmpint (line->net_minor, ==, line->gross_minor - line->platform_fees_minor
                                        - line->withdrawal_fees_minor - line->tool_costs_minor);
}

/* Outlier advertised $40/h; 10 h worked were paid as 5.29 h: effective $21.16/h. */
static void
test_outlier (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;
  const DaftarEarningsLine *line;

  add_project (input, 1, "Outlier eval", "outlier", DAFTAR_PRICING_HOURLY, "USD", 4000);
  add_work (input, 1, "2025-03-21", 36000, 19044, 0);
  report = compute (input);

  line = report->totals;
  g_assert_cmpint (line->actual_seconds, ==, 36000);
  g_assert_cmpint (line->paid_seconds, ==, 19044);
  g_assert_cmpint (line->gross_minor, ==, 21160);
  g_assert_cmpint (line->platform_fees_minor, ==, 0);   /* Outlier publishes no fee rule */
  g_assert_cmpint (line->net_minor, ==, 21160);
  g_assert_true (line->has_nominal_rate);
  g_assert_cmpint (line->nominal_rate_minor, ==, 4000);
  g_assert_true (line->has_effective_rate);
  g_assert_cmpint (line->effective_rate_minor, ==, 2116);
  g_assert_cmpuint (report->groups->len, ==, 1);
  g_assert_cmpstr (((DaftarEarningsLine *) g_ptr_array_index (report->groups, 0))->key, ==, "1");
  g_assert_cmpstr (((DaftarEarningsLine *) g_ptr_array_index (report->groups, 0))->label, ==, "Outlier eval");
  g_assert_cmpuint (report->rules->len, ==, 0);
  g_assert_cmpuint (report->rates->len, ==, 0);
}

/* A Fiverr $100 order nets $80. */
static void
test_fiverr (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PLATFORM);
  g_autoptr(DaftarEarningsReport) report = NULL;

  add_project (input, 1, "Logo", "fiverr", DAFTAR_PRICING_FIXED, "USD", 0);
  add_payment (input, 1, "2025-03-25", 10000, 0);
  /* Hours on a fixed-price job don't make money themselves */
  add_work (input, 1, "2025-03-20", 7200, 7200, 0);
  report = compute (input);

  g_assert_cmpint (report->totals->gross_minor, ==, 10000);
  g_assert_cmpint (report->totals->platform_fees_minor, ==, 2000);
  g_assert_cmpint (report->totals->net_minor, ==, 8000);
  g_assert_cmpint (report->totals->effective_rate_minor, ==, 4000);
  g_assert_nonnull (group (report, "fiverr"));
  g_assert_cmpuint (report->rules->len, ==, 1);
  g_assert_cmpstr (((DaftarFeeRule *) g_ptr_array_index (report->rules, 0))->id, ==, "fiverr-seller-20");
}

/* A Freelancer.com $30 fixed job pays a $5 fee; hourly work there pays 10%. */
static void
test_freelancer (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;

  add_project (input, 1, "Small fix", "freelancer", DAFTAR_PRICING_FIXED, "USD", 0);
  add_project (input, 2, "Support", "freelancer", DAFTAR_PRICING_HOURLY, "USD", 2000);
  add_payment (input, 1, "2025-03-05", 3000, 0);
  add_work (input, 2, "2025-03-06", 3600, 3600, 0);
  report = compute (input);

  g_assert_cmpint (group (report, "1")->platform_fees_minor, ==, 500);
  g_assert_cmpint (group (report, "1")->net_minor, ==, 2500);
  g_assert_cmpint (group (report, "2")->platform_fees_minor, ==, 200);
  g_assert_cmpint (report->totals->platform_fees_minor, ==, 700);
}

/* PeoplePerHour: £300 to a new client crosses the £250 tier. */
static void
test_peopleperhour (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "GBP", DAFTAR_EARNINGS_BY_CLIENT);
  g_autoptr(DaftarEarningsReport) report = NULL;
  DaftarEarningsProject *project;

  add_project (input, 1, "Blog posts", "peopleperhour", DAFTAR_PRICING_FIXED, "GBP", 0);
  project = get_project (input, 1);
  project->client_id = 7;
  project->client = g_strdup ("Acme");
  add_payment (input, 1, "2025-03-10", 30000, 0);
  report = compute (input);

  g_assert_cmpint (report->totals->platform_fees_minor, ==, 5375);
  g_assert_cmpint (report->totals->net_minor, ==, 24625);
  g_assert_cmpstr (group (report, "Acme")->label, ==, "Acme");
}

/* Billings before the period move the client up the tiers, across projects. */
static void
test_peopleperhour_lifetime (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "GBP", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;

  add_project (input, 1, "First job", "peopleperhour", DAFTAR_PRICING_FIXED, "GBP", 0);
  add_project (input, 2, "Second job", "peopleperhour", DAFTAR_PRICING_HOURLY, "GBP", 2000);
  add_project (input, 3, "Other client", "peopleperhour", DAFTAR_PRICING_FIXED, "GBP", 0);
  get_project (input, 1)->client_id = 7;
  get_project (input, 2)->client_id = 7;
  get_project (input, 3)->client_id = 8;

  /* February, before the period: £200 with client 7 */
  add_payment (input, 1, "2025-02-10", 20000, 0);
  /* March: 5 h at £20 = £100 with client 7: £50 at 20% + £50 at 7.5% */
  add_work (input, 2, "2025-03-03", 18000, 18000, 0);
  /* …and £100 with a new client, all at 20% */
  add_payment (input, 3, "2025-03-04", 10000, 0);
  report = compute (input);

  g_assert_null (group (report, "1"));
  g_assert_cmpint (group (report, "2")->gross_minor, ==, 10000);
  g_assert_cmpint (group (report, "2")->platform_fees_minor, ==, 1375);
  g_assert_cmpint (group (report, "3")->platform_fees_minor, ==, 2000);
  g_assert_cmpint (report->totals->gross_minor, ==, 20000);
}

/* An Upwork contract at 15%, the default 10% before it is set, and the older rules. */
static void
test_upwork (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2023-01-01", "2025-12-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;
  DaftarEarningsProject *at_15;

  add_project (input, 1, "At 15%", "upwork", DAFTAR_PRICING_HOURLY, "USD", 5000);
  add_project (input, 2, "Not set", "upwork", DAFTAR_PRICING_HOURLY, "USD", 5000);
  add_project (input, 3, "Legacy 5%", "upwork", DAFTAR_PRICING_HOURLY, "USD", 5000);
  at_15 = get_project (input, 1);
  at_15->terms.has_contract_ppm = TRUE;
  at_15->terms.contract_ppm = 150000;
  get_project (input, 3)->has_override_ppm = TRUE;
  get_project (input, 3)->override_ppm = 50000;

  /* 10 h at $50 = $500 each, in June 2025 (per contract) */
  add_work (input, 1, "2025-06-02", 36000, 36000, 0);
  add_work (input, 2, "2025-06-02", 36000, 36000, 0);
  add_work (input, 3, "2025-06-02", 36000, 36000, 0);
  /* and 2 h of the 15% contract in June 2024, when the flat 10% applied */
  add_work (input, 1, "2024-06-03", 7200, 7200, 0);
  report = compute (input);

  g_assert_cmpint (group (report, "1")->gross_minor, ==, 60000);
  g_assert_cmpint (group (report, "1")->platform_fees_minor, ==, 7500 + 1000);
  g_assert_cmpint (group (report, "2")->platform_fees_minor, ==, 5000);
  g_assert_cmpint (group (report, "3")->platform_fees_minor, ==, 2500);
  g_assert_cmpuint (report->rules->len, ==, 2);
}

static void
test_upwork_contract_out_of_bounds (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-06-01", "2025-06-30", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  DaftarEarningsProject *project;

  add_project (input, 1, "At 20%", "upwork", DAFTAR_PRICING_HOURLY, "USD", 5000);
  project = get_project (input, 1);
  project->terms.has_contract_ppm = TRUE;
  project->terms.contract_ppm = 200000;
  add_work (input, 1, "2025-06-02", 3600, 3600, 0);

  report = daftar_earnings_compute (input, &error);
  g_assert_null (report);
  g_assert_error (error, DAFTAR_FEES_ERROR, DAFTAR_FEES_ERROR_CONTRACT_RATE);
  g_assert_nonnull (strstr (error->message, "At 20%"));
}

/* A $20 subscription shared 2 : 4 : 1 by hours with the tool adds up to $20 exactly. */
static void
test_ai_allocation (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;
  DaftarEarningsTool chatgpt = { 11, (char *) "ChatGPT", TRUE, { 2000, "USD" } };
  DaftarEarningsTool unused = { 12, (char *) "Midjourney", TRUE, { 3000, "USD" } };
  DaftarEarningsTool free_tool = { 13, (char *) "DeepL", FALSE, { 0, "" } };
  gint64 with_chatgpt[] = { 11 };
  gint64 with_both[] = { 13, 11 };
  guint set_chatgpt, set_both;

  daftar_earnings_input_add_tool (input, &chatgpt);
  daftar_earnings_input_add_tool (input, &unused);
  daftar_earnings_input_add_tool (input, &free_tool);
  set_chatgpt = daftar_earnings_input_intern_tool_set (input, with_chatgpt, 1);
  set_both = daftar_earnings_input_intern_tool_set (input, with_both, 2);
  g_assert_cmpuint (set_chatgpt, ==, 1);
  g_assert_cmpuint (daftar_earnings_input_intern_tool_set (input, with_chatgpt, 1), ==, set_chatgpt);

  add_project (input, 1, "A", "direct", DAFTAR_PRICING_HOURLY, "USD", 3000);
  add_project (input, 2, "B", "direct", DAFTAR_PRICING_HOURLY, "USD", 3000);
  add_project (input, 3, "C", "direct", DAFTAR_PRICING_HOURLY, "USD", 3000);
  add_work (input, 1, "2025-03-03", 7200, 7200, set_chatgpt);
  add_work (input, 2, "2025-03-04", 7200, 7200, set_chatgpt);
  add_work (input, 2, "2025-03-05", 7200, 7200, set_both);
  add_work (input, 3, "2025-03-06", 3600, 3600, set_both);
  /* without the tool: counts for nothing in the sharing */
  add_work (input, 3, "2025-03-07", 36000, 36000, 0);
  /* April's use is April's: not shared into March */
  add_work (input, 1, "2025-04-01", 3600, 3600, set_chatgpt);
  report = compute (input);

  /* 2000 × 2/7, 4/7, 1/7 = 571.4, 1142.9, 285.7 → 571, 1143, 286 */
  g_assert_cmpint (group (report, "1")->tool_costs_minor, ==, 571);
  g_assert_cmpint (group (report, "2")->tool_costs_minor, ==, 1143);
  g_assert_cmpint (group (report, "3")->tool_costs_minor, ==, 286);
  /* Midjourney was not used in March: no cost */
  g_assert_cmpint (report->totals->tool_costs_minor, ==, 2000);
  for (guint i = 0; i < report->groups->len; i++)
    assert_consistent (g_ptr_array_index (report->groups, i));
  assert_consistent (report->totals);
}

/* Part of a month gets the shares of its days; the days add up to the month. */
static void
test_ai_allocation_partial_month (void)
{
  DaftarEarningsTool tool = { 11, (char *) "Claude", TRUE, { 1000, "USD" } };
  gint64 ids[] = { 11 };
  gint64 halves[2];

  for (guint half = 0; half < 2; half++)
    {
      g_autoptr(DaftarEarningsInput) input = half == 0
        ? input_new ("2025-03-01", "2025-03-15", "USD", DAFTAR_EARNINGS_BY_PROJECT)
        : input_new ("2025-03-16", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
      g_autoptr(DaftarEarningsReport) report = NULL;
      guint set;

      daftar_earnings_input_add_tool (input, &tool);
      set = daftar_earnings_input_intern_tool_set (input, ids, 1);
      add_project (input, 1, "A", "direct", DAFTAR_PRICING_HOURLY, "USD", 3000);
      /* 1 h, 1 h, 1 h: $10 / 3 = 3.33…: 334, 333, 333 by largest remainder, earliest first */
      add_work (input, 1, "2025-03-10", 3600, 3600, set);
      add_work (input, 1, "2025-03-20", 3600, 3600, set);
      add_work (input, 1, "2025-03-30", 3600, 3600, set);
      report = compute (input);
      halves[half] = report->totals->tool_costs_minor;
    }

  g_assert_cmpint (halves[0], ==, 334);
  g_assert_cmpint (halves[1], ==, 666);
}

static void
test_largest_remainder (void)
{
  gint64 w1[] = { 1, 1, 1 };
  gint64 w2[] = { 2, 4, 1 };
  gint64 w3[] = { 0, 5, 0 };
  gint64 w4[] = { 0, 0 };
  gint64 w5[] = { 3, 3 };
  gint64 out[3];

  g_assert_true (daftar_allocate_largest_remainder (100, w1, 3, out));
  g_assert_cmpint (out[0], ==, 34);
  g_assert_cmpint (out[1], ==, 33);
  g_assert_cmpint (out[2], ==, 33);
  g_assert_true (daftar_allocate_largest_remainder (2000, w2, 3, out));
  g_assert_cmpint (out[0] + out[1] + out[2], ==, 2000);
  g_assert_cmpint (out[1], ==, 1143);
  g_assert_true (daftar_allocate_largest_remainder (7, w3, 3, out));
  g_assert_cmpint (out[0], ==, 0);
  g_assert_cmpint (out[1], ==, 7);
  g_assert_cmpint (out[2], ==, 0);
  g_assert_true (daftar_allocate_largest_remainder (0, w1, 3, out));
  g_assert_cmpint (out[0] + out[1] + out[2], ==, 0);
  g_assert_true (daftar_allocate_largest_remainder (1, w5, 2, out));
  g_assert_cmpint (out[0], ==, 1);
  g_assert_cmpint (out[1], ==, 0);
  g_assert_false (daftar_allocate_largest_remainder (5, w4, 2, out));
}

/* Each amount is converted with the rate of its own day, and the rates are listed. */
static void
test_currency (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;
  DaftarEarningsTool tool = { 11, (char *) "DeepL Pro", TRUE, { 1000, "EUR" } };
  gint64 ids[] = { 11 };
  guint set;

  daftar_earnings_input_add_tool (input, &tool);
  set = daftar_earnings_input_intern_tool_set (input, ids, 1);
  add_project (input, 1, "Übersetzung", "direct", DAFTAR_PRICING_HOURLY, "EUR", 5000);
  add_project (input, 2, "Logo", "fiverr", DAFTAR_PRICING_FIXED, "GBP", 0);
  add_rate (input, "2025-03-01", "EUR", "USD", 110000000);
  add_rate (input, "2025-03-15", "EUR", "USD", 120000000);
  /* quoted the other way round: 1 USD = 0.80 GBP */
  add_rate (input, "2025-02-01", "USD", "GBP", 80000000);

  /* €50 on the 10th at 1.10, €50 on the 20th at 1.20 */
  add_work (input, 1, "2025-03-10", 3600, 3600, set);
  add_work (input, 1, "2025-03-20", 3600, 3600, 0);
  /* £100 → $125, fee £20 → $25 */
  add_payment (input, 2, "2025-03-25", 10000, 0);
  report = compute (input);

  g_assert_cmpint (group (report, "1")->gross_minor, ==, 5500 + 6000);
  /* €10 of DeepL, first used on the 10th: $11 */
  g_assert_cmpint (group (report, "1")->tool_costs_minor, ==, 1100);
  g_assert_cmpint (group (report, "2")->gross_minor, ==, 12500);
  g_assert_cmpint (group (report, "2")->platform_fees_minor, ==, 2500);
  g_assert_cmpstr (report->currency, ==, "USD");

  g_assert_cmpuint (report->rates->len, ==, 3);
  {
    const DaftarEarningsRate *first = &g_array_index (report->rates, DaftarEarningsRate, 0);
    const DaftarEarningsRate *second = &g_array_index (report->rates, DaftarEarningsRate, 1);
    const DaftarEarningsRate *third = &g_array_index (report->rates, DaftarEarningsRate, 2);

    g_assert_cmpstr (first->use.rate.base, ==, "EUR");
    g_assert_cmpint (first->use.rate.day, ==, day ("2025-03-01"));
    g_assert_cmpuint (first->n_uses, ==, 2);   /* the gross and the subscription */
    g_assert_cmpint (second->use.rate.day, ==, day ("2025-03-15"));
    g_assert_cmpstr (third->use.rate.base, ==, "USD");
    g_assert_true (third->use.inverse);
  }
}

static void
test_currency_missing (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;
  g_autoptr(GError) error = NULL;

  add_project (input, 1, "Übersetzung", "direct", DAFTAR_PRICING_HOURLY, "EUR", 5000);
  add_rate (input, "2025-03-15", "EUR", "USD", 120000000);
  add_work (input, 1, "2025-03-10", 3600, 3600, 0);

  report = daftar_earnings_compute (input, &error);
  g_assert_null (report);
  g_assert_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "EUR to USD"));
  g_assert_nonnull (strstr (error->message, "2025-03-10"));
}

/* The first and last days are in; the days around them are not. */
static void
test_period_boundaries (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;

  add_project (input, 1, "A", "direct", DAFTAR_PRICING_HOURLY, "USD", 3600);
  add_project (input, 2, "Fixed", "direct", DAFTAR_PRICING_FIXED, "USD", 0);
  add_work (input, 1, "2025-02-28", 1000, 1000, 0);
  add_work (input, 1, "2025-03-01", 100, 100, 0);
  add_work (input, 1, "2025-03-31", 10, 10, 0);
  add_work (input, 1, "2025-04-01", 10000, 10000, 0);
  add_payment (input, 2, "2025-02-28", 100000, 0);
  add_payment (input, 2, "2025-03-31", 700, 0);
  add_payment (input, 2, "2025-04-01", 100000, 0);
  report = compute (input);

  g_assert_cmpint (report->totals->actual_seconds, ==, 110);
  g_assert_cmpint (report->totals->gross_minor, ==, 110 + 700);
  g_assert_cmpint (report->totals->n_sessions, ==, 2);
}

static void
test_withdrawals (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;

  add_project (input, 1, "Hourly", "upwork", DAFTAR_PRICING_HOURLY, "USD", 3000);
  add_project (input, 2, "Via Payoneer", "direct", DAFTAR_PRICING_FIXED, "USD", 0);
  get_project (input, 2)->withdrawal_rule = g_strdup ("payoneer-local-currency");

  add_work (input, 1, "2025-03-03", 36000, 36000, 0);
  /* The hourly project's payment is money already counted: only its fee matters */
  add_payment (input, 1, "2025-03-10", 30000, 99);
  /* Recorded without a fee: the project's withdrawal rule, 2% */
  add_payment (input, 2, "2025-03-11", 50000, 0);
  /* A fee typed on the payment wins */
  add_payment (input, 2, "2025-03-12", 50000, 300);
  report = compute (input);

  g_assert_cmpint (group (report, "1")->gross_minor, ==, 30000);
  g_assert_cmpint (group (report, "1")->withdrawal_fees_minor, ==, 99);
  g_assert_cmpint (group (report, "2")->gross_minor, ==, 100000);
  g_assert_cmpint (group (report, "2")->withdrawal_fees_minor, ==, 1000 + 300);
  assert_consistent (report->totals);
}

/* With AI vs without: sessions by their tools, payments by the project's hours. */
static void
test_by_ai (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_AI);
  g_autoptr(DaftarEarningsReport) report = NULL;
  DaftarEarningsTool tool = { 11, (char *) "ChatGPT", TRUE, { 2000, "USD" } };
  gint64 ids[] = { 11 };
  const DaftarEarningsLine *with, *without;
  guint set;

  daftar_earnings_input_add_tool (input, &tool);
  set = daftar_earnings_input_intern_tool_set (input, ids, 1);
  add_project (input, 1, "Hourly", "direct", DAFTAR_PRICING_HOURLY, "USD", 3000);
  add_project (input, 2, "Fixed", "fiverr", DAFTAR_PRICING_FIXED, "USD", 0);
  add_work (input, 1, "2025-03-03", 3600, 3600, set);
  add_work (input, 1, "2025-03-04", 7200, 7200, 0);
  /* The $300 order: 1 h with AI, 2 h without */
  add_work (input, 2, "2025-03-05", 3600, 3600, set);
  add_work (input, 2, "2025-03-06", 7200, 7200, 0);
  add_payment (input, 2, "2025-03-07", 30000, 0);
  report = compute (input);

  with = group (report, "with-ai");
  without = group (report, "without-ai");
  g_assert_cmpint (with->actual_seconds, ==, 7200);
  g_assert_cmpint (without->actual_seconds, ==, 14400);
  g_assert_cmpint (with->gross_minor, ==, 3000 + 10000);
  g_assert_cmpint (without->gross_minor, ==, 6000 + 20000);
  g_assert_cmpint (with->platform_fees_minor, ==, 2000);
  g_assert_cmpint (without->platform_fees_minor, ==, 4000);
  g_assert_cmpint (with->tool_costs_minor, ==, 2000);
  g_assert_cmpint (without->tool_costs_minor, ==, 0);
  /* A partition: the two add up to the totals */
  g_assert_cmpint (with->net_minor + without->net_minor, ==, report->totals->net_minor);
  g_assert_cmpint (with->gross_minor + without->gross_minor, ==, report->totals->gross_minor);
}

/* By tool, groups overlap: a session with two tools counts under both. */
static void
test_by_tool (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_TOOL);
  g_autoptr(DaftarEarningsReport) report = NULL;
  DaftarEarningsTool chatgpt = { 11, (char *) "ChatGPT", TRUE, { 2000, "USD" } };
  DaftarEarningsTool deepl = { 12, (char *) "DeepL", TRUE, { 1000, "USD" } };
  gint64 both[] = { 11, 12 };
  gint64 one[] = { 12 };

  daftar_earnings_input_add_tool (input, &chatgpt);
  daftar_earnings_input_add_tool (input, &deepl);
  add_project (input, 1, "Hourly", "direct", DAFTAR_PRICING_HOURLY, "USD", 3600);
  add_work (input, 1, "2025-03-03", 3600, 3600, daftar_earnings_input_intern_tool_set (input, both, 2));
  add_work (input, 1, "2025-03-04", 3600, 3600, daftar_earnings_input_intern_tool_set (input, one, 1));
  add_work (input, 1, "2025-03-05", 3600, 3600, 0);
  report = compute (input);

  g_assert_cmpint (group (report, "11")->actual_seconds, ==, 3600);
  g_assert_cmpstr (group (report, "11")->label, ==, "ChatGPT");
  g_assert_cmpint (group (report, "11")->id, ==, 11);
  g_assert_cmpint (group (report, "11")->tool_costs_minor, ==, 2000);
  g_assert_cmpint (group (report, "12")->actual_seconds, ==, 7200);
  g_assert_cmpint (group (report, "12")->tool_costs_minor, ==, 1000);
  g_assert_cmpint (group (report, "none")->actual_seconds, ==, 3600);
  g_assert_cmpint (group (report, "none")->tool_costs_minor, ==, 0);
  g_assert_cmpint (report->totals->actual_seconds, ==, 10800);
  g_assert_cmpint (report->totals->tool_costs_minor, ==, 3000);
}

static void
test_by_category_and_platform (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_CATEGORY);
  g_autoptr(DaftarEarningsReport) report = NULL;

  add_project (input, 1, "A", "direct", DAFTAR_PRICING_HOURLY, "USD", 3600);
  add_project (input, 2, "B", "direct", DAFTAR_PRICING_HOURLY, "USD", 7200);
  add_project (input, 3, "C", "direct", DAFTAR_PRICING_HOURLY, "USD", 3600);
  get_project (input, 1)->category = DAFTAR_CATEGORY_WRITING;
  get_project (input, 2)->category = DAFTAR_CATEGORY_WRITING;
  get_project (input, 3)->category = DAFTAR_CATEGORY_TRANSLATION;
  add_work (input, 1, "2025-03-03", 3600, 3600, 0);
  add_work (input, 2, "2025-03-03", 3600, 1800, 0);
  add_work (input, 3, "2025-03-03", 3600, 3600, 0);
  report = compute (input);

  g_assert_cmpuint (report->groups->len, ==, 2);
  g_assert_cmpint (group (report, "writing")->gross_minor, ==, 3600 + 3600);
  g_assert_cmpint (group (report, "writing")->effective_rate_minor, ==, 3600);
  g_assert_cmpint (group (report, "writing")->nominal_rate_minor, ==, 4800);
  g_assert_cmpint (group (report, "translation")->gross_minor, ==, 3600);
  /* highest net first */
  g_assert_cmpstr (((DaftarEarningsLine *) g_ptr_array_index (report->groups, 0))->key, ==, "writing");
}

/* Nothing at all: zero totals, no rates to divide by. */
static void
test_empty (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;

  add_project (input, 1, "Idle", "direct", DAFTAR_PRICING_HOURLY, "USD", 3600);
  report = compute (input);
  g_assert_cmpuint (report->groups->len, ==, 0);
  g_assert_cmpint (report->totals->net_minor, ==, 0);
  g_assert_false (report->totals->has_nominal_rate);
  g_assert_false (report->totals->has_effective_rate);
}

static void
test_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarEarningsInput) backwards = input_new ("2025-03-31", "2025-03-01", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsInput) orphan = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsInput) no_money = input_new ("2025-03-01", "2025-03-31", "XXX", DAFTAR_EARNINGS_BY_PROJECT);

  g_assert_null (daftar_earnings_compute (backwards, &error));
  g_assert_error (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_INPUT);
  g_clear_error (&error);

  add_work (orphan, 99, "2025-03-03", 3600, 3600, 0);
  g_assert_null (daftar_earnings_compute (orphan, &error));
  g_assert_error (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_INPUT);
  g_clear_error (&error);

  g_assert_null (daftar_earnings_compute (no_money, &error));
  g_assert_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  rules = daftar_fee_rules_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/earnings/outlier", test_outlier);
  g_test_add_func ("/earnings/fiverr", test_fiverr);
  g_test_add_func ("/earnings/freelancer", test_freelancer);
  g_test_add_func ("/earnings/peopleperhour", test_peopleperhour);
  g_test_add_func ("/earnings/peopleperhour/lifetime", test_peopleperhour_lifetime);
  g_test_add_func ("/earnings/upwork", test_upwork);
  g_test_add_func ("/earnings/upwork/out-of-bounds", test_upwork_contract_out_of_bounds);
  g_test_add_func ("/earnings/ai/allocation", test_ai_allocation);
  g_test_add_func ("/earnings/ai/partial-month", test_ai_allocation_partial_month);
  g_test_add_func ("/earnings/ai/largest-remainder", test_largest_remainder);
  g_test_add_func ("/earnings/currency", test_currency);
  g_test_add_func ("/earnings/currency/missing", test_currency_missing);
  g_test_add_func ("/earnings/period-boundaries", test_period_boundaries);
  g_test_add_func ("/earnings/withdrawals", test_withdrawals);
  g_test_add_func ("/earnings/by/ai", test_by_ai);
  g_test_add_func ("/earnings/by/tool", test_by_tool);
  g_test_add_func ("/earnings/by/category", test_by_category_and_platform);
  g_test_add_func ("/earnings/empty", test_empty);
  g_test_add_func ("/earnings/bad-input", test_bad_input);

  status = g_test_run ();
  daftar_fee_rules_free (rules);
  return status;
}
