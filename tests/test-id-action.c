/* test-id-action.c — a widget action on one row, told as a signal with the row's id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-id-action"

#include "config.h"

#include <gtk/gtk.h>

#include "daftar-id-action.h"
#include "daftar-test-ui.h"

/* A widget with two row actions, and one that inherits them. */
#define TEST_TYPE_ROWS (test_rows_get_type ())
G_DECLARE_DERIVABLE_TYPE (TestRows, test_rows, TEST, ROWS, GtkWidget)

struct _TestRowsClass
{
  GtkWidgetClass parent_class;
};

G_DEFINE_TYPE (TestRows, test_rows, GTK_TYPE_WIDGET)

static guint edit_signal, delete_signal;

static void
test_rows_class_init (TestRowsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  edit_signal = daftar_id_action_install (widget_class, "rows.edit", "edit-row");
  delete_signal = daftar_id_action_install (widget_class, "rows.delete", "delete-row");
}

static void
test_rows_init (TestRows *self)
{
}

#define TEST_TYPE_MORE_ROWS (test_more_rows_get_type ())
G_DECLARE_FINAL_TYPE (TestMoreRows, test_more_rows, TEST, MORE_ROWS, TestRows)

struct _TestMoreRows
{
  TestRows parent_instance;
};

G_DEFINE_TYPE (TestMoreRows, test_more_rows, TEST_TYPE_ROWS)

static void
test_more_rows_class_init (TestMoreRowsClass *klass)
{
}

static void
test_more_rows_init (TestMoreRows *self)
{
}

typedef struct
{
  gint64 edited;
  gint64 deleted;
} Told;

static void
edited_cb (GtkWidget *widget,
           gint64     id,
           Told      *told)
{
  told->edited = id;
}

static void
deleted_cb (GtkWidget *widget,
            gint64     id,
            Told      *told)
{
  told->deleted = id;
}

static void
check_actions (GType type)
{
  GtkWidget *widget = g_object_ref_sink (g_object_new (type, NULL));
  Told told = { 0, 0 };

  g_signal_connect (widget, "edit-row", G_CALLBACK (edited_cb), &told);
  g_signal_connect (widget, "delete-row", G_CALLBACK (deleted_cb), &told);

  /* Each action tells its own signal, with the row's id. */
  g_assert_true (gtk_widget_activate_action (widget, "rows.edit", "x", (gint64) 9007199254740993));
  g_assert_cmpint (told.edited, ==, 9007199254740993);
  g_assert_cmpint (told.deleted, ==, 0);

  g_assert_true (gtk_widget_activate_action (widget, "rows.delete", "x", (gint64) 12));
  g_assert_cmpint (told.deleted, ==, 12);
  g_assert_cmpint (told.edited, ==, 9007199254740993);

  /* The id returned is the signal's. */
  told = (Told) { 0, 0 };
  g_signal_emit (widget, edit_signal, 0, (gint64) 3);
  g_signal_emit (widget, delete_signal, 0, (gint64) 4);
  g_assert_cmpint (told.edited, ==, 3);
  g_assert_cmpint (told.deleted, ==, 4);

  g_object_unref (widget);
}

static void
test_actions (void)
{
  check_actions (TEST_TYPE_ROWS);
}

static void
test_inherited (void)
{
  check_actions (TEST_TYPE_MORE_ROWS);
}

int
main (int   argc,
      char *argv[])
{
  daftar_test_ui_init (&argc, &argv);

  g_test_add_func ("/id-action/actions", test_actions);
  g_test_add_func ("/id-action/inherited", test_inherited);

  return g_test_run ();
}
