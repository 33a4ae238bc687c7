/* test-window.c — the main window: pages, lazy log, undoable deletes, the timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <gtk/gtk.h>

#include "daftar-log-item.h"
#include "daftar-session-dialog.h"
#include "daftar-log-model.h"
#include "daftar-project-chooser.h"
#include "daftar-project-item.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-timer-popover.h"
#include "daftar-window.h"

/* One registered application for the whole run, as in the real program. */
static DaftarApplication *app;

typedef struct
{
  char         *dir;
  char         *path;
  DaftarStore  *store;
  DaftarWindow *window;
  gint64        project;
} Fixture;

/* Until the Log's worker has read the list, then the rest of what is pending */
static void
show_window (Fixture *f)
{
  {
    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);

    f->window = daftar_window_new (app, context, NULL);
  }
  /* the log loads after the first frame */
  daftar_test_show_window (f->window);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = daftar_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);

  if (GPOINTER_TO_INT (data))
    {
      DaftarProjectDraft draft = { "Translation", "Nikan", "upwork", DAFTAR_CATEGORY_TRANSLATION,
                                   DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };

      g_assert_true (daftar_store_add_project (f->store, &draft, &f->project, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
add_session (Fixture *f,
             gint64   start,
             gint64   seconds)
{
  g_autoptr(GError) error = NULL;
  DaftarSessionDraft draft = { .project_id = f->project, .start_utc = start,
                               .actual_seconds = seconds, .note = "work" };
  gint64 id;

  g_assert_true (daftar_store_add_session (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

static guint
count_sessions (Fixture *f)
{
  g_autoptr(GPtrArray) sessions = daftar_store_list_sessions (f->store, G_MININT64, G_MAXINT64, NULL);

  return sessions->len;
}

static void
test_empty_ledger (Fixture       *f,
                   gconstpointer  data)
{
  show_window (f);

  g_assert_null (daftar_test_window_error_page (f->window));
  g_assert_cmpuint (daftar_log_model_get_n_sessions (daftar_log_page_get_model (daftar_window_get_log_page (f->window))), ==, 0);
  g_assert_cmpuint (daftar_projects_page_get_n_shown (daftar_window_get_projects_page (f->window)), ==, 0);
  g_assert_cmpstr (daftar_test_timer_state (f->window), ==, "idle");
}

static gboolean
guidance_loaded (gpointer page)
{
  return !g_str_equal (daftar_guidance_page_get_state (DAFTAR_GUIDANCE_PAGE (page)), "loading");
}

/* The Guidance page is built on its first visit, and the window opens on it again. */
static void
test_guidance_page (Fixture       *f,
                    gconstpointer  data)
{
  GSettings *settings = daftar_application_get_settings (app);
  g_autoptr(GtkSelectionModel) pages = NULL;
  g_autofree char *last_page = NULL;
  GtkWidget *guidance;
  gboolean found = FALSE;

  show_window (f);
  g_assert_null (daftar_test_find_by_type (GTK_WIDGET (f->window), DAFTAR_TYPE_GUIDANCE_PAGE));

  pages = daftar_test_window_pages (f->window);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (g_strcmp0 (adw_view_stack_page_get_name (page), "guidance") == 0)
        {
          g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, "Guidance");
          found = TRUE;
        }
    }
  g_assert_true (found);

  daftar_test_show_page (f->window, "guidance");
  daftar_test_iterate ();
  guidance = daftar_test_find_by_type (GTK_WIDGET (f->window), DAFTAR_TYPE_GUIDANCE_PAGE);
  g_assert_nonnull (guidance);
  g_assert_true (GTK_WIDGET (daftar_window_get_guidance_page (f->window)) == guidance);
  daftar_test_wait_until (guidance_loaded, guidance, 10000);
  g_assert_cmpstr (daftar_guidance_page_get_state (DAFTAR_GUIDANCE_PAGE (guidance)), ==, "cards");
  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "guidance");

  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  show_window (f);
  g_assert_cmpstr (daftar_test_visible_page (f->window), ==, "guidance");
  g_assert_nonnull (daftar_test_find_by_type (GTK_WIDGET (f->window), DAFTAR_TYPE_GUIDANCE_PAGE));

  g_settings_reset (settings, "last-page");
}

static void
test_open_error (void)
{
  g_autoptr(GError) error = g_error_new_literal (DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NEWER_SCHEMA,
                                                 "Saved by a <newer> version");
  DaftarWindow *window = daftar_window_new (app, NULL, error);

  gtk_window_present (GTK_WINDOW (window));
  daftar_test_iterate ();

  /* Shown as plain text, not markup */
  g_assert_nonnull (daftar_test_window_error_page (window));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (daftar_test_window_error_page (window))), ==,
                   "Saved by a &lt;newer&gt; version");
  g_assert_false (gtk_widget_get_visible (daftar_test_find_by_action (GTK_WIDGET (window), "win.new-session")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_log_is_lazy (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarLogModel *model;
  gint64 start = 1700000000;

  g_assert_true (daftar_store_begin (f->store, &error));
  for (int i = 0; i < 5000; i++)
    add_session (f, start + i * 3600, 1800);
  g_assert_true (daftar_store_commit (f->store, &error));

  show_window (f);
  model = daftar_log_page_get_model (daftar_window_get_log_page (f->window));

  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 5000);
  /* sessions plus one heading per day */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 5000);
  /* only what is on screen was read in full */
  g_assert_cmpuint (daftar_log_model_get_n_loaded (model), >, 0);
  g_assert_cmpuint (daftar_log_model_get_n_loaded (model), <, 500);
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  DaftarLogModel *model;
  gint64 id = add_session (f, 1742536800, 3600);

  add_session (f, 1742536800 + 3600, 3600);
  show_window (f);
  model = daftar_log_page_get_model (daftar_window_get_log_page (f->window));

  /* Delete: the row goes at once, the ledger keeps it while the toast shows. */
  g_signal_emit_by_name (daftar_window_get_log_page (f->window), "delete-session", id);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1);
  g_assert_cmpuint (count_sessions (f), ==, 2);

  /* Undo (Ctrl+Z): the row is back and nothing was deleted. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  daftar_test_iterate ();
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 2);
  g_assert_cmpuint (count_sessions (f), ==, 2);

  /* Delete again and let it happen: closing the window carries it out. */
  g_signal_emit_by_name (daftar_window_get_log_page (f->window), "delete-session", id);
  daftar_window_flush_deletes (f->window);
  g_assert_cmpuint (count_sessions (f), ==, 1);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1);
  g_assert_true (daftar_store_check_integrity (f->store, NULL));
}

