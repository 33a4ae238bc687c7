/* test-earnings.c — tests for daftar-earnings: worked examples from the sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-earnings"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "daftar-earnings.h"
#include "daftar-earnings-missing.h"
#include "daftar-earnings-private.h"
#include "daftar-test-util.h"

static DaftarFeeRules *rules;

static DaftarEarningsInput *
input_new (const char       *from,
           const char       *to,
           const char       *currency,
           DaftarEarningsBy  by)
{
  DaftarEarningsInput *input = daftar_earnings_input_new (daftar_test_day (from), daftar_test_day (to), currency, by);

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
    .day = daftar_test_day (iso),
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
  DaftarPaymentRow row = { project_id, daftar_test_day (iso), amount, withdrawal_fee };

  daftar_earnings_input_add_payment (input, &row);
}

static void
add_rate (DaftarEarningsInput *input,
          const char          *iso,
          const char          *base,
          const char          *quote,
          gint64               rate_e8)
{
  DaftarExchangeRate rate = { .day = daftar_test_day (iso), .rate_e8 = rate_e8 };

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

/* Every line's net is gross less the four costs. */
static void
assert_consistent (const DaftarEarningsLine *line)
{
  g_assert_cmpint (line->net_minor, ==, line->gross_minor - line->platform_fees_minor
                                        - line->withdrawal_fees_minor - line->tool_costs_minor
                                        - line->platform_costs_minor);
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
  g_assert_cmpstr (report->query.currency, ==, "USD");

  g_assert_cmpuint (report->rates->len, ==, 3);
  {
    const DaftarEarningsRate *first = &g_array_index (report->rates, DaftarEarningsRate, 0);
    const DaftarEarningsRate *second = &g_array_index (report->rates, DaftarEarningsRate, 1);
    const DaftarEarningsRate *third = &g_array_index (report->rates, DaftarEarningsRate, 2);

    g_assert_cmpstr (first->use.rate.base, ==, "EUR");
    g_assert_cmpint (first->use.rate.day, ==, daftar_test_day ("2025-03-01"));
    g_assert_cmpuint (first->n_uses, ==, 2);   /* the gross and the subscription */
    g_assert_cmpint (second->use.rate.day, ==, daftar_test_day ("2025-03-15"));
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

/* The rate a report lacks, as data: the earliest amount without one (work or
 * payment), then an AI subscription from the period's first month. */
static void
test_currency_missing_as_data (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsInput) tools = input_new ("2025-03-05", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  DaftarEarningsTool subscription = { .id = 1, .name = (char *) "Copilot", .has_cost = TRUE,
                                      .monthly_cost = { .minor = 1000, .currency = "GBP" } };
  DaftarMissingRate missing;

  add_project (input, 1, "Übersetzung", "direct", DAFTAR_PRICING_HOURLY, "EUR", 5000);
  add_project (input, 2, "Logo", "direct", DAFTAR_PRICING_HOURLY, "GBP", 4000);
  add_project (input, 3, "Site", "direct", DAFTAR_PRICING_HOURLY, "USD", 4000);
  add_rate (input, "2025-03-15", "EUR", "USD", 120000000);
  add_work (input, 3, "2025-03-02", 3600, 3600, 0);
  add_work (input, 1, "2025-03-20", 3600, 3600, 0);
  add_work (input, 1, "2025-03-10", 3600, 3600, 0);
  add_payment (input, 2, "2025-03-12", 2000, 0);

  g_assert_true (daftar_earnings_find_missing_rate (input, &missing));
  g_assert_cmpstr (missing.base, ==, "EUR");
  g_assert_cmpstr (missing.quote, ==, "USD");
  g_assert_cmpint (missing.day, ==, daftar_test_day ("2025-03-10"));

  /* Every amount has its rate: the subscription is what lacks one. */
  add_project (tools, 1, "Übersetzung", "direct", DAFTAR_PRICING_HOURLY, "EUR", 5000);
  add_rate (tools, "2025-03-01", "EUR", "USD", 120000000);
  add_work (tools, 1, "2025-03-10", 3600, 3600, 0);
  g_assert_false (daftar_earnings_find_missing_rate (tools, &missing));
  daftar_earnings_input_add_tool (tools, &subscription);
  g_assert_true (daftar_earnings_find_missing_rate (tools, &missing));
  g_assert_cmpstr (missing.base, ==, "GBP");
  g_assert_cmpstr (missing.quote, ==, "USD");
  g_assert_cmpint (missing.day, ==, daftar_test_day ("2025-03-01"));
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

static void
add_cost (DaftarEarningsInput *input,
          gint64               project_id,
          DaftarCostKind       kind,
          const char          *iso,
          gint64               amount,
          const char          *currency)
{
  DaftarCostRow row = {
    .project_id = project_id,
    .platform_key = (char *) "upwork",
    .platform_name = (char *) "Upwork",
    .kind = kind,
    .day = daftar_test_day (iso),
    .amount_minor = amount,
  };

  g_strlcpy (row.currency, currency, sizeof row.currency);
  daftar_earnings_input_add_cost (input, &row);
}

/* A refund in euros, Connects of the project, a withdrawal fee of no project and a
 * membership after the period, on both bases. */
static void
fill_costs (DaftarEarningsInput *input)
{
  gint64 ids[] = { 11 };
  DaftarEarningsTool tool = { 11, (char *) "ChatGPT", FALSE, { 0, "" } };
  guint set;

  daftar_earnings_input_add_tool (input, &tool);
  set = daftar_earnings_input_intern_tool_set (input, ids, 1);
  add_project (input, 1, "Hourly", "direct", DAFTAR_PRICING_HOURLY, "USD", 3000);
  add_work (input, 1, "2025-03-03", 3600, 3600, set);
  add_work (input, 1, "2025-03-04", 7200, 7200, 0);
  add_rate (input, "2025-03-01", "EUR", "USD", 108000000);
  add_cost (input, 1, DAFTAR_COST_REFUND, "2025-03-10", 1000, "EUR");
  add_cost (input, 1, DAFTAR_COST_CONNECTS, "2025-03-11", 300, "USD");
  add_cost (input, 0, DAFTAR_COST_WITHDRAWAL, "2025-03-12", 100, "USD");
  add_cost (input, 0, DAFTAR_COST_MEMBERSHIP, "2025-04-01", 1999, "USD");
}

static void
test_costs (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_AI);
  g_autoptr(DaftarEarningsInput) paid = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) report = NULL;
  g_autoptr(DaftarEarningsReport) received = NULL;
  const DaftarEarningsLine *with, *without, *line;
  DaftarCostKind kind;

  g_assert_true (daftar_cost_kind_from_key ("membership", &kind));
  g_assert_cmpint (kind, ==, DAFTAR_COST_MEMBERSHIP);
  g_assert_false (daftar_cost_kind_from_key ("payout", &kind));

  /* Earned: $90 of work less a €10 refund at 1.08, Connects shared by hours with AI */
  fill_costs (input);
  report = compute (input);
  g_assert_cmpint (report->totals->gross_minor, ==, 9000 - 1080);
  g_assert_cmpint (report->totals->platform_fees_minor, ==, 0);
  g_assert_cmpint (report->totals->withdrawal_fees_minor, ==, 100);
  g_assert_cmpint (report->totals->platform_costs_minor, ==, 300);
  g_assert_cmpint (report->totals->net_minor, ==, 7920 - 100 - 300);
  g_assert_cmpuint (report->rates->len, ==, 1);
  with = group (report, "with-ai");
  without = group (report, "without-ai");
  g_assert_cmpint (with->gross_minor, ==, 3000 - 360);
  g_assert_cmpint (without->gross_minor, ==, 6000 - 720);
  g_assert_cmpint (with->platform_costs_minor, ==, 100);
  g_assert_cmpint (without->platform_costs_minor, ==, 200);
  g_assert_cmpint (with->withdrawal_fees_minor, ==, 0);
  g_assert_cmpint (without->withdrawal_fees_minor, ==, 100);
  g_assert_cmpint (with->net_minor + without->net_minor, ==, report->totals->net_minor);
  assert_consistent (report->totals);
  assert_consistent (with);
  assert_consistent (without);

  /* Received: no payments, so the costs alone; the one of no project on its own line */
  paid->query.basis = DAFTAR_EARNINGS_BASIS_PAID;
  fill_costs (paid);
  received = compute (paid);
  g_assert_cmpint (received->totals->gross_minor, ==, -1080);
  g_assert_cmpint (received->totals->net_minor, ==, -1080 - 100 - 300);
  g_assert_cmpuint (received->groups->len, ==, 2);
  line = group (received, "1");
  g_assert_cmpint (line->gross_minor, ==, -1080);
  g_assert_cmpint (line->platform_costs_minor, ==, 300);
  g_assert_cmpint (line->withdrawal_fees_minor, ==, 0);
  line = group (received, "none");
  g_assert_cmpint (line->id, ==, 0);
  g_assert_cmpint (line->withdrawal_fees_minor, ==, 100);
  g_assert_cmpint (line->net_minor, ==, -100);
  assert_consistent (received->totals);
}

/* A cost in a currency without a rate stops the report, and is named as data. */
static void
test_costs_missing_rate (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(GError) error = NULL;
  DaftarMissingRate missing;

  add_project (input, 1, "Hourly", "direct", DAFTAR_PRICING_HOURLY, "USD", 3000);
  add_cost (input, 0, DAFTAR_COST_CONNECTS, "2025-03-20", 500, "GBP");
  add_cost (input, 1, DAFTAR_COST_REFUND, "2025-03-10", 1000, "EUR");
  add_cost (input, 1, DAFTAR_COST_REFUND, "2025-02-10", 1000, "CHF");
  g_assert_null (daftar_earnings_compute (input, &error));
  g_assert_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING);
  g_assert_true (daftar_earnings_find_missing_rate (input, &missing));
  g_assert_cmpstr (missing.base, ==, "EUR");
  g_assert_cmpstr (missing.quote, ==, "USD");
  g_assert_cmpint (missing.day, ==, daftar_test_day ("2025-03-10"));
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

/* Work and paid basis */

static DaftarEarningsReport *
compute_on (DaftarEarningsInput *input,
            const char          *from,
            const char          *to,
            DaftarEarningsBasis  basis)
{
  DaftarEarningsInput view = *input;

  /* A shallow copy: the rows stay the input's */
  view.query.from = daftar_test_day (from);
  view.query.to = daftar_test_day (to);
  view.query.basis = basis;
  return compute (&view);
}

#define WORK DAFTAR_EARNINGS_BASIS_WORK
#define PAID DAFTAR_EARNINGS_BASIS_PAID

static void
test_basis_keys (void)
{
  DaftarEarningsBasis basis = PAID;

  g_assert_cmpstr (daftar_earnings_basis_to_key (WORK), ==, "work");
  g_assert_cmpstr (daftar_earnings_basis_to_key (PAID), ==, "paid");
  g_assert_true (daftar_earnings_basis_from_key ("work", &basis));
  g_assert_cmpint (basis, ==, WORK);
  g_assert_true (daftar_earnings_basis_from_key ("paid", &basis));
  g_assert_cmpint (basis, ==, PAID);
  g_assert_false (daftar_earnings_basis_from_key ("cash", &basis));
  g_assert_false (daftar_earnings_basis_from_key (NULL, &basis));
  g_assert_cmpint (basis, ==, PAID);
}

/* A $300 Fiverr milestone paid on Dec 1 for 8 h of November's work is November's
 * on the work basis and December's on the paid basis. */
static void
test_basis_milestone (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-11-01", "2025-11-30", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) nov = NULL;
  g_autoptr(DaftarEarningsReport) dec = NULL;
  g_autoptr(DaftarEarningsReport) day10 = NULL;
  g_autoptr(DaftarEarningsReport) day12 = NULL;
  g_autoptr(DaftarEarningsReport) paid_nov = NULL;
  g_autoptr(DaftarEarningsReport) paid_dec = NULL;

  add_project (input, 1, "Logo", "fiverr", DAFTAR_PRICING_FIXED, "USD", 0);
  add_work (input, 1, "2025-11-10", 3 * 3600, 3 * 3600, 0);
  add_work (input, 1, "2025-11-12", 5 * 3600, 5 * 3600, 0);
  add_payment (input, 1, "2025-12-01", 30000, 100);

  nov = compute_on (input, "2025-11-01", "2025-11-30", WORK);
  g_assert_cmpint (nov->query.basis, ==, WORK);
  g_assert_cmpint (nov->totals->gross_minor, ==, 30000);
  g_assert_cmpint (nov->totals->platform_fees_minor, ==, 6000);
  g_assert_cmpint (nov->totals->withdrawal_fees_minor, ==, 100);
  g_assert_cmpint (nov->totals->net_minor, ==, 23900);
  g_assert_cmpint (nov->totals->actual_seconds, ==, 8 * 3600);
  g_assert_cmpint (nov->totals->effective_rate_minor, ==, 2988);   /* 239 / 8 = 29.875 */

  dec = compute_on (input, "2025-12-01", "2025-12-31", WORK);
  g_assert_cmpint (dec->totals->gross_minor, ==, 0);
  g_assert_cmpint (dec->totals->platform_fees_minor, ==, 0);
  g_assert_cmpint (dec->totals->withdrawal_fees_minor, ==, 0);
  g_assert_cmpint (dec->totals->net_minor, ==, 0);

  /* Each day gets its hours' share; the shares add up to the payment exactly, the
   * odd cent of the fee going to the earlier of two equal remainders. */
  day10 = compute_on (input, "2025-11-10", "2025-11-10", WORK);
  day12 = compute_on (input, "2025-11-12", "2025-11-12", WORK);
  g_assert_cmpint (day10->totals->gross_minor, ==, 11250);
  g_assert_cmpint (day12->totals->gross_minor, ==, 18750);
  g_assert_cmpint (day10->totals->platform_fees_minor, ==, 2250);
  g_assert_cmpint (day12->totals->platform_fees_minor, ==, 3750);
  g_assert_cmpint (day10->totals->withdrawal_fees_minor, ==, 38);
  g_assert_cmpint (day12->totals->withdrawal_fees_minor, ==, 62);

  paid_nov = compute_on (input, "2025-11-01", "2025-11-30", PAID);
  g_assert_cmpint (paid_nov->query.basis, ==, PAID);
  g_assert_cmpint (paid_nov->totals->gross_minor, ==, 0);
  g_assert_cmpint (paid_nov->totals->net_minor, ==, 0);
  g_assert_cmpint (paid_nov->totals->actual_seconds, ==, 8 * 3600);
  paid_dec = compute_on (input, "2025-12-01", "2025-12-31", PAID);
  g_assert_cmpint (paid_dec->totals->gross_minor, ==, 30000);
  g_assert_cmpint (paid_dec->totals->platform_fees_minor, ==, 6000);
  g_assert_cmpint (paid_dec->totals->withdrawal_fees_minor, ==, 100);
  g_assert_cmpint (paid_dec->totals->net_minor, ==, 23900);
  g_assert_cmpint (paid_dec->totals->actual_seconds, ==, 0);
  g_assert_false (paid_dec->totals->has_effective_rate);
}

/* An advance covers the sessions after it, until the next payment; a payment with no
 * uncovered work before it is an advance too. */
static void
test_basis_advance (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) march = NULL;
  g_autoptr(DaftarEarningsReport) april = NULL;
  g_autoptr(DaftarEarningsReport) day3 = NULL;
  g_autoptr(DaftarEarningsReport) paid_march = NULL;
  g_autoptr(DaftarEarningsReport) paid_april = NULL;

  add_project (input, 1, "Site", "direct", DAFTAR_PRICING_FIXED, "USD", 0);
  add_payment (input, 1, "2025-03-01", 50000, 0);
  add_work (input, 1, "2025-03-03", 2 * 3600, 2 * 3600, 0);
  add_work (input, 1, "2025-03-10", 3 * 3600, 3 * 3600, 0);
  add_payment (input, 1, "2025-03-20", 40000, 0);
  add_work (input, 1, "2025-04-02", 5 * 3600, 5 * 3600, 0);

  march = compute_on (input, "2025-03-01", "2025-03-31", WORK);
  g_assert_cmpint (march->totals->gross_minor, ==, 50000);
  g_assert_cmpint (march->totals->effective_rate_minor, ==, 10000);
  day3 = compute_on (input, "2025-03-03", "2025-03-03", WORK);
  g_assert_cmpint (day3->totals->gross_minor, ==, 20000);
  april = compute_on (input, "2025-04-01", "2025-04-30", WORK);
  g_assert_cmpint (april->totals->gross_minor, ==, 40000);
  g_assert_cmpint (april->totals->effective_rate_minor, ==, 8000);

  paid_march = compute_on (input, "2025-03-01", "2025-03-31", PAID);
  g_assert_cmpint (paid_march->totals->gross_minor, ==, 90000);
  paid_april = compute_on (input, "2025-04-01", "2025-04-30", PAID);
  g_assert_cmpint (paid_april->totals->gross_minor, ==, 0);
}

