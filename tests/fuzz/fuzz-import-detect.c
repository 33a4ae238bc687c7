/* fuzz-import-detect.c — libFuzzer target for the format detectors and the value readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first line of the input is a header, read as CSV: whatever it names, exactly
 * one format comes back, and asking again gives the same one.  Each later line is a
 * value given to every reader of dates, times, hours and amounts, which either read
 * it or say why in a readable message.
 */
#define G_LOG_DOMAIN "fuzz-import-detect"

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "daftar-import-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check (gboolean  ok,
       GError   *error)
{
  if (ok)
    g_assert_no_error (error);
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = daftar_csv_parse_bytes (data, size, &error);

  if (rows == NULL || rows->len == 0)
    return 0;

  {
    char **fields = g_ptr_array_index (rows, 0);
    g_autoptr(DaftarImportHeader) header = daftar_import_header_new (fields, g_strv_length (fields));
    DaftarImportFormat format = daftar_import_detect (header);
    char currency[4] = "";

    g_assert_true (format == DAFTAR_IMPORT_FORMAT_TOGGL || format == DAFTAR_IMPORT_FORMAT_CLOCKIFY ||
                   format == DAFTAR_IMPORT_FORMAT_HARVEST || format == DAFTAR_IMPORT_FORMAT_UPWORK ||
                   format == DAFTAR_IMPORT_FORMAT_CSV);
    g_assert_cmpint (daftar_import_detect (header), ==, format);
    if (daftar_import_header_find_prefix (header, "Amount (", currency) >= 0)
      g_assert_cmpuint (strlen (currency), ==, 3);
  }

  for (guint i = 1; i < rows->len; i++)
    {
      char **fields = g_ptr_array_index (rows, i);

      for (guint f = 0; fields[f] != NULL; f++)
        {
          GError *e = NULL;
          gint64 value = 0;
          int seconds = -1;
          GDate date;

          check (daftar_import_parse_decimal (fields[f], 2, TRUE, &value, &e), e);
          g_clear_error (&e);
          check (daftar_import_parse_hours (fields[f], &value, &e), e);
          if (e == NULL)
            g_assert_cmpint (value, >=, 0);
          g_clear_error (&e);
          check (daftar_import_parse_time_of_day (fields[f], &seconds, &e), e);
          if (e == NULL)
            g_assert_true (seconds >= 0 && seconds < 86400);
          g_clear_error (&e);
          check (daftar_import_parse_iso_date (fields[f], &date, &e), e);
          if (e == NULL)
            g_assert_true (g_date_valid (&date));
          g_clear_error (&e);
        }
    }

  return 0;
}
