/* test-sample.c — the sample month fills an empty ledger, and only an empty one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "daftar-sample.h"
#include "daftar-store-report.h"
#include "daftar-test-util.h"

/* A new ledger in a temporary folder */
typedef DaftarTestLedger Fixture;

static const DaftarProject *
find_project (GPtrArray  *projects,
              const char *platform_key)
{
  for (guint i = 0; i < projects->len; i++)
    {
      const DaftarProject *project = g_ptr_array_index (projects, i);

      if (g_strcmp0 (project->platform_key, platform_key) == 0)
        return project;
    }

  return NULL;
}

static const DaftarTool *
find_tool (GPtrArray  *tools,
           const char *name)
{
  for (guint i = 0; i < tools->len; i++)
    {
      const DaftarTool *tool = g_ptr_array_index (tools, i);

      if (g_strcmp0 (tool->name, name) == 0)
        return tool;
    }

  return NULL;
}

static gboolean
has_tool (const DaftarSession *session,
          const char          *name)
{
  for (guint i = 0; i < session->tools->len; i++)
    if (g_strcmp0 (g_ptr_array_index (session->tools, i), name) == 0)
      return TRUE;

  return FALSE;
}

static void
count_changes (DaftarStore *store,
               guint        changes,
               gpointer     user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_fill (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GHashTable) categories = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) currencies = g_hash_table_new (g_str_hash, g_str_equal);
  const DaftarProject *outlier, *mercor, *fiverr, *upwork, *direct, *annotation;
  const DaftarTool *chatgpt, *midjourney;
  guint n_capped = 0, n_with_tools = 0, n_with_fee = 0, n_earned = 0, n_changed = 0;
  gint64 outlier_actual = 0, outlier_paid = 0;
  gint64 first_day, last_day;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, G_DATE_MARCH, 2025);

  g_signal_connect (f->store, "changed", G_CALLBACK (count_changes), &n_changed);
  g_assert_true (daftar_sample_fill (f->store, &today, &error));
  g_assert_no_error (error);
  /* One transaction: one ::changed */
  g_assert_cmpuint (n_changed, ==, 1);

  g_assert_true (daftar_store_check_integrity (f->store, &error));
  g_assert_no_error (error);

  projects = daftar_store_list_projects (f->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (projects->len, >=, 6);

  outlier = find_project (projects, "outlier");
  mercor = find_project (projects, "mercor");
  fiverr = find_project (projects, "fiverr");
  upwork = find_project (projects, "upwork");
  direct = find_project (projects, "direct");
  annotation = find_project (projects, "dataannotation");
  g_assert_nonnull (outlier);
  g_assert_nonnull (mercor);
  g_assert_nonnull (fiverr);
  g_assert_nonnull (upwork);
  g_assert_nonnull (direct);
  g_assert_nonnull (annotation);

  g_assert_cmpint (outlier->pricing, ==, DAFTAR_PRICING_HOURLY);
  g_assert_cmpint (outlier->rate_minor, ==, 4000);
  g_assert_cmpint (mercor->rate_minor, ==, 4500);
  g_assert_cmpint (fiverr->pricing, ==, DAFTAR_PRICING_FIXED);
  g_assert_cmpint (upwork->rate_minor, ==, 2500);
  g_assert_cmpint (annotation->pricing, ==, DAFTAR_PRICING_PER_TASK);
  g_assert_cmpstr (direct->currency, !=, "USD");

  for (guint i = 0; i < projects->len; i++)
    {
      const DaftarProject *project = g_ptr_array_index (projects, i);

      g_hash_table_add (categories, GINT_TO_POINTER (project->category));
      g_hash_table_add (currencies, (gpointer) project->currency);
    }
  g_assert_cmpuint (g_hash_table_size (categories), >=, 3);
  g_assert_cmpuint (g_hash_table_size (currencies), >=, 2);

  sessions = daftar_store_list_sessions (f->store, G_MININT64, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, >=, 35);
  g_assert_cmpuint (sessions->len, <=, 60);

  /* Thirty days ending on @today, in the local zone */
  {
    g_autoptr(GDateTime) first = g_date_time_new_local (2025, 3, 2, 0, 0, 0);
    g_autoptr(GDateTime) after = g_date_time_new_local (2025, 4, 1, 0, 0, 0);

    first_day = g_date_time_to_unix (first);
    last_day = g_date_time_to_unix (after);
  }
  for (guint i = 0; i < sessions->len; i++)
    {
      const DaftarSession *session = g_ptr_array_index (sessions, i);

      g_assert_cmpint (session->start_utc, >=, first_day);
      g_assert_cmpint (session->start_utc + session->actual_seconds, <=, last_day);
      g_assert_cmpint (session->paid_seconds, <=, session->actual_seconds);
      g_assert_cmpint (session->paid_seconds, >, 0);

      if (session->tools->len > 0)
        n_with_tools++;
      if (session->has_earned)
        {
          g_assert_cmpint (session->project_id, ==, annotation->id);
          g_assert_cmpint (session->earned_minor, >, 0);
          n_earned++;
        }

      if (session->project_id == outlier->id)
        {
          outlier_actual += session->actual_seconds;
          outlier_paid += session->paid_seconds;
          if (session->paid_seconds < session->actual_seconds)
            n_capped++;
        }
    }

  g_assert_cmpuint (n_capped, >=, 1);
  g_assert_cmpuint (n_earned, >=, 1);
  g_assert_cmpuint (n_with_tools, >=, sessions->len / 3);
  /* Advertised $40/h, but only about half the time is paid: the gap the app shows */
  g_assert_cmpint (outlier_paid * 100 / outlier_actual, <, 75);
  g_assert_cmpint (outlier_paid * 100 / outlier_actual, >, 40);

  tools = daftar_store_list_tools (f->store, TRUE, &error);
  g_assert_no_error (error);
  chatgpt = find_tool (tools, "ChatGPT");
  midjourney = find_tool (tools, "Midjourney");
  g_assert_nonnull (chatgpt);
  g_assert_nonnull (midjourney);
  g_assert_true (chatgpt->has_cost);
  g_assert_cmpint (chatgpt->monthly_cost.minor, ==, 2000);
  g_assert_cmpstr (chatgpt->monthly_cost.currency, ==, "USD");
  g_assert_true (midjourney->has_cost);
  g_assert_cmpint (midjourney->monthly_cost.minor, ==, 1000);

  {
    gboolean any_chatgpt = FALSE, any_midjourney = FALSE;

    for (guint i = 0; i < sessions->len; i++)
      {
        any_chatgpt |= has_tool (g_ptr_array_index (sessions, i), "ChatGPT");
        any_midjourney |= has_tool (g_ptr_array_index (sessions, i), "Midjourney");
      }
    g_assert_true (any_chatgpt);
    g_assert_true (any_midjourney);
  }

  payments = daftar_store_list_payments (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (payments->len, >=, 3);
  for (guint i = 0; i < payments->len; i++)
    {
      const DaftarPayment *payment = g_ptr_array_index (payments, i);

      g_assert_cmpstr (payment->date, >=, "2025-03-02");
      g_assert_cmpstr (payment->date, <=, "2025-03-31");
      g_assert_cmpint (payment->amount.minor, >, 0);
      if (payment->withdrawal_fee_minor > 0)
        n_with_fee++;
      /* Upwork said what it took from the blog's payout: 10%; the others follow rules */
      g_assert_cmpint (payment->has_platform_fee, ==, payment->project_id == upwork->id);
      if (payment->has_platform_fee)
        g_assert_cmpint (payment->platform_fee_minor, ==, payment->amount.minor / 10);
    }
  g_assert_cmpuint (n_with_fee, >=, 2);
}

static char *
describe_sessions (DaftarStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = daftar_store_list_sessions (store, G_MININT64, G_MAXINT64, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      const DaftarSession *s = g_ptr_array_index (sessions, i);

      g_string_append_printf (out, "%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%"
                              G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%s|%u\n",
                              s->project_name, s->start_utc, s->actual_seconds,
                              s->paid_seconds, s->earned_minor, s->note ? s->note : "",
                              s->tools->len);
    }

  return g_string_free (out, FALSE);
}

/* The same day gives the same month. */
static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) other = daftar_store_open (path, &error);
  g_autofree char *dump = NULL;
  g_autofree char *other_dump = NULL;
  GDate today;

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 14, G_DATE_NOVEMBER, 2024);

  g_assert_true (daftar_sample_fill (f->store, &today, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_sample_fill (other, &today, &error));
  g_assert_no_error (error);

  dump = describe_sessions (f->store);
  other_dump = describe_sessions (other);
  g_assert_cmpstr (dump, !=, "");
  g_assert_cmpstr (dump, ==, other_dump);

  g_clear_object (&other);
  daftar_test_rm_rf (dir);
}

