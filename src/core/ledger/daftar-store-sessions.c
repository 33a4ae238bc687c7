/* daftar-store-sessions.c — work sessions, their AI tools, and the running timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-fold.h"
#include "daftar-format.h"
#include "daftar-store-private.h"
#include "daftar-text.h"

/* Tool names can't hold control characters, so this one joins them safely. */
#define TOOL_SEPARATOR "\x1f"

static gint64
find_tool_id (DaftarStore  *self,
              const char   *name,
              GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autofree char *trimmed = daftar_text_clean_name (name);
  int rc;

  if (!(stmt = daftar_store_prepare (self, "SELECT id FROM tools WHERE name_key = daftar_fold (?1)",
                                     error)))
    return -1;

  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  if (rc != SQLITE_DONE)
    daftar_store_set_sql_error (self, rc, error);
  else
    {
      g_autofree char *shown = daftar_text_isolate (trimmed);

      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_TOOL,
                   _("There is no AI tool called “%s”. Add it to your tools first."), shown);
    }

  return -1;
}

static gboolean
link_tools (DaftarStore        *self,
            gint64              session_id,
            const char * const *tools,
            GError            **error)
{
  g_autoptr(DaftarStmt) link = NULL;

  for (guint i = 0; tools != NULL && tools[i] != NULL; i++)
    {
      gint64 tool_id = find_tool_id (self, tools[i], error);

      if (tool_id < 0)
        return FALSE;

      if (!link && !(link = daftar_store_prepare (self,
                                                  "INSERT OR IGNORE INTO session_tools (session_id, tool_id) "
                                                  "VALUES (?1, ?2)", error)))
        return FALSE;

      sqlite3_reset (link);
      sqlite3_bind_int64 (link, 1, session_id);
      sqlite3_bind_int64 (link, 2, tool_id);
      if (!daftar_store_step_done (self, link, error))
        return FALSE;
    }

  return TRUE;
}

/* Binds @draft from ?@first on: project, start, offset, actual and paid seconds,
 * earned amount and note. */
static void
bind_draft (DaftarStmt               *stmt,
            int                       first,
            const DaftarSessionDraft *draft)
{
  sqlite3_bind_int64 (stmt, first, draft->project_id);
  sqlite3_bind_int64 (stmt, first + 1, draft->start_utc);
  sqlite3_bind_int (stmt, first + 2, draft->utc_offset);
  sqlite3_bind_int64 (stmt, first + 3, draft->actual_seconds);
  sqlite3_bind_int64 (stmt, first + 4, draft->has_paid ? draft->paid_seconds : draft->actual_seconds);
  if (draft->has_earned)
    sqlite3_bind_int64 (stmt, first + 5, draft->earned_minor);
  sqlite3_bind_text (stmt, first + 6, draft->note ? draft->note : "", -1, SQLITE_TRANSIENT);
}

/**
 * daftar_store_insert_session:
 * @pricing: how the draft's project is paid, known to the caller
 *
 * Validates @draft and writes it inside the caller's transaction, without a savepoint:
 * it writes nothing when the draft is refused, and its tools must exist.  For imports,
 * which write many.
 */
