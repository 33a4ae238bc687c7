/* daftar-import-private.h — what the importer's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file goes through three stages: the reader turns bytes into rows of UTF-8
 * fields (daftar-import-reader.c), a format turns each row into records
 * (daftar-import-trackers.c, -upwork.c, -generic.c, -daftar.c), and the writer
 * puts records in the ledger under one batch (daftar-import-writer.c).
 */
#pragma once

#include "daftar-import.h"

G_BEGIN_DECLS

/* Limits on hostile files */
#define DAFTAR_IMPORT_MAX_FIELDS      256
#define DAFTAR_IMPORT_MAX_FIELD_BYTES (64 * 1024)
#define DAFTAR_IMPORT_MAX_BAD_ROWS    1000

/* ---- The CSV reader ---- */

typedef struct _DaftarCsvReader DaftarCsvReader;

/* Called with each row; return FALSE (with @error set) to stop the read. */
typedef gboolean (*DaftarCsvRowFunc) (guint          line,
                                      char         **fields,
                                      guint          n_fields,
                                      gpointer       user_data,
                                      GError       **error);

DaftarCsvReader *daftar_csv_reader_new        (GInputStream      *input,
                                               GError           **error);
char             daftar_csv_reader_get_delimiter (DaftarCsvReader *reader);
gboolean         daftar_csv_reader_run        (DaftarCsvReader   *reader,
                                               DaftarCsvRowFunc   func,
                                               gpointer           user_data,
                                               GCancellable      *cancellable,
                                               GError           **error);
guint64          daftar_csv_reader_get_bytes_read (DaftarCsvReader *reader);
void             daftar_csv_reader_free       (DaftarCsvReader   *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarCsvReader, daftar_csv_reader_free)

/* Whole CSV text in memory, for tests and fuzzing: rows as a GPtrArray of GStrv. */
GPtrArray       *daftar_csv_parse_bytes       (const guint8      *data,
                                               gsize              size,
                                               GError           **error);

/* ---- Columns and values ---- */

/* Column positions by name, found once from the header. */
typedef struct
{
  char **names;       /* as in the file, trimmed */
  char **keys;        /* folded, for comparing */
  guint  n;
} DaftarImportHeader;

DaftarImportHeader *daftar_import_header_new   (char            **fields,
                                                guint             n_fields);
void                daftar_import_header_free  (DaftarImportHeader *header);
int                 daftar_import_header_find  (const DaftarImportHeader *header,
                                                const char       *name);
int                 daftar_import_header_find_prefix (const DaftarImportHeader *header,
                                                      const char       *prefix,
                                                      char              currency[4]);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarImportHeader, daftar_import_header_free)

DaftarImportFormat  daftar_import_detect       (const DaftarImportHeader *header);

const char *daftar_import_cell                 (char            **fields,
                                                guint             n_fields,
                                                int               column);
gboolean    daftar_import_parse_decimal        (const char       *text,
                                                int               decimals,
                                                gboolean          allow_negative,
                                                gint64           *out,
                                                GError          **error);
gboolean    daftar_import_parse_hours          (const char       *text,
                                                gint64           *out_seconds,
                                                GError          **error);
gboolean    daftar_import_parse_clock          (const char       *text,
                                                gint64           *out_seconds,
                                                GError          **error);
gboolean    daftar_import_parse_time_of_day    (const char       *text,
                                                int              *out_seconds,
                                                GError          **error);
gboolean    daftar_import_parse_iso_date       (const char       *text,
                                                GDate            *out,
                                                GError          **error);
/* Whether a day's clocks keep one offset all day, learnt once per day. */
typedef struct
{
  guint32 julian;      /* 0 for none yet */
  gboolean uniform;
  gint32  offset;
} DaftarImportDayCache;

gboolean    daftar_import_local_to_utc         (const GDate      *date,
                                                int               seconds_of_day,
                                                GTimeZone        *tz,
                                                DaftarImportDayCache *cache,
                                                gint64           *out_utc,
                                                gint32           *out_offset,
                                                GError          **error);

/* ---- Records ---- */

typedef enum
{
  DAFTAR_IMPORT_RECORD_SESSION,
  DAFTAR_IMPORT_RECORD_PAYMENT,
  DAFTAR_IMPORT_RECORD_FEE,        /* the platform fee charged on an earlier payment */
  DAFTAR_IMPORT_RECORD_COST,       /* withdrawal fee, connects, membership, refund */
} DaftarImportRecordKind;

