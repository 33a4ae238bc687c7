/* test-fee-rules.c — tests for daftar-fee-rules: the shipped data, and bad data refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-fee-rules"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "daftar-fee-rules.h"
#include "daftar-test-util.h"

/* A valid rule; the cases below change one thing in it. */
#define FLAT_RULE \
  "{ \"id\": \"test-flat\", \"platform\": \"fiverr\", \"applies_to\": [\"hourly\", \"fixed\"]," \
  "  \"shape\": \"flat\", \"parameters\": { \"rate_ppm\": 200000 }," \
  "  \"effective_from\": \"2020-01-01\", \"effective_to\": null," \
  "  \"source\": { \"publisher\": \"Wise\", \"title\": \"Fiverr\", \"url\": \"https://wise.com/x\" }," \
  "  \"confidence\": \"medium\", \"note\": \"A note.\" }"

#define TIERED_RULE \
  "{ \"id\": \"test-tiers\", \"platform\": \"peopleperhour\", \"applies_to\": [\"fixed\"]," \
  "  \"shape\": \"tiered\", \"parameters\": { \"basis\": \"client-lifetime-billings\"," \
  "    \"currency\": \"GBP\", \"tiers\": [ { \"up_to\": \"250.00\", \"rate_ppm\": 200000 }," \
  "      { \"up_to\": \"5000.00\", \"rate_ppm\": 75000 }, { \"up_to\": null, \"rate_ppm\": 35000 } ] }," \
  "  \"effective_from\": \"2018-07-01\", \"effective_to\": null," \
  "  \"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/\" }," \
  "  \"confidence\": \"medium-low\" }"

#define MINIMUM_RULE \
  "{ \"id\": \"test-minimum\", \"platform\": \"freelancer\", \"applies_to\": [\"fixed\"]," \
  "  \"shape\": \"minimum\", \"parameters\": { \"rate_ppm\": 100000," \
  "    \"minimum\": { \"amount\": \"5.00\", \"currency\": \"USD\" } }," \
  "  \"effective_from\": null, \"effective_to\": null," \
  "  \"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/\" }," \
  "  \"confidence\": \"medium\" }"

#define CONTRACT_RULE \
  "{ \"id\": \"test-contract\", \"platform\": \"upwork\", \"applies_to\": [\"hourly\"]," \
  "  \"shape\": \"per-contract\", \"parameters\": { \"min_ppm\": 0, \"max_ppm\": 150000, \"default_ppm\": 100000 }," \
  "  \"effective_from\": \"2025-05-01\", \"effective_to\": null," \
  "  \"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/\" }," \
  "  \"confidence\": \"medium\" }"

#define WITHDRAWAL_RULE \
  "{ \"id\": \"test-withdrawal\", \"platform\": \"payoneer\", \"method\": \"local-currency\"," \
  "  \"shape\": \"withdrawal\", \"parameters\": { \"flat\": { \"amount\": \"1.50\", \"currency\": \"USD\" }," \
  "    \"fx_ppm\": 20000 }," \
  "  \"effective_from\": null, \"effective_to\": null," \
  "  \"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/\" }," \
  "  \"confidence\": \"low\" }"

static DaftarFeeRules *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return daftar_fee_rules_load_bytes (bytes, NULL, error);
}

static char *
file_with (const char *rules)
{
  return g_strdup_printf ("{ \"schema\": 1, \"rules\": [ %s ] }", rules);
}

static const char *
find_id (const DaftarFeeRules *rules,
         const char           *platform,
         DaftarPricing         pricing,
         const char           *iso)
{
  const DaftarFeeRule *rule = daftar_fee_rules_find (rules, platform, pricing, daftar_test_day (iso));

  return rule ? rule->id : NULL;
}

static void
test_shipped_loads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_load_default (&error);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_withdrawal = 0;

  g_assert_no_error (error);
  g_assert_nonnull (rules);
  g_assert_cmpuint (rules->rules->len, >=, 16);
  g_assert_cmpstr (rules->compiled, ==, "2026-11-22");

  for (guint i = 0; i < rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (rules->rules, i);

      g_assert_true (g_hash_table_add (ids, rule->id));
      g_assert_true (g_str_has_prefix (rule->source_url, "https://"));
      g_assert_cmpuint (strlen (rule->source_publisher), >, 0);
      g_assert_cmpuint (strlen (rule->source_title), >, 0);
      if (rule->shape == DAFTAR_FEE_SHAPE_WITHDRAWAL)
        n_withdrawal++;
      else
        g_assert_cmpuint (rule->pricings, !=, 0);
    }

  g_assert_cmpuint (n_withdrawal, >=, 3);
}

