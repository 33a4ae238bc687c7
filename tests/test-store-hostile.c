/* test-store-hostile.c — files the ledger must not adopt, harm or be replaced by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Another program's database, a ledger carrying a trigger, view or table Daftar
 * did not make, a -wal copied from another database: each is refused with the
 * file byte for byte as it was. Closing the store leaves the ledger one file;
 * outputs that resolve to the ledger or its companions are recognised.
 */
#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "daftar-safe-file.h"
#include "daftar-store.h"
#include "daftar-test-spawn.h"
#include "daftar-test-util.h"

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* A ledger with a project and a payment, closed: one file, no -wal. */
static char *
make_ledger (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  char *path = g_build_filename (dir, "daftar.db", NULL);
  DaftarProjectDraft draft = { .name = "Atlas", .platform = "upwork",
                               .category = DAFTAR_CATEGORY_WRITING, .pricing = DAFTAR_PRICING_HOURLY,
                               .currency = "USD", .has_rate = TRUE, .rate_minor = 2000 };
  DaftarPaymentDraft payment = { .date = "2025-03-01", .amount_minor = 5000, .note = "March" };
  gint64 id;

  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_store_add_project (store, &draft, &id, &error));
  payment.project_id = id;
  g_assert_true (daftar_store_add_payment (store, &payment, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* The file and each companion, as bytes; equal before and after a refusal. */
static char *
fingerprint_files (const char *path)
{
  GString *out = g_string_new (NULL);
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *print = daftar_test_read_file (name);

      /* SQLite's shared-memory index may be made by a reader; it holds no data. */
      if (i == 2)
        continue;
      g_string_append_printf (out, "%s: %s\n", suffixes[i], print);
    }

  return g_string_free (out, FALSE);
}

static void
assert_refused (const char *path,
                int         code,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  g_autofree char *before = fingerprint_files (path);
  g_autofree char *after = NULL;

  store = daftar_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DAFTAR_STORE_ERROR, code);
  g_test_message ("%s", error->message);
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s” is not in “%s”", message_part, error->message);

  after = fingerprint_files (path);
  g_assert_cmpstr (after, ==, before);
}

/* A browser's history: user_version 0, its own tables. */
static void
test_foreign_database_refused (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "places.sqlite", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  exec_sql (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                  "INSERT INTO moz_places (url) VALUES ('https://example.org/');");

  assert_refused (path, DAFTAR_STORE_ERROR_FOREIGN, "moz_places");
  /* Not even its journal mode changed */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  daftar_test_rm_rf (dir);
}

/* An empty file and a new path become ledgers. */
static void
test_empty_file_becomes_ledger (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (daftar_store_get_version (store), ==, daftar_store_latest_version ());
  daftar_test_rm_rf (dir);
}

typedef struct
{
  const char *label;
  const char *sql;
  const char *named;   /* in the message */
} Addition;

static const Addition refused_additions[] = {
  { "trigger wiping payments",
    "CREATE TRIGGER wipe AFTER INSERT ON sessions BEGIN DELETE FROM payments; END;", "wipe" },
  { "recursive view",
    "CREATE VIEW forever AS WITH RECURSIVE n (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
    " SELECT x FROM n;", "forever" },
  { "foreign table", "CREATE TABLE stash (x);", "stash" },
  { "Daftar's trigger rewritten",
    "DROP TRIGGER session_tools_key_insert;"
    "CREATE TRIGGER session_tools_key_insert AFTER INSERT ON session_tools BEGIN"
    "  DELETE FROM payments; END;", "session_tools_key_insert" },
  { "trigger with an escape sequence in its name",
    "CREATE TRIGGER \"Wipe\x1b[2J\" BEFORE DELETE ON projects BEGIN SELECT 1; END;", "Wipe" },
};

static void
test_ledger_additions_refused (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused_additions); i++)
    {
      g_autofree char *dir = daftar_test_make_tmpdir ();
      g_autofree char *path = make_ledger (dir);
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", refused_additions[i].label);
      exec_sql (path, refused_additions[i].sql);
      assert_refused (path, DAFTAR_STORE_ERROR_FOREIGN, refused_additions[i].named);

      /* The name is shown, its escape sequence is not. */
      {
        g_autoptr(DaftarStore) store = daftar_store_open (path, &error);

        g_assert_null (store);
        g_assert_null (strchr (error->message, '\x1b'));
      }
      daftar_test_rm_rf (dir);
    }
}

