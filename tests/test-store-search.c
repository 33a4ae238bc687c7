/* test-store-search.c — the note index and the per-day totals kept in step by the
 * store, and the newest sessions read a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include <string.h>

#include "daftar-fold.h"
#include "daftar-store-private.h"
#include "daftar-store-copy.h"
#include "daftar-store-report.h"
#include "daftar-store-search.h"
#include "daftar-test-util.h"

typedef struct
{
  DaftarTestLedger ledger;  /* a new ledger in a temporary folder */
  gint64           projects[3];
  gint64           sessions[16];
  guint            n_sessions;
} Fixture;

static const char * const notes[] = {
  "Straße 12", "STRASSE", "Gruß an die Straßenbahn", "Привет, мир", "ΣΟΦΙΑ",
  "نامه به «مشتری»", "می‌خواهم ترجمه کنم", "الترجمة العربية", "U\xcc\x88" "bersetzung",
  "say \"hi\" twice", "ab", "", "a%_b", "ÄRGER",
};

static const char * const searches[] = {
  "strasse", "STRASSE", "Straße", "ss", "ß", "straßenbahn", "привет", "σοφια", "«مشتری»",
  "می‌خو", "ترجمه", "الترجمة", "العربية", "übersetz", "UEBER", "a", "ab", "\"hi\"", "\"", "say \"",
  "%", "a%_", "zzz", "proj", "Jekt", "Zeta", "ärger", "ÄRGER-bot", "bot", "deepl", "e", " ",
  "ΣΟΦ", "رجم",
};

static void
add_sessions (Fixture *f)
{
  static const char * const tools_a[] = { "Ärger-Bot", NULL };
  static const char * const tools_b[] = { "DeepL", "Ärger-Bot", NULL };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      DaftarSessionDraft draft = {
        .project_id = f->projects[i % 3],
        /* Two sessions share a start: the order falls back to the id. */
        .start_utc = 1700000000 + (i / 2) * 7200,
        .utc_offset = i % 2 ? 12600 : -18000,
        .actual_seconds = 600 + i * 60,
        .note = notes[i],
        .tools = i % 3 == 0 ? tools_a : i % 4 == 1 ? tools_b : NULL,
      };

      g_assert_true (daftar_store_add_session (f->ledger.store, &draft, &f->sessions[f->n_sessions++], &error));
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const char * const names[] = { "Project Zeta", "Übersetzungen", "نامه‌ها" };
  g_autoptr(GError) error = NULL;

  daftar_test_ledger_set_up (&f->ledger, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      DaftarProjectDraft draft = {
        .name = names[i], .platform = "upwork", .category = DAFTAR_CATEGORY_TRANSLATION,
        .pricing = i == 2 ? DAFTAR_PRICING_PER_TASK : DAFTAR_PRICING_HOURLY, .currency = "EUR",
        .has_rate = i != 2, .rate_minor = 2500,
      };

      g_assert_true (daftar_store_add_project (f->ledger.store, &draft, &f->projects[i], &error));
      g_assert_no_error (error);
    }
  g_assert_true (daftar_store_add_tool (f->ledger.store, "Ärger-Bot", NULL, NULL, &error));
  g_assert_no_error (error);
  add_sessions (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  daftar_test_ledger_tear_down (&f->ledger, NULL);
}

/* The search as it was before the index: every session read, its note, project
 * and tools folded and looked through. */
static GArray *
scan (DaftarStore *store,
      const char  *search)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = daftar_store_list_session_keys (store, NULL, &error);
  g_autofree char *key = g_strstrip (daftar_fold (search, -1));
  GArray *found = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    {
      gint64 id = g_array_index (all, DaftarSessionKey, i).id;
      g_autoptr(DaftarSession) session = daftar_store_get_session (store, id, &error);
      gboolean match;

      g_assert_no_error (error);
      match = *key == '\0' ||
              daftar_fold_contains (session->note, -1, key) ||
              daftar_fold_contains (session->project_name, -1, key);
      for (guint j = 0; !match && j < session->tools->len; j++)
        match = daftar_fold_contains (g_ptr_array_index (session->tools, j), -1, key);
      if (match)
        g_array_append_val (found, id);
    }

  return found;
}

