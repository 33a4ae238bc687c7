/* daftar-preferences-timer.h — the timer's settings: idle question and long-timer notification
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PREFERENCES_TIMER (daftar_preferences_timer_get_type ())
G_DECLARE_FINAL_TYPE (DaftarPreferencesTimer, daftar_preferences_timer,
                      DAFTAR, PREFERENCES_TIMER, AdwPreferencesGroup)

GtkWidget *daftar_preferences_timer_new (DaftarContext *context);

G_END_DECLS
