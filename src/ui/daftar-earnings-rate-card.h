/* daftar-earnings-rate-card.h — what an hour is really worth: the effective and nominal rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-earnings.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_EARNINGS_RATE_CARD (daftar_earnings_rate_card_get_type ())

G_DECLARE_FINAL_TYPE (DaftarEarningsRateCard, daftar_earnings_rate_card, DAFTAR, EARNINGS_RATE_CARD, AdwBin)

void daftar_earnings_rate_card_show (DaftarEarningsRateCard   *self,
                                     DaftarFormat             *format,
                                     const DaftarEarningsLine *totals,
                                     const char               *currency);

G_END_DECLS
