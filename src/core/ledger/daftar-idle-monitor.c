/* daftar-idle-monitor.c — noticing that the user stepped away, over D-Bus
 *
 * On GNOME, org.gnome.Mutter.IdleMonitor tells us: an idle watch fires when
 * the session has been idle for the threshold, then a user-active watch fires
 * when the user is back. Elsewhere org.freedesktop.ScreenSaver's
 * GetSessionIdleTime (seconds) is asked every DAFTAR_IDLE_POLL_SECONDS.
 *
 * ::idle-began (since) says when idleness began (so the caller can record it
 * and ask after a restart); ::returned (since, until) gives the idle span once
 * the user is back. Every call is asynchronous: the main loop never waits,
 * and a service in the same process (the tests' mock) can answer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-idle"

#include "config.h"

#include "daftar-idle-monitor.h"

#define MUTTER_NAME  "org.gnome.Mutter.IdleMonitor"
#define MUTTER_PATH  "/org/gnome/Mutter/IdleMonitor/Core"
#define MUTTER_IFACE "org.gnome.Mutter.IdleMonitor"
#define SAVER_NAME   "org.freedesktop.ScreenSaver"
#define SAVER_PATH   "/org/freedesktop/ScreenSaver"
#define SAVER_IFACE  "org.freedesktop.ScreenSaver"

typedef enum
{
  BACKEND_NONE,
  BACKEND_MUTTER,
  BACKEND_SAVER,
} Backend;

struct _DaftarIdleMonitor
{
  GObject          parent_instance;

  GDBusConnection *bus;
  guint            threshold;      /* seconds */
  DaftarIdleClock  clock;

  GCancellable    *cancellable;    /* everything under way since start */
  Backend          backend;
  guint            signal_id;
  guint            idle_watch;
  guint            active_watch;
  guint            early_fired;    /* a watch that fired before its id came back */
  guint            poll_id;
  gint64           since;          /* when the idleness began; 0 while the user is here */
  guint            generation;     /* moves on at every stop */
};

G_DEFINE_FINAL_TYPE (DaftarIdleMonitor, daftar_idle_monitor, G_TYPE_OBJECT)

enum { IDLE_BEGAN, RETURNED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gint64
real_clock (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
call (DaftarIdleMonitor   *self,
      const char          *name,
      const char          *path,
      const char          *iface,
      const char          *method,
      GVariant            *params,
      const GVariantType  *reply,
      GAsyncReadyCallback  callback)
{
  g_dbus_connection_call (self->bus, name, path, iface, method, params, reply,
                          G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, self->cancellable,
                          callback, callback != NULL ? self : NULL);
}

/* The reply to @method, or NULL: *@cancelled says whether the call was cancelled
 * (the monitor may be gone then); other failures are logged. */
static GVariant *
finish (GObject       *source,
        GAsyncResult  *result,
        const char    *method,
        gboolean      *cancelled)
{
  g_autoptr(GError) error = NULL;
  GVariant *ret = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);

  *cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  if (ret == NULL && !*cancelled)
    g_debug ("%s: %s", method, error->message);
  return ret;
}

static void
came_back (DaftarIdleMonitor *self,
           gint64             until)
{
  gint64 since = self->since;

  self->since = 0;
  if (since > 0 && until - since >= (gint64) self->threshold)
    g_signal_emit (self, signals[RETURNED], 0, since, until);
}

static void
went_idle (DaftarIdleMonitor *self,
           gint64             idle_seconds)
{
  if (self->since != 0)
    return;
  self->since = self->clock () - MAX (idle_seconds, 0);
  g_signal_emit (self, signals[IDLE_BEGAN], 0, self->since);
}

/* Mutter */

/* Adding a watch is not cancelled: a watch added after a stop is removed
 * again, so that none is left behind in Mutter. */
typedef struct
{
  DaftarIdleMonitor *self;
  guint              generation;
} WatchCall;

static void
add_watch (DaftarIdleMonitor   *self,
           const char          *method,
           GVariant            *params,
           GAsyncReadyCallback  callback)
{
  WatchCall *data = g_new (WatchCall, 1);

  data->self = g_object_ref (self);
  data->generation = self->generation;
  g_dbus_connection_call (self->bus, MUTTER_NAME, MUTTER_PATH, MUTTER_IFACE, method, params,
                          G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL,
                          callback, data);
}

/* Returns: the watch added, or 0 when it failed or is no longer wanted */
static guint
add_watch_finish (GObject            *source,
                  GAsyncResult       *result,
                  WatchCall          *data,
                  GError            **error)
{
  g_autoptr(GVariant) ret = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, error);
  guint id = 0;

