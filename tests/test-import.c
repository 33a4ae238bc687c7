/* test-import.c — Toggl, Clockify, Harvest, Upwork and other CSVs into the ledger, once, undoably
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures in tests/data/import were written for these tests from the exporters'
 * published headers.  Times are read in Europe/Berlin, where the clocks went forward
 * on 2025-03-30 at 02:00.
 */
#include "config.h"

#include <sqlite3.h>

#include "daftar-export.h"
#include "daftar-fee-rules.h"
#include "daftar-import-private.h"
#include "daftar-store-report.h"
#include "daftar-test-util.h"

/* A new ledger in a temporary folder, and the time zone the files are read in */
typedef struct
{
  DaftarTestLedger  ledger;
  GTimeZone        *tz;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  daftar_test_ledger_set_up (&f->ledger, NULL);
  f->tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (f->tz);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_time_zone_unref (f->tz);
  daftar_test_ledger_tear_down (&f->ledger, NULL);
}

static char *
fixture_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static DaftarImportResult *
import_full (Fixture            *f,
             const char         *name,
             DaftarImportFormat  format,
             GHashTable         *mapping,
             gboolean            skip,
             gboolean            dry_run,
             GError            **error)
{
  g_autofree char *file = fixture_file (name);
  DaftarImportOptions options = {
    .format = format,
    .timezone = f->tz,
    .currency = "USD",
    .skip_bad_rows = skip,
    .dry_run = dry_run,
    .mapping = mapping,
  };

  return daftar_import_file (f->ledger.store, file, &options, error);
}

static DaftarImportResult *
import_ok (Fixture    *f,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  DaftarImportResult *result = import_full (f, name, DAFTAR_IMPORT_FORMAT_AUTO, NULL, FALSE, FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpuint (result->bad_rows->len, ==, 0);
  g_assert_cmpint (result->batch_id, >, 0);
  return result;
}

static GPtrArray *
sessions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = daftar_store_list_sessions (f->ledger.store, G_MININT64, G_MAXINT64, &error);

  g_assert_no_error (error);
  return list;
}

static DaftarProject *
project (Fixture    *f,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (f->ledger.store, TRUE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < projects->len; i++)
    {
      DaftarProject *p = g_ptr_array_index (projects, i);

      if (g_str_equal (p->name, name))
        return g_ptr_array_steal_index (projects, i);
    }
  g_error ("No project %s", name);
}

static void
assert_session (const DaftarSession *s,
                const char          *project_name,
                gint64               start_utc,
                gint32               offset,
                gint64               actual,
                gint64               paid,
                const char          *note,
                const char          *tool)
{
  g_assert_cmpstr (s->project_name, ==, project_name);
  g_assert_cmpint (s->start_utc, ==, start_utc);
  g_assert_cmpint (s->utc_offset, ==, offset);
  g_assert_cmpint (s->actual_seconds, ==, actual);
  g_assert_cmpint (s->paid_seconds, ==, paid);
  g_assert_cmpstr (s->note, ==, note);
  if (tool != NULL)
    {
      g_assert_cmpuint (s->tools->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (s->tools, 0), ==, tool);
    }
  else
    g_assert_cmpuint (s->tools->len, ==, 0);
}

static void
assert_project_in (Fixture        *f,
                   DaftarCategory  category,
                   const char     *name,
                   const char     *client,
                const char    *platform,
                DaftarPricing  pricing,
                const char    *currency,
                gint64         rate_or_price)
{
  g_autoptr(DaftarProject) p = project (f, name);

  g_assert_cmpstr (p->client, ==, client);
  g_assert_cmpstr (p->platform_key, ==, platform);
  g_assert_cmpint (p->pricing, ==, pricing);
  g_assert_cmpstr (p->currency, ==, currency);
  g_assert_cmpint (p->category, ==, category);
  if (pricing == DAFTAR_PRICING_HOURLY)
    {
      g_assert_true (p->has_rate);
      g_assert_cmpint (p->rate_minor, ==, rate_or_price);
    }
  else if (pricing == DAFTAR_PRICING_FIXED)
    {
      g_assert_true (p->has_price);
      g_assert_cmpint (p->price_minor, ==, rate_or_price);
    }
}

#define assert_project(f, ...) assert_project_in (f, DAFTAR_CATEGORY_OTHER, __VA_ARGS__)