/* market-facts.md §3, as the shipped rules answer it */
static void
test_shipped_figures (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_load_default (&error);
  const DaftarFeeRule *rule;

  /* Upwork: sliding to 2023-05-02, flat 10% from 2023-05-03, per contract from 2025-05-01 */
  g_assert_null (find_id (rules, "upwork", DAFTAR_PRICING_HOURLY, "2016-05-31"));
  g_assert_cmpstr (find_id (rules, "upwork", DAFTAR_PRICING_HOURLY, "2016-06-01"), ==, "upwork-2016-sliding");
  g_assert_cmpstr (find_id (rules, "upwork", DAFTAR_PRICING_FIXED, "2023-05-02"), ==, "upwork-2016-sliding");
  g_assert_cmpstr (find_id (rules, "upwork", DAFTAR_PRICING_FIXED, "2023-05-03"), ==, "upwork-2023-flat");
  g_assert_cmpstr (find_id (rules, "upwork", DAFTAR_PRICING_PER_TASK, "2025-04-30"), ==, "upwork-2023-flat");
  g_assert_cmpstr (find_id (rules, "upwork", DAFTAR_PRICING_HOURLY, "2025-05-01"), ==, "upwork-2025-variable");
  rule = daftar_fee_rules_get (rules, "upwork-2025-variable");
  g_assert_cmpint (rule->shape, ==, DAFTAR_FEE_SHAPE_PER_CONTRACT);
  g_assert_cmpint (rule->min_ppm, ==, 0);
  g_assert_cmpint (rule->max_ppm, ==, 150000);
  g_assert_cmpint (rule->confidence, ==, DAFTAR_CONFIDENCE_MEDIUM);
  rule = daftar_fee_rules_get (rules, "upwork-2016-sliding");
  g_assert_cmpuint (rule->n_tiers, ==, 3);
  g_assert_cmpint (rule->tiers[0].up_to_minor, ==, 50000);
  g_assert_cmpint (rule->tiers[1].up_to_minor, ==, 1000000);
  g_assert_false (rule->tiers[2].bounded);

  /* Fiverr 20%, always */
  g_assert_cmpstr (find_id (rules, "fiverr", DAFTAR_PRICING_FIXED, "2010-01-01"), ==, "fiverr-seller-20");
  g_assert_cmpint (daftar_fee_rules_get (rules, "fiverr-seller-20")->rate_ppm, ==, 200000);

  /* Freelancer.com: fixed 10% or $5; hourly 10% */
  rule = daftar_fee_rules_find (rules, "freelancer", DAFTAR_PRICING_FIXED, daftar_test_day ("2025-01-01"));
  g_assert_cmpint (rule->shape, ==, DAFTAR_FEE_SHAPE_MINIMUM);
  g_assert_cmpint (rule->minimum.minor, ==, 500);
  g_assert_cmpstr (rule->minimum.currency, ==, "USD");
  rule = daftar_fee_rules_find (rules, "freelancer", DAFTAR_PRICING_HOURLY, daftar_test_day ("2025-01-01"));
  g_assert_cmpint (rule->shape, ==, DAFTAR_FEE_SHAPE_FLAT);
  g_assert_cmpint (rule->rate_ppm, ==, 100000);

  /* PeoplePerHour from 2018-07-01: £250 / £5,000 */
  g_assert_null (find_id (rules, "peopleperhour", DAFTAR_PRICING_FIXED, "2018-06-30"));
  rule = daftar_fee_rules_find (rules, "peopleperhour", DAFTAR_PRICING_FIXED, daftar_test_day ("2018-07-01"));
  g_assert_cmpstr (rule->tier_currency, ==, "GBP");
  g_assert_cmpint (rule->tiers[0].up_to_minor, ==, 25000);
  g_assert_cmpint (rule->tiers[0].rate_ppm, ==, 200000);
  g_assert_cmpint (rule->tiers[1].up_to_minor, ==, 500000);
  g_assert_cmpint (rule->tiers[1].rate_ppm, ==, 75000);
  g_assert_cmpint (rule->tiers[2].rate_ppm, ==, 35000);
  g_assert_cmpint (rule->confidence, ==, DAFTAR_CONFIDENCE_MEDIUM_LOW);

  /* Prolific and Mercor take nothing; Outlier has no published rule */
  g_assert_cmpint (daftar_fee_rules_find (rules, "prolific", DAFTAR_PRICING_HOURLY, daftar_test_day ("2025-01-01"))->rate_ppm, ==, 0);
  g_assert_cmpint (daftar_fee_rules_find (rules, "mercor", DAFTAR_PRICING_HOURLY, daftar_test_day ("2025-01-01"))->rate_ppm, ==, 0);
  g_assert_null (find_id (rules, "outlier", DAFTAR_PRICING_HOURLY, "2025-01-01"));

  /* Withdrawals are found by id, never as a platform fee */
  rule = daftar_fee_rules_get (rules, "upwork-withdraw-local-bank");
  g_assert_cmpint (rule->shape, ==, DAFTAR_FEE_SHAPE_WITHDRAWAL);
  g_assert_cmpint (rule->flat.minor, ==, 99);
  g_assert_cmpint (daftar_fee_rules_get (rules, "upwork-withdraw-wire")->flat.minor, ==, 3000);
  g_assert_cmpint (daftar_fee_rules_get (rules, "payoneer-local-currency")->fx_ppm, ==, 20000);
  g_assert_null (find_id (rules, "payoneer", DAFTAR_PRICING_HOURLY, "2025-01-01"));

  g_assert_true (daftar_fee_rules_platform_may_be_tiered (rules, "peopleperhour", DAFTAR_PRICING_FIXED, daftar_test_day ("2025-01-01")));
  g_assert_true (daftar_fee_rules_platform_may_be_tiered (rules, "upwork", DAFTAR_PRICING_HOURLY, daftar_test_day ("2025-01-01")));
  g_assert_false (daftar_fee_rules_platform_may_be_tiered (rules, "upwork", DAFTAR_PRICING_HOURLY, daftar_test_day ("2016-05-01")));
  g_assert_false (daftar_fee_rules_platform_may_be_tiered (rules, "fiverr", DAFTAR_PRICING_FIXED, daftar_test_day ("2025-01-01")));
}