/* Two milestones: each pays for the work since the one before. */
static void
test_basis_two_milestones (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-02-01", "2025-02-28", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) first = NULL;
  g_autoptr(DaftarEarningsReport) second = NULL;
  g_autoptr(DaftarEarningsReport) between = NULL;
  g_autoptr(DaftarEarningsReport) last = NULL;

  add_project (input, 1, "App", "direct", DAFTAR_PRICING_FIXED, "USD", 0);
  add_work (input, 1, "2025-02-01", 3600, 3600, 0);
  add_work (input, 1, "2025-02-02", 2 * 3600, 2 * 3600, 0);
  /* Same-day work counts before the payment of that day */
  add_work (input, 1, "2025-02-03", 3600, 3600, 0);
  add_payment (input, 1, "2025-02-03", 10000, 0);
  add_work (input, 1, "2025-02-04", 3600, 3600, 0);
  add_payment (input, 1, "2025-02-10", 7000, 0);

  /* 100.00 over 1 h, 2 h, 1 h: 25.00, 50.00, 25.00 */
  first = compute_on (input, "2025-02-01", "2025-02-01", WORK);
  g_assert_cmpint (first->totals->gross_minor, ==, 2500);
  second = compute_on (input, "2025-02-02", "2025-02-03", WORK);
  g_assert_cmpint (second->totals->gross_minor, ==, 7500);
  between = compute_on (input, "2025-02-04", "2025-02-09", WORK);
  g_assert_cmpint (between->totals->gross_minor, ==, 7000);
  last = compute_on (input, "2025-02-10", "2025-02-28", WORK);
  g_assert_cmpint (last->totals->gross_minor, ==, 0);
}

