/* test-feed.c — the market feed against a SoupServer on loopback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The server runs in its own thread and GMainContext, on 127.0.0.1 and a port the
 * system picks; nothing here ever leaves the machine.  After a valid feed is in use,
 * every kind of failure must leave it in use and record the error.
 */

#define G_LOG_DOMAIN "test-feed"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <libsoup/soup.h>

#include "daftar-feed.h"
#include "daftar-store-market.h"
#include "daftar-store-report.h"
#include "daftar-test-server.h"
#include "daftar-test-util.h"

#define SRC "\"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/\" }"

#define DATASET(publisher, role, low) \
  "{ \"schema\": 1, \"publisher\": \"" publisher "\", \"as_of\": \"2026-02-01\", \"claims\": []," \
  "  \"rate_bands\": [ { \"id\": \"b1\", \"platform\": \"outlier\", \"category\": \"ai-training\"," \
  "    \"role\": \"" role "\", \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"" low "\"," \
  "    \"kind\": \"advertised\", \"as_of\": \"2025\", " SRC ", \"confidence\": \"low\", \"verified\": true } ]," \
  "  \"exchange_rates\": [ { \"date\": \"2026-01-01\", \"base\": \"EUR\", \"quote\": \"USD\", \"rate\": \"1.10\" } ] }"

static const char feed_v1[] = DATASET ("Feed v1", "Trainer", "30.00");

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
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);

  if (g_str_equal (path, "/ok"))
    {
      /* The client says who it is. */
      g_assert_true (g_str_has_prefix (soup_message_headers_get_one (request, "User-Agent"), "Daftar/"));
      if (g_strcmp0 (soup_message_headers_get_one (request, "If-None-Match"), "\"v1\"") == 0)
        respond (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      else
        {
          soup_message_headers_replace (response, "ETag", "\"v1\"");
          respond (msg, SOUP_STATUS_OK, feed_v1);
        }
    }
  else if (g_str_equal (path, "/404"))
    respond (msg, SOUP_STATUS_NOT_FOUND, "{}");
  else if (g_str_equal (path, "/500"))
    respond (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, "{}");
  else if (g_str_equal (path, "/redirect-http"))
    {
      soup_message_headers_replace (response, "Location", "http://example.invalid/feed.json");
      respond (msg, SOUP_STATUS_FOUND, NULL);
    }
  else if (g_str_equal (path, "/redirect-loop"))
    {
      soup_message_headers_replace (response, "Location", "/redirect-loop");
      respond (msg, SOUP_STATUS_FOUND, NULL);
    }
  else if (g_str_equal (path, "/redirect-ok"))
    {
      soup_message_headers_replace (response, "Location", "/v2");
      respond (msg, SOUP_STATUS_MOVED_PERMANENTLY, NULL);
    }
  else if (g_str_equal (path, "/v2"))
    respond (msg, SOUP_STATUS_OK, DATASET ("Feed v2", "Trainer", "31.00"));
  else if (g_str_equal (path, "/malformed"))
    respond (msg, SOUP_STATUS_OK, "{ \"schema\": 1, \"rate_bands\": [");
  else if (g_str_equal (path, "/schema2"))
    respond (msg, SOUP_STATUS_OK, "{ \"schema\": 2, \"rate_bands\": [], \"claims\": [] }");
  else if (g_str_equal (path, "/negative"))
    respond (msg, SOUP_STATUS_OK, DATASET ("Feed bad", "Trainer", "-5.00"));
  else if (g_str_equal (path, "/bidi"))
    respond (msg, SOUP_STATUS_OK, DATASET ("Feed \u202Ebad", "<b>Trainer</b> \u2066x\u2069", "30.00"));
  else if (g_str_equal (path, "/markup"))
    respond (msg, SOUP_STATUS_OK, DATASET ("Feed <i>m</i>", "<b>Trainer</b> & <a href='x'>", "30.00"));
  else if (g_str_equal (path, "/huge") || g_str_equal (path, "/huge-chunked"))
    {
      gsize size = 10 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, ' ', size);
      body[0] = '{';
      body[size - 1] = '}';
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      if (g_str_equal (path, "/huge-chunked"))
        soup_message_headers_set_encoding (response, SOUP_ENCODING_CHUNKED);
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_TAKE, body, size);
      soup_message_body_complete (soup_server_message_get_response_body (msg));
    }
  else if (g_str_equal (path, "/stall"))
    soup_server_message_pause (msg);   /* never answers */
  else if (g_str_equal (path, "/drip"))
    daftar_test_server_drip (msg, feed_v1, 100);   /* a minute for the whole */
  else if (g_str_equal (path, "/drip-fast"))
    daftar_test_server_drip (msg, feed_v1, 1);
  else if (g_str_equal (path, "/redirect-drip"))
    {
      soup_message_headers_replace (response, "Location", "/drip");
      respond (msg, SOUP_STATUS_FOUND, NULL);
    }
  else if (g_str_equal (path, "/hidden-brackets"))
    {
      g_autofree char *brackets = g_strnfill (1000 * 1000, '[');
      g_autofree char *body = g_strconcat ("{ \"schema\": 1, \"x\": /* \" */ ", brackets, NULL);

      respond (msg, SOUP_STATUS_OK, body);
    }
  else
    respond (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

/* The client */

typedef struct
{
  DaftarTestServer *server;
  char        *dir;
  DaftarStore *store;
  DaftarFeed  *feed;
} Fixture;

typedef struct
{
  gboolean          done;
  gboolean          ok;
  DaftarFeedResult  result;
  GError           *error;
} Outcome;

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->ok = daftar_feed_refresh_finish (DAFTAR_FEED (object), result, &outcome->result,
                                            &outcome->error);
  outcome->done = TRUE;
  g_main_context_wakeup (NULL);
}

