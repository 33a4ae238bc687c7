/* daftar-combo-wrap.c — a combo row whose chosen value wraps instead of being cut
 *
 * AdwComboRow shows the chosen value on one line and ellipsizes it: in a narrow
 * window Persian "به‌ازای هر تسک" (per task) became "به‌ازای هر ت…", which
 * reads as another word. A row given this factory shows the value whole,
 * wrapped onto a second line when it must.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-combo-wrap"

#include "config.h"

#include "daftar-combo-wrap.h"

/* Room for a value before it wraps, in characters. The label asks for exactly
 * this width: the row does not give it height for a narrower width than it
 * asked for, and a value wrapped onto more lines than planned would be cut. */
#define VALUE_WIDTH_CHARS 14

static void
setup_value_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_width_chars (GTK_LABEL (label), VALUE_WIDTH_CHARS);
  gtk_label_set_max_width_chars (GTK_LABEL (label), VALUE_WIDTH_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_value_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GObject *value = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      GTK_IS_STRING_OBJECT (value) ? gtk_string_object_get_string (GTK_STRING_OBJECT (value)) : "");
}

/**
 * daftar_combo_row_wrap_values:
 * @row: a combo row over a #GtkStringList
 *
 * Shows @row's values whole, wrapped rather than ellipsized, both as the
 * chosen value and in the list to choose from.
 */
void
daftar_combo_row_wrap_values (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_value_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_value_cb), NULL);
  adw_combo_row_set_factory (row, factory);
}
