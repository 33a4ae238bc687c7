/* daftar-cli-export.c — daftar-cli export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>

#include "daftar-cli-private.h"
#include "daftar-export.h"
#include "daftar-safe-file.h"

int
daftar_cli_export (DaftarCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) output = NULL;
  g_autoptr(DaftarSafeFile) file = NULL;
  g_autofree char *format = NULL;
  g_autofree char *path = NULL;
  gboolean json;
  gboolean ok;
  int status;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("csv or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &path, N_("Write to FILE instead of the standard output"), N_("FILE") },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— export the whole ledger"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;
  if (format == NULL || (!g_str_equal (format, "csv") && !g_str_equal (format, "json")))
    return daftar_cli_usage_error (cli, _("Choose --format csv or --format json."));

  json = g_str_equal (format, "json");

  if (!daftar_cli_open_store (cli, &error))
    return daftar_cli_fail (cli, error);

  if (path != NULL)
    {
      /* Refused when it is the ledger or one of its files; else written to a
       * temporary file beside the file it points to and moved into place, so
       * a failed export never leaves a half-written file where a good one was. */
      if (!(file = daftar_safe_file_new (cli->store, path, &error)))
        return daftar_cli_fail (cli, error);
      output = g_object_ref (daftar_safe_file_get_stream (file));
    }
  else if (isatty (STDOUT_FILENO))
    /* For a terminal: through daftar-cli's printing, which keeps the ledger's
     * control characters from reaching it. */
    output = g_memory_output_stream_new_resizable ();
  else
    output = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  ok = json ? daftar_export_json (cli->store, output, NULL, &error)
            : daftar_export_csv (cli->store, output, NULL, &error);
  if (!ok)
    return daftar_cli_fail (cli, error);

  if (file != NULL)
    {
      g_clear_object (&output);
      if (!daftar_safe_file_commit (file, &error))
        return daftar_cli_fail (cli, error);
    }
  else if (G_IS_MEMORY_OUTPUT_STREAM (output))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *text = NULL;

      if (!g_output_stream_close (output, NULL, &error))
        return daftar_cli_fail (cli, error);
      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (output));
      text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_print ("%s", text);
    }
  else if (!g_output_stream_close (output, NULL, &error))
    return daftar_cli_fail (cli, error);

  return DAFTAR_CLI_OK;
}
