/* bench-statement.c — a month's and a year's PDF statement of a 100,000-session ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test --benchmark statement --verbose`. DAFTAR_BENCH_SESSIONS sets the
 * size (default 100,000): the demo ledger (daftar_demo_fill) ending on 2025-12-31. Timed,
 * median of 5 runs each, in Persian (the heaviest shaping): what Export Report… does in
 * its worker thread — the store's aggregate query, the calculation, the chart's parts and
 * the PDF — for December 2025 (target < 1 s) and for 2025 (target < 3 s). Exits 1 when a
 * target is missed.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <glib/gi18n-lib.h>

#include "daftar-demo.h"
#include "daftar-report-pdf.h"
#include "daftar-store-report.h"
#include "daftar-test-util.h"

#define N_RUNS 5

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* One statement, start to finish; returns µs and the PDF's size and pages. */
static gint64
statement (DaftarStore          *store,
           const DaftarFeeRules *rules,
           DaftarFormat         *format,
           DaftarDay             from,
           DaftarDay             to,
           gsize                *out_size,
           guint                *out_pages,
           double               *out_cpu)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarEarningsInput) input = NULL;
  g_autoptr(DaftarEarningsReport) report = NULL;
  g_autoptr(DaftarStatement) statement = NULL;
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  DaftarStatementOptions options = { "fa", format, DAFTAR_PAPER_A4, "Bench" };
  gint64 start = g_get_monotonic_time ();
  clock_t cpu = clock ();
  gint64 elapsed;

  input = daftar_store_load_earnings (store, from, to, "USD", DAFTAR_EARNINGS_BY_PROJECT, rules, &error);
  g_assert_no_error (error);
  report = daftar_earnings_compute (input, &error);
  g_assert_no_error (error);
  statement = daftar_statement_new (input, report, &options, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_statement_write_pdf (statement, output, &error));
  g_assert_no_error (error);
  g_output_stream_close (output, NULL, NULL);
  elapsed = g_get_monotonic_time () - start;
  *out_cpu = (double) (clock () - cpu) / CLOCKS_PER_SEC;

  *out_size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (output));
  *out_pages = daftar_statement_count_pages (statement);
  return elapsed;
}

static gboolean
measure (const char           *name,
         DaftarStore          *store,
         const DaftarFeeRules *rules,
         DaftarFormat         *format,
         const char           *from_iso,
         const char           *to_iso,
         double                target_s)
{
  gint64 samples[N_RUNS];
  double cpu[N_RUNS], cpu_total = 0;
  DaftarDay from, to;
  gsize size = 0;
  guint pages = 0;
  double median;

  g_assert_true (daftar_day_from_iso (from_iso, &from));
  g_assert_true (daftar_day_from_iso (to_iso, &to));
  for (guint i = 0; i < N_RUNS; i++)
    {
      samples[i] = statement (store, rules, format, from, to, &size, &pages, &cpu[i]);
      cpu_total += cpu[i];
    }
  qsort (samples, N_RUNS, sizeof (gint64), compare_gint64);
  median = samples[N_RUNS / 2] / 1e6;

  printf ("%-6s statement %s – %s: median %.3f s (min %.3f, max %.3f) of %d runs, "
          "%.3f s of CPU on average; %u pages, %zu bytes; target < %.0f s: %s\n",
          name, from_iso, to_iso, median, samples[0] / 1e6, samples[N_RUNS - 1] / 1e6, N_RUNS,
          cpu_total / N_RUNS, pages, size, target_s, median < target_s ? "met" : "MISSED");
  return median < target_s;
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(DaftarFeeRules) rules = NULL;
  g_autoptr(DaftarFormat) format = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  const char *sessions = g_getenv ("DAFTAR_BENCH_SESSIONS");
  const char *localedir = g_getenv ("DAFTAR_LOCALEDIR");
  DaftarDemoOptions options = { .n_sessions = 100000, .seed = 1 };
  DaftarDemoStats stats;
  gint64 start;
  gboolean met;

  if (localedir != NULL)
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  if (sessions != NULL)
    options.n_sessions = g_ascii_strtoll (sessions, NULL, 10);
  g_date_set_dmy (&options.last_day, 31, G_DATE_DECEMBER, 2025);

  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (daftar_demo_fill (store, &options, &stats, &error));
  g_assert_no_error (error);
  printf ("ledger: %" G_GINT64_FORMAT " sessions, %u projects, %u payments, in %.1f s\n",
          stats.n_sessions, stats.n_projects, stats.n_payments,
          (g_get_monotonic_time () - start) / 1e6);
  rules = daftar_fee_rules_load_default (&error);
  g_assert_no_error (error);

  met = measure ("month", store, rules, format, "2025-12-01", "2025-12-31", 1.0);
  met = measure ("year", store, rules, format, "2025-01-01", "2025-12-31", 3.0) && met;

  g_clear_object (&store);
  daftar_test_rm_rf (dir);
  return met ? 0 : 1;
}
