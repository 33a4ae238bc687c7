/* daftar-json-guidance.c — guidance cards as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-guidance"

#include "config.h"

#include "daftar-json.h"
#include "daftar-json-guidance.h"

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
