/* daftar-id-action.h — a widget action on one row, told to the widget's owner as a signal with the row's id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

guint daftar_id_action_install (GtkWidgetClass *widget_class,
                                const char     *action_name,
                                const char     *signal_name);

G_END_DECLS
