/* daftar-test-idle.c — a mock idle monitor on the test bus
 *
 * A service on its own connection to the session bus (the test's private one:
 * GTestDBus or the runner's dbus-run-session), owning the name of Mutter's
 * idle monitor or of the screen saver. The test says when the user goes idle
 * and comes back; the mock answers GetIdletime / GetSessionIdleTime and fires
 * the watches as Mutter does (an idle watch once the idle time reaches its
 * interval; a user-active watch once, then dropped).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-test-idle.h"

static const char mutter_xml[] =
  "<node><interface name='org.gnome.Mutter.IdleMonitor'>"
  "<method name='GetIdletime'><arg type='t' direction='out'/></method>"
  "<method name='AddIdleWatch'><arg type='t' direction='in'/><arg type='u' direction='out'/></method>"
  "<method name='AddUserActiveWatch'><arg type='u' direction='out'/></method>"
  "<method name='RemoveWatch'><arg type='u' direction='in'/></method>"
  "<signal name='WatchFired'><arg type='u'/></signal>"
  "</interface></node>";

static const char saver_xml[] =
  "<node><interface name='org.freedesktop.ScreenSaver'>"
  "<method name='GetSessionIdleTime'><arg type='u' direction='out'/></method>"
  "</interface></node>";

typedef struct
{
  guint   id;
  guint64 interval;   /* ms; 0 for a user-active watch */
} Watch;

struct _DaftarTestIdle
{
  DaftarTestIdleKind  kind;
  GDBusConnection    *connection;
  GDBusNodeInfo      *info;
  guint               object_id;
  guint               name_id;
  gboolean            named;
  guint64             idle_ms;
  GArray             *watches;
  guint               next_id;
  guint               n_calls;
};

static void
fire (DaftarTestIdle *mock,
      guint           id)
{
  g_dbus_connection_emit_signal (mock->connection, NULL, "/org/gnome/Mutter/IdleMonitor/Core",
                                 "org.gnome.Mutter.IdleMonitor", "WatchFired",
                                 g_variant_new ("(u)", id), NULL);
}

static void
method_cb (GDBusConnection       *connection,
           const char            *sender,
           const char            *path,
           const char            *iface,
           const char            *method,
           GVariant              *params,
           GDBusMethodInvocation *invocation,
           gpointer               user_data)
{
  DaftarTestIdle *mock = user_data;

  mock->n_calls++;
  if (g_str_equal (method, "GetIdletime"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(t)", mock->idle_ms));
  else if (g_str_equal (method, "GetSessionIdleTime"))
    g_dbus_method_invocation_return_value (invocation,
                                           g_variant_new ("(u)", (guint32) (mock->idle_ms / 1000)));
  else if (g_str_equal (method, "AddIdleWatch") || g_str_equal (method, "AddUserActiveWatch"))
    {
      Watch watch = { ++mock->next_id, 0 };

      if (g_str_equal (method, "AddIdleWatch"))
        g_variant_get (params, "(t)", &watch.interval);
      g_array_append_val (mock->watches, watch);
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", watch.id));
    }
  else if (g_str_equal (method, "RemoveWatch"))
    {
      guint id;

      g_variant_get (params, "(u)", &id);
      for (guint i = 0; i < mock->watches->len; i++)
        if (g_array_index (mock->watches, Watch, i).id == id)
          g_array_remove_index (mock->watches, i--);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "No method %s", method);
}

static const GDBusInterfaceVTable vtable = { method_cb, NULL, NULL, { 0 } };

static void
name_acquired_cb (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((DaftarTestIdle *) user_data)->named = TRUE;
}

/**
 * daftar_test_idle_new:
 *
 * Connects to the session bus and owns the service's name; returns once it
 * does. The user starts out present (idle 0 ms).
 */
DaftarTestIdle *
daftar_test_idle_new (DaftarTestIdleKind kind)
{
  DaftarTestIdle *mock = g_new0 (DaftarTestIdle, 1);
  g_autofree char *address = NULL;
  g_autoptr(GError) error = NULL;
  gboolean mutter = kind == DAFTAR_TEST_IDLE_MUTTER;

  mock->kind = kind;
  mock->watches = g_array_new (FALSE, FALSE, sizeof (Watch));
  address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  mock->connection = g_dbus_connection_new_for_address_sync (address,
                                                             G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                             G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                             NULL, NULL, &error);
  g_assert_no_error (error);

  mock->info = g_dbus_node_info_new_for_xml (mutter ? mutter_xml : saver_xml, &error);
  g_assert_no_error (error);
  mock->object_id = g_dbus_connection_register_object (mock->connection,
                                                       mutter ? "/org/gnome/Mutter/IdleMonitor/Core"
                                                              : "/org/freedesktop/ScreenSaver",
                                                       mock->info->interfaces[0], &vtable,
                                                       mock, NULL, &error);
  g_assert_no_error (error);
  mock->name_id = g_bus_own_name_on_connection (mock->connection,
                                                mutter ? "org.gnome.Mutter.IdleMonitor"
                                                       : "org.freedesktop.ScreenSaver",
                                                G_BUS_NAME_OWNER_FLAGS_NONE,
                                                name_acquired_cb, NULL, mock, NULL);
  while (!mock->named)
    g_main_context_iteration (NULL, TRUE);
  return mock;
}

/* The session has been idle @idle_ms: Mutter fires the idle watches it reached. */
void
daftar_test_idle_go_idle (DaftarTestIdle *mock,
                          guint64         idle_ms)
{
  guint64 before = mock->idle_ms;

  mock->idle_ms = idle_ms;
  if (mock->kind != DAFTAR_TEST_IDLE_MUTTER)
    return;
  for (guint i = 0; i < mock->watches->len; i++)
    {
      Watch *watch = &g_array_index (mock->watches, Watch, i);

      if (watch->interval > 0 && before < watch->interval && idle_ms >= watch->interval)
        fire (mock, watch->id);
    }
}

/* The user is back: the user-active watches fire, once. */
void
daftar_test_idle_come_back (DaftarTestIdle *mock)
{
  mock->idle_ms = 0;
  if (mock->kind != DAFTAR_TEST_IDLE_MUTTER)
    return;
  for (guint i = 0; i < mock->watches->len; i++)
    if (g_array_index (mock->watches, Watch, i).interval == 0)
      {
        fire (mock, g_array_index (mock->watches, Watch, i).id);
        g_array_remove_index (mock->watches, i--);
      }
}

guint
daftar_test_idle_n_watches (DaftarTestIdle *mock)
{
  return mock->watches->len;
}

guint
daftar_test_idle_n_calls (DaftarTestIdle *mock)
{
  return mock->n_calls;
}

void
daftar_test_idle_free (DaftarTestIdle *mock)
{
  g_bus_unown_name (mock->name_id);
  g_dbus_connection_unregister_object (mock->connection, mock->object_id);
  g_dbus_connection_close_sync (mock->connection, NULL, NULL);
  g_object_unref (mock->connection);
  g_dbus_node_info_unref (mock->info);
  g_array_unref (mock->watches);
  g_free (mock);
}
