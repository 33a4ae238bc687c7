/* test-store-backup.c — the ledger copied whole, never over itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "daftar-sample.h"
#include "daftar-store-copy.h"
#include "daftar-test-spawn.h"
#include "daftar-test-util.h"

typedef struct
{
  DaftarTestLedger ledger;  /* a new ledger in a temporary folder */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  daftar_test_ledger_set_up (&f->ledger, NULL);

  /* Projects of every pricing, sessions with tools, payments, rates */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, G_DATE_MARCH, 2025);
  g_assert_true (daftar_sample_fill (f->ledger.store, &today, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  daftar_test_ledger_tear_down (&f->ledger, NULL);
}

static void
count_progress (guint64  done,
                guint64  total,
                gpointer user_data)
{
  guint64 *last = user_data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, last[0]);
  last[0] = done;
  last[1] = total;
  last[2]++;
}

static guint
count_rows (DaftarStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (store, TRUE, &error);
  g_autoptr(GPtrArray) sessions = daftar_store_list_sessions (store, G_MININT64, G_MAXINT64, &error);
  g_autoptr(GPtrArray) payments = daftar_store_list_payments (store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (projects->len, >, 0);
  g_assert_cmpuint (sessions->len, >, 0);
  g_assert_cmpuint (payments->len, >, 0);
  return projects->len + sessions->len + payments->len;
}

/* The copy opens as a ledger by itself, with every row; the ledger is untouched. */
static void
test_backup_opens_alone (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *copy_dir = g_build_filename (f->ledger.dir, "elsewhere", NULL);
  g_autofree char *copy = g_build_filename (copy_dir, "copy.db", NULL);
  g_autofree char *before = daftar_test_fingerprint_ledger (f->ledger.path);
  g_autofree char *after = NULL;
  g_autofree char *dump = daftar_test_dump_db (f->ledger.path);
  g_autofree char *copy_dump = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(DaftarStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  guint64 progress[3] = { 0, 0, 0 };

  g_assert_cmpint (g_mkdir (copy_dir, 0700), ==, 0);
  g_assert_true (daftar_store_backup_to (f->ledger.store, copy, NULL, count_progress, progress, &error));
  g_assert_no_error (error);

  /* Told at least once, and last with every page */
  g_assert_cmpuint (progress[2], >=, 1);
  g_assert_cmpuint (progress[1], >, 0);
  g_assert_cmpuint (progress[0], ==, progress[1]);

  /* The copy alone, nothing beside it: no temporary file, no -wal */
  listing = daftar_test_list_dir (copy_dir);
  g_assert_cmpstr (listing, ==, "copy.db");

  after = daftar_test_fingerprint_ledger (f->ledger.path);
  g_assert_cmpstr (after, ==, before);

  copy_dump = daftar_test_dump_db (copy);
  g_assert_cmpstr (copy_dump, ==, dump);

  reopened = daftar_store_open (copy, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
  g_assert_cmpuint (count_rows (reopened), ==, count_rows (f->ledger.store));
  g_assert_true (daftar_store_check_integrity (reopened, &error));
  g_assert_no_error (error);
}

/* An existing file is replaced whole; a link is followed, and stays a link. */
static void
test_backup_replaces_through_link (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *target = g_build_filename (f->ledger.dir, "old-backup.db", NULL);
  g_autofree char *link = g_build_filename (f->ledger.dir, "latest.db", NULL);
  g_autofree char *dump = daftar_test_dump_db (f->ledger.path);
  g_autofree char *copy_dump = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (target, "an older file", -1, NULL));
  g_assert_cmpint (symlink ("old-backup.db", link), ==, 0);

  g_assert_true (daftar_store_backup_to (f->ledger.store, link, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  copy_dump = daftar_test_dump_db (target);
  g_assert_cmpstr (copy_dump, ==, dump);
}

static void
assert_refused (Fixture    *f,
                const char *path)
{
  g_autofree char *before = daftar_test_fingerprint_ledger (f->ledger.path);
  g_autofree char *listing = daftar_test_list_dir (f->ledger.dir);
  g_autofree char *after = NULL;
  g_autofree char *listing_after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (daftar_store_backup_to (f->ledger.store, path, NULL, NULL, NULL, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_LEDGER_FILE);
  g_assert_nonnull (strstr (error->message, "Nothing was written"));

  after = daftar_test_fingerprint_ledger (f->ledger.path);
  g_assert_cmpstr (after, ==, before);
  listing_after = daftar_test_list_dir (f->ledger.dir);
  g_assert_cmpstr (listing_after, ==, listing);
}

/* The ledger itself, a link to it and its companions are refused, untouched. */
static void
test_backup_refuses_ledger (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->ledger.dir, "link.db", NULL);
  g_autofree char *wal = g_strconcat (f->ledger.path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (f->ledger.path, "-journal", NULL);
  g_autofree char *dotted = g_build_filename (f->ledger.dir, ".", "daftar.db", NULL);

  g_assert_cmpint (symlink ("daftar.db", link), ==, 0);

  assert_refused (f, f->ledger.path);
  assert_refused (f, dotted);
  assert_refused (f, link);
  assert_refused (f, wal);
  assert_refused (f, journal);
}

static void
cancel_midway (guint64  done,
               guint64  total,
               gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

/* Cancelled, before or between steps, it leaves no file and an old one as it was. */
static void
test_backup_cancelled (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->ledger.dir, "copy.db", NULL);
  g_autofree char *listing = daftar_test_list_dir (f->ledger.dir);
  g_autofree char *listing_after = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) already = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  /* Made bigger than one step (1 MiB), so the copy is cancelled between steps */
  {
    g_autoptr(GPtrArray) projects = daftar_store_list_projects (f->ledger.store, FALSE, &error);
    g_autofree char *note = g_strnfill (9000, 'n');
    const DaftarProject *project = g_ptr_array_index (projects, 0);

    g_assert_true (daftar_store_begin (f->ledger.store, &error));
    for (int i = 0; i < 200; i++)
      {
        DaftarSessionDraft draft = { .project_id = project->id,
                                     .start_utc = 1704067200 + (gint64) i * 86400,
                                     .actual_seconds = 3600, .note = note };

        g_assert_true (daftar_store_add_session (f->ledger.store, &draft, NULL, &error));
        g_assert_no_error (error);
      }
    g_assert_true (daftar_store_commit (f->ledger.store, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&listing, g_free);
  listing = daftar_test_list_dir (f->ledger.dir);

  g_assert_false (daftar_store_backup_to (f->ledger.store, copy, cancellable, cancel_midway, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  listing_after = daftar_test_list_dir (f->ledger.dir);
  g_assert_cmpstr (listing_after, ==, listing);

  /* An existing file at the target stays as it was */
  g_assert_true (g_file_set_contents (copy, "kept", -1, NULL));
  g_cancellable_cancel (already);
  g_assert_false (daftar_store_backup_to (f->ledger.store, copy, already, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (daftar_store_backup_to (f->ledger.store, copy, cancellable, cancel_midway, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (copy, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "kept");
}

/* A device can't hold a ledger: refused with a message, nothing written. */
static void
test_backup_refuses_device (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (daftar_store_backup_to (f->ledger.store, "/dev/null", NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* The reader sees what the store wrote, and writes nothing. */
static void
test_reader (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *before = daftar_test_fingerprint_ledger (f->ledger.path);
  g_autofree char *after = NULL;
  g_autoptr(DaftarStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = { "Refused", "Client", "upwork", DAFTAR_CATEGORY_TRANSLATION,
                               DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };

  reader = daftar_store_open_reader (f->ledger.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (reader), ==, count_rows (f->ledger.store));

  g_assert_false (daftar_store_add_project (reader, &draft, NULL, &error));
  g_assert_nonnull (error);
  g_clear_object (&reader);

  after = daftar_test_fingerprint_ledger (f->ledger.path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/store-backup/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("opens-alone", test_backup_opens_alone);
  ADD ("replaces-through-link", test_backup_replaces_through_link);
  ADD ("refuses-ledger", test_backup_refuses_ledger);
  ADD ("refuses-device", test_backup_refuses_device);
  ADD ("cancelled", test_backup_cancelled);
  ADD ("reader", test_reader);
#undef ADD

  return g_test_run ();
}
