/* test-cli-goal.c — daftar-cli goal set and goal show, run as a subprocess
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-goal"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "daftar-test-cli.h"
#include "daftar-test-util.h"

/* 40.00 USD an hour, no fees: 2 h on 20 March (the last day of 1403), 3 h on
 * 21 March (1 Farvardin 1404), 5 h on Monday 31 March, 1 h on 1 April 2025. */
static Ledger *
ledger_with_work (void)
{
  Ledger *ledger = ledger_new ();

#define RUN(...) g_free (cli_output (ledger, NULL, __VA_ARGS__, NULL))
  RUN ("project", "add", "Copy", "--platform", "direct", "--category", "writing",
       "--pricing", "hourly", "--currency", "USD", "--rate", "40");
  RUN ("log", "Copy", "--date", "2025-03-20", "--start", "10:00", "--duration", "2h");
  RUN ("log", "Copy", "--date", "2025-03-21", "--start", "10:00", "--duration", "3h");
  RUN ("log", "Copy", "--date", "2025-03-31", "--start", "10:00", "--duration", "5h");
  RUN ("log", "Copy", "--date", "2025-04-01", "--start", "10:00", "--duration", "1h");
#undef RUN

  return ledger;
}

static JsonObject *
show_json (const Ledger  *ledger,
           const char    *date,
           JsonNode     **out_root)
{
  g_autofree char *out = cli_output (ledger, NULL, "goal", "show", "--date", date, "--json", NULL);

  *out_root = parse_json (out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (*out_root));
  return json_node_get_object (*out_root);
}

static void
test_set_and_show_json (void)
{
  g_autoptr(Ledger) ledger = ledger_with_work ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *out = NULL;
  JsonObject *object, *goal;

  out = cli_output (ledger, "Goals saved.", "goal", "set", "--monthly-net", "800",
                    "--currency", "usd", "--weekly-hours", "12h", "--target-rate", "50", NULL);

  object = show_json (ledger, "2025-03-31", &root);
  g_assert_cmpstr (member_string (object, "currency"), ==, "USD");
  g_assert_cmpstr (member_string (json_object_get_object_member (object, "month"), "from"), ==, "2025-03-01");
  g_assert_cmpstr (member_string (json_object_get_object_member (object, "month"), "to"), ==, "2025-03-31");

  goal = json_object_get_object_member (object, "monthly_net");
  g_assert_cmpstr (member_string (goal, "target"), ==, "800.00");
  g_assert_cmpstr (member_string (goal, "actual"), ==, "400.00");
  g_assert_cmpfloat (json_object_get_double_member (goal, "ratio"), ==, 0.5);

  goal = json_object_get_object_member (object, "weekly_hours");
  g_assert_cmpfloat (json_object_get_double_member (goal, "target"), ==, 12);
  g_assert_cmpfloat (json_object_get_double_member (goal, "actual"), ==, 6);
  g_assert_cmpfloat (json_object_get_double_member (goal, "ratio"), ==, 0.5);

  goal = json_object_get_object_member (object, "target_rate");
  g_assert_cmpstr (member_string (goal, "target"), ==, "50.00");
  g_assert_cmpstr (member_string (goal, "actual"), ==, "40.00");
  g_assert_cmpfloat (json_object_get_double_member (goal, "ratio"), ==, 0.8);
}

/* One goal changes, the others stay; an empty value or --clear removes them. */
static void
test_change_and_clear (void)
{
  g_autoptr(Ledger) ledger = ledger_with_work ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) root2 = NULL;
  g_autoptr(JsonNode) root3 = NULL;
  g_autofree char *out = NULL;
  g_autofree char *none = NULL;
  JsonObject *object;

  g_free (cli_output (ledger, NULL, "goal", "set", "--monthly-net", "800", "--currency", "USD",
                      "--weekly-hours", "12h", NULL));
  g_free (cli_output (ledger, NULL, "goal", "set", "--weekly-hours", "", NULL));

  object = show_json (ledger, "2025-03-31", &root);
  g_assert_cmpstr (member_string (json_object_get_object_member (object, "monthly_net"), "target"), ==, "800.00");
  g_assert_true (member_is_null (object, "weekly_hours"));
  g_assert_true (member_is_null (object, "target_rate"));

  /* Another currency with a money goal kept is refused, not reinterpreted */
  assert_write_fails (ledger, 2, "--currency", "goal", "set", "--currency", "EUR",
                      "--target-rate", "30", NULL);

  /* In euros, through the ledger's rate, as report converts */
  g_free (cli_output (ledger, NULL, "rate", "add", "USD", "EUR", "0.9", "--date", "2025-03-01", NULL));
  g_free (cli_output (ledger, NULL, "goal", "set", "--currency", "EUR", "--monthly-net", "1000", NULL));
  object = show_json (ledger, "2025-03-31", &root2);
  g_assert_cmpstr (member_string (object, "currency"), ==, "EUR");
  g_assert_cmpstr (member_string (json_object_get_object_member (object, "monthly_net"), "actual"), ==, "360.00");

  out = cli_output (ledger, "No goals are set now.", "goal", "set", "--clear", NULL);
  object = show_json (ledger, "2025-03-31", &root3);
  g_assert_true (member_is_null (object, "monthly_net"));
  none = cli_output (ledger, "No goals are set.", "goal", "show", NULL);
}

