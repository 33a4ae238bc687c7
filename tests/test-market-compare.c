/* test-market-compare.c — the effective rate against the bands, on a fixture ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-market-compare"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "daftar-market-compare.h"

#define SRC "\"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": null }, \"confidence\": \"medium\""

/* Outlier/ai-training: a platform band and a category band; writing: only "any"
 * bands; video: nothing, so the general band; a per-word band never compared. */
static const char fixture[] =
  "{ \"schema\": 1, \"publisher\": \"Fixture\", \"as_of\": \"2026-01-01\", \"claims\": [],"
  "  \"rate_bands\": ["
  "  { \"id\": \"outlier-train\", \"platform\": \"outlier\", \"category\": \"ai-training\", \"role\": \"r\","
  "    \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"35.00\", \"typical\": \"40.00\", \"high\": \"50.00\","
  "    \"kind\": \"advertised\", \"as_of\": \"2024\", " SRC ", \"verified\": false },"
  "  { \"id\": \"any-train\", \"platform\": \"any\", \"category\": \"ai-training\", \"role\": \"r\","
  "    \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"10.00\", \"high\": \"25.00\","
  "    \"kind\": \"effective\", \"as_of\": \"2025\", " SRC ", \"verified\": true },"
  "  { \"id\": \"mercor-train\", \"platform\": \"mercor\", \"category\": \"ai-training\", \"role\": \"r\","
  "    \"unit\": \"hour\", \"currency\": \"USD\", \"typical\": \"81.00\","
  "    \"kind\": \"average\", \"as_of\": \"2025\", " SRC ", \"verified\": true },"
  "  { \"id\": \"writing-gbp\", \"platform\": \"any\", \"category\": \"writing\", \"role\": \"r\","
  "    \"unit\": \"hour\", \"currency\": \"GBP\", \"typical\": \"20.00\","
  "    \"kind\": \"median\", \"as_of\": \"2022\", " SRC ", \"verified\": true },"
  "  { \"id\": \"writing-word\", \"platform\": \"any\", \"category\": \"writing\", \"role\": \"r\","
  "    \"unit\": \"word\", \"currency\": \"USD\", \"typical\": \"0.10\","
  "    \"kind\": \"median\", \"as_of\": \"2022\", " SRC ", \"verified\": true },"
  "  { \"id\": \"general\", \"platform\": \"any\", \"category\": \"any\", \"role\": \"r\","
  "    \"unit\": \"hour\", \"currency\": \"USD\", \"typical\": \"28.00\","
  "    \"kind\": \"average\", \"as_of\": \"2022\", " SRC ", \"verified\": true } ] }";

static DaftarMarket *
load_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (fixture, strlen (fixture));
  DaftarMarket *market = daftar_market_load_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  return market;
}

static void
add_project (DaftarEarningsInput *input,
             gint64               id,
             const char          *platform,
             DaftarCategory       category,
             gint64               rate_minor,
             gint64               actual_seconds,
             gint64               paid_seconds)
{
  DaftarEarningsProject project = {
    .id = id, .name = (char *) "p", .platform_key = (char *) platform,
    .platform_name = (char *) platform, .category = category,
    .pricing = DAFTAR_PRICING_HOURLY, .currency = "USD", .rate_minor = rate_minor,
    .has_override_ppm = TRUE, .override_ppm = 0,
  };
  DaftarWorkRow work = {
    .project_id = id, .day = input->query.from, .n_sessions = 1,
    .actual_seconds = actual_seconds, .paid_seconds = paid_seconds,
  };

  daftar_earnings_input_add_project (input, &project);
  daftar_earnings_input_add_work (input, &work);
}

/* Outlier: 40 $/h advertised, 10 h worked, 5.29 h paid: 21.16 $/h effective (seed 003). */
static DaftarEarningsInput *
fixture_ledger (const char *currency)
{
  DaftarDay from, to;
  DaftarEarningsInput *input;

  g_assert_true (daftar_day_from_iso ("2025-03-01", &from));
  g_assert_true (daftar_day_from_iso ("2025-03-31", &to));
  input = daftar_earnings_input_new (from, to, currency, DAFTAR_EARNINGS_BY_PROJECT);
  add_project (input, 1, "outlier", DAFTAR_CATEGORY_AI_TRAINING, 4000, 36000, 19044);
  add_project (input, 2, "upwork", DAFTAR_CATEGORY_WRITING, 3000, 7200, 7200);
  add_project (input, 3, "fiverr", DAFTAR_CATEGORY_VIDEO, 2000, 3600, 3600);
  /* Two projects of one pair add up. */
  add_project (input, 4, "mercor", DAFTAR_CATEGORY_AI_TRAINING, 9000, 1800, 1800);
  add_project (input, 5, "mercor", DAFTAR_CATEGORY_AI_TRAINING, 7000, 1800, 1800);
  return input;
}

