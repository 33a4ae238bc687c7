/* daftar-export.h — the whole ledger as JSON or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_EXPORT_FORMAT_VERSION 1

gboolean daftar_export_json (DaftarStore    *store,
                             GOutputStream  *output,
                             GCancellable   *cancellable,
                             GError        **error);
gboolean daftar_export_csv  (DaftarStore    *store,
                             GOutputStream  *output,
                             GCancellable   *cancellable,
                             GError        **error);

G_END_DECLS
