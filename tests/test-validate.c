/* test-validate.c — every rule a write must pass, and that a broken rule writes nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "daftar-goals.h"
#include "daftar-store.h"
#include "daftar-test-util.h"

typedef struct
{
  DaftarTestLedger ledger;  /* a new ledger in a temporary folder */
  gint64           hourly;
  gint64           per_task;
  char            *before;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft hourly = { "Hourly", NULL, "upwork", DAFTAR_CATEGORY_WRITING,
                                DAFTAR_PRICING_HOURLY, "USD", TRUE, 2000, FALSE, 0 };
  DaftarProjectDraft per_task = { "Tasks", NULL, "outlier", DAFTAR_CATEGORY_AI_TRAINING,
                                  DAFTAR_PRICING_PER_TASK, "USD", FALSE, 0, FALSE, 0 };

  daftar_test_ledger_set_up (&f->ledger, NULL);
  g_assert_true (daftar_store_add_project (f->ledger.store, &hourly, &f->hourly, &error));
  g_assert_true (daftar_store_add_project (f->ledger.store, &per_task, &f->per_task, &error));
  g_assert_no_error (error);
  f->before = daftar_test_dump_db (f->ledger.path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* Whatever the test tried, the ledger holds what it held before. */
  g_autofree char *after = daftar_test_dump_db (f->ledger.path);

  g_assert_cmpstr (f->before, ==, after);
  g_free (f->before);
  daftar_test_ledger_tear_down (&f->ledger, NULL);
}

typedef struct
{
  const char            *label;
  DaftarProjectDraft     draft;
  DaftarValidationError  code;
} ProjectCase;

