/* daftar-goals-view.h — the goals' progress on the Earnings page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-fee-rules.h"
#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_GOALS_VIEW (daftar_goals_view_get_type ())
G_DECLARE_FINAL_TYPE (DaftarGoalsView, daftar_goals_view, DAFTAR, GOALS_VIEW, AdwBin)

GtkWidget *daftar_goals_view_new    (void);
void       daftar_goals_view_update (DaftarGoalsView *self,
                                     DaftarContext   *context,
                                     const char      *home_currency);

G_END_DECLS
