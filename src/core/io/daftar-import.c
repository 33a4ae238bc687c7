/* daftar-import.c — one file in, as one batch: reading, detecting, handing rows on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file is a Daftar export when it starts with "{" and a CSV otherwise; a CSV's
 * format comes from its header's column names.  The rows go to the format's parser
 * one at a time as they are read, and its records to the writer inside one
 * transaction.  Nothing is written when the file is broken, when it was cancelled,
 * for a dry run, or when a row was bad and the options did not say to skip bad rows.
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-import-private.h"

#define PROGRESS_EVERY_ROWS 1000

typedef struct
{
  DaftarImportParser         parser;
  const DaftarImportOptions *options;
  DaftarImportResult        *result;
  DaftarCsvReader           *reader;
  DaftarStore               *store;
  const char                *file_name;
  guint64                    size;
  guint                      rows;
  char                      *header_key;
  GHashTable                *mapping;   /* the one used, for other CSVs */
} Run;

static gboolean
set_needs_mapping (GError **error)
{
  g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_NEEDS_MAPPING,
                       _("Daftar doesn’t know this kind of CSV. Name what its columns hold: "
                         "a date, a start, an end or a duration, an amount, a currency, "
                         "a project, a note."));
  return FALSE;
}

static gboolean
start_format (Run      *run,
              char    **fields,
              guint     n_fields,
              GError  **error)
{
  DaftarImportFormat format = run->options->format;

  run->parser.header = daftar_import_header_new (fields, n_fields);
  run->result->header = g_strdupv (run->parser.header->names);
  if (format == DAFTAR_IMPORT_FORMAT_AUTO)
    format = daftar_import_detect (run->parser.header);
  run->result->format = format;

  if (format == DAFTAR_IMPORT_FORMAT_CSV)
    {
      run->header_key = daftar_import_header_key ((const char * const *) run->result->header);
      if (run->options->mapping != NULL)
        run->mapping = g_hash_table_ref (run->options->mapping);
      else if (!(run->mapping = daftar_import_saved_mapping (run->store, (const char * const *) run->result->header,
                                                             error)))
        return error != NULL && *error != NULL ? FALSE : set_needs_mapping (error);
    }

  if (!(run->parser.writer = daftar_import_writer_new (run->store, format, run->file_name, run->result, error)))
    return FALSE;
  run->parser.occurrences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  switch (format)
    {
    case DAFTAR_IMPORT_FORMAT_TOGGL:
    case DAFTAR_IMPORT_FORMAT_CLOCKIFY:
    case DAFTAR_IMPORT_FORMAT_HARVEST:
      return daftar_import_trackers_init (&run->parser, format, error);
    case DAFTAR_IMPORT_FORMAT_UPWORK:
      return daftar_import_upwork_init (&run->parser, error);
    case DAFTAR_IMPORT_FORMAT_CSV:
      return daftar_import_generic_init (&run->parser, run->mapping, error);
    case DAFTAR_IMPORT_FORMAT_DAFTAR:
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_UNKNOWN_FORMAT,
                           _("This is a CSV file, not a Daftar export."));
      return FALSE;
    case DAFTAR_IMPORT_FORMAT_AUTO:
    case DAFTAR_N_IMPORT_FORMATS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
on_row (guint     line,
        char    **fields,
        guint     n_fields,
        gpointer  user_data,
        GError  **error)
{
  Run *run = user_data;

  if (run->parser.header == NULL)
    return start_format (run, fields, n_fields, error);

  /* A row of only empty cells, as spreadsheets leave at the end. */
  {
    gboolean empty = TRUE;

    for (guint i = 0; i < n_fields && empty; i++)
      empty = *fields[i] == '\0';
    if (empty)
      return TRUE;
  }

  if (++run->rows % PROGRESS_EVERY_ROWS == 0)
    {
      if (g_cancellable_set_error_if_cancelled (run->options->cancellable, error))
        return FALSE;
      if (run->options->progress != NULL)
        run->options->progress (daftar_csv_reader_get_bytes_read (run->reader), run->size,
                                run->options->progress_data);
    }

  return run->parser.row (&run->parser, line, fields, n_fields, error);
}

static gboolean
is_json (GInputStream *input)
{
  GBufferedInputStream *buffered = G_BUFFERED_INPUT_STREAM (input);
  const guint8 *head;
  gsize size, i = 0;

  if (g_buffered_input_stream_fill (buffered, 64, NULL, NULL) < 0)
    return FALSE;
  head = g_buffered_input_stream_peek_buffer (buffered, &size);
  if (size >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
    i = 3;
  while (i < size && g_ascii_isspace (head[i]))
    i++;
  return i < size && head[i] == '{';
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->parser.writer, daftar_import_writer_free);
  if (run->parser.free != NULL && run->parser.format_data != NULL)
    run->parser.free (run->parser.format_data);
  g_clear_pointer (&run->parser.header, daftar_import_header_free);
  g_clear_pointer (&run->parser.occurrences, g_hash_table_unref);
  g_clear_pointer (&run->parser.tz, g_time_zone_unref);
  g_clear_pointer (&run->reader, daftar_csv_reader_free);
  g_clear_pointer (&run->mapping, g_hash_table_unref);
  g_free (run->header_key);
}

static gboolean
import_csv (Run           *run,
            GInputStream  *input,
            GError       **error)
{
  const DaftarImportOptions *options = run->options;
  g_autofree char *mapping_json = NULL;

  if (!(run->reader = daftar_csv_reader_new (input, error)) ||
      !daftar_csv_reader_run (run->reader, on_row, run, options->cancellable, error))
    return FALSE;

  if (run->parser.header == NULL)
    {
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                           _("The file is empty."));
      return FALSE;
    }

  if (run->parser.finish != NULL && !run->parser.finish (&run->parser, error))
    return FALSE;

  if (run->mapping != NULL)
    mapping_json = daftar_import_mapping_to_json (run->mapping);

  return daftar_import_writer_finish (run->parser.writer, run->header_key, mapping_json,
                                      !options->dry_run &&
                                      (options->skip_bad_rows || run->result->bad_rows->len == 0),
                                      error);
}