/* Thirds of a cent: the shares still add up to the payment. */
static void
test_basis_remainders (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-02-01", "2025-02-28", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  gint64 sum = 0;

  add_project (input, 1, "App", "direct", DAFTAR_PRICING_FIXED, "USD", 0);
  add_work (input, 1, "2025-02-01", 3600, 3600, 0);
  add_work (input, 1, "2025-02-02", 3600, 3600, 0);
  add_work (input, 1, "2025-02-03", 3600, 3600, 0);
  add_payment (input, 1, "2025-02-05", 10000, 0);

  for (guint d = 1; d <= 3; d++)
    {
      g_autofree char *iso = g_strdup_printf ("2025-02-%02u", d);
      g_autoptr(DaftarEarningsReport) report = compute_on (input, iso, iso, WORK);

      g_assert_cmpint (report->totals->gross_minor, ==, d == 1 ? 3334 : 3333);
      sum += report->totals->gross_minor;
    }
  g_assert_cmpint (sum, ==, 10000);
}

/* A payment with no sessions at all counts on its own day, with no hours. */
static void
test_basis_no_sessions (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);

  add_project (input, 1, "Quick job", "direct", DAFTAR_PRICING_FIXED, "USD", 0);
  add_payment (input, 1, "2025-03-05", 20000, 0);

  for (DaftarEarningsBasis basis = WORK; basis <= PAID; basis++)
    {
      g_autoptr(DaftarEarningsReport) march = compute_on (input, "2025-03-01", "2025-03-31", basis);
      g_autoptr(DaftarEarningsReport) april = compute_on (input, "2025-04-01", "2025-04-30", basis);

      g_assert_cmpint (march->totals->gross_minor, ==, 20000);
      g_assert_cmpint (march->totals->net_minor, ==, 20000);
      g_assert_cmpint (march->totals->actual_seconds, ==, 0);
      g_assert_false (march->totals->has_effective_rate);
      g_assert_cmpint (april->totals->gross_minor, ==, 0);
    }
}

