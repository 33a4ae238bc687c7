/* test-market-ui.c — the feed in the UI: Refresh on the Earnings page, the feed address
 * in the preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The server runs in its own thread and GMainContext on 127.0.0.1, as in test-feed.c.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <libsoup/soup.h>

#include "daftar-application.h"
#include "daftar-earnings-page.h"
#include "daftar-market-sources.h"
#include "daftar-preferences-window.h"
#include "daftar-store-market.h"
#include "daftar-test-server.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-ui-format.h"

#define SRC "\"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/\" }"

#define DATASET(publisher, as_of) \
  "{ \"schema\": 1, \"publisher\": \"" publisher "\", \"as_of\": \"" as_of "\", \"claims\": []," \
  "  \"rate_bands\": [ { \"id\": \"b1\", \"platform\": \"outlier\", \"category\": \"ai-training\"," \
  "    \"role\": \"Trainer\", \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"30.00\"," \
  "    \"kind\": \"advertised\", \"as_of\": \"2025\", " SRC ", \"confidence\": \"low\", \"verified\": true } ]," \
  "  \"exchange_rates\": [] }"

static DaftarApplication *app;

/* The server */

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, body, strlen (body));
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  if (g_str_equal (path, "/ok"))
    respond (msg, SOUP_STATUS_OK, DATASET ("Feed v1", "2026-02-01"));
  else if (g_str_equal (path, "/500"))
    respond (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, "{}");
  else
    respond (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

/* Fixture */

typedef struct
{
  char               *dir;
  DaftarStore        *store;
  DaftarTestServer   *server;
  GtkWindow          *window;
  DaftarEarningsPage *page;
} Fixture;

static GSettings *
settings (void)
{
  GSettings *s = daftar_application_get_settings (app);

  g_assert_nonnull (s);
  return s;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = daftar_test_make_tmpdir ();
  path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  f->server = daftar_test_server_start (handle_cb);
  g_settings_set_string (settings (), "home-currency", "USD");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  f->window = NULL;
  f->page = NULL;
  daftar_test_iterate ();

  g_settings_reset (settings (), "home-currency");
  g_settings_reset (settings (), "market-feed-url");
  g_settings_reset (settings (), "market-last-refresh");
  daftar_test_server_stop (f->server);
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->dir);
}

static char *
server_url (Fixture    *f,
            const char *path)
{
  return g_strconcat (f->server->base, path, NULL);
}

/* Widgets */

static void
add_work (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  DaftarProjectDraft project = {
    .name = "Outlier evaluation",
    .platform = "outlier",
    .category = DAFTAR_CATEGORY_AI_TRAINING,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "USD",
    .has_rate = TRUE,
    .rate_minor = 4000,
  };
  DaftarSessionDraft session = {
    .utc_offset = 0,
    .actual_seconds = 60,
    .has_paid = TRUE,
    .paid_seconds = 60,
  };

  g_assert_true (daftar_store_add_project (f->store, &project, &session.project_id, &error));
  g_assert_no_error (error);
  /* The start of this month: always in “this month”, never in the future. */
  session.start_utc = g_date_time_to_unix (now) -
                      (g_date_time_get_day_of_month (now) - 1) * 86400 -
                      g_date_time_get_hour (now) * 3600 - g_date_time_get_minute (now) * 60 -
                      g_date_time_get_second (now);
  g_assert_true (daftar_store_add_session (f->store, &session, NULL, &error));
  g_assert_no_error (error);
}

static void
show_page (Fixture *f)
{
  {
    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);

    f->page = DAFTAR_EARNINGS_PAGE (daftar_earnings_page_new (context));
  }
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 900);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  /* The report comes from a worker, and is shown a part a frame */
  while (g_str_equal (daftar_earnings_page_get_state (f->page), "loading") ||
         daftar_earnings_page_is_loading (f->page))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");
}

