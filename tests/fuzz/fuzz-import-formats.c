/* fuzz-import-formats.c — libFuzzer target for each format's rows, through to the ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks a format (or detection); the rest is a file, imported as a dry
 * run into one ledger: whatever the file holds, the import ends in a summary or an
 * error with a readable message, and the ledger is left as it was.
 */
#define G_LOG_DOMAIN "fuzz-import-formats"

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include <glib/gstdio.h>

#include "daftar-import-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static DaftarStore *store;
static char *file;

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarImportResult) result = NULL;
  g_autoptr(GHashTable) mapping = g_hash_table_new (g_str_hash, g_str_equal);
  DaftarImportOptions options = { .currency = "USD", .dry_run = TRUE, .mapping = mapping };

  if (store == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("fuzz-import-XXXXXX", NULL);
      g_autofree char *db = g_build_filename (dir, "daftar.db", NULL);

      g_assert_nonnull (dir);
      store = daftar_store_open (db, &error);
      g_assert_no_error (error);
      file = g_build_filename (dir, "input.csv", NULL);
      options.timezone = NULL;
    }

  if (size == 0)
    return 0;

  options.format = data[0] % DAFTAR_N_IMPORT_FORMATS;
  /* Other CSVs: the first columns, whatever they are called, as date, duration, amount. */
  g_hash_table_insert (mapping, (gpointer) "date", GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_DATE));
  g_hash_table_insert (mapping, (gpointer) "hours", GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_DURATION));
  g_hash_table_insert (mapping, (gpointer) "amount", GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_AMOUNT));
  if (!g_file_set_contents (file, (const char *) data + 1, size - 1, &error))
    g_error ("%s", error->message);

  result = daftar_import_file (store, file, &options, &error);
  if (result != NULL)
    {
      g_assert_no_error (error);
      g_assert_cmpint (result->batch_id, ==, 0);
      for (guint i = 0; i < result->bad_rows->len; i++)
        g_assert_true (g_utf8_validate (((DaftarImportBadRow *) g_ptr_array_index (result->bad_rows, i))->reason,
                                        -1, NULL));
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  return 0;
}
