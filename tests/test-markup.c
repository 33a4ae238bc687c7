/* test-markup.c — names from the ledger are shown as they are, never as markup
 *
 * libadwaita 1.2 reads toast titles, preference-group titles and descriptions
 * and status-page descriptions as Pango markup. A project named “R&D” blanked
 * them (with a warning, which a test makes fatal) and “<span size=…>” rendered.
 * Names with “&”, “<” and a span go through every row, title and toast they
 * reach, and each must show its literal text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "daftar-earnings-page.h"
#include "daftar-log-model.h"
#include "daftar-plain-text.h"
#include "daftar-preferences-window.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-projects-page.h"
#include "daftar-session-dialog.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-window.h"

static DaftarApplication *app;

static const char * const hostile[] = {
  "R&D",
  "a < b & c",
  "<span size=\"xx-large\">big</span>",
};

typedef struct
{
  char         *dir;
  char         *path;
  DaftarStore  *store;
  DaftarWindow *window;
  gint64        projects[G_N_ELEMENTS (hostile)];
  gint64        sessions[G_N_ELEMENTS (hostile)];
} Fixture;

static gboolean
shows (GtkWidget  *root,
       const char *literal)
{
  return daftar_test_shows_text (root, literal, FALSE);
}

static void
assert_shows (GtkWidget  *root,
              const char *literal)
{
  if (!shows (root, literal))
    g_error ("Nothing under %s shows “%s”", G_OBJECT_TYPE_NAME (root), literal);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 tool;

  f->dir = daftar_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  g_settings_set_string (daftar_application_get_settings (app), "home-currency", "USD");

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      DaftarProjectDraft draft = { hostile[i], hostile[i], "upwork", DAFTAR_CATEGORY_TRANSLATION,
                                   DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };
      DaftarMoney cost = { 2000, "USD" };
      const char *tools[] = { hostile[i], NULL };
      DaftarSessionDraft session = { 0 };

      g_assert_true (daftar_store_add_project (f->store, &draft, &f->projects[i], &error));
      g_assert_no_error (error);
      g_assert_true (daftar_store_add_tool (f->store, hostile[i], &cost, &tool, &error));
      g_assert_no_error (error);
      session.project_id = f->projects[i];
      session.start_utc = g_date_time_to_unix (now) - 86400 * (i + 1);
      session.actual_seconds = 3600;
      session.note = hostile[i];
      session.tools = tools;
      g_assert_true (daftar_store_add_session (f->store, &session, &f->sessions[i], &error));
      g_assert_no_error (error);
    }

  {

    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);


    f->window = daftar_window_new (app, context, NULL);

  }
  daftar_test_show_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  daftar_test_destroy_toplevels (GTK_TYPE_WINDOW);
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Toasts: deleting a project names it. */
static void
test_toasts (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *projects = GTK_WIDGET (daftar_window_get_projects_page (f->window));

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_signal_emit_by_name (projects, "delete-project", f->projects[i]);
      daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
      assert_shows (daftar_test_find_by_type (GTK_WIDGET (f->window), ADW_TYPE_TOAST_OVERLAY), hostile[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
      daftar_test_iterate ();
    }

  /* Any message, as the window's error toasts carry them. */
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, hostile[i]);

      daftar_window_show_error (f->window, error);
      daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
      assert_shows (daftar_test_find_by_type (GTK_WIDGET (f->window), ADW_TYPE_TOAST_OVERLAY), hostile[i]);
    }
}

/* The log's rows and the Projects page's rows, subtitle included. */
static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *projects;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    assert_shows (GTK_WIDGET (daftar_window_get_log_page (f->window)), hostile[i]);

  daftar_test_show_page (f->window, "projects");
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
  projects = GTK_WIDGET (daftar_window_get_projects_page (f->window));
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      /* The subtitle isolates the client: “⁨client⁩ · platform · category”. */
      g_autofree char *isolated = g_strdup_printf ("\u2068%s\u2069 · ", hostile[i]);

      assert_shows (projects, hostile[i]);
      g_assert_true (daftar_test_shows_text (projects, isolated, TRUE));
    }
}

/* A client named in Persian doesn't turn the English subtitle right to left
 * (which put the client last), nor a Latin one the Persian subtitle. */
static void
test_subtitle_direction (Fixture       *f,
                         gconstpointer  data)
{
  static const struct { const char *client; GtkTextDirection ui; PangoDirection expected; } cases[] = {
    { "کاوه تهرانی", GTK_TEXT_DIR_LTR, PANGO_DIRECTION_LTR },
    { "Brightline Media", GTK_TEXT_DIR_RTL, PANGO_DIRECTION_RTL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("Direction %u", i);
      DaftarProjectDraft draft = { name, cases[i].client, "upwork", DAFTAR_CATEGORY_TRANSLATION,
                                   DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };
      GtkWidget *page;
      GtkLabel *label;
      PangoLayoutLine *line;

      g_assert_true (daftar_store_add_project (f->store, &draft, NULL, &error));
      g_assert_no_error (error);
      gtk_widget_set_default_direction (cases[i].ui);
      page = daftar_projects_page_new (daftar_window_get_context (f->window));
      gtk_window_set_child (GTK_WINDOW (gtk_window_new ()), page);
      gtk_window_present (GTK_WINDOW (gtk_widget_get_root (page)));
      daftar_test_wait_frames (page, 2);

      label = GTK_LABEL (daftar_test_find_label_with (page, cases[i].client));
      g_assert_nonnull (label);
      line = pango_layout_get_line_readonly (gtk_label_get_layout (label), 0);
      g_assert_cmpint (line->resolved_dir, ==, cases[i].expected);
      gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (page)));
      daftar_test_iterate ();
    }

  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

