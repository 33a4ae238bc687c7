/* daftar-widget-template.h — for widgets whose template's top box is their one child
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void daftar_widget_dispose_template (GtkWidget *widget,
                                     GType      widget_type);

G_END_DECLS