/* With and without AI: on the work basis the milestone follows its sessions into
 * November; on the paid basis it is December's, split by the sessions it paid for. */
static void
test_basis_by_ai (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-11-01", "2025-11-30", "USD", DAFTAR_EARNINGS_BY_AI);
  const gint64 chatgpt = 7;
  g_autoptr(DaftarEarningsReport) nov = NULL;
  g_autoptr(DaftarEarningsReport) dec = NULL;
  g_autoptr(DaftarEarningsReport) paid_nov = NULL;
  g_autoptr(DaftarEarningsReport) paid_dec = NULL;
  guint with_ai = daftar_earnings_input_intern_tool_set (input, &chatgpt, 1);

  add_project (input, 1, "Logo", "fiverr", DAFTAR_PRICING_FIXED, "USD", 0);
  add_project (input, 2, "Evals", "outlier", DAFTAR_PRICING_HOURLY, "USD", 2000);
  add_work (input, 1, "2025-11-10", 3 * 3600, 3 * 3600, with_ai);
  add_work (input, 1, "2025-11-12", 5 * 3600, 5 * 3600, 0);
  add_payment (input, 1, "2025-12-01", 30000, 0);
  add_work (input, 2, "2025-12-02", 2 * 3600, 2 * 3600, 0);
  add_payment (input, 2, "2025-12-05", 4000, 0);

  nov = compute_on (input, "2025-11-01", "2025-11-30", WORK);
  g_assert_cmpint (group (nov, "with-ai")->gross_minor, ==, 11250);
  g_assert_cmpint (group (nov, "with-ai")->net_minor, ==, 9000);
  g_assert_cmpint (group (nov, "with-ai")->effective_rate_minor, ==, 3000);
  g_assert_cmpint (group (nov, "without-ai")->gross_minor, ==, 18750);
  g_assert_cmpint (group (nov, "without-ai")->net_minor, ==, 15000);
  g_assert_cmpint (group (nov, "without-ai")->effective_rate_minor, ==, 3000);

  dec = compute_on (input, "2025-12-01", "2025-12-31", WORK);
  g_assert_null (group (dec, "with-ai"));
  g_assert_cmpint (group (dec, "without-ai")->gross_minor, ==, 4000);
  g_assert_cmpint (group (dec, "without-ai")->effective_rate_minor, ==, 2000);
  g_assert_cmpint (dec->totals->gross_minor, ==, 4000);

  paid_nov = compute_on (input, "2025-11-01", "2025-11-30", PAID);
  g_assert_cmpint (paid_nov->totals->gross_minor, ==, 0);
  g_assert_cmpint (group (paid_nov, "with-ai")->gross_minor, ==, 0);
  g_assert_cmpint (group (paid_nov, "with-ai")->actual_seconds, ==, 3 * 3600);

  paid_dec = compute_on (input, "2025-12-01", "2025-12-31", PAID);
  g_assert_cmpint (group (paid_dec, "with-ai")->gross_minor, ==, 11250);
  g_assert_cmpint (group (paid_dec, "with-ai")->platform_fees_minor, ==, 2250);
  g_assert_cmpint (group (paid_dec, "without-ai")->gross_minor, ==, 18750 + 4000);
  g_assert_cmpint (group (paid_dec, "without-ai")->platform_fees_minor, ==, 3750);
  g_assert_cmpint (paid_dec->totals->gross_minor, ==, 34000);
  g_assert_cmpint (paid_dec->totals->net_minor, ==, 28000);
}

