/* test-window-copy.c — Export… and Back Up Ledger… write files that reopen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file chooser is the portal's; the tests give the window the file it
 * would have returned (daftar_window_copy_to), and read what was written.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "daftar-sample.h"
#include "daftar-test-spawn.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-window-copy.h"
#include "daftar-window.h"

static DaftarApplication *app;

typedef struct
{
  char         *dir;
  char         *path;
  DaftarStore  *store;
  DaftarWindow *window;
} Fixture;

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Result;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate today;

  f->dir = daftar_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, G_DATE_MARCH, 2025);
  g_assert_true (daftar_sample_fill (f->store, &today, &error));
  g_assert_no_error (error);

  {

    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);


    f->window = daftar_window_new (app, context, NULL);

  }
  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->window)))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
copied_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Result *r = user_data;

  r->ok = daftar_window_copy_finish (DAFTAR_WINDOW (object), result, &r->error);
  r->done = TRUE;
}

static void
copy_and_wait (Fixture          *f,
               DaftarWindowCopy  kind,
               const char       *path,
               Result           *r)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  daftar_window_copy_to (f->window, kind, file, copied_cb, r);
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
}

static guint
count_rows (DaftarStore *store,
            guint       *n_projects,
            guint       *n_sessions,
            guint       *n_payments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (store, TRUE, &error);
  g_autoptr(GPtrArray) sessions = daftar_store_list_sessions (store, G_MININT64, G_MAXINT64, &error);
  g_autoptr(GPtrArray) payments = daftar_store_list_payments (store, &error);

  g_assert_no_error (error);
  *n_projects = projects->len;
  *n_sessions = sessions->len;
  *n_payments = payments->len;
  return projects->len + sessions->len + payments->len;
}

/* The backup opens as a ledger by itself, with every row of the open one. */
static void
test_back_up (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *before = daftar_test_fingerprint_ledger (f->path);
  g_autofree char *after = NULL;
  g_autofree char *dump = daftar_test_dump_db (f->path);
  g_autofree char *copy_dump = NULL;
  g_autoptr(DaftarStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  guint p, s, y, cp, cs, cy;
  Result r = { 0 };

  copy_and_wait (f, DAFTAR_WINDOW_COPY_BACKUP, copy, &r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);

  after = daftar_test_fingerprint_ledger (f->path);
  g_assert_cmpstr (after, ==, before);
  copy_dump = daftar_test_dump_db (copy);
  g_assert_cmpstr (copy_dump, ==, dump);

  reopened = daftar_store_open (copy, &error);
  g_assert_no_error (error);
  count_rows (f->store, &p, &s, &y);
  count_rows (reopened, &cp, &cs, &cy);
  g_assert_cmpuint (p, >, 0);
  g_assert_cmpuint (s, >, 0);
  g_assert_cmpuint (y, >, 0);
  g_assert_cmpuint (cp, ==, p);
  g_assert_cmpuint (cs, ==, s);
  g_assert_cmpuint (cy, ==, y);
}

/* JSON that json-glib reads, with every project, session and payment; and CSV */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *json_path = g_build_filename (f->dir, "ledger.json", NULL);
  g_autofree char *csv_path = g_build_filename (f->dir, "ledger.CSV", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  JsonObject *root;
  guint p, s, y;
  Result json = { 0 }, r_csv = { 0 };

  count_rows (f->store, &p, &s, &y);

  copy_and_wait (f, DAFTAR_WINDOW_COPY_JSON, json_path, &json);
  g_assert_no_error (json.error);
  g_assert_true (json_parser_load_from_file (parser, json_path, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "projects")), ==, p);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "sessions")), ==, s);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "payments")), ==, y);

  copy_and_wait (f, DAFTAR_WINDOW_COPY_CSV, csv_path, &r_csv);
  g_assert_no_error (r_csv.error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_false (g_str_has_prefix (csv, "{"));
  lines = g_strsplit (g_strchomp (csv), "\n", -1);
  /* a header, then a line per project, session and payment (notes here are one line) */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + p + s + y);
}

/* The ledger itself, or a link to it: refused with the message, nothing written. */
static void
test_refuses_ledger (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->dir, "link.db", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *before = daftar_test_fingerprint_ledger (f->path);
  g_autofree char *after = NULL;
  const char *targets[] = { f->path, link, wal };

  g_assert_cmpint (symlink ("daftar.db", link), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    for (DaftarWindowCopy kind = DAFTAR_WINDOW_COPY_BACKUP; kind <= DAFTAR_WINDOW_COPY_CSV; kind++)
      {
        Result r = { 0 };

        copy_and_wait (f, kind, targets[i], &r);
        g_assert_false (r.ok);
        g_assert_error (r.error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_LEDGER_FILE);
        g_clear_error (&r.error);
      }

  after = daftar_test_fingerprint_ledger (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
}

/* One at a time: a second asked for while the first runs is refused. */
static void
test_one_at_a_time (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *first = g_build_filename (f->dir, "first.db", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second.db", NULL);
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  Result r1 = { 0 }, r2 = { 0 };

  daftar_window_copy_to (f->window, DAFTAR_WINDOW_COPY_BACKUP, first_file, copied_cb, &r1);
  copy_and_wait (f, DAFTAR_WINDOW_COPY_BACKUP, second, &r2);
  g_assert_error (r2.error, G_IO_ERROR, G_IO_ERROR_PENDING);
  g_clear_error (&r2.error);
  g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));

  while (!r1.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (r1.error);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  daftar_test_iterate ();
}

/* The menu's actions open a save chooser (on a desktop without the portal, GTK's
 * own dialog) named for the day, with the formats; cancelled, nothing is written. */
static GtkWidget *
find_chooser (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static void
test_chooser (Fixture       *f,
              gconstpointer  data)
{
  const char *actions[] = { "win.export", "win.back-up" };
  const char *suffixes[] = { ".json", ".db" };
  guint n_filters[] = { 2, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autoptr(GListModel) filters = NULL;
      g_autofree char *name = NULL;
      GtkWidget *chooser;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), actions[i], NULL));
      while ((chooser = find_chooser ()) == NULL)
        g_main_context_iteration (NULL, TRUE);

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
      name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
      filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
      G_GNUC_END_IGNORE_DEPRECATIONS

      g_assert_true (g_str_has_prefix (name, "daftar-"));
      g_assert_true (g_str_has_suffix (name, suffixes[i]));
      g_assert_cmpuint (g_list_model_get_n_items (filters), ==, n_filters[i]);

      while (find_chooser () != NULL)
        g_main_context_iteration (NULL, TRUE);
      daftar_test_iterate ();
      g_assert_null (g_object_get_data (G_OBJECT (f->window), "daftar-copy-job"));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  {
    g_autofree char *dir = daftar_test_make_tmpdir ();

    app = daftar_test_app_new (dir);

#define ADD(name, func) g_test_add ("/window-copy/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
    ADD ("back-up", test_back_up);
    ADD ("export", test_export);
    ADD ("refuses-ledger", test_refuses_ledger);
    ADD ("one-at-a-time", test_one_at_a_time);
    ADD ("chooser", test_chooser);
#undef ADD

    status = g_test_run ();
    g_clear_object (&app);
    daftar_test_rm_rf (dir);
  }

  return status;
}
