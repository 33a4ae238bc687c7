/* daftar-format-settings.h — the user's format as the app's settings choose it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-format.h"

G_BEGIN_DECLS

DaftarCalendar  daftar_calendar_for_settings     (GSettings  *settings,
                                                  const char *locale);
DaftarFormat   *daftar_format_new_for_settings   (GSettings  *settings);

G_END_DECLS
