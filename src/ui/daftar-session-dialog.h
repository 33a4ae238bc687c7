/* daftar-session-dialog.h — the dialog that logs or edits a work session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"
#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_SESSION_DIALOG (daftar_session_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DaftarSessionDialog, daftar_session_dialog, DAFTAR, SESSION_DIALOG, AdwWindow)

DaftarSessionDialog *daftar_session_dialog_new            (GtkWindow           *parent,
                                                           DaftarContext       *context,
                                                           gint64               session_id,
                                                           gint64               default_project_id);
gint64               daftar_session_dialog_get_session_id (DaftarSessionDialog *self);
void                 daftar_session_dialog_set_duration   (DaftarSessionDialog *self,
                                                           gint64               seconds);

G_END_DECLS