/* Deleting a session far down a long Log, and undoing it, leave the list where
 * it was scrolled (it went back to the top, and made every row again). */
static void
test_delete_keeps_scroll (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarLogItem) item = NULL;
  DaftarLogModel *model;
  GtkAdjustment *adjustment;
  GtkWidget *list;
  gint64 id = 0;
  double scrolled_to;
  guint n_items;

  g_assert_true (daftar_store_begin (f->store, &error));
  for (int i = 0; i < 600; i++)
    add_session (f, 1700000000 + i * 3600, 1800);
  g_assert_true (daftar_store_commit (f->store, &error));
  show_window (f);
  model = daftar_log_page_get_model (daftar_window_get_log_page (f->window));
  daftar_test_wait_log (f->window);

  list = daftar_test_find_by_type (GTK_WIDGET (daftar_window_get_log_page (f->window)), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  daftar_test_wait_frames (list, 3);
  scrolled_to = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (scrolled_to, >, 1000);

  /* A session about where the list shows */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  for (guint i = n_items / 2; id == 0; i++)
    {
      g_autoptr(DaftarLogItem) at = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (!daftar_log_item_is_day (at))
        id = daftar_log_item_get_session (at)->id;
    }

  g_signal_emit_by_name (daftar_window_get_log_page (f->window), "delete-session", id);
  daftar_test_wait_log (f->window);
  daftar_test_wait_frames (list, 3);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 599);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (adjustment) - scrolled_to), <, 200);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  daftar_test_wait_log (f->window);
  daftar_test_wait_frames (list, 3);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 600);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (adjustment) - scrolled_to), <, 200);

  /* And deleted for good, as when its toast goes */
  g_signal_emit_by_name (daftar_window_get_log_page (f->window), "delete-session", id);
  daftar_window_flush_deletes (f->window);
  daftar_test_wait_log (f->window);
  daftar_test_wait_frames (list, 3);
  g_assert_cmpuint (count_sessions (f), ==, 599);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 599);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (adjustment) - scrolled_to), <, 200);
}

