/* daftar-json-market.h — the market dataset's bands and claims as JSON, in its own format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "daftar-market.h"

G_BEGIN_DECLS

JsonNode *daftar_rate_band_to_json    (const DaftarRateBand    *band);
JsonNode *daftar_market_claim_to_json (const DaftarMarketClaim *claim);

G_END_DECLS