/* Importing @name again adds nothing, and undoing its batch gives back @before. */
static void
assert_reimport_and_undo (Fixture    *f,
                          const char *name,
                          gint64      batch_id,
                          const char *before,
                          guint       n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = daftar_test_dump_db (f->ledger.path);
  g_autofree char *again_dump = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(DaftarImportResult) again = import_full (f, name, DAFTAR_IMPORT_FORMAT_AUTO, NULL, FALSE, FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (again->batch_id, ==, 0);
  g_assert_cmpuint (again->sessions + again->payments + again->fees + again->costs, ==, 0);
  g_assert_cmpuint (again->duplicates, ==, n_rows);
  again_dump = daftar_test_dump_db (f->ledger.path);
  g_assert_cmpstr (again_dump, ==, after);

  g_assert_true (daftar_import_undo (f->ledger.store, batch_id, &error));
  g_assert_no_error (error);
  undone = daftar_test_dump_db (f->ledger.path);
  g_assert_cmpstr (undone, ==, before);
}

/* A file one exporter wrote, imported into an empty ledger: what it holds, field by
 * field; importing it again adds nothing and undoing it gives the ledger back. */
typedef struct
{
  const char         *test_path;
  const char         *file;
  DaftarImportFormat  format;
  guint               n_clients;    /* clients it creates */
  struct
  {
    const char *project;
    gint64      start_utc;
    gint32      offset;
    gint64      actual;
    gint64      paid;
    const char *note;
    const char *tool;
  } sessions[4];                    /* oldest first, up to the one without a project */
  struct
  {
    const char    *name;
    const char    *client;
    DaftarPricing  pricing;
    const char    *currency;
    gint64         rate;
  } projects[4];                    /* every project it creates, all direct */
} ExporterCase;

static const ExporterCase exporter_cases[] = {
  { "/import/toggl", "toggl.csv", DAFTAR_IMPORT_FORMAT_TOGGL, 1,
    /* 09:00 CET; quoted comma in the project, doubled quotes in the note; one known tool.
     * Across midnight, not billable, a note over two lines with Persian text and no client.
     * 01:30 to 03:30 on the night the clocks went forward: one hour worked. */
    { { "Website, phase 2", 1740988800, 3600, 5400, 5400, "Header \"hero\" copy", "ChatGPT" },
      { "ترجمه", 1741041000, 3600, 4500, 0, "Review — بازبینی «دفتر»\nخط دوم", "DeepL" },
      { "مشروع الترجمة", 1743294600, 3600, 3600, 3600, "مراجعة النص", NULL } },
    { { "Website, phase 2", "Acme", DAFTAR_PRICING_HOURLY, "USD", 5000 },
      { "ترجمه", NULL, DAFTAR_PRICING_HOURLY, "USD", 0 },
      { "مشروع الترجمة", "Acme", DAFTAR_PRICING_HOURLY, "USD", 4000 } } },
  { "/import/clockify", "clockify.csv", DAFTAR_IMPORT_FORMAT_CLOCKIFY, 1,
    /* 12-hour times with seconds, and without. */
    { { "Data labeling", 1741162500, 3600, 9000, 9000, "Labeling — Batch 7, images", "Claude" },
      { "Data labeling", 1741262700, 3600, 2700, 0, "Labeling — Batch 8", NULL } },
    { { "Data labeling", "Beta LLC", DAFTAR_PRICING_HOURLY, "USD", 3000 } } },
  /* Activity for Task, no Client, no Billable, no amounts: the currency given. */
  { "/import/clockify/variant", "clockify-variant.csv", DAFTAR_IMPORT_FORMAT_CLOCKIFY, 0,
    { { "Research", 1741381200, 3600, 9000, 9000, "Study — Reading", NULL } },
    { { "Research", NULL, DAFTAR_PRICING_HOURLY, "USD", 0 } } },
  { "/import/harvest", "harvest.csv", DAFTAR_IMPORT_FORMAT_HARVEST, 1,
    /* Dates alone start at noon: on the day the clocks changed, 12:00 CEST. Comma decimals. */
    { { "Lektorat", 1743328800, 7200, 5400, 5400, "Editing — Chapter 3, second pass", NULL },
      { "Lektorat", 1743415200, 7200, 8100, 8100, "Editing", NULL } },
    { { "Lektorat", "Gamma AG", DAFTAR_PRICING_HOURLY, "EUR", 8000 } } },
  /* UTF-16 with its mark, tabs between columns, Arabic text, an empty client. */
  { "/import/harvest/utf16-tabs", "harvest-utf16.txt", DAFTAR_IMPORT_FORMAT_HARVEST, 0,
    { { "مراجعة", 1743588000, 7200, 10800, 10800, "Translation — نص عربي", NULL } },
    { { "مراجعة", NULL, DAFTAR_PRICING_HOURLY, "USD", 2500 } } },
};

static void
test_exporter (Fixture       *f,
               gconstpointer  data)
{
  const ExporterCase *c = data;
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autoptr(DaftarImportResult) r = import_ok (f, c->file);
  g_autoptr(GPtrArray) list = sessions (f);
  guint n_sessions = 0, n_projects = 0;

  while (n_sessions < G_N_ELEMENTS (c->sessions) && c->sessions[n_sessions].project != NULL)
    n_sessions++;
  while (n_projects < G_N_ELEMENTS (c->projects) && c->projects[n_projects].name != NULL)
    n_projects++;

  g_assert_cmpint (r->format, ==, c->format);
  g_assert_cmpstr (r->timezone, ==, "Europe/Berlin");
  g_assert_cmpuint (r->sessions, ==, n_sessions);
  g_assert_cmpuint (r->created_projects->len, ==, n_projects);
  g_assert_cmpuint (r->clients_created, ==, c->n_clients);
  g_assert_cmpuint (list->len, ==, n_sessions);

  for (guint i = 0; i < n_sessions; i++)
    assert_session (g_ptr_array_index (list, i), c->sessions[i].project, c->sessions[i].start_utc,
                    c->sessions[i].offset, c->sessions[i].actual, c->sessions[i].paid,
                    c->sessions[i].note, c->sessions[i].tool);
  for (guint i = 0; i < n_projects; i++)
    assert_project (f, c->projects[i].name, c->projects[i].client, "direct", c->projects[i].pricing,
                    c->projects[i].currency, c->projects[i].rate);

  assert_reimport_and_undo (f, c->file, r->batch_id, before, n_sessions);
}

static void
test_toggl_semicolon (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft existing = { "ÜBERSETZUNG", NULL, "direct", DAFTAR_CATEGORY_TRANSLATION,
                                  DAFTAR_PRICING_HOURLY, "EUR", TRUE, 4000, FALSE, 0 };
  g_autofree char *before = NULL;
  g_autoptr(DaftarImportResult) r = NULL;
  g_autoptr(GPtrArray) list = NULL;

  /* Matched by its folded name, whatever its case. */
  g_assert_true (daftar_store_add_project (f->ledger.store, &existing, NULL, &error));
  g_assert_no_error (error);
  before = daftar_test_dump_db (f->ledger.path);

  r = import_ok (f, "toggl-semicolon.csv");
  list = sessions (f);
  g_assert_cmpuint (r->created_projects->len, ==, 0);
  g_assert_cmpuint (r->matched_projects->len, ==, 1);
  g_assert_cmpuint (list->len, ==, 1);
  assert_session (g_ptr_array_index (list, 0), "ÜBERSETZUNG", 1743508800, 7200, 7200, 7200,
                  "Kapitel 1", NULL);
  /* The matched project keeps its own terms. */
  assert_project_in (f, DAFTAR_CATEGORY_TRANSLATION, "ÜBERSETZUNG", NULL, "direct", DAFTAR_PRICING_HOURLY,
                     "EUR", 4000);

  assert_reimport_and_undo (f, "toggl-semicolon.csv", r->batch_id, before, 1);
}

/* A file the import refuses, whole or row by row: nothing is written. */
typedef struct
{
  const char         *test_path;
  const char         *file;
  DaftarImportFormat  format;
  gboolean            skip_bad_rows;
  int                 code;          /* the DAFTAR_IMPORT_ERROR, or -1: bad rows instead */
  const char         *message_part;  /* in the error's message, when not NULL */
  guint               n_bad_rows;
} RefusedCase;

static const RefusedCase refused_cases[] = {
  /* Even skipping bad rows: the first row, read as May 3, would have been wrong. */
  { "/import/clockify/date-order", "clockify-dmy.csv", DAFTAR_IMPORT_FORMAT_AUTO, TRUE,
    DAFTAR_IMPORT_ERROR_DATE_ORDER, "MM/DD/YYYY", 0 },
  { "/import/corrupt", "corrupt.csv", DAFTAR_IMPORT_FORMAT_AUTO, TRUE,
    DAFTAR_IMPORT_ERROR_MALFORMED, NULL, 0 },
  /* February 30: the file's text in the message, isolated from the sentence around it */
  { "/import/clockify/no-such-day", "clockify-no-such-day.csv", DAFTAR_IMPORT_FORMAT_CLOCKIFY, FALSE,
    -1, "“\u2068" "02/30/2025\u2069” is not a date.", 1 },
  /* Forced to read Toggl as Upwork: every row is bad, nothing is written. */
  { "/import/wrong-format", "toggl.csv", DAFTAR_IMPORT_FORMAT_UPWORK, FALSE, -1, NULL, 3 },
};

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  const RefusedCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autofree char *after = NULL;
  g_autoptr(DaftarImportResult) r = import_full (f, c->file, c->format, NULL, c->skip_bad_rows, FALSE,
                                                 &error);

  if (c->code >= 0)
    {
      g_assert_error (error, DAFTAR_IMPORT_ERROR, c->code);
      g_assert_null (r);
      if (c->message_part != NULL)
        g_assert_nonnull (strstr (error->message, c->message_part));
    }
  else
    {
      g_assert_no_error (error);
      g_assert_cmpint (r->batch_id, ==, 0);
      g_assert_cmpuint (r->bad_rows->len, ==, c->n_bad_rows);
      if (c->message_part != NULL)
        g_assert_nonnull (strstr (((DaftarImportBadRow *) g_ptr_array_index (r->bad_rows, 0))->reason,
                                  c->message_part));
    }
  after = daftar_test_dump_db (f->ledger.path);
  g_assert_cmpstr (after, ==, before);
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (f->ledger.path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static const DaftarPayment *
payment_on (GPtrArray  *payments,
            const char *date,
            gint64      amount)
{
  for (guint i = 0; i < payments->len; i++)
    {
      const DaftarPayment *y = g_ptr_array_index (payments, i);

      if (g_str_equal (y->date, date) && y->amount.minor == amount)
        return y;
    }
  g_error ("No payment of %" G_GINT64_FORMAT " on %s", amount, date);
}

static void
test_upwork_legacy (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autoptr(DaftarImportResult) r = import_ok (f, "upwork-legacy.csv");
  g_autoptr(GPtrArray) payments = daftar_store_list_payments (f->ledger.store, &error);
  const DaftarPayment *y;

  g_assert_no_error (error);
  g_assert_cmpint (r->format, ==, DAFTAR_IMPORT_FORMAT_UPWORK);
  g_assert_cmpuint (r->payments, ==, 3);
  g_assert_cmpuint (r->fees, ==, 2);
  g_assert_cmpuint (r->costs, ==, 4);
  g_assert_cmpuint (payments->len, ==, 3);

  /* The fee listed before its payment is set on it all the same. */
  y = payment_on (payments, "2025-03-10", 50000);
  g_assert_cmpstr (y->project_name, ==, "Logo design");
  g_assert_cmpstr (y->amount.currency, ==, "USD");
  g_assert_true (y->has_platform_fee);
  g_assert_cmpint (y->platform_fee_minor, ==, 5000);
  g_assert_cmpint (y->withdrawal_fee_minor, ==, 0);
  g_assert_cmpstr (y->note, ==, "Milestone 1 - Logo design");

  y = payment_on (payments, "2025-03-12", 120000);
  g_assert_cmpstr (y->project_name, ==, "Data labeling");
  g_assert_true (y->has_platform_fee);
  g_assert_cmpint (y->platform_fee_minor, ==, 12000);

  y = payment_on (payments, "2025-03-18", 5000);
  g_assert_cmpstr (y->project_name, ==, "Data labeling");
  g_assert_false (y->has_platform_fee);

  assert_project (f, "Logo design", "Acme Corp", "upwork", DAFTAR_PRICING_FIXED, "USD", 50000);
  assert_project (f, "Data labeling", "Beta LLC", "upwork", DAFTAR_PRICING_HOURLY, "USD", 0);

  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM costs WHERE kind = 'withdrawal' AND day = '2025-03-14'"
                                  " AND amount_minor = 200 AND currency = 'USD' AND project_id IS NULL"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM costs WHERE kind = 'connects' AND amount_minor = 1500"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM costs WHERE kind = 'membership' AND amount_minor = 1999"
                                  " AND note = 'Freelancer Plus'"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM costs c JOIN projects p ON p.id = c.project_id"
                                  " WHERE c.kind = 'refund' AND c.amount_minor = 10000 AND p.name = 'Logo design'"),
                   ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM costs c JOIN platforms p ON p.id = c.platform_id"
                                  " WHERE p.key = 'upwork'"), ==, 4);

  /* The withdrawal itself moved money already counted. */
  assert_reimport_and_undo (f, "upwork-legacy.csv", r->batch_id, before, 9);
}

