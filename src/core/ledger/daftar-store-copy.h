/* daftar-store-copy.h — the ledger read off the main thread, and copied whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-store.h"

G_BEGIN_DECLS

/* Called between steps of a long copy: @done of @total units so far. */
typedef void (*DaftarProgressFunc) (guint64  done,
                                    guint64  total,
                                    gpointer user_data);

DaftarStore *daftar_store_open_reader (DaftarStore         *self,
                                       GError             **error);
gboolean     daftar_store_backup_to   (DaftarStore         *self,
                                       const char          *path,
                                       GCancellable        *cancellable,
                                       DaftarProgressFunc   progress,
                                       gpointer             user_data,
                                       GError             **error);

G_END_DECLS
