/* daftar-preferences-timer.h — the timer's settings: idle question and long-timer notification
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwPreferencesGroup *daftar_preferences_timer_add (AdwPreferencesPage *page,
                                                   GSettings          *settings);

G_END_DECLS
