/* daftar-grid-row.h — preference rows that take the focus in a list view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAFTAR_TYPE_GRID_ACTION_ROW (daftar_grid_action_row_get_type ())

G_DECLARE_FINAL_TYPE (DaftarGridActionRow, daftar_grid_action_row, DAFTAR, GRID_ACTION_ROW, AdwActionRow)

#define DAFTAR_TYPE_GRID_EXPANDER_ROW (daftar_grid_expander_row_get_type ())

G_DECLARE_FINAL_TYPE (DaftarGridExpanderRow, daftar_grid_expander_row, DAFTAR, GRID_EXPANDER_ROW, AdwExpanderRow)

gboolean daftar_widget_activate_shortcut (GtkWidget       *widget,
                                          guint            keyval,
                                          GdkModifierType  modifiers,
                                          GtkPropagationPhase phase);

G_END_DECLS
