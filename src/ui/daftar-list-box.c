/* daftar-list-box.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The payments, the exchange rates and the Earnings page's sources are boxed lists;
 * empty, each says so in the same dimmed, wrapped line. The placeholder is one of
 * the list's children: emptying the list takes its rows and leaves it.
 */
#define G_LOG_DOMAIN "daftar-list-box"

#include "config.h"

#include "daftar-list-box.h"

/**
 * daftar_list_placeholder_new:
 * @text: (transfer none): what the empty list says, translated
 *
 * Returns: (transfer floating): a label for gtk_list_box_set_placeholder ()
 */
GtkWidget *
daftar_list_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  return label;
}

/**
 * daftar_list_box_remove_rows:
 *
 * Removes every row of @list and keeps its placeholder, which shows again.
 */
void
daftar_list_box_remove_rows (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}