/* Written out and read back, every shipped rule is the same. */
static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_load_default (&error);

  for (guint i = 0; i < rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (rules->rules, i);
      g_autoptr(JsonNode) node = daftar_fee_rule_to_json (rule);
      g_autoptr(DaftarFeeRule) again = daftar_fee_rule_from_json (node, NULL, &error);
      g_autoptr(JsonNode) node_again = NULL;

      g_assert_no_error (error);
      node_again = daftar_fee_rule_to_json (again);
      g_assert_true (json_node_equal (node, node_again));
      g_assert_cmpint (again->shape, ==, rule->shape);
      g_assert_cmpint (again->pricings, ==, rule->pricings);
      g_assert_cmpint (again->n_tiers, ==, rule->n_tiers);
    }
}

static void
test_each_shape (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = file_with (FLAT_RULE "," TIERED_RULE "," MINIMUM_RULE "," CONTRACT_RULE
                                     "," WITHDRAWAL_RULE);
  g_autoptr(DaftarFeeRules) rules = load_text (text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rules->rules->len, ==, 5);
  g_assert_null (rules->compiled);
  g_assert_cmpint (daftar_fee_rules_get (rules, "test-withdrawal")->flat.minor, ==, 150);
  g_assert_cmpint (daftar_fee_rules_get (rules, "test-flat")->pricings, ==,
                   (1 << DAFTAR_PRICING_HOURLY) | (1 << DAFTAR_PRICING_FIXED));
  /* Not for per-task work: */
  g_assert_null (find_id (rules, "fiverr", DAFTAR_PRICING_PER_TASK, "2025-01-01"));
  /* Before its first day: */
  g_assert_null (find_id (rules, "fiverr", DAFTAR_PRICING_FIXED, "2019-12-31"));
  g_assert_cmpstr (find_id (rules, "fiverr", DAFTAR_PRICING_FIXED, "2020-01-01"), ==, "test-flat");
}

/* Text from a feed can hold markup and bidi controls: it is kept as plain text, for the
 * UI to show isolated. Control characters are refused. */
static void
test_markup_kept_as_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) rule = g_string_new (FLAT_RULE);
  g_autofree char *text = NULL;
  g_autoptr(DaftarFeeRules) rules = NULL;

  g_string_replace (rule, "A note.", "<b>bold</b> \u202Eevil\u202C & more", 0);
  text = file_with (rule->str);
  rules = load_text (text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (daftar_fee_rules_get (rules, "test-flat")->note, ==,
                   "<b>bold</b> \u202Eevil\u202C & more");
}

