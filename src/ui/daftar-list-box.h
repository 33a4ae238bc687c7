/* daftar-list-box.h — boxed lists: what an empty one says, and emptying one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *daftar_list_placeholder_new  (const char *text);
void       daftar_list_box_remove_rows  (GtkListBox *list);

G_END_DECLS