/**
 * daftar_import_file:
 *
 * Imports @path as one batch.  A file with rows that can't be imported is not
 * refused here: the result lists them, with @result->batch_id 0 unless
 * @options->skip_bad_rows let the others in.
 *
 * Returns: (transfer full): what was (or, for a dry run, would be) created, matched
 *   and skipped; %NULL with @error for a file that can't be imported at all
 */
DaftarImportResult *
daftar_import_file (DaftarStore                *store,
                    const char                 *path,
                    const DaftarImportOptions  *options,
                    GError                    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GInputStream) input = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(DaftarImportResult) result = daftar_import_result_new ();
  g_autofree char *name = g_file_get_basename (file);
  Run run = { .options = options, .result = result, .store = store, .file_name = name };
  gboolean ok;

  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);

  if (!(stream = g_file_read (file, options->cancellable, error)))
    return NULL;
  if ((info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL)))
    run.size = g_file_info_get_size (info);
  input = g_buffered_input_stream_new_sized (G_INPUT_STREAM (stream), 64 * 1024);

  run.parser.options = options;
  run.parser.tz = options->timezone != NULL ? g_time_zone_ref (options->timezone) : g_time_zone_new_local ();
  result->timezone = g_strdup (g_time_zone_get_identifier (run.parser.tz));

  if (options->format == DAFTAR_IMPORT_FORMAT_DAFTAR ||
      (options->format == DAFTAR_IMPORT_FORMAT_AUTO && is_json (input)))
    {
      result->format = DAFTAR_IMPORT_FORMAT_DAFTAR;
      if ((run.parser.writer = daftar_import_writer_new (store, DAFTAR_IMPORT_FORMAT_DAFTAR, name, result, error)))
        ok = daftar_import_daftar_json (run.parser.writer, input, options, error) &&
             daftar_import_writer_finish (run.parser.writer, NULL, NULL,
                                          !options->dry_run &&
                                          (options->skip_bad_rows || result->bad_rows->len == 0),
                                          error);
      else
        ok = FALSE;
    }
  else
    ok = import_csv (&run, input, error);

  run_clear (&run);

  if (!ok)
    {
      if (error != NULL && g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_error (error);
          g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_CANCELLED,
                               _("The import was cancelled. Nothing was imported."));
        }
      return NULL;
    }

  if (options->progress != NULL)
    options->progress (run.size, run.size, options->progress_data);

  return g_steal_pointer (&result);
}

static gboolean
take_header (guint     line,
             char    **fields,
             guint     n_fields,
             gpointer  user_data,
             GError  **error)
{
  *(char ***) user_data = g_strdupv (fields);
  /* Stops the read: the rest of the file isn't needed. */
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "");
  return FALSE;
}

/**
 * daftar_import_peek_header:
 *
 * Returns: (transfer full): the column names of the CSV at @path, for the mapping step
 */
char **
daftar_import_peek_header (const char  *path,
                           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  g_autoptr(DaftarCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  char **header = NULL;

  if (stream == NULL || !(reader = daftar_csv_reader_new (G_INPUT_STREAM (stream), error)))
    return NULL;

  if (!daftar_csv_reader_run (reader, take_header, &header, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_strfreev (header);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (header == NULL)
    g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                         _("The file is empty."));
  return header;
}
