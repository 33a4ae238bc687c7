/* daftar-theme-colors.h — the theme's colours for custom drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void daftar_theme_colors (GtkWidget *widget,
                          GdkRGBA   *out_fg,
                          GdkRGBA   *out_accent,
                          GdkRGBA   *out_error);

G_END_DECLS
