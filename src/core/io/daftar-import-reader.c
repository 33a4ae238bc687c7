/* daftar-import-reader.c — CSV files as rows of UTF-8 fields, read as a stream
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The encoding comes from the byte-order mark: none or EF BB BF is UTF-8, FF FE and
 * FE FF are UTF-16 (what spreadsheets save as "Unicode text"), turned into UTF-8 on
 * the way.  The delimiter is the one of comma, semicolon and tab that the first line
 * holds most of, outside quotes.  libcsv parses in strict mode: a stray quote or an
 * unterminated one is a broken file, never guessed at.  The file is fed one line at
 * a time, so each row knows the line it began on; at most a buffer and one row are
 * in memory, whatever the file's size.
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <string.h>

#include <csv.h>
#include <glib/gi18n-lib.h>

#include "daftar-format.h"
#include "daftar-import-private.h"

#define CHUNK_SIZE (64 * 1024)

struct _DaftarCsvReader
{
  GInputStream     *input;     /* UTF-8 after any conversion */
  struct csv_parser parser;
  char              delimiter;
  GByteArray       *pending;   /* read to sniff, not parsed yet */
  guint64           bytes_read;
  DaftarFormat     *format;    /* the digits of line numbers in its messages; NULL: Latin */

  /* While parsing */
  GPtrArray        *fields;
  guint             line;      /* the line being fed, 1-based */
  guint             row_line;
  gboolean          row_open;
  gsize             since_field;
  gboolean          header_done;
  DaftarCsvRowFunc  func;
  gpointer          user_data;
  GError           *error;
};

static int
is_space (unsigned char c)
{
  return c == ' ';
}

static char
sniff_delimiter (const guint8 *data,
                 gsize         size)
{
  const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  char best = ',';
  guint best_count = 0;

  for (gsize i = 0; i < size; i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted && (data[i] == '\n' || data[i] == '\r'))
        break;
      else if (!quoted)
        for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
          if (data[i] == (guint8) candidates[c])
            counts[c]++;
    }

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    if (counts[c] > best_count)
      {
        best = candidates[c];
        best_count = counts[c];
      }

  return best;
}

static gboolean
set_encoding_error (GError **error)
{
  g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_ENCODING,
                       _("The file is not text that Daftar can read: save it as CSV in UTF-8, "
                         "or as Unicode text (UTF-16) with its byte-order mark."));
  return FALSE;
}

/* Reads up to CHUNK_SIZE bytes, all of them unless the stream ends. */
static gssize
read_chunk (GInputStream  *input,
            guint8        *buffer,
            GCancellable  *cancellable,
            GError       **error)
{
  gsize done = 0;

  if (!g_input_stream_read_all (input, buffer, CHUNK_SIZE, &done, cancellable, error))
    {
      if (error != NULL && *error != NULL &&
          !g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          ((*error)->domain == G_CONVERT_ERROR ||
           g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA) ||
           g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT)))
        {
          g_clear_error (error);
          return set_encoding_error (error), -1;
        }
      return -1;
    }

  return done;
}

/**
 * daftar_csv_reader_new:
 * @format: (nullable): the digits of line numbers in its messages; %NULL for Latin
 *
 * Looks at the start of @input for its encoding and delimiter.
 */