static const DaftarEarningsLine *
report_group (const DaftarEarningsReport *report,
              const char                 *key)
{
  for (guint i = 0; i < report->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (report->groups, i);

      if (g_str_equal (line->key, key))
        return line;
    }

  g_assert_not_reached ();
}

/* The costs count: the $2 withdrawal fee, $15 Connects and $19.99 membership are the
 * platform's, the $100 refund takes from the logo's gross. */
static void
test_upwork_costs_in_report (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarImportResult) r = import_ok (f, "upwork-legacy.csv");
  DaftarDay from, to;
  gint64 logo;

  g_assert_true (daftar_day_from_iso ("2025-03-01", &from));
  g_assert_true (daftar_day_from_iso ("2025-03-31", &to));
  logo = count_rows (f, "SELECT id FROM projects WHERE name = 'Logo design'");

  for (DaftarEarningsBasis basis = 0; basis < DAFTAR_EARNINGS_N_BASES; basis++)
    {
      g_autoptr(DaftarEarningsInput) input = daftar_store_load_earnings (f->ledger.store, from, to, "USD",
                                                                         DAFTAR_EARNINGS_BY_PROJECT, NULL, &error);
      g_autoptr(DaftarEarningsReport) report = NULL;
      g_autofree char *logo_key = g_strdup_printf ("%" G_GINT64_FORMAT, logo);
      const DaftarEarningsLine *line;
      gboolean paid = basis == DAFTAR_EARNINGS_BASIS_PAID;

      g_assert_no_error (error);
      g_assert_cmpuint (input->costs->len, ==, 4);
      input->query.basis = basis;
      report = daftar_earnings_compute (input, &error);
      g_assert_no_error (error);

      /* Earned: the logo's $500 (hourly payments carry no gross without hours);
       * received: $500 + $1,200 + $50; both less the refund. */
      g_assert_cmpint (report->totals->gross_minor, ==, paid ? 165000 : 40000);
      g_assert_cmpint (report->totals->platform_fees_minor, ==, paid ? 17000 : 5000);
      g_assert_cmpint (report->totals->withdrawal_fees_minor, ==, 200);
      g_assert_cmpint (report->totals->platform_costs_minor, ==, 1500 + 1999);
      g_assert_cmpint (report->totals->tool_costs_minor, ==, 0);
      g_assert_cmpint (report->totals->net_minor, ==, paid ? 144301 : 31301);

      line = report_group (report, logo_key);
      g_assert_cmpint (line->gross_minor, ==, 50000 - 10000);
      g_assert_cmpint (line->net_minor, ==, 40000 - 5000);
      line = report_group (report, "none");
      g_assert_cmpint (line->gross_minor, ==, 0);
      g_assert_cmpint (line->withdrawal_fees_minor, ==, 200);
      g_assert_cmpint (line->platform_costs_minor, ==, 3499);
      g_assert_cmpint (line->net_minor, ==, -3699);
    }

  /* By platform, they are Upwork's. */
  {
    g_autoptr(DaftarEarningsReport) report = daftar_store_report_earnings (f->ledger.store, from, to, "USD",
                                                                           DAFTAR_EARNINGS_BY_PLATFORM, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (report->groups->len, ==, 1);
    g_assert_cmpstr (report_group (report, "upwork")->label, ==, "Upwork");
    g_assert_cmpint (report_group (report, "upwork")->net_minor, ==, report->totals->net_minor);
    g_assert_cmpint (report->totals->net_minor, ==, 31301);
  }
}

