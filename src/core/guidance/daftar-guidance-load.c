/* daftar-store-guidance.c — guidance over the ledger, and its cards as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-guidance"

#include "config.h"

#include "daftar-fee-rules.h"
#include "daftar-guidance.h"
#include "daftar-dates.h"
#include "daftar-json.h"
#include "daftar-store-goals.h"
#include "daftar-store-market.h"
#include "daftar-store-report.h"

/**
 * daftar_guidance_load:
 * @store: the ledger
 * @market: the market dataset in use
 * @rules: the fee rules
 * @today: today, for the month's pace
 * @from: the period's first day
 * @to: its last day
 * @currency: the home currency
 * @format: how figures are written in the cards
 * @error: return location for an error
 *
 * Guidance over @store's work between @from and @to, against @market and with @rules
 * (a DaftarContext holds both, parsed once).
 *
 * Returns: (transfer full): the cards, or %NULL with @error set
 */
DaftarGuidance *
daftar_guidance_load (DaftarStore          *store,
                      const DaftarMarket   *market,
                      const DaftarFeeRules *rules,
                      const GDate          *today,
                      DaftarDay             from,
                      DaftarDay             to,
                      const char           *currency,
                      DaftarFormat         *format,
                      GError              **error)
{
  g_autoptr(DaftarEarningsInput) input = NULL;
  g_autoptr(DaftarGuidance) guidance = NULL;
  DaftarGoals goals;

  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);
  g_return_val_if_fail (market != NULL && rules != NULL && today != NULL, NULL);

  if (!(input = daftar_store_load_earnings (store, from, to, currency, DAFTAR_EARNINGS_BY_PROJECT,
                                            rules, error)) ||
      !(guidance = daftar_guidance_compute (market, input, format, error)) ||
      !daftar_store_get_goals (store, &goals, error))
    return NULL;

  /* The month's pace, when the period is the present and the goal is in the
   * currency the cards are written in. */
  if (goals.has_monthly_net && g_str_equal (goals.currency, currency) &&
      from <= daftar_day_from_date (today) && daftar_day_from_date (today) <= to)
    {
      DaftarGoalsProgress progress;
      DaftarGuidanceCard *card;

      if (!daftar_store_goals_progress (store, &goals, currency, daftar_format_get_calendar (format),
                                        daftar_format_get_locale (format), today, rules,
                                        &progress, error))
        return NULL;
      if ((card = daftar_guidance_goal_pace_card (&progress, format)))
        daftar_guidance_add_card (guidance, card);
    }

  return g_steal_pointer (&guidance);
}

/**
 * daftar_store_load_guidance:
 *
 * daftar_guidance_load() against the market dataset in use (the feed's, else the
 * bundled one) and the bundled fee rules, both read afresh, for today.
 *
 * Returns: (transfer full): the cards, or %NULL with @error set
 */
DaftarGuidance *
daftar_store_load_guidance (DaftarStore   *store,
                            DaftarDay      from,
                            DaftarDay      to,
                            const char    *currency,
                            DaftarFormat  *format,
                            GError       **error)
{
  g_autoptr(DaftarMarket) market = NULL;
  g_autoptr(DaftarFeeRules) rules = NULL;
  GDate today;

  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);

  if (!(market = daftar_store_load_market (store, NULL, error)) ||
      !(rules = daftar_fee_rules_load_default (error)))
    return NULL;

  daftar_date_today (&today);
  return daftar_guidance_load (store, market, rules, &today, from, to, currency, format, error);
}

static void
add_int (JsonBuilder *b,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_int_value (b, value);
}

static void
add_source (JsonBuilder                *b,
            const DaftarGuidanceSource *source)
{
  json_builder_begin_object (b);
  daftar_json_add_string (b, "id", source->id);
  daftar_json_add_string (b, "type", source->is_band ? "band" : "claim");
  daftar_json_add_string (b, "figure", source->figure);
  daftar_json_add_string (b, "text", source->text);
  daftar_json_add_string (b, "as_of", source->as_of);
  daftar_json_add_string (b, "publisher", source->publisher);
  daftar_json_add_string (b, "title", source->title);
  daftar_json_add_string (b, "url", source->url);
  daftar_json_add_string (b, "confidence", daftar_confidence_to_key (source->confidence));
  json_builder_set_member_name (b, "verified");
  json_builder_add_boolean_value (b, source->verified);
  json_builder_end_object (b);
}

/* The figures behind the card's "why", in the report's currency; only those set. */
static void
add_figures (JsonBuilder              *b,
             const DaftarGuidanceCard *card,
             const char               *currency)
{
  json_builder_set_member_name (b, "figures");
  json_builder_begin_object (b);
  if (card->has_category)
    {
      daftar_json_add_string (b, "category", daftar_category_to_key (card->category));
      daftar_json_add_string (b, "outlook", daftar_outlook_to_key (card->outlook));
    }
  if (card->platform_key != NULL)
    daftar_json_add_string (b, "platform", card->platform_key);
  if (card->actual_seconds != 0)
    add_int (b, "actual_seconds", card->actual_seconds);
  if (card->paid_seconds != 0)
    add_int (b, "paid_seconds", card->paid_seconds);
  if (card->share_permille != 0)
    add_int (b, "share_permille", card->share_permille);
  if (card->rate_minor != 0)
    daftar_json_add_money (b, "rate", card->rate_minor, currency);
  if (card->nominal_rate_minor != 0)
    daftar_json_add_money (b, "other_rate", card->nominal_rate_minor, currency);
  if (card->amount_minor != 0)
    daftar_json_add_money (b, "amount", card->amount_minor, currency);
  if (card->band_low_minor != 0 || card->band_high_minor != 0)
    {
      daftar_json_add_money (b, "band_low", card->band_low_minor, currency);
      daftar_json_add_money (b, "band_high", card->band_high_minor, currency);
      add_int (b, "distance_permille", card->distance_permille);
    }
  json_builder_end_object (b);
}

/**
 * daftar_guidance_card_to_json:
 * @card: a card
 * @currency: the currency of the card's amounts
 *
 * Returns: (transfer full): @card for scripts: id, kind, tone, score, title, body,
 *   why, actions[], sources[] and the figures behind why
 */
JsonNode *
daftar_guidance_card_to_json (const DaftarGuidanceCard *card,
                              const char               *currency)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_string (b, "id", card->id);
  daftar_json_add_string (b, "kind", daftar_guidance_kind_to_key (card->kind));
  daftar_json_add_string (b, "tone", daftar_guidance_tone_to_key (card->tone));
  add_int (b, "score", card->score);
  daftar_json_add_string (b, "title", card->title);
  daftar_json_add_string (b, "body", card->body);
  daftar_json_add_string (b, "why", card->why);
  json_builder_set_member_name (b, "actions");
  json_builder_begin_array (b);
  for (guint i = 0; i < card->actions->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (card->actions, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < card->sources->len; i++)
    add_source (b, g_ptr_array_index (card->sources, i));
  json_builder_end_array (b);
  add_figures (b, card, currency);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
