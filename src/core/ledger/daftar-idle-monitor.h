/* daftar-idle-monitor.h — noticing that the user stepped away, over D-Bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DAFTAR_TYPE_IDLE_MONITOR (daftar_idle_monitor_get_type ())

G_DECLARE_FINAL_TYPE (DaftarIdleMonitor, daftar_idle_monitor, DAFTAR, IDLE_MONITOR, GObject)

/* Seconds since the epoch, UTC. Tests pass their own. */
typedef gint64 (*DaftarIdleClock) (void);

/* How often the org.freedesktop.ScreenSaver fallback asks, in seconds. */
#define DAFTAR_IDLE_POLL_SECONDS 30

DaftarIdleMonitor *daftar_idle_monitor_new           (GDBusConnection   *bus,
                                                      guint              threshold_seconds);
void               daftar_idle_monitor_set_clock     (DaftarIdleMonitor *self,
                                                      DaftarIdleClock    clock);
guint              daftar_idle_monitor_get_threshold (DaftarIdleMonitor *self);
void               daftar_idle_monitor_start         (DaftarIdleMonitor *self);
void               daftar_idle_monitor_stop          (DaftarIdleMonitor *self);
gboolean           daftar_idle_monitor_is_watching   (DaftarIdleMonitor *self);
void               daftar_idle_monitor_poll          (DaftarIdleMonitor *self);

G_END_DECLS
