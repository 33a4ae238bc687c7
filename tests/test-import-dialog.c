/* test-import-dialog.c — the import dialog: preview, mapping, bad rows, import, cancel, undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog is opened as the window opens it for Import… and for a dropped file.
 * Its preview is a dry run that writes nothing; the import runs in a worker thread
 * on its own connection; the window's undo toast (and Ctrl+Z) takes it back.
 */
#include "config.h"

#include <adwaita.h>

#include "daftar-import-dialog.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-window.h"

static DaftarApplication *app;

typedef struct
{
  char         *dir;
  char         *path;
  DaftarStore  *store;
  DaftarWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft existing = { "Copy", NULL, "direct", DAFTAR_CATEGORY_WRITING, DAFTAR_PRICING_HOURLY,
                                  "USD", TRUE, 4000, FALSE, 0 };

  f->dir = daftar_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_store_add_project (f->store, &existing, NULL, &error));

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
  daftar_test_destroy_toplevels (DAFTAR_TYPE_IMPORT_DIALOG);
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static DaftarImportDialog *
open_dialog (Fixture    *f,
             const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return daftar_window_import_file (f->window, file);
}

static void
wait_idle (DaftarImportDialog *dialog)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (daftar_import_dialog_is_busy (dialog) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (daftar_import_dialog_is_busy (dialog));
  daftar_test_iterate ();
}

