/* daftar-earnings-page.h — the Earnings page: net, hours, effective vs nominal rate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-bar-chart.h"
#include "daftar-context.h"
#include "daftar-earnings.h"
#include "daftar-period.h"
#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_EARNINGS_PAGE (daftar_earnings_page_get_type ())

G_DECLARE_FINAL_TYPE (DaftarEarningsPage, daftar_earnings_page, DAFTAR, EARNINGS_PAGE, GtkWidget)

GtkWidget        *daftar_earnings_page_new          (DaftarContext      *context);
void              daftar_earnings_page_reload       (DaftarEarningsPage *self);
gboolean          daftar_earnings_page_set_period   (DaftarEarningsPage *self,
                                                     DaftarPeriodKind    period);
DaftarPeriodKind  daftar_earnings_page_get_period   (DaftarEarningsPage *self);
gboolean          daftar_earnings_page_set_group_by (DaftarEarningsPage *self,
                                                     DaftarEarningsBy    by);
DaftarEarningsBy  daftar_earnings_page_get_group_by (DaftarEarningsPage *self);
gboolean          daftar_earnings_page_set_basis    (DaftarEarningsPage *self,
                                                     DaftarEarningsBasis basis);
DaftarEarningsBasis daftar_earnings_page_get_basis  (DaftarEarningsPage *self);
const char       *daftar_earnings_page_get_state    (DaftarEarningsPage *self);
gboolean          daftar_earnings_page_is_loading   (DaftarEarningsPage *self);
DaftarBarChart   *daftar_earnings_page_get_chart    (DaftarEarningsPage *self);

G_END_DECLS
