/* daftar-guidance-rules.c — the rules over the user's ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule reads the period's totals and, when what it looks for is there, adds a
 * card with the user's own figures in its "why".  The thresholds are all here.
 */
#define G_LOG_DOMAIN "daftar-guidance"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-guidance-private.h"
#include "daftar-int64.h"
#include "daftar-market-compare.h"
#include "daftar-money-format.h"
#include "daftar-text.h"

/* Every threshold the rules use, and where it comes from. */
const DaftarGuidanceThresholds daftar_guidance_thresholds = {
  /* Ten hours in a scope before its rates or shares are judged: less is a trial task
   * or two, too little to advise on (our choice). */
  .min_seconds = 10 * 3600,
  /* A category gets its outlook from a tenth of the hours; below that it is a side
   * line (our choice). */
  .outlook_share = 100,
  /* An effective rate at least 5% under the band's low edge; closer than that is
   * within what rounding and a week's luck move (our choice). */
  .below_band = -50,
  /* Unpaid time of a fifth of the hours worked (issue 7; seed 003: Outlier's $40/h
   * became $21.16/h effective once tasks overran their limits). */
  .unpaid_share = 200,
  /* 70% of the net from one platform (issue 7; market-facts E10: Remotasks left Kenya
   * on 8 March 2024 and its workers' income stopped with it). */
  .concentration = 700,
  /* A fifth of the hours in a field without any AI tool, while 63–73% of freelancers
   * report using AI (market-facts E41, E43). */
  .no_ai_share = 200,
  /* Five hours each with and without AI on fixed-price and per-task work before their
   * rates are compared (our choice). */
  .ai_compare_seconds = 5 * 3600,
};

static void
add_below_band_card (DaftarGuidanceContext                   *ctx,
                     const DaftarComparisonRow *row,
                     const DaftarBandMatch     *match)
{
  g_autofree char *platform = daftar_text_isolate (row->platform_name);
  g_autofree char *rate = daftar_guidance_format_rate (ctx, row->effective_rate_minor);
  g_autofree char *distance = daftar_guidance_format_percent (ctx, -match->distance_permille);
  g_autofree char *band = NULL;
  const DaftarRateBand *b = match->band;
  gboolean range = b->has_low && b->has_high && match->low_minor != match->high_minor;
  gint64 low = b->has_low ? match->low_minor : match->typical_minor;
  gint64 high = range ? match->high_minor : low;
  gint64 hours_share = daftar_guidance_share (row->actual_seconds, ctx->all.actual);
  DaftarGuidanceCard *card;
  int score;

  score = SCORE_BELOW_BAND + (int) MIN (-match->distance_permille, 800) / 4 + (int) (hours_share / 10);
  card = daftar_guidance_card_new (ctx, row->has_specialty
                                          ? g_strdup_printf ("below-band-%s-%s-%s", daftar_category_to_key (row->category),
                                                             daftar_specialty_to_key (row->specialty), row->platform_key)
                                          : g_strdup_printf ("below-band-%s-%s", daftar_category_to_key (row->category),
                                                             row->platform_key),
                   DAFTAR_GUIDANCE_BELOW_BAND, DAFTAR_GUIDANCE_TONE_WARNING, score);

  card->title = g_strdup_printf (/* Translators: %s is a category, like "Translation". */
                                 _("Your rate in %s is below what the market reports"),
                                 daftar_category_get_label (row->category));
  card->body = g_strdup (_("Your effective rate is under the lowest figure the sources report for this kind of work. "
                           "Look at your prices, at how long your tasks really take, and at where this work pays better."));
  if (range)
    {
      g_autofree char *a = daftar_guidance_format_money (ctx, low);
      g_autofree char *z = daftar_guidance_format_money (ctx, high);

      g_autofree char *amounts = g_strdup_printf (_("%s–%s"), a, z);

      band = daftar_format_per_hour (amounts);
    }
  else
    band = daftar_guidance_format_rate (ctx, low);

  if (range)
    card->why = g_strdup_printf (/* Translators: "Your effective rate in Translation on Upwork,
                                  * $14.10/h, is 30% below the reported band $20.00–$25.00/h." */
                                 _("Your effective rate in %s on %s, %s, is %s below the reported band %s."),
                                 daftar_category_get_label (row->category), platform, rate, distance, band);
  else if (match->single_figure)
    card->why = g_strdup_printf (/* Translators: "Your effective rate in Translation on Upwork,
                                  * $14.10/h, is 30% below the reported figure, $20.00/h." */
                                 _("Your effective rate in %s on %s, %s, is %s below the reported figure, %s."),
                                 daftar_category_get_label (row->category), platform, rate, distance, band);
  else
    card->why = g_strdup_printf (/* Translators: "Your effective rate in Translation on Upwork,
                                  * $14.10/h, is 30% below the lowest reported rate, $20.00/h." */
                                 _("Your effective rate in %s on %s, %s, is %s below the lowest reported rate, %s."),
                                 daftar_category_get_label (row->category), platform, rate, distance, band);
  if (daftar_band_kind_get_comparison_note (b->kind) != NULL)
    {
      char *why = g_strconcat (card->why, " ", daftar_band_kind_get_comparison_note (b->kind), NULL);

      g_free (card->why);
      card->why = why;
    }
  ADD_ACTIONS (card,
               N_("Raise your rate for new clients and contracts, a step at a time."),
               N_("Time your tasks and find the ones that take longer than you price them."),
               N_("Compare what other platforms and clients pay for this work; the sources below are a start."));

  daftar_guidance_card_add_source (ctx, card, b->id);
  for (guint i = 1; i < row->matches->len && card->sources->len < 3; i++)
    daftar_guidance_card_add_source (ctx, card, g_array_index (row->matches, DaftarBandMatch, i).band->id);

  card->has_category = TRUE;
  card->category = row->category;
  card->outlook = daftar_category_get_outlook (row->category);
  card->platform_key = g_strdup (row->platform_key);
  card->platform_name = g_strdup (row->platform_name);
  card->actual_seconds = row->actual_seconds;
  card->share_permille = hours_share;
  card->amount_minor = row->net_minor;
  card->rate_minor = row->effective_rate_minor;
  card->band_low_minor = low;
  card->band_high_minor = high;
  card->distance_permille = match->distance_permille;
}

