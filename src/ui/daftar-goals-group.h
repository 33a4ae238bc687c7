/* daftar-goals-group.h — the Goals group of Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_GOALS_GROUP (daftar_goals_group_get_type ())
G_DECLARE_FINAL_TYPE (DaftarGoalsGroup, daftar_goals_group, DAFTAR, GOALS_GROUP, AdwPreferencesGroup)

GtkWidget *daftar_goals_group_new (DaftarContext *context);

G_END_DECLS