static gboolean
refresh (Fixture          *f,
         const char       *path,
         DaftarFeedResult *out_result,
         GError          **error)
{
  g_autofree char *url = path[0] == '/' ? g_strconcat (f->server->base, path, NULL) : g_strdup (path);
  Outcome outcome = { 0 };

  daftar_feed_refresh_async (f->feed, url, NULL, refreshed_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);

  if (out_result != NULL)
    *out_result = outcome.result;
  if (outcome.error != NULL)
    g_propagate_error (error, outcome.error);
  return outcome.ok;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  f->server = daftar_test_server_start (handle_cb);
  f->dir = daftar_test_make_tmpdir ();
  db = g_build_filename (f->dir, "ledger.db", NULL);
  f->store = daftar_store_open (db, &error);
  g_assert_no_error (error);
  f->feed = daftar_feed_new (f->store);
  g_assert_cmpuint (daftar_feed_get_timeout (f->feed), ==, 15);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->feed);
  g_clear_object (&f->store);
  daftar_test_server_stop (f->server);
  daftar_test_rm_rf (f->dir);
  g_free (f->dir);
}

/* The dataset in use and the last refresh's error. */
static void
assert_in_use (Fixture    *f,
               const char *publisher,
               const char *error_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = NULL;
  g_autoptr(DaftarMarketState) state = NULL;
  DaftarMarketOrigin origin;

  market = daftar_store_load_market (f->store, &origin, &error);
  g_assert_no_error (error);
  state = daftar_store_get_market_state (f->store, &error);
  g_assert_no_error (error);

  if (publisher == NULL)
    g_assert_cmpint (origin, ==, DAFTAR_MARKET_ORIGIN_BUNDLED);
  else
    {
      g_assert_cmpint (origin, ==, DAFTAR_MARKET_ORIGIN_FEED);
      g_assert_cmpstr (market->publisher, ==, publisher);
    }

  g_assert_true (state->has_refresh);
  if (error_part == NULL)
    g_assert_null (state->error);
  else
    {
      g_assert_nonnull (state->error);
      if (strstr (state->error, error_part) == NULL)
        g_test_message ("error: %s", state->error);
      g_assert_nonnull (strstr (state->error, error_part));
    }
}