DaftarCsvReader *
daftar_csv_reader_new (GInputStream  *input,
                       DaftarFormat  *format,
                       GError       **error)
{
  g_autoptr(GInputStream) buffered = g_buffered_input_stream_new_sized (input, CHUNK_SIZE);
  g_autoptr(DaftarCsvReader) reader = g_new0 (DaftarCsvReader, 1);
  const guint8 *head;
  gsize head_size;
  gssize n;

  reader->fields = g_ptr_array_new_with_free_func (g_free);
  reader->pending = g_byte_array_sized_new (CHUNK_SIZE);
  reader->format = format != NULL ? daftar_format_ref (format) : NULL;
  csv_init (&reader->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);

  if (g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (buffered), 4, NULL, error) < 0)
    return NULL;
  head = g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (buffered), &head_size);

  if (head_size >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
    {
      gboolean le = head[0] == 0xFF;
      g_autoptr(GCharsetConverter) converter = NULL;

      if (!g_input_stream_skip (buffered, 2, NULL, error) ||
          !(converter = g_charset_converter_new ("UTF-8", le ? "UTF-16LE" : "UTF-16BE", error)))
        return NULL;
      reader->input = g_converter_input_stream_new (buffered, G_CONVERTER (converter));
    }
  else
    {
      if (head_size >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF &&
          !g_input_stream_skip (buffered, 3, NULL, error))
        return NULL;
      reader->input = g_object_ref (buffered);
    }

  g_byte_array_set_size (reader->pending, CHUNK_SIZE);
  n = read_chunk (reader->input, reader->pending->data, NULL, error);
  if (n < 0)
    return NULL;
  g_byte_array_set_size (reader->pending, n);
  reader->bytes_read = n;

  /* UTF-16 without its mark, or a binary file. */
  if (memchr (reader->pending->data, '\0', reader->pending->len) != NULL)
    return set_encoding_error (error), NULL;

  reader->delimiter = sniff_delimiter (reader->pending->data, reader->pending->len);
  csv_set_delim (&reader->parser, (unsigned char) reader->delimiter);
  /* Only spaces around fields are trimmed: a tab may be the delimiter. */
  csv_set_space_func (&reader->parser, is_space);

  return g_steal_pointer (&reader);
}

char
daftar_csv_reader_get_delimiter (DaftarCsvReader *reader)
{
  return reader->delimiter;
}

guint64
daftar_csv_reader_get_bytes_read (DaftarCsvReader *reader)
{
  return reader->bytes_read;
}

void
daftar_csv_reader_free (DaftarCsvReader *reader)
{
  if (reader == NULL)
    return;

  csv_free (&reader->parser);
  g_clear_object (&reader->input);
  g_byte_array_unref (reader->pending);
  g_ptr_array_unref (reader->fields);
  g_clear_error (&reader->error);
  g_clear_pointer (&reader->format, daftar_format_unref);
  g_free (reader);
}

static void
on_field (void   *data,
          size_t  len,
          void   *user_data)
{
  DaftarCsvReader *reader = user_data;

  reader->since_field = 0;
  if (reader->error != NULL)
    return;

  if (reader->fields->len >= DAFTAR_IMPORT_MAX_FIELDS)
    {
      g_autofree char *line_ = daftar_format_integer (reader->format, reader->row_line);

      g_set_error (&reader->error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                   _("Line %s has too many columns."), line_);
      return;
    }

  if (len > DAFTAR_IMPORT_MAX_FIELD_BYTES)
    {
      g_autofree char *line_ = daftar_format_integer (reader->format, reader->row_line);

      g_set_error (&reader->error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                   _("Line %s has a field too long to be a time entry."), line_);
      return;
    }

  if (data == NULL)
    len = 0;
  if ((len > 0 && memchr (data, '\0', len) != NULL) || !g_utf8_validate_len (len > 0 ? data : "", len, NULL))
    {
      g_autofree char *line_ = daftar_format_integer (reader->format, reader->row_line);

      g_set_error (&reader->error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_ENCODING,
                   _("Line %s is not valid text: save the file as CSV in UTF-8."), line_);
      return;
    }

  {
    char *field = g_strndup (len > 0 ? data : "", len);
    char *out = field;

    /* Line breaks inside a quoted field, as a spreadsheet on any system writes them: "\n". */
    for (const char *in = field; *in != '\0'; in++)
      {
        if (*in == '\r')
          {
            *out++ = '\n';
            if (in[1] == '\n')
              in++;
          }
        else
          *out++ = *in;
      }
    *out = '\0';
    g_ptr_array_add (reader->fields, field);
  }
}

static void
on_row_end (int   c,
            void *user_data)
{
  DaftarCsvReader *reader = user_data;
  guint n = reader->fields->len;

  reader->row_open = FALSE;
  reader->since_field = 0;

  if (reader->error == NULL && n > 0)
    {
      g_ptr_array_add (reader->fields, NULL);
      if (!reader->func (reader->row_line, (char **) reader->fields->pdata, n,
                         reader->user_data, &reader->error) &&
          reader->error == NULL)
        g_set_error_literal (&reader->error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_CANCELLED,
                             _("The import was cancelled."));
    }

  g_ptr_array_set_size (reader->fields, 0);
}