static void
test_delete_project_and_undo (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) projects = NULL;

  add_session (f, 1742536800, 3600);
  show_window (f);
  g_assert_cmpuint (daftar_projects_page_get_n_shown (daftar_window_get_projects_page (f->window)), ==, 1);

  g_signal_emit_by_name (daftar_window_get_projects_page (f->window), "delete-project", f->project);
  g_assert_cmpuint (daftar_projects_page_get_n_shown (daftar_window_get_projects_page (f->window)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  daftar_test_iterate ();
  g_assert_cmpuint (daftar_projects_page_get_n_shown (daftar_window_get_projects_page (f->window)), ==, 1);
  g_assert_cmpuint (count_sessions (f), ==, 1);

  g_signal_emit_by_name (daftar_window_get_projects_page (f->window), "archive-project", f->project);
  daftar_test_iterate ();
  g_assert_cmpuint (daftar_projects_page_get_n_shown (daftar_window_get_projects_page (f->window)), ==, 0);
  projects = daftar_store_list_projects (f->store, TRUE, NULL);
  g_assert_true (((DaftarProject *) g_ptr_array_index (projects, 0))->archived);
}

static void
test_timer_across_restart (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  show_window (f);
  g_assert_true (daftar_store_start_timer (f->store, f->project, now - 1500, 0, NULL, &error));
  daftar_test_iterate ();
  g_assert_cmpstr (daftar_test_timer_state (f->window), ==, "running");

  /* Quit and start again: a new window on a newly opened ledger. */
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  g_clear_object (&f->store);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  show_window (f);
  g_assert_cmpstr (daftar_test_timer_state (f->window), ==, "running");
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (daftar_test_timer_part (f->window, "timer_label"))), "0:2"));

  /* Ctrl+T stops it: the session is logged and the timer is gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-timer", NULL));
  daftar_test_iterate ();
  g_assert_cmpstr (daftar_test_timer_state (f->window), ==, "idle");
  sessions = daftar_store_list_sessions (f->store, G_MININT64, G_MAXINT64, NULL);
  g_assert_cmpuint (sessions->len, ==, 1);
  g_assert_cmpint (((DaftarSession *) g_ptr_array_index (sessions, 0))->actual_seconds, >=, 1500);
  g_assert_null (daftar_store_get_timer (f->store, NULL));
}

static gint64
add_project (Fixture    *f,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = { name, NULL, "upwork", DAFTAR_CATEGORY_WRITING,
                               DAFTAR_PRICING_HOURLY, "USD", TRUE, 2000, FALSE, 0 };
  gint64 id;

  g_assert_true (daftar_store_add_project (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

/* The first toplevel of @type that is showing, or NULL */
static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
        return l->data;
    }

  return NULL;
}

/* The running timer's button names the project, whole in the tooltip and
 * for screen readers, and counts the time. */
static void
test_timer_names_project (Fixture       *f,
                          gconstpointer  data)
{
  const char *long_name = "Localisation of the spring catalogue for the Tabriz carpet cooperative";
  g_autoptr(GError) error = NULL;
  gint64 project = add_project (f, long_name);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *tooltip;

  show_window (f);
  g_assert_true (daftar_store_start_timer (f->store, project, now - 125, 0, NULL, &error));
  g_assert_no_error (error);
  daftar_test_iterate ();

  g_assert_cmpstr (daftar_test_timer_state (f->window), ==, "running");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (daftar_test_timer_part (f->window, "timer_name_label"))), ==, long_name);
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (daftar_test_timer_part (f->window, "timer_name_label"))), ==, PANGO_ELLIPSIZE_END);
  g_assert_cmpint (gtk_label_get_max_width_chars (GTK_LABEL (daftar_test_timer_part (f->window, "timer_name_label"))), >, 0);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (daftar_test_timer_part (f->window, "timer_label"))), "0:02"));
  tooltip = gtk_widget_get_tooltip_text (daftar_test_timer_part (f->window, "timer_stop_button"));
  g_assert_nonnull (strstr (tooltip, long_name));

  /* Another project timed: the button follows. */
  g_assert_true (daftar_store_discard_timer (f->store, NULL));
  g_assert_true (daftar_store_start_timer (f->store, f->project, now, 0, NULL, &error));
  daftar_test_iterate ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (daftar_test_timer_part (f->window, "timer_name_label"))), ==, "Translation");
}

/* The rows of the picker that show, by project */
static GArray *
shown_projects (Fixture *f)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  GListModel *shown = daftar_project_chooser_get_shown (DAFTAR_PROJECT_CHOOSER (daftar_test_timer_part (f->window, "timer_projects")));

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DaftarProjectItem) item = g_list_model_get_item (shown, i);

      g_array_append_val (ids, daftar_project_item_get_project (item)->id);
    }

  return ids;
}

