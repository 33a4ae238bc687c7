/* daftar-safe-file.h — writing a file beside the ledger without harming it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-store.h"

G_BEGIN_DECLS

char     *daftar_path_resolve        (const char  *path);
gboolean  daftar_path_is_ledger_file (const char  *ledger,
                                      const char  *path);

/* A file written to a temporary name next to its target and renamed over it
 * on commit; freed uncommitted, it leaves the target as it was. */
typedef struct _DaftarSafeFile DaftarSafeFile;

DaftarSafeFile *daftar_safe_file_new        (DaftarStore     *store,
                                             const char      *path,
                                             GError         **error);
GOutputStream  *daftar_safe_file_get_stream (DaftarSafeFile  *file);
const char     *daftar_safe_file_get_target (DaftarSafeFile  *file);
const char     *daftar_safe_file_get_temp   (DaftarSafeFile  *file);
gboolean        daftar_safe_file_write_bytes (DaftarSafeFile *file,
                                              GBytes         *bytes,
                                              GCancellable   *cancellable,
                                              GError        **error);
gboolean        daftar_safe_file_commit     (DaftarSafeFile  *file,
                                             GError         **error);
void            daftar_safe_file_free       (DaftarSafeFile  *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarSafeFile, daftar_safe_file_free)

gboolean        daftar_safe_file_save_bytes (DaftarStore     *store,
                                             const char      *path,
                                             GBytes          *bytes,
                                             GCancellable    *cancellable,
                                             GError         **error);

G_END_DECLS