static gboolean
set_parse_error (DaftarCsvReader  *reader,
                 GError          **error)
{
  g_autofree char *line_ = daftar_format_integer (reader->format, reader->row_line);

  g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
               _("The file is not valid CSV from line %s on: a quote is not closed, "
                 "or stands inside a field."), line_);
  return FALSE;
}

/* After the parser ran: an error of the callbacks first, else a parse error unless
 * it @parsed. */
static gboolean
check_parsed (DaftarCsvReader  *reader,
              gboolean          parsed,
              GError          **error)
{
  if (reader->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reader->error));
      return FALSE;
    }
  return parsed || set_parse_error (reader, error);
}

/* Feeds @data to libcsv one line at a time. */
static gboolean
feed (DaftarCsvReader  *reader,
      const guint8     *data,
      gsize             size,
      GError          **error)
{
  while (size > 0)
    {
      const guint8 *nl = memchr (data, '\n', size);
      gsize len = nl != NULL ? (gsize) (nl - data) + 1 : size;

      if (memchr (data, '\0', len) != NULL)
        {
          if (!reader->row_open)
            reader->row_line = reader->line;
          return set_encoding_error (error);
        }

      if (!reader->row_open && !(len == 1 || (len == 2 && data[0] == '\r')))
        {
          reader->row_open = TRUE;
          reader->row_line = reader->line;
        }

      if (!check_parsed (reader, csv_parse (&reader->parser, data, len, on_field, on_row_end, reader) == len,
                         error))
        return FALSE;

      reader->since_field += len;
      if (reader->since_field > DAFTAR_IMPORT_MAX_FIELD_BYTES * 2)
        {
          g_autofree char *line_ = daftar_format_integer (reader->format, reader->row_line);

          g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                       _("Line %s has a field too long to be a time entry."), line_);
          return FALSE;
        }

      if (nl != NULL)
        reader->line++;
      data += len;
      size -= len;
    }

  return TRUE;
}

/**
 * daftar_csv_reader_run:
 * @func: called with each row, the header first
 *
 * Returns: %FALSE on a broken file, an error from @func, or when cancelled
 */
gboolean
daftar_csv_reader_run (DaftarCsvReader   *reader,
                       DaftarCsvRowFunc   func,
                       gpointer           user_data,
                       GCancellable      *cancellable,
                       GError           **error)
{
  g_autofree guint8 *buffer = g_malloc (CHUNK_SIZE);

  reader->func = func;
  reader->user_data = user_data;
  reader->line = 1;

  if (!feed (reader, reader->pending->data, reader->pending->len, error))
    return FALSE;
  g_byte_array_set_size (reader->pending, 0);

  for (;;)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      n = read_chunk (reader->input, buffer, cancellable, error);
      if (n < 0)
        return FALSE;
      if (n == 0)
        break;
      reader->bytes_read += n;
      if (!feed (reader, buffer, n, error))
        return FALSE;
    }

  return check_parsed (reader, csv_fini (&reader->parser, on_field, on_row_end, reader) == 0, error);
}

static gboolean
collect_row (guint    line,
             char   **fields,
             guint    n_fields,
             gpointer user_data,
             GError **error)
{
  g_ptr_array_add (user_data, g_strdupv (fields));
  return TRUE;
}

/**
 * daftar_csv_parse_bytes:
 *
 * Returns: (transfer full): rows, each a %NULL-terminated array of fields
 */
GPtrArray *
daftar_csv_parse_bytes (const guint8  *data,
                        gsize          size,
                        GError       **error)
{
  g_autoptr(GInputStream) input = g_memory_input_stream_new_from_data (data, size, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(DaftarCsvReader) reader = daftar_csv_reader_new (input, NULL, error);

  if (reader == NULL || !daftar_csv_reader_run (reader, collect_row, rows, NULL, error))
    return NULL;

  return g_steal_pointer (&rows);
}