static const DaftarComparisonRow *
find_row (const DaftarComparison *comparison,
          const char             *platform)
{
  for (guint i = 0; i < comparison->rows->len; i++)
    {
      const DaftarComparisonRow *row = g_ptr_array_index (comparison->rows, i);

      if (g_str_equal (row->platform_key, platform))
        return row;
    }
  g_assert_not_reached ();
}

static void
add_gbp_rate (DaftarEarningsInput *input)
{
  DaftarExchangeRate rate = { .base = "GBP", .quote = "USD", .rate_e8 = 125000000,
                              .source = DAFTAR_RATE_SOURCE_USER };

  g_assert_true (daftar_day_from_iso ("2025-01-01", &rate.day));
  daftar_rate_table_add (input->rates, &rate);
}

static void
test_compare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = load_fixture ();
  g_autoptr(DaftarEarningsInput) input = fixture_ledger ("USD");
  g_autoptr(DaftarComparison) comparison = NULL;
  const DaftarComparisonRow *row;
  const DaftarBandMatch *match;

  add_gbp_rate (input);
  comparison = daftar_market_compare (market, input, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (comparison->rows->len, ==, 4);

  /* Most hours first. */
  row = g_ptr_array_index (comparison->rows, 0);
  g_assert_cmpstr (row->platform_key, ==, "outlier");
  g_assert_cmpint (row->effective_rate_minor, ==, 2116);
  g_assert_cmpuint (row->matches->len, ==, 2);
  /* Platform-specific first, even unverified. */
  match = &g_array_index (row->matches, DaftarBandMatch, 0);
  g_assert_cmpstr (match->band->id, ==, "outlier-train");
  g_assert_cmpint (match->level, ==, DAFTAR_BAND_MATCH_PLATFORM);
  g_assert_cmpint (match->position, ==, DAFTAR_BAND_POSITION_BELOW);
  /* (21.16 − 35) / 35 = −39.5% */
  g_assert_cmpint (match->distance_permille, ==, -395);
  match = &g_array_index (row->matches, DaftarBandMatch, 1);
  g_assert_cmpstr (match->band->id, ==, "any-train");
  g_assert_cmpint (match->level, ==, DAFTAR_BAND_MATCH_CATEGORY);
  g_assert_cmpint (match->position, ==, DAFTAR_BAND_POSITION_WITHIN);
  /* No typical figure: not “within, 0.0%”, but where along 10–25 the rate sits:
   * (21.16 − 10) / 15 = 74.4%. */
  g_assert_false (match->single_figure);
  g_assert_cmpint (match->range_permille, ==, 744);
  {
    g_autoptr(DaftarFormat) format = daftar_format_new ("en_US.UTF-8", DAFTAR_CALENDAR_GREGORIAN, TRUE);
    g_autofree char *text = daftar_band_match_describe (match, format);
    g_autofree char *first = daftar_band_match_describe (&g_array_index (row->matches, DaftarBandMatch, 0),
                                                         format);

    g_assert_cmpstr (text, ==, "Within the band, 74.4% of the way from its low to its high figure");
    g_assert_cmpstr (first, ==, "Below the band by 39.5%");
  }
  {
    /* The percent sign is ICU's for the locale, after the number: "۳۹٫۵٪" */
    g_autoptr(DaftarFormat) format = daftar_format_new ("fa_IR.UTF-8", DAFTAR_CALENDAR_PERSIAN, FALSE);
    g_autofree char *first = daftar_band_match_describe (&g_array_index (row->matches, DaftarBandMatch, 0),
                                                         format);

    g_assert_cmpstr (first, ==, "Below the band by ۳۹٫۵٪");
  }

  /* Writing: the GBP band, converted: 20 GBP = 25 USD; 30 USD is 20% above. */
  row = find_row (comparison, "upwork");
  g_assert_cmpint (row->effective_rate_minor, ==, 3000);
  g_assert_cmpuint (row->matches->len, ==, 1);   /* not the per-word band */
  match = &g_array_index (row->matches, DaftarBandMatch, 0);
  g_assert_cmpstr (match->band->id, ==, "writing-gbp");
  g_assert_true (match->converted);
  g_assert_cmpint (match->typical_minor, ==, 2500);
  g_assert_cmpint (match->position, ==, DAFTAR_BAND_POSITION_ABOVE);
  g_assert_cmpint (match->distance_permille, ==, 200);
  /* One figure: a reported figure, not a band. */
  g_assert_true (match->single_figure);
  g_assert_cmpint (match->range_permille, ==, -1);
  {
    g_autoptr(DaftarFormat) format = daftar_format_new ("en_US.UTF-8", DAFTAR_CALENDAR_GREGORIAN, TRUE);
    g_autofree char *text = daftar_band_match_describe (match, format);

    g_assert_cmpstr (text, ==, "Above the reported figure by 20%");
  }

  /* Video: nothing for the category, so the general band. */
  row = find_row (comparison, "fiverr");
  g_assert_cmpuint (row->matches->len, ==, 1);
  match = &g_array_index (row->matches, DaftarBandMatch, 0);
  g_assert_cmpstr (match->band->id, ==, "general");
  g_assert_cmpint (match->level, ==, DAFTAR_BAND_MATCH_GENERAL);
  g_assert_cmpint (match->position, ==, DAFTAR_BAND_POSITION_BELOW);
  g_assert_cmpint (match->distance_permille, ==, -286);

  /* Mercor: two projects, 1 h each at 90 and 70: 80 $/h, against a typical 81. */
  row = find_row (comparison, "mercor");
  g_assert_cmpint (row->actual_seconds, ==, 3600);
  g_assert_cmpint (row->effective_rate_minor, ==, 8000);
  match = &g_array_index (row->matches, DaftarBandMatch, 0);
  g_assert_cmpstr (match->band->id, ==, "mercor-train");
  g_assert_cmpint (match->position, ==, DAFTAR_BAND_POSITION_BELOW);
  g_assert_cmpint (match->distance_permille, ==, -12);
}

