/* daftar-theme-colors.c — the theme's colours for custom drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-theme-colors.h"

/**
 * daftar_theme_colors:
 * @widget: a widget that draws itself
 * @out_fg: (out): its foreground colour
 * @out_accent: (out): libadwaita's accent background colour, or the foreground
 * @out_error: (out) (optional): libadwaita's error colour, or the foreground
 *
 * The colours the chart and range bars draw with, following the theme, the dark
 * style and the high-contrast style.
 */
void
daftar_theme_colors (GtkWidget *widget,
                     GdkRGBA   *out_fg,
                     GdkRGBA   *out_accent,
                     GdkRGBA   *out_error)
{
  GtkStyleContext *context;

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, out_fg);
#endif

  /* GTK has no other way to read a named colour of the theme; the style context
   * is deprecated from GTK 4.10, after the oldest GTK Daftar supports (4.8). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (widget);
#if !GTK_CHECK_VERSION (4, 10, 0)
  gtk_style_context_get_color (context, out_fg);
#endif
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", out_accent))
    *out_accent = *out_fg;
  if (out_error != NULL && !gtk_style_context_lookup_color (context, "error_color", out_error))
    *out_error = *out_fg;
  G_GNUC_END_IGNORE_DEPRECATIONS
}