static void
open_picker (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-timer", NULL));
  daftar_test_iterate ();
  g_assert_nonnull (daftar_test_timer_part (f->window, "timer_popover"));
  g_assert_true (gtk_widget_get_visible (daftar_test_timer_part (f->window, "timer_popover")));
}

/* Last timed first, whole names, a search in any case, and Continue Last. */
static void
test_timer_picker (Fixture       *f,
                   gconstpointer  data)
{
  gint64 alpha = add_project (f, "Alpha design");
  gint64 beta = add_project (f, "Beta copy");
  gint64 gamma = add_project (f, "Gamma");
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GArray) shown = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  GtkWidget *first;

  g_assert_true (daftar_store_add_session (f->store, &(DaftarSessionDraft) {
                   .project_id = alpha, .start_utc = now - 5 * 86400, .actual_seconds = 600 }, NULL, NULL));
  g_assert_true (daftar_store_add_session (f->store, &(DaftarSessionDraft) {
                   .project_id = beta, .start_utc = now - 86400, .actual_seconds = 600 }, NULL, NULL));
  show_window (f);
  open_picker (f);

  shown = shown_projects (f);
  g_assert_cmpuint (shown->len, ==, 4);
  g_assert_cmpint (g_array_index (shown, gint64, 0), ==, beta);
  g_assert_cmpint (g_array_index (shown, gint64, 1), ==, alpha);
  g_assert_cmpint (g_array_index (shown, gint64, 2), ==, gamma);
  g_assert_cmpint (g_array_index (shown, gint64, 3), ==, f->project);
  g_clear_pointer (&shown, g_array_unref);

  /* The focus is on the first project, for the arrows and Enter */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, daftar_test_timer_part (f->window, "timer_projects")));
    g_assert_true (GTK_IS_LABEL (gtk_widget_get_first_child (focus)));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (focus))), ==, "Beta copy");
  }

  /* Names are whole: they wrap, never ellipsize. */
  first = daftar_test_find_label (daftar_test_timer_part (f->window, "timer_projects"), "Beta copy");
  g_assert_nonnull (first);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (first)));
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (first)), ==, PANGO_ELLIPSIZE_NONE);

  /* The search filters, whatever the case. */
  gtk_editable_set_text (GTK_EDITABLE (daftar_test_timer_part (f->window, "timer_search")), "ALPHA");
  daftar_test_iterate ();
  shown = shown_projects (f);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpint (g_array_index (shown, gint64, 0), ==, alpha);
  g_clear_pointer (&shown, g_array_unref);

  /* Continue Last starts the project timed last. */
  g_assert_true (gtk_widget_get_visible (daftar_test_timer_part (f->window, "timer_continue_button")));
  g_signal_emit_by_name (daftar_test_timer_part (f->window, "timer_continue_button"), "clicked");
  daftar_test_iterate ();
  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_nonnull (timer);
  g_assert_cmpint (timer->project_id, ==, beta);
  g_assert_cmpstr (daftar_test_timer_state (f->window), ==, "running");
}

/* Nothing timed yet: no Continue Last. */
static void
test_timer_picker_nothing_timed (Fixture       *f,
                                 gconstpointer  data)
{
  show_window (f);
  open_picker (f);
  g_assert_false (gtk_widget_get_visible (daftar_test_timer_part (f->window, "timer_continue_button")));
}

/* Stops the timer started 1500 s before @now, and returns the Save Session dialog. */
static GtkWindow *
stop_to_dialog (Fixture *f,
                gint64   now)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  show_window (f);
  g_assert_true (daftar_store_start_timer (f->store, f->project, now - 1500, 0, "drafting", &error));
  g_assert_no_error (error);
  daftar_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-timer", NULL));
  daftar_test_iterate ();

  dialog = find_toplevel (DAFTAR_TYPE_SESSION_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Save Session");
  g_assert_cmpuint (count_sessions (f), ==, 1);
  return dialog;
}