/* Today, or a day after it: nothing starts in the future. */
static void
test_no_future (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 40);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autofree char *today_iso = g_date_time_format (now, "%Y-%m-%d");
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (later),
                  g_date_time_get_month (later), g_date_time_get_year (later));

  g_assert_true (daftar_sample_fill (f->store, &today, &error));
  g_assert_no_error (error);

  sessions = daftar_store_list_sessions (f->store, G_MININT64, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, >=, 30);
  for (guint i = 0; i < sessions->len; i++)
    {
      const DaftarSession *session = g_ptr_array_index (sessions, i);

      g_assert_cmpint (session->start_utc + session->actual_seconds, <=,
                       g_date_time_to_unix (now) + 1);
    }

  payments = daftar_store_list_payments (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < payments->len; i++)
    g_assert_cmpstr (((DaftarPayment *) g_ptr_array_index (payments, i))->date, <=, today_iso);
}

static void
test_refuses_non_empty (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DaftarProjectDraft draft = {
    .name = "Existing work",
    .platform = "upwork",
    .category = DAFTAR_CATEGORY_WRITING,
    .pricing = DAFTAR_PRICING_FIXED,
    .currency = "USD",
    .has_price = TRUE,
    .price_minor = 10000,
  };
  guint n_changed = 0;
  gint64 id = 0;
  GDate today;

  g_assert_true (daftar_store_add_project (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  /* Archived projects count too */
  g_assert_true (daftar_store_set_project_archived (f->store, id, TRUE, &error));
  g_assert_no_error (error);

  before = daftar_test_dump_db (f->path);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, G_DATE_MARCH, 2025);
  g_signal_connect (f->store, "changed", G_CALLBACK (count_changes), &n_changed);
  g_assert_false (daftar_sample_fill (f->store, &today, &error));
  g_assert_error (error, DAFTAR_SAMPLE_ERROR, DAFTAR_SAMPLE_ERROR_NOT_EMPTY);
  g_assert_nonnull (strstr (error->message, "empty ledger"));
  g_assert_cmpuint (n_changed, ==, 0);

  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);

  /* The store is still usable: the transaction was closed */
  g_clear_error (&error);
  g_assert_true (daftar_store_check_integrity (f->store, &error));
  g_assert_no_error (error);
  draft.name = "More work";
  g_assert_true (daftar_store_add_project (f->store, &draft, NULL, &error));
  g_assert_no_error (error);
}

