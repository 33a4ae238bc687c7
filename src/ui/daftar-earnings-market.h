/* daftar-earnings-market.h — the effective rates against reported market rates, and the market data in use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-earnings.h"
#include "daftar-market-compare.h"
#include "daftar-store-market.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_EARNINGS_MARKET (daftar_earnings_market_get_type ())

G_DECLARE_FINAL_TYPE (DaftarEarningsMarket, daftar_earnings_market, DAFTAR, EARNINGS_MARKET, AdwBin)

void daftar_earnings_market_show      (DaftarEarningsMarket    *self,
                                       DaftarFormat            *format,
                                       const DaftarMarket      *market,
                                       const DaftarComparison  *comparison,
                                       const GError            *error);
void daftar_earnings_market_show_feed (DaftarEarningsMarket    *self,
                                       DaftarFormat            *format,
                                       const DaftarMarketState *state,
                                       gboolean                 has_url,
                                       gboolean                 busy);

void     daftar_earnings_market_reveal_in_steps (DaftarEarningsMarket *self);
gboolean daftar_earnings_market_is_revealing    (DaftarEarningsMarket *self);

G_END_DECLS
