/* test-json.c — the strict JSON check every text passes before json-glib reads it,
 * and the members the JSON writers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib reads comments, single quotes and bare words, and recurses once per
 * level of nesting: a check that reads another language can be fooled into
 * letting a million “[” through.  Each class of text json-glib would read
 * differently is refused here with its own code, a line and a column; the
 * loaders (market data, fee rules) refuse them the same way.
 */
#define G_LOG_DOMAIN "test-json"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "daftar-fee-rules.h"
#include "daftar-format.h"
#include "daftar-json.h"
#include "daftar-json-read.h"
#include "daftar-json-strict.h"
#include "daftar-market.h"
#include "daftar-test-util.h"

#define MILLION (1000 * 1000)

static void
assert_refused_len (const char      *text,
                    gsize            size,
                    DaftarJsonError  code,
                    const char      *where)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, size);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) load_error = NULL;

  if (daftar_json_check_strict (text, size, NULL, &error))
    g_error ("accepted: %.80s", text);
  g_assert_error (error, DAFTAR_JSON_ERROR, (int) code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (where != NULL && !g_str_has_prefix (error->message, where))
    g_error ("“%s” for %.80s, expected it to start “%s”", error->message, text, where);

  /* The loader refuses it the same way, before json-glib sees it. */
  g_assert_false (daftar_json_load (parser, bytes, NULL, &load_error));
  g_assert_error (load_error, DAFTAR_JSON_ERROR, (int) code);
  g_assert_null (json_parser_get_root (parser));
}

static void
assert_refused (const char      *text,
                DaftarJsonError  code,
                const char      *where)
{
  assert_refused_len (text, strlen (text), code, where);
}

static JsonNode *
assert_loads (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!daftar_json_check_strict (text, strlen (text), NULL, &error))
    g_error ("refused %.80s: %s", text, error->message);
  g_assert_true (daftar_json_load (parser, bytes, NULL, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static char *
nested (const char *open,
        const char *close,
        guint       depth,
        const char *inside)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, open);
  g_string_append (text, inside);
  for (guint i = 0; i < depth; i++)
    g_string_append (text, close);
  return g_string_free (text, FALSE);
}

