/* test-store-rows.c — the store's shared row readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "daftar-store-private.h"
#include "daftar-test-util.h"

/* A new ledger in a temporary folder */
typedef DaftarTestLedger Fixture;

static gpointer
platform_name_from_row (DaftarStmt *stmt)
{
  return daftar_stmt_dup_text (stmt, 0);
}

/* A row there is read by the caller's function; a row that is not is the caller's
 * error, its message naming the id in the store's digits; nothing is written. */
static void
test_get_row (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id;

  g_assert_true (daftar_store_find_id (f->store, "SELECT id FROM platforms WHERE key = ?1",
                                       "upwork", &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  name = daftar_store_get_row (f->store, "SELECT name FROM platforms WHERE id = ?1", id,
                               platform_name_from_row, DAFTAR_STORE_ERROR,
                               DAFTAR_STORE_ERROR_NOT_FOUND, &error, "No platform %s.");
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Upwork");

  before = daftar_test_dump_db (f->path);
  g_assert_null (daftar_store_get_row (f->store, "SELECT name FROM platforms WHERE id = ?1", 4321,
                                       platform_name_from_row, DAFTAR_VALIDATION_ERROR,
                                       DAFTAR_VALIDATION_ERROR_PLATFORM, &error, "No platform %s."));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PLATFORM);
  g_assert_cmpstr (error->message, ==, "No platform 4321.");
  g_clear_error (&error);

  daftar_store_set_format (f->store, fa);
  g_assert_null (daftar_store_get_row (f->store, "SELECT name FROM platforms WHERE id = ?1", 4321,
                                       platform_name_from_row, DAFTAR_STORE_ERROR,
                                       DAFTAR_STORE_ERROR_NOT_FOUND, &error, "No platform %s."));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "No platform ۴۳۲۱.");
  daftar_store_set_format (f->store, NULL);
  g_clear_error (&error);

  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);
}

typedef struct
{
  gint64 id;
  gint32 offset;
  gint32 seconds;
} Pair;

static const DaftarColumn pair_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (Pair, id) },
  { DAFTAR_COLUMN_INT, G_STRUCT_OFFSET (Pair, offset) },
  { DAFTAR_COLUMN_INT, G_STRUCT_OFFSET (Pair, seconds) },
};

static const DaftarRecordType pair_type = {
  sizeof (Pair), pair_columns, G_N_ELEMENTS (pair_columns), NULL,
};

/* Each row becomes a record after those already in the array, column n into field n. */
static void
test_append_records (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GError) error = NULL;
  Pair first = { 1, 2, 3 };

  g_array_append_val (pairs, first);

  {
    g_autoptr(DaftarStmt) stmt = daftar_store_prepare (f->store,
                                                       "SELECT 9007199254740993, -12600, 86400 "
                                                       "UNION ALL SELECT 8, 0, 60", &error);

    g_assert_no_error (error);
    g_assert_true (daftar_store_append_records (f->store, stmt, &pair_type, pairs, &error));
    g_assert_no_error (error);
  }

  g_assert_cmpuint (pairs->len, ==, 3);
  g_assert_cmpint (g_array_index (pairs, Pair, 0).id, ==, 1);
  g_assert_cmpint (g_array_index (pairs, Pair, 0).seconds, ==, 3);
  g_assert_cmpint (g_array_index (pairs, Pair, 1).id, ==, G_GINT64_CONSTANT (9007199254740993));
  g_assert_cmpint (g_array_index (pairs, Pair, 1).offset, ==, -12600);
  g_assert_cmpint (g_array_index (pairs, Pair, 1).seconds, ==, 86400);
  g_assert_cmpint (g_array_index (pairs, Pair, 2).id, ==, 8);
  g_assert_cmpint (g_array_index (pairs, Pair, 2).offset, ==, 0);
  g_assert_cmpint (g_array_index (pairs, Pair, 2).seconds, ==, 60);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-rows/get-row", Fixture, "sub", daftar_test_ledger_set_up, test_get_row,
              daftar_test_ledger_tear_down);
  g_test_add ("/store-rows/append-records", Fixture, "sub", daftar_test_ledger_set_up,
              test_append_records, daftar_test_ledger_tear_down);

  return g_test_run ();
}
