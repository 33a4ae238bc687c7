/* daftar-store-rows.c — stepping a statement and reading its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every part of the store does with a SELECT: one row or none, a row by its
 * id, every row into a callback or a list of records, an id looked up by a name, a text
 * column copied into a fixed buffer.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <string.h>

#include "daftar-day.h"
#include "daftar-message.h"
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
 * daftar_store_get_row:
 * @sql: a SELECT of one row with its @id as ?1
 * @new_row: makes the record from the row
 * @domain: the error's domain when there is no such row
 * @code: its code
 * @missing: its message, with one `%s` for @id in the user's digits
 *
 * Returns: (transfer full): the record of row @id, or %NULL with @error set
 */
gpointer
daftar_store_get_row (DaftarStore   *self,
                      const char    *sql,
                      gint64         id,
                      DaftarRowNew   new_row,
                      GQuark         domain,
                      int            code,
                      GError       **error,
                      const char    *missing)
{
  g_autoptr(DaftarStmt) stmt = daftar_store_prepare (self, sql, error);
  gboolean row;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!daftar_store_step_row (self, stmt, &row, error))
    return NULL;
  if (row)
    return new_row (stmt);

  daftar_message_set_error_id (self->format, error, domain, code, missing, id);
  return NULL;
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
 * daftar_stmt_read_columns:
 *
 * Reads the row's columns into @record's fields, as @columns say: column n by entry n.
 */
void
daftar_stmt_read_columns (DaftarStmt         *stmt,
                          gpointer            record,
                          const DaftarColumn *columns,
                          guint               n_columns)
{
  guint8 *base = record;

  for (guint i = 0; i < n_columns; i++)
    {
      const DaftarColumn *c = &columns[i];
      gpointer field = base + c->offset;
      const char *text;
      DaftarDay day;
      gboolean read;

      if (c->has != 0)
        *(gboolean *) (base + c->has) = sqlite3_column_type (stmt, (int) i) != SQLITE_NULL;

      switch (c->kind)
        {
        case DAFTAR_COLUMN_SKIP:
          break;
        case DAFTAR_COLUMN_INT64:
          *(gint64 *) field = sqlite3_column_int64 (stmt, (int) i);
          break;
        case DAFTAR_COLUMN_INT:
          *(int *) field = sqlite3_column_int (stmt, (int) i);
          break;
        case DAFTAR_COLUMN_BOOLEAN:
          *(gboolean *) field = sqlite3_column_int (stmt, (int) i) != 0;
          break;
        case DAFTAR_COLUMN_TEXT:
          *(char **) field = daftar_stmt_dup_text (stmt, (int) i);
          break;
        case DAFTAR_COLUMN_CHARS:
          daftar_stmt_copy_text (stmt, (int) i, field, c->size);
          break;
        case DAFTAR_COLUMN_DAY:
          text = (const char *) sqlite3_column_text (stmt, (int) i);
          day = 0;
          read = text != NULL && daftar_day_from_iso (text, &day);
          *(DaftarDay *) field = day;
          if (c->has != 0)
            *(gboolean *) (base + c->has) = read;
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * daftar_stmt_read_record:
 *
 * Returns: (transfer full): a new record of @type from the row
 */
gpointer
daftar_stmt_read_record (DaftarStmt             *stmt,
                         const DaftarRecordType *type)
{
  gpointer record = g_malloc0 (type->size);

  daftar_stmt_read_columns (stmt, record, type->columns, type->n_columns);
  return record;
}

/* Where the records of a statement's rows go: new ones into @records, or by value
 * at the end of @array. */
typedef struct
{
  GPtrArray              *records;
  GArray                 *array;
  const DaftarRecordType *type;
} RecordList;

static void
add_record (DaftarStmt *stmt,
            gpointer    data)
{
  RecordList *list = data;
  guint n;
  guint8 *record;

  if (list->records != NULL)
    {
      g_ptr_array_add (list->records, daftar_stmt_read_record (stmt, list->type));
      return;
    }

  n = list->array->len;
  g_array_set_size (list->array, n + 1);
  record = (guint8 *) list->array->data + (gsize) n * list->type->size;
  memset (record, 0, list->type->size);
  daftar_stmt_read_columns (stmt, record, list->type->columns, list->type->n_columns);
}

/**
 * daftar_store_list_records:
 *
 * Steps @stmt, a SELECT of @type's columns, to its end.
 *
 * Returns: (transfer full): the records of its rows in order, or %NULL with @error set
 */
GPtrArray *
daftar_store_list_records (DaftarStore             *self,
                           DaftarStmt              *stmt,
                           const DaftarRecordType  *type,
                           GError                 **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (type->free_record);
  RecordList list = { records, NULL, type };

  if (!daftar_store_each_row (self, stmt, add_record, &list, error))
    return NULL;

  return g_steal_pointer (&records);
}

/**
 * daftar_store_append_records:
 * @type: records kept by value, without anything to free
 * @array: an array of @type's records, @type's size each
 *
 * Steps @stmt, a SELECT of @type's columns, to its end, appending the record of
 * each row to @array; those of the rows before an error stay.
 */
gboolean
daftar_store_append_records (DaftarStore             *self,
                             DaftarStmt              *stmt,
                             const DaftarRecordType  *type,
                             GArray                  *array,
                             GError                 **error)
{
  RecordList list = { NULL, array, type };

  g_return_val_if_fail (g_array_get_element_size (array) == type->size, FALSE);
  g_return_val_if_fail (type->free_record == NULL, FALSE);

  return daftar_store_each_row (self, stmt, add_record, &list, error);
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