gboolean
daftar_store_insert_session (DaftarStore              *self,
                             const DaftarSessionDraft *draft,
                             DaftarPricing             pricing,
                             gint64                   *out_id,
                             GError                  **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  gint64 id;

  if (!daftar_validate_session_draft (draft, pricing, g_get_real_time () / G_USEC_PER_SEC, self->format, error))
    return FALSE;

  if (!(stmt = daftar_store_prepare (self,
                                     "INSERT INTO sessions (project_id, start_utc, utc_offset, "
                                     "  actual_seconds, paid_seconds, earned_minor, note) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error)))
    return FALSE;

  bind_draft (stmt, 1, draft);

  if (!daftar_store_step_done (self, stmt, error))
    return FALSE;

  id = sqlite3_last_insert_rowid (self->db);

  if (!link_tools (self, id, draft->tools, error) ||
      !daftar_store_index_note (self, id, draft->note, error))
    return FALSE;

  if (out_id != NULL)
    *out_id = id;

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_SESSIONS);
  return TRUE;
}

static gboolean
insert_session (DaftarStore              *self,
                const DaftarSessionDraft *draft,
                gint64                   *out_id,
                GError                  **error)
{
  g_autoptr(DaftarProject) project = daftar_store_get_project (self, draft->project_id, error);

  return project != NULL && daftar_store_insert_session (self, draft, project->pricing, out_id, error);
}

/**
 * daftar_store_add_session:
 * @out_id: (out) (optional): the new session's id
 *
 * Validates @draft against its project and writes the session and its tools
 * in one transaction; writes nothing on error.
 */
gboolean
daftar_store_add_session (DaftarStore              *self,
                          const DaftarSessionDraft *draft,
                          gint64                   *out_id,
                          GError                  **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!daftar_store_begin (self, error))
    return FALSE;

  return daftar_store_end (self, insert_session (self, draft, out_id, error), 0, error);
}

#define SESSION_COLUMNS \
  "SELECT s.id, s.project_id, p.name, p.currency, s.start_utc, s.utc_offset, " \
  "  s.actual_seconds, s.paid_seconds, s.earned_minor, s.note, " \
  "  (SELECT group_concat (t.name, '" TOOL_SEPARATOR "') FROM " \
  "     (SELECT t.name FROM session_tools st JOIN tools t ON t.id = st.tool_id " \
  "      WHERE st.session_id = s.id ORDER BY t.name COLLATE NOCASE) t), " \
  "  EXISTS (SELECT 1 FROM invoice_sessions x WHERE x.session_id = s.id) " \
  "FROM sessions s JOIN projects p ON p.id = s.project_id "

static gpointer
session_from_row (DaftarStmt *stmt)
{
  DaftarSession *session = g_new0 (DaftarSession, 1);
  const char *tools = (const char *) sqlite3_column_text (stmt, 10);

  session->id = sqlite3_column_int64 (stmt, 0);
  session->project_id = sqlite3_column_int64 (stmt, 1);
  session->project_name = daftar_stmt_dup_text (stmt, 2);
  daftar_stmt_copy_text (stmt, 3, session->currency, sizeof session->currency);
  session->start_utc = sqlite3_column_int64 (stmt, 4);
  session->utc_offset = sqlite3_column_int (stmt, 5);
  session->actual_seconds = sqlite3_column_int64 (stmt, 6);
  session->paid_seconds = sqlite3_column_int64 (stmt, 7);
  session->has_earned = sqlite3_column_type (stmt, 8) != SQLITE_NULL;
  session->earned_minor = sqlite3_column_int64 (stmt, 8);
  session->note = daftar_stmt_dup_text (stmt, 9);
  session->invoiced = sqlite3_column_int (stmt, 11) != 0;
  session->tools = g_ptr_array_new_with_free_func (g_free);

  if (tools != NULL && *tools != '\0')
    {
      g_auto(GStrv) names = g_strsplit (tools, TOOL_SEPARATOR, -1);

      for (guint i = 0; names[i] != NULL; i++)
        g_ptr_array_add (session->tools, g_steal_pointer (&names[i]));
    }

  return session;
}

/**
 * daftar_store_foreach_session:
 * @from_utc: first moment, inclusive
 * @to_utc: last moment, exclusive
 * @func: called with each session, oldest first; return %FALSE to stop
 *
 * Walks sessions without holding them all in memory.
 */
gboolean
daftar_store_foreach_session (DaftarStore              *self,
                              gint64                    from_utc,
                              gint64                    to_utc,
                              DaftarSessionForeachFunc  func,
                              gpointer                  user_data,
                              GError                  **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!(stmt = daftar_store_prepare (self,
                                     SESSION_COLUMNS
                                     "WHERE s.start_utc >= ?1 AND s.start_utc < ?2 "
                                     "ORDER BY s.start_utc, s.id", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, from_utc);
  sqlite3_bind_int64 (stmt, 2, to_utc);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(DaftarSession) session = session_from_row (stmt);

      if (!func (session, user_data))
        return TRUE;
    }

  if (rc != SQLITE_DONE)
    return daftar_store_set_sql_error (self, rc, error);

  return TRUE;
}

static gboolean
collect_session (const DaftarSession *session,
                 gpointer             user_data)
{
  DaftarSession *copy = g_new0 (DaftarSession, 1);

  *copy = *session;
  copy->project_name = g_strdup (session->project_name);
  copy->note = g_strdup (session->note);
  copy->tools = g_ptr_array_ref (session->tools);
  g_ptr_array_add (user_data, copy);
  return TRUE;
}

/**
 * daftar_store_list_sessions:
 * @from_utc: first moment, inclusive
 * @to_utc: last moment, exclusive
 *
 * Returns: (transfer full) (element-type DaftarSession): sessions starting in
 *   the range, oldest first
 */
GPtrArray *
daftar_store_list_sessions (DaftarStore  *self,
                            gint64        from_utc,
                            gint64        to_utc,
                            GError      **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) daftar_session_free);

  if (!daftar_store_foreach_session (self, from_utc, to_utc, collect_session, sessions, error))
    return NULL;

  return g_steal_pointer (&sessions);
}