  if (ret == NULL)
    return 0;
  g_variant_get (ret, "(u)", &id);
  if (data->generation != data->self->generation)
    {
      g_dbus_connection_call (G_DBUS_CONNECTION (source), MUTTER_NAME, MUTTER_PATH, MUTTER_IFACE,
                              "RemoveWatch", g_variant_new ("(u)", id), NULL,
                              G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, NULL, NULL);
      return 0;
    }
  return id;
}

static void
watch_call_free (WatchCall *data)
{
  g_object_unref (data->self);
  g_free (data);
}

static void
unsubscribe (DaftarIdleMonitor *self)
{
  if (self->signal_id != 0)
    g_dbus_connection_signal_unsubscribe (self->bus, self->signal_id);
  self->signal_id = 0;
}

static void
active_watch_added_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  WatchCall *data = user_data;
  DaftarIdleMonitor *self = data->self;
  g_autoptr(GError) error = NULL;
  guint id = add_watch_finish (source, result, data, &error);

  watch_call_free (data);
  if (error != NULL)
    g_debug ("AddUserActiveWatch: %s", error->message);
  if (id == 0)
    return;
  self->active_watch = id;
  if (self->early_fired != 0 && self->early_fired == self->active_watch)
    {
      self->early_fired = self->active_watch = 0;
      came_back (self, self->clock ());
    }
}

static void
idletime_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean cancelled;
  g_autoptr(GVariant) ret = finish (source, result, "GetIdletime", &cancelled);
  DaftarIdleMonitor *self;
  guint64 ms = 0;

  if (cancelled)
    return;
  self = user_data;
  if (ret != NULL)
    g_variant_get (ret, "(t)", &ms);
  else
    ms = (guint64) self->threshold * 1000;

  went_idle (self, (gint64) MIN (ms / 1000, (guint64) G_MAXINT32));
  add_watch (self, "AddUserActiveWatch", NULL, active_watch_added_cb);
}

static void
watch_fired_cb (GDBusConnection *bus,
                const char      *sender,
                const char      *path,
                const char      *iface,
                const char      *signal,
                GVariant        *params,
                gpointer         user_data)
{
  DaftarIdleMonitor *self = user_data;
  guint id = 0;

  if (!g_variant_is_of_type (params, G_VARIANT_TYPE ("(u)")))
    return;
  g_variant_get (params, "(u)", &id);
  if (id == 0)
    return;

  if (id == self->idle_watch)
    call (self, MUTTER_NAME, MUTTER_PATH, MUTTER_IFACE, "GetIdletime", NULL,
          G_VARIANT_TYPE ("(t)"), idletime_cb);
  else if (id == self->active_watch)
    {
      self->active_watch = 0;   /* Mutter drops a user-active watch once it fired */
      came_back (self, self->clock ());
    }
  else if (self->since != 0)
    self->early_fired = id;
}

/* The fallback */

static void
saver_idle_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean cancelled;
  g_autoptr(GVariant) ret = finish (source, result, "GetSessionIdleTime", &cancelled);
  DaftarIdleMonitor *self;
  guint32 seconds = 0;

  if (ret == NULL)
    return;
  self = user_data;
  g_variant_get (ret, "(u)", &seconds);

  if (seconds >= self->threshold)
    went_idle (self, seconds);
  else if (self->since != 0)
    came_back (self, self->clock () - seconds);
}

static gboolean
poll_cb (gpointer user_data)
{
  daftar_idle_monitor_poll (user_data);
  return G_SOURCE_CONTINUE;
}

static void
start_fallback (DaftarIdleMonitor *self)
{
  self->backend = BACKEND_SAVER;
  daftar_idle_monitor_poll (self);
  self->poll_id = g_timeout_add_seconds (DAFTAR_IDLE_POLL_SECONDS, poll_cb, self);
}

static void
idle_watch_added_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  WatchCall *data = user_data;
  DaftarIdleMonitor *self = g_object_ref (data->self);
  gboolean current = data->generation == self->generation;
  g_autoptr(GError) error = NULL;
  guint id = add_watch_finish (source, result, data, &error);

  watch_call_free (data);
  if (error != NULL && current)
    {
      g_debug ("No Mutter idle monitor (%s); asking the screen saver", error->message);
      unsubscribe (self);
      start_fallback (self);
    }
  else if (id != 0)
    self->idle_watch = id;
  g_object_unref (self);
}

/**
 * daftar_idle_monitor_poll:
 *
 * Asks the screen saver for the idle time now (the fallback's timer does it
 * every DAFTAR_IDLE_POLL_SECONDS). Does nothing with Mutter's monitor.
 */
