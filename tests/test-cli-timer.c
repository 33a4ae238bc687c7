/* test-cli-timer.c — daftar-cli timer, run as a subprocess against a fresh ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-timer"

#include "config.h"

#include "daftar-store.h"
#include "daftar-test-cli.h"
#include "daftar-test-util.h"

static void
add_project (const Ledger *ledger,
             const char   *name)
{
  g_free (cli_output (ledger, NULL, "project", "add", "--platform", "upwork",
                      "--category", "writing", "--pricing", "hourly", "--rate", "20",
                      "--currency", "USD", "--", name, NULL));
}

/* A timer started @hours ago, written straight through the store as the app would. */
static void
start_timer_hours_ago (const Ledger *ledger,
                       int           hours)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (ledger->db, &error);
  g_autoptr(DaftarProject) project = NULL;

  g_assert_no_error (error);
  project = daftar_store_find_project (store, "1", &error);
  g_assert_no_error (error);
  daftar_store_start_timer (store, project->id,
                            g_get_real_time () / G_USEC_PER_SEC - hours * 3600, 0,
                            "forgot", &error);
  g_assert_no_error (error);
}

static void
test_timer_discard (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autofree char *out = NULL;

  add_project (ledger, "Subtitles");
  start_timer_hours_ago (ledger, 30);

  /* Over a day: it can't become a session, nor be replaced… */
  assert_write_fails (ledger, 1, "longer than 24 hours", "timer", "stop", NULL);
  assert_write_fails (ledger, 1, "A timer is already running", "timer", "start", "Subtitles", NULL);
  assert_write_fails (ledger, 2, "timer discard takes no arguments", "timer", "discard", "now", NULL);

  /* …but it can go, and nothing is logged. */
  out = cli_output (ledger, "Discarded the timer on Subtitles, running since ",
                    "timer", "discard", NULL);
  g_assert_true (contains (out, "nothing was logged"));
  g_clear_pointer (&out, g_free);
  g_free (cli_output (ledger, "No timer is running.\n", "timer", "status", NULL));
  g_free (cli_output (ledger, "[]", "sessions", "--json", NULL));

  /* With none running, a clear message, an error status and no change. */
  assert_write_fails (ledger, 1, "No timer is running.", "timer", "discard", NULL);

  /* A new timer can start again. */
  g_free (cli_output (ledger, "Timer started on Subtitles.\n", "timer", "start", "Subtitles", NULL));
  g_free (cli_output (ledger, "Discarded the timer on Subtitles", "timer", "discard", NULL));
}

static void
test_timer_help_lists_discard (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();

  g_free (cli_output (ledger, "daftar-cli timer discard", "timer", "--help", NULL));
}

/* After "--", a project and a note may start with a dash. */
static void
test_timer_after_double_dash (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autofree char *out = NULL;

  add_project (ledger, "-dash project");
  g_free (cli_output (ledger, "Timer started on -dash project.\n",
                      "timer", "start", "--note", "-v is a note", "--", "-dash project", NULL));
  out = cli_output (ledger, NULL, "timer", "status", "--json", NULL);
  g_assert_true (contains (out, "\"note\" : \"-v is a note\""));
  g_free (cli_output (ledger, NULL, "timer", "discard", NULL));

  /* Without "--", a dash still reads as an option, and nothing is written. */
  assert_write_fails (ledger, 2, "Unknown option", "timer", "start", "-dash project", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DAFTAR_CLI") == NULL ||
      !g_file_test (g_getenv ("DAFTAR_CLI"), G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Set DAFTAR_CLI to the daftar-cli program to test.\n");
      return 1;
    }
  daftar_test_cli_path = g_canonicalize_filename (g_getenv ("DAFTAR_CLI"), NULL);

  g_test_add_func ("/cli/timer/discard", test_timer_discard);
  g_test_add_func ("/cli/timer/help-lists-discard", test_timer_help_lists_discard);
  g_test_add_func ("/cli/timer/after-double-dash", test_timer_after_double_dash);

  return g_test_run ();
}