static void
assert_search_as_scan (DaftarStore *store)
{
  guint n_found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) keys = daftar_store_list_session_keys (store, searches[i], &error);
      g_autoptr(GArray) expected = scan (store, searches[i]);

      g_assert_no_error (error);
      if (keys->len != expected->len)
        g_error ("“%s”: %u found, %u expected", searches[i], keys->len, expected->len);
      for (guint j = 0; j < keys->len; j++)
        g_assert_cmpint (g_array_index (keys, DaftarSessionKey, j).id, ==,
                         g_array_index (expected, gint64, j));
      n_found += keys->len;
    }

  /* Not a vacuous comparison */
  g_assert_cmpuint (n_found, >, G_N_ELEMENTS (searches));
}

static void
test_search_as_scan (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = NULL;

  assert_search_as_scan (f->ledger.store);

  /* The index follows edits, deletions and a project's deletion */
  {
    DaftarSessionDraft draft = { .project_id = f->projects[1], .start_utc = 1700000000,
                                 .actual_seconds = 60, .note = "STRASSENBAHN" };

    g_assert_true (daftar_store_update_session (f->ledger.store, f->sessions[3], &draft, &error));
    g_assert_no_error (error);
  }
  keys = daftar_store_list_session_keys (f->ledger.store, "привет", &error);
  g_assert_cmpuint (keys->len, ==, 0);
  g_clear_pointer (&keys, g_array_unref);
  assert_search_as_scan (f->ledger.store);

  g_assert_true (daftar_store_delete_session (f->ledger.store, f->sessions[0], &error));
  g_assert_no_error (error);
  assert_search_as_scan (f->ledger.store);

  g_assert_true (daftar_store_delete_project (f->ledger.store, f->projects[2], &error));
  g_assert_no_error (error);
  assert_search_as_scan (f->ledger.store);

  /* A new session may take a deleted one's id: it brings only its own note. */
  {
    DaftarSessionDraft draft = { .project_id = f->projects[0], .start_utc = 1700900000,
                                 .actual_seconds = 60, .note = "new" };
    gint64 id = 0;

    g_assert_true (daftar_store_add_session (f->ledger.store, &draft, &id, &error));
    g_assert_no_error (error);
  }
  assert_search_as_scan (f->ledger.store);
}

/* A search's first page is the start of its whole list, whether the newest
 * sessions fill it, or the index must be asked, or every session was read. */
static void
test_first_page (Fixture       *f,
                 gconstpointer  data)
{
  static const guint limits[] = { 1, 2, 3, 5, 100 };
  static const guint scans[] = { 0, 1, 3, 8, 20000 };
  guint n_compared = 0;

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) all = daftar_store_list_session_keys (f->ledger.store, searches[i], &error);

      g_assert_no_error (error);
      for (guint l = 0; l < G_N_ELEMENTS (limits); l++)
        for (guint n = 0; n < G_N_ELEMENTS (scans); n++)
          {
            g_autoptr(GArray) first = daftar_store_search_first_keys (f->ledger.store, searches[i], limits[l],
                                                                      scans[n], &error);

            g_assert_no_error (error);
            if (first->len != MIN (limits[l], all->len))
              g_error ("“%s”, %u at most, %u read first: %u found, %u expected", searches[i], limits[l],
                       scans[n], first->len, MIN (limits[l], all->len));
            for (guint j = 0; j < first->len; j++)
              {
                const DaftarSessionKey *a = &g_array_index (first, DaftarSessionKey, j);
                const DaftarSessionKey *b = &g_array_index (all, DaftarSessionKey, j);

                g_assert_cmpint (a->id, ==, b->id);
                g_assert_cmpint (a->start_utc, ==, b->start_utc);
                g_assert_cmpint (a->utc_offset, ==, b->utc_offset);
                g_assert_cmpint (a->actual_seconds, ==, b->actual_seconds);
              }
            n_compared += first->len;
          }
    }
  /* Not a vacuous comparison */
  g_assert_cmpuint (n_compared, >, 100);

  /* The public call, and a blank search: the newest sessions */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GArray) first = daftar_store_search_newest_session_keys (f->ledger.store, " ", 4, &error);
    g_autoptr(GArray) newest = daftar_store_list_newest_session_keys (f->ledger.store, NULL, 4, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (first->len, ==, 4);
    for (guint j = 0; j < 4; j++)
      g_assert_cmpint (g_array_index (first, DaftarSessionKey, j).id, ==,
                       g_array_index (newest, DaftarSessionKey, j).id);
  }
}

