/* bench-import.c — importing a 100,000-row Toggl file, and cancelling a 1,000,000-row one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test --benchmark import` (or `make benchmark`).
 *
 * 1. `daftar-cli import` of a Toggl Track CSV of DAFTAR_BENCH_IMPORT_ROWS rows (default
 *    100,000; 20 projects, tags naming AI tools, notes with commas, quotes and Persian)
 *    into an empty ledger, as a whole process: its CPU time (user + system) and peak RSS
 *    (getrusage), which must stay within 2 s and 64 MiB, and its wall time, which says
 *    as much about the machine's other work as about the import.
 * 2. The same file shape with DAFTAR_BENCH_CANCEL_ROWS rows (default 1,000,000), imported
 *    in this process with a progress callback that cancels at half way: progress is
 *    reported along the way, the import ends cancelled, and the ledger is as it was.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <gio/gio.h>

#include "daftar-import.h"
#include "daftar-test-util.h"

#define MAX_SECONDS 2.0
#define MAX_RSS_KIB (64 * 1024)

static void
write_toggl (const char *path,
             guint       rows)
{
  g_autoptr(GError) error = NULL;
  FILE *out = fopen (path, "w");

  g_assert_nonnull (out);
  fputs ("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,"
         "Duration,Tags,Amount (USD)\n", out);
  for (guint i = 0; i < rows; i++)
    {
      guint day = i / 40;
      guint year = 2015 + day / 336, month = 1 + day / 28 % 12, mday = 1 + day % 28;
      guint start = 8 * 3600 + (i % 40) * 300;
      guint minutes = 5 + i % 4;

      fprintf (out, "Mina,mina@example.com,Client %u,Project %u,,\"Row %u, \"\"draft\"\" — بازبینی\",%s,"
               "%04u-%02u-%02u,%02u:%02u:00,%04u-%02u-%02u,%02u:%02u:00,00:%02u:00,\"%s\",%u.%02u\n",
               i % 7, i % 20, i, i % 9 == 0 ? "No" : "Yes",
               year, month, mday, start / 3600, start / 60 % 60,
               year, month, mday, (start + minutes * 60) / 3600, (start + minutes * 60) / 60 % 60,
               minutes, i % 3 == 0 ? "ChatGPT, research" : "", minutes / 2, (minutes * 50) % 100);
    }
  g_assert_cmpint (fclose (out), ==, 0);
}

static guint
env_rows (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);

  return value != NULL ? (guint) g_ascii_strtoull (value, NULL, 10) : fallback;
}

static gboolean
bench_cli (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (dir, "toggl-big.csv", NULL);
  g_autofree char *db = g_build_filename (dir, "cli.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *cli = g_getenv ("DAFTAR_CLI");
  guint rows = env_rows ("DAFTAR_BENCH_IMPORT_ROWS", 100000);
  const char *argv[] = { cli, "--db", db, "import", csv, "--timezone", "Europe/Berlin", NULL };
  struct rusage usage;
  gint64 start, elapsed;
  double seconds, wall;
  int status;

  if (cli == NULL)
    {
      g_printerr ("Set DAFTAR_CLI to the daftar-cli program.\n");
      return FALSE;
    }

  write_toggl (csv, rows);
  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    g_error ("%s", error->message);
  elapsed = g_get_monotonic_time () - start;
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("daftar-cli import failed: %s\n%s", error->message, err);
  getrusage (RUSAGE_CHILDREN, &usage);
  wall = elapsed / 1e6;
  seconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
            usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;

  printf ("import of %u Toggl rows by daftar-cli: %.2f s of CPU (%.2f s wall), peak RSS %.1f MiB\n%s",
          rows, seconds, wall, usage.ru_maxrss / 1024.0, out);
  if (seconds > MAX_SECONDS || usage.ru_maxrss > MAX_RSS_KIB)
    {
      printf ("FAIL: over %.0f s or %d MiB\n", MAX_SECONDS, MAX_RSS_KIB / 1024);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  guint64       last;
} Progress;

static void
on_progress (guint64  done,
             guint64  total,
             gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpuint (done, >=, p->last);
  g_assert_cmpuint (done, <=, total);
  p->last = done;
  p->calls++;
  if (done * 2 >= total)
    g_cancellable_cancel (p->cancellable);
}

static gboolean
bench_cancel (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (dir, "toggl-huge.csv", NULL);
  g_autofree char *db = g_build_filename (dir, "cancel.db", NULL);
  g_autoptr(DaftarStore) store = daftar_store_open (db, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(DaftarImportResult) result = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint rows = env_rows ("DAFTAR_BENCH_CANCEL_ROWS", 1000000);
  Progress progress = { cancellable, 0, 0 };
  DaftarImportOptions options = { .timezone = tz, .cancellable = cancellable,
                                  .progress = on_progress, .progress_data = &progress };
  gint64 start;

  g_assert_no_error (error);
  write_toggl (csv, rows);
  before = daftar_test_dump_db (db);

  start = g_get_monotonic_time ();
  result = daftar_import_file (store, csv, &options, &error);
  printf ("import of %u Toggl rows cancelled at half way after %.2f s and %u progress reports: %s\n",
          rows, (g_get_monotonic_time () - start) / 1e6, progress.calls,
          error != NULL ? error->message : "not cancelled");
  after = daftar_test_dump_db (db);

  if (result != NULL || !g_error_matches (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_CANCELLED) ||
      progress.calls < 10 || g_strcmp0 (before, after) != 0)
    {
      printf ("FAIL: the cancelled import wrote something, or reported no progress\n");
      return FALSE;
    }
  printf ("the ledger is as it was\n");
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  gboolean ok;

  ok = bench_cli (dir);
  ok = bench_cancel (dir) && ok;
  daftar_test_rm_rf (dir);
  return ok ? 0 : 1;
}
