/* daftar-timer-watch.h — the app keeping an eye on the running timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_TIMER_WATCH (daftar_timer_watch_get_type ())

G_DECLARE_FINAL_TYPE (DaftarTimerWatch, daftar_timer_watch, DAFTAR, TIMER_WATCH, GObject)

DaftarTimerWatch *daftar_timer_watch_new          (GtkApplication   *app,
                                                   DaftarContext    *context);
void              daftar_timer_watch_activated    (DaftarTimerWatch *self);
void              daftar_timer_watch_shutdown     (DaftarTimerWatch *self);
void              daftar_timer_watch_check        (DaftarTimerWatch *self);
GtkWidget        *daftar_timer_watch_get_question (DaftarTimerWatch *self);

G_END_DECLS