static void
test_json_accepts (void)
{
  static const char * const texts[] = {
    "{}", "[]", " \t\r\n{ \"a\" : [ 1 , -0 , 0.5 , 1e3 , 1E+2 , -1.5e-3 ] } \n",
    "[true, false, null]", "\"top-level string\"", "42", "null",
    "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uFFFF\"]",
    "[\"/* not a comment */ // nor this 'nor this'\"]",
    "[\"" "\xd8\xaf\xd9\x81\xd8\xaa\xd8\xb1" "\"]",   /* دفتر */
    "[-9223372036854775808, 9223372036854775807, 1.7976931348623157e308]",
    "{\"\": {\"\": []}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    json_node_unref (assert_loads (texts[i]));

  /* A surrogate pair is one character. */
  {
    JsonNode *root = assert_loads ("[\"\\ud83d\\ude00\"]");

    g_assert_cmpstr (json_array_get_string_element (json_node_get_array (root), 0), ==, "\xf0\x9f\x98\x80");
    json_node_unref (root);
  }
}

/* The attacks on the old scan: a quote inside a comment or a single-quoted
 * string made it think the brackets after it were text. */
static void
test_json_hidden_brackets (void)
{
  static const char * const prefixes[] = {
    "{\"schema\": 1, \"x\": /* \" */ ",
    "{\"schema\": 1, \"x\": // \"\n ",
    "{\"schema\": 1, 'x\"': ",
    "{\"schema\": 1, \"x\": '\"', \"y\": ",
  };
  static const DaftarJsonError codes[] = {
    DAFTAR_JSON_ERROR_COMMENT, DAFTAR_JSON_ERROR_COMMENT,
    DAFTAR_JSON_ERROR_SINGLE_QUOTE, DAFTAR_JSON_ERROR_SINGLE_QUOTE,
  };
  static const char * const wheres[] = {
    "Line 1, column 20:", "Line 1, column 20:", "Line 1, column 15:", "Line 1, column 20:",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *brackets = nested ("[", "]", MILLION, "");
      g_autofree char *text = g_strconcat (prefixes[i], brackets, "}", NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) market_error = NULL;
      g_autoptr(GError) rules_error = NULL;

      assert_refused (text, codes[i], wheres[i]);

      g_assert_null (daftar_market_load_bytes (bytes, NULL, &market_error));
      g_assert_error (market_error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED);
      g_assert_nonnull (strstr (market_error->message, wheres[i]));
      g_assert_null (daftar_fee_rules_load_bytes (bytes, NULL, &rules_error));
      g_assert_error (rules_error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED);
    }
}

static void
test_json_depth (void)
{
  /* A million “[” alone, and a million “{"a":” */
  {
    g_autofree char *text = g_strnfill (MILLION, '[');

    assert_refused (text, DAFTAR_JSON_ERROR_DEPTH, "Line 1, column 65:");
  }
  {
    GString *text = g_string_new (NULL);

    for (guint i = 0; i < MILLION; i++)
      g_string_append (text, "{\"a\":");
    assert_refused (text->str, DAFTAR_JSON_ERROR_DEPTH, NULL);
    g_string_free (text, TRUE);
  }

  /* Exactly at the limit, in arrays and in objects: read; one more: refused. */
  {
    g_autofree char *at_limit = nested ("[", "]", DAFTAR_JSON_MAX_DEPTH, "1");
    g_autofree char *over = nested ("[", "]", DAFTAR_JSON_MAX_DEPTH + 1, "1");
    g_autofree char *objects_at_limit = nested ("{\"a\":", "}", DAFTAR_JSON_MAX_DEPTH, "1");
    g_autofree char *objects_over = nested ("{\"a\":", "}", DAFTAR_JSON_MAX_DEPTH + 1, "1");
    g_autofree char *empty_over = nested ("[", "]", DAFTAR_JSON_MAX_DEPTH + 1, "");

    json_node_unref (assert_loads (at_limit));
    json_node_unref (assert_loads (objects_at_limit));
    assert_refused (over, DAFTAR_JSON_ERROR_DEPTH, "Line 1, column 65: Arrays and objects nest more than 64 levels deep.");
    assert_refused (objects_over, DAFTAR_JSON_ERROR_DEPTH, NULL);
    assert_refused (empty_over, DAFTAR_JSON_ERROR_DEPTH, NULL);
  }

  /* Depth is nesting, not a count: a million siblings are fine. */
  {
    GString *text = g_string_new ("[");

    for (guint i = 0; i < 100 * 1000; i++)
      g_string_append (text, i ? ",[[]]" : "[[]]");
    g_string_append (text, "]");
    json_node_unref (assert_loads (text->str));
    g_string_free (text, TRUE);
  }
}

static void
test_json_strings (void)
{
  /* Lone surrogates: json-glib can't read them, or writes bytes that are not UTF-8. */
  assert_refused ("[\"\\ud800\"]", DAFTAR_JSON_ERROR_SURROGATE, "Line 1, column 3:");
  assert_refused ("[\"\\udc00\"]", DAFTAR_JSON_ERROR_SURROGATE, NULL);
  assert_refused ("[\"\\uDBFF\\u0041\"]", DAFTAR_JSON_ERROR_SURROGATE, NULL);
  assert_refused ("[\"\\ud800\\ud800\"]", DAFTAR_JSON_ERROR_SURROGATE, NULL);
  assert_refused ("[\"\\ude00\\ud83d\"]", DAFTAR_JSON_ERROR_SURROGATE, NULL);
  assert_refused ("[\"x\\ud800", DAFTAR_JSON_ERROR_SURROGATE, NULL);
  assert_refused ("{\"\\ud800\": 1}", DAFTAR_JSON_ERROR_SURROGATE, NULL);

  /* Escapes JSON doesn't have, and one a C string can't hold */
  assert_refused ("[\"\\x41\"]", DAFTAR_JSON_ERROR_ESCAPE, NULL);
  assert_refused ("[\"\\'\"]", DAFTAR_JSON_ERROR_ESCAPE, NULL);
  assert_refused ("[\"\\u12\"]", DAFTAR_JSON_ERROR_ESCAPE, NULL);
  assert_refused ("[\"\\u00g0\"]", DAFTAR_JSON_ERROR_ESCAPE, NULL);
  assert_refused ("[\"a\\u0000b\"]", DAFTAR_JSON_ERROR_ESCAPE, NULL);

  /* Control characters, raw */
  assert_refused ("[\"a\tb\"]", DAFTAR_JSON_ERROR_CONTROL, "Line 1, column 4:");
  assert_refused ("[\"a\nb\"]", DAFTAR_JSON_ERROR_CONTROL, NULL);
  assert_refused ("[\"\x1b[31m\"]", DAFTAR_JSON_ERROR_CONTROL, NULL);

  /* Unclosed */
  assert_refused ("[\"abc", DAFTAR_JSON_ERROR_END, NULL);
  assert_refused ("[\"abc\\", DAFTAR_JSON_ERROR_END, NULL);
}

static void
test_json_bytes (void)
{
  static const char with_nul[] = "{\"a\": 1,\0 \"b\": 2}";
  static const char nul_in_string[] = "[\"a\0b\"]";

  assert_refused_len (with_nul, sizeof with_nul - 1, DAFTAR_JSON_ERROR_NUL, "Line 1, column 9:");
  assert_refused_len (nul_in_string, sizeof nul_in_string - 1, DAFTAR_JSON_ERROR_NUL, NULL);
  assert_refused ("[\"ab\xff\"]", DAFTAR_JSON_ERROR_UTF8, "Line 1, column 5:");
  assert_refused ("[\"\xc0\xaf\"]", DAFTAR_JSON_ERROR_UTF8, NULL);           /* overlong “/” */
  assert_refused ("[\"\xed\xa0\x80\"]", DAFTAR_JSON_ERROR_UTF8, NULL);       /* a surrogate, encoded */
  assert_refused ("[\"\xe2\x82\"]", DAFTAR_JSON_ERROR_UTF8, NULL);           /* cut short */

  /* Lines and columns count characters, from 1 */
  assert_refused ("{\n  \"\xd8\xaf\xd9\x81\": 1,\n  \"b\": x\n}", DAFTAR_JSON_ERROR_BARE_WORD, "Line 3, column 8:");

  /* A byte order mark: skipped at the very start, as RFC 8259 allows; not elsewhere. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("\xef\xbb\xbf{\"a\": 1}", 11);
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;

    g_assert_true (daftar_json_load (parser, bytes, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  }
  assert_refused ("\xef\xbb\xbf\xef\xbb\xbf{}", DAFTAR_JSON_ERROR_UNEXPECTED, NULL);
  assert_refused ("{\"a\":\xef\xbb\xbf 1}", DAFTAR_JSON_ERROR_UNEXPECTED, NULL);
  assert_refused ("[1]\xef\xbb\xbf", DAFTAR_JSON_ERROR_TRAILING, NULL);
}

static void
test_json_grammar (void)
{
  static const struct { const char *text; DaftarJsonError code; } cases[] = {
    { "", DAFTAR_JSON_ERROR_EMPTY },
    { " \n\t ", DAFTAR_JSON_ERROR_EMPTY },
    { "[1,]", DAFTAR_JSON_ERROR_TRAILING_COMMA },
    { "{\"a\": 1,}", DAFTAR_JSON_ERROR_TRAILING_COMMA },
    { "[1,,2]", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "[,1]", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "{,}", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "[1] 2", DAFTAR_JSON_ERROR_TRAILING },
    { "{} {}", DAFTAR_JSON_ERROR_TRAILING },
    { "{\"schema\": 1}   x", DAFTAR_JSON_ERROR_TRAILING },
    { "[1]]", DAFTAR_JSON_ERROR_TRAILING },
    { "[1}", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "{\"a\" 1}", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "{\"a\": }", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "{a: 1}", DAFTAR_JSON_ERROR_BARE_WORD },
    { "{1: 1}", DAFTAR_JSON_ERROR_BARE_WORD },
    { "[tru]", DAFTAR_JSON_ERROR_BARE_WORD },
    { "[trueish]", DAFTAR_JSON_ERROR_BARE_WORD },
    { "[True]", DAFTAR_JSON_ERROR_BARE_WORD },
    { "[NaN]", DAFTAR_JSON_ERROR_BARE_WORD },
    { "[Infinity]", DAFTAR_JSON_ERROR_BARE_WORD },
    { "var a = [1];", DAFTAR_JSON_ERROR_BARE_WORD },
    { "['a']", DAFTAR_JSON_ERROR_SINGLE_QUOTE },
    { "[1] /* end */", DAFTAR_JSON_ERROR_COMMENT },
    { "[1] // end", DAFTAR_JSON_ERROR_COMMENT },
    { "[1] /", DAFTAR_JSON_ERROR_TRAILING },
    { "/* start */ [1]", DAFTAR_JSON_ERROR_COMMENT },
    { "[1, // x\n 2]", DAFTAR_JSON_ERROR_COMMENT },
    { "[1 /]", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "[0x10]", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "[01]", DAFTAR_JSON_ERROR_NUMBER },
    { "[-01]", DAFTAR_JSON_ERROR_NUMBER },
    { "[+1]", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "[.5]", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "[1.]", DAFTAR_JSON_ERROR_NUMBER },
    { "[1.e5]", DAFTAR_JSON_ERROR_NUMBER },
    { "[1e]", DAFTAR_JSON_ERROR_NUMBER },
    { "[1e+]", DAFTAR_JSON_ERROR_NUMBER },
    { "[-]", DAFTAR_JSON_ERROR_NUMBER },
    { "[- 1]", DAFTAR_JSON_ERROR_NUMBER },
    { "[9223372036854775808]", DAFTAR_JSON_ERROR_NUMBER },
    { "[-9223372036854775809]", DAFTAR_JSON_ERROR_NUMBER },
    { "[99999999999999999999]", DAFTAR_JSON_ERROR_NUMBER },
    { "[1e999]", DAFTAR_JSON_ERROR_NUMBER },
    { "[-1e999]", DAFTAR_JSON_ERROR_NUMBER },
    { "[1", DAFTAR_JSON_ERROR_END },
    { "{\"a\"", DAFTAR_JSON_ERROR_END },
    { "{\"a\":", DAFTAR_JSON_ERROR_END },
    { "[", DAFTAR_JSON_ERROR_END },
    { "]", DAFTAR_JSON_ERROR_UNEXPECTED },
    { "\xc2\xa0[]", DAFTAR_JSON_ERROR_UNEXPECTED },    /* no-break space is not white space */
    { "[1\f]", DAFTAR_JSON_ERROR_UNEXPECTED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      assert_refused (cases[i].text, cases[i].code, cases[i].code == DAFTAR_JSON_ERROR_EMPTY ? "It is empty." : "Line 1, column ");
    }
}

/* Where the trouble is, in the user's digits */
static void
test_json_digits (void)
{
  g_autoptr(DaftarFormat) persian = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(GError) error = NULL;
  const char text[] = "\n\n\n\n\n\n\n\n\n\n\n\n[1,\n 2,]";

  g_assert_false (daftar_json_check_strict (text, strlen (text), persian, &error));
  g_assert_error (error, DAFTAR_JSON_ERROR, DAFTAR_JSON_ERROR_TRAILING_COMMA);
  g_assert_true (g_str_has_prefix (error->message, "Line ۱۴, column ۴:"));
}

/* json-glib's own entry points for text appear in src/ only behind the check. */
static void
scan_sources (const char *dir,
              GPtrArray  *found)
{
  static const char * const doors[] = {
    "json_parser_load_from", "json_from_string", "json_gobject_from_data",
    "json_gvariant_deserialize_data", "json_parser_load_from_stream",
  };
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          scan_sources (path, found);
          continue;
        }
      if (!g_str_has_suffix (name, ".c") && !g_str_has_suffix (name, ".h"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      for (guint i = 0; i < G_N_ELEMENTS (doors); i++)
        if (strstr (text, doors[i]) != NULL)
          g_ptr_array_add (found, g_strdup_printf ("%s: %s", name, doors[i]));
    }
}

static void
test_json_one_door (void)
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "..", "src", NULL);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  scan_sources (src, found);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (found->pdata[0], ==, "daftar-json-read.c: json_parser_load_from");
}

