/* daftar-guidance-load.h — guidance over the ledger, with the market and the fee rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-guidance.h"
#include "daftar-store.h"

G_BEGIN_DECLS

DaftarGuidance *daftar_guidance_load          (DaftarStore               *store,
                                               const DaftarMarket        *market,
                                               const DaftarFeeRules      *rules,
                                               const GDate               *today,
                                               DaftarDay                  from,
                                               DaftarDay                  to,
                                               const char                *currency,
                                               DaftarFormat              *format,
                                               GError                   **error);

/* The dataset in use, the fee rules and the ledger between @from and @to, in @currency. */
DaftarGuidance *daftar_store_load_guidance    (DaftarStore               *store,
                                               DaftarDay                  from,
                                               DaftarDay                  to,
                                               const char                *currency,
                                               DaftarFormat              *format,
                                               GError                   **error);

G_END_DECLS
