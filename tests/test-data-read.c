/* test-data-read.c — tests for daftar-data-read, the members fee rules and the market
 * dataset share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-data-read"

#include <glib.h>

#include "daftar-data-read.h"

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* An object, or a value of one type; else the caller's message, a data file error. */
static void
test_data_get_node (void)
{
  g_autoptr(JsonObject) object =
    parse_object ("{ \"source\": { \"url\": null }, \"verified\": true, \"rate_ppm\": 5, "
                  "\"text\": \"5\", \"none\": null }");
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  node = get_node (object, "source", JSON_TYPE_OBJECT, &error, "“%s” must be an object.");
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  node = get_node (object, "verified", G_TYPE_BOOLEAN, &error, "“%s” must be true or false.");
  g_assert_no_error (error);
  g_assert_true (json_node_get_boolean (node));
  node = get_node (object, "rate_ppm", G_TYPE_INT64, &error, "“%s” must be whole.");
  g_assert_no_error (error);
  g_assert_cmpint (json_node_get_int (node), ==, 5);

  g_assert_null (get_node (object, "text", G_TYPE_INT64, &error, "“%s” must be whole (100%%)."));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“text” must be whole (100%).");
  g_clear_error (&error);

  g_assert_null (get_node (object, "verified", JSON_TYPE_OBJECT, &error, "“%s” must be an object."));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“verified” must be an object.");
  g_clear_error (&error);

  g_assert_null (get_node (object, "none", G_TYPE_BOOLEAN, &error, "“%s” must be true or false."));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“none” must be true or false.");
  g_clear_error (&error);

  g_assert_null (get_node (object, "missing", G_TYPE_BOOLEAN, &error, "“%s” must be true or false."));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“missing” is missing.");
}

