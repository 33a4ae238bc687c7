/* daftar-test-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "daftar-test-ui.h"

/* Runs what is pending, a few rounds over, so idles queued by idles run too. */
void
daftar_test_iterate (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(int *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Lets the window lay out and paint what changed, so its render node is current. */
void
daftar_test_wait_frames (GtkWidget *widget,
                         int        n)
{
  int frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);

  gtk_widget_queue_draw (widget);
  while (frames < n)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
  daftar_test_iterate ();
}

/* The first widget under @root whose widget name is @name. */
GtkWidget *
daftar_test_find_by_name (GtkWidget  *root,
                          const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = daftar_test_find_by_name (child, name)))
        return found;
    }

  return NULL;
}

/* The first widget under @root of @type (or of a type derived from it). */
GtkWidget *
daftar_test_find_by_type (GtkWidget *root,
                          GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = daftar_test_find_by_type (child, type)))
        return found;
    }

  return NULL;
}

/* How many children @widget has: for a list or grid view, the rows it made. */
guint
daftar_test_count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* What the AdwComboRow @combo shows for @item of its model: through its
 * expression (a picker's model of items), or the string of a string list. */
char *
daftar_test_combo_item_text (gpointer  combo,
                             GObject  *item)
{
  GtkExpression *expression = adw_combo_row_get_expression (ADW_COMBO_ROW (combo));
  GValue value = G_VALUE_INIT;
  char *text;

  if (expression == NULL)
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  g_assert_true (gtk_expression_evaluate (expression, item, &value));
  text = g_value_dup_string (&value);
  g_value_unset (&value);
  return text;
}

/* @text without the direction isolates (U+2066–U+2069) around its values and
 * the marks (U+200E, U+200F, U+061C) that set a sentence's direction. */
char *
daftar_test_without_marks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x2066 || c > 0x2069) && c != 0x200E && c != 0x200F && c != 0x061C)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The text of the label named @name under @root, without isolates and marks
 * (daftar_test_without_marks()). The result lives until the next call. */
const char *
daftar_test_label_text (GtkWidget  *root,
                        const char *name)
{
  static char *plain;
  GtkWidget *label = daftar_test_find_by_name (root, name);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));
  g_free (plain);
  plain = daftar_test_without_marks (gtk_label_get_text (GTK_LABEL (label)));
  return plain;
}

/* The part of the window's timer (DaftarTimerButton) named @name: timer_stack,
 * timer_label, timer_name_label, timer_stop_button; once the picker is built,
 * timer_popover, timer_projects, timer_search, timer_continue_button. %NULL
 * when there is no such part (yet). */
GtkWidget *
daftar_test_timer_part (gpointer    window,
                        const char *name)
{
  g_assert_true (GTK_IS_WINDOW (window));
  return daftar_test_find_by_name (GTK_WIDGET (window), name);
}

/* "running" or "idle": what the window's timer button shows. */
const char *
daftar_test_timer_state (gpointer window)
{
  GtkWidget *stack = daftar_test_timer_part (window, "timer_stack");

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/**
 * daftar_test_app_new:
 * @dir: a folder for the app's own ledger
 *
 * Registers a DaftarApplication, not unique, whose startup opens the ledger
 * @dir/app.db (by DAFTAR_DB), as the GTK tests need one for its settings.
 *
 * Returns: (transfer full): the registered application
 */
DaftarApplication *
daftar_test_app_new (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "app.db", NULL);
  g_autoptr(GError) error = NULL;
  DaftarApplication *app;

  g_setenv ("DAFTAR_DB", path, TRUE);
  app = daftar_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/**
 * daftar_test_context_new:
 * @app: the test's application, for its settings
 * @store: (nullable): the ledger the test opened
 *
 * Returns: (transfer full): a context over @store with @app's settings, as the
 *   app hands its window and pages
 */
DaftarContext *
daftar_test_context_new (DaftarApplication *app,
                         DaftarStore       *store)
{
  return daftar_context_new (store, daftar_application_get_settings (app));
}
