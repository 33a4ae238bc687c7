/* test-application.c — the app as a whole: quitting leaves the ledger one file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "daftar-test-ui.h"
#include "daftar-test-util.h"

static gboolean
quit_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_REMOVE;
}

static gint64
count_clients (const char *path,
               const char *name)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM clients WHERE name = ?1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* What users do to back up: copy daftar.db alone, once the app has quit. The
 * write sits in daftar.db-wal until the app's store checkpoints it on quit. */
static void
test_quit_checkpoints (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "app.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *copy_dir = g_build_filename (dir, "backup", NULL);
  g_autofree char *copy = g_build_filename (copy_dir, "app.db", NULL);
  g_autofree char *contents = NULL;
  DaftarApplication *app = daftar_test_app_new (dir);
  sqlite3 *db = NULL;
  GStatBuf st;
  gsize length;

  /* A write from another connection that leaves its changes in the -wal, the
   * app's store still open on the ledger */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0;"
                                     "INSERT INTO clients (name) VALUES ('Written before quitting')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);

  g_idle_add (quit_cb, app);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);

  /* The file alone, as copied while the app object still exists */
  g_assert_cmpint (g_mkdir (copy_dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  g_assert_cmpint (count_clients (copy, "Written before quitting"), ==, 1);

  g_object_unref (app);
  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/application/quit-checkpoints", test_quit_checkpoints);

  return g_test_run ();
}
