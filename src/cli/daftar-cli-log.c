/* daftar-cli-log.c — daftar-cli log and sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-cli-private.h"
#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-duration-format.h"
#include "daftar-duration.h"
#include "daftar-format.h"
#include "daftar-json.h"
#include "daftar-money-format.h"

/* Tools are separated by commas, Latin or Arabic. */
static GStrv
split_tools (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) unified = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return NULL;

  unified = g_string_new (text);
  g_string_replace (unified, "،", ",", 0);

  parts = g_strsplit (unified->str, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

int
daftar_cli_log (DaftarCli  *cli,
                int         argc,
                char      **argv)
{
  g_autofree char *number = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autofree char *date_text = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *duration_text = NULL;
  g_autofree char *paid_text = NULL;
  g_autofree char *earned_text = NULL;
  g_autofree char *tools_text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *actual = NULL;
  g_autofree char *paid = NULL;
  g_auto(GStrv) tools = NULL;
  DaftarSessionDraft draft = { 0 };
  int hour, minute, status;
  gint64 id;
  GDate date;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("Day the work started"), N_("YYYY-MM-DD") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_text, N_("Local time the work started, 24-hour clock"), N_("HH:MM") },
    { "duration", 0, 0, G_OPTION_ARG_STRING, &duration_text, N_("Time worked, e.g. 1:30, 1h30m, 90m or 1.5h"), N_("DURATION") },
    { "paid", 0, 0, G_OPTION_ARG_STRING, &paid_text, N_("Time the platform paid for, when less than worked"), N_("DURATION") },
    { "earned", 0, 0, G_OPTION_ARG_STRING, &earned_text, N_("Amount earned, for per-task projects"), N_("AMOUNT") },
    { "tools", 0, 0, G_OPTION_ARG_STRING, &tools_text, N_("AI tools used, separated by commas"), N_("TOOLS") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note about the work"), N_("TEXT") },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("PROJECT — log a work session"),
                              entries, 1, _("Give the project’s name or number."),
                              &argc, &argv, &status))
    return status;
  if (date_text == NULL || start_text == NULL || duration_text == NULL)
    return daftar_cli_usage_error (cli, _("--date, --start and --duration are required."));

  if (!daftar_cli_parse_date (cli, date_text, &date, &error) ||
      !daftar_time_parse (start_text, &hour, &minute, &error) ||
      !daftar_local_to_utc (&date, hour, minute, tz, &draft.start_utc, &draft.utc_offset, &error))
    return daftar_cli_fail (cli, error);

  if (!daftar_duration_parse (duration_text, &draft.actual_seconds, &error))
    {
      g_prefix_error (&error, "--duration: ");
      return daftar_cli_fail (cli, error);
    }

  if (paid_text != NULL)
    {
      draft.has_paid = TRUE;
      if (!daftar_duration_parse (paid_text, &draft.paid_seconds, &error))
        {
          g_prefix_error (&error, "--paid: ");
          return daftar_cli_fail (cli, error);
        }
    }

  if (!(project = daftar_cli_find_project (cli, argv[1], &error)))
    return daftar_cli_fail (cli, error);

  if (earned_text != NULL)
    {
      draft.has_earned = TRUE;
      if (!daftar_cli_parse_amount (earned_text, project->currency, "--earned", &draft.earned_minor, &error))
        return daftar_cli_fail (cli, error);
    }

  tools = split_tools (tools_text);
  draft.project_id = project->id;
  draft.note = note;
  draft.tools = (const char * const *) tools;

  if (!daftar_store_add_session (cli->store, &draft, &id, &error))
    return daftar_cli_fail (cli, error);

  actual = daftar_cli_duration_text (cli, draft.actual_seconds);
  paid = daftar_cli_duration_text (cli, draft.has_paid ? draft.paid_seconds : draft.actual_seconds);
  number = daftar_format_id (daftar_context_get_format (cli->context), id);
  /* Translators: "Logged session 12: 1:30 on Translation (paid 1:00)." */
  g_print (_("Logged session %s: %s on %s (paid %s).\n"),
           number, actual, project->name, paid);
  return DAFTAR_CLI_OK;
}

/* How the text listing is written.  English keeps the ISO dates and the "12.50 USD" of
 * the first versions, which scripts may read; other languages get their own digits,
 * calendar and currency format.  --json is the same in every locale. */
typedef struct
{
  DaftarCli    *cli;
  DaftarFormat *format;
  gboolean      localized;
  guint         count;
} SessionPrinter;

/* The day on the session's own clock; g_date's Julian day 719163 is 1970-01-01. */
static void
get_local_day (const DaftarSession *s,
               GDate               *out)
{
  gint64 local = s->start_utc + s->utc_offset;
  gint64 days = local / 86400 - (local % 86400 < 0 ? 1 : 0);

  g_date_clear (out, 1);
  g_date_set_julian (out, (guint32) (days + 719163));
}

