/* daftar-import-daftar.c — Daftar's own JSON export, back into a ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-import-private.h"

gboolean
daftar_import_daftar_json (DaftarImportWriter        *writer,
                           GInputStream              *input,
                           const DaftarImportOptions *options,
                           GError                   **error)
{
  g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_UNKNOWN_FORMAT,
                       _("Daftar exports can’t be imported yet."));
  return FALSE;
}
