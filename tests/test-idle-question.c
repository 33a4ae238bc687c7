/* test-idle-question.c — the idle question and the notifications, with a mock
 * idle monitor and a mock notification server on a private bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "daftar-idle-question.h"
#include "daftar-preferences-window.h"
#include "daftar-test-idle.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-timer-watch.h"
#include "daftar-window.h"

static DaftarApplication *app;
static DaftarTestIdle    *idle;

/* org.gtk.Notifications, as GNOME Shell serves it: the ids it was sent */
static GPtrArray *notified;

static const char notifications_xml[] =
  "<node><interface name='org.gtk.Notifications'>"
  "<method name='AddNotification'><arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "<arg type='a{sv}' direction='in'/></method>"
  "<method name='RemoveNotification'><arg type='s' direction='in'/><arg type='s' direction='in'/></method>"
  "</interface></node>";

static void
notifications_method_cb (GDBusConnection       *connection,
                         const char            *sender,
                         const char            *path,
                         const char            *iface,
                         const char            *method,
                         GVariant              *params,
                         GDBusMethodInvocation *invocation,
                         gpointer               user_data)
{
  if (g_str_equal (method, "AddNotification"))
    {
      const char *app_id, *id;
      g_autoptr(GVariant) dict = NULL;
      const char *action = NULL;

      g_variant_get (params, "(&s&s@a{sv})", &app_id, &id, &dict);
      g_assert_cmpstr (app_id, ==, APP_ID);
      /* Clicking it presents the window */
      g_assert_true (g_variant_lookup (dict, "default-action", "&s", &action));
      g_assert_cmpstr (action, ==, "app.present-window");
      g_ptr_array_add (notified, g_strdup (id));
    }
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable notifications_vtable = { notifications_method_cb, NULL, NULL, { 0 } };

static gboolean named;

static void
acquired_cb (GDBusConnection *connection,
             const char      *name,
             gpointer         user_data)
{
  named = TRUE;
}

static GDBusConnection *
mock_notifications (void)
{
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  GDBusConnection *connection;

  g_assert_no_error (error);
  connection = g_dbus_connection_new_for_address_sync (address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_register_object (connection, "/org/gtk/Notifications", info->interfaces[0],
                                     &notifications_vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (connection, "org.gtk.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                acquired_cb, NULL, NULL, NULL);
  while (!named)
    g_main_context_iteration (NULL, TRUE);
  return connection;
}

static gboolean
was_notified (const char *id)
{
  for (guint i = 0; i < notified->len; i++)
    if (g_str_equal (g_ptr_array_index (notified, i), id))
      return TRUE;
  return FALSE;
}

typedef struct
{
  char             *dir;
  DaftarStore      *store;
  GSettings        *settings;
  DaftarWindow     *window;
  DaftarTimerWatch *watch;
  gint64            project;
  gint64            start;
} Fixture;

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  DaftarProjectDraft draft = { "Logo & <b>", "Nikan", "upwork", DAFTAR_CATEGORY_TRANSLATION,
                               DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };

  f->dir = daftar_test_make_tmpdir ();
  path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_store_add_project (f->store, &draft, &f->project, &error));
  f->start = now () - 3 * 3600;
  g_assert_true (daftar_store_start_timer (f->store, f->project, f->start, 0, "drafting", &error));
  g_assert_no_error (error);

  f->settings = g_settings_new (APP_ID);
  g_settings_set_int (f->settings, "idle-threshold", 10);
  g_settings_set_int (f->settings, "long-timer-hours", 8);
  g_settings_set_int64 (f->settings, "idle-since", 0);
  g_settings_set_int64 (f->settings, "timer-last-seen", now ());
  g_ptr_array_set_size (notified, 0);

  {

    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);


    f->window = daftar_window_new (app, context, NULL);

  }
  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->window)))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->watch);
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  /* Mutter's watches are all dropped */
  while (daftar_test_idle_n_watches (idle) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&f->settings);
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->dir);
}

static void
start_watching (Fixture *f)
{
  g_autoptr(DaftarContext) context = daftar_context_new (f->store, f->settings);

  f->watch = daftar_timer_watch_new (GTK_APPLICATION (app), context);
  daftar_timer_watch_activated (f->watch);
}