static void
test_missing_rate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = load_fixture ();
  g_autoptr(DaftarEarningsInput) input = fixture_ledger ("USD");
  g_autoptr(DaftarComparison) comparison = daftar_market_compare (market, input, &error);

  g_assert_null (comparison);
  g_assert_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "writing-gbp"));
  g_assert_nonnull (strstr (error->message, "GBP"));
}

static void
test_positions (void)
{
  DaftarRateBand only_low = { .has_low = TRUE, .low_minor = 4500 };
  DaftarRateBand only_high = { .has_high = TRUE, .high_minor = 25000 };
  DaftarRateBand same = { .has_low = TRUE, .low_minor = 4500, .has_high = TRUE, .high_minor = 4500 };
  DaftarRateBand floor_typical = { .has_low = TRUE, .low_minor = 2000, .has_typical = TRUE, .typical_minor = 3000 };
  DaftarRateBand range = { .has_low = TRUE, .low_minor = 2000, .has_high = TRUE, .high_minor = 4000 };
  DaftarBandPosition position;
  gint64 permille;

  /* A single reported figure, whichever member holds it, is a point: below, at or above. */
  g_assert_true (daftar_rate_band_is_single_figure (&only_low));
  g_assert_true (daftar_rate_band_is_single_figure (&only_high));
  g_assert_true (daftar_rate_band_is_single_figure (&same));
  g_assert_false (daftar_rate_band_is_single_figure (&floor_typical));
  g_assert_false (daftar_rate_band_is_single_figure (&range));

  g_assert_true (daftar_band_match_position (4000, &only_low, 4500, 0, 0, &position, &permille));
  g_assert_cmpint (position, ==, DAFTAR_BAND_POSITION_BELOW);
  g_assert_true (daftar_band_match_position (9000, &only_low, 4500, 0, 0, &position, &permille));
  g_assert_cmpint (position, ==, DAFTAR_BAND_POSITION_ABOVE);
  g_assert_cmpint (permille, ==, 1000);
  g_assert_true (daftar_band_match_position (26000, &only_high, 0, 0, 25000, &position, &permille));
  g_assert_cmpint (position, ==, DAFTAR_BAND_POSITION_ABOVE);
  g_assert_cmpint (permille, ==, 40);
  /* “Up to $250” is one figure: $20 is below it, not “within, 0.0%”. */
  g_assert_true (daftar_band_match_position (2000, &only_high, 0, 0, 25000, &position, &permille));
  g_assert_cmpint (position, ==, DAFTAR_BAND_POSITION_BELOW);
  g_assert_cmpint (permille, ==, -920);
  g_assert_true (daftar_band_match_position (4500, &same, 4500, 0, 4500, &position, &permille));
  g_assert_cmpint (position, ==, DAFTAR_BAND_POSITION_WITHIN);
  g_assert_cmpint (permille, ==, 0);
  /* A floor with a typical figure has nothing above. */
  g_assert_true (daftar_band_match_position (9000, &floor_typical, 2000, 3000, 0, &position, &permille));
  g_assert_cmpint (position, ==, DAFTAR_BAND_POSITION_WITHIN);
  g_assert_cmpint (permille, ==, 2000);
}

