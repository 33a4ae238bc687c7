/* daftar-cli-import.c — daftar-cli import: bring in history, list the imports, undo one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   daftar-cli import FILE [--format F] [--map COLUMN=FIELD…] [--timezone TZ]
 *                          [--skip-bad-rows] [--dry-run] [--json]
 *   daftar-cli import list [--json]
 *   daftar-cli import undo ID
 *
 * A file with bad rows imports nothing unless --skip-bad-rows; each bad row is
 * listed with its line and why, and the command exits 1.
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-cli-private.h"
#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-import.h"
#include "daftar-json.h"
#include "daftar-format.h"
#include "daftar-text.h"

static JsonNode *
result_to_json (const DaftarImportResult *r)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_text (b, "format", daftar_import_format_to_key (r->format));
  daftar_json_add_int_or_null (b, "batch", r->batch_id > 0, r->batch_id);
  daftar_json_add_text (b, "timezone", r->timezone);
  daftar_json_add_int (b, "sessions", r->sessions);
  daftar_json_add_int (b, "payments", r->payments);
  daftar_json_add_int (b, "fees", r->fees);
  daftar_json_add_int (b, "costs", r->costs);
  daftar_json_add_int (b, "other", r->other_records);
  daftar_json_add_int (b, "clients_created", r->clients_created);
  daftar_json_add_int (b, "duplicates", r->duplicates);
  daftar_json_add_strings (b, "projects_created", r->created_projects);
  daftar_json_add_strings (b, "projects_matched", r->matched_projects);

  json_builder_set_member_name (b, "bad_rows");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->bad_rows->len; i++)
    {
      const DaftarImportBadRow *bad = g_ptr_array_index (r->bad_rows, i);

      json_builder_begin_object (b);
      daftar_json_add_int (b, "line", bad->line);
      daftar_json_add_text (b, "reason", bad->reason);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/* @message: a plural chosen for @n, with %s for it */
static void
print_count (DaftarFormat *format,
             const char   *message,
             guint         n)
{
  g_autofree char *count = daftar_format_integer (format, n);
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  if (n == 0)
    return;
  /* The message holds one %s: put the count in without a non-literal format. */
  parts = g_strsplit (message, "%s", 2);
  text = g_strconcat (parts[0], count, parts[1] != NULL ? parts[1] : "", NULL);
  g_print ("  %s\n", text);
}

static void
print_names (const char *label,
             GPtrArray  *names)
{
  if (names->len == 0)
    return;
  g_print ("  %s", label);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *name = daftar_text_isolate (g_ptr_array_index (names, i));

      g_print ("%s%s", i > 0 ? ", " : " ", name);
    }
  g_print ("\n");
}

/* Each bad row on its own line, after a line break. */
static char *
bad_rows_text (DaftarFormat             *format,
               const DaftarImportResult *r)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < r->bad_rows->len; i++)
    {
      const DaftarImportBadRow *bad = g_ptr_array_index (r->bad_rows, i);
      g_autofree char *line = daftar_format_integer (format, bad->line);

      g_string_append_c (text, '\n');
      if (bad->line == 0)
        g_string_append (text, bad->reason);
      else
        /* Translators: a row of the file that can't be imported: its line number, then why. */
        g_string_append_printf (text, _("Line %s: %s"), line, bad->reason);
    }

  return g_string_free (text, FALSE);
}

static void
print_summary (DaftarFormat             *format,
               const DaftarImportResult *r,
               gboolean                  dry_run)
{
  if (dry_run)
    /* Translators: %s is the file's format, like Toggl Track or Upwork. */
    g_print (_("Nothing was written (--dry-run). Importing this file (%s) would add:"),
             daftar_import_format_get_label (r->format));
  else if (r->batch_id > 0)
    {
      g_autofree char *id = daftar_format_integer (format, r->batch_id);

      /* Translators: the import's number, then the file's format, like Toggl Track or Upwork. */
      g_print (_("Imported as import %s (%s):"), id, daftar_import_format_get_label (r->format));
    }
  else
    /* Translators: %s is the file's format, like Toggl Track or Upwork. */
    g_print (_("Nothing new to import from this file (%s)."), daftar_import_format_get_label (r->format));
  g_print ("\n");

  print_count (format, g_dngettext (GETTEXT_PACKAGE, "%s session", "%s sessions", r->sessions), r->sessions);
  print_count (format, g_dngettext (GETTEXT_PACKAGE, "%s payment", "%s payments", r->payments), r->payments);
  print_count (format, g_dngettext (GETTEXT_PACKAGE, "%s platform fee set on its payment", "%s platform fees set on their payments", r->fees), r->fees);
  print_count (format, g_dngettext (GETTEXT_PACKAGE, "%s cost (withdrawal fee, connects, membership or refund)", "%s costs (withdrawal fees, connects, membership or refunds)", r->costs), r->costs);
  print_count (format, g_dngettext (GETTEXT_PACKAGE, "%s other record (tools, exchange rates, fee terms)", "%s other records (tools, exchange rates, fee terms)", r->other_records), r->other_records);
  print_names (_("Projects created:"), r->created_projects);
  print_names (_("Projects matched:"), r->matched_projects);
  print_count (format, g_dngettext (GETTEXT_PACKAGE, "%s client created", "%s clients created", r->clients_created), r->clients_created);
  print_count (format, g_dngettext (GETTEXT_PACKAGE, "%s row skipped: imported before", "%s rows skipped: imported before", r->duplicates), r->duplicates);
  print_count (format, g_dngettext (GETTEXT_PACKAGE, "%s bad row skipped", "%s bad rows skipped", r->bad_rows->len), r->bad_rows->len);
}

