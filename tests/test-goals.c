/* test-goals.c — goals in the ledger, and the month and week measured against them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-goals"

#include "config.h"

#include <string.h>

#include "daftar-dates.h"
#include "daftar-guidance-load.h"
#include "daftar-guidance.h"
#include "daftar-store-goals.h"
#include "daftar-store-report.h"
#include "daftar-test-util.h"
#include "daftar-validate.h"

/* A new ledger in a temporary folder, and the fee rules */
typedef DaftarTestLedger Fixture;

static void
add_session (Fixture    *f,
             gint64      project_id,
             const char *utc_iso,
             gint64      hours)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (utc_iso, NULL);
  DaftarSessionDraft draft = {
    .project_id = project_id,
    .actual_seconds = hours * 3600,
    .has_paid = TRUE,
    .paid_seconds = hours * 3600,
  };
  gint64 id = 0;

  g_assert_nonnull (start);
  draft.start_utc = g_date_time_to_unix (start);
  g_assert_true (daftar_store_add_session (f->store, &draft, &id, &error));
  g_assert_no_error (error);
}

/* 40.00 USD an hour, no fees: 2 h on 20 March (30 Esfand 1403, the last day of
 * the Persian year), 3 h on 21 March (1 Farvardin 1404), 5 h on Monday 31 March,
 * 1 h on 1 April. */
static void
fill_ledger (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = "Copy",
    .platform = "direct",
    .category = DAFTAR_CATEGORY_WRITING,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "USD",
    .has_rate = TRUE,
    .rate_minor = 4000,
  };
  gint64 project = 0;

  g_assert_true (daftar_store_add_project (f->store, &draft, &project, &error));
  g_assert_no_error (error);
  add_session (f, project, "2025-03-20T10:00:00Z", 2);
  add_session (f, project, "2025-03-21T10:00:00Z", 3);
  add_session (f, project, "2025-03-31T10:00:00Z", 5);
  add_session (f, project, "2025-04-01T10:00:00Z", 1);
}

static const DaftarGoals the_goals = {
  .currency = "USD",
  .has_monthly_net = TRUE, .monthly_net_minor = 80000,   /* 800.00 */
  .has_weekly_hours = TRUE, .weekly_seconds = 12 * 3600,
  .has_target_rate = TRUE, .target_rate_minor = 5000,    /* 50.00 an hour */
};

