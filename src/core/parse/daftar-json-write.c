/* daftar-json-write.c — one member at a time, for every JSON writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Here, below money and the ledger, so that the fee rules write themselves with the
 * same calls as the ledger's records (daftar-json.h) do.
 */
#define G_LOG_DOMAIN "daftar-json"

#include "config.h"

#include "daftar-json-write.h"

/**
 * daftar_json_add_string:
 *
 * Adds @value, or null when it is %NULL.
 */
void
daftar_json_add_string (JsonBuilder *builder,
                        const char  *member,
                        const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Adds @value as it is, "" for an empty string. */
void
daftar_json_add_text (JsonBuilder *builder,
                      const char  *member,
                      const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

void
daftar_json_add_int (JsonBuilder *builder,
                     const char  *member,
                     gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

void
daftar_json_add_boolean (JsonBuilder *builder,
                         const char  *member,
                         gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

void
daftar_json_add_null (JsonBuilder *builder,
                      const char  *member)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_null_value (builder);
}

/**
 * daftar_json_add_source:
 * @title: (nullable): the headline, if the source has one
 * @url: (nullable): where it is, if it is online
 *
 * Adds "source", where a market band, a claim or a fee rule cites it:
 * `{ "publisher": …, "title": …, "url": … }`, null for what it has not.
 */
void
daftar_json_add_source (JsonBuilder *builder,
                        const char  *publisher,
                        const char  *title,
                        const char  *url)
{
  json_builder_set_member_name (builder, "source");
  json_builder_begin_object (builder);
  daftar_json_add_string (builder, "publisher", publisher);
  daftar_json_add_string (builder, "title", title);
  daftar_json_add_string (builder, "url", url);
  json_builder_end_object (builder);
}
