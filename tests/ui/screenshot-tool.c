/* screenshot-tool.c — every page and dialog of Daftar as a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   screenshot-tool OUTDIR PREFIX
 *   screenshot-tool --store OUTDIR PREFIX
 *
 * Run by `make screenshots`, once per language, under Xvfb with
 * GSK_RENDERER=cairo: the locale comes from the environment (LANGUAGE, LANG,
 * LC_ALL), as in the app. Writes OUTDIR/PREFIX-NN-NAME.png. The ledger is a
 * fresh temporary file, first empty, then filled with the sample month.
 * --store writes only the shots the app store shows (OUTDIR/PREFIX-NAME.png): the
 * main window alone, at a size that fits the store's limit, with the sample month.
 * Never installed.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "daftar-guidance-card-view.h"
#include "daftar-i18n.h"
#include "daftar-idle-question.h"
#include "daftar-log-model.h"
#include "daftar-preferences-window.h"
#include "daftar-store-goals.h"
#include "daftar-payment-dialog.h"
#include "daftar-payments-window.h"
#include "daftar-project-dialog.h"
#include "daftar-sample.h"
#include "daftar-session-dialog.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-window-private.h"
#include "daftar-window-copy.h"
#include "daftar-window.h"

#define FRAMES_BEFORE_SHOT 6
#define WAIT_SECONDS       10

/* Flathub shows screenshots of at most 1000×700. */
#define STORE_WIDTH  960
#define STORE_HEIGHT 640

static const char *out_dir;
static const char *prefix;
static guint n_shots;
static gboolean store_shots;

