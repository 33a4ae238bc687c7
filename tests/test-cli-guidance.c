/* test-cli-guidance.c — daftar-cli guidance, run as a subprocess
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The binary is named by $DAFTAR_CLI.  Sessions are logged a few days before today,
 * inside the default period of the last 90 days.
 */

#define G_LOG_DOMAIN "test-cli-guidance"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "daftar-test-cli.h"
#include "daftar-test-util.h"

/* YYYY-MM-DD, @days before today */
static char *
days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* A translator on Upwork at a low rate: 8 days of 3 h. */
static Ledger *
translator_ledger (void)
{
  Ledger *ledger = ledger_new ();

  g_free (cli_output (ledger, NULL, "project", "add", "Subtitles", "--platform", "upwork",
                      "--category", "translation", "--pricing", "hourly", "--currency", "USD",
                      "--rate", "15", NULL));
  for (int i = 2; i < 10; i++)
    {
      g_autofree char *date = days_ago (i);

      g_free (cli_output (ledger, NULL, "log", "Subtitles", "--date", date, "--start", "09:00",
                          "--duration", "3h", NULL));
    }

  return ledger;
}

static gboolean
has_card (JsonArray  *cards,
          const char *id)
{
  for (guint i = 0; i < json_array_get_length (cards); i++)
    if (g_strcmp0 (member_string (json_array_get_object_element (cards, i), "id"), id) == 0)
      return TRUE;

  return FALSE;
}

static JsonArray *
cards_of (JsonNode *root)
{
  JsonObject *object = json_node_get_object (root);

  g_assert_cmpstr (json_object_get_string_member (object, "period"), ==, "last-90-days");
  g_assert_cmpstr (json_object_get_string_member (object, "currency"), ==, "USD");
  return json_object_get_array_member (object, "cards");
}

static void
test_empty_json (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autofree char *out = cli_output (ledger, NULL, "guidance", "--json", NULL);
  g_autoptr(JsonNode) root = parse_json (out);
  JsonArray *cards = cards_of (root);
  JsonObject *first;

  g_assert_cmpuint (json_array_get_length (cards), ==, 4);
  first = json_array_get_object_element (cards, 0);
  g_assert_cmpstr (member_string (first, "id"), ==, "starter-log");
  g_assert_cmpstr (member_string (first, "kind"), ==, "starter");
  g_assert_true (member_is_null (first, "state"));
  g_assert_cmpint (member_int (json_node_get_object (root), "actual_seconds"), ==, 0);
}

static void
test_translator_json (void)
{
  g_autoptr(Ledger) ledger = translator_ledger ();
  g_autofree char *out = cli_output (ledger, NULL, "guidance", "--json", NULL);
  g_autoptr(JsonNode) root = parse_json (out);
  JsonArray *cards = cards_of (root);
  JsonObject *card, *figures;
  JsonArray *sources;

  g_assert_cmpint (member_int (json_node_get_object (root), "actual_seconds"), ==, 24 * 3600);

  card = find_object (cards, "id", "outlook-translation");
  g_assert_nonnull (card);
  g_assert_cmpstr (member_string (card, "tone"), ==, "warning");
  g_assert_true (contains (member_string (card, "why"), "Translation is 100% of your hours"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (card, "actions")), >=, 2);
  sources = json_object_get_array_member (card, "sources");
  g_assert_nonnull (find_object (sources, "id", "e30-writing-translation-demand"));
  g_assert_false (json_object_get_boolean_member (find_object (sources, "id", "s7-translation-pay-cut"),
                                                  "verified"));

  /* $15/h less Upwork's fee is under the $20/h reported for translation work */
  card = find_object (cards, "id", "below-band-translation-upwork");
  g_assert_nonnull (card);
  figures = json_object_get_object_member (card, "figures");
  g_assert_cmpstr (member_string (figures, "band_low"), ==, "20.00");
  g_assert_cmpstr (member_string (figures, "platform"), ==, "upwork");
  g_assert_cmpint (member_int (card, "score"), >, 0);

  g_assert_true (has_card (cards, "concentration-upwork"));
  g_assert_false (has_card (cards, "starter-log"));
}

