/* daftar-preferences-tools.h — Preferences' AI-tool catalog: add, search, edit, hide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PREFERENCES_TOOLS (daftar_preferences_tools_get_type ())

G_DECLARE_FINAL_TYPE (DaftarPreferencesTools, daftar_preferences_tools,
                      DAFTAR, PREFERENCES_TOOLS, AdwPreferencesGroup)

DaftarPreferencesTools *daftar_preferences_tools_new (DaftarContext *context);

G_END_DECLS