DaftarSession *
daftar_store_get_session (DaftarStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  return daftar_store_get_row (self, SESSION_COLUMNS "WHERE s.id = ?1", id, session_from_row,
                               DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND, error,
                               _("There is no session with the number %s."));
}

/**
 * daftar_store_sum_by_project:
 * @from_utc: first moment, inclusive
 * @to_utc: last moment, exclusive
 *
 * Sums work time per project over sessions that start in the range, from the
 * covering index alone.
 *
 * Returns: (transfer full) (element-type DaftarProjectTotals): one row per project
 *   with sessions in the range, by project id
 */
static const DaftarColumn totals_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarProjectTotals, project_id) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarProjectTotals, actual_seconds) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarProjectTotals, paid_seconds) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarProjectTotals, n_sessions) },
};

static const DaftarRecordType totals_type = {
  sizeof (DaftarProjectTotals), totals_columns, G_N_ELEMENTS (totals_columns), NULL,
};

GArray *
daftar_store_sum_by_project (DaftarStore  *self,
                             gint64        from_utc,
                             gint64        to_utc,
                             GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (DaftarProjectTotals));

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT project_id, sum (actual_seconds), sum (paid_seconds), "
                                     "  count (*) "
                                     "FROM sessions INDEXED BY sessions_by_start "
                                     "WHERE start_utc >= ?1 AND start_utc < ?2 "
                                     "GROUP BY project_id ORDER BY project_id", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, from_utc);
  sqlite3_bind_int64 (stmt, 2, to_utc);
  if (!daftar_store_append_records (self, stmt, &totals_type, totals, error))
    return NULL;

  return g_steal_pointer (&totals);
}

/**
 * daftar_store_get_timer:
 *
 * Returns: (transfer full) (nullable): the running timer, or %NULL when none
 *   runs (check @error to tell the two apart)
 */
DaftarTimer *
daftar_store_get_timer (DaftarStore  *self,
                        GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  DaftarTimer *timer;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT t.project_id, p.name, t.start_utc, t.utc_offset, t.note "
                                     "FROM timer t JOIN projects p ON p.id = t.project_id", error)))
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        daftar_store_set_sql_error (self, rc, error);
      return NULL;
    }

  timer = g_new0 (DaftarTimer, 1);
  timer->project_id = sqlite3_column_int64 (stmt, 0);
  timer->project_name = daftar_stmt_dup_text (stmt, 1);
  timer->start_utc = sqlite3_column_int64 (stmt, 2);
  timer->utc_offset = sqlite3_column_int (stmt, 3);
  timer->note = daftar_stmt_dup_text (stmt, 4);
  return timer;
}

/**
 * daftar_store_start_timer:
 *
 * Records a running timer, so that closing the app or a crash loses nothing.
 */
