/* daftar-test-tour.c — every page, dialog and popover of Daftar, one after another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "daftar-earnings-page.h"
#include "daftar-guidance-card-view.h"
#include "daftar-i18n.h"
#include "daftar-idle-question.h"
#include "daftar-import-dialog.h"
#include "daftar-invoice-dialog.h"
#include "daftar-log-model.h"
#include "daftar-market-sources.h"
#include "daftar-payment-dialog.h"
#include "daftar-payments-window.h"
#include "daftar-preferences-window.h"
#include "daftar-project-dialog.h"
#include "daftar-project-chooser.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-project-picker.h"
#include "daftar-rates-dialog.h"
#include "daftar-sample.h"
#include "daftar-session-dialog.h"
#include "daftar-store-goals.h"
#include "daftar-test-tour.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-window-copy.h"
#include "daftar-window.h"

#define FRAMES_BEFORE_SHOT 6
#define WAIT_SECONDS       60   /* a slow, shared machine; never reached when all is well */

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
close_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
log_has_sessions (gpointer data)
{
  DaftarLogPage *page = daftar_window_get_log_page (DAFTAR_WINDOW (data));

  return daftar_log_model_get_n_sessions (daftar_log_page_get_model (page)) > 0;
}

static GtkWidget *
find_earnings_page (GtkWidget *widget)
{
  if (DAFTAR_IS_EARNINGS_PAGE (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *page = find_earnings_page (child);

      if (page != NULL)
        return page;
    }
  return NULL;
}

/* The Earnings page works its report out in a worker. */
static gboolean
earnings_loaded (gpointer data)
{
  GtkWidget *page = find_earnings_page (GTK_WIDGET (data));

  return page != NULL && !daftar_earnings_page_is_loading (DAFTAR_EARNINGS_PAGE (page)) &&
         !g_str_equal (daftar_earnings_page_get_state (DAFTAR_EARNINGS_PAGE (page)), "loading");
}

static void
show_page (DaftarWindow *window,
           const char   *name)
{
  daftar_test_show_page (window, name);
  if (g_str_equal (name, "earnings"))
    wait_until (earnings_loaded, window, "the Earnings page to load");
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
  GtkWidget *view = daftar_test_find_by_name (GTK_WIDGET (data), "goals-view");

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
typedef struct
{
  DaftarTourVisit visit;
  gpointer        data;
} Visitor;

static void
stop (const Visitor *visitor,
      GtkWidget     *toplevel,
      const char    *name)
{
  wait_for_frames (toplevel);
  visitor->visit (toplevel, name, visitor->data);
}

static gboolean
import_done (gpointer data)
{
  return !daftar_import_dialog_is_busy (data);
}

/* Shows @dialog, stops at it as @name, and closes it. */
static void
stop_at_dialog (const Visitor *visitor,
                GtkWidget     *dialog,
                const char    *name)
{
  gtk_window_present (GTK_WINDOW (dialog));
  stop (visitor, dialog, name);
  close_window (dialog);
}

/* The combo row titled @title (translated) under @widget */
static AdwComboRow *
find_combo_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_COMBO_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                 g_dgettext (GETTEXT_PACKAGE, title)) == 0)
    return ADW_COMBO_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = find_combo_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Picks the choice of @row with the longest text */
static void
choose_longest (AdwComboRow *row)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint longest = 0;
  glong longest_chars = -1;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);
      glong chars = g_utf8_strlen (gtk_string_object_get_string (item), -1);

      if (chars > longest_chars)
        {
          longest = i;
          longest_chars = chars;
        }
    }
  adw_combo_row_set_selected (row, longest);
}

/* A new project in the narrowest dialog, with the longest pricing and
 * specialty: what the rows show is whole, not cut. */
static void
stop_at_narrow_project (const Visitor *visitor,
                        GtkWidget     *dialog)
{
  AdwComboRow *category = find_combo_row (dialog, "Category");
  AdwComboRow *specialty = find_combo_row (dialog, "Specialty");
  AdwComboRow *pricing = find_combo_row (dialog, "Pricing");
  int narrowest = -1;

  g_assert_nonnull (category);
  g_assert_nonnull (specialty);
  g_assert_nonnull (pricing);
  adw_combo_row_set_selected (category, DAFTAR_CATEGORY_AI_TRAINING);
  choose_longest (specialty);
  choose_longest (pricing);
  gtk_widget_get_size_request (dialog, &narrowest, NULL);
  g_assert_cmpint (narrowest, >, 0);
  gtk_window_set_default_size (GTK_WINDOW (dialog), narrowest, -1);
  stop_at_dialog (visitor, dialog, "project-narrow");
}

