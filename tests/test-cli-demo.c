/* test-cli-demo.c — tests for daftar-cli demo, the large made-up ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-cli-demo"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "daftar-demo.h"
#include "daftar-store.h"
#include "daftar-test-spawn.h"
#include "daftar-test-util.h"

#define N_SMALL "2500"

static gint64
count_rows (const char *db,
            const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return n;
}

/* The dump without the projects' creation times, the one thing that follows the clock. */
static char *
dump_without_clock (const char *db)
{
  g_autofree char *copy = g_strconcat (db, ".copy", NULL);
  g_autofree char *contents = NULL;
  sqlite3 *handle = NULL;
  gsize length;
  char *dump;

  g_assert_true (g_file_get_contents (db, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  g_assert_cmpint (sqlite3_open (copy, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "UPDATE projects SET created_utc = 0", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (handle);
  dump = daftar_test_dump_db (copy);
  g_unlink (copy);
  return dump;
}

static void
run_ok (const char         *db,
        const char * const *args)
{
  g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, args);

  if (run->status != 0)
    g_test_message ("stderr: %s", run->err);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
}

static void
test_demo_deterministic (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *a = g_build_filename (dir, "a.db", NULL);
  g_autofree char *b = g_build_filename (dir, "b.db", NULL);
  g_autofree char *c = g_build_filename (dir, "c.db", NULL);
  g_autofree char *dump_a = NULL;
  g_autofree char *dump_b = NULL;
  g_autofree char *dump_c = NULL;
  const char * const seven[] = { "demo", "--sessions", N_SMALL, "--seed", "7", "--until", "2024-06-30", NULL };
  const char * const eight[] = { "demo", "--sessions", N_SMALL, "--seed", "8", "--until", "2024-06-30", NULL };

  run_ok (a, seven);
  run_ok (b, seven);
  run_ok (c, eight);

  dump_a = dump_without_clock (a);
  dump_b = dump_without_clock (b);
  dump_c = dump_without_clock (c);
  g_assert_cmpstr (dump_a, ==, dump_b);
  g_assert_cmpstr (dump_a, !=, dump_c);

  daftar_test_rm_rf (dir);
}

static void
test_demo_contents (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char * const args[] = { "demo", "--sessions", N_SMALL, "--until", "2024-06-30", NULL };

  run_ok (db, args);

  store = daftar_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM sessions"), ==, 2500);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM projects"), ==, 12);
  /* Every project got work, on at least seven platforms, in three currencies */
  g_assert_cmpint (count_rows (db, "SELECT count(DISTINCT project_id) FROM sessions"), ==, 12);
  g_assert_cmpint (count_rows (db, "SELECT count(DISTINCT platform_id) FROM projects"), >=, 7);
  g_assert_cmpint (count_rows (db, "SELECT count(DISTINCT currency) FROM projects"), ==, 3);
  g_assert_cmpint (count_rows (db, "SELECT count(DISTINCT pricing) FROM projects"), ==, 3);
  /* A rate for each foreign currency on the first day of the ledger's first month */
  g_assert_cmpint (count_rows (db, "SELECT count(DISTINCT base) FROM exchange_rates "
                                   "WHERE quote = 'USD' AND base IN ('EUR', 'GBP')"), ==, 2);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM exchange_rates WHERE day <= "
                                   "(SELECT min(date (start_utc, 'unixepoch')) FROM sessions)"), ==, 2);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM session_tools"), >, 500);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM payments"), >, 12);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM payments WHERE received_on > '2024-06-30'"), ==, 0);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM sessions "
                                   "WHERE date (start_utc, 'unixepoch') > '2024-06-30'"), ==, 0);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM tools WHERE monthly_cost_minor > 0"), >=, 3);

  daftar_test_rm_rf (dir);
}

static void
test_demo_not_empty (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(DaftarTestRun) run = NULL;
  const char * const first[] = { "demo", "--sessions", "100", "--until", "2024-06-30", NULL };
  const char * const more[] = { "demo", "--sessions", "50", "--seed", "2", "--until", "2024-06-30", "--append", NULL };

  run_ok (db, first);
  before = daftar_test_dump_db (db);

  run = daftar_test_run_cli (db, first);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (strstr (run->err, "already has projects"));
  g_assert_cmpstr (run->out, ==, "");
  after = daftar_test_dump_db (db);
  g_assert_cmpstr (before, ==, after);

  /* --append reuses the projects and adds the sessions */
  run_ok (db, more);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM projects"), ==, 12);
  g_assert_cmpint (count_rows (db, "SELECT count(*) FROM sessions"), ==, 150);

  daftar_test_rm_rf (dir);
}

static void
test_demo_invalid (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char * const setup[] = { "project", "list", NULL };
  const struct
  {
    const char *args[8];
    int         status;
    const char *err;
  } cases[] = {
    { { "demo", NULL }, 2, "--sessions is required" },
    { { "demo", "--sessions", "0", NULL }, 2, "--sessions needs a whole number from 1" },
    { { "demo", "--sessions", "-5", NULL }, 2, "--sessions" },
    { { "demo", "--sessions", "ten", NULL }, 2, "--sessions" },
    { { "demo", "--sessions", "99999999999999999999", NULL }, 2, "--sessions" },
    { { "demo", "--sessions", "100000001", NULL }, 2, "--sessions" },
    { { "demo", "--sessions", "10", "--seed", "4294967296", NULL }, 2, "--seed" },
    { { "demo", "--sessions", "10", "--until", "2024-02-30", NULL }, 1, "--until" },
    { { "demo", "--sessions", "10", "--until", today, NULL }, 1, "before today" },
    { { "demo", "--sessions", "10", "extra", NULL }, 2, "no arguments" },
  };
  g_autofree char *before = NULL;

  /* An empty ledger, created by reading it */
  run_ok (db, setup);
  before = daftar_test_read_file (db);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, cases[i].args);
      g_autofree char *after = daftar_test_read_file (db);

      g_test_message ("case %u: %s", i, run->err);
      g_assert_cmpint (run->status, ==, cases[i].status);
      g_assert_nonnull (strstr (run->err, cases[i].err));
      g_assert_cmpstr (before, ==, after);
    }

  /* Persian digits are numbers too */
  {
    const char * const persian[] = { "demo", "--sessions", "۱۲", "--until", "2024-06-30", NULL };

    run_ok (db, persian);
    g_assert_cmpint (count_rows (db, "SELECT count(*) FROM sessions"), ==, 12);
  }

  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-demo/deterministic", test_demo_deterministic);
  g_test_add_func ("/cli-demo/contents", test_demo_contents);
  g_test_add_func ("/cli-demo/not-empty", test_demo_not_empty);
  g_test_add_func ("/cli-demo/invalid", test_demo_invalid);

  return g_test_run ();
}