static const DaftarEarningsLine *
project_line (DaftarStore          *store,
              const DaftarFeeRules *rules,
              const char           *from,
              const char           *to,
              DaftarEarningsBasis   basis,
              gint64                project_id,
              DaftarEarningsReport **out_report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarEarningsInput) input = NULL;
  DaftarDay first, last;

  g_assert_true (daftar_day_from_iso (from, &first));
  g_assert_true (daftar_day_from_iso (to, &last));
  input = daftar_store_load_earnings (store, first, last, "USD", DAFTAR_EARNINGS_BY_PROJECT, rules, &error);
  g_assert_no_error (error);
  input->query.basis = basis;
  *out_report = daftar_earnings_compute (input, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < (*out_report)->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index ((*out_report)->groups, i);

      if (line->id == project_id)
        return line;
    }

  return NULL;
}

/* The sample's Fiverr logo: $300 paid on Dec 1 for work done in November.  It is
 * November's money on the work basis and December's on the paid basis. */
static void
test_milestone_basis (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_load_default (&error);
  g_autoptr(DaftarEarningsReport) nov = NULL;
  g_autoptr(DaftarEarningsReport) dec = NULL;
  g_autoptr(DaftarEarningsReport) paid_nov = NULL;
  g_autoptr(DaftarEarningsReport) paid_dec = NULL;
  const DaftarEarningsLine *line;
  const DaftarProject *fiverr;
  const DaftarPayment *payment = NULL;
  GDate today;

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 6, G_DATE_DECEMBER, 2026);
  g_assert_true (daftar_sample_fill (f->store, &today, &error));
  g_assert_no_error (error);

  projects = daftar_store_list_projects (f->store, TRUE, &error);
  g_assert_no_error (error);
  fiverr = find_project (projects, "fiverr");
  g_assert_nonnull (fiverr);
  payments = daftar_store_list_payments (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < payments->len; i++)
    if (((DaftarPayment *) g_ptr_array_index (payments, i))->project_id == fiverr->id)
      payment = g_ptr_array_index (payments, i);
  g_assert_nonnull (payment);
  g_assert_cmpstr (payment->date, ==, "2026-12-01");
  g_assert_cmpint (payment->amount.minor, ==, 30000);

  line = project_line (f->store, rules, "2026-11-01", "2026-11-30", DAFTAR_EARNINGS_BASIS_WORK, fiverr->id, &nov);
  g_assert_nonnull (line);
  g_assert_cmpint (line->gross_minor, ==, 30000);
  g_assert_cmpint (line->platform_fees_minor, ==, 6000);
  g_assert_cmpint (line->withdrawal_fees_minor, ==, payment->withdrawal_fee_minor);
  /* Less the AI subscriptions of the logo's November sessions */
  g_assert_cmpint (line->net_minor, ==, 24000 - payment->withdrawal_fee_minor - line->tool_costs_minor);
  g_assert_cmpint (line->actual_seconds, >, 0);
  line = project_line (f->store, rules, "2026-12-01", "2026-12-31", DAFTAR_EARNINGS_BASIS_WORK, fiverr->id, &dec);
  g_assert_true (line == NULL || (line->gross_minor == 0 && line->net_minor == 0));

  line = project_line (f->store, rules, "2026-11-01", "2026-11-30", DAFTAR_EARNINGS_BASIS_PAID, fiverr->id, &paid_nov);
  g_assert_nonnull (line);
  g_assert_cmpint (line->gross_minor, ==, 0);
  g_assert_cmpint (line->net_minor, ==, -line->tool_costs_minor);
  line = project_line (f->store, rules, "2026-12-01", "2026-12-31", DAFTAR_EARNINGS_BASIS_PAID, fiverr->id, &paid_dec);
  g_assert_nonnull (line);
  g_assert_cmpint (line->gross_minor, ==, 30000);
  g_assert_cmpint (line->platform_fees_minor, ==, 6000);
  g_assert_cmpint (line->withdrawal_fees_minor, ==, payment->withdrawal_fee_minor);
  g_assert_cmpint (line->tool_costs_minor, ==, 0);
  g_assert_cmpint (line->net_minor, ==, 24000 - payment->withdrawal_fee_minor);
}