/* An index speeds things up and runs nothing: harmless. */
static void
test_extra_index_accepted (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = make_ledger (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(GPtrArray) payments = NULL;

  exec_sql (path, "CREATE INDEX mine ON payments (note); ANALYZE;");
  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  payments = daftar_store_list_payments (store, &error);
  g_assert_cmpuint (payments->len, ==, 1);
  daftar_test_rm_rf (dir);
}

/* Another database's -wal, copied beside the ledger: SQLite would replay it and
 * the ledger would become that database. */
static void
test_stray_wal_refused (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = make_ledger (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *contents = NULL;
  sqlite3 *db = NULL;
  gsize length;

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* Another WAL database, with changes not yet checkpointed, left open so its
   * -wal stays; copied while it is open, as a careless copy would. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                     "CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT);"
                                     "INSERT INTO urls (url) VALUES ('a'), ('b');", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (other_wal, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 32);
  g_assert_true (g_file_set_contents (wal, contents, length, NULL));
  sqlite3_close (db);

  assert_refused (path, DAFTAR_STORE_ERROR_FOREIGN, "daftar.db-wal");

  /* Moved away, the ledger opens as it was. */
  g_assert_cmpint (g_unlink (wal), ==, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
    g_autoptr(GPtrArray) payments = NULL;

    g_assert_no_error (error);
    payments = daftar_store_list_payments (store, &error);
    g_assert_cmpuint (payments->len, ==, 1);
  }
  daftar_test_rm_rf (dir);
}

/* The ledger's own -wal, left by a Daftar that stopped before checkpointing, is
 * replayed: its changes are kept. */
static void
test_own_wal_replayed (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = make_ledger (dir);
  g_autofree char *copy_dir = g_build_filename (dir, "copy", NULL);
  g_autofree char *copy = g_build_filename (copy_dir, "daftar.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
  g_autoptr(DaftarStore) reopened = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  DaftarPaymentDraft payment = { .project_id = 1, .date = "2025-04-01", .amount_minor = 700 };
  static const char * const suffixes[] = { "", "-wal" };

  g_assert_no_error (error);
  g_assert_true (daftar_store_add_payment (store, &payment, NULL, &error));
  g_assert_no_error (error);

  /* The files as a crash would leave them */
  g_assert_cmpint (g_mkdir (copy_dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (copy, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to, contents, length, NULL));
    }

  reopened = daftar_store_open (copy, &error);
  g_assert_no_error (error);
  payments = daftar_store_list_payments (reopened, &error);
  g_assert_cmpuint (payments->len, ==, 2);
  daftar_test_rm_rf (dir);
}

/* Closing moves the -wal into the file: a copy of the file alone has it all,
 * even while another connection keeps the ledger open. */
static void
test_close_checkpoints (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = make_ledger (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *copy = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
  g_autoptr(DaftarStore) copied = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  DaftarPaymentDraft payment = { .project_id = 1, .date = "2025-04-01", .amount_minor = 700 };
  GStatBuf st;
  sqlite3 *other = NULL;
  gsize length;

  g_assert_no_error (error);
  /* Another reader: the last connection's own checkpoint does not happen. */
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "SELECT count(*) FROM payments", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_true (daftar_store_add_payment (store, &payment, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_close (store, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_close (store, &error));
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);

  /* A closed store refuses, without crashing */
  g_assert_null (daftar_store_list_payments (store, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_SQL);
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  copied = daftar_store_open (copy, &error);
  g_assert_no_error (error);
  payments = daftar_store_list_payments (copied, &error);
  g_assert_cmpuint (payments->len, ==, 2);

  sqlite3_close (other);
  daftar_test_rm_rf (dir);
}

/* A reader elsewhere in the middle of a read: the checkpoint can't finish, close
 * says so, and the write is safe in the -wal. */
static void
test_close_while_read (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = make_ledger (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
  g_autoptr(DaftarStore) reopened = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  DaftarPaymentDraft payment = { .project_id = 1, .date = "2025-04-01", .amount_minor = 700 };
  sqlite3 *reader = NULL;

  g_assert_no_error (error);
  g_assert_true (daftar_store_add_payment (store, &payment, NULL, &error));
  g_assert_cmpint (sqlite3_open (path, &reader), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (reader, "BEGIN; SELECT count(*) FROM payments;", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (daftar_store_close (store, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY);
  g_clear_error (&error);

  sqlite3_exec (reader, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (reader);
  reopened = daftar_store_open (path, &error);
  g_assert_no_error (error);
  payments = daftar_store_list_payments (reopened, &error);
  g_assert_cmpuint (payments->len, ==, 2);
  daftar_test_rm_rf (dir);
}

/* Every name that reaches the ledger or a file SQLite keeps beside it. */
static void
test_ledger_files_recognised (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = make_ledger (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *symlinked = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *dangling = g_build_filename (dir, "journal.csv", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.csv", NULL);
  g_autofree char *hard_wal = g_build_filename (dir, "hard-wal.csv", NULL);
  g_autofree char *dotted = g_build_filename (sub, "..", "daftar.db", NULL);
  g_autofree char *other = g_build_filename (dir, "export.csv", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
  g_autoptr(DaftarStore) refused = NULL;
  DaftarSafeFile *file;

  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_cmpint (symlink (path, symlinked), ==, 0);
  g_assert_cmpint (symlink ("daftar.db-journal", dangling), ==, 0);
  g_assert_cmpint (link (path, hard), ==, 0);
  g_assert_cmpint (link (wal, hard_wal), ==, 0);

  {
    const char * const ledger_files[] = { path, wal, shm, journal, symlinked, dangling, hard, hard_wal,
                                          dotted, "daftar.db" };
    g_autofree char *cwd = g_get_current_dir ();

    g_assert_cmpint (g_chdir (dir), ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (ledger_files); i++)
      {
        g_autofree char *before = fingerprint_files (path);
        g_autofree char *after = NULL;

        g_test_message ("%s", ledger_files[i]);
        g_assert_true (daftar_path_is_ledger_file (path, ledger_files[i]));
        file = daftar_safe_file_new (store, ledger_files[i], &error);
        g_assert_null (file);
        g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_LEDGER_FILE);
        g_clear_error (&error);
        after = fingerprint_files (path);
        g_assert_cmpstr (after, ==, before);
      }
    g_assert_cmpint (g_chdir (cwd), ==, 0);
  }

  g_assert_false (daftar_path_is_ledger_file (path, other));
  g_assert_false (daftar_path_is_ledger_file (path, sub));
  daftar_test_rm_rf (dir);
}

/* Through a link, the file linked to is written, atomically; the link stays. */
static void
test_safe_file_follows_links (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *symlinked = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarSafeFile) file = NULL;
  g_autoptr(DaftarSafeFile) abandoned = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.csv", symlinked), ==, 0);

  file = daftar_safe_file_new (NULL, symlinked, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (daftar_safe_file_get_target (file), ==, target);
  g_assert_true (g_output_stream_write_all (daftar_safe_file_get_stream (file), "new", 3, NULL, NULL, &error));
  /* Not there until committed */
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_pointer (&contents, g_free);
  g_assert_true (daftar_safe_file_commit (file, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (symlinked, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (symlinked, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  g_clear_pointer (&contents, g_free);

  /* Abandoned, nothing changes and no temporary file is left. */
  abandoned = daftar_safe_file_new (NULL, symlinked, &error);
  g_assert_true (g_output_stream_write_all (daftar_safe_file_get_stream (abandoned), "x", 1, NULL, NULL, &error));
  g_clear_pointer (&abandoned, daftar_safe_file_free);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 2);
  }
  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store-hostile/foreign-database", test_foreign_database_refused);
  g_test_add_func ("/store-hostile/empty-file", test_empty_file_becomes_ledger);
  g_test_add_func ("/store-hostile/additions-refused", test_ledger_additions_refused);
  g_test_add_func ("/store-hostile/extra-index", test_extra_index_accepted);
  g_test_add_func ("/store-hostile/stray-wal", test_stray_wal_refused);
  g_test_add_func ("/store-hostile/own-wal", test_own_wal_replayed);
  g_test_add_func ("/store-hostile/close-checkpoints", test_close_checkpoints);
  g_test_add_func ("/store-hostile/close-while-read", test_close_while_read);
  g_test_add_func ("/store-hostile/ledger-files", test_ledger_files_recognised);
  g_test_add_func ("/store-hostile/safe-file-links", test_safe_file_follows_links);

  return g_test_run ();
}
