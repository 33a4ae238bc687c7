/* bench-startup.c — Daftar's first frame on a big ledger, against an empty window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-startup PATH/TO/daftar PATH/TO/empty-window
 *
 * Run with `meson test --benchmark` (or `make benchmark`). Builds a ledger of
 * 100,000 sessions through the store API (DAFTAR_BENCH_STARTUP_SESSIONS changes
 * it; DAFTAR_BENCH_LEDGER names a ledger made before, to use instead), then starts an empty AdwApplicationWindow and Daftar on that ledger in
 * turn, DAFTAR_BENCH_RUNS times each (default 7), and reports the median time
 * from spawning the process to its first painted frame, the ratio (the goal is
 * at most 1.25) and the peak RSS of each. Both print the monotonic time of
 * their first GdkFrameClock::after-paint (DAFTAR_BENCH_FIRST_FRAME, see
 * src/main.c), on a private Xvfb and D-Bus session, with GSK_RENDERER=cairo.
 * A last run of Daftar checks that the Log reads only the rows it shows, also
 * after jumping to the middle and the end of the list.
 */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "daftar-store.h"
#include "daftar-test-util.h"

#define N_PROJECTS    40
#define BATCH         10000
#define CHILD_TIMEOUT 60   /* seconds */

static const char bus_config[] =
  "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
  " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
  "<busconfig>\n"
  "  <type>session</type>\n"
  "  <listen>unix:tmpdir=%s</listen>\n"
  "  <auth>EXTERNAL</auth>\n"
  "  <policy context=\"default\">\n"
  "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
  "    <allow eavesdrop=\"true\"/>\n"
  "    <allow own=\"*\"/>\n"
  "  </policy>\n"
  "</busconfig>\n";

typedef struct
{
  gint64 first_frame_us;   /* from spawning to the first frame */
  glong  max_rss_kb;
  char  *output;
} Run;

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gint64
median (gint64 *values,
        guint   n)
{
  g_autofree gint64 *sorted = g_memdup2 (values, n * sizeof (gint64));

  qsort (sorted, n, sizeof (gint64), compare_gint64);
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

static void
build_ledger (const char *path,
              gint64      n_sessions)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
  static const char * const tools[] = { "ChatGPT", "DeepL", NULL };
  gint64 projects[N_PROJECTS];
  /* Spread evenly over the three years before now */
  const gint64 last = g_get_real_time () / G_USEC_PER_SEC - 86400;
  const gint64 span = 3 * 365 * 86400;
  GRand *rand = g_rand_new_with_seed (42);
  gint64 t0 = g_get_monotonic_time ();

  g_assert_no_error (error);
  for (int i = 0; i < N_PROJECTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Project %02d", i);
      DaftarProjectDraft draft = { name, "Client", i % 2 ? "upwork" : "outlier",
                                   i % DAFTAR_N_CATEGORIES, DAFTAR_PRICING_HOURLY, "USD",
                                   TRUE, 2000 + i * 100, FALSE, 0 };

      if (!daftar_store_add_project (store, &draft, &projects[i], &error))
        g_error ("%s", error->message);
    }

  for (gint64 i = 0; i < n_sessions; i++)
    {
      gint64 actual = 900 + g_rand_int_range (rand, 0, 4 * 3600);
      DaftarSessionDraft draft = {
        .project_id = projects[g_rand_int_range (rand, 0, N_PROJECTS)],
        .start_utc = last - span + (span / n_sessions) * i,
        .utc_offset = 12600,
        .actual_seconds = actual,
        .has_paid = TRUE,
        .paid_seconds = actual * 3 / 4,
        .note = "benchmark",
        .tools = i % 3 == 0 ? tools : NULL,
      };

      if (i % BATCH == 0)
        {
          if (i > 0 && !daftar_store_commit (store, &error))
            g_error ("%s", error->message);
          if (!daftar_store_begin (store, &error))
            g_error ("%s", error->message);
        }
      if (!daftar_store_add_session (store, &draft, NULL, &error))
        g_error ("%s", error->message);
    }
  if (n_sessions > 0 && !daftar_store_commit (store, &error))
    g_error ("%s", error->message);

  printf ("ledger: %" G_GINT64_FORMAT " sessions in %d projects, written in %.1f s\n",
          n_sessions, N_PROJECTS, (g_get_monotonic_time () - t0) / 1e6);
  g_rand_free (rand);
}

