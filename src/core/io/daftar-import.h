/* daftar-import.h — history from other tools brought into the ledger, once, undoably
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-store.h"
#include "daftar-store-copy.h"

G_BEGIN_DECLS

#define DAFTAR_IMPORT_ERROR (daftar_import_error_quark ())

typedef enum
{
  DAFTAR_IMPORT_ERROR_READ,            /* the file could not be read */
  DAFTAR_IMPORT_ERROR_ENCODING,        /* neither UTF-8 nor UTF-16 with a BOM */
  DAFTAR_IMPORT_ERROR_MALFORMED,       /* not CSV, or a broken one */
  DAFTAR_IMPORT_ERROR_UNKNOWN_FORMAT,  /* a header no format knows */
  DAFTAR_IMPORT_ERROR_NEEDS_MAPPING,   /* another CSV: its columns need naming */
  DAFTAR_IMPORT_ERROR_DATE_ORDER,      /* dates in an order the format doesn't use */
  DAFTAR_IMPORT_ERROR_BAD_ROWS,        /* rows that can't be imported; nothing was */
  DAFTAR_IMPORT_ERROR_CANCELLED,
  DAFTAR_IMPORT_ERROR_NOT_FOUND,       /* no such import batch */
  DAFTAR_IMPORT_ERROR_CURRENCY,        /* no currency in the file and none given */
} DaftarImportError;

typedef enum
{
  DAFTAR_IMPORT_FORMAT_AUTO,
  DAFTAR_IMPORT_FORMAT_TOGGL,
  DAFTAR_IMPORT_FORMAT_CLOCKIFY,
  DAFTAR_IMPORT_FORMAT_HARVEST,
  DAFTAR_IMPORT_FORMAT_UPWORK,
  DAFTAR_IMPORT_FORMAT_DAFTAR,
  DAFTAR_IMPORT_FORMAT_CSV,
  DAFTAR_N_IMPORT_FORMATS
} DaftarImportFormat;

/* What a column of another CSV holds, in the mapping step. */
typedef enum
{
  DAFTAR_IMPORT_FIELD_IGNORE,
  DAFTAR_IMPORT_FIELD_DATE,
  DAFTAR_IMPORT_FIELD_START,
  DAFTAR_IMPORT_FIELD_END,
  DAFTAR_IMPORT_FIELD_DURATION,
  DAFTAR_IMPORT_FIELD_AMOUNT,
  DAFTAR_IMPORT_FIELD_CURRENCY,
  DAFTAR_IMPORT_FIELD_PROJECT,
  DAFTAR_IMPORT_FIELD_NOTE,
  DAFTAR_N_IMPORT_FIELDS
} DaftarImportField;

typedef struct
{
  DaftarImportFormat  format;
  GTimeZone          *timezone;        /* NULL: the local one */
  const char         *currency;        /* for files that name none; NULL: refuse them */
  gboolean            skip_bad_rows;
  gboolean            dry_run;         /* work it all out, write nothing */
  GHashTable         *mapping;         /* column name → DaftarImportField, for other CSVs */
  GCancellable       *cancellable;
  DaftarProgressFunc  progress;        /* bytes read of the file's size */
  gpointer            progress_data;
} DaftarImportOptions;

typedef struct
{
  guint  line;                         /* 1-based, the row's first line in the file */
  char  *reason;
} DaftarImportBadRow;

typedef struct
{
  DaftarImportFormat format;
  gint64             batch_id;         /* 0 when nothing was written */
  char              *timezone;         /* the zone local times were read in */
  guint              sessions;         /* created */
  guint              payments;
  guint              fees;             /* platform fees set on payments */
  guint              costs;            /* withdrawal fees, connects, membership, refunds */
  guint              projects_created;
  guint              projects_matched;
  guint              clients_created;
  guint              other_records;    /* tools, rates, fee terms of a Daftar export */
  guint              duplicates;       /* rows imported before */
  GPtrArray         *bad_rows;         /* (element-type DaftarImportBadRow) */
  GPtrArray         *created_projects; /* (element-type utf8) */
  GPtrArray         *matched_projects; /* (element-type utf8) */
  char             **header;           /* the columns of a CSV, for the mapping step */
} DaftarImportResult;

typedef struct
{
  gint64     id;
  char      *source;                   /* a format key */
  char      *file_name;
  gint64     imported_utc;
  guint      created;
  guint      matched;
  guint      duplicates;
  guint      refused;
} DaftarImportBatch;

GQuark              daftar_import_error_quark      (void);

const char         *daftar_import_format_to_key    (DaftarImportFormat  format);
gboolean            daftar_import_format_from_key  (const char         *key,
                                                    DaftarImportFormat *out);
const char         *daftar_import_format_get_label (DaftarImportFormat  format);
const char         *daftar_import_field_to_key     (DaftarImportField   field);
gboolean            daftar_import_field_from_key   (const char         *key,
                                                    DaftarImportField  *out);
const char         *daftar_import_field_get_label  (DaftarImportField   field);

DaftarImportResult *daftar_import_file             (DaftarStore                *store,
                                                    const char                 *path,
                                                    const DaftarImportOptions  *options,
                                                    GError                    **error);
void                daftar_import_result_free      (DaftarImportResult         *result);
char              **daftar_import_peek_header      (const char                 *path,
                                                    GError                    **error);

GHashTable         *daftar_import_saved_mapping    (DaftarStore                *store,
                                                    const char * const         *header,
                                                    GError                    **error);
GPtrArray          *daftar_import_list_batches     (DaftarStore                *store,
                                                    GError                    **error);
gboolean            daftar_import_undo             (DaftarStore                *store,
                                                    gint64                      batch_id,
                                                    GError                    **error);
void                daftar_import_batch_free       (DaftarImportBatch          *batch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarImportResult, daftar_import_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarImportBatch, daftar_import_batch_free)

G_END_DECLS
