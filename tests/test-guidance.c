/* test-guidance.c — the guidance rules on fixture ledgers and the bundled dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each fixture is a freelancer of the issue: a translator on Upwork, an Outlier
 * worker with heavy overruns, a designer on one platform, a new user, and one whose
 * ledger should raise nothing alarming.  The tests check which cards come, in what
 * order, and the user's figures in their "why".
 */

#define G_LOG_DOMAIN "test-guidance"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "daftar-guidance-private.h"
#include "daftar-json-guidance.h"
#include "daftar-test-util.h"

static DaftarMarket *market;
static DaftarFormat *format;

/* 90 days, ending 2026-11-20 */
static DaftarEarningsInput *
ledger_new (void)
{
  DaftarDay from, to;

  g_assert_true (daftar_day_from_iso ("2026-08-23", &from));
  g_assert_true (daftar_day_from_iso ("2026-11-20", &to));
  return daftar_earnings_input_new (from, to, "USD", DAFTAR_EARNINGS_BY_PROJECT);
}

/* A project with a flat fee of @fee_ppm, so the figures don't hang on the rules' dates. */
static void
add_project (DaftarEarningsInput *input,
             gint64               id,
             const char          *platform,
             const char          *platform_name,
             DaftarCategory       category,
             DaftarPricing        pricing,
             gint64               rate_minor,
             gint32               fee_ppm)
{
  DaftarEarningsProject project = {
    .id = id, .name = (char *) "Project", .platform_key = (char *) platform,
    .platform_name = (char *) platform_name, .category = category,
    .pricing = pricing, .currency = "USD", .rate_minor = rate_minor,
    .has_override_ppm = TRUE, .override_ppm = fee_ppm,
  };

  daftar_earnings_input_add_project (input, &project);
}

/* Work on @days days from the period's start, each the same. */
static void
add_work (DaftarEarningsInput *input,
          gint64               project_id,
          int                  days,
          gint64               actual_seconds,
          gint64               paid_seconds,
          gint64               earned_minor,
          gint64               tool_id)
{
  guint tool_set = tool_id > 0 ? daftar_earnings_input_intern_tool_set (input, &tool_id, 1) : 0;

  for (int i = 0; i < days; i++)
    {
      DaftarWorkRow row = {
        .project_id = project_id, .day = input->query.from + 1 + i, .tool_set = tool_set,
        .n_sessions = 1, .actual_seconds = actual_seconds, .paid_seconds = paid_seconds,
        .earned_minor = earned_minor,
      };

      daftar_earnings_input_add_work (input, &row);
    }
}

static void
add_tool (DaftarEarningsInput *input,
          gint64               id,
          const char          *name,
          gint64               monthly_cost_minor)
{
  DaftarEarningsTool tool = {
    .id = id, .name = (char *) name, .has_cost = monthly_cost_minor > 0,
    .monthly_cost = { .minor = monthly_cost_minor, .currency = "USD" },
  };

  daftar_earnings_input_add_tool (input, &tool);
}

static DaftarGuidance *
compute (DaftarEarningsInput *input)
{
  g_autoptr(GError) error = NULL;
  DaftarGuidance *guidance = daftar_guidance_compute (market, input, format, &error);

  g_assert_no_error (error);
  g_assert_nonnull (guidance);
  for (guint i = 0; i < guidance->cards->len; i++)
    {
      const DaftarGuidanceCard *card = g_ptr_array_index (guidance->cards, i);

      g_test_message ("%u. %s (%d): %s — %s", i + 1, card->id, card->score, card->title, card->why);
      /* What every card owes the user */
      g_assert_true (card->title && *card->title && card->body && *card->body);
      g_assert_true (card->why && *card->why);
      g_assert_cmpuint (card->actions->len, >=, 2);
      g_assert_cmpuint (card->actions->len, <=, 4);
      g_assert_cmpint (card->score, >=, 0);
      g_assert_cmpint (card->score, <=, 1000);
      if (i > 0)
        g_assert_cmpint (((DaftarGuidanceCard *) g_ptr_array_index (guidance->cards, i - 1))->score, >=,
                         card->score);
    }

  return guidance;
}

static int
rank_of (const DaftarGuidance *guidance,
         const char           *id)
{
  for (guint i = 0; i < guidance->cards->len; i++)
    if (g_str_equal (((DaftarGuidanceCard *) g_ptr_array_index (guidance->cards, i))->id, id))
      return (int) i;

  return -1;
}

