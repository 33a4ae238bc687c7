/* daftar-import-dialog.h — a file's preview, its columns' mapping, and the import itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"
#include "daftar-import.h"
#include "daftar-window.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_IMPORT_DIALOG (daftar_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DaftarImportDialog, daftar_import_dialog, DAFTAR, IMPORT_DIALOG, AdwWindow)

DaftarImportDialog *daftar_import_dialog_new          (DaftarWindow       *window,
                                                       DaftarContext      *context,
                                                       GFile              *file);
const DaftarImportResult *
                    daftar_import_dialog_get_preview  (DaftarImportDialog *self);
gboolean            daftar_import_dialog_is_busy      (DaftarImportDialog *self);
void                daftar_import_dialog_set_field    (DaftarImportDialog *self,
                                                       const char         *column,
                                                       DaftarImportField   field);
void                daftar_import_dialog_apply_mapping (DaftarImportDialog *self);
void                daftar_import_dialog_set_skip_bad_rows (DaftarImportDialog *self,
                                                            gboolean            skip);
void                daftar_import_dialog_start        (DaftarImportDialog *self);
void                daftar_import_dialog_cancel       (DaftarImportDialog *self);
const char         *daftar_import_dialog_get_page     (DaftarImportDialog *self);

G_END_DECLS