void
daftar_idle_monitor_poll (DaftarIdleMonitor *self)
{
  g_return_if_fail (DAFTAR_IS_IDLE_MONITOR (self));

  if (self->backend == BACKEND_SAVER)
    call (self, SAVER_NAME, SAVER_PATH, SAVER_IFACE, "GetSessionIdleTime", NULL,
          G_VARIANT_TYPE ("(u)"), saver_idle_cb);
}

/**
 * daftar_idle_monitor_start:
 *
 * Starts watching (again). Idleness already under way is forgotten.
 */
void
daftar_idle_monitor_start (DaftarIdleMonitor *self)
{
  g_return_if_fail (DAFTAR_IS_IDLE_MONITOR (self));

  daftar_idle_monitor_stop (self);
  if (self->bus == NULL || self->threshold == 0)
    return;

  self->cancellable = g_cancellable_new ();
  self->backend = BACKEND_MUTTER;
  self->signal_id = g_dbus_connection_signal_subscribe (self->bus, MUTTER_NAME, MUTTER_IFACE,
                                                        "WatchFired", MUTTER_PATH, NULL,
                                                        G_DBUS_SIGNAL_FLAGS_NONE,
                                                        watch_fired_cb, self, NULL);
  add_watch (self, "AddIdleWatch", g_variant_new ("(t)", (guint64) self->threshold * 1000),
             idle_watch_added_cb);
}

/**
 * daftar_idle_monitor_stop:
 *
 * Stops watching and drops Mutter's watches. Nothing is emitted.
 */
void
daftar_idle_monitor_stop (DaftarIdleMonitor *self)
{
  g_return_if_fail (DAFTAR_IS_IDLE_MONITOR (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  unsubscribe (self);
  g_clear_handle_id (&self->poll_id, g_source_remove);

  if (self->bus != NULL && self->backend == BACKEND_MUTTER)
    {
      guint ids[] = { self->idle_watch, self->active_watch };

      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        if (ids[i] != 0)
          g_dbus_connection_call (self->bus, MUTTER_NAME, MUTTER_PATH, MUTTER_IFACE,
                                  "RemoveWatch", g_variant_new ("(u)", ids[i]), NULL,
                                  G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, NULL, NULL);
    }

  self->backend = BACKEND_NONE;
  self->generation++;
  self->idle_watch = self->active_watch = self->early_fired = 0;
  self->since = 0;
}

gboolean
daftar_idle_monitor_is_watching (DaftarIdleMonitor *self)
{
  g_return_val_if_fail (DAFTAR_IS_IDLE_MONITOR (self), FALSE);
  return self->backend != BACKEND_NONE;
}

guint
daftar_idle_monitor_get_threshold (DaftarIdleMonitor *self)
{
  g_return_val_if_fail (DAFTAR_IS_IDLE_MONITOR (self), 0);
  return self->threshold;
}

void
daftar_idle_monitor_set_clock (DaftarIdleMonitor *self,
                               DaftarIdleClock    clock)
{
  g_return_if_fail (DAFTAR_IS_IDLE_MONITOR (self));
  self->clock = clock != NULL ? clock : real_clock;
}

static void
daftar_idle_monitor_dispose (GObject *object)
{
  DaftarIdleMonitor *self = DAFTAR_IDLE_MONITOR (object);

  daftar_idle_monitor_stop (self);
  g_clear_object (&self->bus);

  G_OBJECT_CLASS (daftar_idle_monitor_parent_class)->dispose (object);
}

static void
daftar_idle_monitor_class_init (DaftarIdleMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = daftar_idle_monitor_dispose;

  /**
   * DaftarIdleMonitor::idle-began:
   * @since: when the idleness began, seconds since the epoch
   */
  signals[IDLE_BEGAN] = g_signal_new ("idle-began", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * DaftarIdleMonitor::returned:
   * @since: when the idleness began
   * @until: when the user came back
   *
   * Only for spans of at least the threshold.
   */
  signals[RETURNED] = g_signal_new ("returned", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                    G_TYPE_INT64, G_TYPE_INT64);
}

static void
daftar_idle_monitor_init (DaftarIdleMonitor *self)
{
  self->clock = real_clock;
}

/**
 * daftar_idle_monitor_new:
 * @bus: (nullable): the session bus; %NULL watches nothing
 * @threshold_seconds: how long counts as away; 0 watches nothing
 *
 * Returns: (transfer full): a monitor, not yet watching
 */
DaftarIdleMonitor *
daftar_idle_monitor_new (GDBusConnection *bus,
                         guint            threshold_seconds)
{
  DaftarIdleMonitor *self = g_object_new (DAFTAR_TYPE_IDLE_MONITOR, NULL);

  g_set_object (&self->bus, bus);
  self->threshold = threshold_seconds;
  return self;
}
