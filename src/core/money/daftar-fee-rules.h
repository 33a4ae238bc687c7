/* daftar-fee-rules.h — platform fee rules as data: parsing, validation, lookup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "daftar-data-error.h"
#include "daftar-day.h"
#include "daftar-domain.h"
#include "daftar-format.h"
#include "daftar-keys.h"

G_BEGIN_DECLS

/* Rates are parts per million: 1000000 is 100%, 100000 is 10%, 75000 is 7.5%. */
#define DAFTAR_PPM_ONE 1000000

#define DAFTAR_FEE_RULES_SCHEMA 1
#define DAFTAR_FEE_MAX_TIERS 8

/* The resource the bundled rules are compiled into. */
#define DAFTAR_FEE_RULES_RESOURCE "/io/github/daftar/Daftar/market/fee-rules.json"

typedef enum
{
  DAFTAR_FEE_SHAPE_FLAT,          /* a % of every payment */
  DAFTAR_FEE_SHAPE_PER_CONTRACT,  /* a % chosen per contract, within bounds */
  DAFTAR_FEE_SHAPE_MINIMUM,       /* a %, but at least a fixed amount */
  DAFTAR_FEE_SHAPE_TIERED,        /* % by lifetime billings with one client */
  DAFTAR_FEE_SHAPE_WITHDRAWAL,    /* a flat fee + an FX % per withdrawal */
  DAFTAR_N_FEE_SHAPES
} DaftarFeeShape;

typedef enum
{
  DAFTAR_CONFIDENCE_LOW,
  DAFTAR_CONFIDENCE_MEDIUM_LOW,
  DAFTAR_CONFIDENCE_MEDIUM,
  DAFTAR_CONFIDENCE_MEDIUM_HIGH,
  DAFTAR_CONFIDENCE_HIGH,
  DAFTAR_N_CONFIDENCES
} DaftarConfidence;

typedef struct
{
  gboolean bounded;       /* FALSE for the last tier, which has no ceiling */
  gint64   up_to_minor;   /* lifetime billings up to here, in the rule's currency */
  gint32   rate_ppm;
} DaftarFeeTier;

typedef struct
{
  char             *id;
  char             *platform;         /* a platform key ("upwork"), or a payment service */
  char             *method;           /* withdrawals: "wire", "local-currency"…; else NULL */
  guint             pricings;         /* 1 << DaftarPricing for each pricing it applies to */
  DaftarFeeShape    shape;

  /* flat, minimum: the rate */
  gint32            rate_ppm;
  /* per-contract: the bounds, and the rate assumed until a project sets its own */
  gint32            min_ppm;
  gint32            max_ppm;
  gint32            default_ppm;
  /* minimum: the smallest fee */
  DaftarMoney       minimum;
  /* tiered: thresholds in minimum.currency's sense, but their own currency */
  char              tier_currency[4];
  guint             n_tiers;
  DaftarFeeTier     tiers[DAFTAR_FEE_MAX_TIERS];
  /* withdrawal */
  DaftarMoney       flat;
  gint32            fx_ppm;

  gboolean          has_from;
  DaftarDay         effective_from;   /* inclusive */
  gboolean          has_to;
  DaftarDay         effective_to;     /* inclusive */

  char             *source_publisher;
  char             *source_title;
  char             *source_url;
  DaftarConfidence  confidence;
  char             *note;             /* may be NULL */
} DaftarFeeRule;

typedef struct
{
  GPtrArray *rules;      /* (element-type DaftarFeeRule) in file order */
  char      *compiled;   /* the date the data was compiled, or NULL */
} DaftarFeeRules;

DAFTAR_DECLARE_KEYS (DaftarFeeShape, daftar_fee_shape)
DAFTAR_DECLARE_KEYS (DaftarConfidence, daftar_confidence)

DaftarFeeRule     *daftar_fee_rule_copy             (const DaftarFeeRule *rule);
void               daftar_fee_rule_free             (DaftarFeeRule       *rule);
gboolean           daftar_fee_rule_in_force         (const DaftarFeeRule *rule,
                                                     DaftarDay            day);
DaftarFeeRule     *daftar_fee_rule_from_json        (JsonNode            *node,
                                                     DaftarFormat        *format,
                                                     GError             **error);
JsonNode          *daftar_fee_rule_to_json          (const DaftarFeeRule *rule);

DaftarFeeRules    *daftar_fee_rules_new             (void);
void               daftar_fee_rules_free            (DaftarFeeRules      *rules);
gboolean           daftar_fee_rules_add             (DaftarFeeRules      *rules,
                                                     DaftarFeeRule       *rule,
                                                     GError             **error);
DaftarFeeRules    *daftar_fee_rules_from_json_array (JsonArray           *array,
                                                     DaftarFormat        *format,
                                                     GError             **error);
DaftarFeeRules    *daftar_fee_rules_load_bytes      (GBytes              *bytes,
                                                     DaftarFormat        *format,
                                                     GError             **error);
DaftarFeeRules    *daftar_fee_rules_load_default    (GError             **error);

const DaftarFeeRule *daftar_fee_rules_find          (const DaftarFeeRules *rules,
                                                     const char           *platform,
                                                     DaftarPricing         pricing,
                                                     DaftarDay             day);
const DaftarFeeRule *daftar_fee_rules_get           (const DaftarFeeRules *rules,
                                                     const char           *id);
gboolean           daftar_fee_rules_platform_may_be_tiered
                                                    (const DaftarFeeRules *rules,
                                                     const char           *platform,
                                                     DaftarPricing         pricing,
                                                     DaftarDay             until);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarFeeRule, daftar_fee_rule_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarFeeRules, daftar_fee_rules_free)

G_END_DECLS
