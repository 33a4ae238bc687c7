/* test-bad-input.c — every entry point refuses bad input and leaves the ledger alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table of entry points (a daftar-cli command with one argument left
 * open) crossed with one table of bad values. Every bad value must end the
 * command with a non-zero status and a message on standard error, and leave
 * the ledger file and its write-ahead log byte for byte as they were.
 *
 * NUL bytes can't travel through argv, so they are tried on the core
 * validators the commands call, with the other bad values. Bad content, from
 * the feed and in files, is test-bad-input-feed.c's. Hostile files in the
 * ledger's place, outputs that resolve to the ledger, and ledger text that
 * would drive a terminal are test-bad-input-ledger.c's.
 */
#define G_LOG_DOMAIN "test-bad-input"

#include "config.h"

#include "daftar-dates.h"
#include "daftar-duration.h"
#include "daftar-money.h"
#include "daftar-test-spawn.h"
#include "daftar-test-util.h"
#include "daftar-validate.h"

#define HUGE_LEN (100 * 1024)   /* under Linux's 128 KiB limit on one argument */

/* What an open argument holds, and so which values are wrong for it. */
typedef enum
{
  KIND_NAME    = 1 << 0,   /* any text but empty, too long, broken or with controls */
  KIND_NOTE    = 1 << 1,   /* the same, but empty is fine */
  KIND_PROJECT = 1 << 2,   /* a project's name or number */
  KIND_TOOLS   = 1 << 3,   /* known tool names */
  KIND_AMOUNT  = 1 << 4,
  KIND_DATE    = 1 << 5,
  KIND_TIME    = 1 << 6,
  KIND_DURATION = 1 << 7,
  KIND_KEYWORD = 1 << 8,   /* a platform, currency, period, format… */
  KIND_OPTIONAL_KEYWORD = 1 << 9,   /* the same, but empty removes it */
} Kind;

#define ALL_KINDS   0x3ff
#define NOT_TEXT    (ALL_KINDS & ~(KIND_NAME | KIND_NOTE))

typedef struct
{
  const char *label;
  const char *value;   /* NULL: the huge string */
  guint       bad_for; /* Kind flags */
  gboolean    in_context; /* bad only on the entry point's day, in its zone */
} BadValue;

static const BadValue bad_values[] = {
  { "empty", "", ALL_KINDS & ~(KIND_NOTE | KIND_TOOLS | KIND_OPTIONAL_KEYWORD) },
  { "huge", NULL, ALL_KINDS },
  { "invalid UTF-8", "ab\xff\xfe\xc3(", ALL_KINDS },
  { "overlong UTF-8", "\xc0\xaf", ALL_KINDS },
  { "bidi override", "\xe2\x80\xae" "cba", ALL_KINDS },
  { "bidi isolate", "\xe2\x81\xa6" "x" "\xe2\x81\xa9", ALL_KINDS },
  { "control character", "a\x01" "b", ALL_KINDS },
  { "SQL quote", "x'; DROP TABLE sessions; --", NOT_TEXT },
  { "SQL double quote", "\"); DELETE FROM projects; --", NOT_TEXT },
  { "negative", "-5", NOT_TEXT },
  { "negative zero-ish", "-0.01", NOT_TEXT },
  { "overflow", "99999999999999999999999", NOT_TEXT },
  { "int64 max", "9223372036854775807", NOT_TEXT },
  { "impossible date", "2025-02-30", NOT_TEXT },
  { "impossible time", "25:61", NOT_TEXT },
  { "Persian overflow", "۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹", NOT_TEXT },
  /* Berlin's clocks skipped 02:00–03:00 on 2025-03-30, the day "log --start" logs in */
  { "in a daylight-saving gap", "02:30", KIND_TIME, TRUE },
};

typedef struct
{
  const char *label;
  Kind        kind;
  const char *args[16];   /* "@" is the open argument */
  const char *tz;         /* the time zone it runs in; NULL for UTC */
} EntryPoint;

#define PROJECT "Churn model"
#define HOURLY "--platform", "upwork", "--category", "writing", "--pricing", "hourly", "--currency", "USD"
#define LOG_ARGS "--date", "2024-01-10", "--start", "09:00", "--duration", "1h"

