/* daftar-timer-watch.c — the app keeping an eye on the running timer
 *
 * While a timer runs, the idle monitor watches the session; when the user
 * comes back after the idle threshold, the idle question asks what to do with
 * the time away. The moment the idleness began is kept in the settings
 * (idle-since) until answered, and the last time the app ran with the timer
 * running (timer-last-seen), so that the next start asks about a span the
 * app could not see. A notification says so when the window is not active,
 * and another when the timer has run past long-timer-hours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-idle"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-idle-monitor.h"
#include "daftar-idle-question.h"
#include "daftar-text.h"
#include "daftar-timer-watch.h"
#include "daftar-ui-format.h"
#include "daftar-window.h"

#define NOTIFY_IDLE "idle-question"
#define NOTIFY_LONG "long-timer"

struct _DaftarTimerWatch
{
  GObject            parent_instance;

  GtkApplication    *app;        /* unowned: it owns us */
  DaftarContext     *context;
  DaftarStore       *store;      /* the context's */
  GSettings         *settings;   /* the context's */
  DaftarIdleMonitor *monitor;
  guint              tick_id;
  gint64             timer_start;     /* of the timer watched; 0 when none */
  gint64             long_notified;   /* the timer start the long-timer notification was for */
  gboolean           gap_checked;
  GtkWidget         *question;
};

G_DEFINE_FINAL_TYPE (DaftarTimerWatch, daftar_timer_watch, G_TYPE_OBJECT)

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
question_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      DaftarTimerWatch *self)
{
  g_settings_set_int64 (self->settings, "idle-since", 0);
  g_settings_set_int64 (self->settings, "timer-last-seen", now ());
  g_application_withdraw_notification (G_APPLICATION (self->app), NOTIFY_IDLE);
}

/* Without a session bus nobody can show a notification, and GLib's backends
 * would complain about the missing connection. */
static void
send_notification (DaftarTimerWatch *self,
                   const char       *id,
                   GNotification    *notification)
{
  if (g_application_get_dbus_connection (G_APPLICATION (self->app)) != NULL)
    g_application_send_notification (G_APPLICATION (self->app), id, notification);
}

