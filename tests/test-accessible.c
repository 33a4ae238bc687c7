/* test-accessible.c — a button with a label says one name, not its label property
 * and its label child one after the other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-accessible"

#include "config.h"

#include <gtk/gtk.h>

#include "daftar-accessible.h"
#include "daftar-test-ui.h"

/* A button as the templates make them: a mnemonic label, so GTK 4.8 gives it both
 * the label property “_Save” and the labelled-by relation to its label child. */
static GtkWidget *
labelled_button (void)
{
  GtkWidget *button = gtk_button_new_with_mnemonic ("_Save");

  g_object_ref_sink (button);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  return button;
}

static void
test_set_name (void)
{
  GtkWidget *button = labelled_button ();

  daftar_accessible_set_name (button, "Save “Logo & <b>”");

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Save “Logo & <b>”");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  /* Named again (a card shown with another title): the new name alone */
  daftar_accessible_set_name (button, "Save “Other”");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Save “Other”");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_object_unref (button);
}

static void
test_name_from_child (void)
{
  GtkWidget *button = labelled_button ();

  daftar_accessible_name_from_child (button);

  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_object_unref (button);
}

int
main (int   argc,
      char *argv[])
{
  /* The test backend keeps the accessible state where the assertions can read it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  daftar_test_ui_init (&argc, &argv);

  g_test_add_func ("/accessible/set-name", test_set_name);
  g_test_add_func ("/accessible/name-from-child", test_name_from_child);

  return g_test_run ();
}