/* Ends @b's object and gives it as compact JSON text. */
static char *
end_to_text (JsonBuilder *b)
{
  g_autoptr(JsonNode) root = NULL;

  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return daftar_json_to_text (root, FALSE);
}

/* The members every JSON writer shares: a number or null, a list of strings, and a
 * project's fee terms as the export and daftar-cli fee show --json write them. */
static void
test_json_members (void)
{
  const char *tools[] = { "Claude", "GPT" };
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  DaftarProjectFees fees = { .has_contract_ppm = TRUE, .contract_ppm = 100000,
                             .override_ppm = 5, .withdrawal_rule = NULL };
  DaftarProjectFees wire = { .has_override_ppm = TRUE, .override_ppm = 125000,
                             .withdrawal_rule = (char *) "upwork-withdraw-wire" };
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *text = NULL;

  g_ptr_array_add (list, (gpointer) tools[0]);
  g_ptr_array_add (list, (gpointer) tools[1]);

  json_builder_begin_object (b);
  daftar_json_add_int_or_null (b, "batch", TRUE, 7);
  daftar_json_add_int_or_null (b, "project_id", FALSE, 7);
  daftar_json_add_strings (b, "tools", list);
  json_builder_set_member_name (b, "fees");
  json_builder_begin_object (b);
  daftar_json_add_fee_terms (b, &fees);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "wire");
  json_builder_begin_object (b);
  daftar_json_add_fee_terms (b, &wire);
  json_builder_end_object (b);
  g_ptr_array_set_size (list, 0);
  daftar_json_add_strings (b, "none", list);
  daftar_json_add_source (b, "Upwork", NULL, "https://www.upwork.com/fees");
  text = end_to_text (b);

  g_assert_cmpstr (text, ==,
                   "{\"batch\":7,\"project_id\":null,\"tools\":[\"Claude\",\"GPT\"],"
                   "\"fees\":{\"contract_ppm\":100000,\"override_ppm\":null,\"withdrawal_rule\":null},"
                   "\"wire\":{\"contract_ppm\":null,\"override_ppm\":125000,"
                   "\"withdrawal_rule\":\"upwork-withdraw-wire\"},"
                   "\"none\":[],"
                   "\"source\":{\"publisher\":\"Upwork\",\"title\":null,"
                   "\"url\":\"https://www.upwork.com/fees\"}}");
}