static gboolean
print_session (const DaftarSession *s,
               gpointer             user_data)
{
  SessionPrinter *printer = user_data;
  DaftarFormat *format = printer->format;
  g_autofree char *id_ascii = g_strdup_printf ("%" G_GINT64_FORMAT, s->id);
  g_autofree char *id = daftar_format_digits (format, id_ascii);
  g_autofree char *date = NULL;
  g_autofree char *clock = daftar_format_time (format, s->start_utc, s->utc_offset);
  g_autofree char *actual = daftar_format_duration (format, s->actual_seconds);
  g_autofree char *paid = daftar_format_duration (format, s->paid_seconds);
  glong id_width = g_utf8_strlen (id, -1);
  GDate day;

  get_local_day (s, &day);
  date = daftar_format_date (format, &day,
                             printer->localized ? DAFTAR_DATE_STYLE_MEDIUM
                                                : DAFTAR_DATE_STYLE_NUMERIC);

  /* The number right-aligned in six columns, counted in characters. */
  g_print ("%*s%s  %s %s  %s  ", id_width < 6 ? (int) (6 - id_width) : 0, "",
           id, date, clock, s->project_name);
  /* Translators: worked and paid durations, e.g. "1:30 worked, 1:00 paid" */
  g_print (_("%s worked, %s paid"), actual, paid);
  if (s->has_earned)
    {
      g_autofree char *earned = daftar_cli_amount_text (printer->cli, s->earned_minor, s->currency);

      g_print (" · %s", earned);
    }
  if (s->tools->len > 0)
    {
      g_print (" · ");
      for (guint i = 0; i < s->tools->len; i++)
        g_print ("%s%s", i ? ", " : "", (const char *) g_ptr_array_index (s->tools, i));
    }
  if (s->note != NULL && s->note[0] != '\0')
    g_print (" · %s", s->note);
  g_print ("\n");

  printer->count++;
  return TRUE;
}

static gboolean
add_session_json (const DaftarSession *s,
                  gpointer             user_data)
{
  json_array_add_element (user_data, daftar_session_to_json (s));
  return TRUE;
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  const DaftarSession *x = *(DaftarSession * const *) a, *y = *(DaftarSession * const *) b;

  if (x->start_utc != y->start_utc)
    return x->start_utc < y->start_utc ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* The sessions in [@from_utc, @to_utc) that the Log's search finds for @search,
 * oldest first, to @func. */
static gboolean
foreach_found_session (DaftarStore              *store,
                       const char               *search,
                       gint64                    from_utc,
                       gint64                    to_utc,
                       DaftarSessionForeachFunc  func,
                       gpointer                  user_data,
                       GError                  **error)
{
  g_autoptr(GArray) keys = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) sessions = NULL;

  if (!(keys = daftar_store_list_session_keys (store, search, error)))
    return FALSE;

  for (guint i = 0; i < keys->len; i++)
    {
      const DaftarSessionKey *key = &g_array_index (keys, DaftarSessionKey, i);

      if (key->start_utc >= from_utc && key->start_utc < to_utc)
        g_array_append_val (ids, key->id);
    }

  if (!(sessions = daftar_store_get_sessions (store, (const gint64 *) ids->data, ids->len, error)))
    return FALSE;

  g_ptr_array_sort (sessions, compare_sessions);
  for (guint i = 0; i < sessions->len; i++)
    if (!func (g_ptr_array_index (sessions, i), user_data))
      break;

  return TRUE;
}

int
daftar_cli_sessions (DaftarCli  *cli,
                     int         argc,
                     char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *search = NULL;
  DaftarFormat *format = NULL;
  SessionPrinter printer = { 0 };
  gboolean json = FALSE;
  GDate from, to;
  gint64 from_utc, to_utc;
  int status;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day, inclusive"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day, inclusive"), N_("YYYY-MM-DD") },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, N_("Only sessions whose note, project or AI tool holds TEXT, in any case"), N_("TEXT") },
    daftar_cli_json_option (&json),
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— list work sessions, oldest first"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;

  if ((from_text != NULL && !daftar_cli_parse_date (cli, from_text, &from, &error)) ||
      (to_text != NULL && !daftar_cli_parse_date (cli, to_text, &to, &error)))
    return daftar_cli_fail (cli, error);

  if (from_text != NULL && to_text != NULL && g_date_compare (&from, &to) > 0)
    {
      g_set_error_literal (&error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("The first day comes after the last day."));
      return daftar_cli_fail (cli, error);
    }

  daftar_date_range_to_utc (from_text ? &from : NULL, to_text ? &to : NULL, tz, &from_utc, &to_utc);

  if (!daftar_cli_open_store (cli, &error))
    return daftar_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonArray) array = json_array_new ();

      if (search != NULL
          ? !foreach_found_session (cli->store, search, from_utc, to_utc, add_session_json, array, &error)
          : !daftar_store_foreach_session (cli->store, from_utc, to_utc, add_session_json, array, &error))
        return daftar_cli_fail (cli, error);
      daftar_cli_print_json_array (array);
      return DAFTAR_CLI_OK;
    }

  format = daftar_context_get_format (cli->context);
  printer.cli = cli;
  printer.format = format;
  printer.localized = daftar_cli_is_localized (cli);
  if (search != NULL
      ? !foreach_found_session (cli->store, search, from_utc, to_utc, print_session, &printer, &error)
      : !daftar_store_foreach_session (cli->store, from_utc, to_utc, print_session, &printer, &error))
    return daftar_cli_fail (cli, error);

  if (printer.count == 0)
    g_print ("%s\n", _("No sessions in this period."));

  return DAFTAR_CLI_OK;
}
