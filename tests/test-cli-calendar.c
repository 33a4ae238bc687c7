/* test-cli-calendar.c — daftar-cli in the user's calendar and digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * daftar-cli reads the same preferences as the app (`persian-calendar`,
 * `arabic-calendar`, `latin-digits`, here from a keyfile backend), takes dates
 * typed in the user's calendar, and gives Arabic the calendar of its region.
 * Every run is on a machine with no generated locale: LOCPATH names an empty
 * folder, so glibc sees only C.UTF-8.
 */
#include "config.h"

#include <glib.h>

#include "daftar-test-cli.h"
#include "daftar-test-util.h"

static char *empty_locale_dir;

/* Runs daftar-cli on @ledger in @locale, with the settings in @keys (a keyfile
 * group's lines, or NULL for the defaults). */
static CliRun *
run_in (const Ledger *ledger,
        const char   *locale,
        const char   *keys,
        const char   *first_arg,
        ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *settings_dir = g_build_filename (ledger->dir, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (settings_dir, "keyfile", NULL);
  g_autofree char *group = g_strdelimit (g_strdup (APP_ID), ".", '/');
  g_autofree char *contents = g_strdup_printf ("[%s]\n%s\n", group, keys != NULL ? keys : "");
  const char *env[] = { "LOCPATH", empty_locale_dir, "LANG", locale, "LC_ALL", locale,
                        "DAFTAR_LOCALEDIR", g_getenv ("DAFTAR_LOCALEDIR"),
                        "GSETTINGS_BACKEND", "keyfile", "XDG_CONFIG_HOME", ledger->dir, NULL };
  va_list ap;

  g_assert_cmpint (g_mkdir_with_parents (settings_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (keyfile, contents, -1, NULL));

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, ledger->db);
  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return run_cliv (ledger, env, (const char * const *) args->pdata);
}

static Ledger *
ledger_with_project (void)
{
  Ledger *ledger = ledger_new ();
  g_autoptr(CliRun) added = run_in (ledger, "C.UTF-8", NULL, "project", "add", "Outlier eval",
                                    "--platform", "Outlier", "--category", "ai-training",
                                    "--pricing", "hourly", "--currency", "USD", "--rate", "40", NULL);

  expect_success (added, NULL);
  return ledger;
}

/* The day of the only session, as sessions --json gives it (UTC, ISO) */
static void
assert_session_day (const Ledger *ledger,
                    const char   *iso_day)
{
  g_autoptr(CliRun) listed = run_in (ledger, "C.UTF-8", NULL, "sessions", "--json", NULL);
  g_autofree char *start = g_strconcat ("\"", iso_day, "T", NULL);

  expect_success (listed, NULL);
  g_assert_true (contains (listed->out, start));
}

/* ۱۴۰۴/۰۱/۰۱ in Persian is Nowruz 1404: 2025-03-21. */
static void
test_persian_date (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autoptr(CliRun) logged = run_in (ledger, "fa_IR.UTF-8", NULL, "log", "Outlier eval",
                                     "--date", "۱۴۰۴/۰۱/۰۱", "--start", "09:00",
                                     "--duration", "1h", NULL);

  expect_success (logged, NULL);
  assert_session_day (ledger, "2025-03-21");
}

/* An ISO date still means what it says in Persian; a date that is not on the
 * Persian calendar (30 Esfand 1402, a common year) is refused, nothing written. */
static void
test_persian_date_refused (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autofree char *before = daftar_test_dump_db (ledger->db);
  g_autofree char *after = NULL;
  g_autoptr(CliRun) refused = run_in (ledger, "fa_IR.UTF-8", NULL, "log", "Outlier eval",
                                      "--date", "۱۴۰۲/۱۲/۳۰", "--start", "09:00",
                                      "--duration", "1h", NULL);
  g_autoptr(CliRun) iso = NULL;

  g_assert_cmpint (refused->status, ==, 1);
  g_assert_true (contains (refused->err, "۲۹"));   /* that month has 29 days */
  after = daftar_test_dump_db (ledger->db);
  g_assert_cmpstr (before, ==, after);

  iso = run_in (ledger, "fa_IR.UTF-8", NULL, "log", "Outlier eval", "--date", "2025-03-21",
                "--start", "09:00", "--duration", "1h", NULL);
  expect_success (iso, NULL);
  assert_session_day (ledger, "2025-03-21");
}

/* The report's period in Solar Hijri by default; in Gregorian when
 * persian-calendar says so; in Latin digits with latin-digits. */
static void
test_persian_calendar_key (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autoptr(CliRun) hijri = run_in (ledger, "fa_IR.UTF-8", NULL, "report",
                                    "--from", "2026-03-21", "--to", "2026-04-20", NULL);
  g_autoptr(CliRun) gregorian = run_in (ledger, "fa_IR.UTF-8", "persian-calendar='gregorian'",
                                        "report", "--from", "2026-03-21", "--to", "2026-04-20", NULL);
  g_autoptr(CliRun) latin = run_in (ledger, "fa_IR.UTF-8", "latin-digits=true", "report",
                                    "--from", "2026-03-21", "--to", "2026-04-20", NULL);
  g_autoptr(CliRun) typed = NULL;

  expect_success (hijri, "۱۴۰۵");
  expect_success (gregorian, "۲۰۲۶");
  g_assert_false (contains (gregorian->out, "۱۴۰۵"));
  expect_success (latin, "1405");
  g_assert_false (contains (latin->out, "۱۴۰۵"));

  /* With the Gregorian calendar chosen, a Solar Hijri date is not read as one. */
  typed = run_in (ledger, "fa_IR.UTF-8", "persian-calendar='gregorian'", "log", "Outlier eval",
                  "--date", "۱۴۰۴/۰۱/۰۱", "--start", "09:00", "--duration", "1h", NULL);
  g_assert_cmpint (typed->status, ==, 1);
}

/* Arabic in Saudi Arabia dates by Umm al-Qura, in Egypt by the Gregorian
 * calendar; arabic-calendar overrides either. 2026-03-21 is 2 Shawwal 1447. */
static void
test_arabic_region_calendar (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autoptr(CliRun) sa = run_in (ledger, "ar_SA.UTF-8", NULL, "report",
                                 "--from", "2026-03-21", "--to", "2026-04-20", NULL);
  g_autoptr(CliRun) eg = run_in (ledger, "ar_EG.UTF-8", NULL, "report",
                                 "--from", "2026-03-21", "--to", "2026-04-20", NULL);
  g_autoptr(CliRun) sa_gregorian = run_in (ledger, "ar_SA.UTF-8", "arabic-calendar='gregorian'",
                                           "report", "--from", "2026-03-21", "--to", "2026-04-20",
                                           NULL);
  g_autoptr(CliRun) eg_hijri = run_in (ledger, "ar_EG.UTF-8", "arabic-calendar='islamic-umalqura'",
                                       "report", "--from", "2026-03-21", "--to", "2026-04-20", NULL);

  expect_success (sa, "١٤٤٧");
  g_assert_false (contains (sa->out, "٢٠٢٦"));
  expect_success (eg, "٢٠٢٦");
  g_assert_false (contains (eg->out, "١٤٤٧"));
  expect_success (sa_gregorian, "٢٠٢٦");
  expect_success (eg_hijri, "١٤٤٧");
}

/* A Hijri date typed in Saudi Arabia: 21 Ramadan 1446 is 2025-03-21. */
static void
test_arabic_hijri_date (void)
{
  g_autoptr(Ledger) ledger = ledger_with_project ();
  g_autoptr(CliRun) logged = run_in (ledger, "ar_SA.UTF-8", NULL, "log", "Outlier eval",
                                     "--date", "١٤٤٦/٠٩/٢١", "--start", "09:00",
                                     "--duration", "1h", NULL);

  expect_success (logged, NULL);
  assert_session_day (ledger, "2025-03-21");
}

/* A Latin digit in what daftar-cli printed, outside isolated user text */
static gboolean
has_latin_digit (const char *text)
{
  int depth = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x2066 && c <= 0x2068)
        depth++;
      else if (c == 0x2069 && depth > 0)
        depth--;
      else if (depth == 0 && c >= '0' && c <= '9')
        return TRUE;
    }
  return FALSE;
}

