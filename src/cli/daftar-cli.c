/* daftar-cli.c — the command-line companion: entry point and shared helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "daftar-cli-private.h"
#include "daftar-date-format.h"
#include "daftar-digits.h"
#include "daftar-duration.h"
#include "daftar-format-typed.h"
#include "daftar-rates.h"
#include "daftar-format-settings.h"
#include "daftar-i18n.h"
#include "daftar-format.h"
#include "daftar-money-format.h"
#include "daftar-store-report.h"
#include "daftar-dates.h"
#include "daftar-json.h"
#include "daftar-text.h"

/* A command: a function, or subcommands ("project add") that dispatch() runs */
typedef struct
{
  const char                *name;
  DaftarCliCommandFunc       func;
  const DaftarCliSubcommand *subcommands;
  const char                *synopsis;
} Command;

static const Command commands[] = {
  { "project",  NULL, daftar_cli_project_subcommands, N_("Add or list projects") },
  { "log",      daftar_cli_log, NULL, N_("Log a work session") },
  { "pay",      daftar_cli_pay, NULL, N_("Record a payment received") },
  { "tool",     NULL, daftar_cli_tool_subcommands, N_("Add or list AI tools") },
  { "sessions", daftar_cli_sessions, NULL, N_("List work sessions") },
  { "export",   daftar_cli_export, NULL, N_("Export the whole ledger as JSON or CSV") },
  { "import",   NULL, daftar_cli_import_subcommands, N_("Import from Toggl, Clockify, Harvest, Upwork, a Daftar export or another CSV") },
  { "report",   daftar_cli_report, NULL, N_("Gross, fees, net and hourly rates over a period") },
  { "invoice",  NULL, daftar_cli_invoice_subcommands, N_("Bill a project's or a client's sessions as a PDF; list invoices") },
  { "rate",     NULL, daftar_cli_rate_subcommands, N_("Add or list exchange rates") },
  { "fee",      NULL, daftar_cli_fee_subcommands, N_("Show or set a project’s fees; list the fee rules") },
  { "timer",    NULL, daftar_cli_timer_subcommands, N_("Start, stop, show or discard the running timer") },
  { "demo",     daftar_cli_demo, NULL, N_("Fill the ledger with made-up work, for trying and measuring") },
  { "market",   daftar_cli_market, NULL, N_("List market rates, compare yours, refresh the data") },
  { "guidance", daftar_cli_guidance, NULL, N_("What the sources say about your work, and what to do next") },
  { "goal",     NULL, daftar_cli_goal_subcommands, N_("Set or show the monthly income, weekly hours and rate goals") },
};

DaftarStore *
daftar_cli_open_store (DaftarCli  *cli,
                       GError    **error)
{
  if (cli->store == NULL)
    {
      g_autofree char *path = cli->db_path ? g_strdup (cli->db_path) : daftar_store_default_path ();

      cli->store = daftar_store_open_with_format (path, daftar_context_get_format (cli->context), error);
      if (cli->store != NULL)
        daftar_context_set_store (cli->context, cli->store);
    }

  return cli->store;
}

int
daftar_cli_fail (DaftarCli    *cli,
                 const GError *error)
{
  g_printerr ("daftar-cli: %s\n", error->message);
  return DAFTAR_CLI_FAILED;
}

/* Opens the ledger, if it is not yet, and finds a project by name or number. */
DaftarProject *
daftar_cli_find_project (DaftarCli   *cli,
                         const char  *name_or_id,
                         GError     **error)
{
  if (!daftar_cli_open_store (cli, error))
    return NULL;

  return daftar_store_find_project (cli->store, name_or_id, error);
}

int
daftar_cli_usage_error (DaftarCli  *cli,
                        const char *message)
{
  g_printerr ("daftar-cli %s: %s\n", cli->command_name, message);
  g_printerr (_("Run “daftar-cli %s --help” to see how to use it.\n"), cli->command_name);
  return DAFTAR_CLI_USAGE;
}

/* The --json option, "Print JSON", for a command's entries */
GOptionEntry
daftar_cli_json_option (gboolean *json)
{
  GOptionEntry entry = { "json", 0, 0, G_OPTION_ARG_NONE, json, N_("Print JSON"), NULL };

  return entry;
}

