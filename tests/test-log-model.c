/* test-log-model.c — the Log's model: day headings, order, search, hidden rows
 *
 * The model is a GListModel over the ledger; these tests read it without a window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-log-model"

#include "config.h"

#include <glib.h>

#include "daftar-log-item.h"
#include "daftar-log-model.h"
#include "daftar-test-util.h"

typedef struct
{
  char        *dir;
  DaftarStore *store;
  gint64       project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  DaftarProjectDraft draft = { "Translation", "Nikan", "upwork", DAFTAR_CATEGORY_TRANSLATION,
                               DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };

  f->dir = daftar_test_make_tmpdir ();
  path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_store_add_project (f->store, &draft, &f->project, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->dir);
}

static gint64
add_session (Fixture *f,
             gint64   start,
             gint64   seconds)
{
  g_autoptr(GError) error = NULL;
  DaftarSessionDraft draft = { .project_id = f->project, .start_utc = start,
                               .actual_seconds = seconds, .note = "work" };
  gint64 id;

  g_assert_true (daftar_store_add_session (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

static DaftarLogModel *
model_new (Fixture *f)
{
  DaftarLogModel *model = daftar_log_model_new (f->store);

  daftar_log_model_reload (model);
  return model;
}

/* A heading per day, newest first, with the day's total. */
static void
test_headings_and_order (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(DaftarLogModel) model = NULL;
  g_autoptr(DaftarLogItem) first = NULL;
  g_autoptr(DaftarLogItem) second = NULL;
  g_autoptr(DaftarLogItem) third = NULL;

  add_session (f, 1742536800, 5400);           /* 2025-03-21 06:00 UTC */
  add_session (f, 1742536800 + 7200, 1800);    /* same day, later */
  add_session (f, 1742536800 - 86400, 600);    /* the day before */

  model = model_new (f);

  /* heading, newest session, older session, heading, session */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  second = g_list_model_get_item (G_LIST_MODEL (model), 1);
  third = g_list_model_get_item (G_LIST_MODEL (model), 3);
  g_assert_true (daftar_log_item_is_day (first));
  g_assert_cmpint (daftar_log_item_get_total (first), ==, 5400 + 1800);
  g_assert_cmpuint (g_date_get_day (daftar_log_item_get_day (first)), ==, 21);
  g_assert_false (daftar_log_item_is_day (second));
  g_assert_cmpint (daftar_log_item_get_session (second)->start_utc, ==, 1742536800 + 7200);
  g_assert_true (daftar_log_item_is_day (third));
  g_assert_cmpuint (g_date_get_day (daftar_log_item_get_day (third)), ==, 20);
}

/* Search finds notes, tools and project names in any case, and is never SQL. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char * const tools[] = { "DeepL", NULL };
  DaftarSessionDraft draft = { .project_id = 0, .start_utc = 1742536800, .actual_seconds = 60,
                               .note = "Glossary for the legal contract", .tools = tools };
  g_autoptr(DaftarLogModel) model = NULL;

  draft.project_id = f->project;
  g_assert_true (daftar_store_add_session (f->store, &draft, NULL, &error));
  add_session (f, 1742536800 + 60, 60);

  model = model_new (f);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 2);

  daftar_log_model_set_search (model, "LEGAL");
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1);
  daftar_log_model_set_search (model, "deepl");
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1);
  daftar_log_model_set_search (model, "translation");   /* the project's name */
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 2);
  daftar_log_model_set_search (model, "'; DROP TABLE sessions; --");
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 0);
  daftar_log_model_set_search (model, NULL);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 2);
}

/* A session waiting for its undo toast is left out, and back when shown again. */
static void
test_hidden (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DaftarLogModel) model = NULL;
  gint64 id = add_session (f, 1742536800, 3600);

  add_session (f, 1742536800 + 3600, 3600);
  model = model_new (f);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 2);

  daftar_log_model_set_hidden (model, id, TRUE);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1);
  daftar_log_model_set_hidden (model, id, FALSE);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/log-model/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("headings-and-order", test_headings_and_order);
  ADD ("search", test_search);
  ADD ("hidden", test_hidden);

  return g_test_run ();
}
