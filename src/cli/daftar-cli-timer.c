/* daftar-cli-timer.c — daftar-cli timer: the app's running timer, from a shell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-cli-private.h"
#include "daftar-json.h"
#include "daftar-dates.h"
#include "daftar-duration.h"

static int
timer_start (DaftarCli  *cli,
             int         argc,
             char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(GDateTime) now = daftar_context_now_local (cli->context);
  g_autofree char *note = NULL;
  int status;
  GOptionEntry entries[] = {
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note about the work"), N_("TEXT") },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("PROJECT — start the timer now"),
                              entries, 1, _("Give the project’s name or number."),
                              &argc, &argv, &status))
    return status;

  if (!(project = daftar_cli_find_project (cli, argv[1], &error)) ||
      !daftar_store_start_timer (cli->store, project->id, g_date_time_to_unix (now),
                                 (gint32) (g_date_time_get_utc_offset (now) / G_USEC_PER_SEC),
                                 note, &error))
    return daftar_cli_fail (cli, error);

  /* Translators: %s is a project's name */
  g_print (_("Timer started on %s.\n"), project->name);
  return DAFTAR_CLI_OK;
}

static int
timer_stop (DaftarCli  *cli,
            int         argc,
            char      **argv)
{
  g_autofree char *number = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarSession) session = NULL;
  g_autofree char *duration = NULL;
  gint64 id;
  int status;

  if (!daftar_cli_parse_args (cli, NULL, _("— stop the timer and log the session"),
                              NULL, 0, _("timer stop takes no arguments."),
                              &argc, &argv, &status))
    return status;

  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_store_stop_timer (cli->store, daftar_context_now (cli->context), &id, &error) ||
      !(session = daftar_store_get_session (cli->store, id, &error)))
    return daftar_cli_fail (cli, error);

  duration = daftar_cli_duration_text (cli, session->actual_seconds);
  number = daftar_format_id (daftar_context_get_format (cli->context), id);
  /* Translators: "Logged session 12: 1:30 on Translation." */
  g_print (_("Logged session %s: %s on %s.\n"), number, duration, session->project_name);
  return DAFTAR_CLI_OK;
}

/* Opens the ledger and reads the running timer: %NULL, and no error, when none runs. */
static gboolean
read_timer (DaftarCli    *cli,
            DaftarTimer **out_timer,
            GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!daftar_cli_open_store (cli, error))
    return FALSE;

  *out_timer = daftar_store_get_timer (cli->store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* A timer that can't become a session (it ran over a day) can only go this way. */
static int
timer_discard (DaftarCli  *cli,
               int         argc,
               char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  g_autofree char *since = NULL;
  int status;

  if (!daftar_cli_parse_args (cli, NULL, _("— forget the running timer without logging it"),
                              NULL, 0, _("timer discard takes no arguments."),
                              &argc, &argv, &status))
    return status;

  if (!read_timer (cli, &timer, &error))
    return daftar_cli_fail (cli, error);
  if (timer == NULL)
    {
      g_set_error_literal (&error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND,
                           _("No timer is running."));
      return daftar_cli_fail (cli, error);
    }

  if (!daftar_store_discard_timer (cli->store, &error))
    return daftar_cli_fail (cli, error);

  since = daftar_cli_moment_text (cli, timer->start_utc, timer->utc_offset);
  /* Translators: "Discarded the timer on Translation, running since 2025-03-21T09:30:00+03:30; nothing was logged." */
  g_print (_("Discarded the timer on %s, running since %s; nothing was logged.\n"),
           timer->project_name, since);
  return DAFTAR_CLI_OK;
}

static int
timer_status (DaftarCli  *cli,
              int         argc,
              char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  g_autofree char *since = NULL;
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = { daftar_cli_json_option (&json), { NULL } };

  if (!daftar_cli_parse_args (cli, NULL, _("— show whether the timer is running"),
                              entries, 0, _("timer status takes no arguments."),
                              &argc, &argv, &status))
    return status;

  if (!read_timer (cli, &timer, &error))
    return daftar_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      daftar_json_add_boolean (builder, "running", timer != NULL);
      if (timer != NULL)
        {
          daftar_json_add_int (builder, "project_id", timer->project_id);
          daftar_json_add_text (builder, "project", timer->project_name);
          daftar_json_add_int (builder, "start_utc", timer->start_utc);
          daftar_json_add_text (builder, "note", timer->note ? timer->note : "");
        }
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      daftar_cli_print_json (root);
      return DAFTAR_CLI_OK;
    }

  if (timer == NULL)
    {
      g_print ("%s\n", _("No timer is running."));
      return DAFTAR_CLI_OK;
    }

  since = daftar_cli_moment_text (cli, timer->start_utc, timer->utc_offset);
  /* Translators: "Timer running on Translation since 2025-03-21T09:30+03:30." */
  g_print (_("Timer running on %s since %s.\n"), timer->project_name, since);
  return DAFTAR_CLI_OK;
}

/* The subcommands, each with its line of the usage */
const DaftarCliSubcommand daftar_cli_timer_subcommands[] = {
  { "start", timer_start, N_("Usage: daftar-cli timer start PROJECT [--note TEXT]") },
  { "stop", timer_stop, N_("       daftar-cli timer stop") },
  { "status", timer_status, N_("       daftar-cli timer status [--json]") },
  { "discard", timer_discard, N_("       daftar-cli timer discard") },
  { NULL }
};
