/* daftar-earnings-chart.h — net over time, by day, week or month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-earnings.h"
#include "daftar-earnings-series.h"
#include "daftar-bar-chart.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_EARNINGS_CHART (daftar_earnings_chart_get_type ())

G_DECLARE_FINAL_TYPE (DaftarEarningsChart, daftar_earnings_chart, DAFTAR, EARNINGS_CHART, AdwBin)

/* More bars than this would be thinner than a pixel on most screens. */
#define DAFTAR_EARNINGS_CHART_MAX_BARS 400

void            daftar_earnings_chart_show      (DaftarEarningsChart        *self,
                                                 const DaftarEarningsSeries *series);
DaftarBarChart *daftar_earnings_chart_get_chart (DaftarEarningsChart       *self);

G_END_DECLS