gboolean
daftar_store_start_timer (DaftarStore  *self,
                          gint64        project_id,
                          gint64        start_utc,
                          gint32        utc_offset,
                          const char   *note,
                          GError      **error)
{
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!daftar_validate_note (note, self->format, error))
    return FALSE;

  if (!(project = daftar_store_get_project (self, project_id, error)))
    return FALSE;

  if (!(stmt = daftar_store_prepare (self,
                                     "INSERT INTO timer (id, project_id, start_utc, utc_offset, note) "
                                     "VALUES (1, ?1, ?2, ?3, ?4)", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_int64 (stmt, 2, start_utc);
  sqlite3_bind_int (stmt, 3, utc_offset);
  sqlite3_bind_text (stmt, 4, note ? note : "", -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_CONSTRAINT_PRIMARYKEY)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE,
                           _("A timer is already running. Stop it before starting another."));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return daftar_store_set_sql_error (self, rc, error);

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_TIMER);
  return TRUE;
}

/**
 * daftar_store_stop_timer:
 * @stop_utc: when the work stopped
 * @out_session_id: (out) (optional): the session created
 *
 * Turns the running timer into a session, in one transaction. When the
 * session would break a rule (say, longer than a day), nothing changes and
 * the timer keeps running, so the user can decide.
 */
gboolean
daftar_store_stop_timer (DaftarStore  *self,
                         gint64        stop_utc,
                         gint64       *out_session_id,
                         GError      **error)
{
  g_autoptr(DaftarTimer) timer = NULL;
  DaftarSessionDraft draft = { 0 };

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!daftar_store_begin (self, error))
    return FALSE;

  if (!(timer = daftar_store_require_timer (self, error)))
    return daftar_store_end (self, FALSE, 0, error);

  draft.project_id = timer->project_id;
  draft.start_utc = timer->start_utc;
  draft.utc_offset = timer->utc_offset;
  draft.actual_seconds = stop_utc - timer->start_utc;
  draft.note = timer->note;

  return daftar_store_end (self,
                           insert_session (self, &draft, out_session_id, error) &&
                           daftar_store_exec (self, "DELETE FROM timer", error),
                           DAFTAR_STORE_CHANGE_TIMER, error);
}

/**
 * daftar_store_resume_timer:
 * @session_id: the session daftar_store_stop_timer() just made
 *
 * Takes a stop back: the session becomes the running timer again, with its
 * project, start and note, in one transaction. Fails, changing nothing, when
 * another timer runs or the session is gone.
 */
gboolean
daftar_store_resume_timer (DaftarStore  *self,
                           gint64        session_id,
                           GError      **error)
{
  g_autoptr(DaftarSession) session = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!daftar_store_begin (self, error))
    return FALSE;

  return daftar_store_end (self,
                           (session = daftar_store_get_session (self, session_id, error)) != NULL &&
                           daftar_store_delete_session (self, session_id, error) &&
                           daftar_store_start_timer (self, session->project_id, session->start_utc,
                                                     session->utc_offset, session->note, error),
                           0, error);
}

/**
 * daftar_store_require_timer:
 *
 * Returns: (transfer full): the running timer, or %NULL with
 *   %DAFTAR_STORE_ERROR_NOT_FOUND when none runs
 */
DaftarTimer *
daftar_store_require_timer (DaftarStore  *self,
                            GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  DaftarTimer *timer = daftar_store_get_timer (self, &local_error);

  if (timer == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND,
                             _("No timer is running."));
    }
  return timer;
}

/**
 * daftar_store_discard_timer:
 *
 * Forgets the running timer without logging anything, however long it ran.
 * With no timer running, fails with %DAFTAR_STORE_ERROR_NOT_FOUND.
 */
gboolean
daftar_store_discard_timer (DaftarStore  *self,
                            GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!daftar_store_exec (self, "DELETE FROM timer", error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND,
                           _("No timer is running."));
      return FALSE;
    }

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_TIMER);
  return TRUE;
}

/**
 * daftar_store_update_session:
 *
 * Replaces a session's details and tools with @draft, validated as for a new
 * session, in one transaction; writes nothing on error.
 */