static const DaftarGuidanceCard *
expect_card (const DaftarGuidance *guidance,
             const char           *id)
{
  const DaftarGuidanceCard *card = daftar_guidance_find (guidance, id);

  if (card == NULL)
    g_error ("No card “%s”", id);
  return card;
}

static gboolean
cites (const DaftarGuidanceCard *card,
       const char               *source_id)
{
  for (guint i = 0; i < card->sources->len; i++)
    if (g_str_equal (((DaftarGuidanceSource *) g_ptr_array_index (card->sources, i))->id, source_id))
      return TRUE;

  return FALSE;
}

#define assert_contains(haystack, needle) \
  G_STMT_START { \
    if (strstr ((haystack), (needle)) == NULL) \
      g_error ("“%s” does not contain “%s”", (haystack), (needle)); \
  } G_STMT_END

/* 60 h of translation on Upwork at $15.67/h, 10% fee: $14.10/h effective, under the
 * reported $20/h for translation evaluators; all of it on one platform. */
static void
test_translator (void)
{
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarGuidance) guidance = NULL;
  const DaftarGuidanceCard *card;

  add_project (input, 1, "upwork", "Upwork", DAFTAR_CATEGORY_TRANSLATION, DAFTAR_PRICING_HOURLY, 1567, 100000);
  add_work (input, 1, 20, 3 * 3600, 3 * 3600, 0, 0);
  guidance = compute (input);

  card = expect_card (guidance, "below-band-translation-upwork");
  g_assert_cmpint (card->kind, ==, DAFTAR_GUIDANCE_BELOW_BAND);
  g_assert_cmpint (card->tone, ==, DAFTAR_GUIDANCE_TONE_WARNING);
  g_assert_cmpint (card->rate_minor, ==, 1410);
  g_assert_cmpint (card->band_low_minor, ==, 2000);
  g_assert_cmpint (card->distance_permille, ==, -295);
  assert_contains (card->why, "$14.10/h");
  assert_contains (card->why, "$20.00/h");
  assert_contains (card->why, "30% below");
  assert_contains (card->why, "Upwork");
  g_assert_true (cites (card, "e20-appen-persian"));

  card = expect_card (guidance, "outlook-translation");
  g_assert_cmpint (card->outlook, ==, DAFTAR_OUTLOOK_AT_RISK);
  g_assert_cmpint (card->tone, ==, DAFTAR_GUIDANCE_TONE_WARNING);
  g_assert_cmpint (card->share_permille, ==, 1000);
  assert_contains (card->why, "Translation is 100% of your hours in this period: 60.0 h of 60.0 h.");
  g_assert_true (cites (card, "e30-writing-translation-demand"));
  /* The unverified seed figure is cited as such */
  g_assert_true (cites (card, "s7-translation-pay-cut"));
  for (guint i = 0; i < card->sources->len; i++)
    {
      const DaftarGuidanceSource *source = g_ptr_array_index (card->sources, i);

      if (g_str_equal (source->id, "s7-translation-pay-cut"))
        {
          g_assert_false (source->verified);
          g_assert_cmpstr (source->figure, ==, "-30%");
        }
    }

  card = expect_card (guidance, "concentration-upwork");
  g_assert_cmpint (card->share_permille, ==, 1000);
  assert_contains (card->why, "100% of your net income in this period, $846.20 of $846.20, came from");

  /* No AI tool in a field where peers use them */
  expect_card (guidance, "no-ai-translation");
  g_assert_null (daftar_guidance_find (guidance, "ai-disclosure"));
  g_assert_null (daftar_guidance_find (guidance, "starter-log"));

  /* Her rate below the band first, then her field, then the platform */
  g_assert_cmpint (rank_of (guidance, "below-band-translation-upwork"), ==, 0);
  g_assert_cmpint (rank_of (guidance, "outlook-translation"), ==, 1);
  g_assert_cmpint (rank_of (guidance, "concentration-upwork"), ==, 2);
  g_assert_cmpint (rank_of (guidance, "no-ai-translation"), ==, 3);
  g_assert_cmpuint (guidance->cards->len, ==, 4);
}

