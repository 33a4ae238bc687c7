/* daftar-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-application.h"
#include "daftar-context.h"
#include "daftar-guidance-page.h"
#include "daftar-log-page.h"
#include "daftar-projects-page.h"
#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_WINDOW (daftar_window_get_type ())

G_DECLARE_FINAL_TYPE (DaftarWindow, daftar_window, DAFTAR, WINDOW, AdwApplicationWindow)

typedef struct _DaftarImportDialog DaftarImportDialog;

DaftarWindow       *daftar_window_new               (DaftarApplication *application,
                                                     DaftarContext     *context,
                                                     const GError      *store_error);
void                daftar_window_add_toast         (DaftarWindow      *self,
                                                     AdwToast          *toast);
void                daftar_window_add_undo_toast    (DaftarWindow      *self,
                                                     AdwToast          *toast);
void                daftar_window_flush_deletes     (DaftarWindow      *self);
DaftarLogPage      *daftar_window_get_log_page      (DaftarWindow      *self);
DaftarProjectsPage *daftar_window_get_projects_page (DaftarWindow      *self);
DaftarGuidancePage *daftar_window_get_guidance_page (DaftarWindow      *self);
DaftarContext      *daftar_window_get_context       (DaftarWindow      *self);
gboolean            daftar_window_has_loaded_log    (DaftarWindow      *self);
gboolean            daftar_window_is_waiting_to_write (DaftarWindow    *self);
void                daftar_window_set_watching      (DaftarWindow      *self,
                                                     gboolean           watching);
void                daftar_window_show_error        (DaftarWindow      *self,
                                                     const GError      *error);
DaftarImportDialog *daftar_window_import_file       (DaftarWindow      *self,
                                                     GFile             *file);

G_END_DECLS