gboolean
daftar_store_update_session (DaftarStore              *self,
                             gint64                    id,
                             const DaftarSessionDraft *draft,
                             GError                  **error)
{
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autoptr(DaftarStmt) unlink = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!daftar_store_begin (self, error))
    return FALSE;

  if (!(project = daftar_store_get_project (self, draft->project_id, error)) ||
      !daftar_validate_session_draft (draft, project->pricing, g_get_real_time () / G_USEC_PER_SEC, self->format, error) ||
      !(stmt = daftar_store_prepare (self,
                                     "UPDATE sessions SET project_id = ?2, start_utc = ?3, utc_offset = ?4, "
                                     "  actual_seconds = ?5, paid_seconds = ?6, earned_minor = ?7, note = ?8 "
                                     "WHERE id = ?1", error)))
    goto fail;

  sqlite3_bind_int64 (stmt, 1, id);
  bind_draft (stmt, 2, draft);

  if (!daftar_store_step_changed (self, stmt, id, error,
                                  _("There is no session with the number %s.")))
    goto fail;

  if (!(unlink = daftar_store_prepare (self, "DELETE FROM session_tools WHERE session_id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (unlink, 1, id);
  return daftar_store_end (self,
                           daftar_store_step_done (self, unlink, error) &&
                           link_tools (self, id, draft->tools, error) &&
                           daftar_store_index_note (self, id, draft->note, error),
                           DAFTAR_STORE_CHANGE_SESSIONS, error);

fail:
  return daftar_store_end (self, FALSE, 0, error);
}

/**
 * daftar_store_delete_session:
 */
gboolean
daftar_store_delete_session (DaftarStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!daftar_store_begin (self, error))
    return FALSE;

  return daftar_store_end (self,
                           daftar_store_delete_row (self, "DELETE FROM sessions WHERE id = ?1", id, error,
                                                    _("There is no session with the number %s.")) &&
                           daftar_store_unindex_note (self, id, error),
                           DAFTAR_STORE_CHANGE_SESSIONS, error);
}

/**
 * daftar_store_list_session_keys:
 * @search: (nullable): text that must appear in the note, the project's name
 *   or a tool's name, in any case (Unicode's full case folding, so "STRASSE"
 *   finds "Straße"); %NULL or blank for every session
 *
 * Lists where each session sits, newest first, from the covering index: enough
 * for a lazy list to know its length and its day headings before it reads any
 * session in full.
 *
 * Returns: (transfer full) (element-type DaftarSessionKey): the keys
 */
GArray *
daftar_store_list_session_keys (DaftarStore  *self,
                                const char   *search,
                                GError      **error)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autofree char *needle = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (search != NULL)
    needle = g_strstrip (daftar_fold (search, -1));

  if (needle != NULL && *needle != '\0')
    return daftar_store_search_session_keys (self, needle, error);

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT id, start_utc, utc_offset, actual_seconds FROM sessions "
                                     "ORDER BY start_utc DESC, id DESC", error)) ||
      !daftar_store_read_session_keys (self, stmt, keys, error))
    return NULL;

  return g_steal_pointer (&keys);
}

/**
 * daftar_store_get_sessions:
 * @ids: (array length=n_ids): session ids
 *
 * Reads a page of sessions for a lazy list.
 *
 * Returns: (transfer full) (element-type DaftarSession): the sessions that
 *   exist, in no particular order
 */
GPtrArray *
daftar_store_get_sessions (DaftarStore  *self,
                           const gint64 *ids,
                           guint         n_ids,
                           GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autoptr(GString) list = g_string_new ("[");

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i ? "," : "", ids[i]);
  g_string_append_c (list, ']');

  if (!(stmt = daftar_store_prepare (self,
                                     SESSION_COLUMNS
                                     "WHERE s.id IN (SELECT value FROM json_each (?1))", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, list->str, -1, SQLITE_TRANSIENT);
  return daftar_store_list_rows (self, stmt, session_from_row, (GDestroyNotify) daftar_session_free, error);
}
