/* test-bad-input-ledger.c — hostile ledgers, outputs that are the ledger, untrusted ledger text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bad-input classes of issue 11, through daftar-cli: export --output naming
 * the ledger or one of its files, however reached; another program's database
 * and ledgers carrying a trigger, view or table Daftar did not make, in the
 * ledger's place; names and notes with terminal escapes and bytes that are not
 * UTF-8, written with raw SQL. Every refusal leaves the ledger's bytes as they
 * were.
 */
#define G_LOG_DOMAIN "test-bad-input"

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "daftar-test-spawn.h"
#include "daftar-test-util.h"

#define PROJECT "Churn model"
#define LOG_ARGS "--date", "2024-01-10", "--start", "09:00", "--duration", "1h"

/* Bytes as they are, and whether a terminal could be driven by them. */
static void
assert_terminal_safe (const char *label,
                      const char *out)
{
  if (!g_utf8_validate (out, -1, NULL))
    g_error ("%s: output is not UTF-8:\n%s", label, out);
  for (const char *p = out; *p != '\0'; p++)
    if (((guchar) *p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
      g_error ("%s: control character 0x%02x in the output:\n%s", label, (guchar) *p, out);
}

static void
exec_sql (const char *db,
          const char *sql)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (handle);
}

/* export --output naming the ledger, a link to it, or a file SQLite keeps
 * beside it: refused, the ledger as it was. */
static void
test_bad_input_output_is_ledger (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  const char * const setup[] = { "demo", "--sessions", "50", "--until", "2024-06-30", NULL };
  static const char * const outputs[] = {
    "ledger.db", "./ledger.db", "symlink.csv", "hardlink.csv", "ledger.db-wal", "ledger.db-shm",
    "ledger.db-journal", "to-journal.csv", "sub/../ledger.db",
  };

  {
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, setup);

    g_assert_cmpint (run->status, ==, 0);
  }
  /* Closed, the ledger is one file. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  {
    g_autofree char *symlinked = g_build_filename (dir, "symlink.csv", NULL);
    g_autofree char *hard = g_build_filename (dir, "hardlink.csv", NULL);
    g_autofree char *journal = g_build_filename (dir, "to-journal.csv", NULL);
    g_autofree char *sub = g_build_filename (dir, "sub", NULL);

    g_assert_cmpint (symlink ("ledger.db", symlinked), ==, 0);
    g_assert_cmpint (link (db, hard), ==, 0);
    g_assert_cmpint (symlink ("ledger.db-journal", journal), ==, 0);
    g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  }
  before = daftar_test_fingerprint_ledger (db);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    for (guint json = 0; json < (i == 0 ? 2 : 1); json++)
      {
        const char * const args[] = { "export", "--format", json ? "json" : "csv", "--output", outputs[i], NULL };
        g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, args);
        g_autofree char *after = NULL;

        if (run->status == 0 || strstr (run->err, "is the ledger") == NULL)
          g_error ("export --output %s: status %d, stderr “%s”", outputs[i], run->status, run->err);
        after = daftar_test_fingerprint_ledger (db);
        if (g_strcmp0 (before, after) != 0)
          g_error ("export --output %s changed the ledger", outputs[i]);
      }

  daftar_test_rm_rf (dir);
}

/* Through a link, the export replaces the file linked to; the link stays. */
static void
test_bad_input_output_through_link (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  g_autofree char *target = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *symlinked = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *contents = NULL;
  const char * const setup[] = { "demo", "--sessions", "5", "--until", "2024-06-30", NULL };
  const char * const args[] = { "export", "--format", "csv", "--output", "link.csv", NULL };
  GStatBuf st;
  ino_t old_inode;

  {
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, setup);

    g_assert_cmpint (run->status, ==, 0);
  }
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.csv", symlinked), ==, 0);
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  old_inode = st.st_ino;
  {
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, args);

    g_assert_cmpint (run->status, ==, 0);
  }
  /* Written beside it and renamed over it, not rewritten in place: a failed
   * export can't leave half a file. */
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpuint (st.st_ino, !=, old_inode);
  g_assert_cmpint (g_lstat (symlinked, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, !=, "old");
  g_assert_nonnull (strstr (contents, "2024-"));
  daftar_test_rm_rf (dir);
}

typedef struct
{
  const char *label;
  const char *sql;
} HostileLedger;

static const HostileLedger hostile_ledgers[] = {
  { "trigger wiping payments", "CREATE TRIGGER wipe AFTER INSERT ON sessions BEGIN DELETE FROM payments; END;" },
  { "recursive view", "CREATE VIEW forever AS WITH RECURSIVE n (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
                      " SELECT x FROM n; CREATE TRIGGER list INSTEAD OF INSERT ON forever BEGIN SELECT 1; END;" },
  { "foreign table", "CREATE TABLE stash (x); INSERT INTO stash VALUES (1);" },
};

/* Another program's database, and ledgers carrying what Daftar did not make:
 * every command refuses them at open, leaving every byte as it was. */
