/* daftar-projects-page.h — the Projects page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PROJECTS_PAGE (daftar_projects_page_get_type ())

G_DECLARE_FINAL_TYPE (DaftarProjectsPage, daftar_projects_page, DAFTAR, PROJECTS_PAGE, GtkWidget)

GtkWidget *daftar_projects_page_new        (DaftarContext      *context);
void       daftar_projects_page_reload     (DaftarProjectsPage *self);
void       daftar_projects_page_set_hidden (DaftarProjectsPage *self,
                                            gint64              project_id,
                                            gboolean            hidden);
guint      daftar_projects_page_get_n_shown (DaftarProjectsPage *self);

G_END_DECLS
