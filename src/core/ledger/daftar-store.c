/* daftar-store.c — opening, migrating and guarding the ledger file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "daftar-fold.h"
#include "daftar-format.h"
#include "daftar-message.h"
#include "daftar-store-private.h"

G_DEFINE_FINAL_TYPE (DaftarStore, daftar_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (daftar-store-error-quark, daftar_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
daftar_store_finalize (GObject *object)
{
  DaftarStore *self = (DaftarStore *)object;
  g_autoptr(GError) error = NULL;

  if (!daftar_store_close (self, &error))
    g_debug ("%s", error->message);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->format, daftar_format_unref);

  G_OBJECT_CLASS (daftar_store_parent_class)->finalize (object);
}

static void
daftar_store_class_init (DaftarStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = daftar_store_finalize;

  /**
   * DaftarStore::changed:
   * @changes: #DaftarStoreChange flags
   *
   * Emitted after a write is committed, so views can refresh.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

/**
 * daftar_store_note_change:
 * @changes: #DaftarStoreChange flags
 *
 * Records what a write touched; ::changed is emitted once the outermost
 * transaction commits, or at once outside a transaction.
 */
void
daftar_store_note_change (DaftarStore *self,
                          guint        changes)
{
  self->pending |= changes;

  if (self->depth == 0)
    {
      guint pending = self->pending;

      self->pending = 0;
      g_signal_emit (self, signals[CHANGED], 0, pending);
    }
}

static void
daftar_store_init (DaftarStore *self)
{
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
}

/**
 * daftar_store_close:
 *
 * Moves everything written into the ledger file itself (a TRUNCATE checkpoint,
 * which leaves the -wal empty) and closes the connection, so that the ledger
 * is one file again: a copy of it alone holds all the data. Any later call on
 * the store fails. Closing a closed store does nothing.
 *
 * Returns: %FALSE when the checkpoint could not finish because another
 *   program was using the ledger; the data is safe in the -wal, and the last
 *   program to close it moves it over
 */
gboolean
daftar_store_close (DaftarStore  *self,
                    GError      **error)
{
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (self->db == NULL)
    return TRUE;

  /* Statements must be finalized before the connection can close. */
  g_hash_table_remove_all (self->statements);

  if (self->depth > 0)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->depth = 0;
      self->pending = 0;
    }

  /* Only a ledger opened in full, never a file refused while opening. Not
   * long: a reader elsewhere only delays the move, and the app is quitting. */
  if (self->opened)
    {
      sqlite3_busy_timeout (self->db, 250);
      rc = sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
      if (rc != SQLITE_OK)
        ok = daftar_store_set_sql_error (self, rc, error);
    }

  if (sqlite3_close (self->db) != SQLITE_OK)
    g_warning ("Closing %s: %s", self->path, sqlite3_errmsg (self->db));
  self->db = NULL;
  return ok;
}

static gboolean
refuse_closed (DaftarStore  *self,
               GError      **error)
{
  g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_SQL,
               _("The ledger %s is closed."), self->path);
  return FALSE;
}

/**
 * daftar_store_default_path:
 *
 * The ledger lives at `$DAFTAR_DB` when set, else `$XDG_DATA_HOME/daftar/daftar.db`.
 *
 * Returns: (transfer full): the path
 */
