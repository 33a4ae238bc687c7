/* daftar-cli-export.c — daftar-cli export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>

#include "daftar-cli-private.h"
#include "daftar-export.h"

int
daftar_cli_export (DaftarCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) output = NULL;
  g_autoptr(GFile) file = NULL;
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

  context = g_option_context_new (_("— export the whole ledger"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!daftar_cli_parse (cli, context, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return daftar_cli_usage_error (cli, context, _("This command takes no arguments."));
  if (format == NULL || (!g_str_equal (format, "csv") && !g_str_equal (format, "json")))
    return daftar_cli_usage_error (cli, context, _("Choose --format csv or --format json."));

  json = g_str_equal (format, "json");

  if (!daftar_cli_open_store (cli, &error))
    return daftar_cli_fail (cli, error);

  if (path != NULL)
    {
      /* Written to a temporary file and moved into place, so a failed export
       * never leaves a half-written file where a good one was. */
      file = g_file_new_for_commandline_arg (path);
      output = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error));
      if (output == NULL)
        return daftar_cli_fail (cli, error);
    }
  else
    output = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  ok = json ? daftar_export_json (cli->store, output, NULL, &error)
            : daftar_export_csv (cli->store, output, NULL, &error);

  if (!ok)
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      /* Closing a cancelled replace stream leaves the old file as it was. */
      g_cancellable_cancel (cancelled);
      g_output_stream_close (output, cancelled, NULL);
      return daftar_cli_fail (cli, error);
    }

  if (!g_output_stream_close (output, NULL, &error))
    return daftar_cli_fail (cli, error);

  return DAFTAR_CLI_OK;
}
