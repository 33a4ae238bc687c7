/* test-store-idle.c — discarding idle time from the running timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-store-idle.h"
#include "daftar-test-util.h"

#define T0 G_GINT64_CONSTANT (1780000000)

typedef struct
{
  DaftarTestLedger ledger;  /* a new ledger in a temporary folder */
  gint64           project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = "Logo",
    .client = "Acme",
    .platform = "upwork",
    .category = DAFTAR_CATEGORY_TRANSLATION,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "USD",
    .has_rate = TRUE,
    .rate_minor = 2500,
  };

  daftar_test_ledger_set_up (&f->ledger, NULL);
  g_assert_true (daftar_store_add_project (f->ledger.store, &draft, &f->project, &error));
  g_assert_no_error (error);
  /* Started at T0, idle from T0 + 1 h to T0 + 1 h 15 min */
  g_assert_true (daftar_store_start_timer (f->ledger.store, f->project, T0, 12600, "drafting", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  daftar_test_ledger_tear_down (&f->ledger, NULL);
}

static GPtrArray *
sessions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = daftar_store_list_sessions (f->ledger.store, 0, G_MAXINT64, &error);

  g_assert_no_error (error);
  return list;
}

/* Discard: the hour before is a session; the timer runs again from the return. */
static void
test_discard (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  const DaftarSession *session;
  gint64 id = 0;

  g_assert_true (daftar_store_cut_timer (f->ledger.store, T0 + 3600, T0 + 4500, TRUE, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  list = sessions (f);
  g_assert_cmpuint (list->len, ==, 1);
  session = g_ptr_array_index (list, 0);
  g_assert_cmpint (session->id, ==, id);
  g_assert_cmpint (session->start_utc, ==, T0);
  g_assert_cmpint (session->actual_seconds, ==, 3600);
  g_assert_cmpint (session->utc_offset, ==, 12600);
  g_assert_cmpstr (session->note, ==, "drafting");

  timer = daftar_store_get_timer (f->ledger.store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (timer);
  g_assert_cmpint (timer->project_id, ==, f->project);
  g_assert_cmpint (timer->start_utc, ==, T0 + 4500);
  g_assert_cmpint (timer->utc_offset, ==, 12600);
  g_assert_cmpstr (timer->note, ==, "drafting");
}

/* Discard and stop: the hour before is a session; no timer. */
static void
test_discard_stop (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(DaftarTimer) timer = NULL;

  g_assert_true (daftar_store_cut_timer (f->ledger.store, T0 + 3600, T0 + 4500, FALSE, NULL, &error));
  g_assert_no_error (error);
  list = sessions (f);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((DaftarSession *) g_ptr_array_index (list, 0))->actual_seconds, ==, 3600);
  timer = daftar_store_get_timer (f->ledger.store, &error);
  g_assert_no_error (error);
  g_assert_null (timer);
}

/* Idle since before the timer started (the app was closed): nothing to log. */
static void
test_idle_before_start (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  gint64 id = -1;

  g_assert_true (daftar_store_cut_timer (f->ledger.store, T0 - 600, T0 + 900, TRUE, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 0);
  list = sessions (f);
  g_assert_cmpuint (list->len, ==, 0);
  timer = daftar_store_get_timer (f->ledger.store, &error);
  g_assert_nonnull (timer);
  g_assert_cmpint (timer->start_utc, ==, T0 + 900);
}

/* A session that breaks a rule (over a day) changes nothing. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  before = daftar_test_dump_db (f->ledger.path);
  g_assert_false (daftar_store_cut_timer (f->ledger.store, T0 + 30 * 3600, T0 + 31 * 3600, TRUE, NULL, &error));
  g_assert_nonnull (error);
  after = daftar_test_dump_db (f->ledger.path);
  g_assert_cmpstr (before, ==, after);
}

/* With no timer, a clear error and nothing changes. */
static void
test_no_timer (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (daftar_store_discard_timer (f->ledger.store, &error));
  g_assert_false (daftar_store_cut_timer (f->ledger.store, T0, T0 + 900, TRUE, NULL, &error));
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-idle/discard", test_discard);
  ADD ("/store-idle/discard-stop", test_discard_stop);
  ADD ("/store-idle/idle-before-start", test_idle_before_start);
  ADD ("/store-idle/refused", test_refused);
  ADD ("/store-idle/no-timer", test_no_timer);
#undef ADD

  return g_test_run ();
}
