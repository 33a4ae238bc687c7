/* test-market.c — tests for daftar-market: the shipped dataset, and hostile data refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-market"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "daftar-json-market.h"
#include "daftar-market.h"

/* A valid dataset; each hostile case changes one thing in it. */
#define BAND \
  "{ \"id\": \"b1\", \"platform\": \"outlier\", \"category\": \"ai-training\", \"role\": \"Trainer\"," \
  "  \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"20.00\", \"typical\": \"30.00\", \"high\": \"40.00\"," \
  "  \"kind\": \"advertised\", \"as_of\": \"2025-03\"," \
  "  \"source\": { \"publisher\": \"Pub\", \"title\": \"Title\", \"url\": \"https://example.org/a\" }," \
  "  \"confidence\": \"medium\", \"verified\": true, \"note\": \"n\" }"

#define CLAIM \
  "{ \"id\": \"c1\", \"category\": \"writing\", \"value\": \"-21%\", \"text\": \"Posts fell.\"," \
  "  \"as_of\": null, \"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": null }," \
  "  \"confidence\": \"low\", \"verified\": false }"

#define RATE "{ \"date\": \"2026-01-01\", \"base\": \"USD\", \"quote\": \"EUR\", \"rate\": \"0.92\" }"

#define DATASET \
  "{ \"schema\": 1, \"publisher\": \"Test\", \"as_of\": \"2026-01-02\", \"extra\": {}," \
  "  \"rate_bands\": [ " BAND " ], \"claims\": [ " CLAIM " ]," \
  "  \"exchange_rates\": [ " RATE " ] }"

static DaftarMarket *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return daftar_market_load_bytes (bytes, NULL, error);
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  GString *s = g_string_new (text);

  g_assert_cmpuint (g_string_replace (s, from, to, 1), ==, 1);
  return g_string_free (s, FALSE);
}

static void
test_shipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = daftar_market_load_default (&error);
  g_autoptr(DaftarFeeRules) rules = NULL;
  const DaftarRateBand *band;
  guint n_unverified = 0, n_effective = 0;

  g_assert_no_error (error);
  g_assert_nonnull (market);
  g_assert_cmpstr (market->as_of, ==, "2026-11-22");
  g_assert_cmpuint (market->bands->len, >=, 60);
  g_assert_cmpuint (market->claims->len, >=, 30);

  /* The fee rules in the dataset are the ones the app uses. */
  rules = daftar_fee_rules_load_default (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (market->fee_rules->rules->len, ==, rules->rules->len);
  for (guint i = 0; i < rules->rules->len; i++)
    {
      g_autoptr(JsonNode) a = daftar_fee_rule_to_json (g_ptr_array_index (rules->rules, i));
      g_autoptr(JsonNode) b = daftar_fee_rule_to_json (g_ptr_array_index (market->fee_rules->rules, i));

      g_assert_true (json_node_equal (a, b));
    }

  /* Seed figures market-facts.md could not trace stay flagged. */
  band = daftar_market_get_band (market, "s25-outlier-effective");
  g_assert_nonnull (band);
  g_assert_false (band->verified);
  g_assert_cmpint (band->typical_minor, ==, 2116);
  g_assert_cmpint (band->kind, ==, DAFTAR_BAND_KIND_EFFECTIVE);
  band = daftar_market_get_band (market, "s18-ai-trainers-outlier");
  g_assert_false (band->verified);
  g_assert_cmpint (band->high_minor, ==, 100000);
  band = daftar_market_get_band (market, "e12-mercor-range");
  g_assert_true (band->verified);
  g_assert_cmpint (band->low_minor, ==, 4500);
  g_assert_cmpint (band->high_minor, ==, 25000);
  band = daftar_market_get_band (market, "e22-prolific-minimum-gbp");
  g_assert_cmpstr (band->currency, ==, "GBP");
  g_assert_cmpint (band->kind, ==, DAFTAR_BAND_KIND_MINIMUM);

  for (guint i = 0; i < market->bands->len; i++)
    {
      band = g_ptr_array_index (market->bands, i);
      n_unverified += !band->verified;
      n_effective += band->kind == DAFTAR_BAND_KIND_EFFECTIVE;
      g_assert_true (band->source.url == NULL || g_str_has_prefix (band->source.url, "https://"));
    }
  g_assert_cmpuint (n_unverified, >=, 6);
  g_assert_cmpuint (n_effective, >=, 5);

  for (guint i = 0; i < market->claims->len; i++)
    {
      const DaftarMarketClaim *claim = g_ptr_array_index (market->claims, i);

      if (g_str_equal (claim->id, "s6-mit-exposure"))
        g_assert_false (claim->verified);
    }
}

