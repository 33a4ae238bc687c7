/* test-cli-import.c — daftar-cli import, import list and import undo, run as a subprocess
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-import"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "daftar-test-cli.h"
#include "daftar-test-util.h"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

/* A ledger that exists, with one project, so that a refusal has rows to keep. */
static Ledger *
ledger_with_project (void)
{
  Ledger *ledger = ledger_new ();

  g_free (cli_output (ledger, NULL, "project", "add", "Copy", "--platform", "direct", "--category", "writing",
                      "--pricing", "hourly", "--currency", "USD", "--rate", "40", NULL));
  return ledger;
}

static void
test_import_list_undo (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autofree char *file = fixture ("toggl.csv");
  g_autofree char *before = daftar_test_dump_db (ledger->db);
  g_autofree char *out = NULL;
  g_autofree char *again = NULL;
  g_autofree char *list = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *batch;

  out = cli_output (ledger, "Imported as import 1 (Toggl Track):", "import", file,
                    "--timezone", "Europe/Berlin", NULL);
  g_assert_true (contains (out, "3 sessions"));
  g_assert_true (contains (out, "Projects created: \u2068Website, phase 2\u2069"));
  g_assert_true (contains (out, "1 client created"));

  again = cli_output (ledger, "Nothing new to import from this file (Toggl Track).", "import", file,
                      "--timezone", "Europe/Berlin", NULL);
  g_assert_true (contains (again, "3 rows skipped: imported before"));

  list = cli_output (ledger, NULL, "import", "list", "--json", NULL);
  root = parse_json (list);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  batch = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_cmpint (member_int (batch, "id"), ==, 1);
  g_assert_cmpstr (member_string (batch, "source"), ==, "toggl");
  g_assert_cmpstr (member_string (batch, "file"), ==, "toggl.csv");
  /* Three sessions, three projects and a client. */
  g_assert_cmpint (member_int (batch, "created"), ==, 7);
  g_assert_cmpint (member_int (batch, "refused"), ==, 0);

  g_free (cli_output (ledger, "Import 1 was undone", "import", "undo", "1", NULL));
  after = daftar_test_dump_db (ledger->db);
  g_assert_cmpstr (after, ==, before);
  g_free (list);
  list = cli_output (ledger, "Nothing has been imported.", "import", "list", NULL);
}

static void
test_json_summary (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autofree char *file = fixture ("upwork-legacy.csv");
  g_autofree char *out = cli_output (ledger, NULL, "import", file, "--json", NULL);
  g_autoptr(JsonNode) root = parse_json (out);
  JsonObject *o = json_node_get_object (root);
  JsonArray *created;

  g_assert_cmpstr (member_string (o, "format"), ==, "upwork");
  g_assert_cmpint (member_int (o, "batch"), ==, 1);
  g_assert_cmpint (member_int (o, "payments"), ==, 3);
  g_assert_cmpint (member_int (o, "fees"), ==, 2);
  g_assert_cmpint (member_int (o, "costs"), ==, 4);
  g_assert_cmpint (member_int (o, "duplicates"), ==, 0);
  created = json_object_get_array_member (o, "projects_created");
  g_assert_cmpuint (json_array_get_length (created), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (created, 0), ==, "Logo design");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "bad_rows")), ==, 0);
}

/* After an Upwork import, report --json counts its costs: the withdrawal fee, Connects
 * and membership ($34.99, a member of its own), the refund less gross. */
static void
test_report_costs (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autofree char *file = fixture ("upwork-legacy.csv");
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *totals;

  g_free (cli_output (ledger, NULL, "import", file, NULL));
  out = cli_output (ledger, NULL, "report", "--from", "2025-03-01", "--to", "2025-03-31",
                    "--basis", "paid", "--currency", "USD", "--json", NULL);
  root = parse_json (out);
  totals = json_object_get_object_member (json_node_get_object (root), "totals");
  /* $500 + $1,200 + $50 received less the $100 refund; fees charged $50 and $120,
   * the bonus's by Upwork's 10% */
  g_assert_cmpstr (member_string (totals, "gross"), ==, "1650.00");
  g_assert_cmpstr (member_string (totals, "platform_fees"), ==, "175.00");
  g_assert_cmpstr (member_string (totals, "withdrawal_fees"), ==, "2.00");
  g_assert_cmpstr (member_string (totals, "tool_costs"), ==, "0.00");
  g_assert_cmpstr (member_string (totals, "platform_costs"), ==, "34.99");
  g_assert_cmpstr (member_string (totals, "net"), ==, "1438.01");

  text = cli_output (ledger, NULL, "report", "--from", "2025-03-01", "--to", "2025-03-31",
                     "--basis", "paid", "--currency", "USD", NULL);
  g_assert_true (contains (text, "platform costs"));
}