static char *
query_rows (DaftarStore *store,
            const char  *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStmt) stmt = daftar_store_prepare (store, sql, &error);
  int rc;

  g_assert_no_error (error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (out, "%s|", (const char *) sqlite3_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The totals the store keeps, against a count of every session again */
static void
assert_totals_recomputed (DaftarStore *store)
{
  g_autofree char *kept = query_rows (store,
                                      "SELECT local_day, project_id, tools_key, n_sessions, actual_seconds, "
                                      "  paid_seconds, earned_minor FROM day_totals "
                                      "ORDER BY local_day, project_id, tools_key");
  g_autofree char *counted = query_rows (store,
                                         "SELECT local_day, project_id, tools_key, count (*), "
                                         "  sum (actual_seconds), sum (paid_seconds), "
                                         "  coalesce (sum (earned_minor), 0) FROM sessions "
                                         "GROUP BY local_day, project_id, tools_key "
                                         "ORDER BY local_day, project_id, tools_key");

  g_assert_cmpstr (kept, ==, counted);
}

static void
test_totals (Fixture       *f,
             gconstpointer  data)
{
  static const char * const tools[] = { "DeepL", NULL };
  g_autoptr(GError) error = NULL;
  gint64 stopped = 0;

  assert_totals_recomputed (f->ledger.store);
  g_assert_cmpint (daftar_store_count_sessions (f->ledger.store, &error), ==, f->n_sessions);

  /* Edits: another project, day, length, pay and tools */
  {
    DaftarSessionDraft draft = { .project_id = f->projects[2], .start_utc = 1700300000,
                                 .utc_offset = 3600, .actual_seconds = 1800, .has_paid = TRUE,
                                 .paid_seconds = 900, .has_earned = TRUE, .earned_minor = 4000,
                                 .tools = tools };

    g_assert_true (daftar_store_update_session (f->ledger.store, f->sessions[1], &draft, &error));
    g_assert_no_error (error);
    assert_totals_recomputed (f->ledger.store);
    draft.tools = NULL;
    draft.project_id = f->projects[0];
    draft.has_earned = FALSE;
    g_assert_true (daftar_store_update_session (f->ledger.store, f->sessions[2], &draft, &error));
    g_assert_no_error (error);
    assert_totals_recomputed (f->ledger.store);
  }

  /* A deletion, the last session of its row's included */
  g_assert_true (daftar_store_delete_session (f->ledger.store, f->sessions[4], &error));
  g_assert_true (daftar_store_delete_session (f->ledger.store, f->sessions[2], &error));
  g_assert_no_error (error);
  assert_totals_recomputed (f->ledger.store);

  /* A stop and its undo, which takes the session back into the timer */
  g_assert_true (daftar_store_start_timer (f->ledger.store, f->projects[1], 1700500000, 0, "timer", &error));
  g_assert_true (daftar_store_stop_timer (f->ledger.store, 1700503600, &stopped, &error));
  g_assert_no_error (error);
  assert_totals_recomputed (f->ledger.store);
  g_assert_true (daftar_store_resume_timer (f->ledger.store, stopped, &error));
  g_assert_no_error (error);
  assert_totals_recomputed (f->ledger.store);

  /* Writes of other kinds leave the totals alone */
  {
    DaftarPaymentDraft payment = { .project_id = f->projects[0], .date = "2025-03-10", .amount_minor = 10000 };
    DaftarExchangeRate rate = { 0, 0, "EUR", "USD", 108000000, DAFTAR_RATE_SOURCE_USER };

    g_assert_true (daftar_day_from_iso ("2025-03-01", &rate.day));
    g_assert_true (daftar_store_add_payment (f->ledger.store, &payment, NULL, &error));
    g_assert_true (daftar_store_add_rate (f->ledger.store, &rate, NULL, &error));
    g_assert_no_error (error);
    assert_totals_recomputed (f->ledger.store);
  }

  /* A project's deletion takes its sessions' totals */
  g_assert_true (daftar_store_delete_project (f->ledger.store, f->projects[0], &error));
  g_assert_no_error (error);
  assert_totals_recomputed (f->ledger.store);
  {
    g_autoptr(GArray) keys = daftar_store_list_session_keys (f->ledger.store, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (daftar_store_count_sessions (f->ledger.store, &error), ==, keys->len);
  }
}

static void
test_newest_pages (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = daftar_store_list_session_keys (f->ledger.store, NULL, &error);
  g_autoptr(GArray) paged = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));

  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, f->n_sessions);

  /* Pages of three, each after the last key of the one before, make the whole list. */
  for (;;)
    {
      const DaftarSessionKey *after = paged->len ? &g_array_index (paged, DaftarSessionKey, paged->len - 1) : NULL;
      g_autoptr(GArray) page = daftar_store_list_newest_session_keys (f->ledger.store, after, 3, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page->len, <=, 3);
      if (page->len == 0)
        break;
      g_array_append_vals (paged, page->data, page->len);
    }

  g_assert_cmpuint (paged->len, ==, all->len);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpmem (&g_array_index (paged, DaftarSessionKey, i), sizeof (DaftarSessionKey),
                     &g_array_index (all, DaftarSessionKey, i), sizeof (DaftarSessionKey));
}

