/* test-store-names.c — names compared, and sessions searched, in full Unicode case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "daftar-store-private.h"
#include "daftar-test-util.h"

/* A new ledger in a temporary folder */
typedef DaftarTestLedger Fixture;

static gboolean
add_project (DaftarStore  *store,
             const char   *name,
             const char   *client,
             gint64       *out_id,
             GError      **error)
{
  DaftarProjectDraft draft = {
    .name = name,
    .client = client,
    .platform = "upwork",
    .category = DAFTAR_CATEGORY_TRANSLATION,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "EUR",
    .has_rate = TRUE,
    .rate_minor = 2500,
  };

  return daftar_store_add_project (store, &draft, out_id, error);
}

static void
test_project_names (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) found = NULL;
  g_autoptr(DaftarProject) other = NULL;
  g_autoptr(DaftarProject) first = NULL;
  g_autoptr(DaftarProject) second = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = 0, street = 0;

  g_assert_true (add_project (f->store, "Übersetzung", "Müller GmbH", &id, &error));
  g_assert_true (add_project (f->store, "Straße", "MÜLLER GMBH", &street, &error));
  g_assert_no_error (error);

  /* Found in any case, composed or not */
  found = daftar_store_find_project (f->store, "übersetzung", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, id);
  g_clear_pointer (&found, daftar_project_free);
  found = daftar_store_find_project (f->store, "U\xcc\x88" "BERSETZUNG", &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->id, ==, id);
  other = daftar_store_find_project (f->store, "STRASSE", &error);
  g_assert_no_error (error);
  g_assert_cmpint (other->id, ==, street);

  /* One client, whatever the case it was typed in */
  first = daftar_store_get_project (f->store, id, &error);
  second = daftar_store_get_project (f->store, street, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->client, ==, "Müller GmbH");
  g_assert_cmpstr (second->client, ==, "Müller GmbH");

  /* A second name with the same key is refused, and nothing changes. */
  before = daftar_test_dump_db (f->path);
  g_assert_false (add_project (f->store, "ÜBERSETZUNG", NULL, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (add_project (f->store, "STRASSE", NULL, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  {
    DaftarProjectDraft rename = {
      .name = "übersetzung", .platform = "upwork", .category = DAFTAR_CATEGORY_TRANSLATION,
      .pricing = DAFTAR_PRICING_HOURLY, .currency = "EUR", .has_rate = TRUE, .rate_minor = 1,
    };

    g_assert_false (daftar_store_update_project (f->store, street, &rename, &error));
    g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
    g_clear_error (&error);
  }
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_tool_names (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const tools[] = { "ÄRGER-BOT", "deepl", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 project = 0, tool = 0;
  DaftarSessionDraft draft = { .start_utc = 1700000000, .actual_seconds = 600, .tools = tools };

  g_assert_true (add_project (f->store, "Q", NULL, &project, &error));
  g_assert_true (daftar_store_add_tool (f->store, "Ärger-Bot", NULL, &tool, &error));
  g_assert_no_error (error);

  g_assert_false (daftar_store_add_tool (f->store, "ärger-bot", NULL, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (daftar_store_update_tool (f->store, tool, "DEEPL", NULL, FALSE, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* A session names its tools in any case. */
  draft.project_id = project;
  g_assert_true (daftar_store_add_session (f->store, &draft, NULL, &error));
  g_assert_no_error (error);
  sessions = daftar_store_list_sessions (f->store, G_MININT64, G_MAXINT64, &error);
  g_assert_cmpuint (((DaftarSession *) g_ptr_array_index (sessions, 0))->tools->len, ==, 2);
}

static guint
count_found (DaftarStore *store,
             const char  *search)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = daftar_store_list_session_keys (store, search, &error);

  g_assert_no_error (error);
  return keys->len;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  static const char * const tools[] = { "Ärger-Bot", NULL };
  static const char *notes[] = { "Straße 12", "Привет, мир", "ΣΟΦΙΑ", "نامه به «مشتری»" };
  g_autoptr(GError) error = NULL;
  gint64 project = 0, plain = 0;

  g_assert_true (add_project (f->store, "Übersetzung", NULL, &project, &error));
  g_assert_true (add_project (f->store, "Plain", NULL, &plain, &error));
  g_assert_true (daftar_store_add_tool (f->store, "Ärger-Bot", NULL, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      DaftarSessionDraft draft = { .project_id = plain, .start_utc = 1700000000 + i * 3600,
                                   .actual_seconds = 600, .note = notes[i] };

      g_assert_true (daftar_store_add_session (f->store, &draft, NULL, &error));
    }
  {
    DaftarSessionDraft draft = { .project_id = project, .start_utc = 1700100000,
                                 .actual_seconds = 600, .tools = tools };

    g_assert_true (daftar_store_add_session (f->store, &draft, NULL, &error));
    g_assert_no_error (error);
  }

  g_assert_cmpuint (count_found (f->store, NULL), ==, 5);
  /* Typed exactly, or in another case, with full folding */
  g_assert_cmpuint (count_found (f->store, "Straße"), ==, 1);
  g_assert_cmpuint (count_found (f->store, "STRASSE"), ==, 1);
  g_assert_cmpuint (count_found (f->store, "strasse 12"), ==, 1);
  g_assert_cmpuint (count_found (f->store, "Привет"), ==, 1);
  g_assert_cmpuint (count_found (f->store, "привет"), ==, 1);
  g_assert_cmpuint (count_found (f->store, "σοφια"), ==, 1);
  g_assert_cmpuint (count_found (f->store, "«مشتری»"), ==, 1);
  /* A project's name and a tool's */
  g_assert_cmpuint (count_found (f->store, "ÜBERSETZUNG"), ==, 1);
  g_assert_cmpuint (count_found (f->store, "U\xcc\x88" "bersetzung"), ==, 1);
  g_assert_cmpuint (count_found (f->store, "ärger"), ==, 1);
  g_assert_cmpuint (count_found (f->store, "plain"), ==, 4);
  /* No wildcards */
  g_assert_cmpuint (count_found (f->store, "%"), ==, 0);
  g_assert_cmpuint (count_found (f->store, "stra_e"), ==, 0);
}

/* A ledger from before version 5 may hold names the ASCII-only rule let in twice:
 * the first keeps its name, the others get their number after theirs. */
static void
test_migrate_duplicates (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(DaftarProject) first = NULL;
  g_autoptr(DaftarProject) second = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  guint n;
  const DaftarMigration *migrations = daftar_store_get_migrations (&n);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  daftar_store_add_functions (db);
  for (guint i = 0; i < n && migrations[i].version <= 4; i++)
    g_assert_cmpint (sqlite3_exec (db, migrations[i].sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA user_version = 4;"
                                 "INSERT INTO clients (name) VALUES ('Öl AG'), ('öl AG');"
                                 "INSERT INTO projects (name, client_id, platform_id, category, pricing,"
                                 "  currency, rate_minor, created_utc) VALUES"
                                 "  ('Übersetzung', 1, 1, 'writing', 'hourly', 'EUR', 3000, 0),"
                                 "  ('übersetzung', 2, 1, 'writing', 'hourly', 'EUR', 3000, 0);"
                                 "INSERT INTO tools (name) VALUES ('Ärger'), ('ärger');"
                                 "INSERT INTO sessions (project_id, start_utc, utc_offset, actual_seconds,"
                                 "  paid_seconds) VALUES (2, 1600000000, 0, 600, 600);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (daftar_store_get_version (store), ==, migrations[n - 1].version);
  g_assert_nonnull (daftar_store_get_backup_path (store));
  g_assert_true (daftar_store_check_integrity (store, &error));

  first = daftar_store_find_project (store, "übersetzung", &error);
  g_assert_no_error (error);
  g_assert_cmpint (first->id, ==, 1);
  g_assert_cmpstr (first->client, ==, "Öl AG");
  second = daftar_store_find_project (store, "übersetzung (2)", &error);
  g_assert_no_error (error);
  g_assert_cmpint (second->id, ==, 2);
  g_assert_cmpstr (second->name, ==, "übersetzung (2)");
  g_assert_cmpstr (second->client, ==, "öl AG (2)");
  sessions = daftar_store_list_sessions (store, G_MININT64, G_MAXINT64, &error);
  g_assert_cmpuint (sessions->len, ==, 1);
  g_assert_cmpstr (((DaftarSession *) g_ptr_array_index (sessions, 0))->project_name, ==,
                   "übersetzung (2)");

  g_clear_object (&store);
  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/store-names/" name, Fixture, NULL, daftar_test_ledger_set_up, func, daftar_test_ledger_tear_down)
  ADD ("projects-and-clients", test_project_names);
  ADD ("tools", test_tool_names);
  ADD ("search", test_search);
#undef ADD
  g_test_add_func ("/store-names/migrate-duplicates", test_migrate_duplicates);

  return g_test_run ();
}