static gboolean
parse_map (char       **map,
           GHashTable **out,
           GError     **error)
{
  g_autoptr(GHashTable) mapping = NULL;

  if (map == NULL)
    return TRUE;

  mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; map[i] != NULL; i++)
    {
      const char *eq = strrchr (map[i], '=');
      DaftarImportField field;

      if (eq == NULL || eq == map[i] || !daftar_import_field_from_key (eq + 1, &field))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” is not COLUMN=FIELD. FIELD is one of date, start, end, duration, amount, "
                         "currency, project, note or ignore."), map[i]);
          return FALSE;
        }
      g_hash_table_insert (mapping, g_strndup (map[i], eq - map[i]), GUINT_TO_POINTER (field));
    }

  *out = g_steal_pointer (&mapping);
  return TRUE;
}

static int
import_file (DaftarCli  *cli,
             int         argc,
             char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFormat) format = NULL;
  g_autoptr(DaftarImportResult) result = NULL;
  g_autoptr(GHashTable) mapping = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autofree char *format_key = NULL;
  g_autofree char *zone_name = NULL;
  g_autofree char *currency = NULL;
  g_auto(GStrv) map = NULL;
  gboolean skip = FALSE, dry_run = FALSE, json = FALSE;
  DaftarImportOptions options = { 0 };
  int status;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_key,
      N_("auto, toggl, clockify, harvest, upwork, daftar or csv"), N_("FORMAT") },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &map,
      N_("What a column of another CSV holds: date, start, end, duration, amount, currency, project, note or ignore"),
      N_("COLUMN=FIELD") },
    { "timezone", 0, 0, G_OPTION_ARG_STRING, &zone_name,
      N_("Read the file’s times in this time zone (default: this computer’s)"), N_("TZ") },
    { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, &skip, N_("Import the other rows when some can’t be"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would be imported, write nothing"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the summary as JSON"), NULL },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("FILE — import time entries or payments from another tool"),
                              entries, 1, _("Name one file to import."),
                              &argc, &argv, &status))
    return status;

  options.format = DAFTAR_IMPORT_FORMAT_AUTO;
  if (format_key != NULL && !daftar_import_format_from_key (format_key, &options.format))
    return daftar_cli_usage_error (cli,
                                   _("Choose --format auto, toggl, clockify, harvest, upwork, daftar or csv."));
  if (!parse_map (map, &mapping, &error))
    return daftar_cli_usage_error (cli, error->message);
  if (mapping != NULL)
    options.format = DAFTAR_IMPORT_FORMAT_CSV;

  if (zone_name != NULL)
    {
      tz = g_time_zone_new_identifier (zone_name);
      if (tz == NULL)
        return daftar_cli_usage_error (cli,
                                       _("Unknown time zone. Name one like Asia/Tehran, Europe/Berlin or UTC."));
    }

  if (!daftar_cli_open_store (cli, &error) ||
      !(currency = daftar_cli_default_currency (cli, &error)))
    return daftar_cli_fail (cli, error);

  format = daftar_format_new_from_environment ();

  options.timezone = tz;
  options.currency = currency;
  options.skip_bad_rows = skip;
  options.dry_run = dry_run;
  options.mapping = mapping;

  if (!(result = daftar_import_file (cli->store, argv[1], &options, &error)))
    {
      if (g_error_matches (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_NEEDS_MAPPING))
        {
          g_auto(GStrv) header = daftar_import_peek_header (argv[1], NULL);

          daftar_cli_fail (cli, error);
          if (header != NULL)
            {
              g_printerr ("%s\n", _("Its columns:"));
              for (guint i = 0; header[i] != NULL; i++)
                g_printerr ("  %s\n", header[i]);
              g_printerr ("%s\n", _("Name them with --map, e.g. --map Date=date --map Hours=duration."));
            }
          return DAFTAR_CLI_FAILED;
        }
      return daftar_cli_fail (cli, error);
    }

  if (result->bad_rows->len > 0 && !skip)
    {
      g_autofree char *count = daftar_format_integer (format, result->bad_rows->len);
      g_autofree char *rows = bad_rows_text (format, result);
      g_autoptr(GError) refused = NULL;

      /* One message: why nothing was imported, then each row. */
      refused = g_error_new (DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_BAD_ROWS,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "%s row can’t be imported, so nothing was. Correct it, or add --skip-bad-rows to import the others.",
                                          "%s rows can’t be imported, so nothing was. Correct them, or add --skip-bad-rows to import the others.",
                                          result->bad_rows->len), count);
      {
        g_autofree char *message = g_strconcat (refused->message, rows, NULL);

        g_free (refused->message);
        refused->message = g_steal_pointer (&message);
      }
      if (json)
        {
          g_autoptr(JsonNode) node = result_to_json (result);

          daftar_cli_print_json (node);
        }
      return daftar_cli_fail (cli, refused);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = result_to_json (result);

      daftar_cli_print_json (node);
    }
  else
    {
      g_autofree char *rows = bad_rows_text (format, result);

      print_summary (format, result, dry_run);
      if (*rows != '\0')
        g_print ("%s\n", rows + 1);
    }

  return DAFTAR_CLI_OK;
}

