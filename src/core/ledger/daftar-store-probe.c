/* daftar-store-probe.c — deciding, read-only, whether a file may be opened as the ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before the ledger is opened for writing, even before its journal mode is set,
 * it is looked at through read-only connections that change nothing:
 *
 * - a non-empty SQLite file that Daftar did not make (another program's
 *   database, user_version 0 with tables) is refused;
 * - a ledger whose schema holds a table, view or trigger that Daftar's
 *   migrations do not create, or one of theirs changed, is refused, naming it:
 *   a trigger would run on every write, a view may never end;
 * - a write-ahead log (-wal) that nobody has open is replayed on a read-only
 *   connection first and checked: SQLite merges any -wal beside a file, one
 *   copied from another database included, and the ledger would become that
 *   database at its next checkpoint.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <stdio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "daftar-store-private.h"
#include "daftar-text.h"

#define WAL_HEADER_SIZE 32
#define SHM_DMS_BYTE    128   /* every connection holds a read lock on it */
#define MAX_NAMED       5

/* Whether a connection, in any process, has @path open: SQLite's live
 * connections lock a byte of the -shm file. /proc/locks is read rather than
 * the file locked, since closing a descriptor of our own would drop the locks
 * this process's connections hold on it. */
static gboolean
ledger_in_use (const char *path)
{
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *locks = NULL;
  g_auto(GStrv) lines = NULL;
  GStatBuf st;

  if (g_stat (shm, &st) != 0 ||
      !g_file_get_contents ("/proc/locks", &locks, NULL, NULL))
    return FALSE;

  lines = g_strsplit (locks, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      unsigned int dev_major, dev_minor;
      unsigned long inode;
      char start[32], end[32];

      if (strstr (lines[i], "->") != NULL ||
          sscanf (lines[i], "%*s %*s %*s %*s %*d %x:%x:%lu %31s %31s",
                  &dev_major, &dev_minor, &inode, start, end) != 5)
        continue;

      if (dev_major == major (st.st_dev) && dev_minor == minor (st.st_dev) &&
          inode == (unsigned long) st.st_ino &&
          g_ascii_strtoull (start, NULL, 10) <= SHM_DMS_BYTE &&
          (g_str_equal (end, "EOF") || g_ascii_strtoull (end, NULL, 10) >= SHM_DMS_BYTE))
        return TRUE;
    }

  return FALSE;
}

static gboolean
set_probe_error (sqlite3     *db,
                 int          rc,
                 const char  *path,
                 GError     **error)
{
  g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_CORRUPT,
               _("The ledger file is damaged: %s"),
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  g_prefix_error (error, _("Could not open the ledger %s: "), path);
  return FALSE;
}

static int
probe_user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);

  sqlite3_finalize (stmt);
  return version;
}

static const char schema_sql[] =
  "SELECT type, name, coalesce (sql, '') FROM sqlite_schema"
  " WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
  " ORDER BY type, name";