static gboolean
timed_out_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  guint *frames = user_data;

  (*frames)++;
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done says so, for at most WAIT_SECONDS. */
static void
wait_until (gboolean   (*done) (gpointer data),
            gpointer     data,
            const char  *what)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (WAIT_SECONDS, timed_out_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("Timed out waiting for %s", what);
  g_source_remove (timeout_id);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

typedef struct
{
  guint frames;
  guint wanted;
} FrameCount;

static gboolean
enough_frames (gpointer data)
{
  FrameCount *count = data;

  return count->frames >= count->wanted;
}

static gboolean
timer_is_running (gpointer data)
{
  DaftarWindow *window = data;

  return g_strcmp0 (daftar_test_timer_state (window), "running") == 0;
}

/* A few frames after mapping: styles, fonts and the lazy rows have settled. */
static void
wait_for_frames (GtkWidget *widget)
{
  FrameCount count = { 0, FRAMES_BEFORE_SHOT };
  guint tick_id;

  wait_until (is_mapped, widget, "the window to map");
  tick_id = gtk_widget_add_tick_callback (widget, count_frame_cb, &count.frames, NULL);
  gtk_widget_queue_draw (widget);
  wait_until (enough_frames, &count, "frames");
  gtk_widget_remove_tick_callback (widget, tick_id);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
shoot (GtkWidget  *window,
       const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  wait_for_frames (window);

  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    g_error ("%s: nothing was drawn", name);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  if (store_shots)
    file = g_strdup_printf ("%s-%s.png", prefix, name);
  else
    file = g_strdup_printf ("%s-%02u-%s.png", prefix, ++n_shots, name);
  path = g_build_filename (out_dir, file, NULL);
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s (%d×%d)\n", path, width, height);
}

static void
close_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Another program holds the ledger while the timer is started: the window
 * waits, with a spinner and a toast that can cancel. */
static void
shoot_busy (DaftarWindow *window)
{
  g_autoptr(DaftarStore) store = NULL;
  sqlite3 *holder = NULL;
  GtkListBoxRow *row;

  g_object_get (window, "store", &store, NULL);
  if (sqlite3_open (daftar_store_get_path (store), &holder) != SQLITE_OK ||
      sqlite3_exec (holder, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    g_error ("Could not lock the ledger");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-timer", NULL);
  wait_for_frames (GTK_WIDGET (window));
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (daftar_test_timer_part (window, "timer_projects")), 0);
  g_assert (row != NULL);
  g_signal_emit_by_name (GTK_LIST_BOX (daftar_test_timer_part (window, "timer_projects")), "row-activated", row);
  g_assert (daftar_window_is_waiting_to_write (window));
  shoot (GTK_WIDGET (window), "busy");

  g_signal_emit_by_name (window->busy_toast, "button-clicked");
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (holder);
}

/* The timer's picker, projects last timed first, then the header bar while it
 * runs: the project's name and the time, in the reading order of the language. */
static void
shoot_timer (DaftarWindow *window,
             DaftarStore  *store)
{
  g_autoptr(GPtrArray) projects = daftar_store_list_recent_projects (store, NULL, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-timer", NULL);
  wait_for_frames (GTK_WIDGET (window));
  g_assert (daftar_test_timer_part (window, "timer_popover") != NULL);
  shoot (daftar_test_timer_part (window, "timer_popover"), "timer-picker");
  gtk_popover_popdown (GTK_POPOVER (daftar_test_timer_part (window, "timer_popover")));

  g_assert (projects != NULL && projects->len > 0);
  if (!daftar_store_start_timer (store, ((DaftarProject *) g_ptr_array_index (projects, 0))->id,
                                 now - 4980, 0, NULL, NULL))
    g_error ("Could not start the timer");
  wait_until (timer_is_running, window, "the timer to show");
  shoot (GTK_WIDGET (window), "timer-running");
  daftar_store_discard_timer (store, NULL);
}

static gboolean
log_has_sessions (gpointer data)
{
  DaftarLogPage *page = daftar_window_get_log_page (DAFTAR_WINDOW (data));

  return daftar_log_model_get_n_sessions (daftar_log_page_get_model (page)) > 0;
}

static void
show_page (DaftarWindow *window,
           const char   *name)
{
  GtkWidget *child = GTK_WIDGET (daftar_window_get_log_page (window));
  GtkWidget *stack = gtk_widget_get_ancestor (child, ADW_TYPE_VIEW_STACK);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
}

/* Opens the first expander row, so the AI tools show. */
static gboolean
expand_first_expander (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    if (expand_first_expander (child))
      return TRUE;
  return FALSE;
}

static gboolean
guidance_loaded (gpointer data)
{
  DaftarGuidancePage *page = daftar_window_get_guidance_page (DAFTAR_WINDOW (data));

  return !g_str_equal (daftar_guidance_page_get_state (page), "loading");
}

/* The Guidance page once its cards are worked out, the first one open when @expand. */
static void
show_guidance (DaftarWindow *window,
               gboolean      expand)
{
  DaftarGuidancePage *page;
  g_auto(GStrv) ids = NULL;

  show_page (window, "guidance");
  page = daftar_window_get_guidance_page (window);
  daftar_guidance_page_reload (page);
  wait_until (guidance_loaded, window, "the Guidance page to load");
  ids = daftar_guidance_page_get_card_ids (page);
  if (expand && ids[0] != NULL)
    daftar_guidance_card_view_set_expanded (DAFTAR_GUIDANCE_CARD_VIEW (daftar_guidance_page_get_card (page, ids[0])),
                                            TRUE);
}

static void
fill_with_sample (DaftarStore *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (!daftar_sample_fill (store, &today, &error))
    g_error ("Sample data: %s", error->message);
}

/* The session whose row comes first in the Log: the newest. */
static gint64
newest_session (DaftarStore *store)
{
  g_autoptr(GArray) keys = daftar_store_list_session_keys (store, NULL, NULL);

  g_assert (keys != NULL && keys->len > 0);
  return g_array_index (keys, DaftarSessionKey, 0).id;
}

/* The payment received last. */
static gint64
newest_payment (DaftarStore *store)
{
  g_autoptr(GPtrArray) payments = daftar_store_list_payments (store, NULL);

  g_assert (payments != NULL && payments->len > 0);
  return ((DaftarPayment *) g_ptr_array_index (payments, payments->len - 1))->id;
}

/* Scrolls the group titled @title (translated) to the top of its scrolled window. */
static void
scroll_to_group (GtkWidget  *root,
                 GtkWidget  *widget,
                 const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_PREFERENCES_GROUP (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (child)), title) == 0)
        {
          GtkWidget *scrolled = gtk_widget_get_ancestor (child, GTK_TYPE_SCROLLED_WINDOW);
          graphene_point_t top;

          if (scrolled != NULL &&
              gtk_widget_compute_point (child, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                        &GRAPHENE_POINT_INIT (0, 0), &top))
            gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                                      top.y - 12);
          return;
        }
      scroll_to_group (root, child, title);
    }
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = find_named (child, name)))
        return found;
    }

  return NULL;
}

/* Goals the sample month is partly through: $3,000 net, 30 h a week, $30 an hour. */
static void
set_goals (DaftarStore *store)
{
  g_autoptr(GError) error = NULL;
  DaftarGoals goals = {
    .currency = "USD",
    .has_monthly_net = TRUE, .monthly_net_minor = 300000,
    .has_weekly_hours = TRUE, .weekly_seconds = 30 * 3600,
    .has_target_rate = TRUE, .target_rate_minor = 3000,
  };

  if (!daftar_store_set_goals (store, &goals, &error))
    g_error ("Setting the goals: %s", error->message);
}