/* Outlier at $40/h: 40 h worked, 21.16 h paid, so $21.16/h effective (seed 003). */
static void
test_outlier_overruns (void)
{
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarGuidance) guidance = NULL;
  const DaftarGuidanceCard *card;

  add_project (input, 1, "outlier", "Outlier", DAFTAR_CATEGORY_AI_TRAINING, DAFTAR_PRICING_HOURLY, 4000, 0);
  add_work (input, 1, 4, 36000, 19044, 0, 0);
  guidance = compute (input);

  card = g_ptr_array_index (guidance->cards, 0);
  g_assert_cmpstr (card->id, ==, "unpaid-outlier");
  g_assert_cmpint (card->kind, ==, DAFTAR_GUIDANCE_UNPAID_GAP);
  g_assert_cmpint (card->actual_seconds, ==, 4 * 36000);
  g_assert_cmpint (card->paid_seconds, ==, 4 * 19044);
  g_assert_cmpint (card->share_permille, ==, 471);
  g_assert_cmpint (card->rate_minor, ==, 2116);
  g_assert_cmpint (card->nominal_rate_minor, ==, 4000);
  assert_contains (card->why, "On \xe2\x81\xa8Outlier\xe2\x81\xa9 you worked 40.0 h and were paid for 21.16 h: "
                              "47% of your time went unpaid.");
  assert_contains (card->why, "Your nominal rate of $40.00/h came down to an effective $21.16/h.");
  g_assert_true (cites (card, "s25-outlier-effective"));
  g_assert_true (cites (card, "s28-overrun-review"));

  /* Her rate sits among what other Outlier workers report, so no below-band card;
   * AI training is a rising field. */
  g_assert_null (daftar_guidance_find (guidance, "below-band-ai-training-outlier"));
  card = expect_card (guidance, "outlook-ai-training");
  g_assert_cmpint (card->tone, ==, DAFTAR_GUIDANCE_TONE_OPPORTUNITY);
  g_assert_cmpint (rank_of (guidance, "concentration-outlier"), ==, 1);
  /* AI-training platforms often forbid AI tools in the tasks: no nudge to use them */
  g_assert_null (daftar_guidance_find (guidance, "no-ai-ai-training"));
}

/* A designer on Fiverr only, at $50/h less 20%, using Midjourney on every job. */
static void
test_single_platform_designer (void)
{
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarGuidance) guidance = NULL;
  const DaftarGuidanceCard *card;

  add_tool (input, 7, "Midjourney", 0);
  add_project (input, 1, "fiverr", "Fiverr", DAFTAR_CATEGORY_GRAPHIC_DESIGN, DAFTAR_PRICING_HOURLY, 5000, 200000);
  add_work (input, 1, 10, 3 * 3600, 3 * 3600, 0, 7);
  guidance = compute (input);

  card = expect_card (guidance, "concentration-fiverr");
  g_assert_cmpint (card->kind, ==, DAFTAR_GUIDANCE_CONCENTRATION);
  g_assert_cmpint (card->share_permille, ==, 1000);
  g_assert_cmpint (card->amount_minor, ==, 120000);
  assert_contains (card->why, "100% of your net income in this period, $1,200.00 of $1,200.00, came from "
                              "\xe2\x81\xa8" "Fiverr\xe2\x81\xa9.");
  g_assert_true (cites (card, "e10-remotasks-exit"));
  g_assert_cmpint (rank_of (guidance, "concentration-fiverr"), ==, 0);

  /* $40/h is within what the sources report for design */
  g_assert_null (daftar_guidance_find (guidance, "below-band-graphic-design-fiverr"));
  card = expect_card (guidance, "outlook-graphic-design");
  g_assert_cmpint (card->outlook, ==, DAFTAR_OUTLOOK_MIXED);
  card = expect_card (guidance, "ai-disclosure");
  assert_contains (card->why, "You used AI tools in 30.0 h of your 30.0 h of work in this period (100%).");
  g_assert_true (cites (card, "s12-ai-disclosure"));
  g_assert_null (daftar_guidance_find (guidance, "no-ai-graphic-design"));
}

