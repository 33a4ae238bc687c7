/* daftar-json-read.h — reading fields of the data files, with errors that name them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "daftar-format.h"

G_BEGIN_DECLS

gboolean    daftar_json_load        (JsonParser  *parser,
                                     GBytes      *bytes,
                                     DaftarFormat *format,
                                     GError     **error);
gboolean    daftar_json_is_slug     (const char  *text,
                                     guint        max_chars);
JsonNode   *daftar_json_get_member  (JsonObject  *object,
                                     const char  *member,
                                     gboolean     required,
                                     GQuark       domain,
                                     int          code,
                                     GError     **error);
const char *daftar_json_get_string  (JsonObject  *object,
                                     const char  *member,
                                     gboolean     required,
                                     GQuark       domain,
                                     int          code,
                                     GError     **error);

G_END_DECLS