static void
ask (DaftarTimerWatch *self,
     gint64            since,
     gint64            until,
     gboolean          app_was_closed,
     gboolean          may_notify)
{
  GtkWindow *window = gtk_application_get_active_window (self->app);
  gboolean active;

  if (window == NULL || !DAFTAR_IS_WINDOW (window) || self->question != NULL)
    return;

  active = gtk_window_is_active (window) && gtk_widget_get_mapped (GTK_WIDGET (window));
  self->question = daftar_idle_question_new (DAFTAR_WINDOW (window), self->context,
                                             since, until, app_was_closed);
  g_object_add_weak_pointer (G_OBJECT (self->question), (gpointer *) &self->question);
  g_signal_connect_object (self->question, "response", G_CALLBACK (question_response_cb), self, 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    gtk_window_present (GTK_WINDOW (self->question));

  /* Not when the user just opened the app */
  if (!active && may_notify)
    {
      g_autoptr(GNotification) notification = g_notification_new (_("Keep the Time Away?"));
      g_autofree char *span = daftar_ui_format_duration (self->context, until - since);
      /* Translators: "%s" is a duration ("25 min") */
      g_autofree char *body = g_strdup_printf (_("The timer ran while you were away for %s."), span);

      g_notification_set_body (notification, body);
      g_notification_set_default_action (notification, "app.present-window");
      send_notification (self, NOTIFY_IDLE, notification);
    }
}

static void
notify_long (DaftarTimerWatch  *self,
             const DaftarTimer *timer)
{
  int hours = g_settings_get_int (self->settings, "long-timer-hours");
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *span = NULL;
  g_autofree char *body = NULL;
  g_autofree char *project = NULL;

  if (hours <= 0 || self->long_notified == timer->start_utc ||
      now () - timer->start_utc < (gint64) hours * 3600)
    return;

  self->long_notified = timer->start_utc;
  span = daftar_ui_format_duration (self->context, now () - timer->start_utc);
  /* Translators: "%1$s" is a project, "%2$s" a duration ("8 h 5 min") */
  project = daftar_text_isolate (timer->project_name);
  body = g_strdup_printf (_("The timer for %1$s has run for %2$s."), project, span);
  notification = g_notification_new (_("The Timer Is Still Running"));
  g_notification_set_body (notification, body);
  g_notification_set_default_action (notification, "app.present-window");
  send_notification (self, NOTIFY_LONG, notification);
}

static void
idle_began_cb (DaftarIdleMonitor *monitor,
               gint64             since,
               DaftarTimerWatch  *self)
{
  g_settings_set_int64 (self->settings, "idle-since", MAX (since, self->timer_start));
}

static void
returned_cb (DaftarIdleMonitor *monitor,
             gint64             since,
             gint64             until,
             DaftarTimerWatch  *self)
{
  since = MAX (since, self->timer_start);
  if (until - since >= (gint64) daftar_idle_monitor_get_threshold (monitor))
    ask (self, since, until, FALSE, TRUE);
}

static void
drop_monitor (DaftarTimerWatch *self)
{
  if (self->monitor == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->monitor, self);
  daftar_idle_monitor_stop (self->monitor);
  g_clear_object (&self->monitor);
}

static gboolean
tick_cb (gpointer user_data)
{
  daftar_timer_watch_check (user_data);
  return G_SOURCE_CONTINUE;
}

static void
restart_monitor (DaftarTimerWatch *self)
{
  g_autoptr(GDBusConnection) bus = g_application_get_dbus_connection (G_APPLICATION (self->app)) != NULL
    ? g_object_ref (g_application_get_dbus_connection (G_APPLICATION (self->app))) : NULL;
  int minutes = g_settings_get_int (self->settings, "idle-threshold");

  drop_monitor (self);
  if (self->timer_start == 0 || minutes <= 0)
    return;

  self->monitor = daftar_idle_monitor_new (bus, (guint) minutes * 60);
  g_signal_connect (self->monitor, "idle-began", G_CALLBACK (idle_began_cb), self);
  g_signal_connect (self->monitor, "returned", G_CALLBACK (returned_cb), self);
  daftar_idle_monitor_start (self->monitor);
}

/**
 * daftar_timer_watch_check:
 *
 * Reads the timer again: starts or stops watching, records that the app saw
 * it running, and sends the long-timer notification when due. Runs on every
 * change to the timer and once a minute.
 */
void
daftar_timer_watch_check (DaftarTimerWatch *self)
{
  g_autoptr(DaftarTimer) timer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_return_if_fail (DAFTAR_IS_TIMER_WATCH (self));

  timer = daftar_store_get_timer (self->store, &error);
  if (error != NULL)
    {
      g_debug ("Reading the timer: %s", error->message);
      return;
    }

  start = timer != NULL ? timer->start_utc : 0;
  if (start != self->timer_start)
    {
      self->timer_start = start;
      restart_monitor (self);
    }

  if (timer == NULL)
    {
      g_clear_handle_id (&self->tick_id, g_source_remove);
      g_settings_set_int64 (self->settings, "idle-since", 0);
      return;
    }

  /* Until the app's first window asked about the time it did not see */
  if (self->gap_checked)
    g_settings_set_int64 (self->settings, "timer-last-seen", now ());
  notify_long (self, timer);
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (60, tick_cb, self);
}

static void
store_changed_cb (DaftarStore       *store,
                  DaftarStoreChange  what,
                  DaftarTimerWatch  *self)
{
  if (what & DAFTAR_STORE_CHANGE_TIMER)
    daftar_timer_watch_check (self);
}

static void
threshold_changed_cb (GSettings        *settings,
                      const char       *key,
                      DaftarTimerWatch *self)
{
  restart_monitor (self);
}

/**
 * daftar_timer_watch_activated:
 *
 * The app's window is on screen: the first time, asks about a span the app
 * could not see — idleness that began before it quit, or the time it was not
 * running while the timer ran (if longer than the idle threshold).
 */
void
daftar_timer_watch_activated (DaftarTimerWatch *self)
{
  g_autoptr(DaftarTimer) timer = NULL;
  gint64 threshold, idle_since, last_seen, since = 0;
  gboolean closed = FALSE;

  g_return_if_fail (DAFTAR_IS_TIMER_WATCH (self));

  if (self->gap_checked)
    return;
  self->gap_checked = TRUE;

  timer = daftar_store_get_timer (self->store, NULL);
  threshold = (gint64) g_settings_get_int (self->settings, "idle-threshold") * 60;
  idle_since = g_settings_get_int64 (self->settings, "idle-since");
  last_seen = g_settings_get_int64 (self->settings, "timer-last-seen");

  if (timer != NULL && threshold > 0)
    {
      if (idle_since >= timer->start_utc)
        since = idle_since;
      else if (now () - MAX (last_seen, timer->start_utc) >= threshold)
        {
          since = MAX (last_seen, timer->start_utc);
          closed = TRUE;
        }
      if (since > 0 && now () - since >= threshold)
        ask (self, since, now (), closed, FALSE);
    }

  daftar_timer_watch_check (self);
}

/* The app quits: it saw the timer running until now. */
void
daftar_timer_watch_shutdown (DaftarTimerWatch *self)
{
  g_return_if_fail (DAFTAR_IS_TIMER_WATCH (self));

  if (self->timer_start != 0 && self->gap_checked)
    g_settings_set_int64 (self->settings, "timer-last-seen", now ());
  g_clear_handle_id (&self->tick_id, g_source_remove);
  drop_monitor (self);
}

/* Returns: (transfer none) (nullable): the idle question on screen */
GtkWidget *
daftar_timer_watch_get_question (DaftarTimerWatch *self)
{
  g_return_val_if_fail (DAFTAR_IS_TIMER_WATCH (self), NULL);
  return self->question;
}

static void
present_window_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  DaftarTimerWatch *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (self->app);

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (self->app));
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (window), TRUE);
  gtk_window_present (window);
  if (self->question != NULL)
    gtk_window_present (GTK_WINDOW (self->question));
}

