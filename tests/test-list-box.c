/* test-list-box.c — an emptied boxed list keeps what it says in place of rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-list-box"

#include "config.h"

#include <gtk/gtk.h>

#include "daftar-list-box.h"
#include "daftar-test-ui.h"

static void
test_placeholder (void)
{
  GtkWidget *label = g_object_ref_sink (daftar_list_placeholder_new ("Nothing & <b>here</b>"));

  g_assert_true (GTK_IS_LABEL (label));
  /* As it is, not markup */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Nothing & <b>here</b>");
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
  g_assert_true (gtk_widget_has_css_class (label, "dim-label"));
  g_assert_cmpint (gtk_widget_get_margin_top (label), ==, 18);
  g_assert_cmpint (gtk_widget_get_margin_bottom (label), ==, 18);
  g_assert_cmpint (gtk_widget_get_margin_start (label), ==, 12);
  g_assert_cmpint (gtk_widget_get_margin_end (label), ==, 12);
  g_object_unref (label);
}

static void
test_remove_rows (void)
{
  GtkListBox *list = GTK_LIST_BOX (g_object_ref_sink (gtk_list_box_new ()));
  GtkWidget *placeholder = daftar_list_placeholder_new ("Empty");

  gtk_list_box_set_placeholder (list, placeholder);
  g_assert_true (gtk_widget_get_child_visible (placeholder));

  for (guint round = 0; round < 2; round++)
    {
      for (int i = 0; i < 3; i++)
        gtk_list_box_append (list, gtk_label_new ("row"));
      g_assert_nonnull (gtk_list_box_get_row_at_index (list, 2));
      g_assert_false (gtk_widget_get_child_visible (placeholder));

      daftar_list_box_remove_rows (list);

      g_assert_null (gtk_list_box_get_row_at_index (list, 0));
      /* The placeholder stays, shown again */
      g_assert_true (gtk_widget_get_parent (placeholder) == GTK_WIDGET (list));
      g_assert_true (gtk_widget_get_child_visible (placeholder));
    }

  /* An empty list stays empty */
  daftar_list_box_remove_rows (list);
  g_assert_true (gtk_widget_get_parent (placeholder) == GTK_WIDGET (list));
  g_object_unref (list);
}

int
main (int   argc,
      char *argv[])
{
  daftar_test_ui_init (&argc, &argv);

  g_test_add_func ("/list-box/placeholder", test_placeholder);
  g_test_add_func ("/list-box/remove-rows", test_remove_rows);

  return g_test_run ();
}
