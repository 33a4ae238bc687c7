/* daftar-store-watch.c — sharing the ledger with other programs
 *
 * Several programs may write one ledger: the app and daftar-cli. SQLite lets
 * one write at a time; the others wait in the busy handler. Two things keep
 * that fair and quick:
 *
 *  - a waiting writer polls every DAFTAR_STORE_BUSY_POLL_MS, not with
 *    SQLite's backoff (which sleeps up to 100 ms between tries and so misses
 *    the short gaps a long writer leaves between its batches);
 *  - a long writer calls daftar_store_yield() between batches, leaving the
 *    lock free long enough for a waiting writer to take it.
 *
 * And a program notices what the others committed: daftar_store_check_outside_changes()
 * compares SQLite's data_version, which moves only when another connection
 * commits, and emits ::changed for everything when it moved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include "daftar-store-private.h"

#define DAFTAR_STORE_BUSY_POLL_MS 2

static int
busy_cb (void *data,
         int   n_tries)
{
  DaftarStore *self = data;
  gint64 now = g_get_monotonic_time ();

  if (n_tries == 0)
    self->busy_since = now;

  if (now - self->busy_since >= (gint64) self->busy_timeout_ms * 1000)
    return 0;

  g_usleep (DAFTAR_STORE_BUSY_POLL_MS * 1000);
  self->lock_wait += DAFTAR_STORE_BUSY_POLL_MS * 1000;
  return 1;
}

/**
 * daftar_store_get_lock_wait:
 *
 * Returns: how long, in all, statements waited for another program's lock
 *   (µs): the sleeps the busy handler took, however long the machine made them
 */
gint64
daftar_store_get_lock_wait (DaftarStore *self)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), 0);
  return self->lock_wait;
}

/**
 * daftar_store_set_busy_timeout:
 * @timeout_ms: how long a statement waits for another program's lock
 *
 * A program with a window sets a short wait, so a write never holds its main
 * loop, and retries the write later; a command-line program can wait longer.
 */
void
daftar_store_set_busy_timeout (DaftarStore *self,
                               guint        timeout_ms)
{
  g_return_if_fail (DAFTAR_IS_STORE (self));

  self->busy_timeout_ms = timeout_ms;
  sqlite3_busy_handler (self->db, busy_cb, self);
}

/**
 * daftar_store_yield:
 *
 * Between the batches of a long write, outside any transaction: leaves the
 * write lock free for a moment, so a program waiting for it gets its turn.
 */
void
daftar_store_yield (DaftarStore *self)
{
  g_return_if_fail (DAFTAR_IS_STORE (self));
  g_return_if_fail (self->depth == 0);

  /* Several polls of a waiting writer. */
  g_usleep (DAFTAR_STORE_YIELD_MS * 1000);
}

static gint64
read_data_version (DaftarStore *self)
{
  DaftarStmt *stmt = daftar_store_prepare (self, "PRAGMA data_version", NULL);
  gint64 version = -1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  daftar_stmt_release (stmt);

  return version;
}

/* Called once the ledger is open: changes from here on are news. */
void
daftar_store_watch_init (DaftarStore *self)
{
  self->data_version = read_data_version (self);
}

/**
 * daftar_store_check_outside_changes:
 *
 * Cheap enough to call every second: asks whether another program committed
 * to the ledger since the last call, and if so emits ::changed with every
 * #DaftarStoreChange flag, so every view reloads.
 *
 * Returns: %TRUE when another program changed the ledger
 */
gboolean
daftar_store_check_outside_changes (DaftarStore *self)
{
  gint64 version;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  /* Inside a transaction the answer is the snapshot's; ask again later. */
  if (self->depth > 0)
    return FALSE;

  version = read_data_version (self);
  if (version < 0 || version == self->data_version)
    return FALSE;

  self->data_version = version;
  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_ALL);
  return TRUE;
}
