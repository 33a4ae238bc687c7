/* daftar-store-private.h — what the store's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "daftar-store.h"

G_BEGIN_DECLS

struct _DaftarStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *backup_path;
  GHashTable *statements;   /* SQL text (static) → sqlite3_stmt */
  int         version;
  guint       depth;        /* nesting of daftar_store_begin() */
  guint       pending;      /* DaftarStoreChange flags written in the open transaction */
  gboolean    opened;       /* opened in full: checkpointed when closed */
  guint       busy_timeout_ms;
  gint64      busy_since;   /* monotonic µs, when the current wait for a lock began */
  gint64      lock_wait;    /* µs, all the busy handler slept so far */
  gint64      data_version; /* SQLite's, when other programs' writes were last seen */
  DaftarFormat *format;     /* the digits of numbers in its messages; NULL: Latin */
};

/* A cached statement, reset and unbound when the variable goes out of scope. */
typedef sqlite3_stmt DaftarStmt;

void          daftar_stmt_release          (DaftarStmt   *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarStmt, daftar_stmt_release)

DaftarStmt   *daftar_store_prepare         (DaftarStore  *self,
                                            const char   *sql,
                                            GError      **error);
gboolean      daftar_store_set_sql_error   (DaftarStore  *self,
                                            int           rc,
                                            GError      **error);
gboolean      daftar_store_step_done       (DaftarStore  *self,
                                            DaftarStmt   *stmt,
                                            GError      **error);
gboolean      daftar_store_step_row        (DaftarStore  *self,
                                            DaftarStmt   *stmt,
                                            gboolean     *out_row,
                                            GError      **error);
gboolean      daftar_store_find_id         (DaftarStore  *self,
                                            const char   *sql,
                                            const char   *text,
                                            gint64       *out_id,
                                            GError      **error);

typedef void (*DaftarRowFunc) (DaftarStmt *stmt,
                               gpointer    data);

gboolean      daftar_store_each_row        (DaftarStore   *self,
                                            DaftarStmt    *stmt,
                                            DaftarRowFunc  func,
                                            gpointer       data,
                                            GError       **error);
typedef gpointer (*DaftarRowNew) (DaftarStmt *stmt);
gpointer      daftar_store_get_row         (DaftarStore   *self,
                                            const char    *sql,
                                            gint64         id,
                                            DaftarRowNew   new_row,
                                            GQuark         domain,
                                            int            code,
                                            GError       **error,
                                            const char    *missing);

/* A column read straight into a record's field; a table's n-th entry reads column n. */
typedef enum
{
  DAFTAR_COLUMN_SKIP,     /* read by the caller */
  DAFTAR_COLUMN_INT64,    /* a gint64 */
  DAFTAR_COLUMN_INT,      /* an int or a guint */
  DAFTAR_COLUMN_BOOLEAN,  /* a gboolean: the column is not 0 */
  DAFTAR_COLUMN_TEXT,     /* a char *, copied; NULL for NULL */
  DAFTAR_COLUMN_CHARS,    /* a char array of .size, like a currency code, copied */
  DAFTAR_COLUMN_DAY,      /* a DaftarDay from ISO text, 0 when none; .has: whether it read one */
} DaftarColumnKind;

typedef struct
{
  DaftarColumnKind kind;
  gsize            offset;  /* G_STRUCT_OFFSET of the field */
  gsize            has;     /* of a gboolean set when the column is not NULL, or 0 */
  gsize            size;    /* DAFTAR_COLUMN_CHARS: G_SIZEOF_MEMBER of the field */
} DaftarColumn;

/* A record the ledger lists: its size, its columns and how to free it. */
typedef struct
{
  gsize               size;
  const DaftarColumn *columns;
  guint               n_columns;
  GDestroyNotify      free_record;
} DaftarRecordType;

void          daftar_stmt_read_columns     (DaftarStmt             *stmt,
                                            gpointer                record,
                                            const DaftarColumn     *columns,
                                            guint                   n_columns);
gpointer      daftar_stmt_read_record      (DaftarStmt             *stmt,
                                            const DaftarRecordType *type);
GPtrArray    *daftar_store_list_records    (DaftarStore            *self,
                                            DaftarStmt             *stmt,
                                            const DaftarRecordType *type,
                                            GError                **error);
gboolean      daftar_store_append_records  (DaftarStore            *self,
                                            DaftarStmt             *stmt,
                                            const DaftarRecordType *type,
                                            GArray                 *array,
                                            GError                **error);
GPtrArray    *daftar_store_list_rows       (DaftarStore     *self,
                                            DaftarStmt      *stmt,
                                            DaftarRowNew     new_row,
                                            GDestroyNotify   free_record,
                                            GError         **error);
gboolean      daftar_store_step_changed    (DaftarStore  *self,
                                            DaftarStmt   *stmt,
                                            gint64        id,
                                            GError      **error,
                                            const char   *missing);
gboolean      daftar_store_delete_row      (DaftarStore  *self,
                                            const char   *sql,
                                            gint64        id,
                                            GError      **error,
                                            const char   *missing);
gboolean      daftar_store_exec            (DaftarStore  *self,
                                            const char   *sql,
                                            GError      **error);
char         *daftar_stmt_dup_text         (DaftarStmt   *stmt,
                                            int           column);
void          daftar_stmt_copy_text        (DaftarStmt   *stmt,
                                            int           column,
                                            char         *out,
                                            gsize         size);
void          daftar_store_note_change     (DaftarStore  *self,
                                            guint         changes);
gboolean      daftar_store_end             (DaftarStore  *self,
                                            gboolean      ok,
                                            guint         changes,
                                            GError      **error);
void          daftar_store_add_functions   (sqlite3      *db);
gint64        daftar_store_ensure_client   (DaftarStore  *self,
                                            const char   *name,
                                            GError      **error);

/* The note index, in daftar-store-search.c */
gboolean      daftar_store_index_note      (DaftarStore  *self,
                                            gint64        id,
                                            const char   *note,
                                            GError      **error);
gboolean      daftar_store_unindex_note    (DaftarStore  *self,
                                            gint64        id,
                                            GError      **error);
gboolean      daftar_store_unindex_project (DaftarStore  *self,
                                            gint64        project_id,
                                            GError      **error);
DaftarTimer  *daftar_store_require_timer   (DaftarStore  *self,
                                            GError      **error);
gboolean      daftar_store_read_session_keys (DaftarStore  *self,
                                              DaftarStmt   *stmt,
                                              GArray       *keys,
                                              GError      **error);
GArray       *daftar_store_search_session_keys (DaftarStore  *self,
                                                const char   *key,
                                                GError      **error);
GArray       *daftar_store_search_first_keys   (DaftarStore  *self,
                                                const char   *search,
                                                guint         limit,
                                                guint         scan_rows,
                                                GError      **error);

/* A session validated and written inside the caller's transaction, without a savepoint
 * of its own: for imports, which write many.  Writes nothing when the draft is refused. */
gboolean      daftar_store_insert_session  (DaftarStore              *self,
                                            const DaftarSessionDraft *draft,
                                            DaftarPricing             pricing,
                                            gint64                   *out_id,
                                            GError                  **error);

/* Sharing the ledger, in daftar-store-watch.c */
void          daftar_store_watch_init      (DaftarStore  *self);

/* Migrations, in daftar-store-schema.c */
typedef struct
{
  int         version;
  const char *sql;
} DaftarMigration;

const DaftarMigration *daftar_store_get_migrations (guint *n_migrations);

/* In daftar-store-probe.c */
gboolean daftar_store_probe (const char  *path,
                             GError     **error);

G_END_DECLS