/* The Earnings page's goals, shown once the page has read them */
static gboolean
goals_shown (gpointer data)
{
  GtkWidget *view = find_named (GTK_WIDGET (data), "goals-view");

  return view != NULL && gtk_widget_get_mapped (view);
}

static gint64
first_project (DaftarStore *store)
{
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (store, FALSE, NULL);

  g_assert (projects != NULL && projects->len > 0);
  return ((DaftarProject *) g_ptr_array_index (projects, 0))->id;
}

/* The header bar's main menu button */
static GtkWidget *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
copied_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!daftar_window_copy_finish (DAFTAR_WINDOW (object), result, &error))
    g_error ("%s", error->message);
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DaftarApplication) app = NULL;
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  const char *localedir = g_getenv ("DAFTAR_LOCALEDIR");
  const char *language;
  GtkWidget *window;
  GtkWidget *dialog;
  GSettings *settings;

  store_shots = argc == 4 && g_str_equal (argv[1], "--store");
  if (argc != 3 + store_shots)
    {
      g_printerr ("Usage: %s [--store] OUTDIR PREFIX\n", argv[0]);
      return 2;
    }
  out_dir = argv[1 + store_shots];
  prefix = argv[2 + store_shots];
  if (g_mkdir_with_parents (out_dir, 0755) != 0)
    g_error ("Could not create %s", out_dir);

  /* The shots show the defaults, never this machine's settings or ledger. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);   /* the light default style, whatever the desktop */
  dir = daftar_test_make_tmpdir ();
  db = g_build_filename (dir, "daftar.db", NULL);
  g_setenv ("DAFTAR_DB", db, TRUE);

  /* As in the app: the language works whether or not its locale was generated. */
  daftar_i18n_init (localedir != NULL ? localedir : LOCALEDIR);
  gtk_disable_setlocale ();

  app = daftar_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* Persian and Arabic must come out right to left. */
  language = g_getenv ("LANGUAGE");
  if (language != NULL && (g_str_has_prefix (language, "fa") || g_str_has_prefix (language, "ar")) &&
      gtk_widget_get_default_direction () != GTK_TEXT_DIR_RTL)
    {
      g_printerr ("LANGUAGE=%s but GTK is left-to-right\n", language);
      return 1;
    }

  g_application_activate (G_APPLICATION (app));
  window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert (DAFTAR_IS_WINDOW (window));
  g_object_get (window, "store", &store, NULL);
  if (store == NULL)
    g_error ("The ledger did not open");
  settings = daftar_application_get_settings (app);

  if (store_shots)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), STORE_WIDTH, STORE_HEIGHT);
      fill_with_sample (store);
      wait_until (log_has_sessions, window, "the Log to fill");
      shoot (window, "log");
      show_page (DAFTAR_WINDOW (window), "earnings");
      shoot (window, "earnings");
      show_guidance (DAFTAR_WINDOW (window), TRUE);
      shoot (window, "guidance");
      close_window (window);
      g_clear_object (&store);
      daftar_test_rm_rf (dir);
      return 0;
    }

  /* A new ledger */
  shoot (window, "log-empty");
  show_page (DAFTAR_WINDOW (window), "projects");
  shoot (window, "projects-empty");
  show_page (DAFTAR_WINDOW (window), "earnings");
  shoot (window, "earnings-empty");
  show_guidance (DAFTAR_WINDOW (window), FALSE);
  shoot (window, "guidance-empty");

  /* The sample month */
  fill_with_sample (store);
  show_page (DAFTAR_WINDOW (window), "log");
  wait_until (log_has_sessions, window, "the Log to fill");
  shoot (window, "log");
  show_page (DAFTAR_WINDOW (window), "projects");
  shoot (window, "projects");
  show_page (DAFTAR_WINDOW (window), "earnings");
  shoot (window, "earnings");
  /* The same month as received: the page follows the setting */
  g_settings_set_string (settings, "earnings-basis", "paid");
  shoot (window, "earnings-received");
  g_settings_reset (settings, "earnings-basis");
  /* The comparison with the market, further down the page */
  scroll_to_group (window, window, g_dgettext (GETTEXT_PACKAGE, "Compared With Reported Rates"));
  shoot (window, "earnings-market");
  show_guidance (DAFTAR_WINDOW (window), TRUE);
  shoot (window, "guidance");

  /* Goals (issue 18): their progress under the rate card, then in Preferences */
  set_goals (store);
  show_page (DAFTAR_WINDOW (window), "earnings");
  wait_until (goals_shown, window, "the goals' progress");
  scroll_to_group (window, window, g_dgettext (GETTEXT_PACKAGE, "Goals"));
  shoot (window, "earnings-goals");
  show_page (DAFTAR_WINDOW (window), "log");

  dialog = GTK_WIDGET (daftar_project_dialog_new (GTK_WINDOW (window), daftar_window_get_context (DAFTAR_WINDOW (window)), 0));
  gtk_window_present (GTK_WINDOW (dialog));
  shoot (dialog, "project-new");
  close_window (dialog);

  dialog = GTK_WIDGET (daftar_project_dialog_new (GTK_WINDOW (window), daftar_window_get_context (DAFTAR_WINDOW (window)), first_project (store)));
  gtk_window_present (GTK_WINDOW (dialog));
  shoot (dialog, "project-edit");
  close_window (dialog);

  dialog = GTK_WIDGET (daftar_session_dialog_new (GTK_WINDOW (window), store, 0, 0));
  gtk_window_present (GTK_WINDOW (dialog));
  shoot (dialog, "session-new");
  close_window (dialog);

  dialog = GTK_WIDGET (daftar_session_dialog_new (GTK_WINDOW (window), store, newest_session (store), 0));
  gtk_window_present (GTK_WINDOW (dialog));
  expand_first_expander (dialog);
  shoot (dialog, "session-edit");
  close_window (dialog);

  dialog = GTK_WIDGET (daftar_payments_window_new (GTK_WINDOW (window), store));
  gtk_window_present (GTK_WINDOW (dialog));
  shoot (dialog, "payments");
  close_window (dialog);

  dialog = GTK_WIDGET (daftar_payment_dialog_new (GTK_WINDOW (window), store, 0, 0));
  gtk_window_present (GTK_WINDOW (dialog));
  shoot (dialog, "payment-new");
  close_window (dialog);

  dialog = GTK_WIDGET (daftar_payment_dialog_new (GTK_WINDOW (window), store, newest_payment (store), 0));
  gtk_window_present (GTK_WINDOW (dialog));
  shoot (dialog, "payment-edit");
  close_window (dialog);

  dialog = GTK_WIDGET (daftar_preferences_window_new (GTK_WINDOW (window), store, settings));
  gtk_window_present (GTK_WINDOW (dialog));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (dialog), "general");
  shoot (dialog, "preferences-general");
  scroll_to_group (dialog, dialog, g_dgettext (GETTEXT_PACKAGE, "Goals"));
  shoot (dialog, "preferences-goals");
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (dialog), "tools");
  shoot (dialog, "preferences-tools");
  close_window (dialog);

  /* The timer's settings, and the question after time away (25 minutes, from
   * 10:20 UTC on the sample month's last day, an hour into the timer) */
  dialog = GTK_WIDGET (daftar_preferences_window_new (GTK_WINDOW (window), store, settings));
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_frames (dialog);
  scroll_to_group (dialog, dialog, _("Timer"));
  shoot (dialog, "preferences-timer");
  close_window (dialog);
  {
    gint64 since = G_GINT64_CONSTANT (1743416400);

    if (!daftar_store_start_timer (store, first_project (store), since - 3600, 0, NULL, NULL))
      g_error ("Could not start the timer");
    dialog = daftar_idle_question_new (DAFTAR_WINDOW (window), store, since, since + 25 * 60, FALSE);
    gtk_window_present (GTK_WINDOW (dialog));
    shoot (dialog, "idle-question");
    close_window (dialog);
    dialog = daftar_idle_question_new (DAFTAR_WINDOW (window), store, since, since + 3 * 3600, TRUE);
    gtk_window_present (GTK_WINDOW (dialog));
    shoot (dialog, "idle-question-closed");
    close_window (dialog);
    daftar_store_discard_timer (store, NULL);
  }

  /* The shortcuts window is built on first use. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL);
  dialog = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert (dialog != NULL);
  shoot (dialog, "shortcuts");
  gtk_widget_set_visible (dialog, FALSE);

  shoot_timer (DAFTAR_WINDOW (window), store);
  shoot_busy (DAFTAR_WINDOW (window));
  /* The main menu, with Export… and Back Up Ledger…, and the toast after a backup */
  {
    GtkWidget *menu_button = find_primary_menu_button (window);
    g_autofree char *backup = g_build_filename (dir, "daftar-backup-2025-03-31.db", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (backup);
    gboolean copied = FALSE;

    g_assert (menu_button != NULL);
    gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
    shoot (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button))), "main-menu");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

    daftar_window_copy_to (DAFTAR_WINDOW (window), DAFTAR_WINDOW_COPY_BACKUP, file, copied_cb, &copied);
    wait_until (is_true, &copied, "the backup");
    shoot (window, "backup-done");
  }

  close_window (window);
  g_clear_object (&store);
  daftar_test_rm_rf (dir);
  return 0;
}