typedef struct
{
  DaftarImportRecordKind kind;
  guint          line;
  char          *key;              /* stable: the source's id, or a hash of the fields */
  /* The project, created if new */
  const char    *project;
  const char    *client;
  const char    *platform;         /* a platform key */
  DaftarPricing  pricing;
  char           currency[4];
  gboolean       has_amount;       /* an amount for the row, in @currency */
  gint64         amount_minor;
  /* Sessions */
  gboolean       has_rate;         /* the project's hourly rate, when the file names it */
  gint64         rate_minor;
  gint64         start_utc;
  gint32         utc_offset;
  gint64         seconds;
  gboolean       unpaid;           /* worked but not billable */
  const char    *note;
  char         **tags;             /* tags that may name AI tools */
  /* Payments, fees and costs */
  char           date[11];         /* YYYY-MM-DD */
  const char    *ref;              /* a fee's payment, by its key */
  const char    *cost_kind;        /* "withdrawal", "connects", "membership", "refund" */
} DaftarImportRecord;

char *daftar_import_hash_key (const char *first,
                              ...) G_GNUC_NULL_TERMINATED;
char *daftar_import_occurrence_key (GHashTable *occurrences,
                                    char       *base);

DaftarImportResult *daftar_import_result_new      (void);
char               *daftar_import_header_key      (const char * const *header);
char               *daftar_import_mapping_to_json (GHashTable         *mapping);

/* ---- The batch writer ---- */

typedef struct _DaftarImportWriter DaftarImportWriter;

DaftarImportWriter *daftar_import_writer_new      (DaftarStore         *store,
                                                   DaftarImportFormat   format,
                                                   const char          *file_name,
                                                   DaftarImportResult  *result,
                                                   GError             **error);
gboolean            daftar_import_writer_add      (DaftarImportWriter  *writer,
                                                   DaftarImportRecord  *record,
                                                   GError             **error);
void                daftar_import_writer_bad_row  (DaftarImportWriter  *writer,
                                                   guint                line,
                                                   const char          *reason);
DaftarStore        *daftar_import_writer_get_store (DaftarImportWriter *writer);
DaftarImportResult *daftar_import_writer_get_result (DaftarImportWriter *writer);
gint64              daftar_import_writer_get_batch (DaftarImportWriter *writer);
gboolean            daftar_import_writer_add_row_key (DaftarImportWriter *writer,
                                                      const char         *kind,
                                                      const char         *key,
                                                      gint64              target_id,
                                                      gboolean           *out_seen,
                                                      GError            **error);
gboolean            daftar_import_writer_note_created (DaftarImportWriter *writer,
                                                       const char         *kind,
                                                       gint64              id,
                                                       const char         *prior_text,
                                                       GError            **error);
gboolean            daftar_import_writer_seen     (DaftarImportWriter  *writer,
                                                   const char          *key,
                                                   gboolean            *out_seen,
                                                   GError             **error);
gboolean            daftar_import_writer_finish   (DaftarImportWriter  *writer,
                                                   const char          *header_key,
                                                   const char          *mapping,
                                                   gboolean             commit,
                                                   GError             **error);
void                daftar_import_writer_free     (DaftarImportWriter  *writer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarImportWriter, daftar_import_writer_free)

/* ---- Formats ---- */

typedef struct _DaftarImportParser DaftarImportParser;

struct _DaftarImportParser
{
  DaftarImportWriter       *writer;
  const DaftarImportOptions *options;
  GTimeZone                *tz;
  DaftarImportHeader       *header;
  DaftarImportDayCache      days;
  GHashTable               *occurrences;  /* row key → count so far (daftar_import_occurrence_key) */
  gpointer                  format_data;
  /* Turns one row into records for the writer; FALSE with @error stops the import,
   * a bad row is reported through daftar_import_writer_bad_row() instead. */
  gboolean (*row)    (DaftarImportParser *parser,
                      guint               line,
                      char              **fields,
                      guint               n_fields,
                      GError            **error);
  gboolean (*finish) (DaftarImportParser *parser,
                      GError            **error);
  void     (*free)   (gpointer            format_data);
};

gboolean daftar_import_trackers_init (DaftarImportParser *parser,
                                      DaftarImportFormat  format,
                                      GError            **error);
gboolean daftar_import_upwork_init   (DaftarImportParser *parser,
                                      GError            **error);
gboolean daftar_import_generic_init  (DaftarImportParser *parser,
                                      GHashTable         *mapping,
                                      GError            **error);
gboolean daftar_import_daftar_json   (DaftarImportWriter        *writer,
                                      GInputStream              *input,
                                      const DaftarImportOptions *options,
                                      GError                   **error);

G_END_DECLS
