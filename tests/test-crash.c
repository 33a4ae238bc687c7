/* test-crash.c — killing daftar-cli mid-write never loses or half-writes anything
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `daftar-cli demo` commits its sessions DAFTAR_DEMO_BATCH to a transaction.
 * It is killed with SIGKILL after a random (seeded, bounded) delay, again and
 * again on the same ledger; after every kill the file must pass SQLite's
 * integrity check, hold a whole number of batches, keep every row committed
 * before byte for byte, and open with daftar_store_open(). The timer, which
 * lives in the same file, must survive the same treatment.
 */
#define G_LOG_DOMAIN "test-crash"

#include "config.h"

#include <signal.h>
#include <sqlite3.h>

#include "daftar-demo.h"
#include "daftar-store.h"
#include "daftar-test-spawn.h"
#include "daftar-test-util.h"

#define N_KILLS        15
#define CRASH_SEED     20260422
#define MIN_DELAY_MS   10
#define MAX_DELAY_MS   800

/* A fingerprint of the sessions up to @max_id and their tools. */
typedef struct
{
  gint64 max_id;
  gint64 n_sessions;
  gint64 n_tools;
  gint64 sum;
} Digest;

static void
read_digest (const char *db,
             gint64      max_id,
             Digest     *out)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  /* A read-write open, so SQLite recovers the journal the way the app would. */
  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                                       "SELECT count(*), "
                                       "  total (id * 7 + project_id * 11 + start_utc % 1000003 "
                                       "         + actual_seconds * 3 + paid_seconds * 5 "
                                       "         + coalesce (earned_minor, 0) + length (note) * 13), "
                                       "  (SELECT count(*) FROM session_tools WHERE session_id <= ?1), "
                                       "  (SELECT max(id) FROM sessions) "
                                       "FROM sessions WHERE id <= ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, max_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  out->n_sessions = sqlite3_column_int64 (stmt, 0);
  out->sum = (gint64) sqlite3_column_double (stmt, 1);
  out->n_tools = sqlite3_column_int64 (stmt, 2);
  out->max_id = sqlite3_column_int64 (stmt, 3);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
}

static void
assert_integrity (const char *db)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
}

static void
assert_store_opens (const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (db, &error);

  g_assert_no_error (error);
  g_assert_true (daftar_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

/* Starts a big `demo --append` and kills it after @delay_ms; TRUE if it was still running. */
static gboolean
kill_demo_after (const char *db,
                 const char *seed,
                 guint       delay_ms)
{
  const char * const args[] = { "demo", "--sessions", "200000", "--append", "--seed", seed,
                                "--until", "2024-06-30", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = daftar_test_spawn_cli (db, args, &error);
  gboolean killed;

  g_assert_no_error (error);
  g_usleep (delay_ms * 1000);
  g_subprocess_send_signal (process, SIGKILL);
  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);

  killed = g_subprocess_get_if_signaled (process);
  if (killed)
    g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
  else
    g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  return killed;
}

static void
run_ok (const char         *db,
        const char * const *args)
{
  g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, args);

  if (run->status != 0)
    g_test_message ("stderr: %s", run->err);
  g_assert_cmpint (run->status, ==, 0);
}

static void
test_crash_demo (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  const char * const first[] = { "demo", "--sessions", "20000", "--until", "2024-06-30", NULL };
  GRand *rand = g_rand_new_with_seed (CRASH_SEED);
  Digest before;
  guint n_killed = 0;

  run_ok (db, first);
  read_digest (db, G_MAXINT64, &before);
  g_assert_cmpint (before.n_sessions, ==, 20000);

  for (guint i = 0; i < N_KILLS; i++)
    {
      guint delay = (guint) g_rand_int_range (rand, MIN_DELAY_MS, MAX_DELAY_MS + 1);
      g_autofree char *seed = g_strdup_printf ("%u", i + 2);
      Digest prefix, all;

      n_killed += kill_demo_after (db, seed, delay);

      assert_integrity (db);
      read_digest (db, before.max_id, &prefix);
      read_digest (db, G_MAXINT64, &all);
      g_test_message ("kill %u after %u ms: %" G_GINT64_FORMAT " sessions", i, delay, all.n_sessions);

      /* Every row committed before the run is there, unchanged */
      g_assert_cmpint (prefix.n_sessions, ==, before.n_sessions);
      g_assert_cmpint (prefix.n_tools, ==, before.n_tools);
      g_assert_cmpint (prefix.sum, ==, before.sum);
      /* and no batch is half there */
      g_assert_cmpint (all.n_sessions % DAFTAR_DEMO_BATCH, ==, 0);
      g_assert_cmpint (all.n_sessions - before.n_sessions, <=, 200000);

      assert_store_opens (db);
      before = all;
    }

  /* The delays are meant to land mid-write; a run that always finished would prove nothing. */
  g_assert_cmpuint (n_killed, >=, N_KILLS / 2);

  g_rand_free (rand);
  daftar_test_rm_rf (dir);
}

static void
test_crash_timer (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  const char * const first[] = { "demo", "--sessions", "1000", "--until", "2024-06-30", NULL };
  const char * const start[] = { "timer", "start", "Churn model", "--note", "تست ⏱ survives", NULL };
  const char * const status[] = { "timer", "status", "--json", NULL };
  g_autoptr(DaftarTestRun) run = NULL;
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (CRASH_SEED + 1);

  run_ok (db, first);
  run_ok (db, start);

  /* Another process dies holding the ledger open in the middle of its writes. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *seed = g_strdup_printf ("%u", 100 + i);

      kill_demo_after (db, seed, (guint) g_rand_int_range (rand, 50, 400));
      assert_integrity (db);
    }

  run = daftar_test_run_cli (db, status);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "\"running\" : true"));
  g_assert_nonnull (strstr (run->out, "Churn model"));

  store = daftar_store_open (db, &error);
  g_assert_no_error (error);
  timer = daftar_store_get_timer (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (timer);
  g_assert_cmpstr (timer->project_name, ==, "Churn model");
  g_assert_cmpstr (timer->note, ==, "تست ⏱ survives");

  g_rand_free (rand);
  g_clear_object (&store);
  daftar_test_rm_rf (dir);
}

/* What users do to back up: copy daftar.db alone. After daftar-cli exits, the
 * file holds its write even while another program has the ledger open (so
 * SQLite's own checkpoint at the last close does not happen). */
static void
test_exit_leaves_one_file (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *contents = NULL;
  const char * const setup[] = { "demo", "--sessions", "5", "--until", "2024-06-30", NULL };
  const char * const log[] = { "log", "Churn model", "--date", "2024-07-02", "--start", "09:00",
                               "--duration", "1h", "--note", "after the backup?", NULL };
  sqlite3 *reader = NULL;
  gsize length;

  {
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, setup);

    g_assert_cmpint (run->status, ==, 0);
  }
  g_assert_cmpint (sqlite3_open (db, &reader), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (reader, "SELECT count(*) FROM sessions", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, log);

    g_assert_cmpint (run->status, ==, 0);
  }

  g_assert_true (g_file_get_contents (db, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  {
    sqlite3 *alone = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (copy, &alone, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (alone, "SELECT count(*) FROM sessions WHERE note = 'after the backup?'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
    sqlite3_close (alone);
  }

  sqlite3_close (reader);
  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash/demo", test_crash_demo);
  g_test_add_func ("/crash/timer", test_crash_timer);
  g_test_add_func ("/crash/exit-leaves-one-file", test_exit_leaves_one_file);

  return g_test_run ();
}