/* Starts a helper that prints one line when it is ready (Xvfb -displayfd 1,
 * dbus-daemon --print-address) and returns that line. */
static GSubprocess *
start_helper (char                **line,
              const char * const   *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) in = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  if (process == NULL)
    g_error ("%s: %s", argv[0], error->message);
  in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  *line = g_data_input_stream_read_line (in, NULL, NULL, &error);
  if (*line == NULL)
    g_error ("%s did not start%s%s", argv[0], error ? ": " : "", error ? error->message : "");
  g_strstrip (*line);
  return g_steal_pointer (&process);
}

static void
stop_helper (GSubprocess *process)
{
  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, NULL);
  g_object_unref (process);
}

/* Spawns @argv, reads what it prints until it exits, and reaps it with wait4
 * for its peak RSS. */
static gboolean
run_child (const char * const  *argv,
           char               **envp,
           Run                 *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 spawned, deadline;
  struct rusage usage;
  int out_fd, status;
  GPid pid;

  memset (run, 0, sizeof *run);
  spawned = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    g_error ("%s: %s", argv[0], error->message);

  deadline = spawned + CHILD_TIMEOUT * G_USEC_PER_SEC;
  for (;;)
    {
      struct pollfd fd = { out_fd, POLLIN, 0 };
      char buffer[4096];
      ssize_t n;
      int ready = poll (&fd, 1, MAX (0, (deadline - g_get_monotonic_time ()) / 1000));

      if (ready < 0 && errno == EINTR)
        continue;
      if (ready <= 0)
        {
          g_printerr ("%s did not finish in %d s\n", argv[0], CHILD_TIMEOUT);
          kill (pid, SIGKILL);
          break;
        }
      n = read (out_fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_string_append_len (out, buffer, n);
    }
  close (out_fd);
  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);

  run->max_rss_kb = usage.ru_maxrss;
  run->output = g_string_free (g_steal_pointer (&out), FALSE);
  {
    const char *line = strstr (run->output, "DAFTAR_BENCH first-frame ");

    if (line == NULL)
      {
        g_printerr ("%s printed no first frame (status %d):\n%s\n", argv[0], status, run->output);
        return FALSE;
      }
    run->first_frame_us = g_ascii_strtoll (line + strlen ("DAFTAR_BENCH first-frame "), NULL, 10)
                          - spawned;
  }
  return TRUE;
}

