/* daftar-market.h — the market dataset: cited rate bands, claims and fee rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-domain.h"
#include "daftar-fee-rules.h"
#include "daftar-keys.h"
#include "daftar-rates.h"

G_BEGIN_DECLS

#define DAFTAR_MARKET_SCHEMA 1
#define DAFTAR_MARKET_RESOURCE "/io/github/daftar/Daftar/market/market.json"

/* Platform or category "any": a band that is not tied to one. */
#define DAFTAR_MARKET_ANY "any"

typedef enum
{
  DAFTAR_RATE_UNIT_HOUR,
  DAFTAR_RATE_UNIT_WORD,
  DAFTAR_RATE_UNIT_TASK,
  DAFTAR_N_RATE_UNITS
} DaftarRateUnit;

typedef enum
{
  DAFTAR_BAND_KIND_ADVERTISED,   /* pay offered or posted */
  DAFTAR_BAND_KIND_EFFECTIVE,    /* pay received per hour actually worked */
  DAFTAR_BAND_KIND_MEDIAN,
  DAFTAR_BAND_KIND_AVERAGE,
  DAFTAR_BAND_KIND_MINIMUM,      /* a floor set by the platform or a body */
  DAFTAR_N_BAND_KINDS
} DaftarBandKind;

typedef struct
{
  char *publisher;
  char *title;      /* the headline, or NULL when the source has none */
  char *url;        /* https address, or NULL when the source has none (seed articles) */
} DaftarMarketSource;

typedef struct
{
  char               *id;
  char               *platform;       /* a platform key, or "any" */
  gboolean            any_category;
  DaftarCategory      category;       /* when !any_category */
  char               *role;
  gboolean            has_specialty;  /* the kind of work the role names, if it names one */
  DaftarSpecialty     specialty;
  DaftarRateUnit      unit;
  char                currency[4];
  gboolean            has_low;
  gint64              low_minor;      /* minor units of @currency */
  gboolean            has_typical;
  gint64              typical_minor;
  gboolean            has_high;
  gint64              high_minor;
  DaftarBandKind      kind;
  char               *as_of;          /* "YYYY", "YYYY-MM" or "YYYY-MM-DD"; NULL: undated */
  DaftarMarketSource  source;
  DaftarConfidence    confidence;
  gboolean            verified;       /* FALSE: a reported claim nobody could trace */
  char               *ref;            /* the figure's id in market-facts.md, or NULL */
  char               *note;           /* or NULL */
} DaftarRateBand;

typedef struct
{
  char               *id;
  gboolean            any_category;
  DaftarCategory      category;
  char               *value;          /* as reported: "-21%", "+220%", "x3" */
  char               *text;
  char               *as_of;          /* or NULL */
  DaftarMarketSource  source;
  DaftarConfidence    confidence;
  gboolean            verified;
  char               *ref;
  char               *note;
} DaftarMarketClaim;

typedef struct
{
  char           *publisher;        /* who compiled the dataset */
  char           *as_of;            /* YYYY-MM-DD: when it was compiled */
  GPtrArray      *bands;            /* (element-type DaftarRateBand) in file order */
  GPtrArray      *claims;           /* (element-type DaftarMarketClaim) */
  DaftarFeeRules *fee_rules;        /* never NULL; may hold no rules */
  GArray         *exchange_rates;   /* DaftarExchangeRate, source FEED */
} DaftarMarket;

DAFTAR_DECLARE_KEYS (DaftarRateUnit, daftar_rate_unit)
DAFTAR_DECLARE_KEYS (DaftarBandKind, daftar_band_kind)
const char     *daftar_band_kind_get_label   (DaftarBandKind  kind);
const char     *daftar_confidence_get_label  (DaftarConfidence confidence);

gboolean        daftar_market_text_is_clean  (const char     *text,
                                              guint           max_chars);

void            daftar_rate_band_free        (DaftarRateBand    *band);
void            daftar_market_claim_free     (DaftarMarketClaim *claim);
void            daftar_market_free           (DaftarMarket      *market);

DaftarMarket   *daftar_market_load_bytes     (GBytes            *bytes,
                                              DaftarFormat      *format,
                                              GError           **error);
DaftarMarket   *daftar_market_load_default   (GError           **error);
GBytes         *daftar_market_get_default_bytes (GError         **error);

const DaftarRateBand *daftar_market_get_band (const DaftarMarket *market,
                                              const char         *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarRateBand, daftar_rate_band_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarMarketClaim, daftar_market_claim_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarMarket, daftar_market_free)

G_END_DECLS
