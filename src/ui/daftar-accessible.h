/* daftar-accessible.h — the names screen readers say for buttons with a label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void daftar_accessible_set_name        (GtkWidget  *widget,
                                        const char *name);
void daftar_accessible_name_from_child (GtkWidget  *widget);

G_END_DECLS