static const EntryPoint entry_points[] = {
  { "project add NAME", KIND_NAME, { "project", "add", "@", HOURLY, "--rate", "10", NULL } },
  { "project add --platform", KIND_KEYWORD, { "project", "add", "New", "--platform", "@", "--category", "writing", "--pricing", "hourly", "--currency", "USD", "--rate", "10", NULL } },
  { "project add --category", KIND_KEYWORD, { "project", "add", "New", "--platform", "upwork", "--category", "@", "--pricing", "hourly", "--currency", "USD", "--rate", "10", NULL } },
  { "project add --currency", KIND_KEYWORD, { "project", "add", "New", "--platform", "upwork", "--category", "writing", "--pricing", "hourly", "--currency", "@", "--rate", "10", NULL } },
  { "project add --rate", KIND_AMOUNT, { "project", "add", "New", HOURLY, "--rate", "@", NULL } },
  { "project add --client", KIND_NOTE, { "project", "add", "New", HOURLY, "--rate", "10", "--client", "@", NULL } },
  { "project add --specialty", KIND_KEYWORD, { "project", "add", "New", "--platform", "outlier", "--category", "ai-training", "--pricing", "hourly", "--currency", "USD", "--rate", "10", "--specialty", "@", NULL } },
  { "project edit --specialty", KIND_OPTIONAL_KEYWORD, { "project", "edit", PROJECT, "--specialty", "@", NULL } },
  { "log PROJECT", KIND_PROJECT, { "log", "@", LOG_ARGS, NULL } },
  { "log -- PROJECT", KIND_PROJECT, { "log", LOG_ARGS, "--", "@", NULL } },
  { "project add -- NAME", KIND_NAME, { "project", "add", HOURLY, "--rate", "10", "--", "@", NULL } },
  { "timer start -- PROJECT", KIND_PROJECT, { "timer", "start", "--", "@", NULL } },
  { "timer start --note", KIND_NOTE, { "timer", "start", PROJECT, "--note", "@", NULL } },
  { "log --date", KIND_DATE, { "log", PROJECT, "--date", "@", "--start", "09:00", "--duration", "1h", NULL } },
  { "log --start", KIND_TIME, { "log", PROJECT, "--date", "2025-03-30", "--start", "@", "--duration", "1h", NULL }, "Europe/Berlin" },
  { "log --duration", KIND_DURATION, { "log", PROJECT, "--date", "2024-01-10", "--start", "09:00", "--duration", "@", NULL } },
  { "log --paid", KIND_DURATION, { "log", PROJECT, LOG_ARGS, "--paid", "@", NULL } },
  { "log --note", KIND_NOTE, { "log", PROJECT, LOG_ARGS, "--note", "@", NULL } },
  { "log --tools", KIND_TOOLS, { "log", PROJECT, LOG_ARGS, "--tools", "@", NULL } },
  { "pay PROJECT", KIND_PROJECT, { "pay", "@", "--date", "2024-01-10", "--amount", "10", NULL } },
  { "pay --date", KIND_DATE, { "pay", PROJECT, "--date", "@", "--amount", "10", NULL } },
  { "pay --amount", KIND_AMOUNT, { "pay", PROJECT, "--date", "2024-01-10", "--amount", "@", NULL } },
  { "pay --withdrawal-fee", KIND_AMOUNT, { "pay", PROJECT, "--date", "2024-01-10", "--amount", "10", "--withdrawal-fee", "@", NULL } },
  { "pay --note", KIND_NOTE, { "pay", PROJECT, "--date", "2024-01-10", "--amount", "10", "--note", "@", NULL } },
  { "tool add NAME", KIND_NAME, { "tool", "add", "@", NULL } },
  { "tool add --monthly-cost", KIND_AMOUNT, { "tool", "add", "New tool", "--monthly-cost", "@", "--currency", "USD", NULL } },
  { "tool add --currency", KIND_KEYWORD, { "tool", "add", "New tool", "--monthly-cost", "10", "--currency", "@", NULL } },
  { "sessions --from", KIND_DATE, { "sessions", "--from", "@", "--to", "2024-06-30", NULL } },
  { "sessions --to", KIND_DATE, { "sessions", "--from", "2024-01-01", "--to", "@", NULL } },
  { "export --format", KIND_KEYWORD, { "export", "--format", "@", NULL } },
  { "report --period", KIND_KEYWORD, { "report", "--period", "@", NULL } },
  { "report --from", KIND_DATE, { "report", "--from", "@", "--to", "2024-06-30", NULL } },
  { "report --by", KIND_KEYWORD, { "report", "--period", "all", "--by", "@", NULL } },
  { "report --currency", KIND_KEYWORD, { "report", "--period", "all", "--currency", "@", NULL } },
};

static void
test_bad_input_cli (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  g_autofree char *huge = g_strnfill (HUGE_LEN, 'x');
  g_autofree char *before = NULL;
  const char * const setup[] = { "demo", "--sessions", "200", "--until", "2024-06-30", NULL };
  guint n_runs = 0;

  {
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, setup);

    g_assert_cmpint (run->status, ==, 0);
  }
  before = daftar_test_fingerprint_ledger (db);

  for (guint e = 0; e < G_N_ELEMENTS (entry_points); e++)
    for (guint v = 0; v < G_N_ELEMENTS (bad_values); v++)
      {
        const EntryPoint *entry = &entry_points[e];
        const BadValue *bad = &bad_values[v];
        const char *args[G_N_ELEMENTS (entry->args)];
        g_autoptr(DaftarTestRun) run = NULL;
        g_autofree char *after = NULL;

        if (!(bad->bad_for & entry->kind))
          continue;

        for (guint i = 0; i < G_N_ELEMENTS (args); i++)
          args[i] = g_strcmp0 (entry->args[i], "@") == 0 ? (bad->value ? bad->value : huge)
                                                         : entry->args[i];

        run = daftar_test_run_cli_in_zone (db, entry->tz ? entry->tz : "UTC", args);
        n_runs++;
        if (run->status == 0 || run->err[0] == '\0')
          g_error ("%s with %s: status %d, stdout “%s”, stderr “%s”",
                   entry->label, bad->label, run->status, run->out, run->err);

        after = daftar_test_fingerprint_ledger (db);
        if (g_strcmp0 (before, after) != 0)
          g_error ("%s with %s changed the ledger:\n%.200s\nto\n%.200s", entry->label, bad->label,
                   before, after);
        g_assert_cmpstr (run->out, ==, "");
      }

  g_test_message ("%u bad runs", n_runs);
  daftar_test_rm_rf (dir);
}