typedef struct
{
  const char *what;
  const char *from;       /* text in FLAT_RULE (or @base) to replace… */
  const char *to;         /* …with this */
  const char *base;       /* NULL: FLAT_RULE */
  const char *in_message; /* part of the error message, or NULL */
} BadCase;

static const BadCase bad_rules[] = {
  { "unknown shape", "\"shape\": \"flat\"", "\"shape\": \"percent\"", NULL, "shape" },
  { "no shape", "\"shape\": \"flat\",", "", NULL, "shape" },
  { "negative rate", "200000 }", "-1 }", NULL, "negative" },
  { "rate above 100%", "200000 }", "1000001 }", NULL, "100%" },
  { "rate as a fraction", "200000 }", "0.2 }", NULL, "parts per million" },
  { "rate as a string", "200000 }", "\"200000\" }", NULL, "parts per million" },
  { "rate as a float", "200000 }", "200000.0 }", NULL, "parts per million" },
  { "rate too large for anything", "200000 }", "1e300 }", NULL, "rate_ppm" },
  { "no rate", "\"rate_ppm\": 200000", "\"rat_ppm\": 200000", NULL, "rate_ppm" },
  { "parameters not an object", "{ \"rate_ppm\": 200000 }", "[ 200000 ]", NULL, "parameters" },
  { "no id", "\"id\": \"test-flat\",", "", NULL, "id" },
  { "id with capitals", "\"test-flat\"", "\"Test-Flat\"", NULL, "id" },
  { "id with spaces", "\"test-flat\"", "\"test flat\"", NULL, "id" },
  { "id not a string", "\"test-flat\"", "42", NULL, "id" },
  { "id too long", "\"test-flat\"", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", NULL, "id" },
  { "platform with markup", "\"fiverr\"", "\"<fiverr>\"", NULL, "platform" },
  { "no pricings", "[\"hourly\", \"fixed\"]", "[]", NULL, "applies_to" },
  { "unknown pricing", "[\"hourly\", \"fixed\"]", "[\"hourly\", \"daily\"]", NULL, "applies_to" },
  { "pricing twice", "[\"hourly\", \"fixed\"]", "[\"hourly\", \"hourly\"]", NULL, "applies_to" },
  { "pricing in capitals", "[\"hourly\", \"fixed\"]", "[\"HOURLY\"]", NULL, "applies_to" },
  { "method on a platform fee", "\"shape\": \"flat\"", "\"method\": \"wire\", \"shape\": \"flat\"", NULL, "method" },
  { "impossible date", "\"2020-01-01\"", "\"2023-02-30\"", NULL, "effective_from" },
  { "date with Persian digits", "\"2020-01-01\"", "\"۲۰۲۰-۰۱-۰۱\"", NULL, "effective_from" },
  { "date as a number", "\"2020-01-01\"", "20200101", NULL, "effective_from" },
  { "ends before it starts", "\"effective_to\": null", "\"effective_to\": \"2019-12-31\"", NULL, "effective_to" },
  { "no source", "\"source\"", "\"sauce\"", NULL, "source" },
  { "script URL", "https://wise.com/x", "javascript:alert(1)", NULL, "url" },
  { "URL with a space", "https://wise.com/x", "https://wise.com/a b", NULL, "url" },
  { "control character", "\"Wise\"", "\"Wi\\u0007se\"", NULL, "publisher" },
  { "empty title", "\"Fiverr\"", "\"\"", NULL, "title" },
  { "unknown confidence", "\"medium\"", "\"certain\"", NULL, "confidence" },
  { "note not a string", "\"A note.\"", "[\"A note.\"]", NULL, "note" },

  { "tiers not rising", "\"5000.00\"", "\"250.00\"", TIERED_RULE, "up_to" },
  { "tiers falling", "\"5000.00\"", "\"100.00\"", TIERED_RULE, "up_to" },
  { "last tier bounded", "{ \"up_to\": null, \"rate_ppm\": 35000 }", "{ \"up_to\": \"9000.00\", \"rate_ppm\": 35000 }", TIERED_RULE, "last" },
  { "middle tier unbounded", "\"5000.00\"", "null", TIERED_RULE, "last" },
  { "no tiers", "\"tiers\": [", "\"tiers\": [ ], \"x\": [", TIERED_RULE, "tiers" },
  { "zero threshold", "\"250.00\"", "\"0.00\"", TIERED_RULE, "up_to" },
  { "threshold with three decimals", "\"250.00\"", "\"250.001\"", TIERED_RULE, "up_to" },
  { "threshold with a comma", "\"5000.00\"", "\"5,000.00\"", TIERED_RULE, "up_to" },
  { "negative threshold", "\"250.00\"", "\"-250.00\"", TIERED_RULE, "up_to" },
  { "tier rate above 100%", "\"rate_ppm\": 75000", "\"rate_ppm\": 7500000", TIERED_RULE, "100%" },
  { "tiers in a made-up currency", "\"GBP\"", "\"GBQ\"", TIERED_RULE, "currency" },
  { "tiers in lower case", "\"GBP\"", "\"gbp\"", TIERED_RULE, "currency" },
  { "tiers in no money", "\"GBP\"", "\"XXX\"", TIERED_RULE, "currency" },
  { "unknown basis", "client-lifetime-billings", "monthly-billings", TIERED_RULE, "basis" },

  { "minimum in Persian digits", "\"5.00\"", "\"۵.۰۰\"", MINIMUM_RULE, "amount" },
  { "minimum as a number", "\"5.00\"", "5", MINIMUM_RULE, "amount" },
  { "minimum without currency", ", \"currency\": \"USD\" }", " }", MINIMUM_RULE, "currency" },
  { "minimum in a bad currency", "\"USD\"", "\"US\"", MINIMUM_RULE, "currency" },

  { "default above max", "\"default_ppm\": 100000", "\"default_ppm\": 200000", CONTRACT_RULE, "default_ppm" },
  { "min above default", "\"min_ppm\": 0", "\"min_ppm\": 120000", CONTRACT_RULE, "default_ppm" },

  { "withdrawal without method", "\"method\": \"local-currency\",", "", WITHDRAWAL_RULE, "method" },
  { "withdrawal with pricings", "\"method\"", "\"applies_to\": [\"hourly\"], \"method\"", WITHDRAWAL_RULE, "applies_to" },
  { "negative FX", "\"fx_ppm\": 20000", "\"fx_ppm\": -20000", WITHDRAWAL_RULE, "negative" },
  { "negative flat fee", "\"1.50\"", "\"-1.50\"", WITHDRAWAL_RULE, "amount" },
};

static void
test_bad_rules (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_rules); i++)
    {
      const BadCase *c = &bad_rules[i];
      g_autoptr(GString) rule = g_string_new (c->base ? c->base : FLAT_RULE);
      g_autoptr(GError) error = NULL;
      g_autoptr(DaftarFeeRules) rules = NULL;
      g_autofree char *text = NULL;

      g_test_message ("%s", c->what);
      g_assert_cmpuint (g_string_replace (rule, c->from, c->to, 1), ==, 1);
      /* After a valid rule, so that anything half-loaded would show */
      text = g_strdup_printf ("{ \"schema\": 1, \"rules\": [ %s, %s ] }",
                              c->base == NULL ? TIERED_RULE : FLAT_RULE, rule->str);
      rules = load_text (text, &error);
      if (rules != NULL || error == NULL)
        g_test_message ("accepted: %s", rule->str);
      g_assert_null (rules);
      g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
      g_test_message ("→ %s", error->message);
      if (c->in_message != NULL)
        g_assert_nonnull (strstr (error->message, c->in_message));
    }
}