static void
daftar_timer_watch_dispose (GObject *object)
{
  DaftarTimerWatch *self = DAFTAR_TIMER_WATCH (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  drop_monitor (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  if (self->question != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->question), (gpointer *) &self->question);
  self->question = NULL;

  G_OBJECT_CLASS (daftar_timer_watch_parent_class)->dispose (object);
}

static void
daftar_timer_watch_class_init (DaftarTimerWatchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = daftar_timer_watch_dispose;
}

static void
daftar_timer_watch_init (DaftarTimerWatch *self)
{
}

/**
 * daftar_timer_watch_new:
 * @app: the app, which keeps the watch
 * @context: the app's context, with its open ledger and its settings
 *
 * Adds the app action "present-window", which the notifications activate.
 */
DaftarTimerWatch *
daftar_timer_watch_new (GtkApplication *app,
                        DaftarContext  *context)
{
  DaftarTimerWatch *self;
  g_autoptr(GSimpleAction) present = NULL;
  DaftarStore *store;
  GSettings *settings;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (daftar_context_get_settings (context)), NULL);

  self = g_object_new (DAFTAR_TYPE_TIMER_WATCH, NULL);
  present = g_simple_action_new ("present-window", NULL);
  store = daftar_context_get_store (context);
  settings = daftar_context_get_settings (context);
  self->app = app;
  self->context = g_object_ref (context);
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);

  g_signal_connect_object (present, "activate", G_CALLBACK (present_window_activated), self, 0);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (present));
  g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  g_signal_connect (settings, "changed::idle-threshold", G_CALLBACK (threshold_changed_cb), self);
  return self;
}
