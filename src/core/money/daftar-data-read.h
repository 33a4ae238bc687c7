/* daftar-data-read.h — members the fee rules and the market dataset both carry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the two readers of data/market/README.md's format only: the short names at
 * the end set %DAFTAR_DATA_ERROR_INVALID errors (daftar-data-error.h).  Every message
 * names the member at fault as its “%s”.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "daftar-data-error.h"
#include "daftar-fee-rules.h"
#include "daftar-json-read.h"

G_BEGIN_DECLS

#define DAFTAR_DATA_ID_MAX_CHARS     64
#define DAFTAR_DATA_TEXT_MAX_CHARS   300
#define DAFTAR_DATA_NOTE_MAX_CHARS   2000
#define DAFTAR_DATA_URL_MAX_CHARS    2000

JsonNode   *daftar_data_get_node       (JsonObject        *object,
                                        const char        *member,
                                        GType              type,
                                        GError           **error,
                                        const char        *format,
                                        ...) G_GNUC_PRINTF (5, 6);
const char *daftar_data_get_slug       (JsonObject        *object,
                                        const char        *member,
                                        guint              max_chars,
                                        GError           **error,
                                        const char        *format,
                                        ...) G_GNUC_PRINTF (5, 6);
gboolean    daftar_data_get_currency   (JsonObject        *object,
                                        const char        *member,
                                        char               out[4],
                                        GError           **error);
gboolean    daftar_data_get_confidence (JsonObject        *object,
                                        DaftarConfidence  *out,
                                        GError           **error);
JsonObject *daftar_data_object_of      (JsonNode          *node);
JsonObject *daftar_data_get_entry      (JsonNode          *node,
                                        const char        *message,
                                        GError           **error);
void        daftar_data_prefix_entry   (GError           **error,
                                        GError            *entry_error,
                                        const char        *prefix,
                                        const char        *id);

#define set_invalid(error, member, message) \
  g_set_error ((error), DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, (message), (member))
#define get_member(object, member, required, error) \
  daftar_json_get_member ((object), (member), (required), \
                          DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, (error))
/* A string, or NULL (with no error) when it is optional and missing or null. */
#define get_string(object, member, required, error) \
  daftar_json_get_string ((object), (member), (required), \
                          DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, (error))
/* A required member holding an object (@type %JSON_TYPE_OBJECT) or a value of @type,
 * or NULL with @message. */
#define get_node(object, member, type, error, message) \
  daftar_data_get_node ((object), (member), (type), (error), (message), (member))
/* A required member holding an object, or NULL with @message. */
#define get_object(object, member, error, message) \
  daftar_data_object_of (get_node ((object), (member), JSON_TYPE_OBJECT, (error), (message)))
/* A required string that is an id (daftar_json_is_slug()), or NULL with @message. */
#define get_slug(object, member, max_chars, error, message) \
  daftar_data_get_slug ((object), (member), (max_chars), (error), (message), (member))
/* An entry of a list, which must be an object, or NULL with @message. */
#define get_entry(node, error, message) \
  daftar_data_get_entry ((node), (message), (error))
#define get_currency(object, member, out, error) \
  daftar_data_get_currency ((object), (member), (out), (error))
#define get_confidence(object, out, error) \
  daftar_data_get_confidence ((object), (out), (error))

G_END_DECLS
