/* daftar-store-copy.c — the ledger read off the main thread, and copied whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A store's connection belongs to the thread that opened it. Work that takes
 * long (an export, a backup) runs in a worker with a connection of its own:
 * a reader that sees one snapshot, or SQLite's online backup, which copies the
 * ledger page by page while the app goes on writing it.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-safe-file.h"
#include "daftar-store-copy.h"
#include "daftar-store-private.h"

/* Pages copied per step: 1 MiB at SQLite's default page size. */
#define BACKUP_PAGES_PER_STEP 256

/**
 * daftar_store_open_reader:
 * @self: the open ledger
 *
 * Opens a second, read-only connection to @self's file, for one worker
 * thread. It changes nothing in the file, not even when closed.
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
DaftarStore *
daftar_store_open_reader (DaftarStore  *self,
                          GError      **error)
{
  g_autoptr(DaftarStore) reader = NULL;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  reader = g_object_new (DAFTAR_TYPE_STORE, NULL);
  reader->path = g_strdup (self->path);
  reader->version = self->version;

  rc = sqlite3_open_v2 (reader->path, &reader->db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_OPEN,
                   _("Could not open the ledger %s: %s"), reader->path,
                   reader->db ? sqlite3_errmsg (reader->db) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (reader->db, 1);
  sqlite3_busy_timeout (reader->db, 5000);
  daftar_store_add_functions (reader->db);

  if (!daftar_store_exec (reader, "PRAGMA trusted_schema = OFF;", error))
    return NULL;

  return g_steal_pointer (&reader);
}

static gboolean
set_backup_error (GError      **error,
                  const char   *path,
                  sqlite3      *db,
                  int           rc)
{
  g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BACKUP,
               _("Could not back up the ledger to %s: %s. Nothing was written."),
               path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

/* Whether the copy in @db reads back whole. */
static gboolean
check_copy (sqlite3      *db,
            const char   *path,
            GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (!ok)
    set_backup_error (error, path, db, rc);
  return ok;
}

static gboolean
copy_pages (sqlite3             *src,
            sqlite3             *dest,
            const char          *path,
            GCancellable        *cancellable,
            DaftarProgressFunc   progress,
            gpointer             user_data,
            GError             **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", src, "main");
  int rc;

  if (backup == NULL)
    return set_backup_error (error, path, dest, SQLITE_ERROR);

  for (;;)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_backup_finish (backup);
          return FALSE;
        }

      rc = sqlite3_backup_step (backup, BACKUP_PAGES_PER_STEP);
      if (progress != NULL && (rc == SQLITE_OK || rc == SQLITE_DONE))
        {
          int total = sqlite3_backup_pagecount (backup);

          progress ((guint64) (total - sqlite3_backup_remaining (backup)), (guint64) total, user_data);
        }

      if (rc == SQLITE_DONE)
        break;
      if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        sqlite3_sleep (20);
      else if (rc != SQLITE_OK)
        {
          sqlite3_backup_finish (backup);
          return set_backup_error (error, path, NULL, rc);
        }
    }

  rc = sqlite3_backup_finish (backup);
  if (rc != SQLITE_OK)
    return set_backup_error (error, path, dest, rc);

  return TRUE;
}

/**
 * daftar_store_backup_to:
 * @self: the open ledger
 * @path: the file to write, as the user named it
 * @cancellable: (nullable): stops the copy between steps
 * @progress: (nullable): told the pages copied after each step, in the calling thread
 * @user_data: for @progress
 *
 * Copies the ledger, as one consistent snapshot, to a file that opens as a
 * ledger on its own. The copy is made with SQLite's online backup, from a
 * connection of its own (so it may run in a worker thread while the app goes
 * on with @self), into a temporary file beside the file @path resolves to,
 * which replaces it only once complete and checked. @path naming the ledger,
 * a link to it or one of its companions (-wal, -shm, -journal) is refused.
 * Failed or cancelled, it leaves no file behind and @path as it was.
 */
gboolean
daftar_store_backup_to (DaftarStore         *self,
                        const char          *path,
                        GCancellable        *cancellable,
                        DaftarProgressFunc   progress,
                        gpointer             user_data,
                        GError             **error)
{
  g_autoptr(DaftarSafeFile) file = NULL;
  sqlite3 *src = NULL;
  sqlite3 *dest = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!(file = daftar_safe_file_new (self, path, error)))
    return FALSE;

  /* A device or a pipe can't hold a database. */
  if (daftar_safe_file_get_temp (file) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("%s is not a regular file: a backup needs a file of its own. Nothing was written."),
                   path);
      return FALSE;
    }

  rc = sqlite3_open_v2 (self->path, &src, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_backup_error (error, path, src, rc);
      goto out;
    }
  sqlite3_busy_timeout (src, 5000);

  rc = sqlite3_open_v2 (daftar_safe_file_get_temp (file), &dest,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_backup_error (error, path, dest, rc);
      goto out;
    }

  ok = copy_pages (src, dest, path, cancellable, progress, user_data, error) &&
       check_copy (dest, path, error);

out:
  sqlite3_close (src);
  /* Closed before the rename, and closed on failure so the temporary file
   * can go with its journal rolled back. */
  if (dest != NULL && sqlite3_close (dest) != SQLITE_OK && ok)
    ok = set_backup_error (error, path, dest, SQLITE_BUSY);

  if (ok)
    ok = daftar_safe_file_commit (file, error);

  return ok;
}