/* A record's members come from its field table: an amount in the record's currency, null
 * or left out when the flag says there is none, "" for a NULL text. */
static void
test_json_fields (void)
{
  DaftarPayment payment = { .id = 3, .project_id = 9, .project_name = (char *) "Blog", .date = "2024-05-01",
                            .amount = { .minor = 123450, .currency = "EUR" }, .withdrawal_fee_minor = 200,
                            .note = NULL, .has_platform_fee = FALSE, .platform_fee_minor = 99 };
  DaftarRateBand band = { .currency = "USD", .has_low = TRUE, .low_minor = 1500, .has_high = FALSE,
                          .high_minor = 9999 };
  static const DaftarJsonField band_fields[] = {
    { "low", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarRateBand, low_minor), G_STRUCT_OFFSET (DaftarRateBand, currency), G_STRUCT_OFFSET (DaftarRateBand, has_low), TRUE },
    { "high", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarRateBand, high_minor), G_STRUCT_OFFSET (DaftarRateBand, currency), G_STRUCT_OFFSET (DaftarRateBand, has_high), TRUE },
    { "high_or_null", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarRateBand, high_minor), G_STRUCT_OFFSET (DaftarRateBand, currency), G_STRUCT_OFFSET (DaftarRateBand, has_high) },
  };
  g_autoptr(JsonNode) node = daftar_payment_to_json (&payment);
  g_autoptr(JsonNode) amounts = daftar_json_record (&band, band_fields, G_N_ELEMENTS (band_fields));
  g_autofree char *text = daftar_json_to_text (node, FALSE);
  g_autofree char *band_text = daftar_json_to_text (amounts, FALSE);

  g_assert_cmpstr (text, ==,
                   "{\"id\":3,\"project_id\":9,\"project\":\"Blog\",\"date\":\"2024-05-01\","
                   "\"currency\":\"EUR\",\"amount\":\"1234.50\",\"withdrawal_fee\":\"2.00\","
                   "\"platform_fee\":null,\"note\":\"\"}");
  g_assert_cmpstr (band_text, ==, "{\"low\":\"15.00\",\"high_or_null\":null}");
}