static void
test_empty_ledger (void)
{
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarGuidance) guidance = NULL;
  static const char * const starters[] = { "starter-log", "starter-paid-time", "starter-ai-tools", "starter-market" };

  add_tool (input, 1, "ChatGPT", 2000);
  guidance = compute (input);

  /* Only the starter set, in order: not even the unused subscription */
  g_assert_cmpuint (guidance->cards->len, ==, G_N_ELEMENTS (starters));
  for (guint i = 0; i < G_N_ELEMENTS (starters); i++)
    {
      const DaftarGuidanceCard *card = g_ptr_array_index (guidance->cards, i);

      g_assert_cmpstr (card->id, ==, starters[i]);
      g_assert_cmpint (card->kind, ==, DAFTAR_GUIDANCE_STARTER);
    }
  g_assert_cmpint (guidance->actual_seconds, ==, 0);
  g_assert_true (cites (expect_card (guidance, "starter-paid-time"), "s25-outlier-effective"));
}

/* A data scientist earning well on Upwork and from a direct client, half and half,
 * using a free AI tool now and then: nothing to warn about. */
static void
test_nothing_alarming (void)
{
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarGuidance) guidance = NULL;

  add_tool (input, 3, "Claude", 0);
  add_project (input, 1, "upwork", "Upwork", DAFTAR_CATEGORY_DATA_SCIENCE, DAFTAR_PRICING_HOURLY, 9000, 100000);
  add_project (input, 2, "direct", "Direct client", DAFTAR_CATEGORY_DATA_SCIENCE, DAFTAR_PRICING_HOURLY, 8000, 0);
  add_work (input, 1, 5, 3 * 3600, 3 * 3600, 0, 3);
  add_work (input, 2, 5, 3 * 3600, 3 * 3600, 0, 0);
  guidance = compute (input);

  for (guint i = 0; i < guidance->cards->len; i++)
    g_assert_cmpint (((DaftarGuidanceCard *) g_ptr_array_index (guidance->cards, i))->tone, !=,
                     DAFTAR_GUIDANCE_TONE_WARNING);
  g_assert_cmpstr (((DaftarGuidanceCard *) g_ptr_array_index (guidance->cards, 0))->id, ==,
                   "outlook-data-science");
  expect_card (guidance, "ai-disclosure");
  g_assert_cmpuint (guidance->cards->len, ==, 2);
}

/* Per-task writing: $20/h with a $60 tool, $19.50/h without; the tool brings $5 over
 * 10 h and costs $60.  A second paid tool sits unused. */
static void
test_ai_costs (void)
{
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarGuidance) guidance = NULL;
  const DaftarGuidanceCard *card;

  add_tool (input, 1, "ChatGPT", 6000);
  add_tool (input, 2, "Midjourney", 3000);
  add_project (input, 1, "direct", "Direct client", DAFTAR_CATEGORY_WRITING, DAFTAR_PRICING_PER_TASK, 0, 0);
  add_work (input, 1, 5, 2 * 3600, 2 * 3600, 4000, 1);
  add_work (input, 1, 5, 2 * 3600, 2 * 3600, 3900, 0);
  guidance = compute (input);

  card = expect_card (guidance, "ai-cost");
  g_assert_cmpint (card->tone, ==, DAFTAR_GUIDANCE_TONE_WARNING);
  g_assert_cmpint (card->amount_minor, ==, 6000);
  g_assert_cmpint (card->rate_minor, ==, 2000);
  g_assert_cmpint (card->nominal_rate_minor, ==, 1950);
  assert_contains (card->why, "Your AI subscriptions cost $60.00 in this period.");
  assert_contains (card->why, "you earned $20.00/h with AI tools and $19.50/h without; over your 10.0 h with AI "
                              "the difference comes to $5.00.");

  card = expect_card (guidance, "ai-unused-2");
  assert_contains (card->why, "Midjourney\xe2\x81\xa9 costs $30.00 a month, and no session in this period used it.");
  g_assert_null (daftar_guidance_find (guidance, "ai-unused-1"));
  /* Writing, an at-risk field, with the hours all in it */
  g_assert_cmpint (expect_card (guidance, "outlook-writing")->outlook, ==, DAFTAR_OUTLOOK_AT_RISK);
}

/* The figures follow the locale: Persian digits, ICU's Persian separators. */
static void
test_persian_figures (void)
{
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarFormat) persian = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(DaftarGuidance) guidance = NULL;
  g_autoptr(GError) error = NULL;
  const DaftarGuidanceCard *card;

  add_project (input, 1, "outlier", "Outlier", DAFTAR_CATEGORY_AI_TRAINING, DAFTAR_PRICING_HOURLY, 4000, 0);
  add_work (input, 1, 4, 36000, 19044, 0, 0);
  guidance = daftar_guidance_compute (market, input, persian, &error);
  g_assert_no_error (error);

  card = expect_card (guidance, "unpaid-outlier");
  assert_contains (card->why, "۴۷");
  assert_contains (card->why, "۲۱٫۱۶");
  g_assert_null (strstr (card->why, "47"));
}

