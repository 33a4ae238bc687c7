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
add_noted_session (Fixture    *f,
                   gint64      start,
                   gint64      seconds,
                   const char *note)
{
  g_autoptr(GError) error = NULL;
  DaftarSessionDraft draft = { .project_id = f->project, .start_utc = start,
                               .actual_seconds = seconds, .note = note };
  gint64 id;

  g_assert_true (daftar_store_add_session (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
add_session (Fixture *f,
             gint64   start,
             gint64   seconds)
{
  return add_noted_session (f, start, seconds, "work");
}

/* Until the model's worker has read the list, and its answer has come */
static void
wait_log (DaftarLogModel *model)
{
  while (daftar_log_model_is_loading (model))
    g_main_context_iteration (NULL, TRUE);
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

static void
record_change_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *first_changed)
{
  /* A list view looks for what a change removed among all it adds. */
  g_assert_true (removed == 0 || added <= 1);
  *first_changed = MIN (*first_changed, position);
}

/* A list view makes a row for each of the first 200 items it is told of, at
 * once: the list grows by a screenful at a time until it has more than that. */
static void
record_step_cb (GListModel *model,
                guint       position,
                guint       removed,
                guint       added,
                guint      *n_steps)
{
  if (position < 200)
    g_assert_cmpuint (added, <=, 24);
  if (added > 0)
    (*n_steps)++;
}

/* The newest sessions come at once, from the index, before the worker has read
 * every key; the rest from the worker, after them, leaving the rows already
 * shown in place. The list view is given them a screenful at a time. */
static void
test_log_first_page (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarLogModel) model = daftar_log_model_new (f->store);
  g_autoptr(DaftarLogItem) newest = NULL;
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);
  guint first_changed = G_MAXUINT, n_first, n_steps = 0;
  gint64 start = 1700000000;

  g_assert_true (daftar_store_begin (f->store, &error));
  for (int i = 0; i < 1000; i++)
    {
      add_session (f, start + i * 3600, 1800);
      g_hash_table_add (days, GINT_TO_POINTER ((start + i * 3600) / 86400));
    }
  g_assert_true (daftar_store_commit (f->store, &error));

  g_assert_false (daftar_log_model_is_complete (model));
  daftar_log_model_reload (model);
  n_first = daftar_log_model_get_n_sessions (model);
  g_assert_cmpuint (n_first, >, 0);
  g_assert_cmpuint (n_first, <, 1000);
  g_assert_true (daftar_log_model_is_loading (model));
  /* Rows to show, from the keyset page, while the worker reads the key index */
  g_assert_false (daftar_log_model_is_complete (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <=, 24);
  newest = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_assert_cmpint (daftar_log_item_get_session (newest)->start_utc, ==, start + 999 * 3600);

  g_signal_connect (model, "items-changed", G_CALLBACK (record_change_cb), &first_changed);
  g_signal_connect (model, "items-changed", G_CALLBACK (record_step_cb), &n_steps);
  wait_log (model);
  g_assert_true (daftar_log_model_is_complete (model));
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1000);
  /* Every session and a heading a day, in a few steps */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    1000 + g_hash_table_size (days));
  g_assert_cmpuint (n_steps, >=, 200 / 24);
  g_assert_cmpuint (first_changed, >, 0);
  g_assert_cmpuint (first_changed, <, g_list_model_get_n_items (G_LIST_MODEL (model)));
  g_signal_handlers_disconnect_by_func (model, record_step_cb, &n_steps);

  /* A reload after a change makes every row again, in two steps. */
  first_changed = G_MAXUINT;
  add_session (f, start + 1000 * 3600, 1800);
  wait_log (model);
  g_assert_cmpuint (first_changed, ==, 0);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1001);
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

  /* A search runs in a worker: the list keeps what it showed until it answers,
   * and a search typed on top of another replaces it. */
  daftar_log_model_set_search (model, "LEG");
  g_assert_true (daftar_log_model_is_loading (model));
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 2);
  daftar_log_model_set_search (model, "LEGAL");
  wait_log (model);
  g_assert_false (daftar_log_model_is_loading (model));
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1);
  daftar_log_model_set_search (model, "deepl");
  wait_log (model);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1);
  daftar_log_model_set_search (model, "translation");   /* the project's name */
  wait_log (model);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 2);
  daftar_log_model_set_search (model, "'; DROP TABLE sessions; --");
  wait_log (model);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 0);
  daftar_log_model_set_search (model, NULL);
  wait_log (model);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 2);
}

/* A search shows its newest matches first, as a page, while a worker finds the
 * rest; they come after the rows shown, which stay. */
