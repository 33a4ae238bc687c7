/* daftar-project-item.h — a project in a list, with this month's hours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "daftar-domain.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PROJECT_ITEM (daftar_project_item_get_type ())

G_DECLARE_FINAL_TYPE (DaftarProjectItem, daftar_project_item, DAFTAR, PROJECT_ITEM, GObject)

DaftarProjectItem   *daftar_project_item_new                (DaftarProject     *project,
                                                             gint64             month_seconds);
const DaftarProject *daftar_project_item_get_project        (DaftarProjectItem *self);
gint64               daftar_project_item_get_month_seconds  (DaftarProjectItem *self);

G_END_DECLS