/* The Earnings page's breakdown, by project, client, platform and tool. */
static void
test_earnings (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *page;

  daftar_test_show_page (f->window, "earnings");
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
  page = daftar_test_find_by_type (GTK_WIDGET (f->window), DAFTAR_TYPE_EARNINGS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (daftar_earnings_page_set_period (DAFTAR_EARNINGS_PAGE (page), DAFTAR_PERIOD_ALL));
  /* Worked out in a worker */
  while (daftar_earnings_page_is_loading (DAFTAR_EARNINGS_PAGE (page)))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    assert_shows (page, hostile[i]);
}

/* The fee terms dialog titles its group with the project's name. */
static void
test_fees_dialog (Fixture       *f,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      DaftarProjectFeesDialog *dialog = daftar_project_fees_dialog_new (GTK_WINDOW (f->window), daftar_window_get_context (f->window),
                                                                        f->projects[i]);

      gtk_window_present (GTK_WINDOW (dialog));
      daftar_test_wait_frames (GTK_WIDGET (dialog), 2);
      assert_shows (GTK_WIDGET (dialog), hostile[i]);
      gtk_window_destroy (GTK_WINDOW (dialog));
      daftar_test_iterate ();
    }
}

/* The preferences' tool rows and the session dialog's tool list. */
static void
test_tools (Fixture       *f,
            gconstpointer  data)
{
  DaftarPreferencesWindow *prefs = daftar_preferences_window_new (GTK_WINDOW (f->window),
                                                                  daftar_window_get_context (f->window));

  gtk_window_present (GTK_WINDOW (prefs));
  daftar_test_wait_frames (GTK_WIDGET (prefs), 2);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    assert_shows (GTK_WIDGET (prefs), hostile[i]);
  gtk_window_destroy (GTK_WINDOW (prefs));

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      DaftarSessionDialog *dialog = daftar_session_dialog_new (GTK_WINDOW (f->window),
                                                               daftar_window_get_context (f->window),
                                                               f->sessions[i], 0);

      gtk_window_present (GTK_WINDOW (dialog));
      daftar_test_wait_frames (GTK_WIDGET (dialog), 2);
      assert_shows (GTK_WIDGET (dialog), hostile[i]);
      gtk_window_destroy (GTK_WINDOW (dialog));
      daftar_test_iterate ();
    }
}

/* The window's error page quotes the message that kept the ledger shut. */
static void
test_error_page (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, hostile[i]);
      DaftarWindow *window = daftar_window_new (app, NULL, error);

      gtk_window_present (GTK_WINDOW (window));
      daftar_test_wait_frames (GTK_WIDGET (window), 2);
      assert_shows (daftar_test_window_error_page (window), hostile[i]);
      gtk_window_destroy (GTK_WINDOW (window));
      daftar_test_iterate ();
    }
}

/* The helpers themselves, for what libadwaita reads as markup. */
static void
test_helpers (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(AdwToast) toast = g_object_ref_sink (daftar_toast_new_plain (hostile[i]));
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *status = adw_status_page_new ();
      GtkWidget *window = gtk_window_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_box_append (GTK_BOX (box), group);
      gtk_box_append (GTK_BOX (box), status);
      gtk_window_set_child (GTK_WINDOW (window), box);
      daftar_preferences_group_set_plain_title (ADW_PREFERENCES_GROUP (group), hostile[i]);
      daftar_preferences_group_set_plain_description (ADW_PREFERENCES_GROUP (group), "x");
      assert_shows (group, hostile[i]);
      daftar_preferences_group_set_plain_title (ADW_PREFERENCES_GROUP (group), "x");
      daftar_preferences_group_set_plain_description (ADW_PREFERENCES_GROUP (group), hostile[i]);
      assert_shows (group, hostile[i]);
      daftar_status_page_set_plain_description (ADW_STATUS_PAGE (status), hostile[i]);
      assert_shows (status, hostile[i]);
      gtk_window_destroy (GTK_WINDOW (window));
    }
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

#define ADD(name, func) \
  g_test_add ("/markup/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("toasts", test_toasts);
  ADD ("rows", test_rows);
  ADD ("subtitle-direction", test_subtitle_direction);
  ADD ("earnings", test_earnings);
  ADD ("fees-dialog", test_fees_dialog);
  ADD ("tools", test_tools);
#undef ADD
  g_test_add_func ("/markup/error-page", test_error_page);
  g_test_add_func ("/markup/helpers", test_helpers);

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