char *
daftar_store_default_path (void)
{
  const char *env = g_getenv ("DAFTAR_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "daftar", "daftar.db", NULL);
}

int
daftar_store_latest_version (void)
{
  guint n;
  const DaftarMigration *m = daftar_store_get_migrations (&n);

  return m[n - 1].version;
}

gboolean
daftar_store_set_sql_error (DaftarStore  *self,
                            int           rc,
                            GError      **error)
{
  int code;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = DAFTAR_STORE_ERROR_BUSY;
      g_set_error_literal (error, DAFTAR_STORE_ERROR, code,
                           _("The ledger is busy in another window or program. Try again in a moment."));
      return FALSE;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = DAFTAR_STORE_ERROR_CORRUPT;
      g_set_error (error, DAFTAR_STORE_ERROR, code,
                   _("The ledger file is damaged: %s"),
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;

    default:
      code = DAFTAR_STORE_ERROR_SQL;
      g_set_error (error, DAFTAR_STORE_ERROR, code,
                   _("The ledger could not be read or written: %s"),
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }
}

void
daftar_stmt_release (DaftarStmt *stmt)
{
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
}

/**
 * daftar_store_prepare:
 * @sql: a string literal; its address is the cache key
 *
 * Returns: (transfer none): a prepared statement, ready to bind
 */
DaftarStmt *
daftar_store_prepare (DaftarStore  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;
  if (self->db == NULL)
    {
      refuse_closed (self, error);
      return NULL;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      /* A statement SQLite refuses is a bug; the file failing to be read (a
       * worker's reader of a ledger gone), the ledger's fault. */
      if ((rc & 0xff) == SQLITE_ERROR)
        g_critical ("Preparing “%s”: %s", sql, sqlite3_errmsg (self->db));
      daftar_store_set_sql_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
daftar_store_step_done (DaftarStore  *self,
                        DaftarStmt   *stmt,
                        GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return daftar_store_set_sql_error (self, rc, error);

  return TRUE;
}

/**
 * daftar_store_step_changed:
 * @id: the row's number, for the message
 * @missing: the message when no row changed, with one `%s` for @id in the
 *   user's digits
 *
 * Runs @stmt, an UPDATE or DELETE of one row; a row that is not there is a
 * %DAFTAR_STORE_ERROR_NOT_FOUND error saying @missing.
 */
gboolean
daftar_store_step_changed (DaftarStore  *self,
                           DaftarStmt   *stmt,
                           gint64        id,
                           GError      **error,
                           const char   *missing)
{
  if (!daftar_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      daftar_message_set_error_id (self->format, error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND,
                                   missing, id);
      return FALSE;
    }

  return TRUE;
}

/**
 * daftar_store_delete_row:
 * @sql: a DELETE with the row's @id as ?1
 * @missing: the message when there is no such row, with one `%s` for @id
 */
gboolean
daftar_store_delete_row (DaftarStore  *self,
                         const char   *sql,
                         gint64        id,
                         GError      **error,
                         const char   *missing)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(stmt = daftar_store_prepare (self, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return daftar_store_step_changed (self, stmt, id, error, missing);
}

gboolean
daftar_store_exec (DaftarStore  *self,
                   const char   *sql,
                   GError      **error)
{
  int rc;

  if (self->db == NULL)
    return refuse_closed (self, error);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return daftar_store_set_sql_error (self, rc, error);

  return TRUE;
}

char *
daftar_stmt_dup_text (DaftarStmt *stmt,
                      int         column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/* Opens a transaction with @begin, or a savepoint inside one already open. */
static gboolean
begin_with (DaftarStore  *self,
            const char   *begin,
            GError      **error)
{
  if (!daftar_store_exec (self, self->depth == 0 ? begin : "SAVEPOINT nested", error))
    return FALSE;

  self->depth++;
  return TRUE;
}

/**
 * daftar_store_begin:
 *
 * Starts a write transaction, or a savepoint inside one already open, so that
 * store functions can be composed into one user action.
 */
gboolean
daftar_store_begin (DaftarStore  *self,
                    GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  return begin_with (self, "BEGIN IMMEDIATE", error);
}

/**
 * daftar_store_begin_read:
 *
 * Like daftar_store_begin(), but takes no write lock: for a consistent
 * snapshot while reading. End it with daftar_store_rollback().
 */
gboolean
daftar_store_begin_read (DaftarStore  *self,
                         GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  return begin_with (self, "BEGIN DEFERRED", error);
}

gboolean
daftar_store_commit (DaftarStore  *self,
                     GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (!daftar_store_exec (self, self->depth == 1 ? "COMMIT" : "RELEASE nested", error))
    {
      daftar_store_rollback (self);
      return FALSE;
    }

  self->depth--;
  if (self->depth == 0 && self->pending != 0)
    daftar_store_note_change (self, 0);
  return TRUE;
}

/**
 * daftar_store_end:
 * @ok: whether every step since daftar_store_begin() went through
 * @changes: what they changed, noted once committed (0: nothing more to note)
 *
 * Ends a write: commits when @ok, else rolls back and leaves @error as the failed
 * step set it.
 *
 * Returns: %TRUE when committed
 */
gboolean
daftar_store_end (DaftarStore  *self,
                  gboolean      ok,
                  guint         changes,
                  GError      **error)
{
  if (!ok)
    {
      daftar_store_rollback (self);
      return FALSE;
    }

  if (changes != 0)
    daftar_store_note_change (self, changes);
  return daftar_store_commit (self, error);
}

void
daftar_store_rollback (DaftarStore *self)
{
  g_return_if_fail (DAFTAR_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->pending = 0;
    }
  else
    sqlite3_exec (self->db, "ROLLBACK TO nested; RELEASE nested", NULL, NULL, NULL);

  self->depth--;
}

static int
read_user_version (DaftarStore *self)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);

  sqlite3_finalize (stmt);
  return version;
}

static gboolean
backup_before_migration (DaftarStore  *self,
                         int           from_version,
                         GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  g_autofree char *target = g_strdup_printf ("%s.v%d-%s.bak", self->path, from_version, stamp);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (target, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BACKUP,
                   _("Could not save a copy of the ledger to %s before updating it: %s. Nothing was changed."),
                   target, dest ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      g_unlink (target);
      return FALSE;
    }

  sqlite3_close (dest);
  g_clear_pointer (&self->backup_path, g_free);
  self->backup_path = g_steal_pointer (&target);
  return TRUE;
}

/* daftar_fold (text): the key names are compared and notes searched by */
static void
fold_sql (sqlite3_context  *context,
          int               argc,
          sqlite3_value   **argv)
{
  const char *text;

  if (sqlite3_value_type (argv[0]) == SQLITE_NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  text = (const char *) sqlite3_value_text (argv[0]);
  sqlite3_result_text (context, daftar_fold (text, sqlite3_value_bytes (argv[0])), -1, g_free);
}

/* daftar_contains (text, key): whether daftar_fold (text) holds @key, a folded,
 * non-empty search */
static void
contains_sql (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  const char *key = (const char *) sqlite3_value_text (argv[1]);

  if (text == NULL || key == NULL || *key == '\0')
    {
      sqlite3_result_int (context, 0);
      return;
    }

  sqlite3_result_int (context, daftar_fold_contains (text, sqlite3_value_bytes (argv[0]), key));
}

/**
 * daftar_store_add_functions:
 *
 * Gives a connection the SQL functions the store's statements and migrations
 * call. Direct only: a trigger or view in a hostile file can't call them.
 */
void
daftar_store_add_functions (sqlite3 *db)
{
  sqlite3_create_function_v2 (db, "daftar_fold", 1,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                              NULL, fold_sql, NULL, NULL, NULL);
  sqlite3_create_function_v2 (db, "daftar_contains", 2,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                              NULL, contains_sql, NULL, NULL, NULL);
}

static gboolean
refuse_newer_version (DaftarStore  *self,
                      int           version,
                      GError      **error)
{
  int latest = daftar_store_latest_version ();

  if (version > latest)
    {
      g_autofree char *saved = daftar_format_id (self->format, version);
      g_autofree char *readable = daftar_format_id (self->format, latest);

      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NEWER_SCHEMA,
                   _("The ledger was saved by a newer version of Daftar (format %s; this version reads up to %s). Update Daftar to open it."),
                   saved, readable);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (DaftarStore  *self,
         GError      **error)
{
  guint n;
  const DaftarMigration *migrations = daftar_store_get_migrations (&n);
  int latest = migrations[n - 1].version;
  int version = read_user_version (self);

  if (version < 0)
    {
      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_CORRUPT,
                   _("%s is not a Daftar ledger, or it is damaged: %s"),
                   self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }

  if (!refuse_newer_version (self, version, error))
    return FALSE;

  if (version == latest)
    {
      self->version = version;
      return TRUE;
    }

  /* A ledger with data in it is copied aside before its format changes. */
  if (version > 0 && !backup_before_migration (self, version, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *set_version = NULL;
      g_autoptr(GError) local_error = NULL;

      if (migrations[i].version <= version)
        continue;

      set_version = g_strdup_printf ("PRAGMA user_version = %d", migrations[i].version);

      if (!daftar_store_begin (self, &local_error) ||
          !daftar_store_exec (self, migrations[i].sql, &local_error) ||
          !daftar_store_exec (self, set_version, &local_error) ||
          !daftar_store_commit (self, &local_error))
        {
          g_autofree char *target = daftar_format_id (self->format, migrations[i].version);

          if (self->depth > 0)
            daftar_store_rollback (self);
          g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_MIGRATION,
                       _("Could not update the ledger to format %s: %s"),
                       target, local_error->message);
          return FALSE;
        }

      g_debug ("Migrated %s to version %d", self->path, migrations[i].version);
    }

  self->version = latest;
  return TRUE;
}

/**
 * daftar_store_open:
 * @path: the ledger file; its folder is created when missing
 *
 * daftar_store_open_with_format() with Latin digits in its messages.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
DaftarStore *
daftar_store_open (const char  *path,
                   GError     **error)
{
  return daftar_store_open_with_format (path, NULL, error);
}

/**
 * daftar_store_open_with_format:
 * @path: the ledger file; its folder is created when missing
 * @format: (nullable): the digits of numbers in the store's messages, from opening
 *   on (see daftar_store_set_format()); %NULL for Latin
 *
 * Opens (or creates) the ledger, turns on WAL and foreign keys, and brings the
 * schema up to date, copying the file aside first when it holds data.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
DaftarStore *
daftar_store_open_with_format (const char    *path,
                               DaftarFormat  *format,
                               GError       **error)
{
  g_autoptr(DaftarStore) self = NULL;
  g_autofree char *dir = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_OPEN,
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  /* Another program's database, or a ledger carrying what Daftar did not
   * make, is refused before anything, even its journal mode, is changed. */
  if (!daftar_store_probe (path, error))
    return NULL;

  self = g_object_new (DAFTAR_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  daftar_store_set_format (self, format);

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_OPEN,
                   _("Could not open the ledger %s: %s"), path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  daftar_store_set_busy_timeout (self, DAFTAR_STORE_BUSY_TIMEOUT_MS);
  daftar_store_add_functions (self->db);

  /* A file from a newer Daftar is refused before anything, even its journal
   * mode, is changed. */
  if (!refuse_newer_version (self, read_user_version (self), error))
    return NULL;

  if (!daftar_store_exec (self,
                          "PRAGMA journal_mode = WAL;"
                          "PRAGMA synchronous = NORMAL;"
                          "PRAGMA foreign_keys = ON;"
                          "PRAGMA trusted_schema = OFF;",
                          error))
    {
      g_prefix_error (error, _("Could not open the ledger %s: "), path);
      return NULL;
    }

  if (!migrate (self, error))
    return NULL;

  self->opened = TRUE;
  daftar_store_watch_init (self);
  return g_steal_pointer (&self);
}

/**
 * daftar_store_set_format:
 * @format: (nullable): the format the user reads, or %NULL for Latin digits
 *
 * Numbers in the store's messages ("There is no session with the number ۱۲.")
 * are written with @format.  The context hands the store its one format; a store
 * used in a worker gets a copy of its own (ICU's formatters are not shared
 * between threads).
 */
void
daftar_store_set_format (DaftarStore  *self,
                         DaftarFormat *format)
{
  g_return_if_fail (DAFTAR_IS_STORE (self));

  if (format != NULL)
    daftar_format_ref (format);
  g_clear_pointer (&self->format, daftar_format_unref);
  self->format = format;
}

/**
 * daftar_store_get_format:
 *
 * Returns: (transfer none) (nullable): the format of the store's messages
 */
DaftarFormat *
daftar_store_get_format (DaftarStore *self)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);
  return self->format;
}

const char *
daftar_store_get_path (DaftarStore *self)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);
  return self->path;
}

int
daftar_store_get_version (DaftarStore *self)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), -1);
  return self->version;
}