static void
test_search_first_page (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarLogModel) model = NULL;
  g_autoptr(DaftarLogItem) newest = NULL;
  guint first_changed = G_MAXUINT;
  gboolean saw_first_page = FALSE;
  gint64 start = 1700000000;

  g_assert_true (daftar_store_begin (f->store, &error));
  for (int i = 0; i < 600; i++)
    add_noted_session (f, start + i * 3600, 1800, i % 4 == 0 ? "Review" : "Glossary for the contract");
  g_assert_true (daftar_store_commit (f->store, &error));
  model = model_new (f);
  wait_log (model);
  g_assert_true (daftar_log_model_is_complete (model));
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 600);

  daftar_log_model_set_search (model, "GLOSSARY");
  while (daftar_log_model_is_loading (model) && !saw_first_page)
    {
      g_main_context_iteration (NULL, TRUE);
      saw_first_page = daftar_log_model_get_n_sessions (model) == 200 &&
                       !daftar_log_model_is_complete (model);
    }
  g_assert_true (saw_first_page);
  g_assert_true (daftar_log_model_is_loading (model));
  newest = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_assert_cmpint (daftar_log_item_get_session (newest)->start_utc, ==, start + 599 * 3600);

  g_signal_connect (model, "items-changed", G_CALLBACK (record_change_cb), &first_changed);
  wait_log (model);
  g_assert_true (daftar_log_model_is_complete (model));
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 450);
  g_assert_cmpuint (first_changed, >, 0);

  /* Fewer matches than a page: one answer, complete */
  daftar_log_model_set_search (model, "review");
  wait_log (model);
  g_assert_true (daftar_log_model_is_complete (model));
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 150);
}

/* What a list view in GTK 4.8 does with the model: it holds the items it has
 * rows for, about 200 around what it shows and the one with the focus, and lets
 * a row go in the change that removes its item. */
typedef struct
{
  GListModel *model;
  GPtrArray  *rows;           /* DaftarLogItem */
  GArray     *at;             /* guint: each row's position */
  guint       n_items;
  guint       most_released;  /* rows let go in one change, at most */
  guint       n_releasing;    /* changes that let rows go */
} View;

static void
view_changed_cb (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 View       *view)
{
  guint released = 0;

  for (guint i = view->at->len; i-- > 0;)
    {
      guint p = g_array_index (view->at, guint, i);

      if (p >= position + removed)
        g_array_index (view->at, guint, i) = p - removed + added;
      else if (p >= position)
        {
          released++;
          g_array_remove_index (view->at, i);
          g_ptr_array_remove_index (view->rows, i);
        }
    }

  view->most_released = MAX (view->most_released, released);
  if (released > 0)
    view->n_releasing++;
  /* The new list comes once the old rows are gone, never half old, half new. */
  if (added > 0)
    g_assert_cmpuint (view->rows->len, ==, 0);
  view->n_items = view->n_items - removed + added;
  g_assert_cmpuint (view->n_items, ==, g_list_model_get_n_items (model));
}

static void
view_hold (View  *view,
           guint  position)
{
  g_ptr_array_add (view->rows, g_list_model_get_item (view->model, position));
  g_array_append_val (view->at, position);
}

/* Scrolled to the end, the focus on the first row */
static void
view_show_end (View *view)
{
  guint n = g_list_model_get_n_items (view->model);

  g_ptr_array_set_size (view->rows, 0);
  g_array_set_size (view->at, 0);
  view_hold (view, 0);
  for (guint i = n - 200; i < n; i++)
    view_hold (view, i);
  view->n_items = n;
  view->most_released = view->n_releasing = 0;
}

/* A search that replaces a long list lets its rows go a few at a time, the items
 * without rows at once, and shows the new list after them; a search typed while
 * the old rows still go takes the place of the one that was to come. */
static void
test_search_releases_rows (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarLogModel) model = NULL;
  g_autoptr(DaftarLogItem) heading = NULL;
  g_autoptr(DaftarLogItem) newest = NULL;
  View view = { NULL, g_ptr_array_new_with_free_func (g_object_unref),
                g_array_new (FALSE, FALSE, sizeof (guint)), 0, 0, 0 };
  gint64 start = 1700000000;

  g_assert_true (daftar_store_begin (f->store, &error));
  for (int i = 0; i < 1000; i++)
    add_noted_session (f, start + i * 3600, 1800, i % 10 == 0 ? "invoice" : "work");
  g_assert_true (daftar_store_commit (f->store, &error));
  model = model_new (f);
  wait_log (model);
  view.model = G_LIST_MODEL (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (view_changed_cb), &view);

  view_show_end (&view);
  daftar_log_model_set_search (model, "invoice");
  wait_log (model);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 100);
  g_assert_cmpuint (view.rows->len, ==, 0);
  g_assert_cmpuint (view.most_released, <=, 48);
  g_assert_cmpuint (view.n_releasing, >=, 200 / 48);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 100);

  daftar_log_model_set_search (model, NULL);
  wait_log (model);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 1000);

  /* Another search while the rows go: the list ends with its answer. */
  view_show_end (&view);
  daftar_log_model_set_search (model, "invoice");
  while (view.rows->len == 201)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (view.rows->len, >, 0);
  daftar_log_model_set_search (model, "work");
  wait_log (model);
  g_assert_cmpuint (view.rows->len, ==, 0);
  g_assert_cmpuint (view.most_released, <=, 48);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 900);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, view.n_items);
  heading = g_list_model_get_item (G_LIST_MODEL (model), 0);
  newest = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_assert_true (daftar_log_item_is_day (heading));
  g_assert_cmpint (daftar_log_item_get_session (newest)->start_utc, ==, start + 999 * 3600);

  g_signal_handlers_disconnect_by_func (model, view_changed_cb, &view);
  g_ptr_array_unref (view.rows);
  g_array_unref (view.at);
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