/* On the paid basis an hourly payout is the money: its platform fee is the one
 * recorded, else the rule's; the sessions give only hours. */
static void
test_basis_paid_hourly (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_autoptr(DaftarEarningsReport) work = NULL;
  g_autoptr(DaftarEarningsReport) paid = NULL;
  DaftarPaymentRow recorded = {
    .project_id = 2, .day = daftar_test_day ("2025-03-21"), .amount_minor = 10000,
    .has_platform_fee = TRUE, .platform_fee_minor = 700,
  };

  add_project (input, 1, "Support", "freelancer", DAFTAR_PRICING_HOURLY, "USD", 2000);
  add_project (input, 2, "Support 2", "freelancer", DAFTAR_PRICING_HOURLY, "USD", 2000);
  add_work (input, 1, "2025-02-27", 5 * 3600, 5 * 3600, 0);
  add_work (input, 1, "2025-03-03", 3600, 3600, 0);
  add_payment (input, 1, "2025-03-20", 10000, 50);
  daftar_earnings_input_add_payment (input, &recorded);

  work = compute_on (input, "2025-03-01", "2025-03-31", WORK);
  g_assert_cmpint (group (work, "1")->gross_minor, ==, 2000);
  g_assert_cmpint (group (work, "1")->platform_fees_minor, ==, 200);
  g_assert_cmpint (group (work, "1")->withdrawal_fees_minor, ==, 50);
  g_assert_null (group (work, "2"));   /* a payout alone is money already counted */

  paid = compute_on (input, "2025-03-01", "2025-03-31", PAID);
  g_assert_cmpint (group (paid, "1")->gross_minor, ==, 10000);
  g_assert_cmpint (group (paid, "1")->platform_fees_minor, ==, 1000);   /* 10% by rule */
  g_assert_cmpint (group (paid, "1")->withdrawal_fees_minor, ==, 50);
  g_assert_cmpint (group (paid, "1")->actual_seconds, ==, 3600);
  g_assert_cmpint (group (paid, "2")->gross_minor, ==, 10000);
  g_assert_cmpint (group (paid, "2")->platform_fees_minor, ==, 700);    /* as charged */
  assert_consistent (paid->totals);

  /* The fee charged beside the rule's 10% for the same payment, on either basis; the
   * payment without a charged fee is in neither. */
  g_assert_cmpuint (paid->n_fees_charged, ==, 1);
  g_assert_cmpint (paid->fees_charged_minor, ==, 700);
  g_assert_cmpint (paid->fees_predicted_minor, ==, 1000);
  g_assert_cmpuint (work->n_fees_charged, ==, 1);
  g_assert_cmpint (work->fees_charged_minor, ==, 700);
  g_assert_cmpint (work->fees_predicted_minor, ==, 1000);
}