/* The names, clients and notes come in the interface's language: in a child
 * whose language is Persian, or Arabic. */
static void
assert_sample_in (const char *language,
                  const char *project_name,
                  const char *client)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = daftar_test_make_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
      g_autoptr(DaftarStore) store = NULL;
      g_autoptr(GPtrArray) projects = NULL;
      g_autoptr(GError) error = NULL;
      gboolean found = FALSE;
      GDate today;

      g_setenv ("LANGUAGE", language, TRUE);
      setlocale (LC_ALL, "C.UTF-8");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("DAFTAR_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

      store = daftar_store_open (path, &error);
      g_assert_no_error (error);
      g_date_clear (&today, 1);
      g_date_set_dmy (&today, 31, G_DATE_MARCH, 2025);
      g_assert_true (daftar_sample_fill (store, &today, &error));
      g_assert_no_error (error);

      projects = daftar_store_list_projects (store, FALSE, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < projects->len; i++)
        {
          const DaftarProject *p = g_ptr_array_index (projects, i);

          g_assert_false (g_str_equal (p->name, "Legal reasoning evaluation"));
          if (g_str_equal (p->name, project_name))
            {
              found = TRUE;
              g_assert_cmpstr (p->client, ==, client);
            }
        }
      g_assert_true (found);
      daftar_store_close (store, NULL);
      daftar_test_rm_rf (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_persian (void)
{
  assert_sample_in ("fa", "لوگوی کافه نخل", "کافه نخل");
}

static void
test_arabic (void)
{
  assert_sample_in ("ar", "شعار مقهى النخلة", "مقهى النخلة");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sample/fill", Fixture, NULL, daftar_test_ledger_set_up, test_fill, daftar_test_ledger_tear_down);
  g_test_add ("/sample/deterministic", Fixture, NULL,
              daftar_test_ledger_set_up, test_deterministic, daftar_test_ledger_tear_down);
  g_test_add ("/sample/no-future", Fixture, NULL,
              daftar_test_ledger_set_up, test_no_future, daftar_test_ledger_tear_down);
  g_test_add ("/sample/milestone-basis", Fixture, NULL,
              daftar_test_ledger_set_up, test_milestone_basis, daftar_test_ledger_tear_down);
  g_test_add ("/sample/refuses-non-empty", Fixture, NULL,
              daftar_test_ledger_set_up, test_refuses_non_empty, daftar_test_ledger_tear_down);
  g_test_add_func ("/sample/persian", test_persian);
  g_test_add_func ("/sample/arabic", test_arabic);

  return g_test_run ();
}
