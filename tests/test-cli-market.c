/* test-cli-market.c — daftar-cli market, run as a subprocess on a fixture ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-market"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "daftar-test-util.h"

static char *cli_path;
static char *dir;
static char *db;
static char *dataset;

static const char fixture[] =
  "{ \"schema\": 1, \"publisher\": \"Fixture\", \"as_of\": \"2026-01-01\", \"claims\": [],"
  "  \"rate_bands\": ["
  "  { \"id\": \"outlier-train\", \"platform\": \"outlier\", \"category\": \"ai-training\", \"role\": \"r\","
  "    \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"35.00\", \"typical\": \"40.00\", \"high\": \"50.00\","
  "    \"kind\": \"advertised\", \"as_of\": \"2024\","
  "    \"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": null },"
  "    \"confidence\": \"low\", \"verified\": false } ] }";

static int
run (char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  va_list ap;

  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", dir, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_unsetenv (launcher, "DAFTAR_LOCALEDIR");

  g_ptr_array_add (argv, cli_path);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, db);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_test_message ("stdout:\n%s\nstderr:\n%s", *out, *err);
  return g_subprocess_get_exit_status (process);
}

static void
test_list (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_assert_cmpint (run (&out, &err, "market", "list", "--category", "translation", "--json", NULL), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "market"), "origin"), ==, "bundled");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "rate_bands")), >=, 3);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (&out, &err, "market", "list", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "s25-outlier-effective"));
  g_assert_nonnull (strstr (out, "Unverified claim"));
  g_assert_nonnull (strstr (out, "https://time.com/6247678/openai-chatgpt-kenya-workers/"));
  /* Brand platforms by their names (this printed "(null)"). */
  g_assert_null (strstr (out, "(null)"));
  g_assert_nonnull (strstr (out, "s25-outlier-effective  \u2068Outlier\u2069 / AI training and evaluation"));
  g_assert_nonnull (strstr (out, "s26-mercor-legal  \u2068Mercor\u2069 / AI training and evaluation"));
  /* A source with no headline is its publisher alone, never an empty or made-up title. */
  g_assert_null (strstr (out, "“\u2068\u2069”"));
  g_assert_nonnull (strstr (out, "\u2068First-person account, citing Business Insider\u2069, 2024; confidence:"));
  g_assert_nonnull (strstr (out, "\u2068Ektisadi.com, citing Bloomberg\u2069, “\u2068"
                                 "1000 دولار في الساعة لتدريب الذكاء الاصطناعي… هل تدوم هذه الوظائف؟\u2069”"));
  g_assert_null (strstr (out, "Seed article"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (&out, &err, "market", "list", "--category", "cooking", NULL), ==, 2);
}

/* A byte order mark, as Windows editors write one, is skipped (RFC 8259 §8.1);
 * the same dataset with a comment is refused, and says where. */
static void
test_list_bom (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *path = g_build_filename (dir, "bom.json", NULL);
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", fixture, NULL);
  g_autofree char *with_comment = g_strconcat ("// rates\n", fixture, NULL);

  g_assert_true (g_file_set_contents (path, with_bom, -1, NULL));
  g_assert_cmpint (run (&out, &err, "market", "list", "--dataset", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "outlier-train"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_true (g_file_set_contents (path, with_comment, -1, NULL));
  g_assert_cmpint (run (&out, &err, "market", "list", "--dataset", path, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "daftar-cli: The market data is not valid JSON. "
                            "Line 1, column 1: Comments are not allowed in JSON.\n");
}

static void
test_compare (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *row, *band;

  g_assert_cmpint (run (&out, &err, "market", "compare", "--period", "all", "--dataset", dataset, "--json", NULL), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  row = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "rows"), 0);
  g_assert_cmpstr (json_object_get_string_member (row, "platform"), ==, "outlier");
  g_assert_cmpstr (json_object_get_string_member (row, "effective_rate"), ==, "21.16");
  band = json_array_get_object_element (json_object_get_array_member (row, "bands"), 0);
  g_assert_cmpstr (json_object_get_string_member (band, "id"), ==, "outlier-train");
  g_assert_cmpstr (json_object_get_string_member (band, "position"), ==, "below");
  g_assert_cmpstr (json_object_get_string_member (band, "distance_percent"), ==, "-39.5");
  g_assert_false (json_object_get_boolean_member (band, "single_figure"));
  g_assert_true (json_object_get_null_member (band, "range_percent"));
  g_assert_true (json_object_get_boolean_member (band, "net_against_gross"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (&out, &err, "market", "compare", "--period", "all", "--dataset", dataset, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Below the band by 39.5%"));
  g_assert_nonnull (strstr (out, "This sets your effective net rate, after fees and over all the hours you "
                                 "worked, against advertised gross pay, before fees and unpaid time."));
  g_assert_nonnull (strstr (out, "Unverified claim"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* No USD→EUR rate: a clear error. */
  g_assert_cmpint (run (&out, &err, "market", "compare", "--period", "all", "--currency", "EUR", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "exchange rate"));
}

/* --period takes the short names in any case; one it does not know sends to this
 * command's --help, before --currency is looked at; a currency it does not know fails. */
static void
test_compare_period (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (&out, &err, "market", "compare", "--period", "YEAR", "--dataset", dataset, "--json", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\"this-year\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (&out, &err, "market", "compare", "--period", "fortnight", "--dataset", dataset, NULL), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "daftar-cli market compare: Unknown period. "
                                        "Run “daftar-cli market compare --help” for the list.\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (&out, &err, "market", "compare", "--period", "fortnight", "--currency", "DOLLARS",
                        "--dataset", dataset, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "Unknown period"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (&out, &err, "market", "compare", "--period", "year", "--currency", "DOLLARS",
                        "--dataset", dataset, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "daftar-cli: "));
  g_assert_nonnull (strstr (err, "DOLLARS"));
}

static void
test_refresh_fails (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run (&out, &err, "market", "refresh", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--url"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Rejected before any connection. */
  g_assert_cmpint (run (&out, &err, "market", "refresh", "--url", "http://example.invalid/m.json", NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "https://"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *out = NULL, *err = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  cli_path = g_strdup (g_getenv ("DAFTAR_CLI"));
  if (cli_path == NULL)
    {
      g_test_skip ("DAFTAR_CLI is not set");
      return g_test_run ();
    }

  dir = daftar_test_make_tmpdir ();
  db = g_build_filename (dir, "ledger.db", NULL);
  dataset = g_build_filename (dir, "market.json", NULL);
  g_assert_true (g_file_set_contents (dataset, fixture, -1, NULL));

  /* The fixture ledger: Outlier at 40 $/h advertised, 10 h worked, 5.29 h paid. */
  g_assert_cmpint (run (&out, &err, "project", "add", "--platform", "outlier", "--category", "ai-training",
                        "--pricing", "hourly", "--rate", "40", "--currency", "USD", "Train", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (&out, &err, "log", "Train", "--date", "2025-03-10", "--start", "09:00",
                        "--duration", "10h", "--paid", "5h17m24s", NULL), ==, 0);

  g_test_add_func ("/cli-market/list", test_list);
  g_test_add_func ("/cli-market/list-bom", test_list_bom);
  g_test_add_func ("/cli-market/compare", test_compare);
  g_test_add_func ("/cli-market/compare-period", test_compare_period);
  g_test_add_func ("/cli-market/refresh-fails", test_refresh_fails);

  status = g_test_run ();
  daftar_test_rm_rf (dir);
  return status;
}