/* A project picker's search, open, then narrowed to the projects whose names
 * hold the first project's first letters */
static void
stop_at_project_search (const Visitor *visitor,
                        GtkWidget     *dialog)
{
  GtkWidget *row = daftar_test_find_by_type (dialog, DAFTAR_TYPE_PROJECT_PICKER);
  GtkWidget *chooser = daftar_project_picker_get_chooser (DAFTAR_PROJECT_PICKER (row));
  GtkWidget *popover = gtk_widget_get_ancestor (chooser, GTK_TYPE_POPOVER);
  const DaftarProject *first = daftar_project_picker_get_selected (ADW_COMBO_ROW (row));
  g_autofree char *typed = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_frames (dialog);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  stop (visitor, popover, "project-search");
  typed = g_utf8_substring (first->name, 0, MIN (3, g_utf8_strlen (first->name, -1)));
  gtk_editable_set_text (GTK_EDITABLE (daftar_project_chooser_get_search (DAFTAR_PROJECT_CHOOSER (chooser))), typed);
  stop (visitor, popover, "project-search-typed");
  gtk_popover_popdown (GTK_POPOVER (popover));
  close_window (dialog);
}

/* The payments list's project filter, popped up and searched */
static void
stop_at_payments_filter (const Visitor *visitor,
                         GtkWidget     *window,
                         DaftarStore   *store)
{
  GtkWidget *filter = daftar_test_find_by_type (window, GTK_TYPE_DROP_DOWN);
  GtkWidget *popover = daftar_test_find_by_type (filter, GTK_TYPE_POPOVER);
  GtkWidget *search = daftar_test_find_by_type (filter, GTK_TYPE_SEARCH_ENTRY);
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (store, TRUE, NULL);
  const DaftarProject *first = g_ptr_array_index (projects, 0);
  g_autofree char *typed = g_utf8_substring (first->name, 0, MIN (2, g_utf8_strlen (first->name, -1)));

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (window);
  g_signal_emit_by_name (filter, "activate");
  gtk_editable_set_text (GTK_EDITABLE (search), typed);
  stop (visitor, popover, "payments-filter");
  gtk_popover_popdown (GTK_POPOVER (popover));
  close_window (window);
}

/* Another program holds the ledger while the timer is started: the window
 * waits, with a spinner and a toast that can cancel. */
