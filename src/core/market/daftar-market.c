/* daftar-market.c — the market dataset's types, the bundled copy, JSON output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-market"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-core-resources.h"
#include "daftar-market.h"

static const char * const unit_keys[DAFTAR_N_RATE_UNITS] = { "hour", "word", "task" };

static const char * const kind_keys[DAFTAR_N_BAND_KINDS] = {
  "advertised", "effective", "median", "average", "minimum",
};

DAFTAR_DEFINE_KEYS (DaftarRateUnit, daftar_rate_unit, unit_keys, DAFTAR_KEYS_EXACT)

DAFTAR_DEFINE_KEYS (DaftarBandKind, daftar_band_kind, kind_keys, DAFTAR_KEYS_EXACT)

/**
 * daftar_band_kind_get_label:
 *
 * Returns: (transfer none): what kind of figure a band is, for people
 */
const char *
daftar_band_kind_get_label (DaftarBandKind kind)
{
  switch (kind)
    {
    /* Translators: a kind of reported pay: what a platform offers or posts. */
    case DAFTAR_BAND_KIND_ADVERTISED: return C_("band kind", "Advertised");
    /* Translators: a kind of reported pay: what people got per hour actually worked. */
    case DAFTAR_BAND_KIND_EFFECTIVE:  return C_("band kind", "Effective");
    /* Translators: a kind of reported pay: the median. */
    case DAFTAR_BAND_KIND_MEDIAN:     return C_("band kind", "Median");
    /* Translators: a kind of reported pay: the average. */
    case DAFTAR_BAND_KIND_AVERAGE:    return C_("band kind", "Average");
    /* Translators: a kind of reported pay: a floor a platform sets. */
    case DAFTAR_BAND_KIND_MINIMUM:    return C_("band kind", "Minimum");
    case DAFTAR_N_BAND_KINDS:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * daftar_confidence_get_label:
 *
 * Returns: (transfer none): how far a source can be trusted, for people
 */
const char *
daftar_confidence_get_label (DaftarConfidence confidence)
{
  switch (confidence)
    {
    /* Translators: how reliable a source is (see market-facts.md). */
    case DAFTAR_CONFIDENCE_LOW:         return C_("confidence", "Low");
    /* Translators: how reliable a source is. */
    case DAFTAR_CONFIDENCE_MEDIUM_LOW:  return C_("confidence", "Medium–low");
    /* Translators: how reliable a source is. */
    case DAFTAR_CONFIDENCE_MEDIUM:      return C_("confidence", "Medium");
    /* Translators: how reliable a source is. */
    case DAFTAR_CONFIDENCE_MEDIUM_HIGH: return C_("confidence", "Medium–high");
    /* Translators: how reliable a source is. */
    case DAFTAR_CONFIDENCE_HIGH:        return C_("confidence", "High");
    case DAFTAR_N_CONFIDENCES:
    default:
      g_return_val_if_reached ("");
    }
}

static void
source_clear (DaftarMarketSource *source)
{
  g_clear_pointer (&source->publisher, g_free);
  g_clear_pointer (&source->title, g_free);
  g_clear_pointer (&source->url, g_free);
}

void
daftar_rate_band_free (DaftarRateBand *band)
{
  if (band == NULL)
    return;

  g_free (band->id);
  g_free (band->platform);
  g_free (band->role);
  g_free (band->as_of);
  source_clear (&band->source);
  g_free (band->ref);
  g_free (band->note);
  g_free (band);
}

void
daftar_market_claim_free (DaftarMarketClaim *claim)
{
  if (claim == NULL)
    return;

  g_free (claim->id);
  g_free (claim->value);
  g_free (claim->text);
  g_free (claim->as_of);
  source_clear (&claim->source);
  g_free (claim->ref);
  g_free (claim->note);
  g_free (claim);
}

void
daftar_market_free (DaftarMarket *market)
{
  if (market == NULL)
    return;

  g_free (market->publisher);
  g_free (market->as_of);
  g_clear_pointer (&market->bands, g_ptr_array_unref);
  g_clear_pointer (&market->claims, g_ptr_array_unref);
  g_clear_pointer (&market->fee_rules, daftar_fee_rules_free);
  g_clear_pointer (&market->exchange_rates, g_array_unref);
  g_free (market);
}

/**
 * daftar_market_get_default_bytes:
 *
 * Returns: (transfer full): the dataset bundled with Daftar, as it is in the GResource
 */
GBytes *
daftar_market_get_default_bytes (GError **error)
{
  /* Naming the resource links it in without registration, as for the fee rules. */
  return g_resource_lookup_data (daftar_core_get_resource (), DAFTAR_MARKET_RESOURCE,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

/**
 * daftar_market_load_default:
 *
 * Loads the dataset bundled with Daftar.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
DaftarMarket *
daftar_market_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = daftar_market_get_default_bytes (error);

  if (bytes == NULL)
    return NULL;

  /* Shipped with Daftar and checked by its tests: no message for a user's digits. */
  return daftar_market_load_bytes (bytes, NULL, error);
}

/**
 * daftar_market_get_band:
 *
 * Returns: (transfer none) (nullable): the band called @id
 */
const DaftarRateBand *
daftar_market_get_band (const DaftarMarket *market,
                        const char         *id)
{
  g_return_val_if_fail (market != NULL, NULL);

  for (guint i = 0; i < market->bands->len; i++)
    {
      const DaftarRateBand *band = g_ptr_array_index (market->bands, i);

      if (g_strcmp0 (band->id, id) == 0)
        return band;
    }

  return NULL;
}

