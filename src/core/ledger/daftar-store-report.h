/* daftar-store-report.h — the ledger's side of earnings: rates, fee terms, reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-earnings.h"
#include "daftar-fee-rules.h"
#include "daftar-rates.h"
#include "daftar-store.h"

G_BEGIN_DECLS

/* A project's own fee terms; unset fields follow the platform's rules. */
typedef struct
{
  gint64    project_id;
  gboolean  has_contract_ppm;   /* the contract's rate, for per-contract rules */
  gint32    contract_ppm;
  gboolean  has_override_ppm;   /* a flat % replacing the platform's rules */
  gint32    override_ppm;
  char     *withdrawal_rule;    /* a withdrawal rule's id, or NULL */
} DaftarProjectFees;

void                  daftar_project_fees_free          (DaftarProjectFees *fees);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarProjectFees, daftar_project_fees_free)

/* Exchange rates, in daftar-store-rates.c */
gboolean              daftar_store_add_rate             (DaftarStore               *self,
                                                         const DaftarExchangeRate  *rate,
                                                         gint64                    *out_id,
                                                         GError                   **error);
gboolean              daftar_store_delete_rate          (DaftarStore               *self,
                                                         gint64                     id,
                                                         GError                   **error);
DaftarRateTable      *daftar_store_load_rates           (DaftarStore               *self,
                                                         GError                   **error);

/* Fee terms, in daftar-store-rates.c */
DaftarProjectFees    *daftar_store_get_project_fees     (DaftarStore               *self,
                                                         gint64                     project_id,
                                                         GError                   **error);
gboolean              daftar_store_set_project_fees     (DaftarStore               *self,
                                                         const DaftarProjectFees   *fees,
                                                         const DaftarFeeRules      *rules,
                                                         GError                   **error);

/* Reports, in daftar-store-report.c */
DaftarEarningsInput  *daftar_store_load_earnings        (DaftarStore               *self,
                                                         DaftarDay                  from,
                                                         DaftarDay                  to,
                                                         const char                *currency,
                                                         DaftarEarningsBy           by,
                                                         const DaftarFeeRules      *rules,
                                                         GError                   **error);
DaftarEarningsReport *daftar_store_report_earnings      (DaftarStore               *self,
                                                         DaftarDay                  from,
                                                         DaftarDay                  to,
                                                         const char                *currency,
                                                         DaftarEarningsBy           by,
                                                         const DaftarFeeRules      *rules,
                                                         GError                   **error);
gboolean              daftar_store_get_activity_range   (DaftarStore               *self,
                                                         gboolean                  *out_any,
                                                         DaftarDay                 *out_first,
                                                         DaftarDay                 *out_last,
                                                         GError                   **error);
GStrv                 daftar_store_list_project_currencies (DaftarStore            *self,
                                                         GError                   **error);

G_END_DECLS