/**
 * daftar_cli_parse_args:
 * @name: (nullable): the command's name for messages, "project add"; %NULL keeps
 *   the one it has
 * @parameter: the translated line --help shows after the name, "NAME — add a project"
 * @entries: (nullable): the command's options, ending with `{ NULL }`
 * @n_args: how many arguments the command takes after its name, or -1 to check
 *   them itself
 * @wrong_args: (nullable): the translated usage error for another number of
 *   arguments; %NULL for "This command takes no arguments."
 * @out_status: (out): the exit status when this returns %FALSE
 *
 * Parses a command's options and counts its arguments; --help ends the command
 * with success.
 */
gboolean
daftar_cli_parse_args (DaftarCli      *cli,
                       const char     *name,
                       const char     *parameter,
                       GOptionEntry   *entries,
                       int             n_args,
                       const char     *wrong_args,
                       int            *argc,
                       char         ***argv,
                       int            *out_status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = NULL;

  if (name != NULL)
    cli->command_name = name;
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  prgname = g_strdup_printf ("daftar-cli %s", cli->command_name);
  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *out_status = daftar_cli_usage_error (cli, error->message);
      return FALSE;
    }

  /* GOption stops at "--" but leaves it among the arguments: take it out, so that
   * a name or note after it may start with a dash ("-- -draft"). */
  for (int i = 1; i < *argc; i++)
    {
      if (g_str_equal ((*argv)[i], "--"))
        {
          memmove (&(*argv)[i], &(*argv)[i + 1], (size_t) (*argc - i - 1) * sizeof (char *));
          (*argc)--;
          (*argv)[*argc] = NULL;
          break;
        }
    }

  if (n_args >= 0 && *argc != n_args + 1)
    {
      *out_status = daftar_cli_usage_error (cli, wrong_args != NULL ? wrong_args
                                                                    : _("This command takes no arguments."));
      return FALSE;
    }

  return TRUE;
}

/**
 * dispatch:
 * @subcommands: the command's subcommands, ending with `{ NULL }`
 *
 * Runs the subcommand @argv[1] names, else the command's own form when it has one
 * and is given anything but --help; else prints the usage, on standard output with
 * success after --help, on standard error as a usage error otherwise.
 */
static int
dispatch (DaftarCli                 *cli,
          int                        argc,
          char                     **argv,
          const DaftarCliSubcommand *subcommands)
{
  gboolean help = argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"));
  DaftarCliPrintFunc print = help ? g_print : g_printerr;
  DaftarCliCommandFunc own = NULL;

  for (guint i = 0; subcommands[i].usage != NULL; i++)
    {
      if (subcommands[i].name == NULL)
        own = subcommands[i].func;
      else if (argc >= 2 && g_str_equal (argv[1], subcommands[i].name))
        return subcommands[i].func (cli, argc - 1, argv + 1);
    }

  if (own != NULL && argc >= 2 && !help)
    return own (cli, argc, argv);

  for (guint i = 0; subcommands[i].usage != NULL; i++)
    print ("%s\n", _(subcommands[i].usage));
  return help ? DAFTAR_CLI_OK : DAFTAR_CLI_USAGE;
}

void
daftar_cli_print_json (JsonNode *node)
{
  g_autofree char *text = daftar_json_to_text (node, TRUE);

  g_print ("%s\n", text);
}

/* Prints @array, a list of records, as the JSON root. */
void
daftar_cli_print_json_array (JsonArray *array)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);

  json_node_set_array (root, array);
  daftar_cli_print_json (root);
}

/**
 * daftar_cli_parse_amount:
 * @option: the option's name, for the message
 * @format: the digits of the message's numbers: the context's
 *
 * Parses a non-negative amount in @currency, any digit system.
 */
gboolean
daftar_cli_parse_amount (const char  *text,
                         const char  *currency,
                         const char  *option,
                         gint64      *out_minor,
                         DaftarFormat *format,
                         GError     **error)
{
  DaftarMoney money;

  if (!daftar_money_parse (text, currency, DAFTAR_MONEY_PARSE_DEFAULT, &money, format, error))
    {
      g_prefix_error (error, "%s: ", option);
      return FALSE;
    }

  *out_minor = money.minor;
  return TRUE;
}

char *
daftar_cli_money_string (gint64      minor,
                         const char *currency)
{
  DaftarMoney money = { .minor = minor };
  g_autofree char *number = NULL;

  g_strlcpy (money.currency, currency, sizeof money.currency);
  number = daftar_money_to_decimal_string (&money);
  return g_strdup_printf ("%s %s", number, currency);
}

/**
 * daftar_cli_is_localized:
 *
 * Returns: whether daftar-cli speaks a language other than English, and writes
 *   its figures as that language does rather than as the parsers read them
 */
