/* daftar-earnings-breakdown.h — the report line by line, and with and without AI tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-earnings.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_EARNINGS_BREAKDOWN (daftar_earnings_breakdown_get_type ())

G_DECLARE_FINAL_TYPE (DaftarEarningsBreakdown, daftar_earnings_breakdown, DAFTAR, EARNINGS_BREAKDOWN, AdwBin)

void daftar_earnings_breakdown_show (DaftarEarningsBreakdown    *self,
                                     DaftarFormat               *format,
                                     const DaftarEarningsReport *report,
                                     const DaftarEarningsReport *ai_report);

void     daftar_earnings_breakdown_reveal_in_steps (DaftarEarningsBreakdown *self);
gboolean daftar_earnings_breakdown_is_revealing    (DaftarEarningsBreakdown *self);

G_END_DECLS
