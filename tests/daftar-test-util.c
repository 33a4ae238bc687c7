/* daftar-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "daftar-store.h"
#include "daftar-test-util.h"

char *
daftar_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("daftar-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, one a line: what a refused or failed write must leave as it was */
char *
daftar_test_list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

void
daftar_test_rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          daftar_test_rm_rf (child);
        }
    }

  g_remove (path);
}

/* The day @iso names, which must be a valid ISO date */
DaftarDay
daftar_test_day (const char *iso)
{
  DaftarDay out = 0;

  g_assert_true (daftar_day_from_iso (iso, &out));
  return out;
}

void
daftar_test_ledger_set_up (DaftarTestLedger *f,
                           gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  const char *folder = data;

  f->dir = daftar_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, folder != NULL ? folder : "", "daftar.db", NULL);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

void
daftar_test_ledger_set_up_rules (DaftarTestLedger *f,
                                 gconstpointer     data)
{
  g_autoptr(GError) error = NULL;

  daftar_test_ledger_set_up (f, data);
  f->rules = daftar_fee_rules_load_default (&error);
  g_assert_no_error (error);
}

void
daftar_test_ledger_tear_down (DaftarTestLedger *f,
                              gconstpointer     data)
{
  g_clear_pointer (&f->rules, daftar_fee_rules_free);
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/**
 * daftar_test_dump_db:
 *
 * Returns: (transfer full): every row of every table, in a stable order, as text;
 *   two dumps are equal when the ledgers hold the same data
 */
char *
daftar_test_dump_db (const char *path)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       /* A full-text index's own tables hold its segments,
                                        * which a delete leaves in another shape with the
                                        * same content: the virtual table's rows say it. */
                                       "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_schema s "
                                       "WHERE type = 'table' AND NOT EXISTS (SELECT 1 FROM sqlite_schema v "
                                       "  WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND s.name GLOB v.name || '_*') "
                                       "ORDER BY name", -1, &tables, NULL), ==, SQLITE_OK);

  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf (sqlite3_column_int (tables, 1)
                                              ? "SELECT rowid, * FROM \"%s\" ORDER BY 1"
                                              : "SELECT * FROM \"%s\" ORDER BY 1", table);
      sqlite3_stmt *rows = NULL;

      g_string_append_printf (out, "[%s]\n", table);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            {
              const unsigned char *text = sqlite3_column_text (rows, i);

              g_string_append_printf (out, "%s|", text ? (const char *) text : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (rows);
    }

  g_string_append_printf (out, "user_version ");
  {
    sqlite3_stmt *v = NULL;

    sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &v, NULL);
    if (sqlite3_step (v) == SQLITE_ROW)
      g_string_append_printf (out, "%d\n", sqlite3_column_int (v, 0));
    sqlite3_finalize (v);
  }

  sqlite3_finalize (tables);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/**
 * daftar_test_wait_until:
 * @cond: what is awaited
 * @data: for @cond
 * @timeout_ms: how long it may take before the test fails
 *
 * Runs the default main context until @cond holds; fails the test when it
 * still does not after @timeout_ms. The loop wakes every few milliseconds, so
 * a condition another thread or process makes true is seen too.
 *
 * Returns: how many milliseconds it took
 */
gint64
daftar_test_wait_until (DaftarTestCondition cond,
                        gpointer            data,
                        guint               timeout_ms)
{
  gint64 start = g_get_monotonic_time ();
  guint wake_id = 0;

  while (!cond (data))
    {
      g_assert_cmpint (g_get_monotonic_time () - start, <, (gint64) timeout_ms * 1000);
      if (wake_id == 0)
        wake_id = g_timeout_add (5, wake_cb, NULL);
      g_main_context_iteration (NULL, TRUE);
    }
  g_clear_handle_id (&wake_id, g_source_remove);

  return (g_get_monotonic_time () - start) / 1000;
}

/* Adds @n AI tools, “Bulk tool 00000” on, to the DaftarStore @store in one transaction. */
void
daftar_test_add_tools (gpointer store,
                       guint    n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (daftar_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Bulk tool %05u", i);

      g_assert_true (daftar_store_add_tool (store, name, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (daftar_store_commit (store, &error));
  g_assert_no_error (error);
}