static void
test_bad_input_hostile_files (void)
{
  const char * const commands[][10] = {
    { "project", "list", NULL },
    { "log", PROJECT, LOG_ARGS, NULL },
    { "export", "--format", "json", NULL },
  };

  for (guint h = 0; h <= G_N_ELEMENTS (hostile_ledgers); h++)
    {
      g_autofree char *dir = daftar_test_make_tmpdir ();
      g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
      g_autofree char *before = NULL;
      const char *label = h < G_N_ELEMENTS (hostile_ledgers) ? hostile_ledgers[h].label : "browser history";

      if (h < G_N_ELEMENTS (hostile_ledgers))
        {
          const char * const setup[] = { "demo", "--sessions", "20", "--until", "2024-06-30", NULL };
          g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, setup);

          g_assert_cmpint (run->status, ==, 0);
          exec_sql (db, hostile_ledgers[h].sql);
        }
      else
        exec_sql (db, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                      "INSERT INTO moz_places (url) VALUES ('https://example.org/');");

      before = daftar_test_read_file (db);
      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, commands[c]);
          g_autofree char *after = daftar_test_read_file (db);
          g_autofree char *wal = g_strconcat (db, "-wal", NULL);

          g_test_message ("%s: daftar-cli %s: %s", label, commands[c][0], run->err);
          if (run->status == 0 || run->err[0] == '\0' || run->out[0] != '\0')
            g_error ("%s: daftar-cli %s: status %d, stdout “%s”", label, commands[c][0], run->status, run->out);
          g_assert_cmpstr (after, ==, before);
          g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
          assert_terminal_safe (label, run->err);
        }
      daftar_test_rm_rf (dir);
    }
}

/* Another database's -wal copied beside the ledger: never merged into it. */
static void
test_bad_input_stray_wal (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *db_before = NULL;
  g_autofree char *wal_before = NULL;
  const char * const setup[] = { "demo", "--sessions", "20", "--until", "2024-06-30", NULL };
  const char * const commands[][10] = {
    { "project", "list", NULL },
    { "log", PROJECT, LOG_ARGS, NULL },
  };
  sqlite3 *handle = NULL;
  gsize length;

  {
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, setup);

    g_assert_cmpint (run->status, ==, 0);
  }
  g_assert_cmpint (sqlite3_open (other, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                         "CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT);"
                                         "INSERT INTO urls (url) VALUES ('a');", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (other_wal, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (wal, contents, length, NULL));
  sqlite3_close (handle);

  db_before = daftar_test_read_file (db);
  wal_before = daftar_test_read_file (wal);
  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, commands[c]);
      g_autofree char *db_after = daftar_test_read_file (db);
      g_autofree char *wal_after = daftar_test_read_file (wal);

      if (run->status == 0 || strstr (run->err, "ledger.db-wal") == NULL)
        g_error ("daftar-cli %s: status %d, stderr “%s”", commands[c][0], run->status, run->err);
      g_assert_cmpstr (db_after, ==, db_before);
      g_assert_cmpstr (wal_after, ==, wal_before);
    }

  daftar_test_rm_rf (dir);
}

/* Names and notes written into the ledger with raw SQL, with an escape
 * sequence that clears the screen and bytes that are not UTF-8: the human
 * output never carries the controls, the JSON output is valid UTF-8. */
static void
test_bad_input_untrusted_text (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  const char * const setup[] = { "demo", "--sessions", "20", "--until", "2024-06-30", NULL };
  const char * const commands[][8] = {
    { "project", "list", NULL },
    { "project", "list", "--json", NULL },
    { "sessions", "--from", "2000-01-01", "--to", "2030-01-01", NULL },
    { "sessions", "--from", "2000-01-01", "--to", "2030-01-01", "--json", NULL },
    { "report", "--period", "all", "--by", "project", NULL },
    { "report", "--period", "all", "--by", "project", "--json", NULL },
    { "export", "--format", "json", NULL },
    { "tool", "list", NULL },
  };

  {
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, setup);

    g_assert_cmpint (run->status, ==, 0);
  }
  exec_sql (db, "UPDATE projects SET name = 'Evil' || char (27) || '[2J' || CAST (X'FFFE' AS TEXT) || char (7)"
                "  WHERE id = (SELECT min (id) FROM projects);"
                "UPDATE sessions SET note = 'bell' || char (7) || char (27) || ']0;title' || char (155) || 'x'"
                "  || CAST (X'C328' AS TEXT);"
                "UPDATE tools SET name = 'Tool' || char (27) || '[31m' WHERE id = 1;");

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, commands[c]);
      g_autofree char *label = g_strjoinv (" ", (char **) commands[c]);

      if (run->status != 0)
        g_error ("daftar-cli %s: status %d, stderr “%s”", label, run->status, run->err);
      assert_terminal_safe (label, run->out);
      /* C1 controls too, but for the export, which is data and goes to a pipe here */
      if (!g_str_equal (commands[c][0], "export"))
        g_assert_null (strstr (run->out, "\xc2\x9b"));
      if (strstr (label, "json") != NULL)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(GError) error = NULL;

          json_parser_load_from_data (parser, run->out, -1, &error);
          g_assert_no_error (error);
          g_assert_nonnull (strstr (run->out, "Evil"));
        }
    }

  /* The export is data, written as it is to a file or a pipe; to a terminal,
   * it is shown like the rest. */
  for (guint json = 0; json < 2; json++)
    {
      const char * const args[] = { "export", "--format", json ? "json" : "csv", NULL };
      g_autoptr(DaftarTestRun) run = daftar_test_run_cli_on_terminal (db, args);

      g_assert_cmpint (run->status, ==, 0);
      g_assert_nonnull (strstr (run->out, "Evil"));
      assert_terminal_safe (args[2], run->out);
      g_assert_null (strstr (run->out, "\xc2\x9b"));
    }

  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bad-input-ledger/output-is-ledger", test_bad_input_output_is_ledger);
  g_test_add_func ("/bad-input-ledger/output-through-link", test_bad_input_output_through_link);
  g_test_add_func ("/bad-input-ledger/hostile-files", test_bad_input_hostile_files);
  g_test_add_func ("/bad-input-ledger/stray-wal", test_bad_input_stray_wal);
  g_test_add_func ("/bad-input-ledger/untrusted-text", test_bad_input_untrusted_text);

  return g_test_run ();
}
