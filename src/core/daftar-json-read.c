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

/* json-glib parses (and frees) nested arrays and objects by recursion, with no
 * limit: a feed of a million “[” overflows the stack.  The data files nest six
 * deep; anything past MAX_DEPTH is refused before json-glib sees it. */
#define MAX_DEPTH 64

static gboolean
nesting_is_shallow (const char *data,
                    gsize       size)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < size; i++)
    {
      if (in_string)
        {
          if (data[i] == '\\')
            i++;
          else if (data[i] == '"')
            in_string = FALSE;
        }
      else if (data[i] == '"')
        in_string = TRUE;
      else if (data[i] == '[' || data[i] == '{')
        {
          if (++depth > MAX_DEPTH)
            return FALSE;
        }
      else if ((data[i] == ']' || data[i] == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/**
 * daftar_json_load:
 * @parser: a parser
 * @bytes: a document, as it came
 * @error: return location for an error
 *
 * Parses @bytes, which must be non-empty UTF-8, nested at most MAX_DEPTH deep.
 * json-glib quotes the offending token in its messages, and a string with a lone
 * surrogate escape (\ud800) decodes to bytes that are not UTF-8: the message is
 * made valid before it can reach a label or a terminal.
 *
 * Returns: %TRUE when @parser holds the document; else %FALSE with @error set
 *   (its message may be empty)
 */
gboolean
daftar_json_load (JsonParser  *parser,
                  GBytes      *bytes,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (data == NULL || size == 0 || size > G_MAXSSIZE || !g_utf8_validate_len (data, size, NULL) ||
      !nesting_is_shallow (data, size))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA, "");
      return FALSE;
    }

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