static void
test_bad_files (void)
{
  static const struct
  {
    const char *what;
    const char *text;
    int         code;
  } cases[] = {
    { "empty", "", DAFTAR_DATA_ERROR_MALFORMED },
    { "not JSON", "schema: 1", DAFTAR_DATA_ERROR_MALFORMED },
    { "cut short", "{ \"schema\": 1, \"rules\": [", DAFTAR_DATA_ERROR_MALFORMED },
    { "an array", "[ 1, 2 ]", DAFTAR_DATA_ERROR_MALFORMED },
    { "a string", "\"rules\"", DAFTAR_DATA_ERROR_MALFORMED },
    { "no schema", "{ \"rules\": [] }", DAFTAR_DATA_ERROR_SCHEMA },
    { "schema 2", "{ \"schema\": 2, \"rules\": [] }", DAFTAR_DATA_ERROR_SCHEMA },
    { "schema as a string", "{ \"schema\": \"1\", \"rules\": [] }", DAFTAR_DATA_ERROR_SCHEMA },
    { "schema 1.0", "{ \"schema\": 1.0, \"rules\": [] }", DAFTAR_DATA_ERROR_SCHEMA },
    { "no rules", "{ \"schema\": 1 }", DAFTAR_DATA_ERROR_MALFORMED },
    { "rules not a list", "{ \"schema\": 1, \"rules\": { } }", DAFTAR_DATA_ERROR_MALFORMED },
    { "a rule not an object", "{ \"schema\": 1, \"rules\": [ 42 ] }", DAFTAR_DATA_ERROR_INVALID },
    { "a null rule", "{ \"schema\": 1, \"rules\": [ null ] }", DAFTAR_DATA_ERROR_INVALID },
    { "same id twice", "{ \"schema\": 1, \"rules\": [ " FLAT_RULE ", " FLAT_RULE " ] }",
      DAFTAR_DATA_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DaftarFeeRules) rules = NULL;

      g_test_message ("%s", cases[i].what);
      rules = load_text (cases[i].text, &error);
      g_assert_null (rules);
      g_assert_error (error, DAFTAR_DATA_ERROR, cases[i].code);
    }
}