gboolean
daftar_cli_is_localized (DaftarCli *cli)
{
  return !g_str_has_prefix (daftar_format_get_locale (daftar_context_get_format (cli->context)), "en_");
}

/**
 * daftar_cli_amount_text:
 *
 * Returns: (transfer full): "120.00 USD" in English, "‎$۱۲۰٫۰۰" in Persian
 */
char *
daftar_cli_amount_text (DaftarCli  *cli,
                        gint64      minor,
                        const char *currency)
{
  if (!daftar_cli_is_localized (cli))
    return daftar_cli_money_string (minor, currency);
  return daftar_format_money_minor (daftar_context_get_format (cli->context), minor, currency);
}

/**
 * daftar_cli_date_text:
 *
 * Returns: (transfer full): "2025-03-21" in English, "۱۴۰۴/۰۱/۰۱" in Persian: the
 *   user's calendar, as they would type it back
 */
char *
daftar_cli_date_text (DaftarCli   *cli,
                      const GDate *date)
{
  char iso[DAFTAR_DAY_ISO_LEN];

  if (daftar_cli_is_localized (cli))
    return daftar_format_date (daftar_context_get_format (cli->context), date, DAFTAR_DATE_STYLE_NUMERIC);
  daftar_day_to_iso (daftar_day_from_date (date), iso);
  return g_strdup (iso);
}

char *
daftar_cli_day_text (DaftarCli *cli,
                     DaftarDay  day)
{
  GDate date;

  daftar_day_to_date (day, &date);
  return daftar_cli_date_text (cli, &date);
}

/**
 * daftar_cli_duration_text:
 *
 * Returns: (transfer full): "1:30", "۱:۳۰" in Persian
 */
char *
daftar_cli_duration_text (DaftarCli *cli,
                          gint64     seconds)
{
  g_autofree char *clock = daftar_duration_to_string (seconds);

  return daftar_format_for_entry (daftar_context_get_format (cli->context), clock);
}

/**
 * daftar_cli_moment_text:
 *
 * Returns: (transfer full): "2025-03-21T09:30:00+03:30" in English, the date and
 *   time the user reads otherwise: "۱۴۰۴/۰۱/۰۱ ۱۳:۰۰"
 */
char *
daftar_cli_moment_text (DaftarCli *cli,
                        gint64     utc,
                        gint32     offset)
{
  DaftarFormat *format = daftar_context_get_format (cli->context);
  g_autoptr(GDateTime) moment = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  GDate date;

  if (!daftar_cli_is_localized (cli))
    return daftar_utc_to_iso_local (utc, offset);

  moment = g_date_time_new_from_unix_utc (utc + offset);
  if (moment == NULL)
    return daftar_utc_to_iso_local (utc, offset);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (moment), g_date_time_get_month (moment),
                  g_date_time_get_year (moment));
  day = daftar_format_date (format, &date, DAFTAR_DATE_STYLE_NUMERIC);
  time = daftar_format_time (format, utc, offset);
  /* Translators: a moment: a date, then a time, "2025-03-21 09:30" */
  return g_strdup_printf (C_("moment", "%s %s"), day, time);
}

/**
 * daftar_cli_rate_text:
 *
 * Returns: (transfer full): "1 EUR = 1.08000000 USD" in English; in the user's
 *   digits otherwise, isolated to read left to right as an equation inside a
 *   right-to-left sentence: "⁦۱ EUR = ۱٫۰۸ USD⁩"
 */
char *
daftar_cli_rate_text (DaftarCli  *cli,
                      const char *base,
                      gint64      rate_e8,
                      const char *quote)
{
  DaftarFormat *format = daftar_context_get_format (cli->context);
  g_autofree char *one = NULL;
  g_autofree char *value = NULL;

  if (!daftar_cli_is_localized (cli))
    {
      value = daftar_rate_to_string (rate_e8);
      return g_strdup_printf ("1 %s = %s %s", base, value, quote);
    }
  one = daftar_format_integer (format, 1);
  value = daftar_format_decimal_trimmed (format, rate_e8, 8);
  return g_strdup_printf ("\u2066%s %s = %s %s\u2069", one, base, value, quote);
}

/* The app's settings (GIO, no GTK), or NULL when its schema is not installed. */
static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * daftar_cli_get_settings:
 * @key: a key the caller needs
 *
 * Returns: (transfer none) (nullable): the context's settings, or %NULL when the
 *   app's schema, or one with @key, is not installed
 */