/* The bands can't be compared without a rate to the home currency: one card says
 * so, and the other rules still run. */
static void
add_needs_rate_card (DaftarGuidanceContext *ctx)
{
  const char *currency = NULL;
  DaftarGuidanceCard *card;

  for (guint i = 0; i < ctx->market->bands->len && currency == NULL; i++)
    {
      const DaftarRateBand *band = g_ptr_array_index (ctx->market->bands, i);

      if (!g_str_equal (band->currency, ctx->input->query.currency))
        currency = band->currency;
    }

  card = daftar_guidance_card_new (ctx, g_strdup ("needs-rate"), DAFTAR_GUIDANCE_NEEDS_RATE,
                                   DAFTAR_GUIDANCE_TONE_INFO, SCORE_NEEDS_RATE);
  card->title = g_strdup (_("Add an exchange rate to compare your rates with the market"));
  card->body = g_strdup (_("The reported market rates are in another currency than yours. With an exchange "
                           "rate between the two, Daftar can tell where your effective rates sit."));
  card->why = g_strdup_printf (/* Translators: two currency codes: "The reported rates are in USD,
                                * your home currency is EUR, and the ledger has no rate between them." */
                               _("The reported rates are in %s, your home currency is %s, and the ledger has "
                                 "no rate between them."),
                               currency ? currency : "USD", ctx->input->query.currency);
  ADD_ACTIONS (card,
               N_("Add a recent exchange rate under Exchange Rates."),
               N_("Or, if you are paid in that currency, make it your home currency in Preferences."));
}

