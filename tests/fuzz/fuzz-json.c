/* fuzz-json.c — libFuzzer target for the strict JSON check and the loaders behind it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Raw bytes in, as a feed or a file would hold them.  The check either refuses
 * them with a readable message, or accepts them, and then json-glib must read
 * them too, into a tree no deeper than the limit whose strings are all UTF-8:
 * whatever the check lets through is JSON as json-glib reads it, and safe to
 * recurse into.  The fee-rule loader, which has no target of its own, runs on
 * the same bytes.
 */
#define G_LOG_DOMAIN "fuzz-json"

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include <json-glib/json-glib.h>

#include "daftar-fee-rules.h"
#include "daftar-json-read.h"
#include "daftar-json-strict.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Depth counts containers, as the check does: a scalar at the top is 0. */
static guint
check_node (JsonNode *node)
{
  guint deepest = 0;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          guint depth = check_node (json_array_get_element (array, i));

          deepest = MAX (deepest, depth);
        }
      return deepest + 1;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        {
          guint depth = check_node (member);

          g_assert_true (g_utf8_validate (name, -1, NULL));
          deepest = MAX (deepest, depth);
        }
      return deepest + 1;
    }

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_assert_true (g_utf8_validate (json_node_get_string (node), -1, NULL));
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) rules_error = NULL;
  g_autoptr(DaftarFeeRules) rules = NULL;

  if (daftar_json_check_strict ((const char *) data, size, NULL, &error))
    {
      g_autoptr(JsonParser) direct = json_parser_new_immutable ();
      g_autoptr(GError) direct_error = NULL;

      g_assert_no_error (error);
      g_assert_true (json_parser_load_from_data (direct, (const char *) data, (gssize) size, &direct_error));
      g_assert_no_error (direct_error);
      g_assert_cmpuint (check_node (json_parser_get_root (direct)), <=, DAFTAR_JSON_MAX_DEPTH);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == DAFTAR_JSON_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
  g_clear_error (&error);

  /* The loader: the same verdict, a leading byte order mark aside */
  if (daftar_json_load (parser, bytes, NULL, &error))
    g_assert_nonnull (json_parser_get_root (parser));
  else
    g_assert_true (g_utf8_validate (error->message, -1, NULL));

  rules = daftar_fee_rules_load_bytes (bytes, NULL, &rules_error);
  if (rules == NULL)
    {
      g_assert_nonnull (rules_error);
      g_assert_true (g_utf8_validate (rules_error->message, -1, NULL));
    }

  return 0;
}
