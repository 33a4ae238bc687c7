/* bench-store.c — inserting a million sessions, summing a month of them, searching them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test --benchmark` (or `make benchmark`). DAFTAR_BENCH_SESSIONS
 * sets the size (default 1,000,000). Last, the app's Back Up Ledger… and
 * Export… (JSON) of the whole ledger, each from its own connection.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>

#include "daftar-export.h"
#include "daftar-safe-file.h"
#include "daftar-store-copy.h"
#include "daftar-store-search.h"
#include "daftar-store.h"
#include "daftar-test-util.h"

#define N_PROJECTS 40
#define BATCH      10000

/* CPU time of this process, in microseconds: steadier than the clock on a
 * shared machine. */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Times a search: every match (as the CLI and the Log's worker read them), or
 * the first page the Log shows before them. */
static void
time_search (DaftarStore *store,
             const char  *search,
             gboolean     first_page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = NULL;
  gint64 samples[11], cpu[11];

  for (guint i = 0; i < 11; i++)
    {
      gint64 c0 = cpu_time ();
      gint64 t0 = g_get_monotonic_time ();

      g_clear_pointer (&keys, g_array_unref);
      keys = first_page ? daftar_store_search_newest_session_keys (store, search, 200, &error)
                        : daftar_store_list_session_keys (store, search, &error);
      g_assert_no_error (error);
      samples[i] = g_get_monotonic_time () - t0;
      cpu[i] = cpu_time () - c0;
    }
  qsort (samples + 1, 10, sizeof (gint64), compare_gint64);
  qsort (cpu + 1, 10, sizeof (gint64), compare_gint64);
  printf ("search “%s”%s: %u sessions, first %.1f ms, median of 10 warm %.1f ms (CPU %.1f ms)\n",
          search, first_page ? ", its first page" : "", keys->len, samples[0] / 1000.0,
          samples[1 + 5] / 1000.0, cpu[1 + 5] / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  const char *env = g_getenv ("DAFTAR_BENCH_SESSIONS");
  gint64 n_sessions = env ? g_ascii_strtoll (env, NULL, 10) : 1000000;
  static const char * const tools[] = { "ChatGPT", "DeepL", NULL };
  /* Notes in the scripts users write them in, for the search */
  static const char * const notes[] = { "benchmark", "Übersetzung, Straße 12",
                                        "ترجمهٔ مقاله", "Привет, glossary" };
  static const char * const searches[] = { "STRASSE", "привет", "onboarding", "zzz" };
  gint64 projects[N_PROJECTS];
  /* Sessions spread evenly over three years up to 2025-12-31 */
  const gint64 first = 1640995200;   /* 2022-01-01T00:00Z */
  const gint64 span = 1767139200 - first;
  const gint64 month_from = 1740787200, month_to = 1743465600;   /* March 2025 */
  gint64 t0, t1, samples[21], total_actual = 0;
  GRand *rand = g_rand_new_with_seed (42);
  g_autoptr(GArray) totals = NULL;

  store = daftar_store_open (path, &error);
  g_assert_no_error (error);

  for (int i = 0; i < N_PROJECTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Project %02d", i);
      DaftarProjectDraft draft = { name, "Client", i % 2 ? "upwork" : "outlier",
                                   i % DAFTAR_N_CATEGORIES, DAFTAR_PRICING_HOURLY, "USD",
                                   TRUE, 2000 + i * 100, FALSE, 0 };

      g_assert_true (daftar_store_add_project (store, &draft, &projects[i], &error));
    }

  t0 = g_get_monotonic_time ();
  for (gint64 i = 0; i < n_sessions; i++)
    {
      gint64 actual = 900 + g_rand_int_range (rand, 0, 4 * 3600);
      DaftarSessionDraft draft = {
        .project_id = projects[g_rand_int_range (rand, 0, N_PROJECTS)],
        .start_utc = first + (span / n_sessions) * i,
        .utc_offset = 12600,
        .actual_seconds = actual,
        .has_paid = TRUE,
        .paid_seconds = actual * 3 / 4,
        /* and one in 97, a word few notes hold */
        .note = i % 97 == 0 ? "Client onboarding call" : notes[i % G_N_ELEMENTS (notes)],
        .tools = i % 3 == 0 ? tools : NULL,
      };

      if (i % BATCH == 0)
        {
          if (i > 0)
            g_assert_true (daftar_store_commit (store, &error));
          g_assert_true (daftar_store_begin (store, &error));
        }
      if (!daftar_store_add_session (store, &draft, NULL, &error))
        g_error ("%s", error->message);
    }
  g_assert_true (daftar_store_commit (store, &error));
  t1 = g_get_monotonic_time ();

  printf ("insert: %" G_GINT64_FORMAT " sessions in %.2f s = %.0f sessions/s "
          "(through the validating store API, %d per transaction)\n",
          n_sessions, (t1 - t0) / 1e6, n_sessions / ((t1 - t0) / 1e6), BATCH);

  /* A cold first query, then the median of warm ones. */
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      t0 = g_get_monotonic_time ();
      g_clear_pointer (&totals, g_array_unref);
      totals = daftar_store_sum_by_project (store, month_from, month_to, &error);
      g_assert_no_error (error);
      samples[i] = g_get_monotonic_time () - t0;
    }
  for (guint i = 0; i < totals->len; i++)
    total_actual += g_array_index (totals, DaftarProjectTotals, i).actual_seconds;
  printf ("sum of actual seconds per project in March 2025: %u projects, %.1f h, first %.2f ms",
          totals->len, total_actual / 3600.0, samples[0] / 1000.0);
  qsort (samples + 1, G_N_ELEMENTS (samples) - 1, sizeof (gint64), compare_gint64);
  printf (", median of 20 warm %.2f ms\n", samples[1 + (G_N_ELEMENTS (samples) - 1) / 2] / 1000.0);

  /* The Log's search: a cold first run, then the median of warm ones, for a word
   * a quarter of the notes hold in another case, one a hundredth hold, and one
   * nothing holds; every match, and the first page the Log shows at once. */
  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    {
      time_search (store, searches[s], FALSE);
      time_search (store, searches[s], TRUE);
    }

  /* Back Up Ledger…, then Export… as JSON, as the app runs them in a worker */
  {
    g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
    g_autofree char *json = g_build_filename (dir, "export.json", NULL);
    g_autoptr(DaftarStore) reader = NULL;
    g_autoptr(DaftarSafeFile) file = NULL;
    GStatBuf st;

    t0 = g_get_monotonic_time ();
    g_assert_true (daftar_store_backup_to (store, copy, NULL, NULL, NULL, &error));
    t1 = g_get_monotonic_time ();
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (copy, &st), ==, 0);
    printf ("back up: %.1f MB in %.2f s (online backup, 256 pages a step, then quick_check)\n",
            st.st_size / 1e6, (t1 - t0) / 1e6);

    t0 = g_get_monotonic_time ();
    reader = daftar_store_open_reader (store, &error);
    g_assert_no_error (error);
    file = daftar_safe_file_new (reader, json, &error);
    g_assert_no_error (error);
    g_assert_true (daftar_export_json (reader, daftar_safe_file_get_stream (file), NULL, &error));
    g_assert_true (daftar_safe_file_commit (file, &error));
    t1 = g_get_monotonic_time ();
    g_assert_cmpint (g_stat (json, &st), ==, 0);
    printf ("export JSON: %.1f MB in %.2f s (from a reader connection)\n",
            st.st_size / 1e6, (t1 - t0) / 1e6);
  }

  g_rand_free (rand);
  g_clear_object (&store);
  daftar_test_rm_rf (dir);
  return 0;
}