static void
test_upwork_fee_on_earlier_payment (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autoptr(DaftarImportResult) r = import_ok (f, "upwork-2025.csv");
  g_autoptr(GPtrArray) payments = daftar_store_list_payments (f->ledger.store, &error);
  const DaftarPayment *y;

  g_assert_no_error (error);
  g_assert_cmpuint (r->payments, ==, 2);
  g_assert_cmpuint (r->fees, ==, 1);
  y = payment_on (payments, "2025-06-02", 30000);
  g_assert_cmpstr (y->project_name, ==, "Prompt review");
  g_assert_true (y->has_platform_fee);
  g_assert_cmpint (y->platform_fee_minor, ==, 3000);
  y = payment_on (payments, "2025-06-05", 2500);
  g_assert_cmpstr (y->note, ==, "Bonus - Prompt review — Thanks, «great» work");
  g_assert_false (y->has_platform_fee);

  assert_reimport_and_undo (f, "upwork-2025.csv", r->batch_id, before, 3);
}

static GHashTable *
generic_mapping (void)
{
  GHashTable *mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_insert (mapping, g_strdup ("Work date"), GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_DATE));
  g_hash_table_insert (mapping, g_strdup ("queue"), GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_PROJECT));
  g_hash_table_insert (mapping, g_strdup ("Hours"), GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_DURATION));
  g_hash_table_insert (mapping, g_strdup ("Payout"), GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_AMOUNT));
  g_hash_table_insert (mapping, g_strdup ("Currency"), GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_CURRENCY));
  g_hash_table_insert (mapping, g_strdup ("Comment"), GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_NOTE));
  return mapping;
}

