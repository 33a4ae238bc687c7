/* test-tools-keyboard.c — moving through the AI-tool grids with the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session dialog's tools picker and Preferences' AI Tools page list the
 * catalog in a GtkGridView of preference rows. The grid's keys (Up, Down, Home,
 * End) move the focus from tool to tool, and Space ticks the focused tool (the
 * session) or opens it (Preferences). Keys go through the widgets' controllers
 * (daftar_test_press_key()).
 */
#include "config.h"

#include <adwaita.h>

#include "daftar-preferences-window.h"
#include "daftar-session-dialog.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"

static DaftarApplication *app;

typedef struct
{
  DaftarTestLedger ledger;   /* a new ledger in a temporary folder */
  DaftarContext *context;
  gint64         project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = "Outlier evaluation", .platform = "outlier", .category = DAFTAR_CATEGORY_AI_TRAINING,
    .pricing = DAFTAR_PRICING_HOURLY, .currency = "USD", .has_rate = TRUE, .rate_minor = 4000,
  };

  daftar_test_ledger_set_up (&f->ledger, NULL);
  g_assert_true (daftar_store_add_project (f->ledger.store, &draft, &f->project, &error));
  g_assert_no_error (error);
  f->context = daftar_test_context_new (app, f->ledger.store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  daftar_test_destroy_toplevels (DAFTAR_TYPE_SESSION_DIALOG);
  daftar_test_iterate ();
  g_clear_object (&f->context);
  daftar_test_ledger_tear_down (&f->ledger, NULL);
}

static GtkWidget *
focus_of (GtkWidget *widget)
{
  return gtk_root_get_focus (gtk_widget_get_root (widget));
}

/* The title of the tool row the focus is in */
static const char *
focused_tool (GtkWidget *grid)
{
  GtkWidget *focus = focus_of (grid);
  GtkWidget *row;

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, grid));
  /* The innermost row: in Preferences, the expander's header */
  row = gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW);
  if (row == NULL && ADW_IS_PREFERENCES_ROW (focus))
    row = focus;
  g_assert_nonnull (row);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static void
press (GtkWidget *grid,
       guint      keyval)
{
  g_assert_true (daftar_test_press_key (grid, keyval, 0));
  daftar_test_wait_frames (grid, 1);
}

static void
show (GtkWindow *window)
{
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
}

/* Log Session: Down moves from the first tool's check to the second's, which
 * Space ticks; Home and End reach the ends. */
static void
test_session (Fixture       *f,
              gconstpointer  data)
{
  GtkWindow *dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, f->project));
  g_autoptr(GPtrArray) tools = daftar_store_list_tools (f->ledger.store, FALSE, NULL);
  const char *first, *second, *last;
  GtkWidget *expander, *grid, *check;

  g_assert_nonnull (tools);
  g_assert_cmpuint (tools->len, >, 3);
  first = ((DaftarTool *) g_ptr_array_index (tools, 0))->name;
  second = ((DaftarTool *) g_ptr_array_index (tools, 1))->name;
  last = ((DaftarTool *) g_ptr_array_index (tools, tools->len - 1))->name;

  show (dialog);
  expander = daftar_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, "AI Tools Used");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  daftar_test_wait_frames (GTK_WIDGET (dialog), 2);
  grid = daftar_test_find_by_type (expander, GTK_TYPE_GRID_VIEW);
  g_assert_nonnull (grid);

  /* Where Tab lands: the first tool's check */
  check = daftar_test_find_by_type (grid, GTK_TYPE_CHECK_BUTTON);
  g_assert_true (gtk_widget_grab_focus (check));
  g_assert_cmpstr (focused_tool (grid), ==, first);

  press (grid, GDK_KEY_Down);
  check = focus_of (grid);
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_cmpstr (focused_tool (grid), ==, second);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_ROLE_CHECKBOX);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  press (grid, GDK_KEY_space);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_CHECKED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==, second);

  press (grid, GDK_KEY_Up);
  g_assert_cmpstr (focused_tool (grid), ==, first);
  press (grid, GDK_KEY_End);
  g_assert_cmpstr (focused_tool (grid), ==, last);
  press (grid, GDK_KEY_Home);
  g_assert_cmpstr (focused_tool (grid), ==, first);
  /* Only the second is ticked */
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==, second);
}

/* Preferences: Down moves from one tool's row to the next; Space opens it. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (daftar_preferences_window_new (NULL, f->context));
  g_autoptr(GPtrArray) tools = daftar_store_list_tools (f->ledger.store, TRUE, NULL);
  const char *first, *second;
  GtkWidget *grid, *row;

  g_assert_nonnull (tools);
  first = ((DaftarTool *) g_ptr_array_index (tools, 0))->name;
  second = ((DaftarTool *) g_ptr_array_index (tools, 1))->name;

  show (window);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "tools");
  daftar_test_wait_frames (GTK_WIDGET (window), 2);
  grid = daftar_test_find_by_type (GTK_WIDGET (window), GTK_TYPE_GRID_VIEW);
  g_assert_nonnull (grid);

  row = daftar_test_find_row (grid, ADW_TYPE_EXPANDER_ROW, first);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_cmpstr (focused_tool (grid), ==, first);

  press (grid, GDK_KEY_Down);
  g_assert_cmpstr (focused_tool (grid), ==, second);
  row = daftar_test_find_row (grid, ADW_TYPE_EXPANDER_ROW, second);
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  press (grid, GDK_KEY_space);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  /* Open, its header still moves on */
  g_assert_cmpstr (focused_tool (grid), ==, second);
  press (grid, GDK_KEY_Up);
  g_assert_cmpstr (focused_tool (grid), ==, first);
  press (grid, GDK_KEY_End);
  g_assert_cmpstr (focused_tool (grid), ==, ((DaftarTool *) g_ptr_array_index (tools, tools->len - 1))->name);
  press (grid, GDK_KEY_Home);
  g_assert_cmpstr (focused_tool (grid), ==, first);
  press (grid, GDK_KEY_Down);
  press (grid, GDK_KEY_Return);
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  gtk_window_destroy (window);
  daftar_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  g_setenv ("GTK_A11Y", "test", TRUE);
  daftar_test_ui_init (&argc, &argv);

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tools-keyboard/session-dialog", test_session);
  ADD ("/tools-keyboard/preferences", test_preferences);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
