/* daftar-store-fees.h — a project's own fee terms in the ledger (daftar-store-fees.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-fee-rules.h"
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

DaftarProjectFees    *daftar_store_get_project_fees     (DaftarStore               *self,
                                                         gint64                     project_id,
                                                         GError                   **error);
gboolean              daftar_store_set_project_fees     (DaftarStore               *self,
                                                         const DaftarProjectFees   *fees,
                                                         const DaftarFeeRules      *rules,
                                                         GError                   **error);

G_END_DECLS