/**
 * daftar_store_get_backup_path:
 *
 * Returns: (nullable): the copy taken before the last migration, if any
 */
const char *
daftar_store_get_backup_path (DaftarStore *self)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);
  return self->backup_path;
}

/**
 * daftar_store_get_change_count:
 *
 * Returns: rows inserted, updated or deleted through this connection since it opened
 */
gint64
daftar_store_get_change_count (DaftarStore *self)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), 0);
  return self->db != NULL ? sqlite3_total_changes64 (self->db) : 0;
}

/**
 * daftar_store_check_integrity:
 *
 * Runs SQLite's integrity and foreign-key checks.
 */
gboolean
daftar_store_check_integrity (DaftarStore  *self,
                              GError      **error)
{
  g_autoptr(DaftarStmt) integrity = NULL;
  g_autoptr(DaftarStmt) foreign = NULL;
  const char *result;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!(integrity = daftar_store_prepare (self, "PRAGMA integrity_check", error)))
    return FALSE;

  if (sqlite3_step (integrity) != SQLITE_ROW)
    return daftar_store_set_sql_error (self, sqlite3_errcode (self->db), error);

  result = (const char *) sqlite3_column_text (integrity, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_CORRUPT,
                   _("The ledger file is damaged: %s"), result);
      return FALSE;
    }

  if (!(foreign = daftar_store_prepare (self, "PRAGMA foreign_key_check", error)))
    return FALSE;

  if (sqlite3_step (foreign) == SQLITE_ROW)
    {
      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_CORRUPT,
                   _("The ledger file is damaged: a row in “%s” points to nothing."),
                   (const char *) sqlite3_column_text (foreign, 0));
      return FALSE;
    }

  return TRUE;
}