static void
progress_on (Fixture             *f,
             DaftarCalendar       calendar,
             const char          *locale,
             const char          *today_iso,
             DaftarGoalsProgress *out)
{
  g_autoptr(GError) error = NULL;
  DaftarGoals goals;
  GDate today;

  daftar_day_to_date (daftar_test_day (today_iso), &today);
  g_assert_true (daftar_store_get_goals (f->store, &goals, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_goals_progress (f->store, &goals, "EUR", calendar, locale, &today,
                                              f->rules, out, &error));
  g_assert_no_error (error);
}

static void
test_goals_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarGoals goals;
  DaftarGoals hours_only = { .has_weekly_hours = TRUE, .weekly_seconds = 37 * 3600 + 1800 };

  g_assert_cmpint (daftar_store_get_version (f->store), >=, 8);

  g_assert_true (daftar_store_get_goals (f->store, &goals, &error));
  g_assert_no_error (error);
  g_assert_false (daftar_goals_any (&goals));

  g_assert_true (daftar_store_set_goals (f->store, &the_goals, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_get_goals (f->store, &goals, &error));
  g_assert_cmpmem (&goals, sizeof goals, &the_goals, sizeof the_goals);

  /* Hours alone need no currency */
  g_assert_true (daftar_store_set_goals (f->store, &hours_only, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_get_goals (f->store, &goals, &error));
  g_assert_false (goals.has_monthly_net);
  g_assert_false (goals.has_target_rate);
  g_assert_true (goals.has_weekly_hours);
  g_assert_cmpint (goals.weekly_seconds, ==, 37 * 3600 + 1800);

  /* None: no row */
  memset (&goals, 0, sizeof goals);
  g_assert_true (daftar_store_set_goals (f->store, &goals, &error));
  g_assert_true (daftar_store_get_goals (f->store, &goals, &error));
  g_assert_false (daftar_goals_any (&goals));
}

static void
assert_refused (Fixture           *f,
                const DaftarGoals *goals,
                int                code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = daftar_test_dump_db (f->path);
  g_autofree char *after = NULL;

  g_assert_false (daftar_store_set_goals (f->store, goals, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_goals_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarGoals goals = the_goals;

  g_assert_true (daftar_store_set_goals (f->store, &the_goals, &error));

  goals.monthly_net_minor = 0;
  assert_refused (f, &goals, DAFTAR_VALIDATION_ERROR_GOAL_NET);
  goals = the_goals;
  goals.monthly_net_minor = -5;
  assert_refused (f, &goals, DAFTAR_VALIDATION_ERROR_GOAL_NET);
  goals = the_goals;
  goals.weekly_seconds = 7 * 24 * 3600 + 1;
  assert_refused (f, &goals, DAFTAR_VALIDATION_ERROR_GOAL_HOURS);
  goals = the_goals;
  goals.target_rate_minor = 0;
  assert_refused (f, &goals, DAFTAR_VALIDATION_ERROR_GOAL_RATE);
  goals = the_goals;
  strcpy (goals.currency, "usd");
  assert_refused (f, &goals, DAFTAR_VALIDATION_ERROR_CURRENCY);
}

/* Gregorian March holds 2 + 3 + 5 h: 400.00 of 800.00; the week from Sunday
 * 30 March holds 5 + 1 h of 12 h; 40.00 of 50.00 an hour. */
static void
test_goals_progress_gregorian (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarGoalsProgress p;

  fill_ledger (f);
  g_assert_true (daftar_store_set_goals (f->store, &the_goals, &error));
  progress_on (f, DAFTAR_CALENDAR_GREGORIAN, "en_US", "2025-03-31", &p);

  g_assert_cmpstr (p.currency, ==, "USD");
  g_assert_cmpint (p.month_first, ==, daftar_test_day ("2025-03-01"));
  g_assert_cmpint (p.month_last, ==, daftar_test_day ("2025-03-31"));
  g_assert_cmpint (p.week_first, ==, daftar_test_day ("2025-03-30"));
  g_assert_cmpint (p.week_last, ==, daftar_test_day ("2025-04-05"));

  g_assert_true (p.monthly_net.set);
  g_assert_cmpint (p.monthly_net.target, ==, 80000);
  g_assert_cmpint (p.monthly_net.actual, ==, 40000);
  g_assert_cmpint (p.monthly_net.ratio_e4, ==, 5000);

  g_assert_cmpint (p.weekly_hours.target, ==, 12 * 3600);
  g_assert_cmpint (p.weekly_hours.actual, ==, 6 * 3600);
  g_assert_cmpint (p.weekly_hours.ratio_e4, ==, 5000);

  g_assert_true (p.target_rate.has_actual);
  g_assert_cmpint (p.target_rate.actual, ==, 4000);
  g_assert_cmpint (p.target_rate.ratio_e4, ==, 8000);

  /* The first of April is another month: only its 1 h */
  progress_on (f, DAFTAR_CALENDAR_GREGORIAN, "en_US", "2025-04-01", &p);
  g_assert_cmpint (p.monthly_net.actual, ==, 4000);
  g_assert_cmpint (p.monthly_net.ratio_e4, ==, 500);
}

/* Farvardin 1404 runs from 21 March to 20 April: the 20th is last year's, the
 * 1st of April this month's.  The week starts on Saturday 29 March. */
static void
test_goals_progress_persian (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarGoalsProgress p;

  fill_ledger (f);
  g_assert_true (daftar_store_set_goals (f->store, &the_goals, &error));
  progress_on (f, DAFTAR_CALENDAR_PERSIAN, "fa_IR", "2025-03-31", &p);

  g_assert_cmpint (p.month_first, ==, daftar_test_day ("2025-03-21"));
  g_assert_cmpint (p.month_last, ==, daftar_test_day ("2025-04-20"));
  g_assert_cmpint (p.week_first, ==, daftar_test_day ("2025-03-29"));
  g_assert_cmpint (p.monthly_net.actual, ==, 36000);
  g_assert_cmpint (p.monthly_net.ratio_e4, ==, 4500);
  g_assert_cmpint (p.weekly_hours.actual, ==, 6 * 3600);

  /* On the last day of Esfand, Esfand's work only */
  progress_on (f, DAFTAR_CALENDAR_PERSIAN, "fa_IR", "2025-03-20", &p);
  g_assert_cmpint (p.month_first, ==, daftar_test_day ("2025-02-19"));
  g_assert_cmpint (p.month_last, ==, daftar_test_day ("2025-03-20"));
  g_assert_cmpint (p.monthly_net.actual, ==, 8000);
  g_assert_cmpint (p.monthly_net.ratio_e4, ==, 1000);
}

/* Without money goals the report is in the home currency, and a month without
 * work has no rate to compare. */
static void
test_goals_progress_empty (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarGoals goals = { .has_weekly_hours = TRUE, .weekly_seconds = 3600,
                        .has_target_rate = FALSE };
  DaftarGoalsProgress p;

  g_assert_true (daftar_store_set_goals (f->store, &goals, &error));
  progress_on (f, DAFTAR_CALENDAR_GREGORIAN, "en_US", "2025-03-31", &p);
  g_assert_cmpstr (p.currency, ==, "EUR");
  g_assert_false (p.monthly_net.set);
  g_assert_false (p.target_rate.set);
  g_assert_false (p.target_rate.has_actual);
  g_assert_true (p.weekly_hours.set);
  g_assert_cmpint (p.weekly_hours.actual, ==, 0);
  g_assert_cmpint (p.weekly_hours.ratio_e4, ==, 0);
}

/* 3100.00 a month of 31 days: by the 16th, 15 days are over and the pace asks
 * for 1500.00; a tenth of the goal (310.00) short is still on pace. */
static void
test_goals_pace (void)
{
  DaftarGoalsProgress p = {
    .month_first = daftar_test_day ("2025-03-01"),
    .month_last = daftar_test_day ("2025-03-31"),
    .today = daftar_test_day ("2025-03-16"),
    .monthly_net = { .set = TRUE, .target = 310000, .has_actual = TRUE },
  };
  gint64 expected = 0;

  p.monthly_net.actual = 119000;
  g_assert_false (daftar_goals_month_behind (&p, &expected));
  g_assert_cmpint (expected, ==, 150000);

  p.monthly_net.actual = 118999;
  g_assert_true (daftar_goals_month_behind (&p, &expected));

  /* On the first day nothing is over yet */
  p.today = p.month_first;
  p.monthly_net.actual = 0;
  g_assert_false (daftar_goals_month_behind (&p, NULL));

  /* No goal, no pace */
  p.today = daftar_test_day ("2025-03-30");
  p.monthly_net.set = FALSE;
  g_assert_false (daftar_goals_month_behind (&p, NULL));
}

/* Guidance over the present month shows the pace card, in the goal's currency
 * only: nothing is netted, so any day after the first is behind. */
static void
test_goals_guidance (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFormat) format = daftar_format_new ("en_US", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  g_autoptr(DaftarGuidance) guidance = NULL;
  g_autoptr(DaftarGuidance) in_euros = NULL;
  g_autoptr(DaftarGuidance) last_year = NULL;
  DaftarGoals goals = { .currency = "USD", .has_monthly_net = TRUE, .monthly_net_minor = 100000000 };
  GDate today, first, last;
  DaftarDay from, to;
  gboolean first_day;

  g_assert_true (daftar_store_set_goals (f->store, &goals, &error));
  daftar_date_today (&today);
  g_assert_true (daftar_period_resolve (DAFTAR_PERIOD_THIS_MONTH, DAFTAR_CALENDAR_GREGORIAN,
                                        "en_US", &today, &first, &last));
  from = daftar_day_from_date (&first);
  to = daftar_day_from_date (&last);
  first_day = g_date_compare (&today, &first) == 0;

  guidance = daftar_store_load_guidance (f->store, from, to, "USD", format, &error);
  g_assert_no_error (error);
  if (first_day)
    g_assert_null (daftar_guidance_find (guidance, "goal-pace-month"));
  else
    g_assert_nonnull (daftar_guidance_find (guidance, "goal-pace-month"));

  in_euros = daftar_store_load_guidance (f->store, from, to, "EUR", format, &error);
  g_assert_no_error (error);
  g_assert_null (daftar_guidance_find (in_euros, "goal-pace-month"));

  last_year = daftar_store_load_guidance (f->store, from - 400, from - 370, "USD", format, &error);
  g_assert_no_error (error);
  g_assert_null (daftar_guidance_find (last_year, "goal-pace-month"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/goals/" path, Fixture, NULL, daftar_test_ledger_set_up_rules, func, daftar_test_ledger_tear_down)
  ADD ("round-trip", test_goals_round_trip);
  ADD ("refused", test_goals_refused);
  ADD ("progress/gregorian", test_goals_progress_gregorian);
  ADD ("progress/persian", test_goals_progress_persian);
  ADD ("progress/empty", test_goals_progress_empty);
  ADD ("guidance", test_goals_guidance);
#undef ADD
  g_test_add_func ("/goals/pace", test_goals_pace);

  return g_test_run ();
}