/* Idle 15 minutes, then back: the question, with the span. */
static AdwMessageDialog *
go_away_and_back (Fixture  *f,
                  gboolean  hide_window,
                  gint64   *out_since)
{
  GtkWidget *question;
  gint64 before = now ();

  start_watching (f);
  while (daftar_test_idle_n_watches (idle) < 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (daftar_timer_watch_get_question (f->watch));

  daftar_test_idle_go_idle (idle, 15 * 60 * 1000);
  /* The start of the idleness is kept, should the app quit before the user is back */
  while (g_settings_get_int64 (f->settings, "idle-since") == 0)
    g_main_context_iteration (NULL, TRUE);
  *out_since = g_settings_get_int64 (f->settings, "idle-since");
  g_assert_cmpint (*out_since, >=, before - 15 * 60);
  g_assert_cmpint (*out_since, <=, now () - 15 * 60);
  while (daftar_test_idle_n_watches (idle) < 2)
    g_main_context_iteration (NULL, TRUE);

  if (hide_window)
    gtk_widget_set_visible (GTK_WIDGET (f->window), FALSE);
  daftar_test_idle_come_back (idle);
  while (daftar_timer_watch_get_question (f->watch) == NULL)
    g_main_context_iteration (NULL, TRUE);

  question = daftar_timer_watch_get_question (f->watch);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == GTK_WINDOW (f->window));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (question), DAFTAR_IDLE_KEEP));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (question), DAFTAR_IDLE_DISCARD));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (question), DAFTAR_IDLE_STOP));
  g_assert_cmpstr (adw_message_dialog_get_close_response (ADW_MESSAGE_DIALOG (question)), ==, DAFTAR_IDLE_KEEP);
  /* "15 min" as the formatter writes it */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question)), "0:15"));
  return ADW_MESSAGE_DIALOG (question);
}

static void
answer (Fixture          *f,
        AdwMessageDialog *question,
        const char       *response)
{
  adw_message_dialog_response (question, response);
  gtk_window_destroy (GTK_WINDOW (question));
  while (daftar_window_is_waiting_to_write (f->window))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
  /* Answered: nothing left to ask at the next start */
  g_assert_cmpint (g_settings_get_int64 (f->settings, "idle-since"), ==, 0);
  g_assert_cmpint (g_settings_get_int64 (f->settings, "timer-last-seen"), >=, now () - 5);
}

static GPtrArray *
sessions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = daftar_store_list_sessions (f->store, 0, G_MAXINT64, &error);

  g_assert_no_error (error);
  return list;
}

static void
test_keep (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  gint64 since;

  answer (f, go_away_and_back (f, FALSE, &since), DAFTAR_IDLE_KEEP);
  list = sessions (f);
  g_assert_cmpuint (list->len, ==, 0);
  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_nonnull (timer);
  g_assert_cmpint (timer->start_utc, ==, f->start);
}

static void
test_discard (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  const DaftarSession *session;
  gint64 since;

  answer (f, go_away_and_back (f, FALSE, &since), DAFTAR_IDLE_DISCARD);
  list = sessions (f);
  g_assert_cmpuint (list->len, ==, 1);
  session = g_ptr_array_index (list, 0);
  g_assert_cmpint (session->start_utc, ==, f->start);
  g_assert_cmpint (session->actual_seconds, ==, since - f->start);
  g_assert_cmpstr (session->note, ==, "drafting");
  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_nonnull (timer);
  g_assert_cmpint (timer->project_id, ==, f->project);
  g_assert_cmpint (timer->start_utc, >=, since + 15 * 60);
  g_assert_cmpint (timer->start_utc, <=, now ());
  /* and the timer is watched again */
  while (daftar_test_idle_n_watches (idle) < 1)
    g_main_context_iteration (NULL, TRUE);
}

/* Discard and stop, the window hidden: a notification says the question waits. */
static void
test_stop_notified (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  AdwMessageDialog *question;
  gint64 since;

  question = go_away_and_back (f, TRUE, &since);
  while (!was_notified ("idle-question"))
    g_main_context_iteration (NULL, TRUE);
  /* Its default action brings the window back */
  g_action_group_activate_action (G_ACTION_GROUP (app), "present-window", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));

  answer (f, question, DAFTAR_IDLE_STOP);
  list = sessions (f);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((DaftarSession *) g_ptr_array_index (list, 0))->actual_seconds, ==, since - f->start);
  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_null (timer);
  g_assert_false (was_notified ("long-timer"));
}

/* The app was not running for two hours of the timer's three: asked at the start. */
static void
test_after_restart (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  GtkWidget *question;
  gint64 last_seen = f->start + 3600;

  g_settings_set_int64 (f->settings, "timer-last-seen", last_seen);
  start_watching (f);
  question = daftar_timer_watch_get_question (f->watch);
  g_assert_nonnull (question);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question)), "Daftar was closed"));

  answer (f, ADW_MESSAGE_DIALOG (question), DAFTAR_IDLE_DISCARD);
  list = sessions (f);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((DaftarSession *) g_ptr_array_index (list, 0))->actual_seconds, ==, 3600);
  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_nonnull (timer);
  g_assert_cmpint (timer->start_utc, >=, last_seen + 2 * 3600);

  /* The user just opened the app: no notification */
  daftar_test_iterate ();
  g_assert_false (was_notified ("idle-question"));

  /* Asked once: another window, no question */
  g_clear_object (&f->watch);
  start_watching (f);
  g_assert_null (daftar_timer_watch_get_question (f->watch));
}

