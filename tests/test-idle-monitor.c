/* test-idle-monitor.c — the idle monitor against a mock on a private bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-idle-monitor.h"
#include "daftar-test-idle.h"

#define T0 G_GINT64_CONSTANT (1780000000)

static gint64 fake_now;

static gint64
fake_clock (void)
{
  return fake_now;
}

typedef struct
{
  gint64 began;
  gint64 since;
  gint64 until;
  guint  n_returned;
} Seen;

static void
idle_began_cb (DaftarIdleMonitor *monitor,
               gint64             since,
               Seen              *seen)
{
  seen->began = since;
}

static void
returned_cb (DaftarIdleMonitor *monitor,
             gint64             since,
             gint64             until,
             Seen              *seen)
{
  seen->since = since;
  seen->until = until;
  seen->n_returned++;
}

static DaftarIdleMonitor *
new_monitor (Seen *seen)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  DaftarIdleMonitor *monitor = daftar_idle_monitor_new (bus, 600);

  g_assert_nonnull (bus);
  daftar_idle_monitor_set_clock (monitor, fake_clock);
  g_signal_connect (monitor, "idle-began", G_CALLBACK (idle_began_cb), seen);
  g_signal_connect (monitor, "returned", G_CALLBACK (returned_cb), seen);
  return monitor;
}

/* Mutter: idle 15 minutes against a 10-minute threshold, then back. */
static void
test_mutter_span (void)
{
  DaftarTestIdle *mock = daftar_test_idle_new (DAFTAR_TEST_IDLE_MUTTER);
  Seen seen = { 0 };
  g_autoptr(DaftarIdleMonitor) monitor = new_monitor (&seen);

  daftar_idle_monitor_start (monitor);
  while (daftar_test_idle_n_watches (mock) < 1)
    g_main_context_iteration (NULL, TRUE);

  /* 5 minutes: below the threshold, no watch fires */
  fake_now = T0 + 300;
  daftar_test_idle_go_idle (mock, 300 * 1000);
  fake_now = T0 + 900;
  daftar_test_idle_go_idle (mock, 900 * 1000);
  while (seen.began == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (seen.began, ==, T0);

  /* The user-active watch is in place before the user comes back */
  while (daftar_test_idle_n_watches (mock) < 2)
    g_main_context_iteration (NULL, TRUE);
  fake_now = T0 + 905;
  daftar_test_idle_come_back (mock);
  while (seen.n_returned == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (seen.since, ==, T0);
  g_assert_cmpint (seen.until, ==, T0 + 905);
  g_assert_cmpuint (seen.n_returned, ==, 1);

  /* Stopping drops the watches from Mutter */
  daftar_idle_monitor_stop (monitor);
  g_assert_false (daftar_idle_monitor_is_watching (monitor));
  while (daftar_test_idle_n_watches (mock) > 0)
    g_main_context_iteration (NULL, TRUE);

  g_clear_object (&monitor);
  daftar_test_idle_free (mock);
}

/* Without Mutter, the screen saver is asked. */
static void
test_screen_saver_span (void)
{
  DaftarTestIdle *mock = daftar_test_idle_new (DAFTAR_TEST_IDLE_SCREEN_SAVER);
  Seen seen = { 0 };
  g_autoptr(DaftarIdleMonitor) monitor = new_monitor (&seen);
  guint calls;

  fake_now = T0 + 900;
  daftar_test_idle_go_idle (mock, 900 * 1000);
  daftar_idle_monitor_start (monitor);
  /* AddIdleWatch fails (no Mutter), then the first poll */
  while (seen.began == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (seen.began, ==, T0);

  fake_now = T0 + 1000;
  daftar_test_idle_come_back (mock);
  calls = daftar_test_idle_n_calls (mock);
  daftar_idle_monitor_poll (monitor);
  while (daftar_test_idle_n_calls (mock) == calls || seen.n_returned == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (seen.since, ==, T0);
  g_assert_cmpint (seen.until, ==, T0 + 1000);

  g_clear_object (&monitor);
  daftar_test_idle_free (mock);
}

/* A threshold of 0 (off) or no bus watches nothing. */
static void
test_off (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(DaftarIdleMonitor) off = daftar_idle_monitor_new (bus, 0);
  g_autoptr(DaftarIdleMonitor) no_bus = daftar_idle_monitor_new (NULL, 600);

  daftar_idle_monitor_start (off);
  daftar_idle_monitor_start (no_bus);
  g_assert_false (daftar_idle_monitor_is_watching (off));
  g_assert_false (daftar_idle_monitor_is_watching (no_bus));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GTestDBus) bus = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  g_test_add_func ("/idle-monitor/mutter-span", test_mutter_span);
  g_test_add_func ("/idle-monitor/screen-saver-span", test_screen_saver_span);
  g_test_add_func ("/idle-monitor/off", test_off);

  ret = g_test_run ();
  g_test_dbus_down (bus);
  return ret;
}