static void
test_dry_run (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autofree char *file = fixture ("clockify.csv");
  g_autofree char *before = daftar_test_dump_db (ledger->db);
  g_autofree char *after = NULL;
  g_autofree char *out = cli_output (ledger, "Nothing was written (--dry-run).", "import", file, "--dry-run", NULL);

  g_assert_true (contains (out, "2 sessions"));
  after = daftar_test_dump_db (ledger->db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_map (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autofree char *file = fixture ("generic.csv");
  g_autofree char *out = NULL;

  /* Unknown columns: their names are listed, nothing is written. */
  assert_write_fails (ledger, 1, "Name what its columns hold", "import", file, NULL);
  assert_write_fails (ledger, 1, "Payout", "import", file, NULL);

  out = cli_output (ledger, "2 sessions", "import", file, "--map", "Work date=date", "--map", "Queue=project",
                    "--map", "Hours=duration", "--map", "Payout=amount", "--map", "Currency=currency",
                    "--map", "Comment=note", NULL);
  /* The mapping is remembered for the next file with these columns. */
  g_free (out);
  out = cli_output (ledger, "2 rows skipped: imported before", "import", file, NULL);
}

static void
test_refusals (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autofree char *corrupt = fixture ("corrupt.csv");
  g_autofree char *bad_rows = fixture ("toggl-bad-rows.csv");
  g_autofree char *dmy = fixture ("clockify-dmy.csv");
  g_autofree char *missing = g_build_filename (ledger->dir, "missing.csv", NULL);
  g_autofree char *out = NULL;

  assert_write_fails (ledger, 1, "quote is not closed", "import", corrupt, NULL);
  assert_write_fails (ledger, 1, "Line 3: “\u2068" "2025-13-05\u2069” is not a date", "import", bad_rows, NULL);
  assert_write_fails (ledger, 1, "Line 4: A session can’t be longer than 24 hours", "import", bad_rows, NULL);
  assert_write_fails (ledger, 1, "MM/DD/YYYY", "import", dmy, "--skip-bad-rows", NULL);
  assert_write_fails (ledger, 1, NULL, "import", missing, NULL);
  assert_write_fails (ledger, 2, "--format", "import", bad_rows, "--format", "excel", NULL);
  assert_write_fails (ledger, 2, "time zone", "import", bad_rows, "--timezone", "Mars/Olympus", NULL);
  assert_write_fails (ledger, 2, "COLUMN=FIELD", "import", bad_rows, "--map", "Hours", NULL);
  assert_write_fails (ledger, 2, "one file", "import", bad_rows, bad_rows, NULL);
  assert_write_fails (ledger, 1, "no import numbered", "import", "undo", "7", NULL);
  assert_write_fails (ledger, 2, "by its number", "import", "undo", "seven", NULL);

  /* Skipping the bad rows imports the good one, and still names the others. */
  out = cli_output (ledger, "1 session", "import", bad_rows, "--skip-bad-rows", NULL);
  g_assert_true (contains (out, "2 bad rows skipped"));
  g_assert_true (contains (out, "Line 3:"));
}

static void
test_persian (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autofree char *file = fixture ("toggl.csv");
  const char *persian[] = { "LANGUAGE", "fa", "LANG", "fa_IR.UTF-8", "LC_ALL", "fa_IR.UTF-8", NULL };
  const char *args[] = { "import", file, "--timezone", "Europe/Berlin", NULL };
  g_autoptr(CliRun) run = run_cliv (ledger, persian, args);

  /* Counts in Persian digits, the text in Persian. */
  expect_success (run, "۳");
  g_assert_false (contains (run->out, "3 sessions"));
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

  g_test_add_func ("/cli-import/import-list-undo", test_import_list_undo);
  g_test_add_func ("/cli-import/json", test_json_summary);
  g_test_add_func ("/cli-import/report-costs", test_report_costs);
  g_test_add_func ("/cli-import/dry-run", test_dry_run);
  g_test_add_func ("/cli-import/map", test_map);
  g_test_add_func ("/cli-import/refusals", test_refusals);
  g_test_add_func ("/cli-import/persian", test_persian);

  return g_test_run ();
}
