/* daftar-store-search.h — the ledger read in pieces: the newest sessions a page at
 * a time, searches through the note index, and work that can be cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-store.h"

G_BEGIN_DECLS

GArray   *daftar_store_list_newest_session_keys (DaftarStore            *self,
                                                 const DaftarSessionKey *after,
                                                 guint                   limit,
                                                 GError                **error);
GArray   *daftar_store_search_newest_session_keys (DaftarStore        *self,
                                                   const char         *search,
                                                   guint               limit,
                                                   GError            **error);
gint64    daftar_store_count_sessions           (DaftarStore            *self,
                                                 GError                **error);
void      daftar_store_set_cancellable          (DaftarStore            *self,
                                                 GCancellable           *cancellable);

G_END_DECLS
