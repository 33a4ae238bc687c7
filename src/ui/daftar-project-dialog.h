/* daftar-project-dialog.h — the dialog that creates or edits a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"
#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PROJECT_DIALOG (daftar_project_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DaftarProjectDialog, daftar_project_dialog, DAFTAR, PROJECT_DIALOG, AdwWindow)

DaftarProjectDialog *daftar_project_dialog_new                  (GtkWindow           *parent,
                                                                 DaftarContext       *context,
                                                                 gint64               project_id);
gint64               daftar_project_dialog_get_project_id       (DaftarProjectDialog *self);
const char          *daftar_project_dialog_get_default_currency (DaftarProjectDialog *self);
void                 daftar_project_dialog_set_default_currency (DaftarProjectDialog *self,
                                                                 const char          *currency);

G_END_DECLS