static void
test_data_get_currency (void)
{
  g_autoptr(JsonObject) object =
    parse_object ("{ \"currency\": \"EUR\", \"lower\": \"eur\", \"number\": 978 }");
  g_autoptr(GError) error = NULL;
  char currency[4] = "XYZ";

  g_assert_true (get_currency (object, "currency", currency, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (currency, ==, "EUR");

  g_assert_false (get_currency (object, "lower", currency, &error));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“lower” must be an ISO 4217 currency code in capitals, like USD.");
  g_clear_error (&error);

  g_assert_false (get_currency (object, "number", currency, &error));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“number” must be a string.");
  g_assert_cmpstr (currency, ==, "EUR");
}

static void
test_data_get_confidence (void)
{
  g_autoptr(JsonObject) good = parse_object ("{ \"confidence\": \"medium-high\" }");
  g_autoptr(JsonObject) bad = parse_object ("{ \"confidence\": \"Medium\" }");
  g_autoptr(JsonObject) none = parse_object ("{ }");
  g_autoptr(GError) error = NULL;
  DaftarConfidence confidence = DAFTAR_CONFIDENCE_LOW;

  g_assert_true (get_confidence (good, &confidence, &error));
  g_assert_no_error (error);
  g_assert_cmpint (confidence, ==, DAFTAR_CONFIDENCE_MEDIUM_HIGH);

  g_assert_false (get_confidence (bad, &confidence, &error));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "“confidence” must be one of “low”, “medium-low”, “medium”, “medium-high” and “high”.");
  g_clear_error (&error);

  g_assert_false (get_confidence (none, &confidence, &error));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“confidence” is missing.");
  g_assert_cmpint (confidence, ==, DAFTAR_CONFIDENCE_MEDIUM_HIGH);
}

/* A required member holding an object: its members, else the caller's message. */
static void
test_data_get_object (void)
{
  g_autoptr(JsonObject) object =
    parse_object ("{ \"source\": { \"url\": null }, \"list\": [], \"none\": null }");
  g_autoptr(GError) error = NULL;
  JsonObject *source;

  source = get_object (object, "source", &error, "“%s” must be an object.");
  g_assert_no_error (error);
  g_assert_true (json_object_has_member (source, "url"));

  g_assert_null (get_object (object, "list", &error, "“%s” must be an object."));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“list” must be an object.");
  g_clear_error (&error);

  g_assert_null (get_object (object, "none", &error, "“%s” must be an object."));
  g_assert_cmpstr (error->message, ==, "“none” must be an object.");
  g_clear_error (&error);

  g_assert_null (get_object (object, "missing", &error, "“%s” must be an object."));
  g_assert_cmpstr (error->message, ==, "“missing” is missing.");
  g_clear_error (&error);

  g_assert_null (daftar_data_object_of (NULL));
}

/* A required id: lower-case letters, digits, '-' and '.', at most so long; else the
 * caller's message, or the string getter's when it is no string. */
static void
test_data_get_slug (void)
{
  g_autoptr(JsonObject) object =
    parse_object ("{ \"id\": \"upwork-2023.flat\", \"upper\": \"Upwork\", \"long\": \"abcdef\", "
                  "\"dash\": \"-a\", \"number\": 5 }");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (get_slug (object, "id", 64, &error, "“%s” must be an id."), ==, "upwork-2023.flat");
  g_assert_no_error (error);
  g_assert_cmpstr (get_slug (object, "long", 6, &error, "“%s” must be an id."), ==, "abcdef");
  g_assert_no_error (error);

  g_assert_null (get_slug (object, "long", 5, &error, "“%s” must be an id of at most 5."));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“long” must be an id of at most 5.");
  g_clear_error (&error);

  g_assert_null (get_slug (object, "upper", 64, &error, "“%s” must be an id."));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“upper” must be an id.");
  g_clear_error (&error);

  g_assert_null (get_slug (object, "dash", 64, &error, "“%s” must be an id."));
  g_assert_cmpstr (error->message, ==, "“dash” must be an id.");
  g_clear_error (&error);

  g_assert_null (get_slug (object, "number", 64, &error, "“%s” must be an id."));
  g_assert_cmpstr (error->message, ==, "“number” must be a string.");
  g_clear_error (&error);

  g_assert_null (get_slug (object, "missing", 64, &error, "“%s” must be an id."));
  g_assert_cmpstr (error->message, ==, "“missing” is missing.");
}

/* An entry of a list is an object; anything else is the caller's message. */
static void
test_data_get_entry (void)
{
  g_autoptr(JsonObject) object = parse_object ("{ \"list\": [ { \"id\": \"a\" }, [], null, 5 ] }");
  JsonArray *list = json_object_get_array_member (object, "list");
  g_autoptr(GError) error = NULL;
  JsonObject *entry;

  entry = get_entry (json_array_get_element (list, 0), &error, "Each entry must be an object.");
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_cmpstr (json_object_get_string_member (entry, "id"), ==, "a");

  for (guint i = 1; i < json_array_get_length (list); i++)
    {
      g_assert_null (get_entry (json_array_get_element (list, i), &error, "Each entry must be an object."));
      g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, "Each entry must be an object.");
      g_clear_error (&error);
    }
}

/* An entry's error names the entry by its id, isolated, or “?” before it is read. */
static void
test_data_prefix_entry (void)
{
  GError *entry_error = g_error_new_literal (DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, "“low” is wrong.");
  g_autoptr(GError) error = NULL;

  daftar_data_prefix_entry (&error, entry_error, "Band “%s”: ", "e12-\u202Erange");
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Band “\u2068e12-range\u2069”: “low” is wrong.");
  g_clear_error (&error);

  entry_error = g_error_new_literal (DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, "“id” is missing.");
  daftar_data_prefix_entry (&error, entry_error, "Band “%s”: ", NULL);
  g_assert_cmpstr (error->message, ==, "Band “\u2068?\u2069”: “id” is missing.");
  g_clear_error (&error);

  /* Nowhere to put it: freed, as g_propagate_error() does */
  entry_error = g_error_new_literal (DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID, "“id” is missing.");
  daftar_data_prefix_entry (NULL, entry_error, "Band “%s”: ", "a");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data-read/get-node", test_data_get_node);
  g_test_add_func ("/data-read/get-currency", test_data_get_currency);
  g_test_add_func ("/data-read/get-confidence", test_data_get_confidence);
  g_test_add_func ("/data-read/get-object", test_data_get_object);
  g_test_add_func ("/data-read/get-slug", test_data_get_slug);
  g_test_add_func ("/data-read/get-entry", test_data_get_entry);
  g_test_add_func ("/data-read/prefix-entry", test_data_prefix_entry);

  return g_test_run ();
}