static void
test_ok_then_failures (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { const char *path; int code; const char *part; } failures[] = {
    { "/404", DAFTAR_FEED_ERROR_HTTP, "404" },
    { "/500", DAFTAR_FEED_ERROR_HTTP, "500" },
    { "/redirect-http", DAFTAR_FEED_ERROR_REDIRECT, "example.invalid" },
    { "/redirect-loop", DAFTAR_FEED_ERROR_REDIRECT, "redirect" },
    { "/malformed", -1, "JSON" },
    { "/schema2", -1, "schema" },
    { "/negative", -1, "negative" },
    { "/bidi", -1, "text-direction" },
    { "/huge", DAFTAR_FEED_ERROR_TOO_LARGE, "MiB" },
    { "/huge-chunked", DAFTAR_FEED_ERROR_TOO_LARGE, "MiB" },
    { "http://example.invalid/feed.json", DAFTAR_FEED_ERROR_URL, "https://" },
    { "ftp://127.0.0.1/feed.json", DAFTAR_FEED_ERROR_URL, "https://" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarRateTable) rates = NULL;
  DaftarExchangeRate user_rate = { .base = "EUR", .quote = "USD", .rate_e8 = 108000000,
                                   .source = DAFTAR_RATE_SOURCE_USER };
  DaftarFeedResult result;
  guint n_user = 0, n_feed = 0;

  /* A rate the user typed for the same day as the feed's. */
  g_assert_true (daftar_day_from_iso ("2026-01-01", &user_rate.day));
  daftar_store_add_rate (f->store, &user_rate, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (refresh (f, "/ok", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, DAFTAR_FEED_RESULT_UPDATED);
  assert_in_use (f, "Feed v1", NULL);

  /* The feed's rate is added; the user's is untouched. */
  rates = daftar_store_load_rates (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < daftar_rate_table_get_n_rates (rates); i++)
    {
      const DaftarExchangeRate *rate = daftar_rate_table_get_rate (rates, i);

      if (rate->source == DAFTAR_RATE_SOURCE_USER)
        {
          n_user++;
          g_assert_cmpint (rate->rate_e8, ==, 108000000);
        }
      else
        {
          n_feed++;
          g_assert_cmpint (rate->rate_e8, ==, 110000000);
        }
    }
  g_assert_cmpuint (n_user, ==, 1);
  g_assert_cmpuint (n_feed, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_test_message ("%s", failures[i].path);
      g_assert_false (refresh (f, failures[i].path, NULL, &error));
      g_assert_nonnull (error);
      g_test_message ("  %s", error->message);
      if (failures[i].code >= 0)
        g_assert_error (error, DAFTAR_FEED_ERROR, failures[i].code);
      else
        g_assert_true (error->domain == DAFTAR_DATA_ERROR);
      g_clear_error (&error);
      assert_in_use (f, "Feed v1", failures[i].part);
    }

  /* 304: the stored dataset is current; the error is cleared. */
  g_assert_true (refresh (f, "/ok", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, DAFTAR_FEED_RESULT_NOT_MODIFIED);
  assert_in_use (f, "Feed v1", NULL);

  /* A redirect on loopback is followed. */
  g_assert_true (refresh (f, "/redirect-ok", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, DAFTAR_FEED_RESULT_UPDATED);
  assert_in_use (f, "Feed v2", NULL);
}

static void
test_first_failure_keeps_bundled (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (refresh (f, "/500", NULL, &error));
  g_assert_error (error, DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_HTTP);
  assert_in_use (f, NULL, "500");
}

/* Markup is only text: accepted, kept as written, and shown as plain text. */
static void
test_markup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = NULL;

  g_assert_true (refresh (f, "/markup", NULL, &error));
  g_assert_no_error (error);
  market = daftar_store_load_market (f->store, NULL, &error);
  g_assert_cmpstr (market->publisher, ==, "Feed <i>m</i>");
  g_assert_cmpstr (daftar_market_get_band (market, "b1")->role, ==, "<b>Trainer</b> & <a href='x'>");
}

static void
test_stall (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  daftar_feed_set_timeout (f->feed, 1);
  g_assert_false (refresh (f, "/stall", NULL, &error));
  g_assert_error (error, DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_NETWORK);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  assert_in_use (f, NULL, "reached");
}

static void
test_urls (void)
{
  g_assert_true (daftar_feed_check_url ("https://example.org/market.json", NULL));
  g_assert_true (daftar_feed_check_url ("http://127.0.0.1:8080/m.json", NULL));
  g_assert_true (daftar_feed_check_url ("http://127.5.6.7/m.json", NULL));
  g_assert_true (daftar_feed_check_url ("http://[::1]/m.json", NULL));
  g_assert_true (daftar_feed_check_url ("http://localhost/m.json", NULL));
  g_assert_false (daftar_feed_check_url ("http://example.org/m.json", NULL));
  g_assert_false (daftar_feed_check_url ("http://10.0.0.1/m.json", NULL));
  g_assert_false (daftar_feed_check_url ("http://localhost.example.org/m.json", NULL));
  g_assert_false (daftar_feed_check_url ("file:///etc/passwd", NULL));
  g_assert_false (daftar_feed_check_url ("https://user:pw@example.org/", NULL));
  g_assert_false (daftar_feed_check_url ("", NULL));
  g_assert_false (daftar_feed_check_url ("market.json", NULL));
}

static void
test_due (void)
{
  DaftarMarketState state = { 0 };

  g_assert_true (daftar_market_refresh_is_due (NULL, 1000));
  g_assert_true (daftar_market_refresh_is_due (&state, 1000));
  state.has_refresh = state.has_success = TRUE;
  state.success_utc = 1000000;
  g_assert_false (daftar_market_refresh_is_due (&state, 1000000 + 6 * 86400));
  g_assert_true (daftar_market_refresh_is_due (&state, 1000000 + 7 * 86400));

  /* A failed attempt waits a day, with or without an earlier success. */
  state.attempt_utc = 1000000 + 7 * 86400;
  state.error = (char *) "failed";
  g_assert_false (daftar_market_refresh_is_due (&state, state.attempt_utc));
  g_assert_false (daftar_market_refresh_is_due (&state, state.attempt_utc + 86399));
  g_assert_true (daftar_market_refresh_is_due (&state, state.attempt_utc + 86400));
  state.has_success = FALSE;
  g_assert_false (daftar_market_refresh_is_due (&state, state.attempt_utc + 3600));
  g_assert_true (daftar_market_refresh_is_due (&state, state.attempt_utc + 86400));
  /* A clock set back doesn't hold it forever */
  g_assert_true (daftar_market_refresh_is_due (&state, state.attempt_utc - 1));
}

/* A server that sends a byte every 100 ms never trips the per-read timeout;
 * the deadline for the whole download stops it, through a redirect too. */
static void
test_drip (Fixture       *f,
           gconstpointer  data)
{
  static const char * const paths[] = { "/drip", "/redirect-drip" };

  g_assert_cmpuint (daftar_feed_get_deadline (f->feed), ==, DAFTAR_FEED_DEADLINE_SECONDS);
  daftar_feed_set_deadline (f->feed, 1);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      g_assert_false (refresh (f, paths[i], NULL, &error));
      g_assert_error (error, DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_TIMEOUT);
      g_assert_cmpstr (error->message, ==,
                       "The market feed did not finish sending its data within 1 second; it was not used.");
      /* The body alone takes a minute. */
      g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
      assert_in_use (f, NULL, "did not finish");
    }

  /* A drip that ends in time is read whole. */
  {
    g_autoptr(GError) error = NULL;

    daftar_feed_set_deadline (f->feed, DAFTAR_FEED_DEADLINE_SECONDS);
    g_assert_true (refresh (f, "/drip-fast", NULL, &error));
    g_assert_no_error (error);
    assert_in_use (f, "Feed v1", NULL);
  }
}

/* The refresh's error, each time the store says the market changed */
static void
market_changed_cb (DaftarStore *store,
                   guint        changes,
                   GPtrArray   *errors)
{
  g_autoptr(DaftarMarketState) state = NULL;

  if (!(changes & DAFTAR_STORE_CHANGE_MARKET))
    return;
  state = daftar_store_get_market_state (store, NULL);
  g_ptr_array_add (errors, g_strdup (state->error ? state->error : "(none)"));
}

#define CHECKING "Daftar stopped while it checked the data the market feed sent; it was not used."

/* The attempt is on record before the body is parsed, then its outcome. */
static void
test_attempt_before_parse (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarketState) state = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_signal_connect (f->store, "changed", G_CALLBACK (market_changed_cb), errors);

  g_assert_false (refresh (f, "/hidden-brackets", NULL, &error));
  g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "Comments are not allowed"));
  g_assert_cmpuint (errors->len, ==, 2);
  g_assert_cmpstr (errors->pdata[0], ==, CHECKING);
  g_assert_nonnull (strstr (errors->pdata[1], "Comments are not allowed"));
  assert_in_use (f, NULL, "Comments are not allowed");
  state = daftar_store_get_market_state (f->store, &error);
  g_assert_false (daftar_market_refresh_is_due (state, now + 60));

  /* A good one: the same two steps, ending in success */
  g_ptr_array_set_size (errors, 0);
  g_clear_error (&error);
  g_assert_true (refresh (f, "/ok", NULL, &error));
  g_assert_cmpuint (errors->len, ==, 2);
  g_assert_cmpstr (errors->pdata[0], ==, CHECKING);
  g_assert_cmpstr (errors->pdata[1], ==, "(none)");

  g_signal_handlers_disconnect_by_func (f->store, market_changed_cb, errors);
}

