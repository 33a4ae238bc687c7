/* daftar-json-market.c — the market dataset's bands and claims as JSON, in its own format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-market"

#include "config.h"

#include "daftar-json.h"
#include "daftar-json-market.h"

static void
add_common (JsonBuilder              *b,
            const char               *as_of,
            const DaftarMarketSource *source,
            DaftarConfidence          confidence,
            gboolean                  verified,
            const char               *ref,
            const char               *note)
{
  daftar_json_add_string (b, "as_of", as_of);
  daftar_json_add_source (b, source->publisher, source->title, source->url);
  daftar_json_add_string (b, "confidence", daftar_confidence_to_key (confidence));
  daftar_json_add_boolean (b, "verified", verified);
  if (ref != NULL)
    daftar_json_add_string (b, "ref", ref);
  if (note != NULL)
    daftar_json_add_string (b, "note", note);
}

/**
 * daftar_rate_band_to_json:
 *
 * Returns: (transfer full): @band as the dataset writes it
 */
/* A band's figures, each left out when the source gave none */
static const DaftarJsonField band_amounts[] = {
  { "low", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarRateBand, low_minor), G_STRUCT_OFFSET (DaftarRateBand, currency), G_STRUCT_OFFSET (DaftarRateBand, has_low), TRUE },
  { "typical", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarRateBand, typical_minor), G_STRUCT_OFFSET (DaftarRateBand, currency), G_STRUCT_OFFSET (DaftarRateBand, has_typical), TRUE },
  { "high", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarRateBand, high_minor), G_STRUCT_OFFSET (DaftarRateBand, currency), G_STRUCT_OFFSET (DaftarRateBand, has_high), TRUE },
};

JsonNode *
daftar_rate_band_to_json (const DaftarRateBand *band)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_string (b, "id", band->id);
  daftar_json_add_string (b, "platform", band->platform);
  daftar_json_add_string (b, "category", band->any_category ? DAFTAR_MARKET_ANY
                                                          : daftar_category_to_key (band->category));
  daftar_json_add_string (b, "role", band->role);
  if (band->has_specialty)
    daftar_json_add_string (b, "specialty", daftar_specialty_to_key (band->specialty));
  daftar_json_add_string (b, "unit", daftar_rate_unit_to_key (band->unit));
  daftar_json_add_string (b, "currency", band->currency);
  daftar_json_add_fields (b, band, band_amounts, G_N_ELEMENTS (band_amounts));
  daftar_json_add_string (b, "kind", daftar_band_kind_to_key (band->kind));
  add_common (b, band->as_of, &band->source, band->confidence, band->verified, band->ref, band->note);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/**
 * daftar_market_claim_to_json:
 *
 * Returns: (transfer full): @claim as the dataset writes it
 */
JsonNode *
daftar_market_claim_to_json (const DaftarMarketClaim *claim)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_string (b, "id", claim->id);
  daftar_json_add_string (b, "category", claim->any_category ? DAFTAR_MARKET_ANY
                                                           : daftar_category_to_key (claim->category));
  daftar_json_add_string (b, "value", claim->value);
  daftar_json_add_string (b, "text", claim->text);
  add_common (b, claim->as_of, &claim->source, claim->confidence, claim->verified, claim->ref, claim->note);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