/* A dataset from a feed may lack the entries a card cites: it cites what there is. */
static void
test_missing_sources (void)
{
  static const char dataset[] =
    "{ \"schema\": 1, \"publisher\": \"Fixture\", \"as_of\": \"2026-01-01\", \"rate_bands\": [], \"claims\": [] }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (dataset, strlen (dataset));
  g_autoptr(DaftarMarket) bare = NULL;
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarGuidance) guidance = NULL;
  g_autoptr(GError) error = NULL;
  const DaftarGuidanceCard *card;

  bare = daftar_market_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  add_project (input, 1, "upwork", "Upwork", DAFTAR_CATEGORY_TRANSLATION, DAFTAR_PRICING_HOURLY, 1567, 100000);
  add_work (input, 1, 20, 3 * 3600, 3 * 3600, 0, 0);
  guidance = daftar_guidance_compute (bare, input, format, &error);
  g_assert_no_error (error);

  card = expect_card (guidance, "outlook-translation");
  g_assert_cmpuint (card->sources->len, ==, 0);
  /* No band, so nothing to be below */
  g_assert_null (daftar_guidance_find (guidance, "below-band-translation-upwork"));
}

/* In euros without a rate to the dollars of the market figures: a card asks for one,
 * and the other rules still run. */
static void
test_needs_rate (void)
{
  g_autoptr(DaftarEarningsInput) input = NULL;
  g_autoptr(DaftarGuidance) guidance = NULL;
  g_autoptr(GError) error = NULL;
  const DaftarGuidanceCard *card;
  DaftarDay from, to;

  g_assert_true (daftar_day_from_iso ("2026-08-23", &from));
  g_assert_true (daftar_day_from_iso ("2026-11-20", &to));
  input = daftar_earnings_input_new (from, to, "EUR", DAFTAR_EARNINGS_BY_PROJECT);
  {
    DaftarEarningsProject project = {
      .id = 1, .name = (char *) "Project", .platform_key = (char *) "upwork",
      .platform_name = (char *) "Upwork", .category = DAFTAR_CATEGORY_TRANSLATION,
      .pricing = DAFTAR_PRICING_HOURLY, .currency = "EUR", .rate_minor = 1500,
      .has_override_ppm = TRUE, .override_ppm = 100000,
    };

    daftar_earnings_input_add_project (input, &project);
  }
  add_work (input, 1, 20, 3 * 3600, 3 * 3600, 0, 0);
  guidance = daftar_guidance_compute (market, input, format, &error);
  g_assert_no_error (error);

  card = expect_card (guidance, "needs-rate");
  g_assert_cmpint (card->kind, ==, DAFTAR_GUIDANCE_NEEDS_RATE);
  assert_contains (card->why, "The reported rates are in USD, your home currency is EUR");
  g_assert_null (daftar_guidance_find (guidance, "below-band-translation-upwork"));
  expect_card (guidance, "outlook-translation");
  expect_card (guidance, "concentration-upwork");

  /* With a rate, the comparison runs */
  {
    DaftarExchangeRate rate = { .base = "USD", .quote = "EUR", .rate_e8 = 92000000,
                                .source = DAFTAR_RATE_SOURCE_USER, .day = from };
    g_autoptr(DaftarGuidance) again = NULL;

    daftar_rate_table_add (input->rates, &rate);
    again = daftar_guidance_compute (market, input, format, &error);
    g_assert_no_error (error);
    g_assert_null (daftar_guidance_find (again, "needs-rate"));
    card = expect_card (again, "below-band-translation-upwork");
    /* €13.50/h against $20.00 × 0.92 = €18.40 */
    g_assert_cmpint (card->band_low_minor, ==, 1840);
    g_assert_cmpint (card->rate_minor, ==, 1350);
  }
}

