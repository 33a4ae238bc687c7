/* daftar-tool-item.h — an AI tool of the catalog in a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-domain.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_TOOL_ITEM (daftar_tool_item_get_type ())

G_DECLARE_FINAL_TYPE (DaftarToolItem, daftar_tool_item, DAFTAR, TOOL_ITEM, GObject)

DaftarToolItem   *daftar_tool_item_new          (const DaftarTool *tool);
const DaftarTool *daftar_tool_item_get_tool     (DaftarToolItem   *self);
const char       *daftar_tool_item_get_name     (DaftarToolItem   *self);
gboolean          daftar_tool_item_matches      (DaftarToolItem   *self,
                                                 const char       *key);
gboolean          daftar_tool_item_get_selected (DaftarToolItem   *self);
void              daftar_tool_item_set_selected (DaftarToolItem   *self,
                                                 gboolean          selected);

void              daftar_tool_items_update      (GListStore       *items,
                                                 GPtrArray        *tools);
DaftarToolItem   *daftar_tool_items_find        (GListModel       *items,
                                                 gint64            id,
                                                 guint            *out_position);

G_END_DECLS
