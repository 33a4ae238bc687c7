/* test-store-invoices.c — invoices in the ledger: lines, numbers, what they billed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-invoices"

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "daftar-invoice-pdf.h"
#include "daftar-store-invoices.h"
#include "daftar-store-private.h"
#include "daftar-test-util.h"

/* A new ledger in a temporary folder */
typedef DaftarTestLedger Fixture;

static gint64
add_project (Fixture       *f,
             const char    *name,
             DaftarPricing  pricing,
             const char    *currency,
             gint64         amount_minor,
             const char    *client)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = name,
    .client = client,
    .platform = "direct",
    .category = DAFTAR_CATEGORY_TRANSLATION,
    .pricing = pricing,
    .currency = currency,
    .has_rate = pricing == DAFTAR_PRICING_HOURLY,
    .rate_minor = amount_minor,
    .has_price = pricing == DAFTAR_PRICING_FIXED,
    .price_minor = amount_minor,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_project (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

/* A session at @iso, 10:00 UTC. */
static gint64
add_session (Fixture    *f,
             gint64      project_id,
             const char *iso,
             gint64      actual,
             gint64      paid,
             const char *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *text = g_strdup_printf ("%sT10:00:00Z", iso);
  DaftarSessionDraft draft = {
    .project_id = project_id,
    .actual_seconds = actual,
    .has_paid = TRUE,
    .paid_seconds = paid,
    .note = note,
  };
  gint64 id = 0;

  start = g_date_time_new_from_iso8601 (text, NULL);
  draft.start_utc = g_date_time_to_unix (start);
  g_assert_true (daftar_store_add_session (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

static DaftarInvoice *
build (Fixture               *f,
       const char            *project,
       const char            *client,
       DaftarInvoiceGrouping  grouping,
       GError               **error)
{
  DaftarInvoice *invoice = daftar_store_build_invoice (f->store, project, client,
                                                       daftar_test_day ("2025-03-01"), daftar_test_day ("2025-03-31"),
                                                       grouping, error);

  if (invoice != NULL)
    {
      invoice->issued = daftar_test_day ("2025-04-01");
      if (!daftar_invoice_finish (invoice, error))
        g_clear_pointer (&invoice, daftar_invoice_free);
    }
  return invoice;
}

static const char hash[] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/* The schema is at the latest migration and one migration, whatever its number, made
 * the invoices. */
static void
test_schema (Fixture       *f,
             gconstpointer  data)
{
  guint n = 0;
  const DaftarMigration *migrations = daftar_store_get_migrations (&n);
  sqlite3_stmt *stmt = NULL;
  guint with_invoices = 0;

  g_assert_cmpint (daftar_store_get_version (f->store), ==, migrations[n - 1].version);

  for (guint i = 0; i < n; i++)
    with_invoices += strstr (migrations[i].sql, "CREATE TABLE invoices") != NULL;
  g_assert_cmpuint (with_invoices, ==, 1);
  g_assert_cmpint (sqlite3_prepare_v2 (f->store->db, "SELECT count (*) FROM invoices, invoice_sessions",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_finalize (stmt);
}

/* Hourly lines are paid time × rate, one per day; the tax is on the subtotal. */
static void
test_lines_by_day (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoice) invoice = NULL;
  gint64 p = add_project (f, "Contract translation", DAFTAR_PRICING_HOURLY, "EUR", 4000, "Nordlicht GmbH");
  const DaftarInvoiceLine *line;

  add_session (f, p, "2025-03-03", 3600, 3600, "Chapter 1");
  add_session (f, p, "2025-03-03", 1800, 900, "Chapter 2");
  add_session (f, p, "2025-03-05", 5400, 5400, "");
  add_session (f, p, "2025-04-01", 3600, 3600, "outside the period");

  invoice = daftar_store_build_invoice (f->store, "contract TRANSLATION", NULL, daftar_test_day ("2025-03-01"),
                                        daftar_test_day ("2025-03-31"), DAFTAR_INVOICE_BY_DAY, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_invoice_set_tax (invoice, "VAT:19", &error));
  g_assert_no_error (error);
  g_assert_true (daftar_invoice_finish (invoice, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (invoice->client, ==, "Nordlicht GmbH");
  g_assert_cmpstr (invoice->currency, ==, "EUR");
  g_assert_cmpuint (invoice->lines->len, ==, 2);
  g_assert_cmpuint (invoice->session_ids->len, ==, 3);
  line = g_ptr_array_index (invoice->lines, 0);
  g_assert_cmpint (line->seconds, ==, 4500);
  g_assert_cmpint (line->amount_minor, ==, 5000);     /* 1.25 h × 40.00 */
  g_assert_nonnull (strstr (line->description, "Chapter 1"));
  g_assert_nonnull (strstr (line->description, "Chapter 2"));
  line = g_ptr_array_index (invoice->lines, 1);
  g_assert_cmpint (line->amount_minor, ==, 6000);     /* 1.5 h × 40.00 */
  g_assert_cmpint (invoice->subtotal_minor, ==, 11000);
  g_assert_cmpint (invoice->tax_minor, ==, 2090);
  g_assert_cmpint (invoice->total_minor, ==, 13090);
  g_assert_cmpuint (invoice->n_invoiced, ==, 0);
}

/* One line per task; per-task work bills its earned amounts, fixed price its price. */
static void
test_lines_by_task (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoice) invoice = NULL;
  g_autoptr(DaftarInvoice) fixed = NULL;
  gint64 h = add_project (f, "Rating", DAFTAR_PRICING_HOURLY, "USD", 3000, "Acme");
  gint64 x = add_project (f, "Logo", DAFTAR_PRICING_FIXED, "USD", 50000, NULL);

  add_session (f, h, "2025-03-03", 3600, 3600, "Batch A");
  add_session (f, h, "2025-03-04", 3600, 1800, "Batch B");
  add_session (f, h, "2025-03-05", 3600, 3600, "Batch A");
  add_session (f, x, "2025-03-05", 7200, 7200, "Sketches");
  add_session (f, x, "2025-03-06", 3600, 3600, "Final");

  invoice = build (f, NULL, "ACME", DAFTAR_INVOICE_BY_NOTE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (invoice->lines->len, ==, 2);
  g_assert_cmpint (((DaftarInvoiceLine *) g_ptr_array_index (invoice->lines, 0))->amount_minor, ==, 6000);
  g_assert_cmpint (((DaftarInvoiceLine *) g_ptr_array_index (invoice->lines, 1))->amount_minor, ==, 1500);
  g_assert_cmpint (invoice->total_minor, ==, 7500);

  /* Without a client, a project bills under its own name: the agreed price, once. */
  fixed = build (f, "Logo", NULL, DAFTAR_INVOICE_BY_DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fixed->client, ==, "Logo");
  g_assert_cmpuint (fixed->lines->len, ==, 1);
  g_assert_cmpint (fixed->total_minor, ==, 50000);
}

/* Recording keeps the number and the sessions; the same number is refused untouched,
 * the sessions show as invoiced, and billing them again is noticed. */
static void
test_record (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoice) first = NULL;
  g_autoptr(DaftarInvoice) again = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(DaftarSession) session = NULL;
  g_autofree char *next = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 p = add_project (f, "Translation", DAFTAR_PRICING_HOURLY, "USD", 2500, "Client");
  gint64 s1 = add_session (f, p, "2025-03-10", 3600, 3600, "");
  gint64 id = 0;

  add_session (f, p, "2025-03-11", 3600, 3600, "");

  next = daftar_store_next_invoice_number (f->store, &error);
  g_assert_cmpstr (next, ==, "1");
  first = build (f, "Translation", NULL, DAFTAR_INVOICE_BY_DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->number, ==, "1");
  g_assert_true (daftar_store_record_invoice (f->store, first, hash, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  session = daftar_store_get_session (f->store, s1, &error);
  g_assert_no_error (error);
  g_assert_true (session->invoiced);

  /* The next invoice gets the next number; the same sessions are noticed. */
  again = build (f, "Translation", NULL, DAFTAR_INVOICE_BY_DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->number, ==, "2");
  g_assert_cmpuint (again->n_invoiced, ==, 2);
  g_assert_cmpstr (again->invoiced_number, ==, "1");

  /* A number the ledger has is refused, whatever its case, and nothing changes. */
  g_free (again->number);
  again->number = g_strdup ("1");
  g_clear_object (&f->store);
  before = daftar_test_dump_db (f->path);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (daftar_store_record_invoice (f->store, again, hash, NULL, &error));
  g_assert_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_NUMBER);
  g_clear_error (&error);
  g_clear_object (&f->store);
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (after, ==, before);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);

  /* A number given by hand moves the sequence past itself. */
  g_free (again->number);
  again->number = g_strdup ("41");
  g_assert_true (daftar_store_record_invoice (f->store, again, hash, NULL, &error));
  g_assert_no_error (error);
  g_free (next);
  next = daftar_store_next_invoice_number (f->store, &error);
  g_assert_cmpstr (next, ==, "42");

  records = daftar_store_list_invoices (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (((DaftarInvoiceRecord *) g_ptr_array_index (records, 1))->number, ==, "41");
  g_assert_cmpint (((DaftarInvoiceRecord *) g_ptr_array_index (records, 0))->total_minor, ==, 5000);
  g_assert_cmpint (((DaftarInvoiceRecord *) g_ptr_array_index (records, 0))->n_sessions, ==, 2);
  g_assert_cmpstr (((DaftarInvoiceRecord *) g_ptr_array_index (records, 0))->pdf_sha256, ==, hash);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoice) invoice = NULL;
  gint64 a = add_project (f, "A", DAFTAR_PRICING_HOURLY, "USD", 1000, "Mixed");
  gint64 b = add_project (f, "B", DAFTAR_PRICING_HOURLY, "EUR", 1000, "Mixed");

  add_session (f, a, "2025-03-10", 3600, 3600, "");
  add_session (f, b, "2025-03-10", 3600, 3600, "");

  g_assert_null (build (f, NULL, "Mixed", DAFTAR_INVOICE_BY_DAY, &error));
  g_assert_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_CURRENCY);
  g_clear_error (&error);

  g_assert_null (build (f, NULL, "Nobody", DAFTAR_INVOICE_BY_DAY, &error));
  g_assert_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_CLIENT);
  g_clear_error (&error);

  invoice = daftar_store_build_invoice (f->store, "A", NULL, daftar_test_day ("2025-01-01"), daftar_test_day ("2025-01-31"),
                                        DAFTAR_INVOICE_BY_DAY, &error);
  g_assert_no_error (error);
  g_assert_false (daftar_invoice_finish (invoice, &error));
  g_assert_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (daftar_invoice_set_tax (invoice, "19", &error));
  g_assert_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_TAX);
  g_clear_error (&error);
  g_assert_false (daftar_invoice_set_tax (invoice, "VAT:lots", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (daftar_invoice_set_tax (invoice, "مالیات:۹", &error));
  g_assert_no_error (error);
  g_assert_cmpint (invoice->tax_ppm, ==, 90000);
}

/* The invoice's PDF: one page for a short invoice, and a page drawn alone for printing. */
static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoice) invoice = NULL;
  g_autoptr(DaftarFormat) format = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  gint64 p = add_project (f, "Translation", DAFTAR_PRICING_HOURLY, "USD", 2500, "Client");
  const char *languages[] = { "en", "fa", "ar" };

  add_session (f, p, "2025-03-10", 3600, 3600, "");
  invoice = build (f, "Translation", NULL, DAFTAR_INVOICE_BY_DAY, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(DaftarInvoiceDoc) doc = daftar_invoice_doc_new (invoice, languages[i], format,
                                                                DAFTAR_PAPER_A4, &error);
      g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();

      g_assert_no_error (error);
      g_assert_cmpuint (daftar_invoice_doc_count_pages (doc), ==, 1);
      g_assert_true (daftar_invoice_doc_write_pdf (doc, output, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (output)), >, 1000);
    }

  g_assert_null (daftar_invoice_doc_new (invoice, "xx", format, DAFTAR_PAPER_A4, &error));
  g_assert_error (error, DAFTAR_DOC_ERROR, DAFTAR_DOC_ERROR_LANGUAGE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, daftar_test_ledger_set_up, func, daftar_test_ledger_tear_down)
  ADD ("/store-invoices/schema", test_schema);
  ADD ("/store-invoices/lines-by-day", test_lines_by_day);
  ADD ("/store-invoices/lines-by-task", test_lines_by_task);
  ADD ("/store-invoices/record", test_record);
  ADD ("/store-invoices/refusals", test_refusals);
  ADD ("/store-invoices/pdf", test_pdf);
#undef ADD

  return g_test_run ();
}