/* Two rules that would both apply to one payment are ambiguous. */
static void
test_overlap (void)
{
  g_autoptr(GString) second = g_string_new (FLAT_RULE);
  g_autoptr(GString) later = g_string_new (FLAT_RULE);
  g_autoptr(GString) other_pricing = g_string_new (FLAT_RULE);
  g_autoptr(GString) first = g_string_new (FLAT_RULE);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(DaftarFeeRules) rules = NULL;

  g_string_replace (second, "test-flat", "test-flat-2", 1);
  text = g_strdup_printf ("{ \"schema\": 1, \"rules\": [ %s, %s ] }", FLAT_RULE, second->str);
  rules = load_text (text, &error);
  g_assert_null (rules);
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "test-flat-2"));
  g_clear_error (&error);

  /* One ending the day before the other starts is fine; so is another pricing. */
  g_string_replace (first, "\"effective_to\": null", "\"effective_to\": \"2019-12-31\"", 1);
  g_string_replace (first, "\"2020-01-01\"", "\"2015-01-01\"", 1);
  g_string_replace (later, "test-flat", "test-flat-later", 1);
  g_string_replace (other_pricing, "test-flat", "test-flat-task", 1);
  g_string_replace (other_pricing, "[\"hourly\", \"fixed\"]", "[\"per-task\"]", 1);
  g_free (text);
  text = g_strdup_printf ("{ \"schema\": 1, \"rules\": [ %s, %s, %s ] }", first->str, later->str,
                          other_pricing->str);
  g_clear_pointer (&rules, daftar_fee_rules_free);
  rules = load_text (text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (find_id (rules, "fiverr", DAFTAR_PRICING_FIXED, "2019-12-31"), ==, "test-flat");
  g_assert_cmpstr (find_id (rules, "fiverr", DAFTAR_PRICING_FIXED, "2020-01-01"), ==, "test-flat-later");
  g_assert_cmpstr (find_id (rules, "fiverr", DAFTAR_PRICING_PER_TASK, "2020-01-01"), ==, "test-flat-task");
}

/* Extra members are ignored, so the rules can sit inside the larger market dataset. */
static void
test_inside_larger_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFeeRules) rules =
    load_text ("{ \"schema\": 1, \"rate_bands\": [ { \"x\": 1 } ], \"claims\": [],"
               "  \"rules\": [ " FLAT_RULE " ], \"compiled\": \"2026-01-01\" }", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rules->rules->len, ==, 1);
  g_assert_cmpstr (rules->compiled, ==, "2026-01-01");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fee-rules/shipped/loads", test_shipped_loads);
  g_test_add_func ("/fee-rules/shipped/figures", test_shipped_figures);
  g_test_add_func ("/fee-rules/shipped/round-trip", test_round_trip);
  g_test_add_func ("/fee-rules/each-shape", test_each_shape);
  g_test_add_func ("/fee-rules/markup-kept-as-text", test_markup_kept_as_text);
  g_test_add_func ("/fee-rules/bad-rules", test_bad_rules);
  g_test_add_func ("/fee-rules/bad-files", test_bad_files);
  g_test_add_func ("/fee-rules/overlap", test_overlap);
  g_test_add_func ("/fee-rules/inside-larger-file", test_inside_larger_file);

  return g_test_run ();
}