/* A source is cited by its publisher and real headline, never by an internal file:
 * no "Seed article 003", no "003_5a1c5f46ba012bcf.txt", no "market-facts.md". */
static void
assert_source_named_honestly (const char *id,
                              const char *publisher,
                              const char *title)
{
  const char *texts[] = { publisher, title };

  g_assert_nonnull (publisher);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *folded = NULL;

      if (texts[i] == NULL)
        continue;
      folded = g_utf8_casefold (texts[i], -1);
      if (strstr (folded, "seed") != NULL ||
          g_regex_match_simple ("[0-9]{3}_[0-9a-f]{6,}|\\.(txt|md|json|csv|html?|pdf|c|h)\\b",
                                folded, 0, 0))
        g_error ("%s: the source “%s” is named after an internal file", id, texts[i]);
    }
}

static void
test_shipped_sources (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = daftar_market_load_default (&error);
  g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_load_default (&error);
  const DaftarRateBand *band;

  g_assert_no_error (error);
  for (guint i = 0; i < market->bands->len; i++)
    {
      band = g_ptr_array_index (market->bands, i);
      assert_source_named_honestly (band->id, band->source.publisher, band->source.title);
    }
  for (guint i = 0; i < market->claims->len; i++)
    {
      const DaftarMarketClaim *claim = g_ptr_array_index (market->claims, i);

      assert_source_named_honestly (claim->id, claim->source.publisher, claim->source.title);
    }
  for (guint i = 0; i < market->fee_rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (market->fee_rules->rules, i);

      assert_source_named_honestly (rule->id, rule->source_publisher, rule->source_title);
    }
  for (guint i = 0; i < rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (rules->rules, i);

      assert_source_named_honestly (rule->id, rule->source_publisher, rule->source_title);
    }

  /* The seed articles, by their publishers and the headlines they carry. */
  band = daftar_market_get_band (market, "s18-ai-trainers-outlier");
  g_assert_cmpstr (band->source.publisher, ==, "Ektisadi.com, citing Bloomberg");
  g_assert_cmpstr (band->source.title, ==, "1000 دولار في الساعة لتدريب الذكاء الاصطناعي… هل تدوم هذه الوظائف؟");
  /* Seeds 001 and 003 have no headline: none is made up. */
  band = daftar_market_get_band (market, "s23-outlier-legal-2024");
  g_assert_cmpstr (band->source.publisher, ==, "First-person account, citing Business Insider");
  g_assert_null (band->source.title);
  band = daftar_market_get_band (market, "s11-ghost-workers");
  g_assert_null (band->source.title);
  for (guint i = 0; i < market->claims->len; i++)
    {
      const DaftarMarketClaim *claim = g_ptr_array_index (market->claims, i);

      if (g_str_equal (claim->id, "s1-fiverr-ai-reels"))
        g_assert_cmpstr (claim->source.title, ==, "صعود الذكاء الاصطناعي في العمل الحر: الفرص والتحديات");
    }
}

