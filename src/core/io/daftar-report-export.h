/* daftar-report-export.h — an earnings report as JSON or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "daftar-earnings.h"

G_BEGIN_DECLS

JsonNode *daftar_report_to_json (const DaftarEarningsReport *report,
                                 const char                 *period_key);
GBytes   *daftar_report_to_csv  (const DaftarEarningsReport *report);

G_END_DECLS