static void
test_json (void)
{
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarGuidance) guidance = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object, *figures, *source;

  add_project (input, 1, "outlier", "Outlier", DAFTAR_CATEGORY_AI_TRAINING, DAFTAR_PRICING_HOURLY, 4000, 0);
  add_work (input, 1, 4, 36000, 19044, 0, 0);
  guidance = compute (input);

  node = daftar_guidance_card_to_json (expect_card (guidance, "unpaid-outlier"), guidance->currency);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, "unpaid-outlier");
  g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "unpaid-gap");
  g_assert_cmpstr (json_object_get_string_member (object, "tone"), ==, "warning");
  g_assert_cmpint (json_object_get_int_member (object, "score"), >, 600);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "actions")), ==, 4);
  source = json_array_get_object_element (json_object_get_array_member (object, "sources"), 0);
  g_assert_cmpstr (json_object_get_string_member (source, "id"), ==, "s25-outlier-effective");
  g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "band");
  g_assert_false (json_object_get_boolean_member (source, "verified"));
  figures = json_object_get_object_member (object, "figures");
  g_assert_cmpstr (json_object_get_string_member (figures, "platform"), ==, "outlier");
  g_assert_cmpstr (json_object_get_string_member (figures, "rate"), ==, "21.16");
  g_assert_cmpstr (json_object_get_string_member (figures, "other_rate"), ==, "40.00");
  g_assert_cmpint (json_object_get_int_member (figures, "share_permille"), ==, 471);
}

static void
test_outlooks (void)
{
  g_assert_cmpint (daftar_category_get_outlook (DAFTAR_CATEGORY_WRITING), ==, DAFTAR_OUTLOOK_AT_RISK);
  g_assert_cmpint (daftar_category_get_outlook (DAFTAR_CATEGORY_TRANSLATION), ==, DAFTAR_OUTLOOK_AT_RISK);
  g_assert_cmpint (daftar_category_get_outlook (DAFTAR_CATEGORY_DATA_ENTRY), ==, DAFTAR_OUTLOOK_AT_RISK);
  g_assert_cmpint (daftar_category_get_outlook (DAFTAR_CATEGORY_GRAPHIC_DESIGN), ==, DAFTAR_OUTLOOK_MIXED);
  g_assert_cmpint (daftar_category_get_outlook (DAFTAR_CATEGORY_WEB_SOFTWARE), ==, DAFTAR_OUTLOOK_MIXED);
  for (DaftarCategory c = DAFTAR_CATEGORY_DATA_SCIENCE; c <= DAFTAR_CATEGORY_CONSULTING; c++)
    g_assert_cmpint (daftar_category_get_outlook (c), ==, DAFTAR_OUTLOOK_RISING);
  g_assert_cmpint (daftar_category_get_outlook (DAFTAR_CATEGORY_OTHER), ==, DAFTAR_OUTLOOK_NONE);
}

/* Every id a card cites is in the bundled dataset: a typo would silently drop it. */
static void
test_cited_ids_exist (void)
{
  g_autoptr(DaftarEarningsInput) input = ledger_new ();
  g_autoptr(DaftarGuidance) empty = NULL;
  guint total = 0;

  empty = compute (input);
  for (guint i = 0; i < empty->cards->len; i++)
    total += ((DaftarGuidanceCard *) g_ptr_array_index (empty->cards, i))->sources->len;
  g_assert_cmpuint (total, ==, 1 + 2 + 2 + 3);

  /* One card per category's outlook, each with its sources all found */
  for (DaftarCategory c = 0; c < DAFTAR_N_CATEGORIES; c++)
    {
      g_autoptr(DaftarEarningsInput) one = ledger_new ();
      g_autoptr(DaftarGuidance) guidance = NULL;
      g_autofree char *id = g_strdup_printf ("outlook-%s", daftar_category_to_key (c));
      const DaftarGuidanceCard *card;
      guint n_cited = 0;

      add_project (one, 1, "direct", "Direct client", c, DAFTAR_PRICING_HOURLY, 5000, 0);
      add_work (one, 1, 1, 3600, 3600, 0, 0);
      guidance = compute (one);
      card = daftar_guidance_find (guidance, id);
      if (c == DAFTAR_CATEGORY_OTHER)
        {
          g_assert_null (card);
          continue;
        }
      g_assert_nonnull (card);
      while (n_cited < DAFTAR_OUTLOOK_MAX_SOURCES && daftar_guidance_outlook_entry (c)->sources[n_cited])
        n_cited++;
      g_assert_cmpuint (n_cited, >=, 2);
      g_assert_cmpuint (card->sources->len, ==, n_cited);
    }
}

