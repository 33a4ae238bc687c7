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

#include "daftar-test-cli.h"
#include "daftar-test-util.h"

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
    "gross", "platform_fees", "withdrawal_fees", "tool_costs", "platform_costs", "net", "nominal_rate",
    "effective_rate",
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
    { 2, "Unknown period. Run “daftar-cli report --help” for the list.", { "report", "--period", "fortnight" } },
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

/* A $300 Fiverr milestone of a $500 job, paid on Dec 1 for 8 h of November's work:
 * November's money on the work basis (the default), December's on the paid basis;
 * what is still awaited beside net. */
static void
test_report_basis (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  const char *localedir = g_getenv ("DAFTAR_LOCALEDIR");
  const char *persian[] = { "LANGUAGE", "fa", "LANG", "fa_IR.UTF-8", "LC_ALL", "fa_IR.UTF-8",
                            "DAFTAR_LOCALEDIR", localedir, NULL };
  static const struct
  {
    const char *from, *to, *basis, *gross, *net, *awaiting;
  } cases[] = {
    { "2025-11-01", "2025-11-30", NULL, "300.00", "239.00", "500.00" },
    { "2025-11-01", "2025-11-30", "work", "300.00", "239.00", "500.00" },
    { "2025-12-01", "2025-12-31", "work", "0.00", "0.00", "200.00" },
    { "2025-11-01", "2025-11-30", "paid", "0.00", "0.00", "500.00" },
    { "2025-12-01", "2025-12-31", "paid", "300.00", "239.00", "200.00" },
    /* The first half of November: the first session's 3 h of 8 */
    { "2025-11-01", "2025-11-10", "work", "112.50", "89.62", "500.00" },
  };

#define RUN(...) g_free (cli_output (ledger, NULL, __VA_ARGS__, NULL))
  RUN ("project", "add", "Logo", "--platform", "fiverr", "--category", "graphic-design",
       "--pricing", "fixed", "--currency", "USD", "--price", "500");
  RUN ("log", "Logo", "--date", "2025-11-10", "--start", "09:00", "--duration", "3h");
  RUN ("log", "Logo", "--date", "2025-11-12", "--start", "09:00", "--duration", "5h");
  RUN ("pay", "Logo", "--date", "2025-12-01", "--amount", "300", "--withdrawal-fee", "1");
#undef RUN

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *out = cases[i].basis != NULL ?
        cli_output (ledger, NULL, "report", "--from", cases[i].from, "--to", cases[i].to,
                    "--basis", cases[i].basis, "--json", NULL) :
        cli_output (ledger, NULL, "report", "--from", cases[i].from, "--to", cases[i].to, "--json", NULL);
      JsonObject *report = parse_object (out, &root);
      JsonObject *totals = json_object_get_object_member (report, "totals");
      JsonArray *groups = json_object_get_array_member (report, "groups");

      g_test_message ("%s – %s on the %s basis", cases[i].from, cases[i].to, cases[i].basis);
      g_assert_cmpstr (member_string (report, "basis"), ==, cases[i].basis ? cases[i].basis : "work");
      g_assert_cmpstr (member_string (totals, "gross"), ==, cases[i].gross);
      g_assert_cmpstr (member_string (totals, "net"), ==, cases[i].net);
      g_assert_cmpstr (member_string (totals, "awaiting_payment"), ==, cases[i].awaiting);
      g_assert_cmpuint (json_array_get_length (groups), ==, 1);
      g_assert_cmpstr (member_string (json_array_get_object_element (groups, 0), "awaiting_payment"),
                       ==, cases[i].awaiting);
    }

  /* The text says which basis it counts on, and what is awaited */
  g_free (cli_output (ledger, "Earned: fixed-price payments count on the days of the work", "report",
                      "--from", "2025-11-01", "--to", "2025-11-30", NULL));
  g_free (cli_output (ledger, "awaiting payment 500.00 USD (not in net)", "report",
                      "--from", "2025-11-01", "--to", "2025-11-30", NULL));
  g_free (cli_output (ledger, "Received: payments count on the day they arrived.", "report",
                      "--from", "2025-12-01", "--to", "2025-12-31", "--basis", "paid", NULL));

  /* A basis it doesn't know is a usage error, in the user's language */
  {
    g_autoptr(CliRun) run = run_cli (ledger, "report", "--basis", "cash", NULL);
    const char *args[] = { "--db", ledger->db, "report", "--basis", "cash", NULL };
    g_autoptr(CliRun) fa = NULL;

    expect_failure (run, 2, "--basis takes work or paid.");
    if (localedir != NULL)
      {
        fa = run_cliv (ledger, persian, args);
        expect_failure (fa, 2, "--basis");
        g_assert_null (strstr (fa->err, "takes work or paid"));
      }
  }
}

/* pay --platform-fee records what the platform took; reports use it instead of the rule. */
static void
test_report_platform_fee (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *out = NULL;
  JsonObject *totals;

  g_free (cli_output (ledger, NULL, "project", "add", "Logo", "--platform", "fiverr", "--category",
                      "graphic-design", "--pricing", "fixed", "--currency", "USD", "--price", "100", NULL));
  g_free (cli_output (ledger, NULL, "log", "Logo", "--date", "2025-03-03", "--start", "09:00",
                      "--duration", "2h", NULL));
  assert_write_fails (ledger, 1, "together can’t be more than the payment", "pay", "Logo",
                      "--date", "2025-03-05", "--amount", "100", "--withdrawal-fee", "1",
                      "--platform-fee", "99.01", NULL);
  assert_write_fails (ledger, 1, "--platform-fee", "pay", "Logo", "--date", "2025-03-05",
                      "--amount", "100", "--platform-fee", "ten", NULL);
  g_free (cli_output (ledger, "Recorded payment 1", "pay", "Logo", "--date", "2025-03-05",
                      "--amount", "100", "--platform-fee", "۱۲٫۵", NULL));

  out = cli_output (ledger, NULL, "report", "--from", "2025-03-01", "--to", "2025-03-31",
                    "--basis", "paid", "--json", NULL);
  totals = json_object_get_object_member (parse_object (out, &root), "totals");
  g_assert_cmpstr (member_string (totals, "platform_fees"), ==, "12.50");
  g_assert_cmpstr (member_string (totals, "net"), ==, "87.50");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&root, json_node_unref);

  out = cli_output (ledger, "\"platform_fee\":\"12.50\"", "export", "--format", "json", NULL);
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
  daftar_test_cli_path = g_canonicalize_filename (g_getenv ("DAFTAR_CLI"), NULL);

  g_test_add_func ("/cli-report/report/json", test_report_json);
  g_test_add_func ("/cli-report/report/other-currency", test_report_other_currency);
  g_test_add_func ("/cli-report/report/by", test_report_by);
  g_test_add_func ("/cli-report/report/text", test_report_text);
  g_test_add_func ("/cli-report/report/missing-rate", test_report_missing_rate);
  g_test_add_func ("/cli-report/report/usage", test_report_usage);
  g_test_add_func ("/cli-report/report/period", test_report_period);
  g_test_add_func ("/cli-report/report/empty", test_report_empty);
  g_test_add_func ("/cli-report/report/basis", test_report_basis);
  g_test_add_func ("/cli-report/report/platform-fee", test_report_platform_fee);
  g_test_add_func ("/cli-report/rate", test_rate);
  g_test_add_func ("/cli-report/fee", test_fee);

  status = g_test_run ();
  g_free (daftar_test_cli_path);
  return status;
}
