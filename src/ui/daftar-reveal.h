/* daftar-reveal.h — a container's children shown a few a frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     daftar_reveal_in_steps (GtkWidget *parent);
gboolean daftar_reveal_is_busy  (GtkWidget *parent);
void     daftar_reveal_stop     (GtkWidget *parent);

G_END_DECLS
