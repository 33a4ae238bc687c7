/* daftar-data-read.c — members the fee rules and the market dataset both carry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each sets a %DAFTAR_DATA_ERROR_INVALID error (daftar-data-error.h), in the
 * caller's words where it takes a message.
 */
#define G_LOG_DOMAIN "daftar-data-read"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-data-read.h"
#include "daftar-text.h"

G_DEFINE_QUARK (daftar-data-error-quark, daftar_data_error)

/* Sets @error to the message @format makes with @args, a member at fault. */
static void G_GNUC_PRINTF (2, 0)
set_error_va (GError     **error,
              const char  *format,
              va_list      args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_set_error_literal (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, message);
}

/**
 * daftar_data_get_node:
 * @type: what @member must hold: %JSON_TYPE_OBJECT, or a value's type, like
 *   %G_TYPE_INT64 or %G_TYPE_BOOLEAN
 * @format: the message when @member holds something else, with @member as its argument
 *
 * Returns: (transfer none) (nullable): the node at @member, or %NULL with @error set
 *   when it is missing or holds no @type
 */
JsonNode *
daftar_data_get_node (JsonObject  *object,
                      const char  *member,
                      GType        type,
                      GError     **error,
                      const char  *format,
                      ...)
{
  JsonNode *node = daftar_json_get_member (object, member, TRUE, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, error);
  va_list args;

  if (node == NULL || json_node_get_value_type (node) == type)
    return node;

  va_start (args, format);
  set_error_va (error, format, args);
  va_end (args);
  return NULL;
}

/**
 * daftar_data_get_slug:
 * @max_chars: the most characters the id may have
 * @format: the message when @member is a string but no id, with @member as its argument
 *
 * Returns: (transfer none) (nullable): the id at @member: lower-case ASCII letters,
 *   digits, '-' and '.' (daftar_json_is_slug()); or %NULL with @error set
 */
const char *
daftar_data_get_slug (JsonObject  *object,
                      const char  *member,
                      guint        max_chars,
                      GError     **error,
                      const char  *format,
                      ...)
{
  const char *slug = daftar_json_get_string (object, member, TRUE, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, error);
  va_list args;

  if (slug == NULL || daftar_json_is_slug (slug, max_chars))
    return slug;

  va_start (args, format);
  set_error_va (error, format, args);
  va_end (args);
  return NULL;
}

/**
 * daftar_data_get_currency:
 * @out: (out caller-allocates): the code, written only on success
 *
 * Returns: %TRUE when @member is an ISO 4217 code in capitals, like USD
 */
gboolean
daftar_data_get_currency (JsonObject  *object,
                          const char  *member,
                          char         out[4],
                          GError     **error)
{
  const char *currency = daftar_json_get_string (object, member, TRUE, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, error);

  if (currency == NULL)
    return FALSE;

  if (!daftar_currency_is_valid (currency))
    {
      g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID,
                   /* Translators: %s is a field of the data file, like “currency”. */
                   _("“%s” must be an ISO 4217 currency code in capitals, like USD."), member);
      return FALSE;
    }

  memcpy (out, currency, 4);
  return TRUE;
}

/**
 * daftar_data_get_confidence:
 * @out: (out): how far the source is to be trusted, written only on success
 *
 * Returns: %TRUE when “confidence” is one of its keys
 */
gboolean
daftar_data_get_confidence (JsonObject        *object,
                            DaftarConfidence  *out,
                            GError           **error)
{
  const char *key = daftar_json_get_string (object, "confidence", TRUE, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, error);

  if (key == NULL)
    return FALSE;

  if (!daftar_confidence_from_key (key, out))
    {
      g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID,
                   /* Translators: %s is a field of the data file, “confidence”. Keep the keys. */
                   _("“%s” must be one of “low”, “medium-low”, “medium”, “medium-high” and “high”."),
                   "confidence");
      return FALSE;
    }

  return TRUE;
}

/**
 * daftar_data_object_of:
 * @node: (nullable): a node holding an object, as daftar_data_get_node() returns it
 *
 * Returns: (transfer none) (nullable): the object @node holds; %NULL for %NULL
 */
JsonObject *
daftar_data_object_of (JsonNode *node)
{
  return node != NULL ? json_node_get_object (node) : NULL;
}

/**
 * daftar_data_get_entry:
 * @node: an entry of one of the file's lists
 * @message: the message when @node is no object
 *
 * Returns: (transfer none) (nullable): the entry's members, or %NULL with @error set
 */
JsonObject *
daftar_data_get_entry (JsonNode    *node,
                       const char  *message,
                       GError     **error)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  g_set_error_literal (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, message);
  return NULL;
}

/**
 * daftar_data_prefix_entry:
 * @error: where the entry's error goes
 * @entry_error: (transfer full): what is wrong with the entry
 * @prefix: a translated prefix with one %s, for the entry's id: “Claim “%s”: ”
 * @id: (nullable): the entry's id, if it was read; “?” if not
 *
 * Moves @entry_error to @error behind @prefix, which names the entry by its id in
 * an isolate: the id comes from the file and may be in any script.
 */
void
daftar_data_prefix_entry (GError     **error,
                          GError      *entry_error,
                          const char  *prefix,
                          const char  *id)
{
  g_autofree char *shown = daftar_text_isolate (id != NULL ? id : "?");

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_propagate_prefixed_error (error, entry_error, prefix, shown);
#pragma GCC diagnostic pop
}
