/* test-cli-report.c — daftar-cli report, rate and fee, run as a subprocess
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The binary is named by $DAFTAR_CLI. Every test gets its own folder and ledger;
 * every failing write is checked to leave the ledger exactly as it was. The
 * helpers are test-cli.c's.
 */

#define G_LOG_DOMAIN "test-cli-report"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "daftar-test-util.h"

static char *cli_path;

/* A folder, the working directory of the runs, with a ledger path in it. */
typedef struct
{
  char *dir;
  char *db;
} Ledger;

typedef struct
{
  char *command;   /* the arguments, for messages */
  int   status;
  char *out;
  char *err;
} CliRun;

static Ledger *
ledger_new (void)
{
  Ledger *ledger = g_new0 (Ledger, 1);

  ledger->dir = daftar_test_make_tmpdir ();
  ledger->db = g_build_filename (ledger->dir, "ledger.db", NULL);
  return ledger;
}

static void
ledger_free (Ledger *ledger)
{
  daftar_test_rm_rf (ledger->dir);
  g_free (ledger->dir);
  g_free (ledger->db);
  g_free (ledger);
}

static void
cli_run_free (CliRun *run)
{
  g_free (run->command);
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Ledger, ledger_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliRun, cli_run_free)

/* Runs daftar-cli with @args exactly, in @ledger's folder. @env holds extra
 * NAME, VALUE pairs. */
static CliRun *
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

  g_ptr_array_add (argv, cli_path);
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

static CliRun *
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
G_GNUC_NULL_TERMINATED static CliRun *
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

static void
describe_run (const CliRun *run)
{
  g_test_message ("daftar-cli %s\nexit status %d\n--- stdout\n%s--- stderr\n%s---",
                  run->command, run->status, run->out, run->err);
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  return needle == NULL || strstr (haystack, needle) != NULL;
}

/* Exit 0, nothing on stderr, @out_part (if any) on stdout. */
static void
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
static void
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
G_GNUC_NULL_TERMINATED static char *
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
G_GNUC_NULL_TERMINATED static void
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

static JsonNode *
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

static JsonArray *
parse_json_array (const char *text)
{
  g_autoptr(JsonNode) root = parse_json (text);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_array_ref (json_node_get_array (root));
}

static const char *
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

static gint64
member_int (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  g_assert_nonnull (node);
  g_assert_true (json_node_get_value_type (node) == G_TYPE_INT64);
  return json_node_get_int (node);
}

static gboolean
member_is_null (JsonObject *object,
                const char *name)
{
  return json_object_has_member (object, name) &&
         JSON_NODE_HOLDS_NULL (json_object_get_member (object, name));
}

/* The element of @array whose string member @name is @value. */
static JsonObject *
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

static JsonObject *
parse_object (const char *text,
              JsonNode  **out_root)
{
  *out_root = parse_json (text);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (*out_root));
  return json_node_get_object (*out_root);
}

/* The four worked examples of the issue in one month, plus a PeoplePerHour job in
 * pounds and the rate to bring it to dollars. */
static Ledger *
ledger_with_examples (void)
{
  Ledger *ledger = ledger_new ();
  g_autofree char *out = NULL;

#define RUN(...) g_free (cli_output (ledger, NULL, __VA_ARGS__, NULL))
  RUN ("project", "add", "Outlier eval", "--platform", "outlier", "--category", "ai-training",
       "--pricing", "hourly", "--currency", "USD", "--rate", "40", "--client", "Scale AI");
  RUN ("log", "Outlier eval", "--date", "2025-03-21", "--start", "09:00", "--duration", "10h",
       "--paid", "5.29h", "--tools", "ChatGPT");
  RUN ("project", "add", "Logo", "--platform", "fiverr", "--category", "graphic-design",
       "--pricing", "fixed", "--currency", "USD", "--price", "100");
  RUN ("pay", "Logo", "--date", "2025-03-25", "--amount", "100");
  RUN ("project", "add", "Small fix", "--platform", "freelancer", "--category", "web-software",
       "--pricing", "fixed", "--currency", "USD", "--price", "30");
  RUN ("pay", "Small fix", "--date", "2025-03-26", "--amount", "30");
  RUN ("project", "add", "Blog", "--platform", "peopleperhour", "--category", "writing",
       "--pricing", "fixed", "--currency", "GBP", "--price", "300", "--client", "Acme");
  RUN ("pay", "Blog", "--date", "2025-03-27", "--amount", "300");
  RUN ("rate", "add", "GBP", "USD", "1.25", "--date", "2025-03-01");
#undef RUN

  return ledger;
}

