/* test-safe-file.c — bytes written beside the ledger through a DaftarSafeFile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * daftar_safe_file_write_bytes () writes all it is given and nothing shows until the
 * commit; daftar_safe_file_save_bytes () writes a whole file in one call, refuses the
 * ledger and its companions with the ledger as it was, and leaves the old file, with
 * no temporary one beside it, when the writing fails.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "daftar-safe-file.h"
#include "daftar-test-spawn.h"
#include "daftar-test-util.h"

static char *
contents_of (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* All the bytes go in, and the target shows them only once committed. */
static void
test_write_bytes (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "out.bin", NULL);
  g_autofree char *old = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarSafeFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 256 * 1024;
  guint8 *data = g_malloc (size);
  gsize written_size = 0;

  for (gsize i = 0; i < size; i++)
    data[i] = (guint8) (i * 7 + 3);
  bytes = g_bytes_new_take (data, size);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  file = daftar_safe_file_new (NULL, path, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_safe_file_write_bytes (file, bytes, NULL, &error));
  g_assert_no_error (error);
  old = contents_of (path);
  g_assert_cmpstr (old, ==, "old");

  g_assert_true (daftar_safe_file_commit (file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, &written_size, NULL));
  g_assert_cmpmem (written, written_size, g_bytes_get_data (bytes, NULL), size);
  daftar_test_rm_rf (dir);
}

/* One call writes a new file, and replaces an old one whole. */
static void
test_save_bytes (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "statement.csv", NULL);
  g_autoptr(GBytes) first = g_bytes_new_static ("a,b\n1,2\n", strlen ("a,b\n1,2\n"));
  g_autoptr(GBytes) second = g_bytes_new_static ("c\n", strlen ("c\n"));
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  char *contents;

  g_assert_true (daftar_safe_file_save_bytes (NULL, path, first, NULL, &error));
  g_assert_no_error (error);
  contents = contents_of (path);
  g_assert_cmpstr (contents, ==, "a,b\n1,2\n");
  g_free (contents);

  g_assert_true (daftar_safe_file_save_bytes (NULL, path, second, NULL, &error));
  g_assert_no_error (error);
  contents = contents_of (path);
  g_assert_cmpstr (contents, ==, "c\n");
  g_free (contents);

  names = daftar_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "statement.csv");
  daftar_test_rm_rf (dir);
}

/* The ledger and the files beside it are refused; the ledger stays byte for byte. */
static void
test_save_bytes_refuses_ledger (DaftarTestLedger *f,
                                gconstpointer     data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("x", 1);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);
  const char * const targets[] = { f->path, wal, journal };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *before = daftar_test_fingerprint_ledger (f->path);
      g_autofree char *names_before = daftar_test_list_dir (f->dir);
      g_autofree char *after = NULL;
      g_autofree char *names_after = NULL;

      g_test_message ("%s", targets[i]);
      g_assert_false (daftar_safe_file_save_bytes (f->store, targets[i], bytes, NULL, &error));
      g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_LEDGER_FILE);
      g_assert_nonnull (strstr (error->message, "Nothing was written"));
      g_clear_error (&error);

      after = daftar_test_fingerprint_ledger (f->path);
      g_assert_cmpstr (after, ==, before);
      names_after = daftar_test_list_dir (f->dir);
      g_assert_cmpstr (names_after, ==, names_before);
    }
}

/* A write that fails (here, cancelled) leaves the old file and no temporary one. */
static void
test_failed_write_keeps_old_file (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "invoice.pdf", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-new", strlen ("%PDF-new"));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarSafeFile) file = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;

  g_assert_true (g_file_set_contents (path, "%PDF-old", -1, NULL));
  g_cancellable_cancel (cancellable);

  g_assert_false (daftar_safe_file_save_bytes (NULL, path, bytes, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  contents = contents_of (path);
  g_assert_cmpstr (contents, ==, "%PDF-old");
  names = daftar_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "invoice.pdf");

  /* The same through write_bytes: a failed write, then freed uncommitted. */
  file = daftar_safe_file_new (NULL, path, &error);
  g_assert_no_error (error);
  g_assert_false (daftar_safe_file_write_bytes (file, bytes, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_pointer (&file, daftar_safe_file_free);
  g_clear_pointer (&contents, g_free);
  contents = contents_of (path);
  g_assert_cmpstr (contents, ==, "%PDF-old");
  g_clear_pointer (&names, g_free);
  names = daftar_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "invoice.pdf");
  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safe-file/write-bytes", test_write_bytes);
  g_test_add_func ("/safe-file/save-bytes", test_save_bytes);
  g_test_add ("/safe-file/save-bytes-refuses-ledger", DaftarTestLedger, NULL,
              daftar_test_ledger_set_up, test_save_bytes_refuses_ledger, daftar_test_ledger_tear_down);
  g_test_add_func ("/safe-file/failed-write-keeps-old-file", test_failed_write_keeps_old_file);

  return g_test_run ();
}
