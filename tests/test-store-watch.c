/* test-store-watch.c — sharing the ledger: others' writes noticed, short waits for the lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "daftar-store.h"
#include "daftar-test-util.h"

static void
changed_cb (DaftarStore *store,
            guint        changes,
            guint       *seen)
{
  *seen |= changes;
}

static void
add_project (DaftarStore *store,
             const char  *name)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = { name, NULL, "upwork", DAFTAR_CATEGORY_TRANSLATION,
                               DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };

  g_assert_true (daftar_store_add_project (store, &draft, NULL, &error));
  g_assert_no_error (error);
}

/* Another connection's commit is news, once; one's own writes are not. */
static void
test_outside_changes (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) app = daftar_store_open (path, &error);
  g_autoptr(DaftarStore) cli = NULL;
  guint seen = 0;

  g_assert_no_error (error);
  cli = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_signal_connect (app, "changed", G_CALLBACK (changed_cb), &seen);

  g_assert_false (daftar_store_check_outside_changes (app));

  add_project (app, "Own");
  seen = 0;
  g_assert_false (daftar_store_check_outside_changes (app));
  g_assert_cmpuint (seen, ==, 0);

  add_project (cli, "Theirs");
  g_assert_true (daftar_store_check_outside_changes (app));
  g_assert_cmpuint (seen, ==, DAFTAR_STORE_CHANGE_ALL);
  seen = 0;
  g_assert_false (daftar_store_check_outside_changes (app));
  g_assert_cmpuint (seen, ==, 0);

  g_clear_object (&cli);
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
}

/* With a short busy timeout, a write refused for another's lock fails as
 * busy within about that time, and succeeds once the lock is free. */
static void
test_short_busy_timeout (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) app = daftar_store_open (path, &error);
  sqlite3 *holder = NULL;
  DaftarProjectDraft draft = { "Waiting", NULL, "upwork", DAFTAR_CATEGORY_TRANSLATION,
                               DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };
  gint64 start, waited;

  g_assert_no_error (error);
  daftar_store_set_busy_timeout (app, DAFTAR_STORE_APP_BUSY_TIMEOUT_MS);
  g_assert_cmpint (sqlite3_open (path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  start = g_get_monotonic_time ();
  g_assert_false (daftar_store_add_project (app, &draft, NULL, &error));
  waited = (g_get_monotonic_time () - start) / 1000;
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_test_message ("refused as busy after %" G_GINT64_FORMAT " ms", waited);
  g_assert_cmpint (waited, >=, DAFTAR_STORE_APP_BUSY_TIMEOUT_MS);
  g_assert_cmpint (waited, <, 1000);

  g_assert_cmpint (sqlite3_exec (holder, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (holder);
  g_assert_true (daftar_store_add_project (app, &draft, NULL, &error));
  g_assert_no_error (error);

  g_clear_object (&app);
  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-watch/outside-changes", test_outside_changes);
  g_test_add_func ("/store-watch/short-busy-timeout", test_short_busy_timeout);

  return g_test_run ();
}
