/* test-goals-group.c — the Goals group of Preferences takes the context and marks a
 * refused goal through the form: its row for the eye and the screen reader, the
 * message under the group, the focus on the row, and the ledger left as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-goals-group"

#include "config.h"

#include <adwaita.h>

#include "daftar-context.h"
#include "daftar-goals-group.h"
#include "daftar-store-goals.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"

typedef struct
{
  DaftarTestLedger  ledger;
  DaftarContext    *context;
  GtkWidget        *window;
  GtkWidget        *group;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  daftar_test_ledger_set_up (&f->ledger, data);
  f->context = daftar_context_new (f->ledger.store, NULL);

  f->group = daftar_goals_group_new (f->context);
  f->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), f->group);
  gtk_window_present (GTK_WINDOW (f->window));
  daftar_test_wait_frames (f->window, 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  g_clear_object (&f->context);
  daftar_test_ledger_tear_down (&f->ledger, data);
}

static GtkWidget *
row (Fixture    *f,
     const char *name)
{
  GtkWidget *widget = daftar_test_find_by_name (f->group, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
apply (GtkWidget  *entry_row,
       const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry_row), text);
  g_signal_emit_by_name (entry_row, "apply");
  daftar_test_iterate ();
}

static gboolean
is_marked (GtkWidget *widget)
{
  return gtk_widget_has_css_class (widget, "error") &&
         gtk_test_accessible_has_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_context (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DaftarContext) context = NULL;

  g_object_get (f->group, "context", &context, NULL);
  g_assert_true (context == f->context);
  g_assert_cmpstr (gtk_widget_get_name (f->group), ==, "goals-group");
}

/* Hours that aren't hours: the row says so, takes the focus, and nothing is written. */
static void
test_refused_goal (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autofree char *after = NULL;
  GtkWidget *hours = row (f, "goal-weekly-hours");
  GtkWidget *net = row (f, "goal-monthly-net");

  g_assert_false (has_focus_within (hours));
  apply (hours, "many");

  g_assert_true (is_marked (hours));
  g_assert_false (is_marked (net));
  g_assert_true (has_focus_within (hours));
  g_assert_true (gtk_widget_get_visible (daftar_test_find_by_name (f->group, "goals-error")));
  g_assert_cmpstr (daftar_test_label_text (f->group, "goals-error"), !=, "");

  after = daftar_test_dump_db (f->ledger.path);
  g_assert_cmpstr (after, ==, before);
}

/* The next value that holds clears the mark, and is kept. */
static void
test_accepted_goal_clears (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *hours = row (f, "goal-weekly-hours");
  DaftarGoals goals;

  apply (hours, "many");
  g_assert_true (is_marked (hours));

  apply (hours, "10");
  g_assert_false (is_marked (hours));
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (hours), GTK_ACCESSIBLE_STATE_INVALID));

  g_assert_true (daftar_store_get_goals (f->ledger.store, &goals, &error));
  g_assert_no_error (error);
  g_assert_true (goals.has_weekly_hours);
  g_assert_cmpint (goals.weekly_seconds, ==, 10 * 3600);
}

/* A refusal on one row, then on another: only the last row is marked. */
static void
test_one_row_marked (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *hours = row (f, "goal-weekly-hours");
  GtkWidget *net = row (f, "goal-monthly-net");

  apply (hours, "many");
  apply (net, "a lot");

  g_assert_false (is_marked (hours));
  g_assert_true (is_marked (net));
  g_assert_true (has_focus_within (net));
}

int
main (int   argc,
      char *argv[])
{
  /* The test backend keeps the accessible state where the assertions can read it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) g_test_add ("/goals-group/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("context", test_context);
  ADD ("refused-goal", test_refused_goal);
  ADD ("accepted-goal-clears", test_accepted_goal_clears);
  ADD ("one-row-marked", test_one_row_marked);
#undef ADD

  return g_test_run ();
}