static void
test_text_and_period (void)
{
  g_autoptr(Ledger) ledger = translator_ledger ();
  g_autofree char *out = cli_output (ledger, NULL, "guidance", NULL);
  g_autofree char *month = cli_output (ledger, NULL, "guidance", "--period", "last-year", "--json", NULL);
  g_autoptr(JsonNode) root = parse_json (month);

  g_assert_true (contains (out, "Guidance for "));
  g_assert_true (contains (out, "Why you see this: Translation is 100% of your hours"));
  g_assert_true (contains (out, "unverified claim"));
  g_assert_true (contains (out, "Card id: concentration-upwork"));

  /* Nothing was logged last year: the starter set */
  g_assert_cmpstr (member_string (json_array_get_object_element (
                     json_object_get_array_member (json_node_get_object (root), "cards"), 0), "id"),
                   ==, "starter-log");
}

static void
test_bad_arguments (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autoptr(CliRun) period = run_cli (ledger, "guidance", "--period", "fortnight", NULL);
  g_autoptr(CliRun) currency = run_cli (ledger, "guidance", "--currency", "DOLLARS", NULL);
  g_autoptr(CliRun) extra = run_cli (ledger, "guidance", "now", NULL);

  expect_failure (period, 2, "daftar-cli guidance: Unknown period. Run “daftar-cli guidance --help” for the list.");
  expect_failure (currency, 1, NULL);
  expect_failure (extra, 2, "takes no arguments");
}

/* Persian: Persian words and digits in the text; JSON keeps Latin digits. */
static void
test_persian (void)
{
  g_autoptr(Ledger) ledger = NULL;
  const char *localedir = g_getenv ("DAFTAR_LOCALEDIR");
  g_autofree char *catalog = NULL;
  g_autoptr(CliRun) text = NULL;
  g_autoptr(CliRun) json = NULL;
  const char *persian[] = { "LANGUAGE", "fa", "LANG", "fa_IR.UTF-8", "LC_ALL", "fa_IR.UTF-8",
                            "DAFTAR_LOCALEDIR", localedir, NULL };

  if (localedir == NULL)
    {
      g_test_skip ("DAFTAR_LOCALEDIR is not set");
      return;
    }
  catalog = g_build_filename (localedir, "fa", "LC_MESSAGES", "daftar.mo", NULL);
  if (!g_file_test (catalog, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no Persian catalog in DAFTAR_LOCALEDIR");
      return;
    }

  ledger = translator_ledger ();
  {
    const char *text_args[] = { "--db", ledger->db, "guidance", NULL };
    const char *json_args[] = { "--db", ledger->db, "guidance", "--json", NULL };

    text = run_cliv (ledger, persian, text_args);
    json = run_cliv (ledger, persian, json_args);
  }
  expect_success (text, NULL);
  expect_success (json, NULL);
  /* 24 hours, in Persian digits, and the Persian for "Why you see this" */
  g_assert_true (contains (text->out, "۲۴"));
  g_assert_false (contains (text->out, "Why you see this"));
  g_assert_false (contains (json->out, "۲۴"));
  g_assert_true (contains (json->out, "\"actual_seconds\" : 86400"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DAFTAR_CLI") == NULL ||
      !g_file_test (g_getenv ("DAFTAR_CLI"), G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Set DAFTAR_CLI to the daftar-cli program to test.\n");
      return 1;
    }
  daftar_test_cli_path = g_canonicalize_filename (g_getenv ("DAFTAR_CLI"), NULL);

  g_test_add_func ("/cli-guidance/empty/json", test_empty_json);
  g_test_add_func ("/cli-guidance/translator/json", test_translator_json);
  g_test_add_func ("/cli-guidance/text-and-period", test_text_and_period);
  g_test_add_func ("/cli-guidance/bad-arguments", test_bad_arguments);
  g_test_add_func ("/cli-guidance/persian", test_persian);

  return g_test_run ();
}
