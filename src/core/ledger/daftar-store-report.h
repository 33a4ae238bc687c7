/* daftar-store-report.h — the ledger's side of earnings: reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-earnings.h"
#include "daftar-fee-rules.h"
#include "daftar-rates.h"
#include "daftar-store.h"
/* Until every caller includes the store header it uses (issue 19 item 5). */
#include "daftar-store-fees.h"
#include "daftar-store-rates.h"

G_BEGIN_DECLS

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
char                 *daftar_store_get_home_currency    (DaftarStore               *self,
                                                         GSettings                 *settings,
                                                         GError                   **error);

G_END_DECLS