/* Idleness that began before the app quit: asked at the next start. */
static void
test_idle_before_quit (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *question;
  g_autoptr(DaftarTimer) timer = NULL;

  g_settings_set_int64 (f->settings, "idle-since", f->start + 3600);
  start_watching (f);
  question = daftar_timer_watch_get_question (f->watch);
  g_assert_nonnull (question);
  answer (f, ADW_MESSAGE_DIALOG (question), DAFTAR_IDLE_KEEP);
  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_cmpint (timer->start_utc, ==, f->start);
}

/* A timer past the threshold (8 h): one notification; none at 0 (off). */
static void
test_long_timer (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (daftar_store_discard_timer (f->store, &error));
  g_assert_true (daftar_store_start_timer (f->store, f->project, now () - 9 * 3600, 0, NULL, &error));
  g_settings_set_int64 (f->settings, "timer-last-seen", now ());

  g_settings_set_int (f->settings, "long-timer-hours", 0);
  start_watching (f);
  daftar_timer_watch_check (f->watch);
  daftar_test_iterate ();
  g_assert_false (was_notified ("long-timer"));

  g_settings_set_int (f->settings, "long-timer-hours", 8);
  daftar_timer_watch_check (f->watch);
  while (!was_notified ("long-timer"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (daftar_timer_watch_get_question (f->watch));
}

/* Preferences → Timer: the rows follow the settings and set them; "Off" is 0. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DaftarContext) context = daftar_context_new (f->store, f->settings);
  GtkWidget *prefs = GTK_WIDGET (daftar_preferences_window_new (GTK_WINDOW (f->window), context));
  AdwComboRow *idle_row, *long_row;
  GListModel *model;
  g_autofree char *label = NULL;

  gtk_window_present (GTK_WINDOW (prefs));
  daftar_test_iterate ();
  idle_row = ADW_COMBO_ROW (daftar_test_find_by_name (prefs, "idle_threshold_row"));
  long_row = ADW_COMBO_ROW (daftar_test_find_by_name (prefs, "long_timer_row"));
  g_assert_nonnull (idle_row);
  g_assert_nonnull (long_row);

  /* 10 minutes and 8 hours by default */
  model = adw_combo_row_get_model (idle_row);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), adw_combo_row_get_selected (idle_row)),
                   ==, "After 10 minutes");
  model = adw_combo_row_get_model (long_row);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), adw_combo_row_get_selected (long_row)),
                   ==, "After 8 hours");

  adw_combo_row_set_selected (idle_row, 0);
  g_assert_cmpint (g_settings_get_int (f->settings, "idle-threshold"), ==, 0);
  adw_combo_row_set_selected (long_row, 0);
  g_assert_cmpint (g_settings_get_int (f->settings, "long-timer-hours"), ==, 0);
  g_settings_set_int (f->settings, "idle-threshold", 45);
  model = adw_combo_row_get_model (idle_row);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), adw_combo_row_get_selected (idle_row)),
                   ==, "After 45 minutes");

  /* Off: no watching */
  adw_combo_row_set_selected (idle_row, 0);
  start_watching (f);
  daftar_test_iterate ();
  g_assert_cmpuint (daftar_test_idle_n_watches (idle), ==, 0);

  gtk_window_destroy (GTK_WINDOW (prefs));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  GTestDBus *bus;
  g_autoptr(GDBusConnection) server = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  adw_init ();

  notified = g_ptr_array_new_with_free_func (g_free);
  server = mock_notifications ();
  idle = daftar_test_idle_new (DAFTAR_TEST_IDLE_MUTTER);
  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/idle-question/keep", test_keep);
  ADD ("/idle-question/discard", test_discard);
  ADD ("/idle-question/stop-notified", test_stop_notified);
  ADD ("/idle-question/after-restart", test_after_restart);
  ADD ("/idle-question/idle-before-quit", test_idle_before_quit);
  ADD ("/idle-question/long-timer", test_long_timer);
  ADD ("/idle-question/preferences", test_preferences);
#undef ADD

  ret = g_test_run ();

  g_application_quit (G_APPLICATION (app));
  g_object_unref (app);
  daftar_test_idle_free (idle);
  g_ptr_array_unref (notified);
  daftar_test_rm_rf (dir);
  /* Not g_test_dbus_down(): GTK keeps the session bus connection to the end. */
  g_test_dbus_stop (bus);
  return ret;
}
