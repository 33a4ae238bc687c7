/* bench-report.c — `report --period year --by project` over a million sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test --benchmark` (or `make benchmark`). DAFTAR_BENCH_SESSIONS sets
 * the size (default 1,000,000); DAFTAR_BENCH_LEDGER names a ledger made before, to
 * time instead. Every session falls in this calendar year, up to now,
 * so the report reads all of them. The ledger mixes what makes a report work: hourly,
 * fixed-price and per-task projects on six platforms (a contract rate, PeoplePerHour's
 * tiers with their history, Fiverr's 20%), projects in euros and pounds with a rate
 * for every day, an AI subscription on a third of the sessions, and payments.
 *
 * Timed: the core call (the store's aggregate query plus the calculation) on a fresh
 * connection and warm; the guidance over the same year (what the Guidance page does,
 * over 90 days, at most); and `daftar-cli report --period year --by project --json`
 * as a whole process when $DAFTAR_CLI names the program.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <gio/gio.h>

#include "daftar-guidance-load.h"
#include "daftar-guidance.h"
#include "daftar-period.h"
#include "daftar-store-private.h"
#include "daftar-store-report.h"
#include "daftar-test-util.h"

#define N_PROJECTS 40
#define BATCH      10000
#define N_WARM     20

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static double
median_ms (gint64 *samples,
           guint   n)
{
  qsort (samples, n, sizeof (gint64), compare_gint64);
  return samples[n / 2] / 1000.0;
}

typedef struct
{
  const char    *platform;
  DaftarPricing  pricing;
  const char    *currency;
} Kind;

static const Kind kinds[] = {
  { "upwork", DAFTAR_PRICING_HOURLY, "USD" },
  { "outlier", DAFTAR_PRICING_HOURLY, "USD" },
  { "fiverr", DAFTAR_PRICING_FIXED, "USD" },
  { "peopleperhour", DAFTAR_PRICING_HOURLY, "GBP" },
  { "direct", DAFTAR_PRICING_HOURLY, "EUR" },
  { "freelancer", DAFTAR_PRICING_PER_TASK, "USD" },
  { "mercor", DAFTAR_PRICING_HOURLY, "USD" },
  { "upwork", DAFTAR_PRICING_FIXED, "USD" },
};

static void
build_ledger (DaftarStore *store,
              gint64       n_sessions,
              DaftarDay    first_day,
              gint64       now_utc,
              gint64       projects[N_PROJECTS])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_load_default (&error);
  static const char * const tools[] = { "ChatGPT", "DeepL", NULL };
  DaftarMoney chatgpt_cost = { 2000, "USD" };
  gint64 first_utc = (gint64) first_day * 86400;
  gint64 span = now_utc - 4 * 3600 - first_utc;
  GRand *rand = g_rand_new_with_seed (42);
  gint64 t0, t1;

  g_assert_no_error (error);
  g_assert_cmpint (span, >, 0);

  /* ChatGPT Plus at $20 a month */
  g_assert_true (daftar_store_add_tool (store, "ChatGPT Plus", &chatgpt_cost, NULL, &error));

  for (int i = 0; i < N_PROJECTS; i++)
    {
      const Kind *kind = &kinds[i % G_N_ELEMENTS (kinds)];
      g_autofree char *name = g_strdup_printf ("Project %02d", i);
      g_autofree char *client = g_strdup_printf ("Client %d", i % 7);
      DaftarProjectDraft draft = { name, client, kind->platform, i % DAFTAR_N_CATEGORIES, kind->pricing,
                                   kind->currency, kind->pricing == DAFTAR_PRICING_HOURLY, 2000 + i * 100,
                                   kind->pricing == DAFTAR_PRICING_FIXED, 50000 };

      g_assert_true (daftar_store_add_project (store, &draft, &projects[i], &error));

      if (g_str_equal (kind->platform, "upwork") && kind->pricing == DAFTAR_PRICING_HOURLY)
        {
          DaftarProjectFees fees = { .project_id = projects[i], .has_contract_ppm = TRUE, .contract_ppm = 150000,
                                     .withdrawal_rule = (char *) "upwork-withdraw-local-bank" };

          g_assert_true (daftar_store_set_project_fees (store, &fees, rules, &error));
        }
    }

  /* A rate for every day of the year */
  g_assert_true (daftar_store_begin (store, &error));
  for (DaftarDay d = first_day - 1; d <= first_day + 366; d++)
    {
      DaftarExchangeRate eur = { 0, d, "EUR", "USD", 108000000 + (d % 50) * 100000, DAFTAR_RATE_SOURCE_USER };
      DaftarExchangeRate gbp = { 0, d, "GBP", "USD", 126000000 + (d % 30) * 100000, DAFTAR_RATE_SOURCE_FEED };

      g_assert_true (daftar_store_add_rate (store, &eur, NULL, &error));
      g_assert_true (daftar_store_add_rate (store, &gbp, NULL, &error));
    }
  g_assert_true (daftar_store_commit (store, &error));

  t0 = g_get_monotonic_time ();
  for (gint64 i = 0; i < n_sessions; i++)
    {
      gint64 actual = 900 + g_rand_int_range (rand, 0, 4 * 3600);
      int p = g_rand_int_range (rand, 0, N_PROJECTS);
      const Kind *kind = &kinds[p % G_N_ELEMENTS (kinds)];
      DaftarSessionDraft draft = {
        .project_id = projects[p],
        .start_utc = first_utc + span * i / n_sessions,
        .utc_offset = 12600,
        .actual_seconds = actual,
        .has_paid = TRUE,
        .paid_seconds = actual * 3 / 4,
        .has_earned = kind->pricing == DAFTAR_PRICING_PER_TASK,
        .earned_minor = 500 + g_rand_int_range (rand, 0, 2000),
        .note = "benchmark",
        .tools = i % 3 == 0 ? tools : NULL,
      };

      if (i % BATCH == 0)
        {
          if (i > 0)
            g_assert_true (daftar_store_commit (store, &error));
          g_assert_true (daftar_store_begin (store, &error));
        }
      if (!daftar_store_add_session (store, &draft, NULL, &error))
        g_error ("%s", error->message);
    }
  g_assert_true (daftar_store_commit (store, &error));
  t1 = g_get_monotonic_time ();

  /* ChatGPT Plus on the sessions with tools; the builtin ChatGPT has no cost */
  g_assert_true (daftar_store_exec (store,
                                    "INSERT INTO session_tools (session_id, tool_id) "
                                    "SELECT st.session_id, (SELECT id FROM tools WHERE name = 'ChatGPT Plus') "
                                    "FROM session_tools st JOIN tools t ON t.id = st.tool_id "
                                    "WHERE t.name = 'ChatGPT'", &error));

  /* Payments: weekly on each fixed-price project, monthly withdrawals elsewhere */
  g_assert_true (daftar_store_begin (store, &error));
  for (int p = 0; p < N_PROJECTS; p++)
    {
      const Kind *kind = &kinds[p % G_N_ELEMENTS (kinds)];
      int step = kind->pricing == DAFTAR_PRICING_FIXED ? 7 : 30;

      for (gint64 d = first_day + p % 7; d * 86400 < now_utc - 86400; d += step)
        {
          char iso[DAFTAR_DAY_ISO_LEN];
          DaftarPaymentDraft payment = { projects[p], iso, 20000 + p * 1000, p % 2 ? 0 : 99, NULL };

          daftar_day_to_iso ((DaftarDay) d, iso);
          if (!daftar_store_add_payment (store, &payment, NULL, &error))
            g_error ("%s", error->message);
        }
    }
  g_assert_true (daftar_store_commit (store, &error));

  printf ("ledger: %" G_GINT64_FORMAT " sessions this year in %.1f s (%.0f sessions/s through the "
          "validating store API, %d per transaction), %d projects, rates for every day\n",
          n_sessions, (t1 - t0) / 1e6, n_sessions / ((t1 - t0) / 1e6), BATCH, N_PROJECTS);

  g_rand_free (rand);
}

