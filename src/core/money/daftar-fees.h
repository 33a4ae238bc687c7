/* daftar-fees.h — the fee on one payment, for each shape of fee rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-fee-rules.h"
#include "daftar-rates.h"

G_BEGIN_DECLS

#define DAFTAR_FEES_ERROR (daftar_fees_error_quark ())

typedef enum
{
  DAFTAR_FEES_ERROR_CONTRACT_RATE,   /* a contract rate outside the rule's bounds */
  DAFTAR_FEES_ERROR_OVERFLOW,        /* an amount too large to compute with */
  DAFTAR_FEES_ERROR_PERCENT,         /* a percentage that can't be read */
} DaftarFeesError;

/* What a project says about its fee: the rate of its contract, for rules that let
 * each contract have its own. */
typedef struct
{
  gboolean has_contract_ppm;
  gint32   contract_ppm;
} DaftarFeeTerms;

typedef struct
{
  DaftarMoney   fee;           /* in the payment's currency */
  gboolean      converted;     /* an amount of the rule was converted… */
  DaftarRateUse rate_use;      /* …with this rate */
} DaftarFeeResult;

GQuark   daftar_fees_error_quark     (void);

gboolean daftar_fee_percent          (gint64               amount_minor,
                                      gint32               rate_ppm,
                                      gint64              *out_fee);
gboolean daftar_fee_with_minimum     (gint64               amount_minor,
                                      gint32               rate_ppm,
                                      gint64               minimum_minor,
                                      gint64              *out_fee);
gboolean daftar_fee_tiered           (const DaftarFeeTier *tiers,
                                      guint                n_tiers,
                                      gint64               billed_before_minor,
                                      gint64               amount_minor,
                                      gint64              *out_fee);
gboolean daftar_fee_withdrawal       (gint64               amount_minor,
                                      gint64               flat_minor,
                                      gint32               fx_ppm,
                                      gint64              *out_fee);
gboolean daftar_fee_contract_rate    (const DaftarFeeRule *rule,
                                      const DaftarFeeTerms *terms,
                                      gint32              *out_ppm,
                                      DaftarFormat        *format,
                                      GError             **error);

gboolean daftar_fee_rule_apply       (const DaftarFeeRule  *rule,
                                      const DaftarFeeTerms *terms,
                                      const DaftarMoney    *amount,
                                      DaftarDay             day,
                                      DaftarRateTable      *rates,
                                      gint64               *inout_billed_minor,
                                      DaftarFeeResult      *out,
                                      DaftarFormat         *format,
                                      GError              **error);

gboolean daftar_percent_parse        (const char          *text,
                                      gint32              *out_ppm,
                                      GError             **error);
char    *daftar_ppm_to_percent       (gint32               ppm);

G_END_DECLS
