/* daftar-project-chooser.h — a search over projects and the list it filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-project-list.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PROJECT_CHOOSER (daftar_project_chooser_get_type ())

G_DECLARE_FINAL_TYPE (DaftarProjectChooser, daftar_project_chooser, DAFTAR, PROJECT_CHOOSER, GtkBox)

GtkWidget      *daftar_project_chooser_new         (const char           *list_label);
void            daftar_project_chooser_set_projects (DaftarProjectChooser *self,
                                                     DaftarProjectList    *projects);
void            daftar_project_chooser_reset       (DaftarProjectChooser *self,
                                                     gint64                focus_id);
GtkSearchEntry *daftar_project_chooser_get_search  (DaftarProjectChooser *self);
GListModel     *daftar_project_chooser_get_shown   (DaftarProjectChooser *self);
void            daftar_project_chooser_choose      (DaftarProjectChooser *self,
                                                     guint                 shown_position);

G_END_DECLS