GSettings *
daftar_cli_get_settings (DaftarCli  *cli,
                         const char *key)
{
  GSettings *settings = daftar_context_get_settings (cli->context);
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return g_settings_schema_has_key (schema, key) ? settings : NULL;
}

/**
 * daftar_cli_parse_date:
 * @text: a date as typed after --date, --from, --to…
 *
 * Reads a date as the app does: ISO (2025-03-21, in any digits), or year
 * first in the user's calendar when it is not the Gregorian one
 * (۱۴۰۴/۰۱/۰۱ in Persian is 2025-03-21).
 */
gboolean
daftar_cli_parse_date (DaftarCli   *cli,
                       const char  *text,
                       GDate       *out,
                       GError     **error)
{
  if (daftar_format_get_calendar (daftar_context_get_format (cli->context)) != DAFTAR_CALENDAR_GREGORIAN)
    {
      g_autofree char *normal = daftar_digits_normalize (text);

      /* Years before 1700 are the calendar's own (see daftar_format_parse_date()). */
      if (strspn (normal, "0123456789") == 4 && g_ascii_strtoull (normal, NULL, 10) < 1700)
        return daftar_format_parse_date (daftar_context_get_format (cli->context), text, out, error);
    }

  return daftar_date_parse_iso (text, out, error);
}

/* Shorter names for --period, as people say them, and the periods they name. */
static const char * const period_aliases[] = { "day", "week", "month", "quarter", "year" };
static const DaftarPeriodKind period_alias_kinds[G_N_ELEMENTS (period_aliases)] = {
  DAFTAR_PERIOD_TODAY,
  DAFTAR_PERIOD_THIS_WEEK,
  DAFTAR_PERIOD_THIS_MONTH,
  DAFTAR_PERIOD_THIS_QUARTER,
  DAFTAR_PERIOD_THIS_YEAR,
};

/**
 * daftar_cli_read_period:
 * @text: (nullable): --period as given: a key of daftar-period.h, or a short alias;
 *   %NULL leaves @kind at the command's default
 * @out_status: (out): the exit status when this returns %FALSE
 *
 * Reads --period; one it does not know is a usage error that sends to the command's
 * --help for the list.
 */
gboolean
daftar_cli_read_period (DaftarCli        *cli,
                        const char       *text,
                        DaftarPeriodKind *kind,
                        int              *out_status)
{
  g_autofree char *message = NULL;
  guint alias;

  if (text == NULL)
    return TRUE;
  if (daftar_keys_lookup (period_aliases, G_N_ELEMENTS (period_aliases), text, DAFTAR_KEYS_ANY_CASE, &alias))
    {
      *kind = period_alias_kinds[alias];
      return TRUE;
    }
  if (daftar_period_kind_from_key (text, kind))
    return TRUE;

  /* Translators: %s is the command, such as "report" or "market compare" */
  message = g_strdup_printf (_("Unknown period. Run “daftar-cli %s --help” for the list."), cli->command_name);
  *out_status = daftar_cli_usage_error (cli, message);
  return FALSE;
}

/**
 * daftar_cli_read_period_currency:
 * @currency_text: (nullable): --currency as given; %NULL leaves @code ""
 * @code: (out caller-allocates): the currency code, "" for the home currency
 *
 * Reads --period as daftar_cli_read_period() does, then --currency, for the commands
 * that look at a period's money in one currency.
 */
gboolean
daftar_cli_read_period_currency (DaftarCli        *cli,
                                 const char       *period_text,
                                 DaftarPeriodKind *kind,
                                 const char       *currency_text,
                                 char              code[4],
                                 int              *out_status)
{
  g_autoptr(GError) error = NULL;

  if (!daftar_cli_read_period (cli, period_text, kind, out_status))
    return FALSE;
  if (currency_text != NULL && !daftar_currency_normalize (currency_text, code, &error))
    {
      *out_status = daftar_cli_fail (cli, error);
      return FALSE;
    }
  return TRUE;
}

/* The home currency when --currency is not given: daftar_store_get_home_currency(),
 * with the app's settings when they are installed. */
char *
daftar_cli_default_currency (DaftarCli  *cli,
                             GError    **error)
{
  return daftar_store_get_home_currency (cli->store, daftar_cli_get_settings (cli, "home-currency"), error);
}

/* The currency of a report: @code, --currency as normalized, or the home currency
 * when it is "" (not given). */
char *
daftar_cli_currency (DaftarCli   *cli,
                     const char  *code,
                     GError     **error)
{
  if (code[0] != '\0')
    return g_strdup (code);

  return daftar_cli_default_currency (cli, error);
}

