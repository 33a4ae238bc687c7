/* daftar-project-row.h — how one project looks in the Projects page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-context.h"
#include "daftar-project-item.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PROJECT_ROW (daftar_project_row_get_type ())

G_DECLARE_FINAL_TYPE (DaftarProjectRow, daftar_project_row, DAFTAR, PROJECT_ROW, GtkWidget)

GtkWidget *daftar_project_row_new      (DaftarContext     *context);
void       daftar_project_row_set_item (DaftarProjectRow  *self,
                                        DaftarProjectItem *item);

G_END_DECLS
