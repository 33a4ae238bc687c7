/* daftar-cli-demo.c — daftar-cli demo: a large made-up ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "daftar-cli-private.h"
#include "daftar-dates.h"
#include "daftar-demo.h"
#include "daftar-digits.h"
#include "daftar-format.h"

static gboolean
parse_count (const char  *text,
             const char  *option,
             gint64       min,
             gint64       max,
             gint64      *out,
             DaftarFormat *format,
             GError     **error)
{
  g_autofree char *norm = daftar_digits_normalize (text);
  guint64 value;

  if (norm == NULL ||
      !g_ascii_string_to_unsigned (norm, 10, (guint64) min, (guint64) max, &value, NULL))
    {
      g_autofree char *lowest = daftar_format_integer (format, min);
      g_autofree char *highest = daftar_format_integer (format, max);

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: the first %s is an option such as --sessions; the
                    * others are numbers. */
                   _("%s needs a whole number from %s to %s."), option, lowest, highest);
      return FALSE;
    }

  *out = (gint64) value;
  return TRUE;
}

int
daftar_cli_demo (DaftarCli  *cli,
                 int         argc,
                 char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sessions_text = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *until_text = NULL;
  gboolean append = FALSE;
  DaftarDemoOptions options = { .seed = 1 };
  DaftarDemoStats stats;
  gint64 seed = 1;
  gint64 t0;
  int status;
  g_autofree char *first = NULL;
  GOptionEntry entries[] = {
    { "sessions", 0, 0, G_OPTION_ARG_STRING, &sessions_text, N_("How many work sessions to write"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, N_("Seed of the random choices (default 1): the same seed gives the same ledger"), N_("S") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until_text, N_("Last day of the ledger (default: yesterday)"), N_("YYYY-MM-DD") },
    { "append", 0, 0, G_OPTION_ARG_NONE, &append, N_("Add to a ledger that already has projects"), NULL },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— fill the ledger with made-up work, for trying and measuring"),
                              entries, 0, _("demo takes no arguments, only options."),
                              &argc, &argv, &status))
    return status;
  if (sessions_text == NULL)
    return daftar_cli_usage_error (cli, _("--sessions is required."));

  if (!parse_count (sessions_text, "--sessions", 1, DAFTAR_DEMO_MAX_SESSIONS, &options.n_sessions,
                    daftar_context_get_format (cli->context), &error) ||
      (seed_text != NULL && !parse_count (seed_text, "--seed", 0, G_MAXUINT32, &seed,
                                           daftar_context_get_format (cli->context), &error)))
    return daftar_cli_usage_error (cli, error->message);
  options.seed = (guint32) seed;
  options.append = append;

  if (until_text != NULL)
    {
      if (!daftar_cli_parse_date (cli, until_text, &options.last_day, &error))
        {
          g_prefix_error (&error, "--until: ");
          return daftar_cli_fail (cli, error);
        }
    }
  else
    {
      daftar_context_today (cli->context, &options.last_day);
      g_date_subtract_days (&options.last_day, 1);
    }

  if (!daftar_cli_open_store (cli, &error))
    return daftar_cli_fail (cli, error);

  t0 = g_get_monotonic_time ();
  if (!daftar_demo_fill (cli->store, &options, &stats, &error))
    return daftar_cli_fail (cli, error);

  first = daftar_cli_date_text (cli, &stats.first_day);
  {
    DaftarFormat *format = daftar_context_get_format (cli->context);
    g_autofree char *sessions = daftar_format_integer (format, stats.n_sessions);
    g_autofree char *projects = daftar_format_integer (format, stats.n_projects);
    g_autofree char *payments = daftar_format_integer (format, stats.n_payments);
    g_autofree char *rates = daftar_format_integer (format, stats.n_rates);
    g_autofree char *seconds = daftar_format_decimal_trimmed (format, (g_get_monotonic_time () - t0) / 100000, 1);

    /* Translators: "Wrote 1000000 sessions, 12 projects, 720 payments and 120 exchange
     * rates from 2021-11-23 in 42.0 s.", the numbers in the user's digits */
    g_print (_("Wrote %s sessions, %s projects, %s payments and %s exchange rates from %s in %s s.\n"),
             sessions, projects, payments, rates, first, seconds);
  }
  return DAFTAR_CLI_OK;
}
