/* daftar-store-tools.c — the AI-tool catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-dates.h"
#include "daftar-store-private.h"
#include "daftar-text.h"

/* Checks a tool's name and cost, and prepares @sql with the clean name as ?2
 * and the cost as ?3 (minor units) and ?4 (currency), or NULL for none. */
static DaftarStmt *
prepare_tool (DaftarStore        *self,
              const char         *sql,
              const char         *name,
              const DaftarMoney  *monthly_cost,
              char              **out_clean,
              GError            **error)
{
  DaftarStmt *stmt;

  if (!daftar_validate_tool_name (name, error))
    return NULL;

  if (monthly_cost != NULL &&
      (!daftar_validate_currency (monthly_cost->currency, error) ||
       !daftar_validate_amount (monthly_cost->minor, DAFTAR_VALIDATION_ERROR_AMOUNT, error)))
    return NULL;

  if (!(stmt = daftar_store_prepare (self, sql, error)))
    return NULL;

  *out_clean = daftar_text_clean_name (name);
  sqlite3_bind_text (stmt, 2, *out_clean, -1, SQLITE_TRANSIENT);
  if (monthly_cost != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, monthly_cost->minor);
      sqlite3_bind_text (stmt, 4, monthly_cost->currency, -1, SQLITE_TRANSIENT);
    }

  return stmt;
}

/* Runs a tool's INSERT or UPDATE: a name already in the list is refused. */
static gboolean
step_tool (DaftarStore  *self,
           DaftarStmt   *stmt,
           const char   *clean,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_CONSTRAINT_UNIQUE)
    {
      g_autofree char *shown = daftar_text_isolate (clean);

      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE,
                   _("An AI tool called “%s” is already in your list."), shown);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return daftar_store_set_sql_error (self, rc, error);

  return TRUE;
}

/**
 * daftar_store_add_tool:
 * @monthly_cost: (nullable): the subscription's price per month
 * @out_id: (out) (optional): the new tool's id
 */
gboolean
daftar_store_add_tool (DaftarStore        *self,
                       const char         *name,
                       const DaftarMoney  *monthly_cost,
                       gint64             *out_id,
                       GError            **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!(stmt = prepare_tool (self,
                             "INSERT INTO tools (name, name_key, monthly_cost_minor, cost_currency) "
                             "VALUES (?2, daftar_fold (?2), ?3, ?4)",
                             name, monthly_cost, &clean, error)) ||
      !step_tool (self, stmt, clean, error))
    return FALSE;

  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (self->db);

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_TOOLS);
  return TRUE;
}

/**
 * daftar_store_update_tool:
 * @monthly_cost: (nullable): the subscription's price per month, or %NULL for none
 * @hidden: whether to leave the tool out of pickers
 */
gboolean
daftar_store_update_tool (DaftarStore        *self,
                          gint64              id,
                          const char         *name,
                          const DaftarMoney  *monthly_cost,
                          gboolean            hidden,
                          GError            **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!(stmt = prepare_tool (self,
                             "UPDATE tools SET name = ?2, name_key = daftar_fold (?2), monthly_cost_minor = ?3, "
                             "  cost_currency = ?4, hidden = ?5 WHERE id = ?1",
                             name, monthly_cost, &clean, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 5, hidden ? 1 : 0);
  if (!step_tool (self, stmt, clean, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND,
                           _("That AI tool no longer exists."));
      return FALSE;
    }

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_TOOLS | DAFTAR_STORE_CHANGE_SESSIONS);
  return TRUE;
}

static const DaftarColumn tool_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarTool, id) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarTool, name) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarTool, monthly_cost.minor), G_STRUCT_OFFSET (DaftarTool, has_cost) },
  { DAFTAR_COLUMN_CHARS, G_STRUCT_OFFSET (DaftarTool, monthly_cost.currency), 0, G_SIZEOF_MEMBER (DaftarTool, monthly_cost.currency) },
  { DAFTAR_COLUMN_BOOLEAN, G_STRUCT_OFFSET (DaftarTool, builtin) },
  { DAFTAR_COLUMN_BOOLEAN, G_STRUCT_OFFSET (DaftarTool, hidden) },
};

static const DaftarRecordType tool_type = {
  sizeof (DaftarTool), tool_columns, G_N_ELEMENTS (tool_columns), (GDestroyNotify) daftar_tool_free,
};

/**
 * daftar_store_list_tools:
 *
 * Returns: (transfer full) (element-type DaftarTool): tools by name
 */
GPtrArray *
daftar_store_list_tools (DaftarStore  *self,
                         gboolean      include_hidden,
                         GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT id, name, monthly_cost_minor, cost_currency, builtin, hidden "
                                     "FROM tools WHERE ?1 OR hidden = 0 "
                                     "ORDER BY name COLLATE NOCASE", error)))
    return NULL;

  sqlite3_bind_int (stmt, 1, include_hidden ? 1 : 0);
  return daftar_store_list_records (self, stmt, &tool_type, error);
}