static void
test_project_rules (Fixture       *f,
                    gconstpointer  data)
{
  static const ProjectCase cases[] = {
    { "empty name", { "", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_NAME },
    { "blank name", { " \t ", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_NAME },
    { "null name", { NULL, NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_NAME },
    { "override in name", { "Logo\u202egpj", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_NAME },
    { "newline in name", { "two\nlines", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_NAME },
    { "invalid UTF-8", { "bad \xff\xfe", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_NAME },
    { "control in client", { "Fine", "Acme\x01", "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_CLIENT },
    { "no platform", { "Fine", NULL, "", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_PLATFORM },
    { "unknown platform", { "Fine", NULL, "myspace", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_PLATFORM },
    { "bad category", { "Fine", NULL, "upwork", 99, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_CATEGORY },
    { "bad pricing", { "Fine", NULL, "upwork", 0, 7, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_PRICING },
    { "unknown currency", { "Fine", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "ZZZ", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_CURRENCY },
    { "no currency", { "Fine", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, NULL, TRUE, 1 }, DAFTAR_VALIDATION_ERROR_CURRENCY },
    { "hourly without rate", { "Fine", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", FALSE, 0 }, DAFTAR_VALIDATION_ERROR_RATE },
    { "negative rate", { "Fine", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, -100 }, DAFTAR_VALIDATION_ERROR_RATE },
    { "huge rate", { "Fine", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, G_MAXINT64 }, DAFTAR_VALIDATION_ERROR_RATE },
    { "fixed without price", { "Fine", NULL, "upwork", 0, DAFTAR_PRICING_FIXED, "USD", FALSE, 0, FALSE, 0 }, DAFTAR_VALIDATION_ERROR_PRICE },
    { "rate on fixed", { "Fine", NULL, "upwork", 0, DAFTAR_PRICING_FIXED, "USD", TRUE, 1, TRUE, 1 }, DAFTAR_VALIDATION_ERROR_RATE },
    { "price on hourly", { "Fine", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1, TRUE, 1 }, DAFTAR_VALIDATION_ERROR_PRICE },
    { "price on per-task", { "Fine", NULL, "upwork", 0, DAFTAR_PRICING_PER_TASK, "USD", FALSE, 0, TRUE, 1 }, DAFTAR_VALIDATION_ERROR_PRICE },
    { "duplicate with a direction mark", { "\u200fHourly ", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_DUPLICATE },
    { "duplicate name", { "hourly", NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 }, DAFTAR_VALIDATION_ERROR_DUPLICATE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 changes = daftar_store_get_change_count (f->ledger.store);

      g_test_message ("%s", cases[i].label);
      g_assert_false (daftar_store_add_project (f->ledger.store, &cases[i].draft, NULL, &error));
      g_assert_error (error, DAFTAR_VALIDATION_ERROR, (int) cases[i].code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpint (strlen (error->message), >, 10);
      g_assert_cmpint (daftar_store_get_change_count (f->ledger.store), ==, changes);
    }
}

static void
test_long_name (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strnfill (DAFTAR_NAME_MAX_CHARS + 1, 'x');
  DaftarProjectDraft draft = { name, NULL, "upwork", 0, DAFTAR_PRICING_HOURLY, "USD", TRUE, 1 };

  g_assert_false (daftar_store_add_project (f->ledger.store, &draft, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_NAME);

  /* Exactly at the limit is fine, and Persian with ZWNJ passes. */
  g_assert_true (daftar_validate_project_name (name + 1, NULL));
  g_assert_true (daftar_validate_project_name ("ترجمه‌ی مقاله‌ها", NULL));
}

typedef struct
{
  const char            *label;
  gboolean               per_task;
  gint64                 start_offset;   /* from now */
  gint64                 actual;
  gboolean               has_paid;
  gint64                 paid;
  gboolean               has_earned;
  gint64                 earned;
  const char            *note;
  DaftarValidationError  code;
} SessionCase;

static void
test_session_rules (Fixture       *f,
                    gconstpointer  data)
{
  static const SessionCase cases[] = {
    { "zero duration", FALSE, -7200, 0, FALSE, 0, FALSE, 0, NULL, DAFTAR_VALIDATION_ERROR_DURATION },
    { "negative duration", FALSE, -7200, -60, FALSE, 0, FALSE, 0, NULL, DAFTAR_VALIDATION_ERROR_DURATION },
    { "longer than a day", FALSE, -200000, 86401, FALSE, 0, FALSE, 0, NULL, DAFTAR_VALIDATION_ERROR_DURATION },
    { "paid more than worked", FALSE, -7200, 3600, TRUE, 3601, FALSE, 0, NULL, DAFTAR_VALIDATION_ERROR_PAID },
    { "negative paid", FALSE, -7200, 3600, TRUE, -1, FALSE, 0, NULL, DAFTAR_VALIDATION_ERROR_PAID },
    { "far future", FALSE, 3 * 86400, 3600, FALSE, 0, FALSE, 0, NULL, DAFTAR_VALIDATION_ERROR_START },
    { "earned on hourly", FALSE, -7200, 3600, FALSE, 0, TRUE, 500, NULL, DAFTAR_VALIDATION_ERROR_EARNED },
    { "negative earned", TRUE, -7200, 3600, FALSE, 0, TRUE, -500, NULL, DAFTAR_VALIDATION_ERROR_EARNED },
    { "control in note", FALSE, -7200, 3600, FALSE, 0, FALSE, 0, "a\x1b[31mred", DAFTAR_VALIDATION_ERROR_NOTE },
    { "isolate in note", FALSE, -7200, 3600, FALSE, 0, FALSE, 0, "\u2067x", DAFTAR_VALIDATION_ERROR_NOTE },
  };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 changes = daftar_store_get_change_count (f->ledger.store);
      DaftarSessionDraft draft = {
        .project_id = cases[i].per_task ? f->per_task : f->hourly,
        .start_utc = now + cases[i].start_offset,
        .actual_seconds = cases[i].actual,
        .has_paid = cases[i].has_paid,
        .paid_seconds = cases[i].paid,
        .has_earned = cases[i].has_earned,
        .earned_minor = cases[i].earned,
        .note = cases[i].note,
      };

      g_test_message ("%s", cases[i].label);
      g_assert_false (daftar_store_add_session (f->ledger.store, &draft, NULL, &error));
      g_assert_error (error, DAFTAR_VALIDATION_ERROR, (int) cases[i].code);
      g_assert_cmpint (daftar_store_get_change_count (f->ledger.store), ==, changes);
    }
}

static void
test_session_edges_pass (void)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  DaftarSessionDraft draft = { .project_id = 1, .start_utc = now, .actual_seconds = 86400,
                               .has_paid = TRUE, .paid_seconds = 86400 };
  g_autoptr(GError) error = NULL;

  /* A full day, all paid, starting now, is allowed; so is a note with newlines. */
  g_assert_true (daftar_validate_session_draft (&draft, DAFTAR_PRICING_HOURLY, now, &error));
  draft.note = "line one\nline two\twith a tab";
  draft.paid_seconds = 0;
  g_assert_true (daftar_validate_session_draft (&draft, DAFTAR_PRICING_HOURLY, now, &error));
  g_assert_no_error (error);
}

static void
test_unknown_project (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarSessionDraft session = { .project_id = 999, .start_utc = 1700000000, .actual_seconds = 60 };
  DaftarPaymentDraft payment = { .project_id = 999, .date = "2025-01-01", .amount_minor = 100 };

  g_assert_false (daftar_store_add_session (f->ledger.store, &session, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT);
  g_clear_error (&error);
  g_assert_false (daftar_store_add_payment (f->ledger.store, &payment, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT);
  g_clear_error (&error);
  g_assert_null (daftar_store_find_project (f->ledger.store, "Ghost", &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT);
}

static void
test_payment_rules (Fixture       *f,
                    gconstpointer  data)
{
  const struct {
    const char            *date;
    gint64                 amount;
    gint64                 fee;
    DaftarValidationError  code;
  } cases[] = {
    { "2025-02-30", 100, 0, DAFTAR_VALIDATION_ERROR_DATE },
    { "21/03/2025", 100, 0, DAFTAR_VALIDATION_ERROR_DATE },
    { NULL, 100, 0, DAFTAR_VALIDATION_ERROR_DATE },
    { "2999-01-01", 100, 0, DAFTAR_VALIDATION_ERROR_DATE },
    { "2025-03-21", 0, 0, DAFTAR_VALIDATION_ERROR_AMOUNT },
    { "2025-03-21", -5, 0, DAFTAR_VALIDATION_ERROR_AMOUNT },
    { "2025-03-21", 100, 101, DAFTAR_VALIDATION_ERROR_FEE },
    { "2025-03-21", 100, -1, DAFTAR_VALIDATION_ERROR_FEE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      DaftarPaymentDraft draft = { f->hourly, cases[i].date, cases[i].amount, cases[i].fee, NULL };

      g_assert_false (daftar_store_add_payment (f->ledger.store, &draft, NULL, &error));
      g_assert_error (error, DAFTAR_VALIDATION_ERROR, (int) cases[i].code);
    }
}

static void
test_tool_rules (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney bad_currency = { 100, "QQQ" };
  DaftarMoney negative = { -100, "USD" };

  g_assert_false (daftar_store_add_tool (f->ledger.store, "  ", NULL, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_TOOL);
  g_clear_error (&error);
  g_assert_false (daftar_store_add_tool (f->ledger.store, "chatgpt", NULL, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (daftar_store_add_tool (f->ledger.store, "New", &bad_currency, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY);
  g_clear_error (&error);
  g_assert_false (daftar_store_add_tool (f->ledger.store, "New", &negative, NULL, &error));
  g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_AMOUNT);
}

static void
test_specialty (void)
{
  DaftarSpecialty specialty = DAFTAR_N_SPECIALTIES;
  static const char * const bad[] = { "lawyer", "generalist2", "\u202Ecoding", "coding; DROP TABLE projects" };

  g_assert_true (daftar_validate_specialty (NULL, DAFTAR_CATEGORY_WRITING, &specialty, NULL));
  g_assert_true (daftar_validate_specialty ("  ", DAFTAR_CATEGORY_WRITING, &specialty, NULL));
  g_assert_cmpint (specialty, ==, DAFTAR_N_SPECIALTIES);
  g_assert_true (daftar_validate_specialty (" STEM ", DAFTAR_CATEGORY_AI_TRAINING, &specialty, NULL));
  g_assert_cmpint (specialty, ==, DAFTAR_SPECIALTY_STEM);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (daftar_validate_specialty (bad[i], DAFTAR_CATEGORY_AI_TRAINING, NULL, &error));
      g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_SPECIALTY);
    }

  {
    g_autoptr(GError) error = NULL;
    DaftarProjectDraft draft = {
      .name = "Blog", .platform = "upwork", .category = DAFTAR_CATEGORY_WRITING,
      .pricing = DAFTAR_PRICING_PER_TASK, .currency = "USD", .specialty = "language",
    };

    g_assert_false (daftar_validate_project_draft (&draft, &error));
    g_assert_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_SPECIALTY);
    g_assert_nonnull (strstr (error->message, "Writing"));
  }

  for (guint i = 0; i < DAFTAR_N_SPECIALTIES; i++)
    {
      g_assert_true (daftar_specialty_from_key (daftar_specialty_to_key (i), &specialty));
      g_assert_cmpint (specialty, ==, i);
      g_assert_nonnull (daftar_specialty_get_label (i));
    }
}

/* Asserts @result holds exactly the errors of @codes, in that order. */
static void
assert_codes (const DaftarValidation *result,
              const int              *codes,
              guint                   n_codes)
{
  g_assert_cmpuint (daftar_validation_get_n_errors (result), ==, n_codes);
  g_assert_false (daftar_validation_is_valid (result));
  for (guint i = 0; i < n_codes; i++)
    {
      const GError *error = daftar_validation_get_error (result, i);

      g_assert_error ((GError *) error, DAFTAR_VALIDATION_ERROR, codes[i]);
      g_assert_true (daftar_validation_lookup (result, DAFTAR_VALIDATION_ERROR, codes[i]) == error);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_project_all_errors (void)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();
  g_autoptr(GError) first = NULL;
  /* Blank name, a client with an override, no platform, no currency, an hourly
   * project without a rate: every field speaks at once. */
  DaftarProjectDraft draft = {
    .name = "  ", .client = "a\u202eb", .platform = "", .category = DAFTAR_CATEGORY_WRITING,
    .pricing = DAFTAR_PRICING_HOURLY, .currency = "dollars",
  };
  const int codes[] = { DAFTAR_VALIDATION_ERROR_NAME, DAFTAR_VALIDATION_ERROR_CLIENT,
                        DAFTAR_VALIDATION_ERROR_PLATFORM, DAFTAR_VALIDATION_ERROR_CURRENCY,
                        DAFTAR_VALIDATION_ERROR_RATE };

  g_assert_false (daftar_validate_project_draft_all (&draft, result));
  assert_codes (result, codes, G_N_ELEMENTS (codes));

  /* The one-error form tells the first of them. */
  g_assert_false (daftar_validate_project_draft (&draft, &first));
  g_assert_error (first, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_NAME);
  g_assert_cmpstr (first->message, ==, daftar_validation_get_error (result, 0)->message);
}

static void
test_project_all_pass (void)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();
  DaftarProjectDraft draft = {
    .name = "Blog", .platform = "upwork", .category = DAFTAR_CATEGORY_WRITING,
    .pricing = DAFTAR_PRICING_HOURLY, .currency = "USD", .has_rate = TRUE, .rate_minor = 2500,
  };

  g_assert_true (daftar_validate_project_draft_all (&draft, result));
  g_assert_true (daftar_validation_is_valid (result));
  g_assert_cmpuint (daftar_validation_get_n_errors (result), ==, 0);
  g_assert_null (daftar_validation_lookup (result, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_NAME));
}

static void
test_session_all_errors (void)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *tools[] = { "   ", NULL };
  DaftarSessionDraft draft = {
    .project_id = 0, .start_utc = now + 7 * 86400, .actual_seconds = 0,
    .has_paid = TRUE, .paid_seconds = -60, .has_earned = TRUE, .earned_minor = 100,
    .note = "x\u2066y", .tools = tools,
  };
  const int codes[] = { DAFTAR_VALIDATION_ERROR_PROJECT, DAFTAR_VALIDATION_ERROR_DURATION,
                        DAFTAR_VALIDATION_ERROR_START, DAFTAR_VALIDATION_ERROR_PAID,
                        DAFTAR_VALIDATION_ERROR_EARNED, DAFTAR_VALIDATION_ERROR_NOTE,
                        DAFTAR_VALIDATION_ERROR_TOOL };

  g_assert_false (daftar_validate_session_draft_all (&draft, DAFTAR_PRICING_HOURLY, now, result));
  assert_codes (result, codes, G_N_ELEMENTS (codes));
}

static void
test_session_all_paid_needs_sound_duration (void)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  DaftarSessionDraft draft = {
    .project_id = 1, .start_utc = now - 3600, .actual_seconds = 0,
    .has_paid = TRUE, .paid_seconds = 600,
  };
  const int codes[] = { DAFTAR_VALIDATION_ERROR_DURATION };

  /* Paid time is not blamed for a time worked that is itself wrong. */
  g_assert_false (daftar_validate_session_draft_all (&draft, DAFTAR_PRICING_HOURLY, now, result));
  assert_codes (result, codes, G_N_ELEMENTS (codes));
}

static void
test_payment_all_errors (void)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();
  DaftarPaymentDraft draft = {
    .project_id = 0, .date = "2025-13-40", .amount_minor = 0,
    .withdrawal_fee_minor = -5, .note = "a\u202db",
  };
  const int codes[] = { DAFTAR_VALIDATION_ERROR_PROJECT, DAFTAR_VALIDATION_ERROR_DATE,
                        DAFTAR_VALIDATION_ERROR_AMOUNT, DAFTAR_VALIDATION_ERROR_FEE,
                        DAFTAR_VALIDATION_ERROR_NOTE };

  g_assert_false (daftar_validate_payment_draft_all (&draft, result));
  assert_codes (result, codes, G_N_ELEMENTS (codes));
}

static void
test_goals_all_errors (void)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();
  g_autoptr(GError) first = NULL;
  DaftarGoals goals = { 0 };
  const int codes[] = { DAFTAR_VALIDATION_ERROR_CURRENCY, DAFTAR_VALIDATION_ERROR_GOAL_NET,
                        DAFTAR_VALIDATION_ERROR_GOAL_HOURS, DAFTAR_VALIDATION_ERROR_GOAL_RATE };

  goals.has_monthly_net = TRUE;
  goals.monthly_net_minor = 0;
  goals.has_weekly_hours = TRUE;
  goals.weekly_seconds = -1;
  goals.has_target_rate = TRUE;
  goals.target_rate_minor = -1;

  g_assert_false (daftar_goals_validate_all (&goals, result));
  assert_codes (result, codes, G_N_ELEMENTS (codes));
  g_assert_false (daftar_goals_validate (&goals, &first));
  g_assert_error (first, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY);
}

static void
test_one_error_per_field (void)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();

  daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_NAME, "first");
  daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_NAME, "second");
  daftar_validation_take_error (result, NULL);
  g_assert_cmpuint (daftar_validation_get_n_errors (result), ==, 1);
  g_assert_cmpstr (daftar_validation_get_error (result, 0)->message, ==, "first");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add ("/validate/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("project-rules", test_project_rules);
  ADD ("long-name", test_long_name);
  ADD ("session-rules", test_session_rules);
  ADD ("unknown-project", test_unknown_project);
  ADD ("payment-rules", test_payment_rules);
  ADD ("tool-rules", test_tool_rules);
#undef ADD
  g_test_add_func ("/validate/session-edges-pass", test_session_edges_pass);
  g_test_add_func ("/validate/specialty", test_specialty);
  g_test_add_func ("/validate/project-all-errors", test_project_all_errors);
  g_test_add_func ("/validate/project-all-pass", test_project_all_pass);
  g_test_add_func ("/validate/session-all-errors", test_session_all_errors);
  g_test_add_func ("/validate/session-all-paid-needs-sound-duration", test_session_all_paid_needs_sound_duration);
  g_test_add_func ("/validate/payment-all-errors", test_payment_all_errors);
  g_test_add_func ("/validate/goals-all-errors", test_goals_all_errors);
  g_test_add_func ("/validate/one-error-per-field", test_one_error_per_field);

  return g_test_run ();
}