static void
print_help (gboolean usage_error)
{
  /* A usage mistake gets the help on standard error, with exit status 2. */
  DaftarCliPrintFunc print = usage_error ? g_printerr : g_print;

  print ("%s\n\n", _("Usage: daftar-cli [--db PATH] COMMAND [OPTIONS…]"));
  print ("%s\n\n", _("Daftar’s command-line companion: log freelance work and read the ledger."));
  print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    print ("  %-10s %s\n", commands[i].name, _(commands[i].synopsis));
  print ("\n%s\n", _("Options:"));
  print ("  --db PATH   %s\n", _("Use the ledger at PATH (default: $DAFTAR_DB, or the app’s own ledger)"));
  print ("  --version   %s\n", _("Show the version and exit"));
  print ("  --help      %s\n\n", _("Show this help and exit"));
  print ("%s\n", _("Run “daftar-cli COMMAND --help” for a command’s options."));
}

/* Everything daftar-cli prints passes here: names and notes from the ledger
 * may hold anything, and none of it may drive the terminal. */
static void
print_safely (FILE       *stream,
              const char *text)
{
  g_autofree char *safe = daftar_text_for_terminal (text, -1);
  const char *charset;

  if (g_get_charset (&charset))
    fputs (safe, stream);
  else
    {
      g_autofree char *converted = g_convert_with_fallback (safe, -1, charset, "UTF-8", "?",
                                                            NULL, NULL, NULL);

      fputs (converted != NULL ? converted : safe, stream);
    }
  fflush (stream);
}

static void
print_to_stdout (const char *text)
{
  print_safely (stdout, text);
}

static void
print_to_stderr (const char *text)
{
  print_safely (stderr, text);
}

int
main (int    argc,
      char **argv)
{
  DaftarCli cli = { 0 };
  g_autofree char *db_path = NULL;
  int first = 1;
  int status;

  daftar_i18n_init (g_getenv ("DAFTAR_LOCALEDIR") ? g_getenv ("DAFTAR_LOCALEDIR") : LOCALEDIR);
  g_set_print_handler (print_to_stdout);
  g_set_printerr_handler (print_to_stderr);

  /* Global options come before the command. */
  while (first < argc && argv[first][0] == '-')
    {
      const char *arg = argv[first];

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_help (FALSE);
          return DAFTAR_CLI_OK;
        }
      else if (g_str_equal (arg, "--version"))
        {
          g_print ("daftar-cli %s\n", PACKAGE_VERSION);
          return DAFTAR_CLI_OK;
        }
      else if (g_str_equal (arg, "--db") && first + 1 < argc)
        {
          g_free (db_path);
          db_path = g_strdup (argv[first + 1]);
          first += 2;
        }
      else if (g_str_has_prefix (arg, "--db="))
        {
          g_free (db_path);
          db_path = g_strdup (arg + strlen ("--db="));
          first += 1;
        }
      else
        {
          g_printerr (_("daftar-cli: unknown option “%s”. Run “daftar-cli --help” for usage.\n"), arg);
          return DAFTAR_CLI_USAGE;
        }
    }

  if (db_path != NULL && db_path[0] == '\0')
    {
      g_printerr ("%s\n", _("daftar-cli: --db needs the path of a ledger file."));
      return DAFTAR_CLI_USAGE;
    }

  cli.db_path = db_path;

  if (first >= argc)
    {
      print_help (TRUE);
      return DAFTAR_CLI_USAGE;
    }

  /* The ledger is opened only by the commands that need it. The output's
   * numbers and dates follow the app's preferences (digits, calendar), as the
   * context builds its format from the settings. */
  {
    g_autoptr(GSettings) settings = open_settings ();

    cli.context = daftar_context_new (NULL, settings);
  }

  status = -1;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[first], commands[i].name))
        {
          cli.command_name = commands[i].name;
          status = commands[i].subcommands != NULL
                   ? dispatch (&cli, argc - first, argv + first, commands[i].subcommands)
                   : commands[i].func (&cli, argc - first, argv + first);
          break;
        }
    }

  if (status < 0)
    {
      g_printerr (_("daftar-cli: unknown command “%s”. Run “daftar-cli --help” for the list.\n"),
                  argv[first]);
      status = DAFTAR_CLI_USAGE;
    }

  /* Closed even if a reference lingers: the ledger is left one file. */
  if (cli.store != NULL)
    daftar_store_close (cli.store, NULL);
  g_clear_object (&cli.context);
  g_clear_object (&cli.store);
  return status;
}