/* The Persian month from 1 Farvardin: 3 + 5 + 1 h, 360.00 of 800.00; the text in
 * Persian digits. */
static void
test_persian (void)
{
  g_autoptr(Ledger) ledger = ledger_with_work ();
  const char *localedir = g_getenv ("DAFTAR_LOCALEDIR");
  const char *persian[] = { "LANGUAGE", "fa", "LANG", "fa_IR.UTF-8", "LC_ALL", "fa_IR.UTF-8",
                            "DAFTAR_LOCALEDIR", localedir, NULL };
  const char *json_args[] = { "--db", ledger->db, "goal", "show", "--date", "2025-03-31", "--json", NULL };
  const char *text_args[] = { "--db", ledger->db, "goal", "show", "--date", "2025-03-31", NULL };
  g_autoptr(CliRun) json = NULL;
  g_autoptr(CliRun) text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object, *goal;

  g_assert_nonnull (localedir);
  g_free (cli_output (ledger, NULL, "goal", "set", "--monthly-net", "800", "--currency", "USD", NULL));

  json = run_cliv (ledger, persian, json_args);
  expect_success (json, NULL);
  root = parse_json (json->out);
  object = json_node_get_object (root);
  g_assert_cmpstr (member_string (json_object_get_object_member (object, "month"), "from"), ==, "2025-03-21");
  g_assert_cmpstr (member_string (json_object_get_object_member (object, "month"), "to"), ==, "2025-04-20");
  goal = json_object_get_object_member (object, "monthly_net");
  g_assert_cmpstr (member_string (goal, "actual"), ==, "360.00");
  g_assert_cmpfloat (json_object_get_double_member (goal, "ratio"), ==, 0.45);

  text = run_cliv (ledger, persian, text_args);
  expect_success (text, NULL);
  g_assert_true (contains (text->out, "۴۵"));
  g_assert_true (contains (text->out, "۸۰۰"));
  g_assert_false (contains (text->out, "800"));
  g_assert_false (contains (text->out, "Net income this month"));
}

static void
test_text (void)
{
  g_autoptr(Ledger) ledger = ledger_with_work ();
  g_autofree char *out = NULL;

  g_free (cli_output (ledger, NULL, "goal", "set", "--monthly-net", "800", "--currency", "USD",
                      "--weekly-hours", "12", "--target-rate", "50", NULL));
  out = cli_output (ledger, NULL, "goal", "show", "--date", "2025-03-31", NULL);
  g_assert_true (contains (out, "Net income this month:"));
  g_assert_true (contains (out, "(50%)"));
  g_assert_true (contains (out, "6.0 h of 12.0 h"));
  g_assert_true (contains (out, "(80%)"));
}

/* Refused input: a message, the usage or failure status, the ledger as it was. */
static void
test_bad_input (void)
{
  g_autoptr(Ledger) ledger = ledger_with_work ();

  g_free (cli_output (ledger, NULL, "goal", "set", "--monthly-net", "800", "--currency", "USD", NULL));

  assert_write_fails (ledger, 1, "--monthly-net", "goal", "set", "--monthly-net", "lots", NULL);
  assert_write_fails (ledger, 1, "--monthly-net", "goal", "set", "--monthly-net", "-5", NULL);
  assert_write_fails (ledger, 1, "more than zero", "goal", "set", "--monthly-net", "0", NULL);
  assert_write_fails (ledger, 1, "--target-rate", "goal", "set", "--target-rate", "1e9x", NULL);
  assert_write_fails (ledger, 1, "--weekly-hours", "goal", "set", "--weekly-hours", "soon", NULL);
  assert_write_fails (ledger, 1, "at most a week", "goal", "set", "--weekly-hours", "200h", NULL);
  assert_write_fails (ledger, 1, NULL, "goal", "set", "--currency", "XYZW", "--monthly-net", "5", NULL);
  assert_write_fails (ledger, 2, "at least one goal", "goal", "set", NULL);
  assert_write_fails (ledger, 2, "--clear", "goal", "set", "--clear", "--weekly-hours", "3", NULL);
  assert_write_fails (ledger, 2, "no arguments", "goal", "set", "extra", NULL);
  assert_write_fails (ledger, 1, NULL, "goal", "show", "--date", "2025-02-30", NULL);
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

  g_test_add_func ("/cli-goal/set-and-show-json", test_set_and_show_json);
  g_test_add_func ("/cli-goal/change-and-clear", test_change_and_clear);
  g_test_add_func ("/cli-goal/text", test_text);
  g_test_add_func ("/cli-goal/persian", test_persian);
  g_test_add_func ("/cli-goal/bad-input", test_bad_input);

  return g_test_run ();
}
