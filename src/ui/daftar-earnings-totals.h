/* daftar-earnings-totals.h — the period's net, hours and costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-earnings.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_EARNINGS_TOTALS (daftar_earnings_totals_get_type ())

G_DECLARE_FINAL_TYPE (DaftarEarningsTotals, daftar_earnings_totals, DAFTAR, EARNINGS_TOTALS, AdwBin)

void daftar_earnings_totals_show (DaftarEarningsTotals     *self,
                                  DaftarFormat             *format,
                                  const DaftarEarningsLine *totals,
                                  const char               *currency);
void daftar_earnings_totals_show_fees_charged (DaftarEarningsTotals       *self,
                                               DaftarFormat               *format,
                                               const DaftarEarningsReport *report);

G_END_DECLS