/* The texts: a reported figure is never “the band”; a band without a typical figure
 * never reads “within, 0.0%”; advertised pay is named gross beside a net rate. */
static void
test_describe (void)
{
  g_autoptr(DaftarFormat) format = daftar_format_new ("en_US.UTF-8", DAFTAR_CALENDAR_GREGORIAN, TRUE);
  DaftarRateBand single = { .has_typical = TRUE, .typical_minor = 240 };
  DaftarRateBand range = { .has_low = TRUE, .low_minor = 2000, .has_high = TRUE, .high_minor = 4000 };
  DaftarRateBand typical = { .has_low = TRUE, .low_minor = 2000, .has_typical = TRUE, .typical_minor = 3000,
                             .has_high = TRUE, .high_minor = 4000 };
  struct { const DaftarRateBand *band; DaftarBandPosition position; gint64 distance, along; const char *text; } cases[] = {
    { &single, DAFTAR_BAND_POSITION_BELOW, -125, -1, "Below the reported figure by 12.5%" },
    { &single, DAFTAR_BAND_POSITION_ABOVE, 5000, -1, "Above the reported figure by 500%" },
    { &single, DAFTAR_BAND_POSITION_WITHIN, 0, -1, "At the reported figure" },
    { &range, DAFTAR_BAND_POSITION_BELOW, -395, -1, "Below the band by 39.5%" },
    { &range, DAFTAR_BAND_POSITION_WITHIN, 0, 0, "Within the band, 0% of the way from its low to its high figure" },
    { &range, DAFTAR_BAND_POSITION_WITHIN, 0, 1000, "Within the band, 100% of the way from its low to its high figure" },
    { &typical, DAFTAR_BAND_POSITION_WITHIN, -50, -1, "Within the band, −5% from typical" },
    { &typical, DAFTAR_BAND_POSITION_WITHIN, 0, -1, "Within the band, at its typical figure" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DaftarBandMatch match = { .band = cases[i].band, .position = cases[i].position,
                                .distance_permille = cases[i].distance, .range_permille = cases[i].along,
                                .single_figure = daftar_rate_band_is_single_figure (cases[i].band) };
      g_autofree char *text = daftar_band_match_describe (&match, format);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  g_assert_nonnull (daftar_band_kind_get_comparison_note (DAFTAR_BAND_KIND_ADVERTISED));
  g_assert_nonnull (strstr (daftar_band_kind_get_comparison_note (DAFTAR_BAND_KIND_ADVERTISED), "net"));
  g_assert_nonnull (strstr (daftar_band_kind_get_comparison_note (DAFTAR_BAND_KIND_ADVERTISED), "advertised gross"));
  g_assert_null (daftar_band_kind_get_comparison_note (DAFTAR_BAND_KIND_EFFECTIVE));
}

static void
test_shipped_outlier (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = daftar_market_load_default (&error);
  g_autoptr(DaftarEarningsInput) input = fixture_ledger ("USD");
  g_autoptr(DaftarComparison) comparison = NULL;
  const DaftarComparisonRow *row;

  g_assert_no_error (error);
  comparison = daftar_market_compare (market, input, &error);
  g_assert_no_error (error);
  row = find_row (comparison, "outlier");
  g_assert_cmpuint (row->matches->len, >, 5);
  /* The first is a verified Outlier band. */
  g_assert_true (g_array_index (row->matches, DaftarBandMatch, 0).band->verified);
  g_assert_cmpstr (g_array_index (row->matches, DaftarBandMatch, 0).band->platform, ==, "outlier");
}

/* A project's specialty: its own bands first, from any platform; other specialties'
 * bands never; bands without a specialty still. */
static void
test_specialty (void)
{
  static const char text[] =
    "{ \"schema\": 1, \"publisher\": \"Fixture\", \"as_of\": \"2026-01-01\", \"claims\": [],"
    "  \"rate_bands\": ["
    "  { \"id\": \"outlier-legal\", \"platform\": \"outlier\", \"category\": \"ai-training\", \"role\": \"Legal\","
    "    \"specialty\": \"professional\", \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"40.00\", \"high\": \"45.00\","
    "    \"kind\": \"advertised\", \"as_of\": \"2024\", " SRC ", \"verified\": true },"
    "  { \"id\": \"outlier-any\", \"platform\": \"outlier\", \"category\": \"ai-training\", \"role\": \"Trainer\","
    "    \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"15.00\", \"high\": \"25.00\","
    "    \"kind\": \"advertised\", \"as_of\": \"2025\", " SRC ", \"verified\": true },"
    "  { \"id\": \"any-generalist\", \"platform\": \"any\", \"category\": \"ai-training\", \"role\": \"Rater\","
    "    \"specialty\": \"generalist\", \"unit\": \"hour\", \"currency\": \"USD\", \"typical\": \"20.00\","
    "    \"kind\": \"effective\", \"as_of\": \"2025\", " SRC ", \"verified\": false } ] }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = daftar_market_load_bytes (bytes, NULL, &error);
  g_autoptr(DaftarEarningsInput) input = NULL;
  g_autoptr(DaftarComparison) comparison = NULL;
  DaftarEarningsProject generalist = {
    .id = 1, .name = (char *) "g", .platform_key = (char *) "outlier", .platform_name = (char *) "Outlier",
    .category = DAFTAR_CATEGORY_AI_TRAINING, .pricing = DAFTAR_PRICING_HOURLY, .currency = "USD",
    .rate_minor = 2000, .has_override_ppm = TRUE, .override_ppm = 0,
    .has_specialty = TRUE, .specialty = DAFTAR_SPECIALTY_GENERALIST,
  };
  DaftarEarningsProject plain = generalist;
  DaftarWorkRow work = { .project_id = 1, .n_sessions = 1, .actual_seconds = 7200, .paid_seconds = 7200 };
  DaftarDay from, to;
  const DaftarComparisonRow *row;

  g_assert_no_error (error);
  g_assert_true (daftar_market_get_band (market, "outlier-legal")->has_specialty);
  g_assert_false (daftar_market_get_band (market, "outlier-any")->has_specialty);
  g_assert_true (daftar_day_from_iso ("2025-03-01", &from));
  g_assert_true (daftar_day_from_iso ("2025-03-31", &to));
  input = daftar_earnings_input_new (from, to, "USD", DAFTAR_EARNINGS_BY_PROJECT);
  work.day = from;
  daftar_earnings_input_add_project (input, &generalist);
  daftar_earnings_input_add_work (input, &work);
  plain.id = 2;
  plain.has_specialty = FALSE;
  work.project_id = 2;
  work.actual_seconds = work.paid_seconds = 3600;
  daftar_earnings_input_add_project (input, &plain);
  daftar_earnings_input_add_work (input, &work);

  comparison = daftar_market_compare (market, input, &error);
  g_assert_no_error (error);
  /* Two rows: the same platform and category, told apart by the specialty. */
  g_assert_cmpuint (comparison->rows->len, ==, 2);

  row = g_ptr_array_index (comparison->rows, 0);
  g_assert_true (row->has_specialty);
  g_assert_cmpint (row->specialty, ==, DAFTAR_SPECIALTY_GENERALIST);
  g_assert_cmpuint (row->matches->len, ==, 2);   /* never the lawyers' band */
  g_assert_cmpstr (g_array_index (row->matches, DaftarBandMatch, 0).band->id, ==, "any-generalist");
  g_assert_true (g_array_index (row->matches, DaftarBandMatch, 0).same_specialty);
  g_assert_cmpstr (g_array_index (row->matches, DaftarBandMatch, 1).band->id, ==, "outlier-any");
  {
    g_autofree char *label = daftar_comparison_row_get_work_label (row);

    g_assert_cmpstr (label, ==, "AI training and evaluation, Generalist");
  }

  /* No specialty: every band, as before. */
  row = g_ptr_array_index (comparison->rows, 1);
  g_assert_false (row->has_specialty);
  g_assert_cmpuint (row->matches->len, ==, 3);
  g_assert_cmpstr (g_array_index (row->matches, DaftarBandMatch, 0).band->platform, ==, "outlier");
}

/* A band's specialty must be known, and only on AI training. */
static void
test_band_specialty_refused (void)
{
  static const char * const bad[] = {
    "\"category\": \"ai-training\", \"specialty\": \"poetry\"",
    "\"category\": \"writing\", \"specialty\": \"language\"",
    "\"category\": \"any\", \"specialty\": \"coding\"",
    "\"category\": \"ai-training\", \"specialty\": 3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "{ \"schema\": 1, \"publisher\": \"F\", \"as_of\": \"2026-01-01\", \"claims\": [],"
        "  \"rate_bands\": [ { \"id\": \"b\", \"platform\": \"any\", %s, \"role\": \"r\","
        "    \"unit\": \"hour\", \"currency\": \"USD\", \"typical\": \"20.00\","
        "    \"kind\": \"effective\", \"as_of\": \"2025\", " SRC ", \"verified\": false } ] }", bad[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(DaftarMarket) market = daftar_market_load_bytes (bytes, NULL, &error);

      g_assert_null (market);
      g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "specialty"));
    }
}

/* The shipped data names the specialty where the role does. */
static void
test_shipped_specialties (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = daftar_market_load_default (&error);

  g_assert_no_error (error);
  g_assert_cmpint (daftar_market_get_band (market, "s23-outlier-legal-2024")->specialty, ==, DAFTAR_SPECIALTY_PROFESSIONAL);
  g_assert_cmpint (daftar_market_get_band (market, "e7-scale-multilingual")->specialty, ==, DAFTAR_SPECIALTY_LANGUAGE);
  g_assert_cmpint (daftar_market_get_band (market, "e17-mercor-code-qa")->specialty, ==, DAFTAR_SPECIALTY_CODING);
  g_assert_cmpint (daftar_market_get_band (market, "e18-dataannotation-stem")->specialty, ==, DAFTAR_SPECIALTY_STEM);
  g_assert_cmpint (daftar_market_get_band (market, "e16-mercor-generalist")->specialty, ==, DAFTAR_SPECIALTY_GENERALIST);
  g_assert_true (daftar_market_get_band (market, "e7-scale-multilingual")->has_specialty);
  g_assert_false (daftar_market_get_band (market, "e12-mercor-range")->has_specialty);
}

/* A band's figures in words, as the Earnings page and daftar-cli write them: what the
 * band has of a range and a typical figure, one figure once. */
static void
test_range_text (void)
{
  const struct
  {
    const char *low, *typical, *high;
    gboolean    one_figure;
    const char *expected;
  } cases[] = {
    { "35", "40", "50", FALSE, "35 – 50 (typical 40)" },
    { "35", NULL, "50", FALSE, "35 – 50" },
    { "45", NULL, "45", TRUE, "45" },
    { "45", "45", "45", TRUE, "45 (typical 45)" },
    { "45", NULL, NULL, FALSE, "from 45" },
    { NULL, "30", "250", FALSE, "up to 250 (typical 30)" },
    { NULL, "30", NULL, FALSE, "30" },
    { NULL, NULL, NULL, FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = daftar_band_range_text (cases[i].low, cases[i].typical, cases[i].high,
                                                      cases[i].one_figure);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/market-compare/compare", test_compare);
  g_test_add_func ("/market-compare/missing-rate", test_missing_rate);
  g_test_add_func ("/market-compare/positions", test_positions);
  g_test_add_func ("/market-compare/describe", test_describe);
  g_test_add_func ("/market-compare/range-text", test_range_text);
  g_test_add_func ("/market-compare/specialty", test_specialty);
  g_test_add_func ("/market-compare/band-specialty-refused", test_band_specialty_refused);
  g_test_add_func ("/market-compare/shipped-specialties", test_shipped_specialties);
  g_test_add_func ("/market-compare/shipped", test_shipped_outlier);

  return g_test_run ();
}
