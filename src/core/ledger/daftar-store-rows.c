/* daftar-store-rows.c — stepping a statement and reading its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every part of the store does with a SELECT: one row or none, every row
 * into a callback or a list of records, an id looked up by a name, a text
 * column copied into a fixed buffer.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include "daftar-store-private.h"

/**
 * daftar_stmt_copy_text:
 *
 * Copies the text of @column of the current row into @out, "" for NULL,
 * truncated to @size bytes with its NUL.
 */
void
daftar_stmt_copy_text (DaftarStmt *stmt,
                       int         column,
                       char       *out,
                       gsize       size)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  g_strlcpy (out, text != NULL ? text : "", size);
}

/**
 * daftar_store_step_row:
 * @out_row: (out): whether @stmt gave a row
 *
 * Steps @stmt once; its row, if any, lives until the statement is released.
 */
gboolean
daftar_store_step_row (DaftarStore  *self,
                       DaftarStmt   *stmt,
                       gboolean     *out_row,
                       GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return daftar_store_set_sql_error (self, rc, error);

  *out_row = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * daftar_store_find_id:
 * @sql: a SELECT of an id with @text as ?1
 * @out_id: (out): the id of its first row, or 0 when it has none
 */
gboolean
daftar_store_find_id (DaftarStore  *self,
                      const char   *sql,
                      const char   *text,
                      gint64       *out_id,
                      GError      **error)
{
  g_autoptr(DaftarStmt) stmt = daftar_store_prepare (self, sql, error);
  gboolean row;

  *out_id = 0;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  if (!daftar_store_step_row (self, stmt, &row, error))
    return FALSE;
  if (row)
    *out_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/**
 * daftar_store_each_row:
 * @func: called on each row, which lives until the next step
 *
 * Steps @stmt, a SELECT, to its end.
 */
gboolean
daftar_store_each_row (DaftarStore   *self,
                       DaftarStmt    *stmt,
                       DaftarRowFunc  func,
                       gpointer       data,
                       GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (stmt, data);

  if (rc != SQLITE_DONE)
    return daftar_store_set_sql_error (self, rc, error);

  return TRUE;
}

typedef struct
{
  GPtrArray    *records;
  DaftarRowNew  new_row;
} RowList;

static void
add_new_row (DaftarStmt *stmt,
             gpointer    data)
{
  RowList *list = data;

  g_ptr_array_add (list->records, list->new_row (stmt));
}

/**
 * daftar_store_list_rows:
 * @new_row: makes the record of a row
 * @free_record: frees one
 *
 * Steps @stmt, a SELECT, to its end.
 *
 * Returns: (transfer full): the records of its rows in order, or %NULL with @error set
 */
GPtrArray *
daftar_store_list_rows (DaftarStore     *self,
                        DaftarStmt      *stmt,
                        DaftarRowNew     new_row,
                        GDestroyNotify   free_record,
                        GError         **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (free_record);
  RowList list = { records, new_row };

  if (!daftar_store_each_row (self, stmt, add_new_row, &list, error))
    return NULL;

  return g_steal_pointer (&records);
}