/* A list view scrolled to the middle of a long Log: the changes it is told of,
 * and the rows it holds, 100 around position 150. */
typedef struct
{
  GListModel *model;
  GArray     *changes;   /* guint triples: position, removed, added */
  GPtrArray  *rows;      /* DaftarLogItem, at 100 + i */
} Scrolled;

static void
scrolled_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Scrolled   *view)
{
  guint change[3] = { position, removed, added };

  g_array_append_vals (view->changes, change, 3);
}

static void
scrolled_set_up (Scrolled       *view,
                 DaftarLogModel *model)
{
  view->model = G_LIST_MODEL (model);
  view->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  view->rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 100; i < 200; i++)
    g_ptr_array_add (view->rows, g_list_model_get_item (view->model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (scrolled_changed_cb), view);
}

static void
scrolled_tear_down (Scrolled *view)
{
  g_signal_handlers_disconnect_by_func (view->model, scrolled_changed_cb, view);
  g_array_unref (view->changes);
  g_ptr_array_unref (view->rows);
}

/* The changes since the last call, as "position-removed+added ...". */
static char *
scrolled_take_changes (Scrolled *view)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < view->changes->len; i += 3)
    g_string_append_printf (text, "%s%u-%u+%u", i > 0 ? " " : "",
                            g_array_index (view->changes, guint, i),
                            g_array_index (view->changes, guint, i + 1),
                            g_array_index (view->changes, guint, i + 2));
  g_array_set_size (view->changes, 0);
  return g_string_free (text, FALSE);
}

static gint64
session_at (DaftarLogModel *model,
            guint           position)
{
  g_autoptr(DaftarLogItem) item = g_list_model_get_item (G_LIST_MODEL (model), position);

  g_assert_false (daftar_log_item_is_day (item));
  return daftar_log_item_get_session (item)->id;
}

/* Until the model has read the list after a change, and every step is done */
static void
wait_change (DaftarLogModel *model)
{
  do
    g_main_context_iteration (NULL, TRUE);
  while (daftar_log_model_is_loading (model));
}

/* Deleting a session (hidden for its undo toast, then deleted in the ledger),
 * undoing it, editing one and adding one change those rows alone: the list
 * stays where it was scrolled, with its other rows. Three sessions a day, so a
 * day is a heading at 4k and its sessions at 4k+1, 4k+2, 4k+3, newest first. */
