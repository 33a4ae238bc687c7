/* test-window.c — the app window opens the ledger, or says why it can't
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "daftar-test-util.h"
#include "daftar-window.h"

static GtkWidget *
find_status_page (GtkWidget  *root,
                  const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_STATUS_PAGE (child) &&
          g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (child)), title) == 0 &&
          gtk_widget_get_mapped (child))
        return child;

      if ((found = find_status_page (child, title)))
        return found;
    }

  return NULL;
}

static void
wait_mapped (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* One registered application for the whole run, as in the real program. */
static DaftarApplication *app;

static void
test_empty_ledger (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
  DaftarWindow *window;
  GtkWidget *page;

  g_assert_no_error (error);
  window = daftar_window_new (app, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_mapped (GTK_WIDGET (window));

  page = find_status_page (GTK_WIDGET (window), "Your Ledger Is Ready");
  g_assert_nonnull (page);
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), "daftar.db"));
  g_assert_null (find_status_page (GTK_WIDGET (window), "The Ledger Could Not Be Opened"));

  gtk_window_destroy (GTK_WINDOW (window));
  daftar_test_rm_rf (dir);
}

static void
test_open_error (void)
{
  g_autoptr(GError) error = g_error_new_literal (DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NEWER_SCHEMA,
                                                 "Saved by a <newer> version");
  DaftarWindow *window = daftar_window_new (app, NULL, error);
  GtkWidget *page;

  gtk_window_present (GTK_WINDOW (window));
  wait_mapped (GTK_WIDGET (window));

  page = find_status_page (GTK_WIDGET (window), "The Ledger Could Not Be Opened");
  g_assert_nonnull (page);
  /* Shown as plain text, not markup */
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==,
                   "Saved by a &lt;newer&gt; version");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* startup opens the ledger named by DAFTAR_DB */
  dir = daftar_test_make_tmpdir ();
  path = g_build_filename (dir, "app.db", NULL);
  g_setenv ("DAFTAR_DB", path, TRUE);
  app = daftar_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/window/empty-ledger", test_empty_ledger);
  g_test_add_func ("/window/open-error", test_open_error);

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