/* The month's pace (daftar-guidance-goals.c): 3100.00 USD a month of 31 days.  By
 * the 16th, 15 days are over and the pace asks for 1500.00; 16 days are left. */
static void
test_goal_pace (void)
{
  g_autoptr(DaftarGuidanceCard) ahead = NULL;
  g_autoptr(DaftarGuidanceCard) behind = NULL;
  g_autoptr(DaftarGuidanceCard) none = NULL;
  g_autoptr(DaftarFormat) persian = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(DaftarGuidanceCard) in_persian = NULL;
  DaftarGoalsProgress p = {
    .currency = "USD",
    .month_first = daftar_test_day ("2025-03-01"),
    .month_last = daftar_test_day ("2025-03-31"),
    .today = daftar_test_day ("2025-03-16"),
    .monthly_net = { .set = TRUE, .target = 310000, .has_actual = TRUE },
  };

  /* Ahead of the pace, and only a little behind it: no card */
  p.monthly_net.actual = 160000;
  ahead = daftar_guidance_goal_pace_card (&p, format);
  g_assert_null (ahead);
  p.monthly_net.actual = 119000;
  g_assert_null (daftar_guidance_goal_pace_card (&p, format));

  /* 400.00 of 3100.00 (12.9%): behind, with the figures */
  p.monthly_net.actual = 40000;
  p.monthly_net.ratio_e4 = 1290;
  behind = daftar_guidance_goal_pace_card (&p, format);
  g_assert_nonnull (behind);
  g_assert_cmpstr (behind->id, ==, "goal-pace-month");
  g_assert_cmpint (behind->kind, ==, DAFTAR_GUIDANCE_GOAL_PACE);
  g_assert_cmpint (behind->tone, ==, DAFTAR_GUIDANCE_TONE_WARNING);
  g_assert_cmpint (behind->amount_minor, ==, 40000);
  g_assert_cmpstr (behind->title, ==, "This month is behind your income goal");
  g_assert_cmpstr (behind->why, ==,
                   "You have netted $400.00 of your $3,100.00 goal for this month (12%); by now the "
                   "pace asks for $1,500.00. 16 days are left in the month: $168.75 a day reaches "
                   "the goal.");
  g_assert_cmpuint (behind->actions->len, ==, 4);
  g_assert_cmpstr (daftar_guidance_kind_to_key (behind->kind), ==, "goal-pace");

  /* The last day: one day left, in the singular */
  p.today = p.month_last;
  in_persian = daftar_guidance_goal_pace_card (&p, persian);
  g_assert_nonnull (in_persian);
  g_assert_true (strstr (in_persian->why, "۴۰۰") != NULL);
  g_assert_null (strstr (in_persian->why, "400"));
  g_clear_pointer (&in_persian, daftar_guidance_card_free);
  in_persian = daftar_guidance_goal_pace_card (&p, format);
  g_assert_true (strstr (in_persian->why, "1 day is left in the month: $2,700.00 a day") != NULL);

  /* No goal, no card */
  p.monthly_net.set = FALSE;
  none = daftar_guidance_goal_pace_card (&p, format);
  g_assert_null (none);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  market = daftar_market_load_default (&error);
  g_assert_no_error (error);
  format = daftar_format_new ("en_US", DAFTAR_CALENDAR_GREGORIAN, FALSE);

  g_test_add_func ("/guidance/translator", test_translator);
  g_test_add_func ("/guidance/outlier-overruns", test_outlier_overruns);
  g_test_add_func ("/guidance/single-platform-designer", test_single_platform_designer);
  g_test_add_func ("/guidance/empty-ledger", test_empty_ledger);
  g_test_add_func ("/guidance/nothing-alarming", test_nothing_alarming);
  g_test_add_func ("/guidance/ai-costs", test_ai_costs);
  g_test_add_func ("/guidance/persian-figures", test_persian_figures);
  g_test_add_func ("/guidance/missing-sources", test_missing_sources);
  g_test_add_func ("/guidance/needs-rate", test_needs_rate);
  g_test_add_func ("/guidance/json", test_json);
  g_test_add_func ("/guidance/outlooks", test_outlooks);
  g_test_add_func ("/guidance/cited-ids-exist", test_cited_ids_exist);
  g_test_add_func ("/guidance/goal-pace", test_goal_pace);

  status = g_test_run ();
  daftar_market_free (market);
  daftar_format_unref (format);
  return status;
}