static GtkWidget *
import_button (DaftarImportDialog *dialog)
{
  GtkWidget *header = gtk_widget_get_first_child (adw_window_get_content (ADW_WINDOW (dialog)));
  GtkWidget *found = NULL;

  /* The header bar's suggested button */
  for (GtkWidget *w = header; w != NULL && found == NULL;)
    {
      if (GTK_IS_BUTTON (w) && gtk_widget_has_css_class (w, "suggested-action"))
        found = w;
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL && w != header)
            w = gtk_widget_get_parent (w);
          w = w != NULL && w != header ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static guint
n_sessions (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = daftar_store_list_sessions (f->store, G_MININT64, G_MAXINT64, &error);

  g_assert_no_error (error);
  return sessions->len;
}

static void
test_preview_import_undo (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *before = daftar_test_dump_db (f->path);
  g_autofree char *previewed = NULL;
  g_autofree char *undone = NULL;
  DaftarImportDialog *dialog = open_dialog (f, "toggl.csv");
  const DaftarImportResult *preview;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_idle (dialog);
  g_assert_cmpstr (daftar_import_dialog_get_page (dialog), ==, "preview");
  preview = daftar_import_dialog_get_preview (dialog);
  g_assert_nonnull (preview);
  g_assert_cmpint (preview->format, ==, DAFTAR_IMPORT_FORMAT_TOGGL);
  g_assert_cmpuint (preview->sessions, ==, 3);
  g_assert_cmpuint (preview->created_projects->len, ==, 3);
  /* The format, and the names from the file as they are. */
  g_assert_nonnull (daftar_test_find_label (GTK_WIDGET (dialog), "Toggl Track"));
  g_assert_nonnull (daftar_test_find_label (GTK_WIDGET (dialog),
                            "\u2068Website, phase 2\u2069, \u2068ترجمه\u2069, \u2068مشروع الترجمة\u2069"));
  g_assert_true (gtk_widget_get_sensitive (import_button (dialog)));

  /* The preview wrote nothing. */
  previewed = daftar_test_dump_db (f->path);
  g_assert_cmpstr (previewed, ==, before);

  gtk_widget_activate (import_button (dialog));
  while (dialog != NULL)
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
  g_assert_cmpuint (n_sessions (f), ==, 3);

  /* The toast's Undo, through Ctrl+Z: the ledger is as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  daftar_test_iterate ();
  undone = daftar_test_dump_db (f->path);
  g_assert_cmpstr (undone, ==, before);
}

static void
test_mapping (Fixture       *f,
              gconstpointer  data)
{
  DaftarImportDialog *dialog = open_dialog (f, "generic.csv");
  const DaftarImportResult *preview;

  wait_idle (dialog);
  /* Columns Daftar doesn't know: one choice for each, named as in the file. */
  g_assert_cmpstr (daftar_import_dialog_get_page (dialog), ==, "preview");
  g_assert_null (daftar_import_dialog_get_preview (dialog));
  g_assert_nonnull (daftar_test_find_label (GTK_WIDGET (dialog), "Work date"));
  g_assert_nonnull (daftar_test_find_label (GTK_WIDGET (dialog), "Payout"));
  g_assert_false (gtk_widget_get_sensitive (import_button (dialog)));

  /* Guessed from the columns' names; one changed by hand: the comment is not imported. */
  daftar_import_dialog_set_field (dialog, "Comment", DAFTAR_IMPORT_FIELD_IGNORE);
  daftar_import_dialog_apply_mapping (dialog);
  wait_idle (dialog);

  preview = daftar_import_dialog_get_preview (dialog);
  g_assert_nonnull (preview);
  g_assert_cmpint (preview->format, ==, DAFTAR_IMPORT_FORMAT_CSV);
  g_assert_cmpuint (preview->sessions, ==, 2);
  g_assert_true (gtk_widget_get_sensitive (import_button (dialog)));
}

static void
test_bad_rows (Fixture       *f,
               gconstpointer  data)
{
  DaftarImportDialog *dialog = open_dialog (f, "toggl-bad-rows.csv");
  const DaftarImportResult *preview;

  wait_idle (dialog);
  preview = daftar_import_dialog_get_preview (dialog);
  g_assert_cmpuint (preview->bad_rows->len, ==, 2);
  /* Each bad row with its line; nothing can go in until they are skipped. */
  g_assert_nonnull (daftar_test_find_label (GTK_WIDGET (dialog), "Line 3"));
  g_assert_nonnull (daftar_test_find_label (GTK_WIDGET (dialog), "Line 4"));
  g_assert_false (gtk_widget_get_sensitive (import_button (dialog)));
  daftar_import_dialog_set_skip_bad_rows (dialog, TRUE);
  g_assert_true (gtk_widget_get_sensitive (import_button (dialog)));
}

static void
test_broken_file (Fixture       *f,
                  gconstpointer  data)
{
  DaftarImportDialog *dialog = open_dialog (f, "corrupt.csv");

  wait_idle (dialog);
  g_assert_cmpstr (daftar_import_dialog_get_page (dialog), ==, "error");
  g_assert_false (gtk_widget_get_sensitive (import_button (dialog)));
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "big.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GString) text = g_string_new ("User,Email,Client,Project,Task,Description,Billable,"
                                          "Start date,Start time,End date,End time,Duration,Tags,Amount (USD)\n");
  g_autofree char *before = daftar_test_dump_db (f->path);
  g_autofree char *after = NULL;
  DaftarImportDialog *dialog;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "M,m@example.com,C,P,,Row %u,Yes,2024-%02u-%02u,10:00:00,2024-%02u-%02u,"
                                  "10:30:00,00:30:00,,10.00\n", i, 1 + i % 12, 1 + i % 28, 1 + i % 12, 1 + i % 28);
  g_assert_true (g_file_set_contents (csv, text->str, text->len, &error));

  dialog = daftar_window_import_file (f->window, file);
  wait_idle (dialog);
  g_assert_cmpuint (daftar_import_dialog_get_preview (dialog)->sessions, ==, 20000);

  /* Cancelled as soon as it starts: back to the preview, nothing written. */
  daftar_import_dialog_start (dialog);
  g_assert_cmpstr (daftar_import_dialog_get_page (dialog), ==, "progress");
  daftar_import_dialog_cancel (dialog);
  wait_idle (dialog);
  g_assert_cmpstr (daftar_import_dialog_get_page (dialog), ==, "preview");
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  daftar_test_ui_init (&argc, &argv);

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import-dialog/preview-import-undo", test_preview_import_undo);
  ADD ("/import-dialog/mapping", test_mapping);
  ADD ("/import-dialog/bad-rows", test_bad_rows);
  ADD ("/import-dialog/broken-file", test_broken_file);
  ADD ("/import-dialog/cancel", test_cancel);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