/* Presses Refresh, checks the progress shown, and waits for the end. */
static void
press_refresh (Fixture *f)
{
  GtkWidget *button = daftar_test_find_by_name (GTK_WIDGET (f->page), "market-refresh-button");
  GtkWidget *spinner = NULL;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));

  for (GtkWidget *w = gtk_widget_get_prev_sibling (button); w != NULL; w = gtk_widget_get_prev_sibling (w))
    if (GTK_IS_SPINNER (w))
      spinner = w;
  g_assert_nonnull (spinner);

  g_signal_emit_by_name (button, "clicked");
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_get_visible (spinner));

  while (!gtk_widget_is_sensitive (button))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
  /* The new data is compared once the report worked out again is shown. */
  while (daftar_earnings_page_is_loading (f->page))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_widget_get_visible (spinner));
}

static void
test_refresh (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *ok = server_url (f, "/ok");
  g_autofree char *fail = server_url (f, "/500");
  GtkWidget *button;

  add_work (f);
  show_page (f);

  /* No feed address: the bundled data, and no Refresh */
  button = daftar_test_find_by_name (GTK_WIDGET (f->page), "market-refresh-button");
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_true (g_str_has_prefix (daftar_test_label_text (GTK_WIDGET (f->page), "market-data"), "Market data: "));
  g_assert_false (strstr (daftar_test_label_text (GTK_WIDGET (f->page), "market-data"), "Feed v1") != NULL);
  g_assert_false (gtk_widget_get_visible (daftar_test_find_by_name (GTK_WIDGET (f->page), "market-error")));

  /* With one, Refresh downloads the feed's data, and the line shows it */
  g_settings_set_string (settings (), "market-feed-url", ok);
  daftar_test_iterate ();
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "market-refresh"), ==, "Not refreshed yet");
  press_refresh (f);
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "market-data"), ==, "Market data: Feed v1, February 1, 2026");
  g_assert_true (g_str_has_prefix (daftar_test_label_text (GTK_WIDGET (f->page), "market-refresh"), "Last refreshed: "));
  g_assert_false (gtk_widget_get_visible (daftar_test_find_by_name (GTK_WIDGET (f->page), "market-error")));
  g_assert_cmpint (g_settings_get_int64 (settings (), "market-last-refresh"), >, 0);

  /* A 500: the data stays, and the error is shown */
  g_settings_set_string (settings (), "market-feed-url", fail);
  daftar_test_iterate ();
  press_refresh (f);
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "market-data"), ==, "Market data: Feed v1, February 1, 2026");
  g_assert_true (gtk_widget_get_visible (daftar_test_find_by_name (GTK_WIDGET (f->page), "market-error")));
  g_assert_nonnull (strstr (daftar_test_label_text (GTK_WIDGET (f->page), "market-error"), "500"));
  g_assert_nonnull (strstr (daftar_test_label_text (GTK_WIDGET (f->page), "market-error"), " failed: "));
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closing the page while a refresh is under way cancels it, without a crash. */
static void
test_refresh_dispose (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *ok = server_url (f, "/ok");
  gpointer page;

  add_work (f);
  g_settings_set_string (settings (), "market-feed-url", ok);
  show_page (f);
  g_signal_emit_by_name (daftar_test_find_by_name (GTK_WIDGET (f->page), "market-refresh-button"), "clicked");
  /* The refresh holds the page till it has answered: gone, the answer came. */
  page = f->page;
  g_object_add_weak_pointer (G_OBJECT (page), &page);
  gtk_window_destroy (f->window);
  f->window = NULL;
  f->page = NULL;
  daftar_test_wait_until (is_gone, &page, 10000);
}

static void
apply_feed (GtkWidget  *row,
            const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);
  DaftarPreferencesWindow *window = daftar_preferences_window_new (NULL, context);
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (window));
  daftar_test_iterate ();
  row = daftar_test_find_row (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, "Feed Address");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  apply_feed (row, "http://example.com/market.json");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (g_settings_get_string (settings (), "market-feed-url"), ==, "");

  apply_feed (row, "https://example.com/market.json");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (g_settings_get_string (settings (), "market-feed-url"), ==, "https://example.com/market.json");

  apply_feed (row, " http://127.0.0.1:8080/m.json ");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (g_settings_get_string (settings (), "market-feed-url"), ==, "http://127.0.0.1:8080/m.json");

  /* Empty: only the bundled data */
  apply_feed (row, "");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (g_settings_get_string (settings (), "market-feed-url"), ==, "");

  /* Set elsewhere (the command line), shown here */
  g_settings_set_string (settings (), "market-feed-url", "https://example.org/feed.json");
  daftar_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "https://example.org/feed.json");

  gtk_window_destroy (GTK_WINDOW (window));
  daftar_test_iterate ();
}

