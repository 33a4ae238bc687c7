/* daftar-test-spawn.c — running daftar-cli from the quality tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The binary is named by $DAFTAR_CLI. The child gets a fixed locale and time
 * zone, and a HOME inside the ledger's folder, so the user's own ledger is
 * out of reach whatever goes wrong.
 */
#define _GNU_SOURCE   /* posix_openpt and friends */
#define G_LOG_DOMAIN "test-spawn"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include "daftar-test-spawn.h"
#include "daftar-test-util.h"

void
daftar_test_run_free (DaftarTestRun *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

/* Starts daftar-cli in @tz with its output piped, or on @stdout_fd when it is not -1;
 * when @paused, only once its input is closed. */
static GSubprocess *
spawn_cli_full (const char         *db,
                const char         *tz,
                const char * const *args,
                int                 stdout_fd,
                gboolean            paused,
                GError            **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *dir = g_path_get_dirname (db);
  const char *cli = g_getenv ("DAFTAR_CLI");

  g_assert_nonnull (cli);
  launcher = g_subprocess_launcher_new ((stdout_fd < 0 ? G_SUBPROCESS_FLAGS_STDOUT_PIPE : 0) |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE |
                                        (paused ? G_SUBPROCESS_FLAGS_STDIN_PIPE : 0));
  if (stdout_fd >= 0)
    g_subprocess_launcher_take_stdout_fd (launcher, stdout_fd);
  g_subprocess_launcher_set_cwd (launcher, dir);
  g_subprocess_launcher_setenv (launcher, "TZ", tz, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", dir, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_unsetenv (launcher, "DAFTAR_DB");
  g_subprocess_launcher_unsetenv (launcher, "DAFTAR_LOCALEDIR");

  if (paused)
    {
      /* The shell waits for its input to close, then becomes daftar-cli. */
      g_ptr_array_add (argv, (gpointer) "/bin/sh");
      g_ptr_array_add (argv, (gpointer) "-c");
      g_ptr_array_add (argv, (gpointer) "read go; exec \"$0\" \"$@\"");
    }
  g_ptr_array_add (argv, (gpointer) cli);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  return g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, error);
}

static GSubprocess *
spawn_cli (const char         *db,
           const char * const *args,
           int                 stdout_fd,
           GError            **error)
{
  return spawn_cli_full (db, "UTC", args, stdout_fd, FALSE, error);
}

/**
 * daftar_test_spawn_cli_in_zone:
 * @tz: the time zone daftar-cli runs in, as for $TZ
 *
 * Like daftar_test_spawn_cli(), in another time zone than UTC.
 */
GSubprocess *
daftar_test_spawn_cli_in_zone (const char         *db,
                               const char         *tz,
                               const char * const *args,
                               GError            **error)
{
  return spawn_cli_full (db, tz, args, -1, FALSE, error);
}

/**
 * daftar_test_spawn_cli:
 * @db: the ledger, passed as --db
 * @args: (array zero-terminated=1): the command and its arguments
 *
 * Starts daftar-cli with its output piped, and does not wait.
 */
GSubprocess *
daftar_test_spawn_cli (const char         *db,
                       const char * const *args,
                       GError            **error)
{
  return spawn_cli (db, args, -1, error);
}

/**
 * daftar_test_spawn_cli_paused:
 *
 * Like daftar_test_spawn_cli(), but daftar-cli starts only once the process's
 * input is closed: for a test that must not fork (which stalls this process
 * for a moment) while it measures.
 */
GSubprocess *
daftar_test_spawn_cli_paused (const char         *db,
                              const char * const *args,
                              GError            **error)
{
  return spawn_cli_full (db, "UTC", args, -1, TRUE, error);
}

/**
 * daftar_test_run_cli_on_terminal:
 *
 * Runs daftar-cli to the end with its standard output on a pseudo-terminal,
 * as when a person types the command, in raw mode: the bytes as written.
 */
DaftarTestRun *
daftar_test_run_cli_on_terminal (const char         *db,
                                 const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) err = NULL;
  DaftarTestRun *run = g_new0 (DaftarTestRun, 1);
  struct termios raw;
  char buffer[4096];
  gssize n;
  int terminal = posix_openpt (O_RDWR | O_NOCTTY);
  int child_end;

  g_assert_cmpint (terminal, >=, 0);
  g_assert_cmpint (grantpt (terminal), ==, 0);
  g_assert_cmpint (unlockpt (terminal), ==, 0);
  child_end = open (ptsname (terminal), O_RDWR | O_NOCTTY | O_CLOEXEC);
  g_assert_cmpint (child_end, >=, 0);
  g_assert_cmpint (tcgetattr (child_end, &raw), ==, 0);
  cfmakeraw (&raw);
  g_assert_cmpint (tcsetattr (child_end, TCSANOW, &raw), ==, 0);

  /* The launcher closes our copy of the child's end: reads end with EIO once it exits. */
  process = spawn_cli (db, args, child_end, &error);
  g_assert_no_error (error);
  while ((n = read (terminal, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (out, buffer, n);
  close (terminal);

  g_subprocess_communicate (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  run->out = g_strndup (out->str, out->len);
  run->err = g_strndup (g_bytes_get_size (err) ? g_bytes_get_data (err, NULL) : "", g_bytes_get_size (err));
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  return run;
}

/**
 * daftar_test_run_cli:
 *
 * Runs daftar-cli to the end. Output that is not UTF-8 is kept as bytes.
 */
DaftarTestRun *
daftar_test_run_cli (const char         *db,
                     const char * const *args)
{
  return daftar_test_run_cli_in_zone (db, "UTC", args);
}

DaftarTestRun *
daftar_test_run_cli_in_zone (const char         *db,
                             const char         *tz,
                             const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = daftar_test_spawn_cli_in_zone (db, tz, args, &error);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  DaftarTestRun *run = g_new0 (DaftarTestRun, 1);

  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  run->out = g_strndup (g_bytes_get_size (out) ? g_bytes_get_data (out, NULL) : "", g_bytes_get_size (out));
  run->err = g_strndup (g_bytes_get_size (err) ? g_bytes_get_data (err, NULL) : "", g_bytes_get_size (err));
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  return run;
}

/* A fingerprint of the file's bytes (length and SHA-256), or "absent". */
char *
daftar_test_read_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *sum = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("absent");

  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  return g_strdup_printf ("%" G_GSIZE_FORMAT " bytes, sha256 %s", length, sum);
}

/**
 * daftar_test_fingerprint_ledger:
 *
 * Returns: (transfer full): the ledger's bytes, its write-ahead log's, and its
 *   rows; equal fingerprints, equal ledgers
 */
char *
daftar_test_fingerprint_ledger (const char *db)
{
  g_autofree char *wal_path = g_strconcat (db, "-wal", NULL);
  g_autofree char *file = daftar_test_read_file (db);
  g_autofree char *wal = daftar_test_read_file (wal_path);
  g_autofree char *dump = daftar_test_dump_db (db);

  /* A reader, the dump's among them, may leave an empty log behind: it holds nothing. */
  if (g_str_has_prefix (wal, "0 bytes"))
    {
      g_free (wal);
      wal = g_strdup ("absent");
    }

  return g_strdup_printf ("db: %s\nwal: %s\n%s", file, wal, dump);
}