static void
test_changes_in_place (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarLogModel) model = NULL;
  g_autoptr(DaftarSession) session = NULL;
  g_autoptr(DaftarLogItem) heading = NULL;
  g_autoptr(DaftarLogItem) edited = NULL;
  Scrolled view;
  gint64 start = 1700000000 - 1700000000 % 86400 + 3600;   /* 01:00 UTC */
  gint64 middle, lone;
  char *changes;

  g_assert_true (daftar_store_begin (f->store, &error));
  for (int day = 0; day < 100; day++)
    for (int i = 0; i < 3; i++)
      add_session (f, start + day * 86400 + i * 7200, 1800);
  g_assert_true (daftar_store_commit (f->store, &error));
  model = model_new (f);
  wait_log (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 400);
  scrolled_set_up (&view, model);

  /* The middle session of the day at 160: its row goes, its heading says less. */
  middle = session_at (model, 162);
  daftar_log_model_set_hidden (model, middle, TRUE);
  changes = scrolled_take_changes (&view);
  g_assert_cmpstr (changes, ==, "162-1+0 160-1+1");
  g_free (changes);
  g_assert_cmpint (session_at (model, 162), ==, session_at (model, 161) - 2);
  heading = g_list_model_get_item (G_LIST_MODEL (model), 160);
  g_assert_cmpint (daftar_log_item_get_total (heading), ==, 2 * 1800);
  g_clear_object (&heading);

  /* Undo: back in its place. */
  daftar_log_model_set_hidden (model, middle, FALSE);
  changes = scrolled_take_changes (&view);
  g_assert_cmpstr (changes, ==, "162-0+1 160-1+1");
  g_free (changes);
  g_assert_cmpint (session_at (model, 162), ==, middle);

  /* Deleted for good once the toast goes: hidden, then gone from the ledger,
   * and the list read again changes nothing more. */
  daftar_log_model_set_hidden (model, middle, TRUE);
  g_free (scrolled_take_changes (&view));
  g_assert_true (daftar_store_delete_session (f->store, middle, &error));
  g_assert_no_error (error);
  wait_change (model);
  daftar_log_model_set_hidden (model, middle, FALSE);
  changes = scrolled_take_changes (&view);
  g_assert_cmpstr (changes, ==, "");
  g_free (changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 399);

  /* A day's only session: its heading goes with it. Deleted at once, as
   * another program would: the change comes from the ledger. */
  g_assert_true (daftar_store_begin (f->store, &error));
  g_assert_true (daftar_store_delete_session (f->store, session_at (model, 125), &error));
  g_assert_true (daftar_store_delete_session (f->store, session_at (model, 126), &error));
  g_assert_true (daftar_store_commit (f->store, &error));
  g_assert_no_error (error);
  wait_change (model);
  changes = scrolled_take_changes (&view);
  g_assert_cmpstr (changes, ==, "125-2+0 124-1+1");
  g_free (changes);
  lone = session_at (model, 125);
  g_assert_true (daftar_store_delete_session (f->store, lone, &error));
  wait_change (model);
  changes = scrolled_take_changes (&view);
  g_assert_cmpstr (changes, ==, "124-2+0");
  g_free (changes);

  /* A note edited in a row the list holds: that row alone is made again. */
  session = daftar_store_get_session (f->store, session_at (model, 150), &error);
  g_assert_no_error (error);
  {
    DaftarSessionDraft draft = { .project_id = session->project_id, .start_utc = session->start_utc,
                                 .utc_offset = session->utc_offset,
                                 .actual_seconds = session->actual_seconds,
                                 .paid_seconds = session->paid_seconds, .note = "Edited" };

    g_assert_true (daftar_store_update_session (f->store, session->id, &draft, &error));
    g_assert_no_error (error);
  }
  wait_change (model);
  changes = scrolled_take_changes (&view);
  g_assert_cmpstr (changes, ==, "150-1+1");
  g_free (changes);
  edited = g_list_model_get_item (G_LIST_MODEL (model), 150);
  g_assert_cmpstr (daftar_log_item_get_session (edited)->note, ==, "Edited");

  /* A new session today, at the top: a row and its heading. */
  add_session (f, start + 99 * 86400 + 3 * 7200, 600);
  wait_change (model);
  changes = scrolled_take_changes (&view);
  g_assert_cmpstr (changes, ==, "1-0+1 0-1+1");
  g_free (changes);
  g_assert_cmpuint (daftar_log_model_get_n_sessions (model), ==, 297);

  scrolled_tear_down (&view);
}

/* A change to many rows at once (a project renamed) makes the list again, a
 * step at a time, and every row then says the new name. */
static void
test_many_changes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarLogModel) model = NULL;
  g_autoptr(DaftarLogItem) row = NULL;
  DaftarProjectDraft draft = { "Renamed", "Nikan", "upwork", DAFTAR_CATEGORY_TRANSLATION,
                               DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };
  Scrolled view;
  gint64 start = 1700000000;
  guint most_removed = 0;

  g_assert_true (daftar_store_begin (f->store, &error));
  for (int i = 0; i < 300; i++)
    add_session (f, start + i * 3600, 1800);
  g_assert_true (daftar_store_commit (f->store, &error));
  model = model_new (f);
  wait_log (model);
  scrolled_set_up (&view, model);

  g_assert_true (daftar_store_update_project (f->store, f->project, &draft, &error));
  g_assert_no_error (error);
  wait_change (model);
  for (guint i = 0; i < view.changes->len; i += 3)
    most_removed = MAX (most_removed, g_array_index (view.changes, guint, i + 1));
  g_assert_cmpuint (most_removed, >, 1);
  row = g_list_model_get_item (G_LIST_MODEL (model), 150);
  g_assert_false (daftar_log_item_is_day (row));
  g_assert_cmpstr (daftar_log_item_get_session (row)->project_name, ==, "Renamed");

  scrolled_tear_down (&view);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/log-model/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("headings-and-order", test_headings_and_order);
  ADD ("first-page", test_log_first_page);
  ADD ("search", test_search);
  ADD ("search-first-page", test_search_first_page);
  ADD ("search-releases-rows", test_search_releases_rows);
  ADD ("hidden", test_hidden);
  ADD ("changes-in-place", test_changes_in_place);
  ADD ("many-changes", test_many_changes);

  return g_test_run ();
}
