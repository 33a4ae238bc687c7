/* daftar-json-guidance.c — guidance cards as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-guidance"

#include "config.h"

#include "daftar-json.h"
#include "daftar-json-guidance.h"

static const DaftarJsonField source_texts[] = {
  { "figure", DAFTAR_JSON_STRING, G_STRUCT_OFFSET (DaftarGuidanceSource, figure) },
  { "text", DAFTAR_JSON_STRING, G_STRUCT_OFFSET (DaftarGuidanceSource, text) },
  { "as_of", DAFTAR_JSON_STRING, G_STRUCT_OFFSET (DaftarGuidanceSource, as_of) },
  { "publisher", DAFTAR_JSON_STRING, G_STRUCT_OFFSET (DaftarGuidanceSource, publisher) },
  { "title", DAFTAR_JSON_STRING, G_STRUCT_OFFSET (DaftarGuidanceSource, title) },
  { "url", DAFTAR_JSON_STRING, G_STRUCT_OFFSET (DaftarGuidanceSource, url) },
};

static void
add_source (JsonBuilder                *b,
            const DaftarGuidanceSource *source)
{
  json_builder_begin_object (b);
  daftar_json_add_string (b, "id", source->id);
  daftar_json_add_string (b, "type", source->is_band ? "band" : "claim");
  daftar_json_add_fields (b, source, source_texts, G_N_ELEMENTS (source_texts));
  daftar_json_add_string (b, "confidence", daftar_confidence_to_key (source->confidence));
  daftar_json_add_boolean (b, "verified", source->verified);
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
    daftar_json_add_int (b, "actual_seconds", card->actual_seconds);
  if (card->paid_seconds != 0)
    daftar_json_add_int (b, "paid_seconds", card->paid_seconds);
  if (card->share_permille != 0)
    daftar_json_add_int (b, "share_permille", card->share_permille);
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
      daftar_json_add_int (b, "distance_permille", card->distance_permille);
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
  daftar_json_add_int (b, "score", card->score);
  daftar_json_add_string (b, "title", card->title);
  daftar_json_add_string (b, "body", card->body);
  daftar_json_add_string (b, "why", card->why);
  daftar_json_add_strings (b, "actions", card->actions);
  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < card->sources->len; i++)
    add_source (b, g_ptr_array_index (card->sources, i));
  json_builder_end_array (b);
  add_figures (b, card, currency);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
