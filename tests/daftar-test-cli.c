/* daftar-test-cli.c — running daftar-cli in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "daftar-test-cli.h"
#include "daftar-test-util.h"

char *daftar_test_cli_path;

Ledger *
ledger_new (void)
{
  Ledger *ledger = g_new0 (Ledger, 1);

  ledger->dir = daftar_test_make_tmpdir ();
  ledger->db = g_build_filename (ledger->dir, "ledger.db", NULL);
  return ledger;
}

void
ledger_free (Ledger *ledger)
{
  daftar_test_rm_rf (ledger->dir);
  g_free (ledger->dir);
  g_free (ledger->db);
  g_free (ledger);
}

void
cli_run_free (CliRun *run)
{
  g_free (run->command);
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}


/* Runs daftar-cli with @args exactly, in @ledger's folder. @env holds extra
 * NAME, VALUE pairs. */
CliRun *
run_cliv (const Ledger       *ledger,
          const char * const *env,
          const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CliRun *run = g_new0 (CliRun, 1);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, ledger->dir);
  g_subprocess_launcher_setenv (launcher, "TZ", "UTC", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_unsetenv (launcher, "DAFTAR_DB");
  g_subprocess_launcher_unsetenv (launcher, "DAFTAR_LOCALEDIR");
  g_subprocess_launcher_unsetenv (launcher, "G_MESSAGES_DEBUG");
  /* Whatever goes wrong, the user's own ledger stays out of reach. */
  g_subprocess_launcher_setenv (launcher, "HOME", ledger->dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", ledger->dir, TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);

  g_ptr_array_add (argv, daftar_test_cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);

  run->command = g_strjoinv (" ", (char **) args);
  if (!g_subprocess_get_if_exited (process))
    g_test_message ("daftar-cli %s did not exit normally; stderr:\n%s", run->command, run->err);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  return run;
}

CliRun *
run_cli_valist (const Ledger *ledger,
                const char   *first_arg,
                va_list       ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, ledger->db);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  g_ptr_array_add (args, NULL);

  return run_cliv (ledger, NULL, (const char * const *) args->pdata);
}

/* Runs daftar-cli --db LEDGER ARGS… */
CliRun *
run_cli (const Ledger *ledger,
         const char   *first_arg,
         ...)
{
  CliRun *run;
  va_list ap;

  va_start (ap, first_arg);
  run = run_cli_valist (ledger, first_arg, ap);
  va_end (ap);
  return run;
}

void
describe_run (const CliRun *run)
{
  g_test_message ("daftar-cli %s\nexit status %d\n--- stdout\n%s--- stderr\n%s---",
                  run->command, run->status, run->out, run->err);
}

gboolean
contains (const char *haystack,
          const char *needle)
{
  return needle == NULL || strstr (haystack, needle) != NULL;
}

/* Exit 0, nothing on stderr, @out_part (if any) on stdout. */
void
expect_success (const CliRun *run,
                const char   *out_part)
{
  if (run->status != 0 || run->err[0] != '\0' || !contains (run->out, out_part))
    describe_run (run);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_true (contains (run->out, out_part));
}

/* Exit @status, nothing on stdout, one message naming daftar-cli on stderr. */
void
expect_failure (const CliRun *run,
                int           status,
                const char   *err_part)
{
  if (run->status != status || run->out[0] != '\0' || !contains (run->err, err_part))
    describe_run (run);
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "daftar-cli"));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (contains (run->err, err_part));
}

/* Runs a command that must succeed; returns its stdout. */
char *
cli_output (const Ledger *ledger,
            const char   *out_part,
            const char   *first_arg,
            ...)
{
  g_autoptr(CliRun) run = NULL;
  va_list ap;

  va_start (ap, first_arg);
  run = run_cli_valist (ledger, first_arg, ap);
  va_end (ap);

  expect_success (run, out_part);
  return g_steal_pointer (&run->out);
}

/* THE invariant: a write that fails exits with @status, says @err_part, and
 * leaves every row of every table as it was. */
void
assert_write_fails (const Ledger *ledger,
                    int           status,
                    const char   *err_part,
                    const char   *first_arg,
                    ...)
{
  g_autoptr(CliRun) run = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  va_list ap;

  g_assert_true (g_file_test (ledger->db, G_FILE_TEST_IS_REGULAR));
  before = daftar_test_dump_db (ledger->db);

  va_start (ap, first_arg);
  run = run_cli_valist (ledger, first_arg, ap);
  va_end (ap);

  expect_failure (run, status, err_part);
  after = daftar_test_dump_db (ledger->db);
  if (g_strcmp0 (before, after) != 0)
    describe_run (run);
  g_assert_cmpstr (after, ==, before);
}

JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  if (error != NULL)
    g_test_message ("not JSON:\n%s", text);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

JsonArray *
parse_json_array (const char *text)
{
  g_autoptr(JsonNode) root = parse_json (text);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_array_ref (json_node_get_array (root));
}

const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    g_test_message ("member “%s” is not a string", name);
  g_assert_nonnull (node);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_STRING);
  return json_node_get_string (node);
}

gint64
member_int (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  g_assert_nonnull (node);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_INT64);
  return json_node_get_int (node);
}

gboolean
member_is_null (JsonObject *object,
                const char *name)
{
  return json_object_has_member (object, name) &&
         JSON_NODE_HOLDS_NULL (json_object_get_member (object, name));
}

/* The element of @array whose string member @name is @value. */
JsonObject *
find_object (JsonArray  *array,
             const char *name,
             const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, name, NULL), value) == 0)
        return object;
    }

  g_test_message ("no element with %s = “%s”", name, value);
  g_assert_not_reached ();
  return NULL;
}
