/* test-store-report.c — the ledger's side of earnings: schema 3, rates, fee terms, reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-report"

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "daftar-store-private.h"
#include "daftar-store-report.h"
#include "daftar-test-util.h"

/* A new ledger in a temporary folder, and the fee rules */
typedef DaftarTestLedger Fixture;

static gint64
add_project (Fixture       *f,
             const char    *name,
             const char    *platform,
             DaftarPricing  pricing,
             const char    *currency,
             gint64         rate_minor,
             const char    *client)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = name,
    .client = client,
    .platform = platform,
    .category = DAFTAR_CATEGORY_WRITING,
    .pricing = pricing,
    .currency = currency,
    .has_rate = pricing == DAFTAR_PRICING_HOURLY,
    .rate_minor = rate_minor,
    .has_price = pricing == DAFTAR_PRICING_FIXED,
    .price_minor = 10000,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_project (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

/* A session starting at @local_iso ("2025-03-31T23:30") on a clock @offset seconds
 * east of UTC. */
static gint64
add_session (Fixture            *f,
             gint64              project_id,
             const char         *local_iso,
             gint32              offset,
             gint64              actual,
             gint64              paid,
             const char * const *tools)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (offset);
  g_autoptr(GDateTime) local = g_date_time_new_from_iso8601 (local_iso, tz);
  DaftarSessionDraft draft = {
    .project_id = project_id,
    .utc_offset = offset,
    .actual_seconds = actual,
    .has_paid = TRUE,
    .paid_seconds = paid,
    .tools = tools,
  };
  gint64 id = 0;

  g_assert_nonnull (local);
  draft.start_utc = g_date_time_to_unix (local);
  g_assert_true (daftar_store_add_session (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
add_payment (Fixture    *f,
             gint64      project_id,
             const char *iso,
             gint64      amount,
             gint64      withdrawal_fee)
{
  g_autoptr(GError) error = NULL;
  DaftarPaymentDraft draft = { project_id, iso, amount, withdrawal_fee, NULL };

  g_assert_true (daftar_store_add_payment (f->store, &draft, NULL, &error));
  g_assert_no_error (error);
}

static char *
query_text (DaftarStore *store,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* Every line of the plan's detail column, one per line. */
static char *
query_plan (DaftarStore *store,
            const char  *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  GString *plan = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  return g_string_free (plan, FALSE);
}

static const DaftarEarningsLine *
group (const DaftarEarningsReport *report,
       const char                 *key)
{
  for (guint i = 0; i < report->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (report->groups, i);

      if (g_str_equal (line->key, key))
        return line;
    }

  return NULL;
}

static DaftarEarningsReport *
report (Fixture          *f,
        const char       *from,
        const char       *to,
        const char       *currency,
        DaftarEarningsBy  by)
{
  g_autoptr(GError) error = NULL;
  DaftarEarningsReport *result = daftar_store_report_earnings (f->store, daftar_test_day (from), daftar_test_day (to),
                                                               currency, by, f->rules, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* tools_key follows session_tools through the triggers; local_day is the session's own. */
static void
test_schema_columns (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const two_tools[] = { "DeepL", "ChatGPT", NULL };
  g_autofree char *chatgpt = query_text (f->store, "SELECT id FROM tools WHERE name = 'ChatGPT'");
  g_autofree char *deepl = query_text (f->store, "SELECT id FROM tools WHERE name = 'DeepL'");
  g_autofree char *expected = g_strdup_printf ("%s,%s", chatgpt, deepl);
  g_autofree char *key = NULL;
  g_autofree char *local_day = NULL;
  g_autofree char *plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 project = add_project (f, "P", "direct", DAFTAR_PRICING_HOURLY, "USD", 1000, NULL);
  gint64 session;

  g_assert_cmpint (daftar_store_get_version (f->store), >=, 3);

  /* 23:30 on 31 March in Tehran is 20:00 UTC: its day is the 31st */
  session = add_session (f, project, "2025-03-31T23:30:00", 12600, 600, 600, two_tools);
  key = query_text (f->store, "SELECT tools_key FROM sessions");
  g_assert_cmpstr (key, ==, expected);
  local_day = query_text (f->store, "SELECT local_day FROM sessions");
  g_assert_cmpint (atoi (local_day), ==, daftar_test_day ("2025-03-31"));

  g_assert_cmpint (sqlite3_exec (f->store->db, "DELETE FROM session_tools WHERE tool_id = (SELECT id FROM tools WHERE name = 'DeepL')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_pointer (&key, g_free);
  key = query_text (f->store, "SELECT tools_key FROM sessions");
  g_assert_cmpstr (key, ==, chatgpt);

  g_assert_cmpint (sqlite3_exec (f->store->db, "DELETE FROM session_tools", NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_pointer (&key, g_free);
  key = query_text (f->store, "SELECT tools_key FROM sessions");
  g_assert_cmpstr (key, ==, "");

  /* Editing the session through the store keeps it too */
  {
    static const char * const one_tool[] = { "DeepL", NULL };
    DaftarSessionDraft draft = { project, 1743449400, 12600, 600, FALSE, 0, FALSE, 0, NULL, one_tool };

    g_assert_true (daftar_store_update_session (f->store, session, &draft, &error));
    g_assert_no_error (error);
    g_clear_pointer (&key, g_free);
    key = query_text (f->store, "SELECT tools_key FROM sessions");
    g_assert_cmpstr (key, ==, deepl);
  }

  /* The report's query reads the covering index in order */
  plan = query_plan (f->store,
                     "SELECT local_day, tools_key, count (*), sum (actual_seconds), "
                     "sum (paid_seconds), coalesce (sum (earned_minor), 0), project_id "
                     "FROM sessions INDEXED BY sessions_by_day WHERE local_day BETWEEN 1 AND 2 "
                     "GROUP BY local_day, project_id, tools_key");
  g_test_message ("plan: %s", plan);
  g_assert_nonnull (strstr (plan, "sessions_by_day"));
  g_assert_null (strstr (plan, "TEMP B-TREE"));
  g_assert_true (daftar_store_check_integrity (f->store, &error));
}

/* A version-2 ledger with tools on its sessions gets their keys when migrated. */
static void
test_migration_backfill (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  const DaftarMigration *migrations;
  sqlite3 *db = NULL;
  guint n;

  migrations = daftar_store_get_migrations (&n);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint i = 0; i < n && migrations[i].version <= 2; i++)
    {
      g_autofree char *set = g_strdup_printf ("PRAGMA user_version = %d", migrations[i].version);

      g_assert_cmpint (sqlite3_exec (db, migrations[i].sql, NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, set, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO projects (name, platform_id, category, pricing, currency,"
                                 "  rate_minor, created_utc) VALUES ('Old', 1, 'writing', 'hourly', 'EUR', 3000, 0);"
                                 "INSERT INTO sessions (project_id, start_utc, utc_offset, actual_seconds,"
                                 "  paid_seconds) VALUES (1, 1600000000, 0, 600, 600);"
                                 "INSERT INTO session_tools VALUES (1, 9), (1, 2), (1, 5);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  key = query_text (store, "SELECT tools_key FROM sessions");
  g_assert_cmpstr (key, ==, "2,5,9");
  g_assert_true (daftar_store_check_integrity (store, &error));

  g_clear_object (&store);
  daftar_test_rm_rf (dir);
}

static void
test_rates (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarRateTable) table = NULL;
  DaftarExchangeRate rate = { 0, 0, "EUR", "USD", 108000000, DAFTAR_RATE_SOURCE_USER };
  DaftarExchangeRate feed = { 0, 0, "EUR", "USD", 107000000, DAFTAR_RATE_SOURCE_FEED };
  DaftarExchangeRate same = { 0, 0, "USD", "USD", 100000000, DAFTAR_RATE_SOURCE_USER };
  DaftarExchangeRate zero = { 0, 0, "EUR", "USD", 0, DAFTAR_RATE_SOURCE_USER };
  DaftarExchangeRate no_money = { 0, 0, "XXX", "USD", 100000000, DAFTAR_RATE_SOURCE_USER };
  gint64 id = 0, again = 0, feed_id = 0;
  gboolean inverse;

  rate.day = feed.day = same.day = zero.day = no_money.day = daftar_test_day ("2025-03-01");
  g_assert_true (daftar_store_add_rate (f->store, &rate, &id, &error));
  g_assert_true (daftar_store_add_rate (f->store, &feed, &feed_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, !=, feed_id);

  /* The same pair, day and source again replaces the rate, and keeps its row */
  rate.rate_e8 = 109000000;
  g_assert_true (daftar_store_add_rate (f->store, &rate, &again, &error));
  g_assert_cmpint (again, ==, id);

  table = daftar_store_load_rates (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (daftar_rate_table_get_n_rates (table), ==, 2);
  g_assert_cmpint (daftar_rate_table_lookup (table, "EUR", "USD", daftar_test_day ("2025-03-02"), &inverse)->rate_e8, ==,
                   109000000);

  g_assert_false (daftar_store_add_rate (f->store, &same, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY);
  g_clear_error (&error);
  g_assert_false (daftar_store_add_rate (f->store, &zero, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_AMOUNT);
  g_clear_error (&error);
  g_assert_false (daftar_store_add_rate (f->store, &no_money, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY);
  g_clear_error (&error);

  g_assert_true (daftar_store_delete_rate (f->store, feed_id, &error));
  g_assert_false (daftar_store_delete_rate (f->store, feed_id, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
}

static void
test_project_fees (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProjectFees) fees = NULL;
  g_autoptr(DaftarProjectFees) back = NULL;
  gint64 upwork = add_project (f, "Upwork job", "upwork", DAFTAR_PRICING_HOURLY, "USD", 5000, NULL);
  gint64 fiverr = add_project (f, "Fiverr gig", "fiverr", DAFTAR_PRICING_FIXED, "USD", 0, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  fees = daftar_store_get_project_fees (f->store, upwork, &error);
  g_assert_no_error (error);
  g_assert_false (fees->has_contract_ppm);
  g_assert_false (fees->has_override_ppm);
  g_assert_null (fees->withdrawal_rule);

  fees->has_contract_ppm = TRUE;
  fees->contract_ppm = 150000;
  fees->withdrawal_rule = g_strdup ("upwork-withdraw-local-bank");
  g_assert_true (daftar_store_set_project_fees (f->store, fees, f->rules, &error));
  g_assert_no_error (error);
  back = daftar_store_get_project_fees (f->store, upwork, &error);
  g_assert_cmpint (back->contract_ppm, ==, 150000);
  g_assert_cmpstr (back->withdrawal_rule, ==, "upwork-withdraw-local-bank");

  /* Refused, and nothing changes: above Upwork's 15%… */
  before = query_text (f->store, "SELECT group_concat (contract_ppm) FROM project_fees");
  fees->contract_ppm = 150001;
  g_assert_false (daftar_store_set_project_fees (f->store, fees, f->rules, &error));
  g_assert_error (error, DAFTAR_FEES_ERROR, DAFTAR_FEES_ERROR_CONTRACT_RATE);
  g_clear_error (&error);
  /* …a withdrawal rule that doesn't exist, or isn't one… */
  fees->contract_ppm = 120000;
  g_free (fees->withdrawal_rule);
  fees->withdrawal_rule = g_strdup ("fiverr-seller-20");
  g_assert_false (daftar_store_set_project_fees (f->store, fees, f->rules, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE);
  g_clear_error (&error);
  after = query_text (f->store, "SELECT group_concat (contract_ppm) FROM project_fees");
  g_assert_cmpstr (before, ==, after);

  /* …a contract rate on a platform without them */
  {
    DaftarProjectFees on_fiverr = { .project_id = fiverr, .has_contract_ppm = TRUE, .contract_ppm = 100000 };
    DaftarProjectFees override = { .project_id = fiverr, .has_override_ppm = TRUE, .override_ppm = 100000 };
    DaftarProjectFees nothing = { .project_id = fiverr };
    DaftarProjectFees nobody = { .project_id = 999 };
    g_autofree char *count = NULL;

    g_assert_false (daftar_store_set_project_fees (f->store, &on_fiverr, f->rules, &error));
    g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE);
    g_assert_nonnull (strstr (error->message, "override"));
    g_clear_error (&error);

    /* An override is fine anywhere; clearing removes the row */
    g_assert_true (daftar_store_set_project_fees (f->store, &override, f->rules, &error));
    g_assert_true (daftar_store_set_project_fees (f->store, &nothing, f->rules, &error));
    g_assert_no_error (error);
    count = query_text (f->store, "SELECT count (*) FROM project_fees");
    g_assert_cmpstr (count, ==, "1");

    g_assert_false (daftar_store_set_project_fees (f->store, &nobody, f->rules, &error));
    g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT);
  }
}

/* The worked Outlier example, through the ledger. */
static void
test_report_outlier (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DaftarEarningsReport) result = NULL;
  gint64 project = add_project (f, "Outlier eval", "outlier", DAFTAR_PRICING_HOURLY, "USD", 4000, "Scale AI");

  /* 10 h over two days, paid as 5.29 h */
  add_session (f, project, "2025-03-20T09:00:00", 12600, 18000, 9522, NULL);
  add_session (f, project, "2025-03-21T09:00:00", 12600, 18000, 9522, NULL);
  result = report (f, "2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_CLIENT);

  g_assert_cmpint (result->totals->n_sessions, ==, 2);
  g_assert_cmpint (result->totals->gross_minor, ==, 21160);
  g_assert_cmpint (result->totals->effective_rate_minor, ==, 2116);
  g_assert_cmpint (result->totals->nominal_rate_minor, ==, 4000);
  g_assert_nonnull (group (result, "Scale AI"));
}

/* A session belongs to the day it started on its own clock. */
static void
test_report_local_days (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DaftarEarningsReport) march = NULL;
  g_autoptr(DaftarEarningsReport) april = NULL;
  gint64 project = add_project (f, "P", "direct", DAFTAR_PRICING_HOURLY, "USD", 3600, NULL);

  /* 23:30 in Tehran on 31 March (20:00 UTC) */
  add_session (f, project, "2025-03-31T23:30:00", 12600, 100, 100, NULL);
  /* 00:30 in Tehran on 1 April (21:00 UTC on 31 March) */
  add_session (f, project, "2025-04-01T00:30:00", 12600, 10, 10, NULL);
  /* 23:00 in Los Angeles on 31 March (06:00 UTC on 1 April) */
  add_session (f, project, "2025-03-31T23:00:00", -25200, 1000, 1000, NULL);

  march = report (f, "2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  april = report (f, "2025-04-01", "2025-04-30", "USD", DAFTAR_EARNINGS_BY_PROJECT);
  g_assert_cmpint (march->totals->actual_seconds, ==, 1100);
  g_assert_cmpint (april->totals->actual_seconds, ==, 10);
}

/* Lifetime billings with a client come from before the period. */
static void
test_report_history (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DaftarEarningsReport) result = NULL;
  gint64 first = add_project (f, "First", "peopleperhour", DAFTAR_PRICING_FIXED, "GBP", 0, "Acme");
  gint64 second = add_project (f, "Second", "peopleperhour", DAFTAR_PRICING_HOURLY, "GBP", 2000, "Acme");

  add_payment (f, first, "2024-12-10", 20000, 0);
  /* 5 h at £20 in March: £50 at 20%, £50 at 7.5% */
  add_session (f, second, "2025-03-03T10:00:00", 0, 18000, 18000, NULL);
  result = report (f, "2025-03-01", "2025-03-31", "GBP", DAFTAR_EARNINGS_BY_PROJECT);

  g_assert_cmpint (result->totals->gross_minor, ==, 10000);
  g_assert_cmpint (result->totals->platform_fees_minor, ==, 1375);
  g_assert_null (group (result, "1"));
}

static DaftarEarningsReport *
report_on (Fixture             *f,
           const char          *from,
           const char          *to,
           DaftarEarningsBasis  basis)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarEarningsInput) input = daftar_store_load_earnings (f->store, daftar_test_day (from), daftar_test_day (to), "USD",
                                                                     DAFTAR_EARNINGS_BY_PROJECT, f->rules, &error);
  DaftarEarningsReport *result;

  g_assert_no_error (error);
  input->query.basis = basis;
  result = daftar_earnings_compute (input, &error);
  g_assert_no_error (error);
  return result;
}

/* A fixed-price payment after the period pays for work before and in it: the store
 * reads the project's whole history, and the platform fee the payment was charged. */
static void
test_report_fixed_history (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DaftarEarningsReport) feb = NULL;
  g_autoptr(DaftarEarningsReport) march = NULL;
  g_autoptr(DaftarEarningsReport) april = NULL;
  g_autoptr(DaftarEarningsReport) paid_april = NULL;
  g_autoptr(GError) error = NULL;
  gint64 logo = add_project (f, "Logo", "fiverr", DAFTAR_PRICING_FIXED, "USD", 0, NULL);
  DaftarPaymentDraft payment = {
    .project_id = logo, .date = "2025-04-02", .amount_minor = 8000,
    .has_platform_fee = TRUE, .platform_fee_minor = 1000,
  };

  add_session (f, logo, "2025-02-25T10:00:00", 0, 3 * 3600, 3 * 3600, NULL);
  add_session (f, logo, "2025-03-03T10:00:00", 0, 3600, 3600, NULL);
  g_assert_true (daftar_store_add_payment (f->store, &payment, NULL, &error));
  g_assert_no_error (error);

  feb = report_on (f, "2025-02-01", "2025-02-28", DAFTAR_EARNINGS_BASIS_WORK);
  g_assert_cmpint (feb->totals->gross_minor, ==, 6000);
  g_assert_cmpint (feb->totals->platform_fees_minor, ==, 750);
  march = report_on (f, "2025-03-01", "2025-03-31", DAFTAR_EARNINGS_BASIS_WORK);
  g_assert_cmpint (march->totals->gross_minor, ==, 2000);
  g_assert_cmpint (march->totals->platform_fees_minor, ==, 250);
  /* $100 agreed, nothing received by March 31 */
  g_assert_cmpint (march->totals->awaiting_minor, ==, 10000);
  april = report_on (f, "2025-04-01", "2025-04-30", DAFTAR_EARNINGS_BASIS_WORK);
  g_assert_cmpint (april->totals->gross_minor, ==, 0);
  g_assert_cmpint (april->totals->awaiting_minor, ==, 2000);

  /* Received: April's, with the $10 Fiverr reported rather than its 20% rule */
  paid_april = report_on (f, "2025-04-01", "2025-04-30", DAFTAR_EARNINGS_BASIS_PAID);
  g_assert_cmpint (paid_april->totals->gross_minor, ==, 8000);
  g_assert_cmpint (paid_april->totals->platform_fees_minor, ==, 1000);
  g_assert_cmpint (paid_april->totals->net_minor, ==, 7000);
}

static void
test_report_currency_and_tools (Fixture       *f,
                                gconstpointer  data)
{
  static const char * const tools[] = { "Midjourney Pro", NULL };
  g_autoptr(DaftarEarningsReport) result = NULL;
  g_autoptr(DaftarEarningsReport) missing = NULL;
  g_autoptr(GError) error = NULL;
  DaftarMoney cost = { 3000, "USD" };
  DaftarExchangeRate rate = { 0, 0, "EUR", "USD", 110000000, DAFTAR_RATE_SOURCE_USER };
  gint64 eur = add_project (f, "Design", "fiverr", DAFTAR_PRICING_FIXED, "EUR", 0, NULL);
  gint64 usd = add_project (f, "Copy", "direct", DAFTAR_PRICING_HOURLY, "USD", 5000, NULL);

  g_assert_true (daftar_store_add_tool (f->store, "Midjourney Pro", &cost, NULL, &error));
  add_session (f, eur, "2025-03-05T10:00:00", 0, 3600, 3600, tools);
  add_session (f, usd, "2025-03-06T10:00:00", 0, 7200, 7200, tools);
  add_payment (f, eur, "2025-03-10", 20000, 150);

  missing = daftar_store_report_earnings (f->store, daftar_test_day ("2025-03-01"), daftar_test_day ("2025-03-31"), "USD",
                                          DAFTAR_EARNINGS_BY_AI, f->rules, &error);
  g_assert_null (missing);
  g_assert_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "2025-03-10"));
  g_clear_error (&error);

  rate.day = daftar_test_day ("2025-03-01");
  g_assert_true (daftar_store_add_rate (f->store, &rate, NULL, &error));
  result = report (f, "2025-03-01", "2025-03-31", "USD", DAFTAR_EARNINGS_BY_AI);

  /* €200 = $220, Fiverr's 20% = $44, withdrawal €1.50 = $1.65; $100 of copy */
  g_assert_cmpint (result->totals->gross_minor, ==, 22000 + 10000);
  g_assert_cmpint (result->totals->platform_fees_minor, ==, 4400);
  g_assert_cmpint (result->totals->withdrawal_fees_minor, ==, 165);
  /* $30 of Midjourney, 1 : 2 */
  g_assert_cmpint (result->totals->tool_costs_minor, ==, 3000);
  g_assert_cmpint (group (result, "with-ai")->tool_costs_minor, ==, 3000);
  g_assert_cmpuint (result->rates->len, ==, 1);
  g_assert_cmpuint (g_array_index (result->rates, DaftarEarningsRate, 0).n_uses, ==, 3);
}

static void
test_activity_and_currencies (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) currencies = NULL;
  gboolean any = TRUE;
  DaftarDay first = 0, last = 0;
  gint64 p;

  g_assert_true (daftar_store_get_activity_range (f->store, &any, &first, &last, &error));
  g_assert_false (any);

  p = add_project (f, "A", "direct", DAFTAR_PRICING_FIXED, "EUR", 0, NULL);
  add_project (f, "B", "direct", DAFTAR_PRICING_HOURLY, "USD", 100, NULL);
  add_session (f, p, "2025-03-05T10:00:00", 0, 3600, 3600, NULL);
  add_payment (f, p, "2024-11-02", 100, 0);
  add_payment (f, p, "2025-04-02", 100, 0);

  g_assert_true (daftar_store_get_activity_range (f->store, &any, &first, &last, &error));
  g_assert_true (any);
  g_assert_cmpint (first, ==, daftar_test_day ("2024-11-02"));
  g_assert_cmpint (last, ==, daftar_test_day ("2025-04-02"));

  currencies = daftar_store_list_project_currencies (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (currencies), ==, 2);
  g_assert_cmpstr (currencies[0], ==, "EUR");
}

static void
assert_home_currency (DaftarStore *store,
                      GSettings   *settings,
                      const char  *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = daftar_store_get_home_currency (store, settings, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (currency, ==, expected);
}

/* The currency reports are in when none is asked for, for the app and daftar-cli:
 * the preferences' choice, else the projects' one currency, else the setting's
 * default, else US dollars. */
static void
test_home_currency (Fixture       *f,
                    gconstpointer  data)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  g_assert_nonnull (schema);
  settings = g_settings_new_full (schema, NULL, NULL);

  assert_home_currency (f->store, NULL, "USD");
  add_project (f, "A", "direct", DAFTAR_PRICING_FIXED, "EUR", 0, NULL);
  assert_home_currency (f->store, NULL, "EUR");
  assert_home_currency (f->store, settings, "EUR");
  assert_home_currency (NULL, NULL, "USD");

  add_project (f, "B", "direct", DAFTAR_PRICING_HOURLY, "GBP", 100, NULL);
  assert_home_currency (f->store, NULL, "USD");

  g_settings_set_string (settings, "home-currency", "JPY");
  assert_home_currency (f->store, settings, "JPY");
  assert_home_currency (NULL, settings, "JPY");

  /* A choice that is no currency counts as none, and as no default either */
  g_settings_set_string (settings, "home-currency", "XX");
  assert_home_currency (f->store, settings, "USD");
  g_settings_reset (settings, "home-currency");
  assert_home_currency (f->store, settings, "USD");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, daftar_test_ledger_set_up_rules, func, daftar_test_ledger_tear_down)

  ADD ("/store-report/schema-columns", test_schema_columns);
  g_test_add_func ("/store-report/migration-backfill", test_migration_backfill);
  ADD ("/store-report/rates", test_rates);
  ADD ("/store-report/project-fees", test_project_fees);
  ADD ("/store-report/report/outlier", test_report_outlier);
  ADD ("/store-report/report/local-days", test_report_local_days);
  ADD ("/store-report/report/history", test_report_history);
  ADD ("/store-report/report/fixed-history", test_report_fixed_history);
  ADD ("/store-report/report/currency-and-tools", test_report_currency_and_tools);
  ADD ("/store-report/activity-and-currencies", test_activity_and_currencies);
  ADD ("/store-report/home-currency", test_home_currency);

  return g_test_run ();
}