static int
import_list (DaftarCli  *cli,
             int         argc,
             char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(DaftarFormat) format = NULL;
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the imports as JSON"), NULL },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— list the imports, oldest first"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;

  if (!daftar_cli_open_store (cli, &error) ||
      !(batches = daftar_import_list_batches (cli->store, &error)))
    return daftar_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; i < batches->len; i++)
        {
          const DaftarImportBatch *batch = g_ptr_array_index (batches, i);
          g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (batch->imported_utc);
          g_autofree char *stamp = g_date_time_format_iso8601 (when);

          json_builder_begin_object (b);
          daftar_json_add_int (b, "id", batch->id);
          daftar_json_add_text (b, "source", batch->source);
          daftar_json_add_text (b, "file", batch->file_name);
          daftar_json_add_text (b, "imported_at", stamp);
          daftar_json_add_int (b, "created", batch->created);
          daftar_json_add_int (b, "matched", batch->matched);
          daftar_json_add_int (b, "duplicates", batch->duplicates);
          daftar_json_add_int (b, "refused", batch->refused);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      daftar_cli_print_json (root);
      return DAFTAR_CLI_OK;
    }

  if (batches->len == 0)
    {
      g_print ("%s\n", _("Nothing has been imported."));
      return DAFTAR_CLI_OK;
    }

  format = daftar_format_new_from_environment ();
  for (guint i = 0; i < batches->len; i++)
    {
      const DaftarImportBatch *batch = g_ptr_array_index (batches, i);
      DaftarImportFormat source = DAFTAR_IMPORT_FORMAT_CSV;
      g_autofree char *id = daftar_format_integer (format, batch->id);
      g_autofree char *created = daftar_format_integer (format, batch->created);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (batch->imported_utc);
      g_autoptr(GDateTime) local = g_date_time_to_local (utc);
      g_autofree char *day = NULL;
      GDate date;

      daftar_import_format_from_key (batch->source, &source);
      daftar_date_from_date_time (local, &date);
      day = daftar_format_date (format, &date, DAFTAR_DATE_STYLE_MEDIUM);
      /* Translators: an import: its number, the format, the file's name, the day, what it created. */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%s  %s  %s  %s, %s record", "%s  %s  %s  %s, %s records",
                            batch->created),
               id, daftar_import_format_get_label (source), batch->file_name, day, created);
      g_print ("\n");
    }

  return DAFTAR_CLI_OK;
}

static int
import_undo (DaftarCli  *cli,
             int         argc,
             char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFormat) format = NULL;
  g_autofree char *shown = NULL;
  gint64 id;
  int status;

  if (!daftar_cli_parse_args (cli, NULL, _("ID — remove what an import added"),
                              NULL, -1, NULL, &argc, &argv, &status))
    return status;
  if (argc != 2 || !g_ascii_string_to_signed (argv[1], 10, 1, G_MAXINT64, &id, NULL))
    return daftar_cli_usage_error (cli, _("Name the import to undo by its number, from “daftar-cli import list”."));

  format = daftar_format_new_from_environment ();
  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_import_undo (cli->store, id, &error))
    return daftar_cli_fail (cli, error);

  shown = daftar_format_integer (format, id);
  g_print (_("Import %s was undone: what it added is gone."), shown);
  g_print ("\n");
  return DAFTAR_CLI_OK;
}

/* The subcommands, each with its line of the usage */
const DaftarCliSubcommand daftar_cli_import_subcommands[] = {
  { NULL, import_file, N_("Usage: daftar-cli import FILE [--format FORMAT] [--map COLUMN=FIELD…] [--timezone TZ] [--skip-bad-rows] [--dry-run] [--json]") },
  { "list", import_list, N_("       daftar-cli import list [--json]") },
  { "undo", import_undo, N_("       daftar-cli import undo ID") },
  { NULL }
};
