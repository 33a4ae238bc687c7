/* fuzz-import-csv.c — libFuzzer target for the importer's CSV reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Raw bytes in, as a file would hold them: either rows of valid UTF-8 fields, none
 * longer or wider than the limits, or an import error with a readable message.
 */
#define G_LOG_DOMAIN "fuzz-import-csv"

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "daftar-import-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = daftar_csv_parse_bytes (data, size, &error);

  if (rows == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == DAFTAR_IMPORT_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      char **fields = g_ptr_array_index (rows, i);
      guint n = g_strv_length (fields);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (n, <=, DAFTAR_IMPORT_MAX_FIELDS);
      for (guint f = 0; f < n; f++)
        {
          g_assert_true (g_utf8_validate (fields[f], -1, NULL));
          g_assert_cmpuint (strlen (fields[f]), <=, DAFTAR_IMPORT_MAX_FIELD_BYTES);
          g_assert_null (strchr (fields[f], '\r'));
        }
    }

  return 0;
}
