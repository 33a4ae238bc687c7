/* daftar-earnings-rules.h — where the figures come from: the exchange rates and fee rules a report used
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-earnings.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_EARNINGS_RULES (daftar_earnings_rules_get_type ())

G_DECLARE_FINAL_TYPE (DaftarEarningsRules, daftar_earnings_rules, DAFTAR, EARNINGS_RULES, AdwBin)

void daftar_earnings_rules_show (DaftarEarningsRules        *self,
                                 DaftarFormat               *format,
                                 const DaftarEarningsInput  *input,
                                 const DaftarEarningsReport *report);

G_END_DECLS
