/* daftar-project-picker.h — the combo row a form picks its project with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PROJECT_PICKER (daftar_project_picker_get_type ())

G_DECLARE_FINAL_TYPE (DaftarProjectPicker, daftar_project_picker, DAFTAR, PROJECT_PICKER, AdwComboRow)

GtkWidget           *daftar_project_picker_new          (const char   *title);
gboolean             daftar_project_picker_fill         (AdwComboRow  *row,
                                                         DaftarStore  *store,
                                                         gint64        keep_id,
                                                         GError      **error);
void                 daftar_project_picker_set_projects (AdwComboRow  *row,
                                                         GPtrArray    *projects,
                                                         gint64        keep_id);
const DaftarProject *daftar_project_picker_get_selected (AdwComboRow  *row);
GtkWidget           *daftar_project_picker_get_chooser  (DaftarProjectPicker *self);

G_END_DECLS