/* Awaiting payment: the agreed price less what came, once work is logged; beside net. */
static void
test_basis_awaiting (void)
{
  g_autoptr(DaftarEarningsInput) input = input_new ("2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);

  add_project (input, 1, "Site", "direct", DAFTAR_PRICING_FIXED, "USD", 0);
  add_project (input, 2, "Paid up", "direct", DAFTAR_PRICING_FIXED, "USD", 0);
  add_project (input, 3, "Not started", "direct", DAFTAR_PRICING_FIXED, "USD", 0);
  add_project (input, 4, "Euro site", "direct", DAFTAR_PRICING_FIXED, "EUR", 0);
  for (gint64 id = 1; id <= 4; id++)
    {
      get_project (input, id)->has_price = TRUE;
      get_project (input, id)->price_minor = 100000;
    }
  add_rate (input, "2025-02-01", "EUR", "USD", 110000000);
  add_work (input, 1, "2025-03-02", 3600, 3600, 0);
  add_payment (input, 1, "2025-03-10", 30000, 0);
  add_payment (input, 1, "2025-04-10", 20000, 0);
  add_work (input, 2, "2025-03-02", 3600, 3600, 0);
  add_payment (input, 2, "2025-03-10", 100000, 0);
  add_payment (input, 3, "2025-03-01", 10000, 0);
  add_work (input, 4, "2025-02-20", 3600, 3600, 0);

  for (DaftarEarningsBasis basis = WORK; basis <= PAID; basis++)
    {
      g_autoptr(DaftarEarningsReport) march = compute_on (input, "2025-03-01", "2025-03-31", basis);
      g_autoptr(DaftarEarningsReport) april = compute_on (input, "2025-04-01", "2025-04-30", basis);
      g_autoptr(DaftarEarningsReport) feb = compute_on (input, "2025-02-01", "2025-02-28", basis);

      g_assert_cmpint (group (march, "1")->awaiting_minor, ==, 70000);
      g_assert_cmpint (group (march, "1")->net_minor, ==, 30000);
      g_assert_cmpint (group (march, "2")->awaiting_minor, ==, 0);
      g_assert_cmpint (group (march, "3")->awaiting_minor, ==, 0);
      g_assert_cmpint (group (march, "4")->awaiting_minor, ==, 110000);
      g_assert_cmpint (march->totals->awaiting_minor, ==, 180000);
      g_assert_cmpint (march->totals->net_minor, ==, 140000);
      assert_consistent (march->totals);
      g_assert_cmpint (april->totals->awaiting_minor, ==, 50000 + 110000);
      /* In February only the euro site had work, and nothing came yet */
      g_assert_cmpint (feb->totals->awaiting_minor, ==, 0 + 110000);
    }
}

/* The groups work with some AI tools counts in: each tool's by tool, “with AI” by AI,
 * the one group otherwise; no tool is group 0 either way. */
static void
test_tools_dims (void)
{
  const gint64 tools[] = { 7, 3, 9 };
  gint64 dims[2] = { -1, -1 };

  g_assert_cmpuint (daftar_earnings_tools_dims (DAFTAR_EARNINGS_BY_TOOL, tools, 3, dims, 2), ==, 2);
  g_assert_cmpint (dims[0], ==, 7);
  g_assert_cmpint (dims[1], ==, 3);
  g_assert_cmpuint (daftar_earnings_tools_dims (DAFTAR_EARNINGS_BY_TOOL, tools, 0, dims, 2), ==, 1);
  g_assert_cmpint (dims[0], ==, 0);

  g_assert_cmpuint (daftar_earnings_tools_dims (DAFTAR_EARNINGS_BY_AI, tools, 1, dims, 2), ==, 1);
  g_assert_cmpint (dims[0], ==, 1);
  g_assert_cmpuint (daftar_earnings_tools_dims (DAFTAR_EARNINGS_BY_AI, tools, 0, dims, 2), ==, 1);
  g_assert_cmpint (dims[0], ==, 0);

  dims[0] = -1;
  g_assert_cmpuint (daftar_earnings_tools_dims (DAFTAR_EARNINGS_BY_PLATFORM, tools, 3, dims, 2), ==, 1);
  g_assert_cmpint (dims[0], ==, 0);
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
  g_test_add_func ("/earnings/currency/missing-as-data", test_currency_missing_as_data);
  g_test_add_func ("/earnings/period-boundaries", test_period_boundaries);
  g_test_add_func ("/earnings/withdrawals", test_withdrawals);
  g_test_add_func ("/earnings/by/ai", test_by_ai);
  g_test_add_func ("/earnings/costs", test_costs);
  g_test_add_func ("/earnings/costs/missing-rate", test_costs_missing_rate);
  g_test_add_func ("/earnings/by/tool", test_by_tool);
  g_test_add_func ("/earnings/by/category", test_by_category_and_platform);
  g_test_add_func ("/earnings/empty", test_empty);
  g_test_add_func ("/earnings/bad-input", test_bad_input);
  g_test_add_func ("/earnings/basis/keys", test_basis_keys);
  g_test_add_func ("/earnings/basis/milestone", test_basis_milestone);
  g_test_add_func ("/earnings/basis/advance", test_basis_advance);
  g_test_add_func ("/earnings/basis/two-milestones", test_basis_two_milestones);
  g_test_add_func ("/earnings/basis/remainders", test_basis_remainders);
  g_test_add_func ("/earnings/basis/no-sessions", test_basis_no_sessions);
  g_test_add_func ("/earnings/basis/by-ai", test_basis_by_ai);
  g_test_add_func ("/earnings/basis/paid-hourly", test_basis_paid_hourly);
  g_test_add_func ("/earnings/basis/awaiting", test_basis_awaiting);
  g_test_add_func ("/earnings/tools-dims", test_tools_dims);

  status = g_test_run ();
  daftar_fee_rules_free (rules);
  return status;
}