/* "DAFTAR_BENCH STEP TIME loaded N of M" */
static gboolean
parse_step (const char *output,
            const char *step,
            gint64     *time_us,
            guint      *loaded,
            guint      *n_sessions)
{
  g_autofree char *key = g_strdup_printf ("DAFTAR_BENCH %s ", step);
  const char *line = strstr (output, key);

  return line != NULL &&
         sscanf (line + strlen (key), "%" G_GINT64_FORMAT " loaded %u of %u",
                 time_us, loaded, n_sessions) == 3;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "daftar.db", NULL);
  g_autofree char *config = g_build_filename (dir, "bus.conf", NULL);
  g_autofree char *config_text = NULL;
  g_autofree char *config_arg = NULL;
  g_autofree char *display_number = NULL;
  g_autofree char *display = NULL;
  g_autofree char *bus_address = NULL;
  g_auto(GStrv) envp = NULL;
  g_auto(GStrv) lazy_envp = NULL;
  GSubprocess *xvfb, *bus;
  const char *env = g_getenv ("DAFTAR_BENCH_STARTUP_SESSIONS");
  gint64 n_sessions = env ? g_ascii_strtoll (env, NULL, 10) : 100000;
  guint n_runs = g_getenv ("DAFTAR_BENCH_RUNS") ? atoi (g_getenv ("DAFTAR_BENCH_RUNS")) : 7;
  const char *daftar_argv[2] = { NULL, NULL };
  const char *empty_argv[2] = { NULL, NULL };
  g_autofree gint64 *empty_us = NULL, *daftar_us = NULL, *empty_rss = NULL, *daftar_rss = NULL;
  gint64 empty_median, daftar_median, t_first = 0, t_log = 0, t_complete = 0, t_middle = 0, t_end = 0;
  guint loaded_first = 0, loaded_log = 0, loaded_complete = 0, loaded_middle = 0, loaded_end = 0;
  guint n_shown = 0, n_listed = 0;
  g_autofree char *xvfb_path = g_find_program_in_path ("Xvfb");
  g_autofree char *bus_path = g_find_program_in_path ("dbus-daemon");
  int status = 1;
  Run run = { 0 };

  if (argc != 3)
    {
      g_printerr ("Usage: %s PATH/TO/daftar PATH/TO/empty-window\n", argv[0]);
      return 2;
    }
  if (xvfb_path == NULL || bus_path == NULL)
    {
      printf ("SKIP: needs Xvfb and dbus-daemon\n");
      return 77;
    }
  daftar_argv[0] = argv[1];
  empty_argv[0] = argv[2];
  n_runs = CLAMP (n_runs, 1, 99);
  empty_us = g_new0 (gint64, n_runs);
  daftar_us = g_new0 (gint64, n_runs);
  empty_rss = g_new0 (gint64, n_runs);
  daftar_rss = g_new0 (gint64, n_runs);

  if (g_getenv ("DAFTAR_BENCH_LEDGER") != NULL)
    {
      sqlite3 *counter = NULL;
      sqlite3_stmt *count = NULL;

      /* Read only, as it is: another version of Daftar may be the one timed. */
      g_free (db);
      db = g_strdup (g_getenv ("DAFTAR_BENCH_LEDGER"));
      if (sqlite3_open_v2 (db, &counter, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
          sqlite3_prepare_v2 (counter, "SELECT count (*) FROM sessions", -1, &count, NULL) != SQLITE_OK ||
          sqlite3_step (count) != SQLITE_ROW)
        g_error ("%s: %s", db, sqlite3_errmsg (counter));
      n_sessions = sqlite3_column_int64 (count, 0);
      sqlite3_finalize (count);
      sqlite3_close (counter);
      printf ("ledger: %s, %" G_GINT64_FORMAT " sessions\n", db, n_sessions);
    }
  else
    build_ledger (db, n_sessions);

  /* A display and a session bus of our own: nothing else draws or answers. */
  {
    const char * const xvfb_argv[] = { "Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24",
                                       "-nolisten", "tcp", NULL };

    xvfb = start_helper (&display_number, xvfb_argv);
    display = g_strdup_printf (":%s", display_number);
  }
  config_text = g_strdup_printf (bus_config, dir);
  if (!g_file_set_contents (config, config_text, -1, NULL))
    g_error ("Could not write %s", config);
  config_arg = g_strdup_printf ("--config-file=%s", config);
  {
    const char * const bus_argv[] = { "dbus-daemon", config_arg, "--nofork", "--print-address", NULL };

    bus = start_helper (&bus_address, bus_argv);
  }

  envp = g_get_environ ();
  envp = g_environ_setenv (envp, "DISPLAY", display, TRUE);
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", bus_address, TRUE);
  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", TRUE);
  envp = g_environ_setenv (envp, "GTK_A11Y", "none", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "DAFTAR_DB", db, TRUE);
  lazy_envp = g_environ_setenv (g_strdupv (envp), "DAFTAR_BENCH_FIRST_FRAME", "lazy", TRUE);
  envp = g_environ_setenv (envp, "DAFTAR_BENCH_FIRST_FRAME", "1", TRUE);

  /* One run each to warm the caches (files, fonts, the ledger's pages), then
   * alternate so that drift on the machine hits both alike. */
  for (guint i = 0; i < 2; i++)
    {
      if (!run_child (i ? daftar_argv : empty_argv, envp, &run))
        goto out;
      g_clear_pointer (&run.output, g_free);
    }

  for (guint i = 0; i < n_runs; i++)
    {
      if (!run_child (empty_argv, envp, &run))
        goto out;
      empty_us[i] = run.first_frame_us;
      empty_rss[i] = run.max_rss_kb;
      g_clear_pointer (&run.output, g_free);

      if (!run_child (daftar_argv, envp, &run))
        goto out;
      daftar_us[i] = run.first_frame_us;
      daftar_rss[i] = run.max_rss_kb;
      g_clear_pointer (&run.output, g_free);
    }

  empty_median = median (empty_us, n_runs);
  daftar_median = median (daftar_us, n_runs);
  printf ("first frame after spawning, median of %u runs (Xvfb 1280×800, GSK_RENDERER=cairo):\n", n_runs);
  printf ("  empty AdwApplicationWindow       %7.1f ms   peak RSS %6.1f MiB\n",
          empty_median / 1e3, median (empty_rss, n_runs) / 1024.0);
  printf ("  daftar, %7" G_GINT64_FORMAT " sessions        %7.1f ms   peak RSS %6.1f MiB\n",
          n_sessions, daftar_median / 1e3, median (daftar_rss, n_runs) / 1024.0);
  printf ("  ratio %.2f (goal: at most 1.25): %s\n", (double) daftar_median / empty_median,
          daftar_median <= empty_median * 1.25 ? "met" : "NOT MET");
  printf ("  runs (ms), empty:");
  for (guint i = 0; i < n_runs; i++)
    printf (" %.1f", empty_us[i] / 1e3);
  printf ("\n  runs (ms), daftar:");
  for (guint i = 0; i < n_runs; i++)
    printf (" %.1f", daftar_us[i] / 1e3);
  printf ("\n");

  /* Laziness: what the Log has read in full once it shows rows, and after
   * jumping to the middle and the end. */
  if (!run_child (daftar_argv, lazy_envp, &run))
    goto out;
  if (!parse_step (run.output, "first-frame", &t_first, &loaded_first, &n_listed) ||
      !parse_step (run.output, "log-frame", &t_log, &loaded_log, &n_shown) ||
      (!parse_step (run.output, "log-complete", &t_complete, &loaded_complete, &n_listed) &&
       !parse_step (run.output, "log-frame", &t_complete, &loaded_complete, &n_listed)) ||
      !parse_step (run.output, "scrolled-middle", &t_middle, &loaded_middle, &n_listed) ||
      !parse_step (run.output, "scrolled-end", &t_end, &loaded_end, &n_listed))
    {
      g_printerr ("The lazy run printed:\n%s\n", run.output);
      goto out;
    }
  printf ("lazy Log, sessions read in full (of %u listed):\n", n_listed);
  printf ("  at the first frame            %6u   peak RSS of this run %.1f MiB\n",
          loaded_first, run.max_rss_kb / 1024.0);
  printf ("  when the Log shows its rows   %6u   (%.1f ms after the first frame; %u listed then)\n",
          loaded_log, (t_log - t_first) / 1e3, n_shown);
  printf ("  when it has the whole list    %6u   (%.1f ms after the first frame)\n",
          loaded_complete, (t_complete - t_first) / 1e3);
  printf ("  after jumping to the middle   %6u\n", loaded_middle);
  printf ("  after jumping to the end      %6u\n", loaded_end);
  {
    const char *gap = strstr (run.output, "DAFTAR_BENCH longest-gap ");

    /* Frames come all along: a gap is the main loop busy. The last figure, the
     * most the main thread ran between two frames, is what a loaded machine
     * changes least. */
    printf ("stall probe, the longest gap between frames while the window:\n");
    for (const char *line = strstr (run.output, "DAFTAR_BENCH gap "); line != NULL;
         line = strstr (line + 1, "DAFTAR_BENCH gap "))
      {
        char step[32];
        gint64 us, stall_us, cpu_us = -1;

        if (sscanf (line, "DAFTAR_BENCH gap %31s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                    step, &us, &stall_us, &cpu_us) >= 3)
          printf ("  until %-16s %8.1f ms (%.1f ms less the waits for a CPU; at most %.1f ms on a CPU)\n",
                  step, us / 1e3, stall_us / 1e3, cpu_us / 1e3);
      }
    if (gap != NULL)
      printf ("  longest of all            %8.1f ms\n",
              g_ascii_strtoll (gap + strlen ("DAFTAR_BENCH longest-gap "), NULL, 10) / 1e3);
  }

  /* Not a timed test: only a Log that reads everything fails. */
  status = n_listed == 0 || loaded_end < n_listed ? 0 : 1;

out:
  g_free (run.output);
  stop_helper (bus);
  stop_helper (xvfb);
  daftar_test_rm_rf (dir);
  return status;
}