/* SQL meta-characters are fine in a name: stored as typed, nothing else touched. */
static void
test_bad_input_sql_name (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  const char *name = "Robert'); DROP TABLE projects; -- \"x\"";
  const char * const add[] = { "project", "add", name, HOURLY, "--rate", "10", NULL };
  const char * const log[] = { "log", name, LOG_ARGS, "--note", "'; DELETE FROM sessions; --", NULL };
  const char * const list[] = { "sessions", "--json", NULL };
  g_autoptr(DaftarTestRun) run_add = daftar_test_run_cli (db, add);
  g_autoptr(DaftarTestRun) run_log = daftar_test_run_cli (db, log);
  g_autoptr(DaftarTestRun) run_list = daftar_test_run_cli (db, list);
  g_autofree char *dump = NULL;

  g_assert_cmpint (run_add->status, ==, 0);
  g_assert_cmpint (run_log->status, ==, 0);
  g_assert_cmpint (run_list->status, ==, 0);
  g_assert_nonnull (strstr (run_list->out, "Robert'); DROP TABLE projects; -- \\\"x\\\""));
  dump = daftar_test_dump_db (db);
  g_assert_nonnull (strstr (dump, "[projects]\n"));
  g_assert_nonnull (strstr (dump, "'; DELETE FROM sessions; --"));

  daftar_test_rm_rf (dir);
}

/* What argv can't carry: embedded NULs end the text there, and every parser and
 * validator takes the text up to it, so the tail can't sneak anything past. */
static void
test_bad_input_core (void)
{
  static const char name_with_nul[] = "Name\0\xe2\x80\xae";
  static const char amount_with_nul[] = "12\0.50";
  g_autofree char *huge = g_strnfill (HUGE_LEN, '1');
  g_autofree char *huge_name = g_strnfill (1024 * 1024, 'n');
  DaftarMoney money;
  gint64 seconds;
  GDate date;
  int hour, minute;

  g_assert_true (daftar_validate_project_name (name_with_nul, NULL, NULL));
  g_assert_true (daftar_money_parse (amount_with_nul, "USD", DAFTAR_MONEY_PARSE_DEFAULT, &money, NULL, NULL));
  g_assert_cmpint (money.minor, ==, 1200);

  for (guint v = 0; v < G_N_ELEMENTS (bad_values); v++)
    {
      const char *text = bad_values[v].value ? bad_values[v].value : huge;
      g_autoptr(GError) e1 = NULL;
      g_autoptr(GError) e2 = NULL;
      g_autoptr(GError) e3 = NULL;
      g_autoptr(GError) e4 = NULL;

      if (bad_values[v].in_context)
        continue;

      g_test_message ("core: %s", bad_values[v].label);
      g_assert_false (daftar_money_parse (text, "USD", DAFTAR_MONEY_PARSE_DEFAULT, &money, NULL, &e1));
      g_assert_nonnull (e1);
      g_assert_false (daftar_duration_parse (text, &seconds, NULL, &e2));
      g_assert_nonnull (e2);
      g_assert_false (daftar_date_parse_iso (text, &date, &e3));
      g_assert_nonnull (e3);
      g_assert_false (daftar_time_parse (text, &hour, &minute, NULL, &e4));
      g_assert_nonnull (e4);

      if (bad_values[v].bad_for & KIND_NAME)
        {
          g_autoptr(GError) e5 = NULL;
          g_autoptr(GError) e6 = NULL;

          g_assert_false (daftar_validate_project_name (text, NULL, &e5));
          g_assert_nonnull (e5);
          g_assert_true (g_utf8_validate (e5->message, -1, NULL));
          g_assert_false (daftar_validate_tool_name (text, NULL, &e6));
          g_assert_nonnull (e6);
        }
    }

  /* A megabyte, where argv can't go */
  g_assert_false (daftar_validate_project_name (huge_name, NULL, NULL));
  g_assert_false (daftar_validate_note (huge_name, NULL, NULL));
  g_assert_false (daftar_money_parse (huge_name, "USD", DAFTAR_MONEY_PARSE_DEFAULT, &money, NULL, NULL));
  g_assert_false (daftar_duration_parse (huge_name, &seconds, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bad-input/cli", test_bad_input_cli);
  g_test_add_func ("/bad-input/sql-name", test_bad_input_sql_name);
  g_test_add_func ("/bad-input/core", test_bad_input_core);

  return g_test_run ();
}