/* "type name" → sql, for what the migrations up to @version create. */
static GHashTable *
expected_schema (int version)
{
  GHashTable *expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const DaftarMigration *migrations;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n;

  migrations = daftar_store_get_migrations (&n);
  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL) != SQLITE_OK)
    g_error ("Opening a database in memory: %s", sqlite3_errmsg (db));
  /* The migrations may call Daftar's own SQL functions (daftar_fold). */
  daftar_store_add_functions (db);

  for (guint i = 0; i < n && migrations[i].version <= version; i++)
    if (sqlite3_exec (db, migrations[i].sql, NULL, NULL, NULL) != SQLITE_OK)
      g_error ("Migration %d fails in memory: %s", migrations[i].version, sqlite3_errmsg (db));

  if (sqlite3_prepare_v2 (db, schema_sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("Reading the schema: %s", sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (expected,
                         g_strdup_printf ("%s %s", sqlite3_column_text (stmt, 0),
                                          sqlite3_column_text (stmt, 1)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 2)));

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return expected;
}

/* “trigger “wipe””, in words, for a message. */
static char *
describe_object (const char *type,
                 const char *name)
{
  g_autofree char *shown = daftar_text_isolate (name);

  if (g_str_equal (type, "trigger"))
    return g_strdup_printf (_("trigger “%s”"), shown);
  if (g_str_equal (type, "view"))
    return g_strdup_printf (_("view “%s”"), shown);
  return g_strdup_printf (_("table “%s”"), shown);
}

/* Refuses what @db holds when Daftar did not make it. */
static gboolean
check_schema (sqlite3     *db,
              const char  *path,
              GError     **error)
{
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) list = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = probe_user_version (db);
  int rc;

  if (version < 0)
    return set_probe_error (db, sqlite3_errcode (db), path, error);

  /* A file from a newer Daftar is refused, with its own message, when opened. */
  if (version > daftar_store_latest_version ())
    return TRUE;

  expected = expected_schema (version);

  if ((rc = sqlite3_prepare_v2 (db, schema_sql, -1, &stmt, NULL)) != SQLITE_OK)
    return set_probe_error (db, rc, path, error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *sql = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *key = g_strdup_printf ("%s %s", type, name);

      if (g_strcmp0 (g_hash_table_lookup (expected, key), sql) != 0)
        g_ptr_array_add (found, describe_object (type, name));
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return set_probe_error (db, rc, path, error);

  if (found->len == 0)
    return TRUE;

  list = g_string_new (NULL);
  for (guint i = 0; i < found->len && i < MAX_NAMED; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", (char *) found->pdata[i]);
  if (found->len > MAX_NAMED)
    g_string_append (list, ", …");

  if (version == 0)
    g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_FOREIGN,
                 _("%s is not a Daftar ledger: it is another program’s database, holding %s. It was left as it was."),
                 path, list->str);
  else
    g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_FOREIGN,
                 _("The ledger %s holds what Daftar did not put there: %s. It was not opened, and nothing in it was changed."),
                 path, list->str);
  return FALSE;
}

static gboolean
check_integrity (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_ROW &&
       g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  return ok;
}

/* A read-only connection that neither writes the file nor checkpoints its
 * -wal on close; with @main_only, it does not even read the -wal. */
static sqlite3 *
open_probe (const char  *path,
            gboolean     main_only,
            GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  sqlite3 *db = NULL;
  int rc;

  uri = g_strdup_printf ("file:%s%s", escaped, main_only ? "?immutable=1" : "");
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_OPEN,
                   _("Could not open the ledger %s: %s"), path,
                   db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_busy_timeout (db, 5000);
  return db;
}

/**
 * daftar_store_probe:
 * @path: the ledger about to be opened
 *
 * Looks at @path without changing it and refuses it when Daftar must not
 * open it: see the top of this file. A missing or empty file passes: it
 * becomes a new ledger.
 */
gboolean
daftar_store_probe (const char  *path,
                    GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;
  sqlite3 *db;
  gboolean ok;

  if (g_stat (path, &st) != 0 || st.st_size == 0)
    return TRUE;

  /* In use elsewhere, the -wal is that connection's: read through it. */
  if (ledger_in_use (path))
    {
      if (!(db = open_probe (path, FALSE, error)))
        return FALSE;
      ok = check_schema (db, path, error);
      sqlite3_close (db);
      return ok;
    }

  if (!(db = open_probe (path, TRUE, error)))
    return FALSE;
  ok = check_schema (db, path, error);
  sqlite3_close (db);
  if (!ok)
    return FALSE;

  if (g_stat (wal, &st) != 0 || st.st_size <= WAL_HEADER_SIZE)
    return TRUE;

  /* Left by a Daftar that stopped before it checkpointed, the -wal holds the
   * last changes and must be kept; from elsewhere, it must not be merged. */
  if (!(db = open_probe (path, FALSE, error)))
    return FALSE;
  ok = check_schema (db, path, NULL) && check_integrity (db);
  sqlite3_close (db);

  if (!ok)
    g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_FOREIGN,
                 _("%s does not belong to the ledger %s: merged into it, it would damage or replace the ledger. Nothing was changed. Move that file out of the folder, then open the ledger again."),
                 wal, path);
  return ok;
}