static AdwMessageDialog *
cancel_dialog (GtkWindow *dialog)
{
  AdwMessageDialog *question;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  /* Cancel: the button's action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  daftar_test_iterate ();
  g_assert_nonnull (dialog);
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  question = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  g_assert_true (adw_message_dialog_has_response (question, "discard"));
  g_assert_true (adw_message_dialog_has_response (question, "keep"));
  return question;
}

static void
test_timer_cancel_discards (Fixture       *f,
                            gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GtkWindow *dialog = stop_to_dialog (f, now);
  AdwMessageDialog *question = cancel_dialog (dialog);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (question, "discard");
  daftar_test_iterate ();

  g_assert_null (dialog);
  g_assert_cmpuint (count_sessions (f), ==, 0);
  g_assert_null (daftar_store_get_timer (f->store, NULL));
  g_assert_cmpstr (daftar_test_timer_state (f->window), ==, "idle");
}

static void
test_timer_cancel_keeps_timing (Fixture       *f,
                                gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GtkWindow *dialog = stop_to_dialog (f, now);
  AdwMessageDialog *question;
  g_autoptr(DaftarTimer) timer = NULL;

  /* Closed by the window's close button (or Escape): the same question, and
   * going back from it leaves the dialog as it was. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_close (dialog);
  daftar_test_iterate ();
  g_assert_nonnull (dialog);
  question = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "back");
  daftar_test_iterate ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (count_sessions (f), ==, 1);

  question = cancel_dialog (dialog);
  adw_message_dialog_response (question, "keep");
  daftar_test_iterate ();

  g_assert_null (dialog);
  g_assert_cmpuint (count_sessions (f), ==, 0);
  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_nonnull (timer);
  g_assert_cmpint (timer->project_id, ==, f->project);
  g_assert_cmpint (timer->start_utc, ==, now - 1500);
  g_assert_cmpstr (timer->note, ==, "drafting");
  g_assert_cmpstr (daftar_test_timer_state (f->window), ==, "running");
}

/* The row's buttons sit at the end of the line: right in English, left in
 * Arabic and Persian. */
static void
test_rtl_mirrors (Fixture       *f,
                  gconstpointer  data)
{
  GtkTextDirection directions[] = { GTK_TEXT_DIR_LTR, GTK_TEXT_DIR_RTL };

  add_session (f, 1742536800, 3600);

  for (guint i = 0; i < G_N_ELEMENTS (directions); i++)
    {
      GtkWidget *label, *button;
      graphene_rect_t label_bounds, button_bounds;

      gtk_widget_set_default_direction (directions[i]);
      show_window (f);
      /* let the list lay out and paint its rows */
      daftar_test_wait_frames (GTK_WIDGET (f->window), 3);

      label = daftar_test_find_shown (GTK_WIDGET (f->window), GTK_TYPE_LABEL, "Translation");
      button = daftar_test_find_shown (GTK_WIDGET (f->window), GTK_TYPE_BUTTON, "Edit Session");
      g_assert_nonnull (label);
      g_assert_nonnull (button);
      g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (f->window), &label_bounds));
      g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (f->window), &button_bounds));

      g_test_message ("label %g+%g, button %g+%g", label_bounds.origin.x, label_bounds.size.width,
                      button_bounds.origin.x, button_bounds.size.width);
      if (directions[i] == GTK_TEXT_DIR_LTR)
        g_assert_cmpfloat (button_bounds.origin.x, >, label_bounds.origin.x + label_bounds.size.width);
      else
        g_assert_cmpfloat (button_bounds.origin.x + button_bounds.size.width, <, label_bounds.origin.x);

      gtk_window_destroy (GTK_WINDOW (f->window));
      f->window = NULL;
      daftar_test_iterate ();
    }

  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  daftar_test_ui_init (&argc, &argv);

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, with_project, func) \
  g_test_add ("/window/" name, Fixture, GINT_TO_POINTER (with_project), fixture_set_up, func, fixture_tear_down)
  ADD ("empty-ledger", FALSE, test_empty_ledger);
  ADD ("log-is-lazy", TRUE, test_log_is_lazy);
  ADD ("delete-and-undo", TRUE, test_delete_and_undo);
  ADD ("delete-keeps-scroll", TRUE, test_delete_keeps_scroll);
  ADD ("delete-project-and-undo", TRUE, test_delete_project_and_undo);
  ADD ("timer-across-restart", TRUE, test_timer_across_restart);
  ADD ("timer-names-project", TRUE, test_timer_names_project);
  ADD ("timer-picker", TRUE, test_timer_picker);
  ADD ("timer-picker-nothing-timed", TRUE, test_timer_picker_nothing_timed);
  ADD ("timer-cancel-discards", TRUE, test_timer_cancel_discards);
  ADD ("timer-cancel-keeps-timing", TRUE, test_timer_cancel_keeps_timing);
  ADD ("rtl-mirrors", TRUE, test_rtl_mirrors);
  ADD ("guidance-page", FALSE, test_guidance_page);
#undef ADD
  g_test_add_func ("/window/open-error", test_open_error);

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