static void
collect_labels (GtkWidget *root,
                GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_labels (child, out);
    }
}

/* A source with no headline is shown by its publisher, above its date: never an
 * empty title. */
static void
test_untitled_source (void)
{
  static const char text[] =
    "{ \"schema\": 1, \"publisher\": \"Test\", \"as_of\": \"2026-01-02\", \"claims\": [],"
    "  \"rate_bands\": [ { \"id\": \"b1\", \"platform\": \"outlier\", \"category\": \"ai-training\","
    "    \"role\": \"Legal expert\", \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"40.00\","
    "    \"high\": \"45.00\", \"kind\": \"advertised\", \"as_of\": \"2024\","
    "    \"source\": { \"publisher\": \"First-person account\", \"title\": null, \"url\": null },"
    "    \"confidence\": \"low\", \"verified\": false } ] }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = daftar_market_load_bytes (bytes, NULL, &error);
  g_autoptr(GString) labels = g_string_new (NULL);
  DaftarBandMatch match = { 0 };
  GtkWidget *sources;

  g_assert_no_error (error);
  match.band = daftar_market_get_band (market, "b1");
  match.low_minor = 4000;
  match.high_minor = 4500;
  sources = g_object_ref_sink (daftar_market_sources_new ());
  {
    g_autoptr(DaftarFormat) format = daftar_format_new_from_environment ();

    daftar_market_sources_add_match (DAFTAR_MARKET_SOURCES (sources), format, &match, "USD");
  }
  collect_labels (sources, labels);
  g_test_message ("%s", labels->str);
  g_assert_nonnull (strstr (labels->str, "\n\u2068First-person account\u2069\n\u20682024\u2069\n"));
  g_assert_null (strstr (labels->str, "\u2068\u2069"));
  g_assert_null (strstr (labels->str, " · \u2068"));
  g_object_unref (sources);
}

/* A source's date, in the user's calendar: a Gregorian year stays one, marked so
 * where another calendar is in use. */
static void
test_as_of (void)
{
  g_autofree char *lc_all = g_strdup (g_getenv ("LC_ALL"));
  g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *year = NULL, *day = NULL, *undated = NULL, *persian_year = NULL;
  g_autoptr(DaftarFormat) english = NULL;
  g_autoptr(DaftarFormat) persian = NULL;

  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  english = daftar_format_new_from_environment ();
  year = daftar_market_sources_format_as_of (english, "2024");
  day = daftar_market_sources_format_as_of (english, "2025-03-21");
  undated = daftar_market_sources_format_as_of (english, NULL);
  g_assert_cmpstr (year, ==, "2024");
  g_assert_cmpstr (day, ==, "March 21, 2025");
  g_assert_cmpstr (undated, ==, "undated");

  g_setenv ("LC_ALL", "fa_IR.UTF-8", TRUE);
  persian = daftar_format_new_from_environment ();
  persian_year = daftar_market_sources_format_as_of (persian, "2024");
  /* Persian digits, and no Solar Hijri span (“11 Dey 1402 – 11 Dey 1403”) */
  g_assert_nonnull (strstr (persian_year, "۲۰۲۴"));
  g_assert_null (strstr (persian_year, "۱۴۰"));

  if (lc_all != NULL)
    g_setenv ("LC_ALL", lc_all, TRUE);
  else
    g_unsetenv ("LC_ALL");
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
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
  ADD ("/market-ui/refresh", test_refresh);
  ADD ("/market-ui/refresh-dispose", test_refresh_dispose);
  ADD ("/market-ui/preferences", test_preferences);
#undef ADD
  g_test_add_func ("/market-ui/as-of", test_as_of);
  g_test_add_func ("/market-ui/untitled-source", test_untitled_source);

  status = g_test_run ();

  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