static void
test_generic_mapping (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) mapping = generic_mapping ();
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autoptr(DaftarImportResult) unmapped = NULL;
  g_autoptr(DaftarImportResult) r = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GHashTable) saved = NULL;
  g_auto(GStrv) header = NULL;
  g_autofree char *file = fixture_file ("generic.csv");
  const DaftarSession *s;

  /* Without a mapping: the columns are asked for, and nothing is written. */
  unmapped = import_full (f, "generic.csv", DAFTAR_IMPORT_FORMAT_AUTO, NULL, FALSE, FALSE, &error);
  g_assert_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_NEEDS_MAPPING);
  g_assert_null (unmapped);
  g_clear_error (&error);
  header = daftar_import_peek_header (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (header), ==, 6);
  g_assert_cmpstr (header[0], ==, "Work date");
  g_assert_cmpstr (header[5], ==, "Comment");

  r = import_full (f, "generic.csv", DAFTAR_IMPORT_FORMAT_CSV, mapping, FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->format, ==, DAFTAR_IMPORT_FORMAT_CSV);
  g_assert_cmpuint (r->sessions, ==, 2);
  list = sessions (f);
  s = g_ptr_array_index (list, 0);
  g_assert_cmpstr (s->project_name, ==, "Outlier: Aether");
  g_assert_cmpint (s->start_utc, ==, 1739185200);
  g_assert_cmpint (s->actual_seconds, ==, 5400);
  g_assert_true (s->has_earned);
  g_assert_cmpint (s->earned_minor, ==, 3750);
  g_assert_cmpstr (s->note, ==, "Rated 12 tasks");
  s = g_ptr_array_index (list, 1);
  g_assert_cmpint (s->actual_seconds, ==, 2700);
  g_assert_cmpint (s->earned_minor, ==, 1875);
  g_assert_cmpstr (s->note, ==, "");
  assert_project (f, "Outlier: Aether", NULL, "other", DAFTAR_PRICING_PER_TASK, "USD", 0);

  /* The mapping is remembered for this header. */
  saved = daftar_import_saved_mapping (f->ledger.store, (const char * const *) header, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpuint (g_hash_table_size (saved), ==, 6);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (saved, "Payout")), ==, DAFTAR_IMPORT_FIELD_AMOUNT);

  /* …and used when the file comes again without one. */
  assert_reimport_and_undo (f, "generic.csv", r->batch_id, before, 2);
}

static void
test_generic_payouts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(DaftarImportResult) r = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  const DaftarPayment *y;

  g_hash_table_insert (mapping, g_strdup ("Paid on"), GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_DATE));
  g_hash_table_insert (mapping, g_strdup ("Amount"), GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_AMOUNT));
  g_hash_table_insert (mapping, g_strdup ("Platform"), GUINT_TO_POINTER (DAFTAR_IMPORT_FIELD_PROJECT));
  r = import_full (f, "generic-payouts.csv", DAFTAR_IMPORT_FORMAT_CSV, mapping, FALSE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (r->payments, ==, 1);
  payments = daftar_store_list_payments (f->ledger.store, &error);
  g_assert_cmpuint (payments->len, ==, 1);
  y = g_ptr_array_index (payments, 0);
  g_assert_cmpstr (y->date, ==, "2025-02-14");
  g_assert_cmpint (y->amount.minor, ==, 5625);
  g_assert_cmpstr (y->amount.currency, ==, "USD");
  g_assert_cmpstr (y->project_name, ==, "Outlier: Aether");
}