static void
time_core (const char       *path,
           DaftarDay         from,
           DaftarDay         to,
           DaftarEarningsBy  by,
           const DaftarFeeRules *rules)
{
  g_autoptr(GError) error = NULL;
  gint64 samples[N_WARM], load_samples[N_WARM], compute_samples[N_WARM];
  gint64 t0, first;
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(DaftarEarningsReport) report = NULL;
  guint n_rows = 0;

  /* A fresh connection: no cached statements, an empty SQLite page cache */
  t0 = g_get_monotonic_time ();
  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  report = daftar_store_report_earnings (store, from, to, "USD", by, rules, &error);
  g_assert_no_error (error);
  first = g_get_monotonic_time () - t0;

  for (guint i = 0; i < N_WARM; i++)
    {
      g_autoptr(DaftarEarningsInput) input = NULL;
      gint64 t1, t2;

      g_clear_pointer (&report, daftar_earnings_report_free);
      t0 = g_get_monotonic_time ();
      input = daftar_store_load_earnings (store, from, to, "USD", by, rules, &error);
      g_assert_no_error (error);
      t1 = g_get_monotonic_time ();
      report = daftar_earnings_compute (input, &error);
      g_assert_no_error (error);
      t2 = g_get_monotonic_time ();

      samples[i] = t2 - t0;
      load_samples[i] = t1 - t0;
      compute_samples[i] = t2 - t1;
      n_rows = input->work->len;
    }

  printf ("report --by %-8s %" G_GINT64_FORMAT " sessions → %u rows, %u groups, net %.2f USD: "
          "fresh connection %.1f ms; warm median %.1f ms (SQL %.1f ms + calculation %.1f ms)\n",
          daftar_earnings_by_to_key (by), report->totals->n_sessions, n_rows, report->groups->len,
          report->totals->net_minor / 100.0, first / 1000.0, median_ms (samples, N_WARM),
          median_ms (load_samples, N_WARM), median_ms (compute_samples, N_WARM));
}