static void
test_report_json (void)
{
  g_autoptr(Ledger) ledger = ledger_with_examples ();
  g_autofree char *out = cli_output (ledger, NULL, "report", "--from", "2025-03-01", "--to", "2025-03-31",
                                     "--currency", "USD", "--json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_object (out, &root);
  JsonObject *period = json_object_get_object_member (report, "period");
  JsonObject *totals = json_object_get_object_member (report, "totals");
  JsonArray *groups = json_object_get_array_member (report, "groups");
  JsonArray *rates = json_object_get_array_member (report, "rates");
  JsonArray *rules = json_object_get_array_member (report, "fee_rules");
  JsonObject *outlier, *logo, *fix, *blog, *rate;
  static const char * const money_members[] = {
    "gross", "platform_fees", "withdrawal_fees", "tool_costs", "net", "nominal_rate", "effective_rate",
  };
  static const char * const hour_members[] = { "hours_actual", "hours_paid", "hours_unpaid" };

  g_assert_cmpstr (member_string (period, "from"), ==, "2025-03-01");
  g_assert_cmpstr (member_string (period, "to"), ==, "2025-03-31");
  g_assert_true (member_is_null (period, "key"));
  g_assert_cmpstr (member_string (report, "currency"), ==, "USD");
  g_assert_cmpstr (member_string (report, "by"), ==, "project");

  /* Money as decimal strings, hours as numbers, in the totals and every group */
  for (guint i = 0; i <= json_array_get_length (groups); i++)
    {
      JsonObject *line = i < json_array_get_length (groups) ? json_array_get_object_element (groups, i) : totals;

      for (guint m = 0; m < G_N_ELEMENTS (money_members); m++)
        g_assert_true (member_is_null (line, money_members[m]) ||
                       strchr (member_string (line, money_members[m]), '.') != NULL);
      for (guint h = 0; h < G_N_ELEMENTS (hour_members); h++)
        g_assert_true (json_node_get_value_type (json_object_get_member (line, hour_members[h])) == G_TYPE_DOUBLE);
    }
  g_assert_cmpuint (json_array_get_length (groups), ==, 4);

  /* Outlier: $40/h advertised, 10 h worked paid as 5.29 h: $21.16/h */
  outlier = find_object (groups, "label", "Outlier eval");
  g_assert_cmpstr (member_string (outlier, "gross"), ==, "211.60");
  g_assert_cmpstr (member_string (outlier, "nominal_rate"), ==, "40.00");
  g_assert_cmpstr (member_string (outlier, "effective_rate"), ==, "21.16");
  g_assert_cmpfloat (json_object_get_double_member (outlier, "hours_actual"), ==, 10.0);
  g_assert_cmpfloat (json_object_get_double_member (outlier, "hours_paid"), ==, 5.29);
  g_assert_cmpfloat (json_object_get_double_member (outlier, "hours_unpaid"), ==, 4.71);
  g_assert_cmpint (member_int (outlier, "seconds_paid"), ==, 19044);
  g_assert_cmpint (member_int (outlier, "id"), ==, 1);
  g_assert_cmpstr (member_string (outlier, "key"), ==, "1");

  /* Fiverr $100 nets $80 */
  logo = find_object (groups, "label", "Logo");
  g_assert_cmpstr (member_string (logo, "platform_fees"), ==, "20.00");
  g_assert_cmpstr (member_string (logo, "net"), ==, "80.00");
  g_assert_true (member_is_null (logo, "effective_rate"));

  /* Freelancer.com $30 pays $5 */
  fix = find_object (groups, "label", "Small fix");
  g_assert_cmpstr (member_string (fix, "platform_fees"), ==, "5.00");

  /* PeoplePerHour £300: £53.75, at 1.25 */
  blog = find_object (groups, "label", "Blog");
  g_assert_cmpstr (member_string (blog, "gross"), ==, "375.00");
  g_assert_cmpstr (member_string (blog, "platform_fees"), ==, "67.19");

  g_assert_cmpstr (member_string (totals, "gross"), ==, "716.60");
  g_assert_cmpstr (member_string (totals, "platform_fees"), ==, "92.19");
  g_assert_cmpstr (member_string (totals, "net"), ==, "624.41");
  g_assert_cmpint (member_int (totals, "sessions"), ==, 1);

  /* The rate used, and the rules with their sources */
  g_assert_cmpuint (json_array_get_length (rates), ==, 1);
  rate = json_array_get_object_element (rates, 0);
  g_assert_cmpstr (member_string (rate, "base"), ==, "GBP");
  g_assert_cmpstr (member_string (rate, "quote"), ==, "USD");
  g_assert_cmpstr (member_string (rate, "date"), ==, "2025-03-01");
  g_assert_cmpstr (member_string (rate, "rate"), ==, "1.25000000");
  g_assert_cmpstr (member_string (rate, "source"), ==, "user");
  g_assert_false (json_object_get_boolean_member (rate, "inverted"));
  g_assert_cmpint (member_int (rate, "uses"), ==, 2);

  g_assert_cmpuint (json_array_get_length (rules), ==, 3);
  g_assert_nonnull (find_object (rules, "id", "fiverr-seller-20"));
  g_assert_nonnull (find_object (rules, "id", "freelancer-fixed-10-min-5"));
  g_assert_cmpstr (member_string (json_object_get_object_member (find_object (rules, "id", "peopleperhour-2018-tiers"),
                                                                 "source"), "url"),
                   ==, "https://support.peopleperhour.com/hc/en-us/articles/360001460527-New-Fee-Scheme-FAQ");
}

/* The same month in pounds: the dollar amounts are converted with the inverse rate. */
static void
test_report_other_currency (void)
{
  g_autoptr(Ledger) ledger = ledger_with_examples ();
  g_autofree char *out = cli_output (ledger, NULL, "report", "--from", "2025-03-01", "--to", "2025-03-31",
                                     "--currency", "gbp", "--by", "platform", "--json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_object (out, &root);
  JsonArray *groups = json_object_get_array_member (report, "groups");
  JsonObject *rate;

  g_assert_cmpstr (member_string (report, "currency"), ==, "GBP");
  g_assert_cmpstr (member_string (find_object (groups, "key", "peopleperhour"), "platform_fees"), ==, "53.75");
  /* $211.60 / 1.25 */
  g_assert_cmpstr (member_string (find_object (groups, "key", "outlier"), "gross"), ==, "169.28");
  g_assert_cmpstr (member_string (find_object (groups, "key", "outlier"), "label"), ==, "Outlier");
  rate = json_array_get_object_element (json_object_get_array_member (report, "rates"), 0);
  g_assert_true (json_object_get_boolean_member (rate, "inverted"));
}

static void
test_report_by (void)
{
  g_autoptr(Ledger) ledger = ledger_with_examples ();
  static const struct
  {
    const char *by;
    const char *key;
  } cases[] = {
    { "project", "1" }, { "platform", "fiverr" }, { "category", "ai-training" },
    { "client", "Scale AI" }, { "tool", "none" }, { "ai", "with-ai" }, { "AI", "without-ai" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = cli_output (ledger, NULL, "report", "--from", "2025-03-01", "--to", "2025-03-31",
                                         "--currency", "USD", "--by", cases[i].by, "--json", NULL);
      g_autoptr(JsonNode) root = NULL;
      JsonObject *report = parse_object (out, &root);

      g_test_message ("--by %s", cases[i].by);
      g_assert_nonnull (find_object (json_object_get_array_member (report, "groups"), "key", cases[i].key));
      g_assert_cmpstr (member_string (json_object_get_object_member (report, "totals"), "net"), ==, "624.41");
    }
}

static void
test_report_text (void)
{
  g_autoptr(Ledger) ledger = ledger_with_examples ();
  g_autofree char *out = cli_output (ledger, NULL, "report", "--from", "2025-03-01", "--to", "2025-03-31",
                                     "--currency", "USD", NULL);

  g_assert_nonnull (strstr (out, "Earnings from 2025-03-01 to 2025-03-31 in USD, by project"));
  g_assert_nonnull (strstr (out, "Outlier eval\n"));
  g_assert_nonnull (strstr (out, "effective 21.16 USD an hour"));
  g_assert_nonnull (strstr (out, "net 80.00 USD"));
  g_assert_nonnull (strstr (out, "1 GBP = 1.25000000 USD, rate of 2025-03-01"));
  g_assert_nonnull (strstr (out, "fiverr-seller-20"));
  g_assert_nonnull (strstr (out, "\nTotal\n"));
}

static void
test_report_missing_rate (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autoptr(CliRun) run = NULL;

  g_free (cli_output (ledger, NULL, "project", "add", "Übersetzung", "--platform", "direct", "--category",
                      "translation", "--pricing", "hourly", "--currency", "EUR", "--rate", "50", NULL));
  g_free (cli_output (ledger, NULL, "log", "Übersetzung", "--date", "2025-03-10", "--start", "09:00",
                      "--duration", "2h", NULL));

  run = run_cli (ledger, "report", "--from", "2025-03-01", "--to", "2025-03-31", "--currency", "USD", NULL);
  expect_failure (run, 1, "from EUR to USD on or before 2025-03-10");
  g_clear_pointer (&run, cli_run_free);

  /* Once there is one, the report works; in euros it needs none */
  g_free (cli_output (ledger, NULL, "rate", "add", "eur", "usd", "۱٫۱", "--date", "2025-03-10", NULL));
  g_free (cli_output (ledger, "\"gross\" : \"110.00\"", "report", "--from", "2025-03-01", "--to",
                      "2025-03-31", "--currency", "USD", "--json", NULL));
  /* With projects in one currency only, that is the default */
  g_free (cli_output (ledger, "\"currency\" : \"EUR\"", "report", "--from", "2025-03-01", "--to",
                      "2025-03-31", "--json", NULL));
}

static void
test_report_usage (void)
{
  g_autoptr(Ledger) ledger = ledger_with_examples ();
  static const struct
  {
    int         status;
    const char *err;
    const char *args[8];
  } cases[] = {
    { 2, "--from and --to go together", { "report", "--from", "2025-03-01" } },
    { 2, "--from and --to go together", { "report", "--to", "2025-03-01" } },
    { 2, "either --period or --from", { "report", "--period", "year", "--from", "2025-03-01", "--to", "2025-03-02" } },
    { 2, "Unknown period", { "report", "--period", "fortnight" } },
    { 2, "--by takes", { "report", "--by", "colour" } },
    { 2, "no arguments", { "report", "extra" } },
    { 2, "Unknown option", { "report", "--frm", "2025-03-01" } },
    { 1, "--to is before --from", { "report", "--from", "2025-03-02", "--to", "2025-03-01" } },
    { 1, "2025-02-30", { "report", "--from", "2025-02-30", "--to", "2025-03-01" } },
    { 1, "ABC", { "report", "--currency", "ABC" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autoptr(CliRun) run = NULL;

      g_ptr_array_add (args, (gpointer) "--db");
      g_ptr_array_add (args, ledger->db);
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (args, (gpointer) cases[i].args[a]);
      g_ptr_array_add (args, NULL);

      run = run_cliv (ledger, NULL, (const char * const *) args->pdata);
      g_test_message ("daftar-cli %s", run->command);
      expect_failure (run, cases[i].status, cases[i].err);
    }
}

/* --period follows today's date: a session today is in this year and this month. */
static void
test_report_period (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *year_start = g_date_time_format (now, "%Y-01-01");
  g_autofree char *year_end = g_date_time_format (now, "%Y-12-31");
  static const char * const periods[] = { "year", "this-year", "month", "today", "all", "last-90-days" };

  g_free (cli_output (ledger, NULL, "project", "add", "Now", "--platform", "direct", "--category", "other",
                      "--pricing", "hourly", "--currency", "USD", "--rate", "36", NULL));
  g_free (cli_output (ledger, NULL, "log", "Now", "--date", today, "--start", "00:00", "--duration", "0:10", NULL));

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autofree char *out = cli_output (ledger, NULL, "report", "--period", periods[i], "--json", NULL);
      g_autoptr(JsonNode) root = NULL;
      JsonObject *report = parse_object (out, &root);
      JsonObject *period = json_object_get_object_member (report, "period");

      g_test_message ("--period %s", periods[i]);
      g_assert_cmpstr (member_string (json_object_get_object_member (report, "totals"), "gross"), ==, "6.00");
      if (i < 2)
        {
          g_assert_cmpstr (member_string (period, "key"), ==, "this-year");
          g_assert_cmpstr (member_string (period, "from"), ==, year_start);
          g_assert_cmpstr (member_string (period, "to"), ==, year_end);
        }
      if (g_str_equal (periods[i], "today") || g_str_equal (periods[i], "all"))
        {
          g_assert_cmpstr (member_string (period, "from"), ==, today);
          g_assert_cmpstr (member_string (period, "to"), ==, today);
        }
    }

  /* The default is this month */
  g_free (cli_output (ledger, "\"key\" : \"this-month\"", "report", "--json", NULL));
  g_free (cli_output (ledger, "\"key\" : \"last-year\"", "report", "--period", "last-year", "--json", NULL));
}

static void
test_report_empty (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autofree char *out = cli_output (ledger, NULL, "report", "--period", "all", "--json", NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report = parse_object (out, &root);

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (report, "groups")), ==, 0);
  g_assert_cmpstr (member_string (json_object_get_object_member (report, "totals"), "net"), ==, "0.00");
  g_assert_true (member_is_null (json_object_get_object_member (report, "totals"), "effective_rate"));
  g_free (cli_output (ledger, "No work or payments in this period.", "report", NULL));
}

static void
test_rate (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autoptr(JsonArray) rates = NULL;
  g_autofree char *out = NULL;
  JsonObject *rate;

  g_free (cli_output (ledger, "No exchange rates yet", "rate", "list", NULL));
  g_free (cli_output (ledger, "Recorded rate 1: 1 EUR = 1.08000000 USD from 2025-03-01.",
                      "rate", "add", "EUR", "USD", "1.08", "--date", "2025-03-01", NULL));
  g_free (cli_output (ledger, "Recorded rate 2: 1 USD = 58000.00000000 IRR from 2025-03-02.",
                      "rate", "add", "usd", "IRR", "۵۸۰۰۰", "--date", "۲۰۲۵-۰۳-۰۲", NULL));
  /* Again for the same day: replaced */
  g_free (cli_output (ledger, "Recorded rate 1: 1 EUR = 1.09000000 USD",
                      "rate", "add", "EUR", "USD", "1.09", "--date", "2025-03-01", NULL));

  out = cli_output (ledger, NULL, "rate", "list", "--json", NULL);
  rates = parse_json_array (out);
  g_assert_cmpuint (json_array_get_length (rates), ==, 2);
  rate = find_object (rates, "base", "EUR");
  g_assert_cmpstr (member_string (rate, "rate"), ==, "1.09000000");
  g_assert_cmpstr (member_string (rate, "date"), ==, "2025-03-01");
  g_assert_cmpstr (member_string (rate, "source"), ==, "user");
  g_assert_cmpint (member_int (rate, "id"), ==, 1);
  g_free (cli_output (ledger, "1 USD = 58000.00000000 IRR", "rate", "list", NULL));

  assert_write_fails (ledger, 1, "two different currencies", "rate", "add", "USD", "usd", "1", NULL);
  assert_write_fails (ledger, 1, "not an exchange rate", "rate", "add", "EUR", "USD", "0", NULL);
  assert_write_fails (ledger, 1, "not an exchange rate", "rate", "add", "EUR", "USD", "1,08", NULL);
  assert_write_fails (ledger, 1, "XYZ", "rate", "add", "XYZ", "USD", "1", NULL);
  assert_write_fails (ledger, 1, "year-month-day", "rate", "add", "EUR", "USD", "1", "--date", "1/3/2025", NULL);
  assert_write_fails (ledger, 2, "two currency codes", "rate", "add", "EUR", "USD", NULL);
  assert_write_fails (ledger, 1, "no exchange rate with the number 9", "rate", "delete", "9", NULL);
  assert_write_fails (ledger, 2, "rate’s number", "rate", "delete", "x", NULL);

  g_free (cli_output (ledger, "Deleted rate 2.", "rate", "delete", "2", NULL));
  g_free (cli_output (ledger, "Usage: daftar-cli rate add", "rate", "--help", NULL));
}

static void
test_fee (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autoptr(JsonArray) rules = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *fees;

#define RUN(...) g_free (cli_output (ledger, NULL, __VA_ARGS__, NULL))
  RUN ("project", "add", "Upwork job", "--platform", "upwork", "--category", "writing", "--pricing",
       "fixed", "--currency", "USD", "--price", "1000");
  RUN ("project", "add", "Gig", "--platform", "fiverr", "--category", "writing", "--pricing",
       "fixed", "--currency", "USD", "--price", "100");
  RUN ("pay", "Upwork job", "--date", "2025-06-10", "--amount", "1000");
  RUN ("pay", "Gig", "--date", "2025-06-11", "--amount", "100");
#undef RUN

  out = cli_output (ledger, NULL, "fee", "rules", "--json", NULL);
  rules = parse_json_array (out);
  g_assert_nonnull (find_object (rules, "id", "upwork-2025-variable"));
  g_assert_nonnull (find_object (rules, "id", "payoneer-local-currency"));
  g_free (cli_output (ledger, "peopleperhour-2018-tiers  peopleperhour  tiered  2018-07-01 – …", "fee", "rules", NULL));

  /* The default 10%, then the contract's 15% */
  g_free (cli_output (ledger, "\"platform_fees\" : \"120.00\"", "report", "--from", "2025-06-01", "--to",
                      "2025-06-30", "--json", NULL));
  g_free (cli_output (ledger, "Contract fee: 15%", "fee", "set", "Upwork job", "--contract", "15", NULL));
  g_clear_pointer (&out, g_free);
  out = cli_output (ledger, NULL, "fee", "show", "Upwork job", "--json", NULL);
  fees = parse_object (out, &root);
  g_assert_cmpint (member_int (fees, "contract_ppm"), ==, 150000);
  g_assert_true (member_is_null (fees, "override_ppm"));
  g_assert_cmpstr (member_string (json_object_get_object_member (fees, "rule_today"), "id"), ==, "upwork-2025-variable");
  g_free (cli_output (ledger, "\"platform_fees\" : \"170.00\"", "report", "--from", "2025-06-01", "--to",
                      "2025-06-30", "--json", NULL));

  /* Refused, nothing written */
  assert_write_fails (ledger, 1, "outside the 0%–15%", "fee", "set", "Upwork job", "--contract", "20", NULL);
  assert_write_fails (ledger, 1, "set an override instead", "fee", "set", "Gig", "--contract", "10", NULL);
  assert_write_fails (ledger, 1, "no withdrawal rule", "fee", "set", "Gig", "--withdrawal", "upwork-2023-flat", NULL);
  assert_write_fails (ledger, 1, "not a percentage", "fee", "set", "Gig", "--override", "abc", NULL);
  assert_write_fails (ledger, 1, "no project called", "fee", "set", "Nope", "--override", "5", NULL);
  assert_write_fails (ledger, 2, "Give --contract", "fee", "set", "Gig", NULL);

  /* An override, and a withdrawal rule for payments recorded without a fee */
  g_free (cli_output (ledger, "Platform fee: 5%, set for this project", "fee", "set", "Gig", "--override", "5",
                      "--withdrawal", "upwork-withdraw-local-bank", NULL));
  g_free (cli_output (ledger, "\"withdrawal_fees\" : \"0.99\"", "report", "--from", "2025-06-01", "--to",
                      "2025-06-30", "--json", NULL));
  g_free (cli_output (ledger, "\"platform_fees\" : \"155.00\"", "report", "--from", "2025-06-01", "--to",
                      "2025-06-30", "--json", NULL));
  g_free (cli_output (ledger, "Platform fee today: rule fiverr-seller-20", "fee", "set", "Gig", "--clear", NULL));
  g_free (cli_output (ledger, "\"platform_fees\" : \"170.00\"", "report", "--from", "2025-06-01", "--to",
                      "2025-06-30", "--json", NULL));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  /* Absolute, since the runs happen in their own folders. */
  if (g_getenv ("DAFTAR_CLI") == NULL ||
      !g_file_test (g_getenv ("DAFTAR_CLI"), G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Set DAFTAR_CLI to the daftar-cli program to test.\n");
      return 1;
    }
  cli_path = g_canonicalize_filename (g_getenv ("DAFTAR_CLI"), NULL);

  g_test_add_func ("/cli-report/report/json", test_report_json);
  g_test_add_func ("/cli-report/report/other-currency", test_report_other_currency);
  g_test_add_func ("/cli-report/report/by", test_report_by);
  g_test_add_func ("/cli-report/report/text", test_report_text);
  g_test_add_func ("/cli-report/report/missing-rate", test_report_missing_rate);
  g_test_add_func ("/cli-report/report/usage", test_report_usage);
  g_test_add_func ("/cli-report/report/period", test_report_period);
  g_test_add_func ("/cli-report/report/empty", test_report_empty);
  g_test_add_func ("/cli-report/rate", test_rate);
  g_test_add_func ("/cli-report/fee", test_fee);

  status = g_test_run ();
  g_free (cli_path);
  return status;
}
