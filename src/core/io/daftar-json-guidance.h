/* daftar-json-guidance.h — guidance cards as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "daftar-guidance.h"

G_BEGIN_DECLS

JsonNode       *daftar_guidance_card_to_json  (const DaftarGuidanceCard  *card,
                                               const char                *currency);

G_END_DECLS