static gboolean
add_below_band_cards (DaftarGuidanceContext  *ctx,
                      GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DaftarComparison) comparison = daftar_market_compare (ctx->market, ctx->input, &local_error);

  if (comparison == NULL)
    {
      if (!g_error_matches (local_error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      add_needs_rate_card (ctx);
      return TRUE;
    }

  for (guint i = 0; i < comparison->rows->len; i++)
    {
      const DaftarComparisonRow *row = g_ptr_array_index (comparison->rows, i);
      const DaftarBandMatch *best;
      const DaftarBandMatch *lowest = NULL;
      gint64 lowest_floor = 0;

      if (row->actual_seconds < daftar_guidance_thresholds.min_seconds || row->matches->len == 0)
        continue;

      /* Bands about this kind of work only (an average over all freelancers says too
       * little to warn about), at the best level found: this platform's, else any
       * platform's.  The card says the rate is under the lowest figure they report. */
      for (guint j = 0; j < row->matches->len; j++)
        {
          const DaftarBandMatch *match = &g_array_index (row->matches, DaftarBandMatch, j);
          gint64 floor;

          if (match->level == DAFTAR_BAND_MATCH_GENERAL ||
              match->level != g_array_index (row->matches, DaftarBandMatch, 0).level)
            break;
          if (!match->band->has_low && !match->band->has_typical)
            continue;
          floor = match->band->has_low ? match->low_minor : match->typical_minor;
          if (lowest == NULL || floor < lowest_floor)
            {
              lowest = match;
              lowest_floor = floor;
            }
        }

      if (lowest == NULL || lowest->position != DAFTAR_BAND_POSITION_BELOW ||
          lowest->distance_permille > daftar_guidance_thresholds.below_band)
        continue;

      best = lowest;
      add_below_band_card (ctx, row, best);
    }

  return TRUE;
}

static void
add_unpaid_cards (DaftarGuidanceContext *ctx)
{
  for (guint i = 0; i < ctx->platforms->len; i++)
    {
      const DaftarGuidancePlatform *platform = g_ptr_array_index (ctx->platforms, i);
      const DaftarGuidanceTotals *t = &platform->totals;
      gint64 unpaid = t->actual - MIN (t->paid, t->actual);
      gint64 unpaid_share = daftar_guidance_share (unpaid, t->actual);
      g_autofree char *name = NULL, *worked = NULL, *paid = NULL, *percent = NULL;
      g_autofree char *first = NULL;
      DaftarGuidanceCard *card;

      if (t->actual < daftar_guidance_thresholds.min_seconds || unpaid_share < daftar_guidance_thresholds.unpaid_share)
        continue;

      card = daftar_guidance_card_new (ctx, g_strdup_printf ("unpaid-%s", platform->key), DAFTAR_GUIDANCE_UNPAID_GAP,
                       DAFTAR_GUIDANCE_TONE_WARNING,
                       SCORE_UNPAID_GAP + (int) MIN (unpaid_share, 1000) / 3);
      name = daftar_text_isolate (platform->name);
      card->title = g_strdup_printf (/* Translators: %s is a platform, like "Outlier". */
                                     _("Much of your time on %s goes unpaid"), name);
      card->body = g_strdup (_("When a platform pays by task or caps the paid time, hours go unpaid: onboarding, "
                               "retraining, tasks that overrun their limit. The advertised rate then says little "
                               "about what you really earn."));
      worked = daftar_guidance_format_hours (ctx, t->actual);
      paid = daftar_guidance_format_hours (ctx, t->paid);
      percent = daftar_guidance_format_percent (ctx, unpaid_share);
      first = g_strdup_printf (/* Translators: "On Outlier you worked 40 h and were paid for
                                * 21.2 h: 47% of your time went unpaid." */
                               _("On %s you worked %s h and were paid for %s h: %s of your time went unpaid."),
                               name, worked, paid, percent);
      if (t->paid > 0)
        {
          g_autofree char *nominal = daftar_guidance_format_rate (ctx, daftar_guidance_per_hour (t->gross, t->paid));
          g_autofree char *effective = daftar_guidance_format_rate (ctx, daftar_guidance_per_hour (t->net, t->actual));

          g_autofree char *second = g_strdup_printf (/* Translators: two hourly rates. */
                                                     _("Your nominal rate of %s came down to an effective %s."),
                                                     nominal, effective);

          card->why = g_strdup_printf ("%s %s", first, second);
          card->nominal_rate_minor = daftar_guidance_per_hour (t->gross, t->paid);
        }
      else
        card->why = g_steal_pointer (&first);

      ADD_ACTIONS (card,
                   N_("Log every session with its real duration and its paid time, so the gap stays in view."),
                   N_("Report task types that regularly overrun their time limit; platforms say they review them."),
                   N_("Skip or question task types whose limits are too short to do well."),
                   N_("Compare your effective rate across platforms before taking more of the same work."));
      ADD_SOURCES (ctx, card, "s25-outlier-effective", "e3-outlier-effective", "s28-overrun-review",
                   "e4-outlier-held");

      card->platform_key = g_strdup (platform->key);
      card->platform_name = g_strdup (platform->name);
      card->actual_seconds = t->actual;
      card->paid_seconds = t->paid;
      card->share_permille = unpaid_share;
      card->amount_minor = t->net;
      card->rate_minor = daftar_guidance_per_hour (t->net, t->actual);
    }
}

static void
add_concentration_card (DaftarGuidanceContext *ctx)
{
  if (ctx->all.net <= 0 || ctx->all.actual < daftar_guidance_thresholds.min_seconds)
    return;

  for (guint i = 0; i < ctx->platforms->len; i++)
    {
      const DaftarGuidancePlatform *platform = g_ptr_array_index (ctx->platforms, i);
      gint64 net_share = daftar_guidance_share (platform->totals.net, ctx->all.net);
      g_autofree char *name = NULL, *percent = NULL, *net = NULL, *all_net = NULL;
      DaftarGuidanceCard *card;

      /* Direct clients and "other" are not one platform whose rules can change. */
      if (net_share < daftar_guidance_thresholds.concentration || g_str_equal (platform->key, "direct") ||
          g_str_equal (platform->key, "other"))
        continue;

      card = daftar_guidance_card_new (ctx, g_strdup_printf ("concentration-%s", platform->key),
                       DAFTAR_GUIDANCE_CONCENTRATION, DAFTAR_GUIDANCE_TONE_WARNING,
                       SCORE_CONCENTRATION + (int) MIN (net_share - daftar_guidance_thresholds.concentration, 300) / 2);
      name = daftar_text_isolate (platform->name);
      card->title = g_strdup_printf (/* Translators: %s is a platform, like "Upwork". */
                                     _("Most of your income comes from %s"), name);
      card->body = g_strdup (_("When one platform pays most of your income, a change in its fees, its rules or its "
                               "projects hits all of it at once. Platforms have cut pay and closed whole countries "
                               "with little notice."));
      percent = daftar_guidance_format_percent (ctx, net_share);
      net = daftar_guidance_format_money (ctx, platform->totals.net);
      all_net = daftar_guidance_format_money (ctx, ctx->all.net);
      card->why = g_strdup_printf (/* Translators: "80% of your net income in this period, $1,200.00
                                    * of $1,500.00, came from Upwork." */
                                   _("%s of your net income in this period, %s of %s, came from %s."),
                                   percent, net, all_net, name);
      ADD_ACTIONS (card,
                   N_("Open a profile on a second platform that serves your field."),
                   N_("Find clients of your own, through your network or a portfolio site."),
                   N_("Keep savings for a few months in case the platform changes its terms."));
      ADD_SOURCES (ctx, card, "e10-remotasks-exit", "e9-remotasks-kenya-2023", "e44-wef-net-jobs");

      card->platform_key = g_strdup (platform->key);
      card->platform_name = g_strdup (platform->name);
      card->actual_seconds = platform->totals.actual;
      card->share_permille = net_share;
      card->amount_minor = platform->totals.net;
    }
}

/* Fixed-price and per-task work, summed with and without AI: there, time an AI tool
 * saves is money earned.  Returns FALSE when there is too little of either. */
static gboolean
compare_with_ai (DaftarGuidanceContext               *ctx,
                 DaftarEarningsLine   **out_with,
                 DaftarEarningsLine   **out_without,
                 DaftarEarningsReport **out_report,
                 GError               **error)
{
  DaftarEarningsInput sub = *ctx->input;
  g_autoptr(GArray) work = g_array_new (FALSE, FALSE, sizeof (DaftarWorkRow));
  g_autoptr(GArray) payments = g_array_new (FALSE, FALSE, sizeof (DaftarPaymentRow));
  DaftarEarningsReport *report;

  *out_with = *out_without = NULL;
  *out_report = NULL;

  for (guint i = 0; i < ctx->input->work->len; i++)
    {
      const DaftarWorkRow *row = &g_array_index (ctx->input->work, DaftarWorkRow, i);
      const DaftarEarningsProject *project = daftar_earnings_input_get_project (ctx->input, row->project_id);

      if (project != NULL && project->pricing != DAFTAR_PRICING_HOURLY)
        g_array_append_val (work, *row);
    }
  for (guint i = 0; i < ctx->input->payments->len; i++)
    {
      const DaftarPaymentRow *row = &g_array_index (ctx->input->payments, DaftarPaymentRow, i);
      const DaftarEarningsProject *project = daftar_earnings_input_get_project (ctx->input, row->project_id);

      if (project != NULL && project->pricing != DAFTAR_PRICING_HOURLY)
        g_array_append_val (payments, *row);
    }

  /* A view of the input with fewer rows; it owns nothing. */
  sub.work = work;
  sub.payments = payments;
  sub.query.by = DAFTAR_EARNINGS_BY_AI;
  if (!(report = daftar_earnings_compute (&sub, error)))
    return FALSE;

  for (guint i = 0; i < report->groups->len; i++)
    {
      DaftarEarningsLine *line = g_ptr_array_index (report->groups, i);

      if (g_str_equal (line->key, "with-ai"))
        *out_with = line;
      else
        *out_without = line;
    }

  *out_report = report;
  return *out_with != NULL && *out_without != NULL &&
         (*out_with)->actual_seconds >= daftar_guidance_thresholds.ai_compare_seconds &&
         (*out_without)->actual_seconds >= daftar_guidance_thresholds.ai_compare_seconds;
}

static gboolean
add_ai_cost_card (DaftarGuidanceContext  *ctx,
                  GError  **error)
{
  g_autoptr(DaftarEarningsReport) report = NULL;
  DaftarEarningsLine *with, *without;
  gint64 costs = ctx->report->totals->tool_costs_minor;
  gint64 rate_with, rate_without, gain;
  g_autofree char *costs_text = NULL, *with_text = NULL, *without_text = NULL;
  g_autofree char *hours = NULL, *gain_text = NULL;
  DaftarGuidanceCard *card;
  GError *local_error = NULL;

  if (costs <= 0)
    return TRUE;

  if (!compare_with_ai (ctx, &with, &without, &report, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      return TRUE;
    }

  /* What each hour brought before the subscriptions: they are what is weighed. */
  rate_with = daftar_guidance_per_hour (with->net_minor + with->tool_costs_minor, with->actual_seconds);
  rate_without = daftar_guidance_per_hour (without->net_minor + without->tool_costs_minor, without->actual_seconds);
  if (!daftar_int64_mul_div_round (rate_with - rate_without, with->actual_seconds, 3600, &gain) ||
      gain >= costs)
    return TRUE;

  card = daftar_guidance_card_new (ctx, g_strdup ("ai-cost"), DAFTAR_GUIDANCE_AI_COST, DAFTAR_GUIDANCE_TONE_WARNING,
                   SCORE_AI_COST);
  card->title = g_strdup (_("Your AI subscriptions may cost more than they bring"));
  card->body = g_strdup (_("On fixed-price and per-task work, time saved is money earned. Your sessions with AI "
                           "tools earned too little more per hour than those without to cover what the tools cost."));
  costs_text = daftar_guidance_format_money (ctx, costs);
  with_text = daftar_guidance_format_rate (ctx, rate_with);
  without_text = daftar_guidance_format_rate (ctx, rate_without);
  hours = daftar_guidance_format_hours (ctx, with->actual_seconds);
  gain_text = daftar_guidance_format_money (ctx, gain);
  card->why = g_strdup_printf (/* Translators: "Your AI subscriptions cost $60.00 in this period. On
                                * fixed-price and per-task work you earned $30.00/h with AI tools and
                                * $29.00/h without; over your 12 h with AI the difference comes to
                                * $12.00." */
                               _("Your AI subscriptions cost %s in this period. On fixed-price and per-task work "
                                 "you earned %s with AI tools and %s without; over your %s h with AI the "
                                 "difference comes to %s."),
                               costs_text, with_text, without_text, hours, gain_text);
  ADD_ACTIONS (card,
               N_("Cancel the subscriptions you use least, or move to a cheaper plan."),
               N_("Use free tiers for occasional tasks."),
               N_("Try the tools on the tasks that take you longest, and log which tool you used."));
  ADD_SOURCES (ctx, card, "e42-fiverr-time-saved", "e43-fiverr-ai-use");

  card->actual_seconds = with->actual_seconds;
  card->amount_minor = costs;
  card->rate_minor = rate_with;
  card->nominal_rate_minor = rate_without;
  return TRUE;
}

static gboolean
tool_used (const DaftarEarningsInput *input,
           gint64                     tool_id)
{
  GHashTable *seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  gboolean used = FALSE;

  for (guint i = 0; i < input->work->len && !used; i++)
    {
      const DaftarWorkRow *row = &g_array_index (input->work, DaftarWorkRow, i);
      GArray *set;

      if (row->tool_set == 0 || row->day < input->query.from || row->day > input->query.to ||
          !g_hash_table_add (seen, GUINT_TO_POINTER (row->tool_set)))
        continue;

      set = g_ptr_array_index (input->tool_sets, row->tool_set);
      for (guint j = 0; j < set->len && !used; j++)
        used = g_array_index (set, gint64, j) == tool_id;
    }

  g_hash_table_unref (seen);
  return used;
}

static void
add_ai_unused_cards (DaftarGuidanceContext *ctx)
{
  for (guint i = 0; i < ctx->input->tools->len; i++)
    {
      const DaftarEarningsTool *tool = g_ptr_array_index (ctx->input->tools, i);
      g_autofree char *name = NULL, *cost = NULL;
      DaftarGuidanceCard *card;

      if (!tool->has_cost || tool->monthly_cost.minor <= 0 || tool_used (ctx->input, tool->id))
        continue;

      card = daftar_guidance_card_new (ctx, g_strdup_printf ("ai-unused-%" G_GINT64_FORMAT, tool->id),
                       DAFTAR_GUIDANCE_AI_UNUSED, DAFTAR_GUIDANCE_TONE_INFO, SCORE_AI_UNUSED);
      name = daftar_text_isolate (tool->name);
      cost = daftar_format_money (ctx->format, &tool->monthly_cost);
      card->title = g_strdup_printf (/* Translators: %s is an AI tool, like "Midjourney". */
                                     _("You pay for %s but didn’t use it"), name);
      card->body = g_strdup (_("If you still pay for it, it costs money every month without helping your work. "
                               "If you did use it, add it to those sessions so Daftar can weigh its cost."));
      card->why = g_strdup_printf (/* Translators: "Midjourney costs $30.00 a month, and no session in this
                                    * period used it." */
                                   _("%s costs %s a month, and no session in this period used it."),
                                   name, cost);
      ADD_ACTIONS (card,
                   N_("Cancel or pause the subscription if you no longer need it."),
                   N_("Add the tool to the sessions where you used it."),
                   N_("Hide the tool in Preferences if you no longer have it."));
      ADD_SOURCES (ctx, card, "e43-fiverr-ai-use");
      card->amount_minor = tool->monthly_cost.minor;
    }
}

static void
add_no_ai_cards (DaftarGuidanceContext *ctx)
{
  for (DaftarCategory category = 0; category < DAFTAR_N_CATEGORIES; category++)
    {
      const DaftarGuidanceTotals *totals = &ctx->categories[category];
      gint64 hours_share = daftar_guidance_share (totals->actual, ctx->all.actual);
      g_autofree char *hours = NULL;
      DaftarGuidanceCard *card;

      /* AI-training platforms often forbid AI tools in the tasks themselves. */
      if (category == DAFTAR_CATEGORY_AI_TRAINING ||
          daftar_category_get_outlook (category) == DAFTAR_OUTLOOK_NONE ||
          totals->ai > 0 || totals->actual < daftar_guidance_thresholds.min_seconds ||
          hours_share < daftar_guidance_thresholds.no_ai_share)
        continue;

      card = daftar_guidance_card_new (ctx, g_strdup_printf ("no-ai-%s", daftar_category_to_key (category)),
                       DAFTAR_GUIDANCE_NO_AI, DAFTAR_GUIDANCE_TONE_OPPORTUNITY,
                       SCORE_NO_AI + (int) (hours_share / 10));
      card->title = g_strdup_printf (/* Translators: %s is a category, like "Writing". */
                                     _("Most freelancers now use AI tools; in %s you logged none"),
                                     daftar_category_get_label (category));
      card->body = g_strdup (_("Most freelancers use AI tools for parts of their work and report hours saved each "
                               "week. Trying one on routine steps may free time for the work clients value most."));
      hours = daftar_guidance_format_hours (ctx, totals->actual);
      card->why = g_strdup_printf (/* Translators: "You worked 30 h in Writing in this period without
                                    * an AI tool in any session." */
                                   _("You worked %s h in %s in this period without an AI tool in any session."),
                                   hours, daftar_category_get_label (category));
      ADD_ACTIONS (card,
                   N_("Try an AI tool on one routine step: a first draft, a summary, a checklist."),
                   N_("Log the tool with the session to see whether it pays for itself."),
                   N_("Check your clients’ and platforms’ rules on AI use first."));
      ADD_SOURCES (ctx, card, "e41-freelancer-ai-use", "e43-fiverr-ai-use", "e42-fiverr-time-saved",
                   "s4-wripple-commitment");

      card->has_category = TRUE;
      card->category = category;
      card->outlook = daftar_category_get_outlook (category);
      card->actual_seconds = totals->actual;
      card->share_permille = hours_share;
    }
}

static void
add_disclosure_card (DaftarGuidanceContext *ctx)
{
  gint64 ai_share = daftar_guidance_share (ctx->all.ai, ctx->all.actual);
  g_autofree char *hours = NULL, *all_hours = NULL, *percent = NULL;
  DaftarGuidanceCard *card;

  if (ctx->all.ai <= 0)
    return;

  card = daftar_guidance_card_new (ctx, g_strdup ("ai-disclosure"), DAFTAR_GUIDANCE_DISCLOSURE, DAFTAR_GUIDANCE_TONE_INFO,
                   SCORE_DISCLOSURE + (int) (ai_share / 10));
  card->title = g_strdup (_("Say in your contracts how you use AI"));
  card->body = g_strdup (_("Who owns AI-assisted work is still unsettled in law, and clients increasingly ask. "
                           "A clear clause on AI use and ownership protects you and builds trust."));
  hours = daftar_guidance_format_hours (ctx, ctx->all.ai);
  all_hours = daftar_guidance_format_hours (ctx, ctx->all.actual);
  percent = daftar_guidance_format_percent (ctx, ai_share);
  card->why = g_strdup_printf (/* Translators: "You used AI tools in 12 h of your 40 h of work in
                                * this period (30%)." */
                               _("You used AI tools in %s h of your %s h of work in this period (%s)."),
                               hours, all_hours, percent);
  ADD_ACTIONS (card,
               N_("Add a clause to your contracts on which AI tools you use, and for what."),
               N_("State who owns the result and that you checked it."),
               N_("Read each platform’s and client’s policy on AI use before you start."));
  ADD_SOURCES (ctx, card, "s12-ai-disclosure", "s17-hybrid-roles");

  card->actual_seconds = ctx->all.ai;
  card->share_permille = ai_share;
}

/**
 * daftar_guidance_add_ledger_cards:
 *
 * Runs the rules over a period with work in it.
 *
 * Returns: %FALSE with @error set when the amounts can't be added up
 */
gboolean
daftar_guidance_add_ledger_cards (DaftarGuidanceContext  *ctx,
                                  GError                **error)
{
  if (!add_below_band_cards (ctx, error))
    return FALSE;
  add_unpaid_cards (ctx);
  add_concentration_card (ctx);
  if (!add_ai_cost_card (ctx, error))
    return FALSE;
  add_ai_unused_cards (ctx);
  add_no_ai_cards (ctx);
  add_disclosure_card (ctx);
  return TRUE;
}
