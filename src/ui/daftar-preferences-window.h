/* daftar-preferences-window.h — the home currency, language, digits, calendars and AI tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PREFERENCES_WINDOW (daftar_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (DaftarPreferencesWindow, daftar_preferences_window,
                      DAFTAR, PREFERENCES_WINDOW, AdwPreferencesWindow)

DaftarPreferencesWindow *daftar_preferences_window_new (GtkWindow     *parent,
                                                        DaftarContext *context);

/* Shared with the groups of its pages */
void daftar_preferences_label_entry_row (AdwEntryRow *row,
                                         const char  *label);
void daftar_preferences_set_entry_text  (AdwEntryRow *row,
                                         const char  *text);

G_END_DECLS