/* Runs one command in @locale; what it printed must hold @expected and no Latin digit */
static void
expect_confirmation (const Ledger *ledger,
                     const char   *locale,
                     const char   *expected,
                     const char   *first_arg,
                     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(CliRun) run = NULL;
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  while (args->len < 12)
    g_ptr_array_add (args, NULL);

  run = run_in (ledger, locale, NULL, args->pdata[0], args->pdata[1], args->pdata[2], args->pdata[3],
                args->pdata[4], args->pdata[5], args->pdata[6], args->pdata[7], args->pdata[8],
                args->pdata[9], args->pdata[10], NULL);
  expect_success (run, expected);
  if (has_latin_digit (run->out))
    g_error ("%s printed Latin digits in %s: %s", first_arg, locale, run->out);
}

/* Every figure daftar-cli confirms in prose (durations, amounts, dates, rates,
 * percentages, moments) is in the user's digits and calendar; an exchange
 * rate is an equation isolated to read left to right. */
static void
test_confirmations (gconstpointer data)
{
  const char *locale = data;
  gboolean persian = g_str_has_prefix (locale, "fa");
  g_autoptr(Ledger) ledger = ledger_with_project ();
  const char *nowruz = persian ? "۱۴۰۴/۰۱/۰۱" : "٢٠٢٥/٠٣/٢١";

  expect_confirmation (ledger, locale, persian ? "۱:۳۰" : "١:٣٠", "log", "Outlier eval",
                       "--date", "2025-03-21", "--start", "09:00", "--duration", "1h30m", NULL);
  expect_confirmation (ledger, locale, nowruz, "pay", "Outlier eval", "--date", "2025-03-21",
                       "--amount", "120", NULL);
  expect_confirmation (ledger, locale, persian ? "\u2066۱ EUR = ۱٫۰۸ USD\u2069" : "\u2066١ EUR = ١٫٠٨ USD\u2069",
                       "rate", "add", "EUR", "USD", "1.08", "--date", "2025-03-21", NULL);
  expect_confirmation (ledger, locale, nowruz, "rate", "list", NULL);
  expect_confirmation (ledger, locale, persian ? "۱۲٫۵٪" : "١٢٫٥٪", "fee", "set", "Outlier eval",
                       "--override", "12.5", NULL);
  expect_confirmation (ledger, locale, NULL, "timer", "start", "Outlier eval", NULL);
  expect_confirmation (ledger, locale, NULL, "timer", "status", NULL);
  /* Stopping at once would log no time; discarding names the moment it started */
  expect_confirmation (ledger, locale, NULL, "timer", "discard", NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  daftar_test_cli_path = g_strdup (g_getenv ("DAFTAR_CLI"));
  empty_locale_dir = daftar_test_make_tmpdir ();

  g_test_add_func ("/cli-calendar/persian-date", test_persian_date);
  g_test_add_func ("/cli-calendar/persian-date-refused", test_persian_date_refused);
  g_test_add_func ("/cli-calendar/persian-calendar-key", test_persian_calendar_key);
  g_test_add_func ("/cli-calendar/arabic-region-calendar", test_arabic_region_calendar);
  g_test_add_func ("/cli-calendar/arabic-hijri-date", test_arabic_hijri_date);
  g_test_add_data_func ("/cli-calendar/confirmations/fa", "fa_IR.UTF-8", test_confirmations);
  g_test_add_data_func ("/cli-calendar/confirmations/ar", "ar_EG.UTF-8", test_confirmations);

  status = g_test_run ();
  daftar_test_rm_rf (empty_locale_dir);
  g_free (empty_locale_dir);
  return status;
}