static void
test_bad_rows (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autofree char *after = NULL;
  g_autoptr(DaftarImportResult) r = import_full (f, "toggl-bad-rows.csv", DAFTAR_IMPORT_FORMAT_AUTO, NULL,
                                                 FALSE, FALSE, &error);
  g_autoptr(DaftarImportResult) skipped = NULL;
  const DaftarImportBadRow *bad;

  /* Each bad row with its line and why; nothing written. */
  g_assert_no_error (error);
  g_assert_cmpint (r->batch_id, ==, 0);
  g_assert_cmpuint (r->bad_rows->len, ==, 2);
  bad = g_ptr_array_index (r->bad_rows, 0);
  g_assert_cmpuint (bad->line, ==, 3);
  g_assert_nonnull (strstr (bad->reason, "2025-13-05"));
  bad = g_ptr_array_index (r->bad_rows, 1);
  g_assert_cmpuint (bad->line, ==, 4);
  g_assert_nonnull (strstr (bad->reason, "24 hours"));
  after = daftar_test_dump_db (f->ledger.path);
  g_assert_cmpstr (after, ==, before);

  /* Skipping them brings in the good one. */
  skipped = import_full (f, "toggl-bad-rows.csv", DAFTAR_IMPORT_FORMAT_AUTO, NULL, TRUE, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (skipped->batch_id, >, 0);
  g_assert_cmpuint (skipped->sessions, ==, 1);
  g_assert_cmpuint (skipped->bad_rows->len, ==, 2);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autofree char *after = NULL;
  g_autoptr(DaftarImportResult) r = import_full (f, "toggl.csv", DAFTAR_IMPORT_FORMAT_AUTO, NULL, FALSE, TRUE,
                                                 &error);

  g_assert_no_error (error);
  g_assert_cmpint (r->batch_id, ==, 0);
  g_assert_cmpuint (r->sessions, ==, 3);
  g_assert_cmpuint (r->created_projects->len, ==, 3);
  after = daftar_test_dump_db (f->ledger.path);
  g_assert_cmpstr (after, ==, before);
}

static void
cancel_on_progress (guint64  done,
                    guint64  total,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *file = g_build_filename (f->ledger.dir, "big.csv", NULL);
  g_autoptr(GString) text = g_string_new ("User,Email,Client,Project,Task,Description,Billable,"
                                          "Start date,Start time,End date,End time,Duration,Tags,Amount (USD)\n");
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autofree char *after = NULL;
  g_autoptr(DaftarImportResult) r = NULL;
  DaftarImportOptions options = { .timezone = f->tz, .currency = "USD", .cancellable = cancellable,
                                  .progress = cancel_on_progress, .progress_data = cancellable };

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "M,m@example.com,C,P,,Row %u,Yes,2025-01-%02u,10:00:00,2025-01-%02u,"
                                  "11:00:00,01:00:00,,20.00\n", i, 1 + i % 28, 1 + i % 28);
  g_assert_true (g_file_set_contents (file, text->str, text->len, &error));

  r = daftar_import_file (f->ledger.store, file, &options, &error);
  g_assert_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_CANCELLED);
  g_assert_null (r);
  after = daftar_test_dump_db (f->ledger.path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_undo_unknown (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autofree char *after = NULL;

  g_assert_false (daftar_import_undo (f->ledger.store, 42, &error));
  g_assert_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_NOT_FOUND);
  after = daftar_test_dump_db (f->ledger.path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_undo_keeps_later_work (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarImportResult) r = import_ok (f, "clockify.csv");
  g_autoptr(DaftarProject) p = project (f, "Data labeling");
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  DaftarSessionDraft mine = { .project_id = p->id, .start_utc = 1741500000, .actual_seconds = 600, .note = "later" };

  /* A session logged by hand on an imported project keeps the project through an undo. */
  g_assert_true (daftar_store_add_session (f->ledger.store, &mine, NULL, &error));
  g_assert_no_error (error);
  batches = daftar_import_list_batches (f->ledger.store, &error);
  g_assert_cmpuint (batches->len, ==, 1);
  g_assert_cmpint (((DaftarImportBatch *) g_ptr_array_index (batches, 0))->id, ==, r->batch_id);
  g_assert_cmpstr (((DaftarImportBatch *) g_ptr_array_index (batches, 0))->source, ==, "clockify");
  g_assert_cmpstr (((DaftarImportBatch *) g_ptr_array_index (batches, 0))->file_name, ==, "clockify.csv");
  /* Two sessions, their project and its client. */
  g_assert_cmpuint (((DaftarImportBatch *) g_ptr_array_index (batches, 0))->created, ==, 4);

  g_assert_true (daftar_import_undo (f->ledger.store, r->batch_id, &error));
  g_assert_no_error (error);
  left = sessions (f);
  g_assert_cmpuint (left->len, ==, 1);
  g_assert_cmpstr (((DaftarSession *) g_ptr_array_index (left, 0))->note, ==, "later");
  g_clear_pointer (&batches, g_ptr_array_unref);
  batches = daftar_import_list_batches (f->ledger.store, &error);
  g_assert_cmpuint (batches->len, ==, 0);
}

static char *
export_text (DaftarStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  char *text, *stamp, *end;

  g_assert_true (daftar_export_json (store, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, &error));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* The moment of the export is the one thing that differs. */
  stamp = strstr (text, "\"exported_at\"");
  g_assert_nonnull (stamp);
  end = strchr (stamp, '\n');
  memmove (stamp, end, strlen (end) + 1);
  return text;
}

static void
fill_ledger (DaftarStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_load_default (&error);
  static const char * const tools[] = { "DeepL", "My Helper", NULL };
  DaftarProjectDraft hourly = { "Contract, \"legal\"", "Nikan Co.", "upwork", DAFTAR_CATEGORY_TRANSLATION,
                                DAFTAR_PRICING_HOURLY, "EUR", TRUE, 2550, FALSE, 0 };
  DaftarProjectDraft fixed = { "ترجمه‌ی کتاب", NULL, "direct", DAFTAR_CATEGORY_WRITING,
                               DAFTAR_PRICING_FIXED, "IRR", FALSE, 0, TRUE, 900000000 };
  DaftarProjectDraft tasks = { "Rating", NULL, "outlier", DAFTAR_CATEGORY_AI_TRAINING,
                               DAFTAR_PRICING_PER_TASK, "USD", FALSE, 0, FALSE, 0, "language" };
  DaftarMoney cost = { 2000, "USD" }, helper_cost = { 500, "EUR" };
  DaftarExchangeRate rate = { .base = "EUR", .quote = "USD", .rate_e8 = 108500000,
                              .source = DAFTAR_RATE_SOURCE_USER };
  gint64 a, b, c, helper;
  DaftarSessionDraft s1 = { .start_utc = 1742536800, .utc_offset = 12600, .actual_seconds = 5400,
                            .has_paid = TRUE, .paid_seconds = 3600, .note = "line one\nline two", .tools = tools };
  DaftarSessionDraft s2 = { .start_utc = 1742619600, .actual_seconds = 600, .has_earned = TRUE,
                            .earned_minor = 1234, .note = "-2+3" };
  DaftarSessionDraft s3 = { .start_utc = 1742700000, .utc_offset = -18000, .actual_seconds = 7200, .note = "" };
  DaftarPaymentDraft pay = { .date = "2025-03-25", .amount_minor = 12050, .withdrawal_fee_minor = 99,
                             .note = "first", .has_platform_fee = TRUE, .platform_fee_minor = 1205 };
  DaftarPaymentDraft pay2 = { .date = "2025-03-26", .amount_minor = 450000000, .note = "نیمی" };
  DaftarProjectFees fees = { .has_override_ppm = TRUE, .override_ppm = 50000 };

  g_assert_no_error (error);
  g_assert_true (daftar_store_add_project (store, &hourly, &a, &error));
  g_assert_true (daftar_store_add_project (store, &fixed, &b, &error));
  g_assert_true (daftar_store_add_project (store, &tasks, &c, &error));
  g_assert_true (daftar_store_set_project_archived (store, b, TRUE, &error));
  g_assert_true (daftar_store_add_tool (store, "My Helper", &helper_cost, &helper, &error));
  g_assert_true (daftar_store_update_tool (store, 1, "ChatGPT", &cost, FALSE, &error));
  g_assert_true (daftar_store_update_tool (store, 2, "Claude", NULL, TRUE, &error));
  s1.project_id = a;
  s2.project_id = c;
  s3.project_id = b;
  pay.project_id = a;
  pay2.project_id = b;
  g_assert_true (daftar_store_add_session (store, &s1, NULL, &error));
  g_assert_true (daftar_store_add_session (store, &s2, NULL, &error));
  g_assert_true (daftar_store_add_session (store, &s3, NULL, &error));
  g_assert_true (daftar_store_add_payment (store, &pay, NULL, &error));
  g_assert_true (daftar_store_add_payment (store, &pay2, NULL, &error));
  g_assert_true (daftar_day_from_iso ("2025-03-20", &rate.day));
  g_assert_true (daftar_store_add_rate (store, &rate, NULL, &error));
  fees.project_id = a;
  g_assert_true (daftar_store_set_project_fees (store, &fees, rules, &error));
  g_assert_true (daftar_store_start_timer (store, c, 1742800000, 12600, "live", &error));
  g_assert_no_error (error);
}

static void
test_daftar_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = g_build_filename (f->ledger.dir, "other.db", NULL);
  g_autofree char *json_path = g_build_filename (f->ledger.dir, "export.json", NULL);
  g_autoptr(DaftarStore) other = daftar_store_open (other_path, &error);
  g_autofree char *exported = NULL;
  g_autofree char *again = NULL;
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);
  g_autoptr(DaftarImportResult) r = NULL;
  DaftarImportOptions options = { .timezone = f->tz };

  g_assert_no_error (error);
  fill_ledger (other);
  exported = export_text (other);
  g_assert_true (g_file_set_contents (json_path, exported, -1, &error));

  /* Into the empty ledger: its export is the same. */
  r = daftar_import_file (f->ledger.store, json_path, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->format, ==, DAFTAR_IMPORT_FORMAT_DAFTAR);
  g_assert_cmpuint (r->bad_rows->len, ==, 0);
  g_assert_cmpint (r->batch_id, >, 0);
  g_assert_cmpuint (r->sessions, ==, 3);
  g_assert_cmpuint (r->payments, ==, 2);
  g_assert_cmpuint (r->created_projects->len, ==, 3);
  again = export_text (f->ledger.store);
  g_assert_cmpstr (again, ==, exported);

  /* Once only; and undone, the ledger is empty again. */
  {
    g_autofree char *after = daftar_test_dump_db (f->ledger.path);
    g_autofree char *after_again = NULL;
    g_autofree char *undone = NULL;
    g_autoptr(DaftarImportResult) twice = daftar_import_file (f->ledger.store, json_path, &options, &error);

    g_assert_no_error (error);
    g_assert_cmpint (twice->batch_id, ==, 0);
    g_assert_cmpuint (twice->duplicates, ==, 6);
    after_again = daftar_test_dump_db (f->ledger.path);
    g_assert_cmpstr (after_again, ==, after);

    g_assert_true (daftar_import_undo (f->ledger.store, r->batch_id, &error));
    g_assert_no_error (error);
    undone = daftar_test_dump_db (f->ledger.path);
    g_assert_cmpstr (undone, ==, before);
  }
}

