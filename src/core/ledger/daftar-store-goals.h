/* daftar-store-goals.h — the goals in the ledger, and the current progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-goals.h"
#include "daftar-store.h"

G_BEGIN_DECLS

gboolean daftar_store_get_goals     (DaftarStore          *self,
                                     DaftarGoals          *out,
                                     GError              **error);
gboolean daftar_store_set_goals     (DaftarStore          *self,
                                     const DaftarGoals    *goals,
                                     GError              **error);
gboolean daftar_store_goals_progress (DaftarStore         *self,
                                     const DaftarGoals    *goals,
                                     const char           *home_currency,
                                     DaftarCalendar        calendar,
                                     const char           *locale,
                                     const GDate          *today,
                                     const DaftarFeeRules *rules,
                                     DaftarGoalsProgress  *out,
                                     GError              **error);

G_END_DECLS