static void
time_guidance (const char *path,
               DaftarDay   from,
               DaftarDay   to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFormat) format = daftar_format_new ("en_US", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(DaftarGuidance) guidance = NULL;
  gint64 samples[N_WARM];
  gint64 t0, first;

  t0 = g_get_monotonic_time ();
  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  guidance = daftar_store_load_guidance (store, from, to, "USD", format, &error);
  g_assert_no_error (error);
  first = g_get_monotonic_time () - t0;

  for (guint i = 0; i < N_WARM; i++)
    {
      g_clear_pointer (&guidance, daftar_guidance_free);
      t0 = g_get_monotonic_time ();
      guidance = daftar_store_load_guidance (store, from, to, "USD", format, &error);
      g_assert_no_error (error);
      samples[i] = g_get_monotonic_time () - t0;
    }

  printf ("guidance over %" G_GINT64_FORMAT " h of work → %u cards: fresh connection %.1f ms; "
          "warm median %.1f ms\n",
          guidance->actual_seconds / 3600, guidance->cards->len, first / 1000.0,
          median_ms (samples, N_WARM));
}

static void
time_cli (const char *path)
{
  const char *cli = g_getenv ("DAFTAR_CLI");
  gint64 samples[5];

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      printf ("daftar-cli: not timed, set DAFTAR_CLI\n");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GBytes) out = NULL;
      gint64 t0 = g_get_monotonic_time ();

      process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, cli, "--db", path, "report",
                                  "--period", "year", "--by", "project", "--currency", "USD", "--json", NULL);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_communicate (process, NULL, NULL, &out, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_successful (process));
      samples[i] = g_get_monotonic_time () - t0;
    }

  printf ("daftar-cli report --period year --by project --json, whole process: median of %u %.1f ms\n",
          (guint) G_N_ELEMENTS (samples), median_ms (samples, G_N_ELEMENTS (samples)));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(DaftarFeeRules) rules = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *env = g_getenv ("DAFTAR_BENCH_SESSIONS");
  gint64 n_sessions = env ? g_ascii_strtoll (env, NULL, 10) : 1000000;
  gint64 projects[N_PROJECTS];
  GDate today, first, last;

  /* The period --period year resolves to, as daftar-cli does in a Gregorian locale */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_assert_true (daftar_period_resolve (DAFTAR_PERIOD_THIS_YEAR, DAFTAR_CALENDAR_GREGORIAN, "en_US",
                                        &today, &first, &last));

  rules = daftar_fee_rules_load_default (&error);
  g_assert_no_error (error);

  if (g_getenv ("DAFTAR_BENCH_LEDGER") != NULL)
    {
      g_free (path);
      path = g_strdup (g_getenv ("DAFTAR_BENCH_LEDGER"));
      printf ("ledger: %s\n", path);
    }
  else
    {
      store = daftar_store_open (path, &error);
      g_assert_no_error (error);
      build_ledger (store, n_sessions, daftar_day_from_date (&first), g_date_time_to_unix (now), projects);
      g_clear_object (&store);
    }

  time_core (path, daftar_day_from_date (&first), daftar_day_from_date (&last), DAFTAR_EARNINGS_BY_PROJECT, rules);
  time_core (path, daftar_day_from_date (&first), daftar_day_from_date (&last), DAFTAR_EARNINGS_BY_AI, rules);
  time_core (path, daftar_day_from_date (&first), daftar_day_from_date (&last), DAFTAR_EARNINGS_BY_TOOL, rules);
  time_guidance (path, daftar_day_from_date (&first), daftar_day_from_date (&last));
  time_cli (path);

  daftar_test_rm_rf (dir);
  return 0;
}
