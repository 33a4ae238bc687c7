/* daftar-project-list.h — projects as a list model, items made when asked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-domain.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PROJECT_LIST (daftar_project_list_get_type ())

G_DECLARE_FINAL_TYPE (DaftarProjectList, daftar_project_list, DAFTAR, PROJECT_LIST, GObject)

DaftarProjectList   *daftar_project_list_new   (void);
void                 daftar_project_list_take  (DaftarProjectList *self,
                                                DaftarProject     *project);
const DaftarProject *daftar_project_list_peek  (DaftarProjectList *self,
                                                guint              position);
gboolean             daftar_project_list_find  (DaftarProjectList *self,
                                                gint64             project_id,
                                                guint             *position);

G_END_DECLS