/* Should parsing crash (here: the process ends the moment the attempt is
 * recorded), the next launch finds a failed attempt and does not retry. */
static void
crash_on_market_change_cb (DaftarStore *store,
                           guint        changes,
                           gpointer     user_data)
{
  if (changes & DAFTAR_STORE_CHANGE_MARKET)
    _exit (3);
}

static void
test_crash_while_parsing (void)
{
  const char *db = g_getenv ("TEST_FEED_CRASH_DB");

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DaftarStore) store = daftar_store_open (db, &error);
      g_autoptr(DaftarFeed) feed = daftar_feed_new (store);
      DaftarTestServer *server = daftar_test_server_start (handle_cb);
      Fixture f = { server, NULL, store, feed };

      g_signal_connect (store, "changed", G_CALLBACK (crash_on_market_change_cb), NULL);
      refresh (&f, "/ok", NULL, NULL);
      g_assert_not_reached ();
    }

  {
    g_autofree char *dir = daftar_test_make_tmpdir ();
    g_autofree char *path = g_build_filename (dir, "ledger.db", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(DaftarStore) store = NULL;
    g_autoptr(DaftarMarketState) state = NULL;
    gint64 now = g_get_real_time () / G_USEC_PER_SEC;

    g_setenv ("TEST_FEED_CRASH_DB", path, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_failed ();
    g_unsetenv ("TEST_FEED_CRASH_DB");

    store = daftar_store_open (path, &error);
    g_assert_no_error (error);
    state = daftar_store_get_market_state (store, &error);
    g_assert_no_error (error);
    g_assert_true (state->has_refresh);
    g_assert_false (state->has_dataset);
    g_assert_cmpstr (state->error, ==, CHECKING);
    g_assert_cmpint (state->attempt_utc, >=, now);
    g_assert_false (daftar_market_refresh_is_due (state, now + 60));
    g_assert_true (daftar_market_refresh_is_due (state, now + 2 * 86400));

    g_clear_object (&store);
    daftar_test_rm_rf (dir);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/feed/urls", test_urls);
  g_test_add_func ("/feed/due", test_due);
  g_test_add ("/feed/ok-then-failures", Fixture, NULL, fixture_set_up, test_ok_then_failures, fixture_tear_down);
  g_test_add ("/feed/first-failure", Fixture, NULL, fixture_set_up, test_first_failure_keeps_bundled, fixture_tear_down);
  g_test_add ("/feed/markup", Fixture, NULL, fixture_set_up, test_markup, fixture_tear_down);
  g_test_add ("/feed/stall", Fixture, NULL, fixture_set_up, test_stall, fixture_tear_down);
  g_test_add ("/feed/drip", Fixture, NULL, fixture_set_up, test_drip, fixture_tear_down);
  g_test_add ("/feed/attempt-before-parse", Fixture, NULL, fixture_set_up, test_attempt_before_parse,
              fixture_tear_down);
  g_test_add_func ("/feed/crash-while-parsing", test_crash_while_parsing);

  return g_test_run ();
}