/* A source's title may be null or absent; an empty one is still refused. */
static void
test_untitled_source (void)
{
  static const char * const titles[] = { "\"title\": null, ", "" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = replace (DATASET, "\"title\": \"Title\", ", titles[i]);
      g_autoptr(DaftarMarket) market = load_text (text, &error);
      g_autoptr(JsonNode) node = NULL;
      JsonObject *source;

      g_assert_no_error (error);
      g_assert_null (daftar_market_get_band (market, "b1")->source.title);
      g_assert_cmpstr (daftar_market_get_band (market, "b1")->source.publisher, ==, "Pub");
      node = daftar_rate_band_to_json (daftar_market_get_band (market, "b1"));
      source = json_object_get_object_member (json_node_get_object (node), "source");
      g_assert_true (json_object_get_null_member (source, "title"));
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *text = replace (DATASET, "\"Title\"", "\"\"");
    g_autoptr(DaftarMarket) market = load_text (text, &error);

    g_assert_null (market);
    g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  }
}

static void
test_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = load_text (DATASET, &error);
  const DaftarRateBand *band;

  g_assert_no_error (error);
  band = daftar_market_get_band (market, "b1");
  g_assert_cmpint (band->low_minor, ==, 2000);
  g_assert_cmpint (band->typical_minor, ==, 3000);
  g_assert_cmpint (band->high_minor, ==, 4000);
  g_assert_cmpuint (market->exchange_rates->len, ==, 1);
  g_assert_cmpint (g_array_index (market->exchange_rates, DaftarExchangeRate, 0).rate_e8, ==, 92000000);
  g_assert_cmpint (g_array_index (market->exchange_rates, DaftarExchangeRate, 0).source, ==,
                   DAFTAR_RATE_SOURCE_FEED);
  g_assert_cmpuint (market->fee_rules->rules->len, ==, 0);
}

/* Markup is only text: the app never shows dataset text as markup, so it is accepted
 * and stays exactly as written. */
static void
test_markup_is_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = replace (DATASET, "\"Trainer\"", "\"<b>Trainer</b> &amp; <a href='x'>\"");
  g_autoptr(DaftarMarket) market = load_text (text, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (daftar_market_get_band (market, "b1")->role, ==, "<b>Trainer</b> &amp; <a href='x'>");
}

typedef struct
{
  const char *name;
  const char *from;
  const char *to;
  int         code;
  const char *names;   /* in the message */
} Hostile;