static void
test_daftar_hostile (Fixture       *f,
                     gconstpointer  data)
{
  static const char *const files[] = {
    "{\"format\": \"daftar-export\", \"version\": 1, // comment\n \"projects\": []}",
    "{\"format\": \"daftar-export\", \"version\": 2}",
    "{\"format\": \"something-else\", \"version\": 1}",
    "{\"format\": \"daftar-export\", \"version\": 1, \"projects\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
    "{\"format\": \"daftar-export\", \"version\": 1, \"projects\": [{\"id\": 1, \"name\": \"\\ud800\"}]}",
  };
  g_autofree char *path = g_build_filename (f->ledger.dir, "hostile.json", NULL);
  g_autofree char *before = daftar_test_dump_db (f->ledger.path);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DaftarImportResult) r = NULL;
      g_autofree char *after = NULL;
      DaftarImportOptions options = { .timezone = f->tz };

      g_assert_true (g_file_set_contents (path, files[i], -1, NULL));
      r = daftar_import_file (f->ledger.store, path, &options, &error);
      if (r != NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpint (r->batch_id, ==, 0);
          g_assert_cmpuint (r->bad_rows->len, >, 0);
        }
      else
        g_assert_true (g_error_matches (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED) ||
                       g_error_matches (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_UNKNOWN_FORMAT));
      after = daftar_test_dump_db (f->ledger.path);
      g_assert_cmpstr (after, ==, before);
    }
}

static GPtrArray *
parse (const char *data,
       gsize       size,
       GError    **error)
{
  return daftar_csv_parse_bytes ((const guint8 *) data, size == 0 ? strlen (data) : size, error);
}

static void
assert_row (GPtrArray  *rows,
            guint       index,
            const char *joined)
{
  g_autofree char *text = g_strjoinv ("|", g_ptr_array_index (rows, index));

  g_assert_cmpstr (text, ==, joined);
}

static void
test_reader (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  /* "a;b" then "1;x" in UTF-16, little- and big-endian, each with its mark */
  static const char le[] = "\xff\xfe" "a\0;\0b\0\r\0\n\0" "1\0;\0x\0";
  static const char be[] = "\xfe\xff" "\0a\0;\0b\0\n" "\0" "1\0;\0x";

  /* A byte-order mark, CRLF, quoted commas, quotes and line breaks, blank lines. */
  rows = parse ("\xef\xbb\xbfName,Note\r\n\"A, B\",\"say \"\"hi\"\"\r\nthen\"\r\n\r\nC,\r\n", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  assert_row (rows, 0, "Name|Note");
  assert_row (rows, 1, "A, B|say \"hi\"\nthen");
  assert_row (rows, 2, "C|");
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = parse (le, sizeof le - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  assert_row (rows, 0, "a|b");
  assert_row (rows, 1, "1|x");
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = parse (be, sizeof be - 1, &error);
  g_assert_no_error (error);
  assert_row (rows, 1, "1|x");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The delimiter the header holds most of, outside quotes. */
  rows = parse ("\"a,b\";c;d\n1,5;2;3\n", 0, &error);
  g_assert_no_error (error);
  assert_row (rows, 0, "a,b|c|d");
  assert_row (rows, 1, "1,5|2|3");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = parse ("a b\tc\n 1 \t2\n", 0, &error);
  g_assert_no_error (error);
  assert_row (rows, 0, "a b|c");
  assert_row (rows, 1, "1|2");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Refused: NUL bytes (UTF-16 without its mark), bad UTF-8, a quote left open or astray. */
  g_assert_null (parse ("a\0,\0b\0\n\0", 8, &error));
  g_assert_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_ENCODING);
  g_clear_error (&error);
  g_assert_null (parse ("a,b\n\xc3\x28,x\n", 0, &error));
  g_assert_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);
  g_assert_null (parse ("a,b\n\"open,x\n", 0, &error));
  g_assert_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED);
  g_clear_error (&error);
  g_assert_null (parse ("a,b\nx\"y,z\n", 0, &error));
  g_assert_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED);
  g_clear_error (&error);
}

