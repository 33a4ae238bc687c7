/* daftar-accessible.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button after both its label property, underline included, and its
 * label child (the labelled-by relation): “_Save Save”. A button says one of the two.
 */
#define G_LOG_DOMAIN "daftar-accessible"

#include "config.h"

#include "daftar-accessible.h"

/**
 * daftar_accessible_set_name:
 * @name: what a screen reader says for @widget
 *
 * Names @widget @name alone: its label child no longer adds to the name.
 */
void
daftar_accessible_set_name (GtkWidget  *widget,
                            const char *name)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * daftar_accessible_name_from_child:
 *
 * Names @widget after its label child alone, which reads right (no underline).
 */
void
daftar_accessible_name_from_child (GtkWidget *widget)
{
  gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}
