/* daftar-json-read.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the fee-rule and market-data readers share: the error domain and code
 * are the caller's, the messages name the field at fault.
 */
#define G_LOG_DOMAIN "daftar-json-read"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-json-read.h"
#include "daftar-json-strict.h"

/**
 * daftar_json_is_slug:
 *
 * Returns: whether @text is an id: lower-case ASCII letters, digits, '-' and
 *   '.', starting with a letter or digit, at most @max_chars long
 */
gboolean
daftar_json_is_slug (const char *text,
                     guint       max_chars)
{
  gsize len = strlen (text);

  if (len == 0 || len > max_chars || !g_ascii_isalnum (text[0]))
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-' || *p == '.'))
      return FALSE;

  return TRUE;
}

/* The byte order mark RFC 8259 lets a reader ignore, as Windows editors write it. */
#define BOM "\xEF\xBB\xBF"

/**
 * daftar_json_load:
 * @parser: a parser
 * @bytes: a document, as it came
 * @format: (nullable): the digits of an error's line and column; %NULL for Latin
 * @error: return location for an error
 *
 * Parses @bytes, which must be one RFC 8259 JSON text, nested at most
 * DAFTAR_JSON_MAX_DEPTH deep, with nothing json-glib reads beyond JSON
 * (daftar_json_check_strict()).  A leading byte order mark is skipped.  Every
 * JSON text Daftar reads comes through here: json-glib never sees one first.
 *
 * Returns: %TRUE when @parser holds the document; else %FALSE with @error set
 */
gboolean
daftar_json_load (JsonParser    *parser,
                  GBytes        *bytes,
                  DaftarFormat  *format,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (size >= strlen (BOM) && memcmp (data, BOM, strlen (BOM)) == 0)
    {
      data += strlen (BOM);
      size -= strlen (BOM);
    }

  if (size > G_MAXSSIZE)
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA, "");
      return FALSE;
    }
  if (!daftar_json_check_strict (data, size, format, error))
    return FALSE;

  /* Not expected once the check passed; json-glib may quote the text. */
  if (!json_parser_load_from_data (parser, data, (gssize) size, &local_error))
    {
      g_autofree char *message = g_utf8_make_valid (local_error->message, -1);

      g_set_error_literal (error, local_error->domain, local_error->code, message);
      return FALSE;
    }

  return TRUE;
}

/**
 * daftar_json_get_member:
 *
 * Returns: (transfer none) (nullable): the member, or %NULL, with an error
 *   when it is @required
 */
JsonNode *
daftar_json_get_member (JsonObject  *object,
                        const char  *member,
                        gboolean     required,
                        GQuark       domain,
                        int          code,
                        GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && required)
    g_set_error (error, domain, code,
                 /* Translators: %s is a field of the data file, like “rate_ppm”. */
                 _("“%s” is missing."), member);

  return node;
}

/**
 * daftar_json_get_string:
 *
 * Returns: (transfer none) (nullable): the string; %NULL with no error when it
 *   is optional and missing or null, %NULL with an error otherwise
 */
const char *
daftar_json_get_string (JsonObject  *object,
                        const char  *member,
                        gboolean     required,
                        GQuark       domain,
                        int          code,
                        GError     **error)
{
  JsonNode *node = daftar_json_get_member (object, member, required, domain, code, error);

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, domain, code,
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be a string."), member);
      return NULL;
    }

  return json_node_get_string (node);
}