/* Hours are numbers rounded to 0.0001 h: what report --json and goal show --json write. */
static void
test_json_hours (void)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  json_builder_begin_object (b);
  daftar_json_add_hours (b, "half", 5400);
  daftar_json_add_hours (b, "second", 1);
  daftar_json_add_hours (b, "none", 0);
  daftar_json_add_hours (b, "week", 37 * 3600 + 1800);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  object = json_node_get_object (root);

  g_assert_cmpfloat (json_object_get_double_member (object, "half"), ==, 1.5);
  /* 1/3600 h is 0.000277…: 0.0003 */
  g_assert_cmpfloat (json_object_get_double_member (object, "second"), ==, 3 / 10000.0);
  g_assert_cmpfloat (json_object_get_double_member (object, "none"), ==, 0.0);
  g_assert_cmpfloat (json_object_get_double_member (object, "week"), ==, 37.5);
}

/* Days as their ISO text, and a period as report, market compare and Export Report…
 * write it: its days and its key, or null without one. */
static void
test_json_days (void)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  daftar_json_add_day (b, "issued", daftar_test_day ("2025-03-01"));
  daftar_json_add_day (b, "leap", daftar_test_day ("2024-02-29"));
  daftar_json_add_period (b, daftar_test_day ("2025-01-01"), daftar_test_day ("2025-12-31"), "this-year");
  json_builder_set_member_name (b, "custom");
  json_builder_begin_object (b);
  daftar_json_add_period (b, daftar_test_day ("2025-02-01"), daftar_test_day ("2025-02-28"), NULL);
  json_builder_end_object (b);
  text = end_to_text (b);

  g_assert_cmpstr (text, ==,
                   "{\"issued\":\"2025-03-01\",\"leap\":\"2024-02-29\","
                   "\"period\":{\"from\":\"2025-01-01\",\"to\":\"2025-12-31\",\"key\":\"this-year\"},"
                   "\"custom\":{\"period\":{\"from\":\"2025-02-01\",\"to\":\"2025-02-28\",\"key\":null}}}");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/accepts", test_json_accepts);
  g_test_add_func ("/json/hidden-brackets", test_json_hidden_brackets);
  g_test_add_func ("/json/depth", test_json_depth);
  g_test_add_func ("/json/strings", test_json_strings);
  g_test_add_func ("/json/bytes", test_json_bytes);
  g_test_add_func ("/json/grammar", test_json_grammar);
  g_test_add_func ("/json/digits", test_json_digits);
  g_test_add_func ("/json/one-door", test_json_one_door);
  g_test_add_func ("/json/members", test_json_members);
  g_test_add_func ("/json/fields", test_json_fields);
  g_test_add_func ("/json/hours", test_json_hours);
  g_test_add_func ("/json/days", test_json_days);

  return g_test_run ();
}