/* A ledger of the version before gets its index and totals from its sessions. */
static void
test_migration (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(GArray) keys = NULL;
  const DaftarMigration *migrations;
  int latest = daftar_store_latest_version ();
  sqlite3 *db = NULL;
  guint n;

  migrations = daftar_store_get_migrations (&n);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  daftar_store_add_functions (db);
  /* Up to the version before the one that brought the index, whatever came after it. */
  for (guint i = 0; i < n && strstr (migrations[i].sql, "note_search") == NULL; i++)
    {
      g_autofree char *set = g_strdup_printf ("PRAGMA user_version = %d", migrations[i].version);

      g_assert_cmpint (sqlite3_exec (db, migrations[i].sql, NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, set, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO projects (name, name_key, platform_id, category, pricing, currency,"
                                 "  rate_minor, created_utc) VALUES ('Old', 'old', 1, 'writing', 'hourly', 'EUR', 3000, 0);"
                                 "INSERT INTO sessions (project_id, start_utc, utc_offset, actual_seconds,"
                                 "  paid_seconds, note) VALUES (1, 1600000000, 0, 600, 600, 'Die STRASSE'),"
                                 "  (1, 1600003600, 0, 900, 300, '');"
                                 "INSERT INTO session_tools VALUES (1, 2);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (daftar_store_get_version (store), ==, latest);
  keys = daftar_store_list_session_keys (store, "straße", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (keys->len, ==, 1);
  assert_totals_recomputed (store);
  g_assert_true (daftar_store_check_integrity (store, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  daftar_test_rm_rf (dir);
}

/* A worker's reader stops in the middle of a query when cancelled. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) reader = daftar_store_open_reader (f->ledger.store, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) keys = NULL;

  g_assert_no_error (error);
  /* Enough sessions that the query passes the progress handler's check */
  g_assert_true (daftar_store_begin (f->ledger.store, &error));
  for (guint i = 0; i < 2000; i++)
    {
      DaftarSessionDraft draft = { .project_id = f->projects[0], .start_utc = 1600000000 + i * 600,
                                   .actual_seconds = 60, .note = "xyz" };

      g_assert_true (daftar_store_add_session (f->ledger.store, &draft, NULL, &error));
    }
  g_assert_true (daftar_store_commit (f->ledger.store, &error));
  g_assert_no_error (error);

  daftar_store_set_cancellable (reader, cancellable);
  keys = daftar_store_list_session_keys (reader, "a", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (keys->len, >, 0);
  g_clear_pointer (&keys, g_array_unref);

  g_cancellable_cancel (cancellable);
  keys = daftar_store_list_session_keys (reader, "a", &error);
  g_assert_null (keys);
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_SQL);
  daftar_store_set_cancellable (reader, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-search/as-scan", Fixture, NULL, fixture_set_up, test_search_as_scan, fixture_tear_down);
  g_test_add ("/store-search/first-page", Fixture, NULL, fixture_set_up, test_first_page, fixture_tear_down);
  g_test_add ("/store-search/totals", Fixture, NULL, fixture_set_up, test_totals, fixture_tear_down);
  g_test_add ("/store-search/newest-pages", Fixture, NULL, fixture_set_up, test_newest_pages, fixture_tear_down);
  g_test_add ("/store-search/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add_func ("/store-search/migration", test_migration);

  return g_test_run ();
}
