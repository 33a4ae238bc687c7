/* test-page-reload.c — a page worked out again when shown, once what it shows has changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-page-reload"

#include "config.h"

#include <gtk/gtk.h>

#include "daftar-page-reload.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"

typedef struct
{
  DaftarTestLedger  ledger;
  GtkWidget        *window;
  GtkWidget        *page;
  DaftarPageReload  reload;
  guint             loads;
  guint             stops;
} Fixture;

static void
count_load (gpointer page)
{
  Fixture *f = g_object_get_data (page, "fixture");

  f->loads++;
  /* The page is worked out now: nothing is queued any more. */
  daftar_page_reload_begin (&f->reload);
}

static void
count_stop (gpointer page)
{
  Fixture *f = g_object_get_data (page, "fixture");

  f->stops++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  daftar_test_ledger_set_up (&f->ledger, NULL);
  f->window = gtk_window_new ();
  f->page = gtk_label_new ("page");
  g_object_set_data (G_OBJECT (f->page), "fixture", f);
  gtk_widget_set_visible (f->page, FALSE);
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  daftar_page_reload_watch (&f->reload, f->page, f->ledger.store, count_load, count_stop);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  daftar_page_reload_clear (&f->reload);
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_ledger_tear_down (&f->ledger, NULL);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Runs the main loop until what is queued has run. */
static void
settle (Fixture *f)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
show_page (Fixture *f)
{
  gtk_widget_set_visible (f->page, TRUE);
  gtk_window_present (GTK_WINDOW (f->window));
  daftar_test_wait_until (is_mapped, f->page, 5000);
  settle (f);
}

/* Worked out when first shown, not before. */
static void
test_first_shown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_present (GTK_WINDOW (f->window));
  settle (f);
  g_assert_cmpuint (f->loads, ==, 0);

  show_page (f);
  g_assert_cmpuint (f->loads, ==, 1);
  g_assert_false (daftar_page_reload_is_queued (&f->reload));
}

/* On screen, changes that come together are worked out once; a change the
 * page does not show (the timer's) is not worked out at all. */
static void
test_changes_on_screen (Fixture       *f,
                        gconstpointer  data)
{
  show_page (f);
  f->stops = 0;

  g_signal_emit_by_name (f->ledger.store, "changed", DAFTAR_STORE_CHANGE_SESSIONS);
  g_signal_emit_by_name (f->ledger.store, "changed", DAFTAR_STORE_CHANGE_TOOLS);
  g_assert_true (daftar_page_reload_is_queued (&f->reload));
  /* A worker at it would show what is out of date: stopped at each change. */
  g_assert_cmpuint (f->stops, ==, 2);
  settle (f);
  g_assert_cmpuint (f->loads, ==, 2);

  g_signal_emit_by_name (f->ledger.store, "changed", DAFTAR_STORE_CHANGE_TIMER);
  g_assert_false (daftar_page_reload_is_queued (&f->reload));
  settle (f);
  g_assert_cmpuint (f->loads, ==, 2);
  g_assert_cmpuint (f->stops, ==, 2);
}

/* Off screen, a change waits for the page to be shown again. */
static void
test_changes_off_screen (Fixture       *f,
                         gconstpointer  data)
{
  show_page (f);
  gtk_widget_set_visible (f->page, FALSE);
  settle (f);

  g_signal_emit_by_name (f->ledger.store, "changed", DAFTAR_STORE_CHANGE_GOALS);
  g_signal_emit_by_name (f->ledger.store, "changed", DAFTAR_STORE_CHANGE_MARKET);
  g_assert_false (daftar_page_reload_is_queued (&f->reload));
  settle (f);
  g_assert_cmpuint (f->loads, ==, 1);

  show_page (f);
  g_assert_cmpuint (f->loads, ==, 2);

  /* Shown again with nothing changed: nothing worked out. */
  gtk_widget_set_visible (f->page, FALSE);
  show_page (f);
  g_assert_cmpuint (f->loads, ==, 2);
}

/* A page going away follows the ledger no more. */
static void
test_cleared (Fixture       *f,
              gconstpointer  data)
{
  show_page (f);
  g_signal_emit_by_name (f->ledger.store, "changed", DAFTAR_STORE_CHANGE_PAYMENTS);
  daftar_page_reload_clear (&f->reload);
  g_assert_false (daftar_page_reload_is_queued (&f->reload));
  g_signal_emit_by_name (f->ledger.store, "changed", DAFTAR_STORE_CHANGE_PAYMENTS);
  settle (f);
  g_assert_cmpuint (f->loads, ==, 1);
}

static void
test_settings (void)
{
  const char *followed[] = { "home-currency", "latin-digits", "persian-calendar", "arabic-calendar" };
  const char *not_followed[] = { "market-feed-url", "earnings-basis", "guidance-dismissed", "" };

  for (guint i = 0; i < G_N_ELEMENTS (followed); i++)
    g_assert_true (daftar_page_reload_follows_setting (followed[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_followed); i++)
    g_assert_false (daftar_page_reload_follows_setting (not_followed[i]));
}

int
main (int   argc,
      char *argv[])
{
  daftar_test_ui_init (&argc, &argv);

  g_test_add ("/page-reload/first-shown", Fixture, NULL, fixture_set_up, test_first_shown,
              fixture_tear_down);
  g_test_add ("/page-reload/changes-on-screen", Fixture, NULL, fixture_set_up,
              test_changes_on_screen, fixture_tear_down);
  g_test_add ("/page-reload/changes-off-screen", Fixture, NULL, fixture_set_up,
              test_changes_off_screen, fixture_tear_down);
  g_test_add ("/page-reload/cleared", Fixture, NULL, fixture_set_up, test_cleared,
              fixture_tear_down);
  g_test_add_func ("/page-reload/settings", test_settings);

  return g_test_run ();
}
