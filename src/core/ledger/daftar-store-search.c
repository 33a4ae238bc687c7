/* daftar-store-search.c — the ledger read in pieces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list shows the newest sessions first: they come a page at a time by keyset
 * (after the last key shown, never OFFSET), straight from the index on start
 * times. A search reads the FTS5 index of folded notes (note_search, schema
 * version 9), which the store keeps in step with every session it writes, and
 * matches names on their stored keys. A worker's reader can be cancelled in the
 * middle of a query.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <string.h>

#include "daftar-fold.h"
#include "daftar-store-private.h"
#include "daftar-store-search.h"

/* Trigrams: a shorter search can't be looked up in the index. */
#define MIN_INDEXED_CHARS 3

/* How many of the newest sessions a search's first page reads note by note
 * before it asks the index. */
#define FIRST_SCAN_ROWS 20000

/* SQLite's progress handler: how many virtual machine steps between checks. */
#define CANCEL_CHECK_STEPS 1000

/**
 * daftar_store_index_note:
 * @id: a session the open transaction has just written
 * @note: (nullable): its note
 *
 * Puts the session's folded note in the search index, in place of what was
 * there. Called by the store wherever it writes a session's note.
 */
gboolean
daftar_store_index_note (DaftarStore  *self,
                         gint64        id,
                         const char   *note,
                         GError      **error)
{
  g_autoptr(DaftarStmt) add = NULL;
  g_autofree char *folded = NULL;

  if (!daftar_store_unindex_note (self, id, error))
    return FALSE;
  if (note == NULL || *note == '\0')
    return TRUE;

  folded = daftar_fold (note, -1);
  if (!(add = daftar_store_prepare (self, "INSERT INTO note_search (rowid, note) VALUES (?1, ?2)", error)))
    return FALSE;
  sqlite3_bind_int64 (add, 1, id);
  sqlite3_bind_text (add, 2, folded, -1, SQLITE_TRANSIENT);
  return daftar_store_step_done (self, add, error);
}

/* Takes notes out of the search index: @sql deletes them, @id its ?1. */
static gboolean
unindex (DaftarStore  *self,
         const char   *sql,
         gint64        id,
         GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(stmt = daftar_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return daftar_store_step_done (self, stmt, error);
}

/**
 * daftar_store_unindex_note:
 *
 * Takes a session's note out of the search index, before the session goes.
 */
gboolean
daftar_store_unindex_note (DaftarStore  *self,
                           gint64        id,
                           GError      **error)
{
  return unindex (self, "DELETE FROM note_search WHERE rowid = ?1", id, error);
}

/**
 * daftar_store_unindex_project:
 *
 * Takes the notes of a project's sessions out of the search index, before the
 * project goes with its sessions.
 */
gboolean
daftar_store_unindex_project (DaftarStore  *self,
                              gint64        project_id,
                              GError      **error)
{
  return unindex (self,
                  "DELETE FROM note_search WHERE rowid IN (SELECT id FROM sessions WHERE project_id = ?1)",
                  project_id, error);
}

static const DaftarColumn key_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarSessionKey, id) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarSessionKey, start_utc) },
  { DAFTAR_COLUMN_INT, G_STRUCT_OFFSET (DaftarSessionKey, utc_offset) },
  { DAFTAR_COLUMN_INT, G_STRUCT_OFFSET (DaftarSessionKey, actual_seconds) },
};

static const DaftarRecordType key_type = {
  sizeof (DaftarSessionKey), key_columns, G_N_ELEMENTS (key_columns), NULL,
};

/**
 * daftar_store_read_session_keys:
 * @stmt: a SELECT of id, start_utc, utc_offset, actual_seconds
 *
 * Appends the key of each row of @stmt to @keys.
 */
gboolean
daftar_store_read_session_keys (DaftarStore  *self,
                                DaftarStmt   *stmt,
                                GArray       *keys,
                                GError      **error)
{
  return daftar_store_append_records (self, stmt, &key_type, keys, error);
}

/* @key as an FTS5 phrase: in double quotes, its own doubled. */
static char *
phrase_of (const char *key)
{
  GString *phrase = g_string_new ("\"");

  for (const char *p = key; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (phrase, '"');
      g_string_append_c (phrase, *p);
    }
  g_string_append_c (phrase, '"');
  return g_string_free (phrase, FALSE);
}

/* Whether a project's or a tool's name holds @key: 1, 0, or -1 with @error set */
static int
names_match (DaftarStore  *self,
             const char   *key,
             GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  int rc;

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT EXISTS (SELECT 1 FROM projects WHERE instr (name_key, ?1) > 0)"
                                     "    OR EXISTS (SELECT 1 FROM tools WHERE instr (name_key, ?1) > 0)", error)))
    return -1;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      daftar_store_set_sql_error (self, rc, error);
      return -1;
    }

  return sqlite3_column_int (stmt, 0);
}

