/* daftar-json-write.h — one member at a time, for every JSON writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

void      daftar_json_add_string  (JsonBuilder *builder,
                                   const char  *member,
                                   const char  *value);
void      daftar_json_add_text    (JsonBuilder *builder,
                                   const char  *member,
                                   const char  *value);
void      daftar_json_add_int     (JsonBuilder *builder,
                                   const char  *member,
                                   gint64       value);
void      daftar_json_add_boolean (JsonBuilder *builder,
                                   const char  *member,
                                   gboolean     value);
void      daftar_json_add_null    (JsonBuilder *builder,
                                   const char  *member);
void      daftar_json_add_source  (JsonBuilder *builder,
                                   const char  *publisher,
                                   const char  *title,
                                   const char  *url);

G_END_DECLS