static void
test_values (void)
{
  static const struct { const char *text; int decimals; gint64 expected; } good[] = {
    { "12", 2, 1200 }, { "12.5", 2, 1250 }, { "1,234.50", 2, 123450 }, { "1.234,50", 2, 123450 },
    { "1234,5", 2, 123450 }, { "1,234", 2, 123400 }, { "$12.00", 2, 1200 }, { "€ 12,00", 2, 1200 },
    { "-12.00", 2, -1200 }, { "(12.00)", 2, -1200 }, { "۱۲٫۵۰", 2, 1250 }, { "12.500", 2, 1250 },
    { "1'234.5", 2, 123450 }, { "7", 0, 7 },
  };
  static const char *const bad[] = { "", "abc", "12.345", "1.2.3x", "--1", "12 USD", "9999999999999999999" };
  static const struct { const char *text; int seconds; } times[] = {
    { "13:45", 49500 }, { "13:45:10", 49510 }, { "1:45 PM", 49500 }, { "01:45:10 pm", 49510 },
    { "12:00 AM", 0 }, { "12:30 PM", 45000 }, { "11:59:59 PM", 86399 },
  };
  static const char *const bad_times[] = { "24:00", "13:00 PM", "0:30 AM", "9", "9:5", "9:60" };
  gint64 value, seconds;
  int tod;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!daftar_import_parse_decimal (good[i].text, good[i].decimals, TRUE, &value, &error))
        g_error ("%s: %s", good[i].text, error->message);
      g_assert_no_error (error);
      g_assert_cmpint (value, ==, good[i].expected);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (daftar_import_parse_decimal (bad[i], 2, TRUE, &value, &error));
      g_assert_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED);
    }
  g_assert_false (daftar_import_parse_decimal ("-1", 2, FALSE, &value, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_assert_true (daftar_import_parse_time_of_day (times[i].text, &tod, NULL));
      g_assert_cmpint (tod, ==, times[i].seconds);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    g_assert_false (daftar_import_parse_time_of_day (bad_times[i], &tod, NULL));

  g_assert_true (daftar_import_parse_hours ("1,5", &seconds, NULL));
  g_assert_cmpint (seconds, ==, 5400);
  g_assert_true (daftar_import_parse_hours ("0.333333", &seconds, NULL));
  g_assert_cmpint (seconds, ==, 1200);
  g_assert_true (daftar_import_parse_hours ("26:15", &seconds, NULL));
  g_assert_cmpint (seconds, ==, 94500);
  g_assert_false (daftar_import_parse_hours ("-1", &seconds, NULL));
}

static void
test_detect (void)
{
  static const struct { const char *header; DaftarImportFormat format; } cases[] = {
    { "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)",
      DAFTAR_IMPORT_FORMAT_TOGGL },
    /* Columns in another order, some dropped, some added. */
    { "Email,Duration,Start time,Project,Start date,Extra", DAFTAR_IMPORT_FORMAT_TOGGL },
    { "Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,"
      "Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)", DAFTAR_IMPORT_FORMAT_CLOCKIFY },
    { "PROJECT,start date,START TIME,Duration (decimal)", DAFTAR_IMPORT_FORMAT_CLOCKIFY },
    { "Date,Client,Project,Project Code,Task,Notes,Hours,Billable?", DAFTAR_IMPORT_FORMAT_HARVEST },
    { "Date,Ref ID,Type,Description,Agency,Freelancer,Team,Account Name,PO,Amount,Amount in local currency,"
      "Currency,Balance", DAFTAR_IMPORT_FORMAT_UPWORK },
    { "Date,Transaction ID,Transaction Type,Transaction Summary,Ref ID,Amount $", DAFTAR_IMPORT_FORMAT_UPWORK },
    { "Date,Hours,Payout", DAFTAR_IMPORT_FORMAT_CSV },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) fields = g_strsplit (cases[i].header, ",", -1);
      g_autoptr(DaftarImportHeader) header = daftar_import_header_new (fields, g_strv_length (fields));

      g_assert_cmpint (daftar_import_detect (header), ==, cases[i].format);
    }
}

static void
test_schema (Fixture       *f,
             gconstpointer  data)
{
  /* The tables the import needs are in the newest ledger, whatever its number. */
  g_assert_cmpint (daftar_store_get_version (f->ledger.store), ==, daftar_store_latest_version ());
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                                  "('import_batches', 'import_rows', 'costs')"), ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/reader", test_reader);
  g_test_add_func ("/import/values", test_values);
  g_test_add_func ("/import/detect", test_detect);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/schema", test_schema);
  for (guint i = 0; i < G_N_ELEMENTS (exporter_cases); i++)
    g_test_add (exporter_cases[i].test_path, Fixture, &exporter_cases[i], fixture_set_up, test_exporter,
                fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (refused_cases); i++)
    g_test_add (refused_cases[i].test_path, Fixture, &refused_cases[i], fixture_set_up, test_refused,
                fixture_tear_down);
  ADD ("/import/toggl/semicolon-comma-decimals", test_toggl_semicolon);
  ADD ("/import/upwork/legacy", test_upwork_legacy);
  ADD ("/import/upwork/2025", test_upwork_fee_on_earlier_payment);
  ADD ("/import/upwork/costs", test_upwork_costs_in_report);
  ADD ("/import/csv/mapping", test_generic_mapping);
  ADD ("/import/csv/payouts", test_generic_payouts);
  ADD ("/import/bad-rows", test_bad_rows);
  ADD ("/import/dry-run", test_dry_run);
  ADD ("/import/cancel", test_cancel);
  ADD ("/import/undo/unknown", test_undo_unknown);
  ADD ("/import/daftar/round-trip", test_daftar_round_trip);
  ADD ("/import/daftar/hostile", test_daftar_hostile);
  ADD ("/import/undo/keeps-later-work", test_undo_keeps_later_work);
#undef ADD

  return g_test_run ();
}