#define NAMES_HOLD \
  "s.project_id IN (SELECT id FROM projects WHERE instr (name_key, ?1) > 0)" \
  "   OR s.id IN (SELECT session_id FROM session_tools WHERE tool_id IN" \
  "                 (SELECT id FROM tools WHERE instr (name_key, ?1) > 0))"
#define NAMES_MATCH "WHERE " NAMES_HOLD
#define KEYS_NEWEST_FIRST \
  "SELECT s.id, s.start_utc, s.utc_offset, s.actual_seconds FROM "
#define ORDER_NEWEST_FIRST \
  " ORDER BY s.start_utc DESC, s.id DESC LIMIT ?3"

/* The sessions whose note, project's name or a tool's name holds @key, newest
 * first, @limit at most (-1: all). */
static GArray *
search_keys (DaftarStore  *self,
             const char   *key,
             gint64        limit,
             GError      **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
  g_autoptr(DaftarStmt) stmt = NULL;
  gboolean indexed = g_utf8_validate (key, -1, NULL) &&
                     g_utf8_strlen (key, -1) >= MIN_INDEXED_CHARS;
  int names = indexed ? names_match (self, key, error) : 1;

  if (names < 0)
    return NULL;

  if (indexed && !names)
    /* The usual search: the index finds the few notes that hold it. */
    stmt = daftar_store_prepare (self,
                                 KEYS_NEWEST_FIRST "sessions s "
                                 "WHERE s.id IN (SELECT rowid FROM note_search WHERE note_search MATCH ?2)"
                                 ORDER_NEWEST_FIRST, error);
  else if (indexed)
    /* A project's or tool's name too: their sessions may be most of the ledger,
     * read once in order rather than gathered and sorted. */
    stmt = daftar_store_prepare (self,
                                 KEYS_NEWEST_FIRST "sessions s " NAMES_MATCH
                                 "   OR s.id IN (SELECT rowid FROM note_search WHERE note_search MATCH ?2)"
                                 ORDER_NEWEST_FIRST, error);
  else
    /* Shorter than a trigram: every note is read and folded. */
    stmt = daftar_store_prepare (self,
                                 KEYS_NEWEST_FIRST "sessions s " NAMES_MATCH
                                 "   OR daftar_contains (s.note, ?1)"
                                 ORDER_NEWEST_FIRST, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (indexed)
    {
      g_autofree char *phrase = phrase_of (key);

      sqlite3_bind_text (stmt, 2, phrase, -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int64 (stmt, 3, limit);

  if (!daftar_store_read_session_keys (self, stmt, keys, error))
    return NULL;

  return g_steal_pointer (&keys);
}

/**
 * daftar_store_search_session_keys:
 * @key: a search folded by daftar_fold(), not empty
 *
 * The keys of the sessions whose note, project's name or a tool's name holds
 * @key, newest first, as daftar_store_list_session_keys() lists them.
 */
GArray *
daftar_store_search_session_keys (DaftarStore  *self,
                                  const char   *key,
                                  GError      **error)
{
  return search_keys (self, key, -1, error);
}

/**
 * daftar_store_search_newest_session_keys:
 * @search: text as daftar_store_list_session_keys() takes it
 * @limit: how many keys at most
 *
 * The first @limit keys daftar_store_list_session_keys() lists for @search, in
 * its order, without finding every match: what a list shows first. The newest
 * sessions are read note by note first, so a word in many notes fills the page
 * from them without gathering its matches from the whole ledger; a rarer one
 * leaves the index few matches to sort.
 *
 * Returns: (transfer full) (element-type DaftarSessionKey): the keys
 */
GArray *
daftar_store_search_newest_session_keys (DaftarStore  *self,
                                         const char   *search,
                                         guint         limit,
                                         GError      **error)
{
  return daftar_store_search_first_keys (self, search, limit, FIRST_SCAN_ROWS, error);
}

/**
 * daftar_store_search_first_keys:
 * @scan_rows: how many of the newest sessions to read note by note first
 *
 * daftar_store_search_newest_session_keys(), with the number of sessions read
 * before the index is asked, for tests.
 */
GArray *
daftar_store_search_first_keys (DaftarStore  *self,
                                const char   *search,
                                guint         limit,
                                guint         scan_rows,
                                GError      **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autofree char *key = NULL;
  gint64 edge_start = G_MININT64, edge_id = G_MININT64;
  gboolean has_edge = FALSE;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (search != NULL)
    key = g_strstrip (daftar_fold (search, -1));
  if (key == NULL || *key == '\0')
    return daftar_store_list_newest_session_keys (self, NULL, limit, error);

  /* The oldest of the sessions read first: the scan stops there. */
  if (scan_rows > 0)
    {
      if (!(stmt = daftar_store_prepare (self,
                                         "SELECT start_utc, id FROM sessions "
                                         "ORDER BY start_utc DESC, id DESC LIMIT 1 OFFSET ?1", error)))
        return NULL;
      sqlite3_bind_int64 (stmt, 1, scan_rows - 1);
      if (!daftar_store_step_row (self, stmt, &has_edge, error))
        return NULL;
      /* None: the ledger holds fewer sessions, and all are read. */
      if (has_edge)
        {
          edge_start = sqlite3_column_int64 (stmt, 0);
          edge_id = sqlite3_column_int64 (stmt, 1);
        }
      g_clear_pointer (&stmt, daftar_stmt_release);

      if (!(stmt = daftar_store_prepare (self,
                                         KEYS_NEWEST_FIRST "sessions s "
                                         "WHERE (s.start_utc > ?4 OR (s.start_utc = ?4 AND s.id >= ?5)) "
                                         "  AND (" NAMES_HOLD " OR daftar_contains (s.note, ?1))"
                                         ORDER_NEWEST_FIRST, error)))
        return NULL;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, limit);
      sqlite3_bind_int64 (stmt, 4, edge_start);
      sqlite3_bind_int64 (stmt, 5, edge_id);
      if (!daftar_store_read_session_keys (self, stmt, keys, error))
        return NULL;

      /* A page from the newest sessions, or every session read: no other can
       * come before them. */
      if (keys->len >= limit || !has_edge)
        return g_steal_pointer (&keys);
    }

  return search_keys (self, key, limit, error);
}

#undef NAMES_HOLD
#undef NAMES_MATCH
#undef KEYS_NEWEST_FIRST
#undef ORDER_NEWEST_FIRST

/**
 * daftar_store_list_newest_session_keys:
 * @after: (nullable): the last key of the page before, or %NULL for the first
 * @limit: how many keys at most
 *
 * A page of the ledger's sessions, newest first, in the order of
 * daftar_store_list_session_keys(): those after @after, by keyset, so a page
 * deep in the list costs what the first does.
 *
 * Returns: (transfer full) (element-type DaftarSessionKey): the keys
 */
GArray *
daftar_store_list_newest_session_keys (DaftarStore            *self,
                                       const DaftarSessionKey *after,
                                       guint                   limit,
                                       GError                **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
  g_autoptr(DaftarStmt) stmt = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (after == NULL)
    stmt = daftar_store_prepare (self,
                                 "SELECT id, start_utc, utc_offset, actual_seconds FROM sessions "
                                 "ORDER BY start_utc DESC, id DESC LIMIT ?3", error);
  else
    stmt = daftar_store_prepare (self,
                                 "SELECT id, start_utc, utc_offset, actual_seconds FROM sessions "
                                 "WHERE start_utc <= ?1 AND (start_utc < ?1 OR id < ?2) "
                                 "ORDER BY start_utc DESC, id DESC LIMIT ?3", error);
  if (stmt == NULL)
    return NULL;

  if (after != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, after->start_utc);
      sqlite3_bind_int64 (stmt, 2, after->id);
    }
  sqlite3_bind_int64 (stmt, 3, limit);

  if (!daftar_store_read_session_keys (self, stmt, keys, error))
    return NULL;

  return g_steal_pointer (&keys);
}

/**
 * daftar_store_count_sessions:
 *
 * How many sessions the ledger holds, from the per-day totals rather than
 * by counting every row.
 *
 * Returns: the count, or -1 with @error set
 */
gint64
daftar_store_count_sessions (DaftarStore  *self,
                             GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), -1);

  if (!(stmt = daftar_store_prepare (self, "SELECT coalesce (sum (n_sessions), 0) FROM day_totals", error)))
    return -1;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      daftar_store_set_sql_error (self, rc, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

static int
check_cancelled (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/**
 * daftar_store_set_cancellable:
 * @self: a reader from daftar_store_open_reader(), used by one worker
 * @cancellable: (nullable): stops the query running when cancelled; %NULL for none
 *
 * A query cut short fails with an SQL error ("interrupted"); the caller checks
 * @cancellable first. @self holds no reference: unset it before @cancellable goes.
 */
void
daftar_store_set_cancellable (DaftarStore  *self,
                              GCancellable *cancellable)
{
  g_return_if_fail (DAFTAR_IS_STORE (self));

  sqlite3_progress_handler (self->db, cancellable ? CANCEL_CHECK_STEPS : 0,
                            cancellable ? check_cancelled : NULL, cancellable);
}
