/* daftar-widget-template.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows and pages that are a plain GtkWidget with a bin layout hold their template's
 * top box as their child. gtk_widget_dispose_template () clears the bound children
 * only: the top box, not bound, has to be unparented by the widget itself.
 */
#define G_LOG_DOMAIN "daftar-widget-template"

#include "config.h"

#include "daftar-widget-template.h"

/**
 * daftar_widget_dispose_template:
 * @widget_type: the type whose template @widget was built from
 *
 * Disposes @widget's template and unparents what is left of it; for dispose.
 */
void
daftar_widget_dispose_template (GtkWidget *widget,
                                GType      widget_type)
{
  GtkWidget *child;

  gtk_widget_dispose_template (widget, widget_type);
  while ((child = gtk_widget_get_first_child (widget)))
    gtk_widget_unparent (child);
}
