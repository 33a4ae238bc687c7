/* daftar-store-rates.h — exchange rates in the ledger (daftar-store-rates.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-rates.h"
#include "daftar-store.h"

G_BEGIN_DECLS

gboolean              daftar_store_add_rate             (DaftarStore               *self,
                                                         const DaftarExchangeRate  *rate,
                                                         gint64                    *out_id,
                                                         GError                   **error);
gboolean              daftar_store_delete_rate          (DaftarStore               *self,
                                                         gint64                     id,
                                                         GError                   **error);
DaftarRateTable      *daftar_store_load_rates           (DaftarStore               *self,
                                                         GError                   **error);

G_END_DECLS
