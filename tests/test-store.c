/* test-store.c — opening, migrating and writing the ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "daftar-store-private.h"
#include "daftar-test-util.h"

/* A new ledger in a temporary folder */
typedef DaftarTestLedger Fixture;

static gint64
add_project (DaftarStore   *store,
             const char    *name,
             DaftarPricing  pricing)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = name,
    .client = "Acme",
    .platform = "upwork",
    .category = DAFTAR_CATEGORY_TRANSLATION,
    .pricing = pricing,
    .currency = "USD",
    .has_rate = pricing == DAFTAR_PRICING_HOURLY,
    .rate_minor = 2500,
    .has_price = pricing == DAFTAR_PRICING_FIXED,
    .price_minor = 50000,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_project (store, &draft, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_true (daftar_store_check_integrity (store, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
add_session (DaftarStore        *store,
             gint64              project_id,
             gint64              start_utc,
             gint64              seconds,
             const char * const *tools)
{
  g_autoptr(GError) error = NULL;
  DaftarSessionDraft draft = {
    .project_id = project_id,
    .start_utc = start_utc,
    .utc_offset = 12600,
    .actual_seconds = seconds,
    .has_paid = TRUE,
    .paid_seconds = seconds / 2,
    .note = "note",
    .tools = tools,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_session (store, &draft, &id, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_check_integrity (store, &error));
  g_assert_no_error (error);
  return id;
}

static char *
pragma_text (DaftarStore *store,
             const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static void
test_open_new (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *journal = pragma_text (f->store, "PRAGMA journal_mode");
  g_autofree char *fk = pragma_text (f->store, "PRAGMA foreign_keys");
  g_autofree char *strict = pragma_text (f->store, "SELECT count (*) FROM pragma_table_list "
                                                   "WHERE schema = 'main' AND strict = 1");
  g_autoptr(GPtrArray) platforms = NULL;
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found_pph = FALSE;

  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (daftar_store_get_version (f->store), ==, daftar_store_latest_version ());
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpstr (fk, ==, "1");
  /* platforms, clients, projects, sessions, tools, session_tools, payments, timer, rates */
  g_assert_cmpint (atoi (strict), >=, 8);
  g_assert_null (daftar_store_get_backup_path (f->store));

  platforms = daftar_store_list_platforms (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (platforms->len, ==, 11);
  for (guint i = 0; i < platforms->len; i++)
    {
      DaftarPlatform *p = g_ptr_array_index (platforms, i);

      g_assert_true (p->builtin);
      /* A key alone (a market band's platform) shows the name the ledger has. */
      g_assert_cmpstr (daftar_platform_key_get_display_name (p->key), ==,
                       daftar_platform_key_get_label (p->key) != NULL
                         ? daftar_platform_key_get_label (p->key) : p->name);
      if (g_str_equal (p->key, "peopleperhour"))
        found_pph = TRUE;
    }
  g_assert_true (found_pph);
  g_assert_cmpstr (daftar_platform_key_get_display_name ("outlier"), ==, "Outlier");
  g_assert_cmpstr (daftar_platform_key_get_display_name ("my-agency"), ==, "my-agency");

  tools = daftar_store_list_tools (f->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tools->len, >=, 9);
  g_assert_cmpstr (((DaftarTool *) g_ptr_array_index (tools, 0))->name, ==, "Canva");
}

static void
test_reopen_keeps_data (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = NULL;
  gint64 id = add_project (f->store, "Keep me", DAFTAR_PRICING_HOURLY);

  add_session (f->store, id, 1700000000, 3600, NULL);
  g_clear_object (&f->store);

  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  projects = daftar_store_list_projects (f->store, TRUE, &error);
  g_assert_cmpuint (projects->len, ==, 1);
  g_assert_cmpstr (((DaftarProject *) g_ptr_array_index (projects, 0))->name, ==, "Keep me");
  g_assert_null (daftar_store_get_backup_path (f->store));
}

static void
test_default_path (void)
{
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;

  g_setenv ("DAFTAR_DB", "/tmp/elsewhere.db", TRUE);
  path = daftar_store_default_path ();
  g_assert_cmpstr (path, ==, "/tmp/elsewhere.db");
  g_free (path);

  g_unsetenv ("DAFTAR_DB");
  path = daftar_store_default_path ();
  expected = g_build_filename (g_get_user_data_dir (), "daftar", "daftar.db", NULL);
  g_assert_cmpstr (path, ==, expected);
}

static void
test_migrate_from_empty_file (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (daftar_store_get_version (store), ==, daftar_store_latest_version ());
  g_assert_true (daftar_store_check_integrity (store, &error));

  g_clear_object (&store);
  daftar_test_rm_rf (dir);
}

/* Version 6: a payment's platform fee, unknown (NULL) on the rows it finds, and never
 * more than what is left of the payment after its withdrawal fee. */
static void
test_payment_platform_fee_column (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO projects (name, platform_id, category, pricing, currency,"
                                 "  price_minor, created_utc) VALUES ('Logo', 2, 'graphic-design', 'fixed', 'USD', 30000, 0);"
                                 "INSERT INTO payments (project_id, received_on, amount_minor, withdrawal_fee_minor)"
                                 "  VALUES (1, '2025-12-01', 30000, 100);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT platform_fee_minor FROM payments", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_type (stmt, 0), ==, SQLITE_NULL);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_exec (db, "UPDATE payments SET platform_fee_minor = 29901", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE payments SET platform_fee_minor = -1", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE payments SET platform_fee_minor = 29900", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  daftar_test_rm_rf (dir);
}

/* Builds a file at version @version by applying the shipped migrations up to it,
 * puts a row in each table that exists, then opens it with the store. */
static void
test_migrate_from_each_version (void)
{
  guint n;
  const DaftarMigration *migrations = daftar_store_get_migrations (&n);

  for (int version = 1; version <= daftar_store_latest_version (); version++)
    {
      g_autofree char *dir = daftar_test_make_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
      g_autofree char *before = NULL;
      g_autofree char *backup_dump = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DaftarStore) store = NULL;
      g_autoptr(GPtrArray) projects = NULL;
      g_autoptr(GPtrArray) sessions = NULL;
      sqlite3 *db = NULL;

      g_test_message ("from version %d", version);
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      daftar_store_add_functions (db);
      for (guint i = 0; i < n && migrations[i].version <= version; i++)
        {
          g_autofree char *set = g_strdup_printf ("PRAGMA user_version = %d", migrations[i].version);

          g_assert_cmpint (sqlite3_exec (db, migrations[i].sql, NULL, NULL, NULL), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_exec (db, set, NULL, NULL, NULL), ==, SQLITE_OK);
        }
      g_assert_cmpint (sqlite3_exec (db,
                                     "INSERT INTO projects (name, platform_id, category, pricing, currency,"
                                     "  rate_minor, created_utc) VALUES ('Old', 1, 'writing', 'hourly', 'EUR', 3000, 0);"
                                     "INSERT INTO sessions (project_id, start_utc, utc_offset, actual_seconds,"
                                     "  paid_seconds) VALUES (1, 1600000000, 0, 600, 600);",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
      before = daftar_test_dump_db (path);

      store = daftar_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (daftar_store_get_version (store), ==, daftar_store_latest_version ());
      g_assert_true (daftar_store_check_integrity (store, &error));

      projects = daftar_store_list_projects (store, TRUE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (projects->len, ==, 1);
      g_assert_cmpstr (((DaftarProject *) g_ptr_array_index (projects, 0))->name, ==, "Old");
      sessions = daftar_store_list_sessions (store, G_MININT64, G_MAXINT64, &error);
      g_assert_cmpuint (sessions->len, ==, 1);
      g_assert_cmpint (((DaftarSession *) g_ptr_array_index (sessions, 0))->actual_seconds, ==, 600);

      if (version < daftar_store_latest_version ())
        {
          /* The copy taken before the migration is the file as it was. */
          g_assert_nonnull (daftar_store_get_backup_path (store));
          backup_dump = daftar_test_dump_db (daftar_store_get_backup_path (store));
          g_assert_cmpstr (backup_dump, ==, before);
        }
      else
        g_assert_null (daftar_store_get_backup_path (store));

      g_clear_object (&store);
      daftar_test_rm_rf (dir);
    }
}

static void
test_newer_schema_refused (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autofree char *set = g_strdup_printf ("CREATE TABLE future (x); PRAGMA user_version = %d",
                                          daftar_store_latest_version () + 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, set, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  store = daftar_store_open (path, &error);
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NEWER_SCHEMA);
  g_assert_null (store);
  /* Not a byte changed: not even the journal mode. */
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);

  daftar_test_rm_rf (dir);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  static const char garbage[] = "This is a shopping list, not a ledger. Eggs, milk, bread, tea.";

  g_assert_true (g_file_set_contents (path, garbage, -1, NULL));
  store = daftar_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_CORRUPT);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, garbage);

  daftar_test_rm_rf (dir);
}

static void
test_sessions_and_tools (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const tools[] = { "ChatGPT", "claude", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(DaftarSession) session = NULL;
  gint64 project = add_project (f->store, "Translate", DAFTAR_PRICING_HOURLY);
  gint64 id = add_session (f->store, project, 1700000000, 5400, tools);

  session = daftar_store_get_session (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (session->project_id, ==, project);
  g_assert_cmpstr (session->project_name, ==, "Translate");
  g_assert_cmpstr (session->currency, ==, "USD");
  g_assert_cmpint (session->start_utc, ==, 1700000000);
  g_assert_cmpint (session->utc_offset, ==, 12600);
  g_assert_cmpint (session->actual_seconds, ==, 5400);
  g_assert_cmpint (session->paid_seconds, ==, 2700);
  g_assert_false (session->has_earned);
  g_assert_cmpstr (session->note, ==, "note");
  g_assert_cmpuint (session->tools->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (session->tools, 0), ==, "ChatGPT");
  g_assert_cmpstr (g_ptr_array_index (session->tools, 1), ==, "Claude");

  add_session (f->store, project, 1700003600, 60, NULL);
  add_session (f->store, project, 1700007200, 60, NULL);

  /* The range is [from, to): a session starting at `to` is outside. */
  sessions = daftar_store_list_sessions (f->store, 1700000000, 1700007200, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpint (((DaftarSession *) g_ptr_array_index (sessions, 1))->start_utc, ==, 1700003600);
}

static void
test_unknown_tool_writes_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  static const char * const tools[] = { "ChatGPT", "NoSuchTool", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 project = add_project (f->store, "P", DAFTAR_PRICING_HOURLY);
  DaftarSessionDraft draft = {
    .project_id = project,
    .start_utc = 1700000000,
    .actual_seconds = 60,
    .tools = tools,
  };

  before = daftar_test_dump_db (f->path);
  g_assert_false (daftar_store_add_session (f->store, &draft, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_TOOL);
  g_assert_nonnull (strstr (error->message, "NoSuchTool"));
  after = daftar_test_dump_db (f->path);
  /* The session row was inserted inside the transaction, then rolled back. */
  g_assert_cmpstr (before, ==, after);
  g_assert_true (daftar_store_check_integrity (f->store, NULL));
}

static void
test_sum_by_project (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) totals = NULL;
  gint64 a = add_project (f->store, "A", DAFTAR_PRICING_HOURLY);
  gint64 b = add_project (f->store, "B", DAFTAR_PRICING_HOURLY);
  DaftarProjectTotals *row;

  add_session (f->store, a, 1000, 600, NULL);
  add_session (f->store, a, 2000, 1200, NULL);
  add_session (f->store, b, 3000, 60, NULL);
  add_session (f->store, b, 9000, 60, NULL);

  totals = daftar_store_sum_by_project (f->store, 1000, 9000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (totals->len, ==, 2);
  row = &g_array_index (totals, DaftarProjectTotals, 0);
  g_assert_cmpint (row->project_id, ==, a);
  g_assert_cmpint (row->actual_seconds, ==, 1800);
  g_assert_cmpint (row->paid_seconds, ==, 900);
  g_assert_cmpint (row->n_sessions, ==, 2);
  row = &g_array_index (totals, DaftarProjectTotals, 1);
  g_assert_cmpint (row->project_id, ==, b);
  g_assert_cmpint (row->actual_seconds, ==, 60);
  g_assert_cmpint (row->n_sessions, ==, 1);
}

static void
test_payments_and_tools (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GPtrArray) tools = NULL;
  DaftarMoney cost = { 2000, "USD" };
  gint64 project = add_project (f->store, "Fixed", DAFTAR_PRICING_FIXED);
  DaftarPaymentDraft draft = {
    .project_id = project,
    .date = "۲۰۲۵-۰۳-۲۱",
    .amount_minor = 30000,
    .withdrawal_fee_minor = 99,
    .note = "milestone 1",
  };
  gint64 id;

  g_assert_true (daftar_store_add_payment (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_check_integrity (f->store, &error));
  payments = daftar_store_list_payments (f->store, &error);
  g_assert_cmpuint (payments->len, ==, 1);
  /* Stored in Latin digits whatever was typed */
  g_assert_cmpstr (((DaftarPayment *) g_ptr_array_index (payments, 0))->date, ==, "2025-03-21");
  g_assert_cmpint (((DaftarPayment *) g_ptr_array_index (payments, 0))->withdrawal_fee_minor, ==, 99);
  g_assert_cmpstr (((DaftarPayment *) g_ptr_array_index (payments, 0))->amount.currency, ==, "USD");

  g_assert_true (daftar_store_add_tool (f->store, "  Writer Pro  ", &cost, &id, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_check_integrity (f->store, &error));
  g_assert_false (daftar_store_add_tool (f->store, "writer pro", NULL, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);

  tools = daftar_store_list_tools (f->store, TRUE, NULL);
  for (guint i = 0; i < tools->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (tools, i);

      if (tool->id == id)
        {
          g_assert_cmpstr (tool->name, ==, "Writer Pro");
          g_assert_true (tool->has_cost);
          g_assert_cmpint (tool->monthly_cost.minor, ==, 2000);
          g_assert_false (tool->builtin);
        }
    }
}

/* A payment changed and deleted; a platform fee recorded, refused when the fees add up
 * to more than the payment, and a refused change leaves the ledger as it was. */
static void
test_payment_edit_delete (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarPayment) payment = NULL;
  g_autoptr(DaftarPayment) missing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 project = add_project (f->store, "Fixed", DAFTAR_PRICING_FIXED);
  gint64 other = add_project (f->store, "Other", DAFTAR_PRICING_FIXED);
  DaftarPaymentDraft draft = {
    .project_id = project,
    .date = "2025-03-21",
    .amount_minor = 30000,
    .withdrawal_fee_minor = 100,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_payment (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  payment = daftar_store_get_payment (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_false (payment->has_platform_fee);
  g_clear_pointer (&payment, daftar_payment_free);

  draft.project_id = other;
  draft.date = "2025-03-22";
  draft.amount_minor = 40000;
  draft.has_platform_fee = TRUE;
  draft.platform_fee_minor = 8000;
  draft.note = "Fiverr said $80";
  g_assert_true (daftar_store_update_payment (f->store, id, &draft, &error));
  g_assert_no_error (error);
  payment = daftar_store_get_payment (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (payment->project_id, ==, other);
  g_assert_cmpstr (payment->date, ==, "2025-03-22");
  g_assert_cmpint (payment->amount.minor, ==, 40000);
  g_assert_true (payment->has_platform_fee);
  g_assert_cmpint (payment->platform_fee_minor, ==, 8000);
  g_assert_cmpstr (payment->note, ==, "Fiverr said $80");

  /* 399.00 of fees on 400.00 is allowed, 399.01 is not, and changes nothing */
  before = daftar_test_dump_db (f->path);
  draft.platform_fee_minor = 39901;
  g_assert_false (daftar_store_update_payment (f->store, id, &draft, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE);
  g_clear_error (&error);
  g_assert_false (daftar_store_add_payment (f->store, &draft, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE);
  g_clear_error (&error);
  draft.platform_fee_minor = -1;
  g_assert_false (daftar_store_update_payment (f->store, id, &draft, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE);
  g_clear_error (&error);
  g_assert_false (daftar_store_update_payment (f->store, id + 100, &(DaftarPaymentDraft) {
                    .project_id = project, .date = "2025-03-21", .amount_minor = 1 }, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);
  draft.platform_fee_minor = 39900;
  g_assert_true (daftar_store_update_payment (f->store, id, &draft, &error));
  g_assert_no_error (error);

  g_assert_true (daftar_store_delete_payment (f->store, id, &error));
  g_assert_no_error (error);
  missing = daftar_store_get_payment (f->store, id, &error);
  g_assert_null (missing);
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (daftar_store_delete_payment (f->store, id, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
  g_assert_true (daftar_store_check_integrity (f->store, NULL));
}

static void
test_timer (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  g_autoptr(DaftarSession) session = NULL;
  gint64 project = add_project (f->store, "Timed", DAFTAR_PRICING_HOURLY);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 session_id = 0;

  g_assert_null (daftar_store_get_timer (f->store, &error));
  g_assert_no_error (error);

  g_assert_true (daftar_store_start_timer (f->store, project, now - 1800, 3600, "drafting", &error));
  g_assert_no_error (error);
  g_assert_false (daftar_store_start_timer (f->store, project, now, 0, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* The timer is in the file: a new connection (a restarted app) sees it. */
  g_clear_object (&f->store);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  timer = daftar_store_get_timer (f->store, &error);
  g_assert_nonnull (timer);
  g_assert_cmpint (timer->project_id, ==, project);
  g_assert_cmpint (timer->start_utc, ==, now - 1800);
  g_assert_cmpstr (timer->note, ==, "drafting");

  g_assert_true (daftar_store_stop_timer (f->store, now, &session_id, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_check_integrity (f->store, &error));
  session = daftar_store_get_session (f->store, session_id, &error);
  g_assert_cmpint (session->actual_seconds, ==, 1800);
  g_assert_cmpint (session->paid_seconds, ==, 1800);
  g_assert_cmpint (session->utc_offset, ==, 3600);
  g_assert_cmpstr (session->note, ==, "drafting");
  g_assert_null (daftar_store_get_timer (f->store, NULL));

  g_assert_false (daftar_store_stop_timer (f->store, now, NULL, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
}

static void
test_timer_too_long_is_kept (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 project = add_project (f->store, "Forgot", DAFTAR_PRICING_HOURLY);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_true (daftar_store_start_timer (f->store, project, now - 30 * 3600, 0, NULL, &error));
  g_assert_false (daftar_store_stop_timer (f->store, now, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DURATION);

  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_nonnull (timer);
  sessions = daftar_store_list_sessions (f->store, G_MININT64, G_MAXINT64, NULL);
  g_assert_cmpuint (sessions->len, ==, 0);

  g_assert_true (daftar_store_discard_timer (f->store, NULL));
  g_assert_null (daftar_store_get_timer (f->store, NULL));

  /* Nothing left to discard: said so, not silently done. */
  g_clear_error (&error);
  g_assert_false (daftar_store_discard_timer (f->store, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
}

static void
test_timer_resume (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 project = add_project (f->store, "Resumed", DAFTAR_PRICING_HOURLY);
  gint64 other = add_project (f->store, "Other", DAFTAR_PRICING_HOURLY);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 session_id = 0;

  g_assert_true (daftar_store_start_timer (f->store, project, now - 1800, 3600, "drafting", &error));
  g_assert_true (daftar_store_stop_timer (f->store, now, &session_id, &error));
  g_assert_no_error (error);

  /* The stop is taken back: the same timer runs, and no session is left. */
  g_assert_true (daftar_store_resume_timer (f->store, session_id, &error));
  g_assert_no_error (error);
  timer = daftar_store_get_timer (f->store, &error);
  g_assert_nonnull (timer);
  g_assert_cmpint (timer->project_id, ==, project);
  g_assert_cmpint (timer->start_utc, ==, now - 1800);
  g_assert_cmpint (timer->utc_offset, ==, 3600);
  g_assert_cmpstr (timer->note, ==, "drafting");
  sessions = daftar_store_list_sessions (f->store, G_MININT64, G_MAXINT64, NULL);
  g_assert_cmpuint (sessions->len, ==, 0);
  g_assert_true (daftar_store_check_integrity (f->store, NULL));

  /* A timer runs: resuming another session is refused and changes nothing. */
  session_id = add_session (f->store, other, now - 7200, 600, NULL);
  before = daftar_test_dump_db (f->path);
  g_assert_false (daftar_store_resume_timer (f->store, session_id, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  /* A session that is gone: the same. */
  g_assert_false (daftar_store_resume_timer (f->store, session_id + 100, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_recent_projects (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 never = add_project (f->store, "Aardvark", DAFTAR_PRICING_HOURLY);
  gint64 old = add_project (f->store, "Old", DAFTAR_PRICING_HOURLY);
  gint64 recent = add_project (f->store, "Recent", DAFTAR_PRICING_HOURLY);
  gint64 timed = add_project (f->store, "Timed", DAFTAR_PRICING_HOURLY);
  gint64 last_id = -1;

  /* Nothing timed yet: projects by name, and no last one. */
  projects = daftar_store_list_recent_projects (f->store, &last_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (projects->len, ==, 4);
  g_assert_cmpint (((DaftarProject *) projects->pdata[0])->id, ==, never);
  g_assert_cmpint (last_id, ==, 0);
  g_clear_pointer (&projects, g_ptr_array_unref);

  add_session (f->store, old, now - 10 * 86400, 600, NULL);
  add_session (f->store, recent, now - 20 * 86400, 600, NULL);
  add_session (f->store, recent, now - 2 * 86400, 600, NULL);
  add_session (f->store, timed, now - 30 * 86400, 600, NULL);
  g_assert_true (daftar_store_start_timer (f->store, timed, now - 60, 0, NULL, &error));
  g_assert_no_error (error);

  projects = daftar_store_list_recent_projects (f->store, &last_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (last_id, ==, timed);
  g_assert_cmpuint (projects->len, ==, 4);
  g_assert_cmpint (((DaftarProject *) projects->pdata[0])->id, ==, timed);
  g_assert_cmpint (((DaftarProject *) projects->pdata[1])->id, ==, recent);
  g_assert_cmpint (((DaftarProject *) projects->pdata[2])->id, ==, old);
  g_assert_cmpint (((DaftarProject *) projects->pdata[3])->id, ==, never);
}

static void
test_nested_transactions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = NULL;

  g_assert_true (daftar_store_begin (f->store, &error));
  add_project (f->store, "Inside", DAFTAR_PRICING_HOURLY);
  daftar_store_rollback (f->store);

  projects = daftar_store_list_projects (f->store, TRUE, &error);
  g_assert_cmpuint (projects->len, ==, 0);
}

static void
test_find_project (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) by_name = NULL;
  g_autoptr(DaftarProject) by_id = NULL;
  g_autoptr(DaftarProject) missing = NULL;
  g_autofree char *id_text = NULL;
  g_autoptr(DaftarProject) decomposed = NULL;
  gint64 id = add_project (f->store, "ترجمه فنی", DAFTAR_PRICING_HOURLY);
  gint64 cafe = add_project (f->store, "Caf\u00e9", DAFTAR_PRICING_HOURLY);

  /* The same name typed as e + combining accent, with a stray mark, is the same project. */
  decomposed = daftar_store_find_project (f->store, "\u200fCafe\u0301", &error);
  g_assert_no_error (error);
  g_assert_cmpint (decomposed->id, ==, cafe);

  by_name = daftar_store_find_project (f->store, " ترجمه فنی ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (by_name->id, ==, id);
  g_assert_cmpstr (by_name->client, ==, "Acme");
  g_assert_cmpstr (by_name->platform_key, ==, "upwork");
  g_assert_cmpint (by_name->rate_minor, ==, 2500);

  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  by_id = daftar_store_find_project (f->store, id_text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (by_id->name, ==, "ترجمه فنی");

  missing = daftar_store_find_project (f->store, "Nope\xe2\x80\xae", &error);
  g_assert_null (missing);
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT);
  /* The name is isolated and the override character is dropped. */
  g_assert_nonnull (strstr (error->message, "\xe2\x81\xa8Nope\xe2\x81\xa9"));
}

/* The specialty column: stored, read back, changed, and cleared with the category. */
static void
test_project_specialty (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DaftarProjectDraft draft = {
    .name = "Code review", .platform = "mercor", .category = DAFTAR_CATEGORY_AI_TRAINING,
    .pricing = DAFTAR_PRICING_HOURLY, .currency = "USD", .has_rate = TRUE, .rate_minor = 9000,
    .specialty = "coding",
  };
  gint64 id;

  g_assert_true (daftar_store_add_project (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  project = daftar_store_get_project (f->store, id, &error);
  g_assert_true (project->has_specialty);
  g_assert_cmpint (project->specialty, ==, DAFTAR_SPECIALTY_CODING);
  g_clear_pointer (&project, daftar_project_free);

  /* Refused: nothing written. */
  before = daftar_test_dump_db (f->path);
  draft.specialty = "poetry";
  g_assert_false (daftar_store_update_project (f->store, id, &draft, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_SPECIALTY);
  g_clear_error (&error);
  draft.specialty = "stem";
  draft.category = DAFTAR_CATEGORY_WRITING;
  g_assert_false (daftar_store_add_project (f->store, &draft, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_SPECIALTY);
  g_clear_error (&error);
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);

  /* Another category: no specialty. */
  draft.specialty = NULL;
  g_assert_true (daftar_store_update_project (f->store, id, &draft, &error));
  g_assert_no_error (error);
  project = daftar_store_get_project (f->store, id, &error);
  g_assert_false (project->has_specialty);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/store/" name, Fixture, "sub", daftar_test_ledger_set_up, func, daftar_test_ledger_tear_down)
  ADD ("project-specialty", test_project_specialty);
  ADD ("open-new", test_open_new);
  ADD ("reopen-keeps-data", test_reopen_keeps_data);
  ADD ("sessions-and-tools", test_sessions_and_tools);
  ADD ("unknown-tool-writes-nothing", test_unknown_tool_writes_nothing);
  ADD ("sum-by-project", test_sum_by_project);
  ADD ("payments-and-tools", test_payments_and_tools);
  ADD ("payment-edit-delete", test_payment_edit_delete);
  ADD ("timer", test_timer);
  ADD ("timer-too-long-is-kept", test_timer_too_long_is_kept);
  ADD ("timer-resume", test_timer_resume);
  ADD ("recent-projects", test_recent_projects);
  ADD ("nested-transactions", test_nested_transactions);
  ADD ("find-project", test_find_project);
#undef ADD
  g_test_add_func ("/store/default-path", test_default_path);
  g_test_add_func ("/store/migrate/empty-file", test_migrate_from_empty_file);
  g_test_add_func ("/store/migrate/each-version", test_migrate_from_each_version);
  g_test_add_func ("/store/migrate/payment-platform-fee", test_payment_platform_fee_column);
  g_test_add_func ("/store/migrate/newer-schema-refused", test_newer_schema_refused);
  g_test_add_func ("/store/not-a-database", test_not_a_database);

  return g_test_run ();
}
