/* daftar-test-spawn.c — running daftar-cli from the quality tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The binary is named by $DAFTAR_CLI. The child gets a fixed locale and time
 * zone, and a HOME inside the ledger's folder, so the user's own ledger is
 * out of reach whatever goes wrong.
 */
#define G_LOG_DOMAIN "test-spawn"

#include "config.h"

#include "daftar-test-spawn.h"
#include "daftar-test-util.h"

void
daftar_test_run_free (DaftarTestRun *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

/**
 * daftar_test_spawn_cli:
 * @db: the ledger, passed as --db
 * @args: (array zero-terminated=1): the command and its arguments
 *
 * Starts daftar-cli with its output piped, and does not wait.
 */
static GSubprocess *
spawn_cli (const char         *db,
           const char * const *args,
           gboolean            paused,
           GError            **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *dir = g_path_get_dirname (db);
  const char *cli = g_getenv ("DAFTAR_CLI");

  g_assert_nonnull (cli);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE |
                                        (paused ? G_SUBPROCESS_FLAGS_STDIN_PIPE : 0));
  g_subprocess_launcher_set_cwd (launcher, dir);
  g_subprocess_launcher_setenv (launcher, "TZ", "UTC", TRUE);
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

GSubprocess *
daftar_test_spawn_cli (const char         *db,
                       const char * const *args,
                       GError            **error)
{
  return spawn_cli (db, args, FALSE, error);
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
  return spawn_cli (db, args, TRUE, error);
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
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = daftar_test_spawn_cli (db, args, &error);
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