static const Hostile hostile[] = {
  { "not-json", "{ \"schema\"", "{ schema", DAFTAR_DATA_ERROR_MALFORMED, NULL },
  { "schema-2", "\"schema\": 1", "\"schema\": 2", DAFTAR_DATA_ERROR_SCHEMA, NULL },
  { "schema-string", "\"schema\": 1", "\"schema\": \"1\"", DAFTAR_DATA_ERROR_SCHEMA, NULL },
  { "negative", "\"low\": \"20.00\"", "\"low\": \"-20.00\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "float", "\"low\": \"20.00\"", "\"low\": 20.5", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "too-many-decimals", "\"low\": \"20.00\"", "\"low\": \"20.001\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "arabic-digits", "\"low\": \"20.00\"", "\"low\": \"٢٠\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "low-above-high", "\"low\": \"20.00\"", "\"low\": \"50.00\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "typical-above-high", "\"typical\": \"30.00\"", "\"typical\": \"41.00\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "no-figures", "\"low\": \"20.00\", \"typical\": \"30.00\", \"high\": \"40.00\",", "", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "bad-currency", "\"currency\": \"USD\"", "\"currency\": \"usd\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "bad-unit", "\"unit\": \"hour\"", "\"unit\": \"day\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "bad-kind", "\"kind\": \"advertised\"", "\"kind\": \"rumoured\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "bad-category", "\"category\": \"ai-training\"", "\"category\": \"cooking\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "bad-date", "\"as_of\": \"2025-03\"", "\"as_of\": \"2025-02-30\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "bad-dataset-date", "\"as_of\": \"2026-01-02\"", "\"as_of\": \"2026\"", DAFTAR_DATA_ERROR_INVALID, NULL },
  { "http-url", "https://example.org/a", "http://example.org/a", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "javascript-url", "https://example.org/a", "javascript:alert(1)", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "bidi-override", "\"Trainer\"", "\"Tra\u202Einer\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "bidi-isolate", "\"Pub\"", "\"\u2067Pub\u2069\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "control", "\"Trainer\"", "\"Tra\\u0007iner\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "newline", "\"Posts fell.\"", "\"Posts\\nfell.\"", DAFTAR_DATA_ERROR_INVALID, "c1" },
  { "empty-role", "\"Trainer\"", "\"\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "duplicate-id", "\"id\": \"c1\"", "\"id\": \"b1\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "bad-id", "\"id\": \"b1\"", "\"id\": \"B 1\"", DAFTAR_DATA_ERROR_INVALID, NULL },
  { "verified-string", "\"verified\": true", "\"verified\": \"yes\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
  { "no-bands", "\"rate_bands\"", "\"rate_bandz\"", DAFTAR_DATA_ERROR_INVALID, "rate_bands" },
  { "bad-rate", "\"rate\": \"0.92\"", "\"rate\": \"-0.92\"", DAFTAR_DATA_ERROR_INVALID, NULL },
  { "same-currency-rate", "\"quote\": \"EUR\"", "\"quote\": \"USD\"", DAFTAR_DATA_ERROR_INVALID, NULL },
  { "bad-fee-rule", "\"extra\": {}", "\"fee_rules\": [ { \"id\": \"x\" } ]", DAFTAR_DATA_ERROR_INVALID, NULL },
  { "long-title", "\"Title\"", "\"Tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt\"", DAFTAR_DATA_ERROR_INVALID, "b1" },
};

static void
test_hostile (gconstpointer data)
{
  const Hostile *h = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = replace (DATASET, h->from, h->to);
  g_autoptr(DaftarMarket) market = load_text (text, &error);

  g_assert_null (market);
  g_assert_nonnull (error);
  g_test_message ("%s: %s", h->name, error->message);
  g_assert_error (error, DAFTAR_DATA_ERROR, h->code);
  if (h->names != NULL)
    g_assert_nonnull (strstr (error->message, h->names));
}

static void
test_garbage (void)
{
  static const char * const texts[] = { "", "[]", "null", "\"x\"", "{}", "{\"schema\":1}", "\xff\xfe" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new (texts[i], strlen (texts[i]));
      g_autoptr(DaftarMarket) market = NULL;

      market = daftar_market_load_bytes (bytes, NULL, &error);
      g_assert_null (market);
      g_assert_nonnull (error);
    }
}

/* Found by fuzz-market: json-glib quotes the token it stumbled on, and a lone
 * surrogate escape decodes to bytes that are not UTF-8.  Now the strict check
 * refuses the escape first, and says so. */
static void
test_parser_message_is_utf8 (void)
{
  static const char * const texts[] = {
    "{\"a\":\"\\ud800\" \"b\"}",
    "{\"\\udc00\":1, \"\\udc00\" }",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new (texts[i], strlen (texts[i]));
      g_autoptr(DaftarMarket) market = daftar_market_load_bytes (bytes, NULL, &error);
      g_autoptr(GError) rules_error = NULL;
      g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_load_bytes (bytes, NULL, &rules_error);

      g_assert_null (market);
      g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_nonnull (strstr (error->message, "surrogate pair"));
      g_assert_null (rules);
      g_assert_true (g_utf8_validate (rules_error->message, -1, NULL));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/market/shipped", test_shipped);
  g_test_add_func ("/market/shipped-sources", test_shipped_sources);
  g_test_add_func ("/market/untitled-source", test_untitled_source);
  g_test_add_func ("/market/valid", test_valid);
  g_test_add_func ("/market/markup-is-text", test_markup_is_text);
  g_test_add_func ("/market/garbage", test_garbage);
  g_test_add_func ("/market/parser-message-is-utf8", test_parser_message_is_utf8);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *path = g_strdup_printf ("/market/hostile/%s", hostile[i].name);

      g_test_add_data_func (path, &hostile[i], test_hostile);
    }

  return g_test_run ();
}