static void
visit_busy (const Visitor *visitor,
            DaftarWindow  *window,
            DaftarStore   *store)
{
  sqlite3 *holder = NULL;

  if (sqlite3_open (daftar_store_get_path (store), &holder) != SQLITE_OK ||
      sqlite3_exec (holder, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    g_error ("Could not lock the ledger");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-timer", NULL);
  wait_for_frames (GTK_WIDGET (window));
  daftar_project_chooser_choose (DAFTAR_PROJECT_CHOOSER (daftar_test_timer_part (window, "timer_projects")), 0);
  g_assert (daftar_window_is_waiting_to_write (window));
  stop (visitor, GTK_WIDGET (window), "busy");

  /* the busy toast's Cancel */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-writes", NULL);
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (holder);
}

/* The timer's picker, projects last timed first, then the header bar while it
 * runs: the project's name and the time, in the reading order of the language. */
static void
visit_timer (const Visitor *visitor,
             DaftarWindow  *window,
             DaftarStore   *store)
{
  g_autoptr(GPtrArray) projects = daftar_store_list_recent_projects (store, NULL, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-timer", NULL);
  wait_for_frames (GTK_WIDGET (window));
  g_assert (daftar_test_timer_part (window, "timer_popover") != NULL);
  stop (visitor, daftar_test_timer_part (window, "timer_popover"), "timer-picker");
  gtk_popover_popdown (GTK_POPOVER (daftar_test_timer_part (window, "timer_popover")));

  g_assert (projects != NULL && projects->len > 0);
  if (!daftar_store_start_timer (store, ((DaftarProject *) g_ptr_array_index (projects, 0))->id,
                                 now - 4980, 0, NULL, NULL))
    g_error ("Could not start the timer");
  wait_until (timer_is_running, window, "the timer to show");
  stop (visitor, GTK_WIDGET (window), "timer-running");
  daftar_store_discard_timer (store, NULL);
}

/* The first "Sources…" button of the market comparison, under @widget */
static GtkWidget *
find_sources_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && daftar_market_sources_is_button (GTK_MENU_BUTTON (widget)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_sources_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * daftar_tour_open:
 * @dark: whether to show the dark style
 *
 * Starts the app as the user would, in the language of the environment
 * (LANGUAGE, LANG, LC_ALL, whether or not the locale was generated), on a new
 * ledger in a temporary folder, with the defaults of every setting.
 */
DaftarTour *
daftar_tour_open (gboolean dark)
{
  const char *localedir = g_getenv ("DAFTAR_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  DaftarTour *tour = g_new0 (DaftarTour, 1);

  /* Never this machine's settings or ledger. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);   /* the style asked for, whatever the desktop */
  /* No session bus: no notifications or portals, the same on any machine */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  tour->dir = daftar_test_make_tmpdir ();
  db = g_build_filename (tour->dir, "daftar.db", NULL);
  g_setenv ("DAFTAR_DB", db, TRUE);

  /* As in the app: the language works whether or not its locale was generated. */
  daftar_i18n_init (localedir != NULL ? localedir : LOCALEDIR);
  gtk_disable_setlocale ();

  tour->app = daftar_application_new ();
  g_application_set_flags (G_APPLICATION (tour->app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (tour->app), NULL, &error))
    g_error ("%s", error->message);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_application_activate (G_APPLICATION (tour->app));
  tour->window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (tour->app)));
  g_assert (DAFTAR_IS_WINDOW (tour->window));
  g_object_get (tour->window, "store", &tour->store, NULL);
  if (tour->store == NULL)
    g_error ("The ledger did not open");

  return tour;
}

void
daftar_tour_close (DaftarTour *tour)
{
  close_window (tour->window);
  g_clear_object (&tour->store);
  daftar_test_rm_rf (tour->dir);
  g_free (tour->dir);
  g_clear_object (&tour->app);
  g_free (tour);
}

/**
 * daftar_tour_run_store:
 *
 * The app store's stops: the main window alone at @width × @height, with the sample month.
 */
void
daftar_tour_run_store (DaftarTour      *tour,
                       int              width,
                       int              height,
                       DaftarTourVisit  visit,
                       gpointer         data)
{
  Visitor visitor = { visit, data };
  DaftarWindow *window = DAFTAR_WINDOW (tour->window);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  fill_with_sample (tour->store);
  wait_until (log_has_sessions, window, "the Log to fill");
  stop (&visitor, tour->window, "log");
  show_page (window, "earnings");
  stop (&visitor, tour->window, "earnings");
  show_guidance (window, TRUE);
  stop (&visitor, tour->window, "guidance");
}

/**
 * daftar_tour_run:
 *
 * Every page empty, then with the sample month; every dialog, popover and
 * question; the timer running and waiting for the ledger; the main menu.
 */
void
daftar_tour_run (DaftarTour      *tour,
                 DaftarTourVisit  visit,
                 gpointer         data)
{
  Visitor visitor = { visit, data };
  Visitor *v = &visitor;
  DaftarWindow *window = DAFTAR_WINDOW (tour->window);
  GtkWindow *parent = GTK_WINDOW (tour->window);
  DaftarStore *store = tour->store;
  GSettings *settings = daftar_application_get_settings (tour->app);
  GtkWidget *dialog;

  /* A new ledger */
  stop (v, tour->window, "log-empty");
  show_page (window, "projects");
  stop (v, tour->window, "projects-empty");
  show_page (window, "earnings");
  stop (v, tour->window, "earnings-empty");
  show_guidance (window, FALSE);
  stop (v, tour->window, "guidance-empty");
  /* Lists with nothing in them say so */
  stop_at_dialog (v, GTK_WIDGET (daftar_payments_window_new (parent, daftar_window_get_context (window))), "payments-empty");
  stop_at_dialog (v, GTK_WIDGET (daftar_rates_dialog_new (parent, daftar_window_get_context (window))), "rates-empty");

  /* The sample month */
  fill_with_sample (store);
  show_page (window, "log");
  wait_until (log_has_sessions, window, "the Log to fill");
  stop (v, tour->window, "log");
  show_page (window, "projects");
  stop (v, tour->window, "projects");
  show_page (window, "earnings");
  stop (v, tour->window, "earnings");
  /* The same month as received: the page follows the setting */
  g_settings_set_string (settings, "earnings-basis", "paid");
  wait_until (earnings_loaded, window, "the Earnings page to load");
  stop (v, tour->window, "earnings-received");
  g_settings_reset (settings, "earnings-basis");
  /* The comparison with the market, further down the page, and its sources */
  scroll_to_group (tour->window, tour->window, g_dgettext (GETTEXT_PACKAGE, "Compared With Reported Rates"));
  stop (v, tour->window, "earnings-market");
  {
    GtkWidget *button = find_sources_button (tour->window);

    g_assert (button != NULL);
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    stop (v, GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))), "market-sources");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  }
  show_guidance (window, TRUE);
  stop (v, tour->window, "guidance");

  /* Goals (issue 18): their progress under the rate card, then in Preferences */
  set_goals (store);
  show_page (window, "earnings");
  wait_until (goals_shown, window, "the goals' progress");
  scroll_to_group (tour->window, tour->window, g_dgettext (GETTEXT_PACKAGE, "Goals"));
  stop (v, tour->window, "earnings-goals");
  show_page (window, "log");

  stop_at_dialog (v, GTK_WIDGET (daftar_project_dialog_new (parent, daftar_window_get_context (window), 0)), "project-new");
  stop_at_dialog (v, GTK_WIDGET (daftar_project_dialog_new (parent, daftar_window_get_context (window),
                                                                 first_project (store))),
                  "project-edit");
  stop_at_narrow_project (v, GTK_WIDGET (daftar_project_dialog_new (parent, daftar_window_get_context (window), 0)));
  stop_at_dialog (v, GTK_WIDGET (daftar_project_fees_dialog_new (parent, daftar_window_get_context (window),
                                                                      first_project (store))),
                  "project-fees");
  stop_at_dialog (v, GTK_WIDGET (daftar_session_dialog_new (parent, daftar_window_get_context (window), 0, 0)), "session-new");

  dialog = GTK_WIDGET (daftar_session_dialog_new (parent, daftar_window_get_context (window), newest_session (store), 0));
  gtk_window_present (GTK_WINDOW (dialog));
  expand_first_expander (dialog);
  stop (v, dialog, "session-edit");
  close_window (dialog);

  stop_at_dialog (v, GTK_WIDGET (daftar_payments_window_new (parent, daftar_window_get_context (window))), "payments");
  stop_at_payments_filter (v, GTK_WIDGET (daftar_payments_window_new (parent, daftar_window_get_context (window))), store);
  stop_at_dialog (v, GTK_WIDGET (daftar_payment_dialog_new (parent, daftar_window_get_context (window), 0, 0)), "payment-new");
  stop_at_dialog (v, GTK_WIDGET (daftar_payment_dialog_new (parent, daftar_window_get_context (window), newest_payment (store), 0)),
                  "payment-edit");
  stop_at_dialog (v, GTK_WIDGET (daftar_rates_dialog_new (parent, daftar_window_get_context (window))), "rates");
  stop_at_project_search (v, GTK_WIDGET (daftar_payment_dialog_new (parent, daftar_window_get_context (window), 0, 0)));
  stop_at_dialog (v, GTK_WIDGET (daftar_invoice_dialog_new (parent, daftar_window_get_context (window), 0)), "invoice-new");

  dialog = GTK_WIDGET (daftar_preferences_window_new (parent, daftar_window_get_context (window)));
  gtk_window_present (GTK_WINDOW (dialog));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (dialog), "general");
  stop (v, dialog, "preferences-general");
  scroll_to_group (dialog, dialog, g_dgettext (GETTEXT_PACKAGE, "Goals"));
  stop (v, dialog, "preferences-goals");
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (dialog), "tools");
  stop (v, dialog, "preferences-tools");
  close_window (dialog);

  /* The timer's settings, and the question after time away (25 minutes, from
   * 10:20 UTC on the sample month's last day, an hour into the timer) */
  dialog = GTK_WIDGET (daftar_preferences_window_new (parent, daftar_window_get_context (window)));
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_frames (dialog);
  scroll_to_group (dialog, dialog, g_dgettext (GETTEXT_PACKAGE, "Timer"));
  stop (v, dialog, "preferences-timer");
  close_window (dialog);
  {
    gint64 since = G_GINT64_CONSTANT (1743416400);

    if (!daftar_store_start_timer (store, first_project (store), since - 3600, 0, NULL, NULL))
      g_error ("Could not start the timer");
    stop_at_dialog (v, daftar_idle_question_new (window, daftar_window_get_context (window), since, since + 25 * 60, FALSE),
                    "idle-question");
    stop_at_dialog (v, daftar_idle_question_new (window, daftar_window_get_context (window), since, since + 3 * 3600, TRUE),
                    "idle-question-closed");
    daftar_store_discard_timer (store, NULL);
  }

  /* The import dialog: a Toggl file's preview with its bad rows, and another CSV's
   * columns to name.  Files written here, with Persian and Arabic names. */
  {
    static const char toggl[] =
      "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,"
      "Duration,Tags,Amount (USD)\n"
      "Mina,m@example.com,Acme,\"Website, phase 2\",,Header copy,Yes,2025-03-03,09:00:00,2025-03-03,"
      "10:30:00,01:30:00,ChatGPT,75.00\n"
      "Mina,m@example.com,,ترجمه,,بازبینی,No,2025-03-03,23:30:00,2025-03-04,00:45:00,01:15:00,DeepL,0.00\n"
      "Mina,m@example.com,Acme,مشروع الترجمة,,مراجعة,Yes,2025-03-30,01:30:00,2025-03-30,03:30:00,"
      "01:00:00,,40.00\n"
      "Mina,m@example.com,Acme,Site,,Bad date,Yes,2025-13-05,09:00:00,2025-13-05,10:00:00,01:00:00,,50.00\n";
    static const char payouts[] =
      "Work date;Queue;Hours;Payout;Currency;Comment\n2025-02-10;Outlier: Aether;1,5;37,50;USD;12 tasks\n";
    g_autofree char *toggl_path = g_build_filename (tour->dir, "toggl-export.csv", NULL);
    g_autofree char *payouts_path = g_build_filename (tour->dir, "payouts.csv", NULL);
    g_autoptr(GFile) toggl_file = g_file_new_for_path (toggl_path);
    g_autoptr(GFile) payouts_file = g_file_new_for_path (payouts_path);
    DaftarImportDialog *import;

    if (!g_file_set_contents (toggl_path, toggl, -1, NULL) ||
        !g_file_set_contents (payouts_path, payouts, -1, NULL))
      g_error ("Could not write the files to import");

    import = daftar_window_import_file (window, toggl_file);
    wait_until (import_done, import, "the import preview");
    stop (v, GTK_WIDGET (import), "import-preview");
    close_window (GTK_WIDGET (import));

    import = daftar_window_import_file (window, payouts_file);
    wait_until (import_done, import, "the mapping step");
    stop (v, GTK_WIDGET (import), "import-mapping");
    close_window (GTK_WIDGET (import));
  }

  /* The shortcuts window is built on first use. */
  gtk_widget_activate_action (tour->window, "win.show-shortcuts", NULL);
  dialog = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert (dialog != NULL);
  stop (v, dialog, "shortcuts");
  gtk_widget_set_visible (dialog, FALSE);

  visit_timer (v, window, store);
  visit_busy (v, window, store);
  /* The main menu, with Export… and Back Up Ledger…, and the toast after a backup */
  {
    GtkWidget *menu_button = find_primary_menu_button (tour->window);
    g_autofree char *backup = g_build_filename (tour->dir, "daftar-backup-2025-03-31.db", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (backup);
    gboolean copied = FALSE;

    g_assert (menu_button != NULL);
    gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
    stop (v, GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button))), "main-menu");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

    daftar_window_copy_to (window, DAFTAR_WINDOW_COPY_BACKUP, file, copied_cb, &copied);
    wait_until (is_true, &copied, "the backup");
    stop (v, tour->window, "backup-done");
  }
}
