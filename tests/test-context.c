/* test-context.c — tests for daftar-context: each service made once, the market
 * dataset replaced when the feed stores a newer one, and the clock tests set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The feed downloads from a loopback server (daftar-test-server.c): nothing
 * leaves the machine.
 */

#define G_LOG_DOMAIN "test-context"

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "daftar-context.h"
#include "daftar-test-server.h"
#include "daftar-test-util.h"

#define SRC "\"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/\" }"

#define DATASET(publisher) \
  "{ \"schema\": 1, \"publisher\": \"" publisher "\", \"as_of\": \"2026-02-01\", \"claims\": []," \
  "  \"rate_bands\": [ { \"id\": \"b1\", \"platform\": \"outlier\", \"category\": \"ai-training\"," \
  "    \"role\": \"Trainer\", \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"30.00\"," \
  "    \"kind\": \"advertised\", \"as_of\": \"2025\", " SRC ", \"confidence\": \"low\", \"verified\": true } ] }"

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  const char *body = NULL;

  if (g_str_equal (path, "/v1.json"))
    body = DATASET ("Feed v1");
  else if (g_str_equal (path, "/v2.json"))
    body = DATASET ("Feed v2");

  if (body == NULL)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, body, strlen (body));
}

typedef struct
{
  DaftarTestServer *server;
  char             *dir;
  DaftarStore      *store;
  DaftarContext    *context;
} Fixture;

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
  f->context = daftar_context_new (f->store, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->context);
  g_clear_object (&f->store);
  daftar_test_server_stop (f->server);
  daftar_test_rm_rf (f->dir);
  g_free (f->dir);
}

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;
  gboolean ok = daftar_feed_refresh_finish (DAFTAR_FEED (object), result, NULL, error);

  g_assert_true (ok == (*error == NULL));
  g_object_set_data (object, "done", GINT_TO_POINTER (TRUE));
  g_main_context_wakeup (NULL);
}

/* Refreshes through the context's own feed, as the app and daftar-cli do. */
static gboolean
refresh (Fixture     *f,
         const char  *path,
         GError     **error)
{
  g_autofree char *url = g_strconcat (f->server->base, path, NULL);
  DaftarFeed *feed = daftar_context_get_feed (f->context);
  GError *local_error = NULL;

  g_object_set_data (G_OBJECT (feed), "done", NULL);
  daftar_feed_refresh_async (feed, url, NULL, refreshed_cb, &local_error);
  while (g_object_get_data (G_OBJECT (feed), "done") == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_fee_rules_once (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const DaftarFeeRules *first, *again;

  first = daftar_context_get_fee_rules (f->context, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpuint (first->rules->len, >, 0);

  /* The same parsed rules, not a second parse. */
  again = daftar_context_get_fee_rules (f->context, &error);
  g_assert_no_error (error);
  g_assert_true (again == first);
}

static void
test_market_replaced (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const DaftarMarket *bundled, *v1, *market;
  DaftarMarketOrigin origin;
  guint notified = 0;

  g_signal_connect (f->context, "notify::market", G_CALLBACK (count_cb), &notified);

  bundled = daftar_context_get_market (f->context, &origin, &error);
  g_assert_no_error (error);
  g_assert_cmpint (origin, ==, DAFTAR_MARKET_ORIGIN_BUNDLED);
  g_assert_true (daftar_context_get_market (f->context, NULL, &error) == bundled);
  g_assert_cmpuint (notified, ==, 0);

  /* The feed stores a newer dataset: the context holds it at once. */
  g_assert_true (refresh (f, "/v1.json", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  v1 = daftar_context_get_market (f->context, &origin, &error);
  g_assert_no_error (error);
  g_assert_cmpint (origin, ==, DAFTAR_MARKET_ORIGIN_FEED);
  g_assert_cmpstr (v1->publisher, ==, "Feed v1");

  /* The same dataset again is not parsed again. */
  g_assert_true (refresh (f, "/v1.json", &error));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (daftar_context_get_market (f->context, NULL, &error) == v1);

  /* A failed refresh leaves the dataset in use alone. */
  g_assert_false (refresh (f, "/missing.json", &error));
  g_assert_error (error, DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_HTTP);
  g_clear_error (&error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (daftar_context_get_market (f->context, NULL, &error) == v1);

  g_assert_true (refresh (f, "/v2.json", &error));
  g_assert_cmpuint (notified, ==, 2);
  market = daftar_context_get_market (f->context, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (market->publisher, ==, "Feed v2");
}

static void
test_one_feed (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(DaftarContext) bare = daftar_context_new (NULL, NULL);
  DaftarFeed *feed = daftar_context_get_feed (f->context);

  g_assert_true (DAFTAR_IS_FEED (feed));
  g_assert_true (daftar_context_get_feed (f->context) == feed);

  /* Without a ledger there is nowhere to keep what a feed fetches. */
  g_assert_null (daftar_context_get_feed (bare));
  g_assert_null (daftar_context_get_store (bare));
  daftar_context_set_store (bare, f->store);
  g_assert_true (daftar_context_get_store (bare) == f->store);
  g_assert_true (DAFTAR_IS_FEED (daftar_context_get_feed (bare)));
}

static void
test_format_once (Fixture       *f,
                  gconstpointer  data)
{
  DaftarFormat *format = daftar_context_get_format (f->context);
  g_autoptr(DaftarFormat) latin = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, TRUE);
  guint notified = 0;

  g_assert_nonnull (format);
  g_assert_true (daftar_context_get_format (f->context) == format);

  g_signal_connect (f->context, "notify::format", G_CALLBACK (count_cb), &notified);
  daftar_context_set_format (f->context, latin);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (daftar_context_get_format (f->context) == latin);

  /* Built again from the settings (none here: the locale's defaults). */
  daftar_context_reload_format (f->context);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (daftar_format_get_latin_digits (daftar_context_get_format (f->context)));
}

/* The store's messages are written with the context's one format, and follow it. */
static void
test_store_format (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DaftarFormat) latin = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, TRUE);
  g_autoptr(DaftarContext) bare = daftar_context_new (NULL, NULL);
  DaftarFormat *format = daftar_context_get_format (f->context);

  g_assert_true (daftar_store_get_format (f->store) == format);

  daftar_context_set_format (f->context, latin);
  g_assert_true (daftar_store_get_format (f->store) == latin);

  daftar_context_reload_format (f->context);
  g_assert_nonnull (daftar_store_get_format (f->store));
  g_assert_true (daftar_store_get_format (f->store) == daftar_context_get_format (f->context));

  /* A ledger given later takes the format the context already has. */
  daftar_context_set_format (bare, latin);
  daftar_context_set_store (bare, f->store);
  g_assert_true (daftar_store_get_format (f->store) == latin);
}

static gint64
fixed_clock (gpointer user_data)
{
  return *(gint64 *)user_data;
}

static void
count_destroy (gpointer user_data)
{
  static guint destroyed;

  destroyed++;
  g_assert_cmpuint (destroyed, ==, 1);
}

static void
test_clock (Fixture       *f,
            gconstpointer  data)
{
  /* 2026-03-01 23:30 UTC: already 2 March in Tehran, +03:30 */
  static gint64 now = 1772407800;
  g_autoptr(GDateTime) local = NULL;
  GDate today, expected;
  gint64 real;

  daftar_context_set_clock (f->context, fixed_clock, &now, count_destroy);
  g_assert_cmpint (daftar_context_now (f->context), ==, now);

  g_setenv ("TZ", "Asia/Tehran", TRUE);
  tzset ();
  local = daftar_context_now_local (f->context);
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, 2);
  daftar_context_today (f->context, &today);
  g_date_set_dmy (&expected, 2, G_DATE_MARCH, 2026);
  g_assert_cmpint (g_date_compare (&today, &expected), ==, 0);
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();

  now += 60;
  g_assert_cmpint (daftar_context_now (f->context), ==, 1772407860);

  /* Back to the real clock; the fake one's data is released. */
  daftar_context_set_clock (f->context, NULL, NULL, NULL);
  real = g_get_real_time () / G_USEC_PER_SEC;
  g_assert_cmpint (daftar_context_now (f->context), >=, real);
  g_assert_cmpint (daftar_context_now (f->context), !=, now);
}

static void
test_resolve_period (Fixture       *f,
                     gconstpointer  data)
{
  static gint64 now = 1772407800;   /* 2026-03-01 23:30 UTC */
  g_autoptr(DaftarFormat) format = daftar_format_new ("en_US", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  g_autoptr(GError) error = NULL;
  DaftarDay from = 0, to = 0, first, last;

  daftar_context_set_clock (f->context, fixed_clock, &now, NULL);
  daftar_context_set_format (f->context, format);

  g_assert_true (daftar_context_resolve_period (f->context, DAFTAR_PERIOD_THIS_MONTH, &from, &to, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_day_from_iso ("2026-03-01", &first));
  g_assert_true (daftar_day_from_iso ("2026-03-31", &last));
  g_assert_cmpint (from, ==, first);
  g_assert_cmpint (to, ==, last);

  /* All time on an empty ledger is today alone, on the context's clock. */
  g_assert_true (daftar_context_resolve_period (f->context, DAFTAR_PERIOD_ALL, &from, &to, &error));
  g_assert_no_error (error);
  g_assert_cmpint (from, ==, first);
  g_assert_cmpint (to, ==, first);
}

/* The fee rule in force today is the one of the context's clock. */
static void
test_fee_rule_today (Fixture       *f,
                     gconstpointer  data)
{
  static gint64 now = 1704067200;   /* 2024-01-01 00:00 UTC */
  g_autoptr(GError) error = NULL;
  const DaftarFeeRules *rules = daftar_context_get_fee_rules (f->context, &error);
  const DaftarFeeRule *rule;

  g_assert_no_error (error);
  daftar_context_set_clock (f->context, fixed_clock, &now, NULL);
  rule = daftar_context_find_fee_rule (f->context, rules, "upwork", DAFTAR_PRICING_HOURLY);
  g_assert_nonnull (rule);
  g_assert_cmpstr (rule->id, ==, "upwork-2023-flat");

  now = 1772407800;   /* 2026-03-01 23:30 UTC */
  rule = daftar_context_find_fee_rule (f->context, rules, "upwork", DAFTAR_PRICING_HOURLY);
  g_assert_nonnull (rule);
  g_assert_cmpstr (rule->id, ==, "upwork-2025-variable");

  g_assert_null (daftar_context_find_fee_rule (f->context, rules, "no-such-platform", DAFTAR_PRICING_HOURLY));
}

/* The "context" property objects are handed: given once, readable, and what set_property
 * keeps holds the context and its ledger. */
static void
test_property (Fixture       *f,
               gconstpointer  data)
{
  GParamSpec *pspec = g_param_spec_ref_sink (daftar_context_param_spec ());
  g_auto(GValue) value = G_VALUE_INIT;
  DaftarContext *context = NULL;
  DaftarStore *store = NULL;
  DaftarContext *context_only = NULL;

  g_assert_cmpstr (g_param_spec_get_name (pspec), ==, "context");
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == DAFTAR_TYPE_CONTEXT);
  g_assert_cmpint (pspec->flags & (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY), ==,
                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY);
  g_param_spec_unref (pspec);

  g_value_init (&value, DAFTAR_TYPE_CONTEXT);
  g_value_set_object (&value, f->context);
  daftar_context_set_from_value (&value, &context, &store);
  daftar_context_set_from_value (&value, &context_only, NULL);
  g_assert_true (context == f->context);
  g_assert_true (context_only == f->context);
  g_assert_true (store == f->store);

  /* Each slot holds a reference of its own: the teardown checks the context is
   * finalized once they and the value's are let go. */
  g_object_unref (context);
  g_object_unref (context_only);
  g_object_unref (store);
}

/* Two small classes that keep the context the way pages and dialogs do: one with its
 * ledger beside it, one with the context alone. */
struct _TestHolder
{
  GObject        parent_instance;
  DaftarContext *context;
  DaftarStore   *store;
  gint64         record_id;
};

#define TEST_TYPE_HOLDER (test_holder_get_type ())
G_DECLARE_FINAL_TYPE (TestHolder, test_holder, TEST, HOLDER, GObject)
G_DEFINE_FINAL_TYPE (TestHolder, test_holder, G_TYPE_OBJECT)

static void
test_holder_dispose (GObject *object)
{
  TestHolder *self = TEST_HOLDER (object);

  g_clear_object (&self->context);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (test_holder_parent_class)->dispose (object);
}

static void
test_holder_class_init (TestHolderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = test_holder_dispose;
  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (TestHolder, context),
                                   G_STRUCT_OFFSET (TestHolder, store));
  daftar_context_install_id_property (object_class, 2, "record-id",
                                      G_STRUCT_OFFSET (TestHolder, record_id));
}

static void
test_holder_init (TestHolder *self)
{
}

struct _TestContextOnly
{
  GObject        parent_instance;
  DaftarStore   *store;
  DaftarContext *context;
};

#define TEST_TYPE_CONTEXT_ONLY (test_context_only_get_type ())
G_DECLARE_FINAL_TYPE (TestContextOnly, test_context_only, TEST, CONTEXT_ONLY, GObject)
G_DEFINE_FINAL_TYPE (TestContextOnly, test_context_only, G_TYPE_OBJECT)

static void
test_context_only_dispose (GObject *object)
{
  g_clear_object (&TEST_CONTEXT_ONLY (object)->context);

  G_OBJECT_CLASS (test_context_only_parent_class)->dispose (object);
}

static void
test_context_only_class_init (TestContextOnlyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = test_context_only_dispose;
  daftar_context_install_property (object_class, G_STRUCT_OFFSET (TestContextOnly, context), -1);
}

static void
test_context_only_init (TestContextOnly *self)
{
}

/* daftar_context_install_property() gives a class the property and accessors that
 * fill the fields it names, and only those. */
static void
test_install_property (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TestHolder) holder = g_object_new (TEST_TYPE_HOLDER, "context", f->context,
                                               "record-id", G_GINT64_CONSTANT (9007199254740993), NULL);
  g_autoptr(TestContextOnly) context_only = g_object_new (TEST_TYPE_CONTEXT_ONLY, "context", f->context, NULL);
  g_autoptr(DaftarContext) read = NULL;
  gint64 record_id = 0;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (holder), "context");

  g_assert_nonnull (pspec);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == DAFTAR_TYPE_CONTEXT);
  g_assert_cmpint (pspec->flags & (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY), ==,
                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY);

  g_assert_true (holder->context == f->context);
  g_assert_true (holder->store == f->store);
  g_assert_true (context_only->context == f->context);
  g_assert_null (context_only->store);

  g_object_get (holder, "context", &read, NULL);
  g_assert_true (read == f->context);
  g_clear_object (&read);
  g_object_get (context_only, "context", &read, NULL);
  g_assert_true (read == f->context);
  g_assert_null (g_object_class_find_property (G_OBJECT_GET_CLASS (context_only), "record-id"));

  /* An id beside the context: construct-only, whole 64 bits, read back as set. */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (holder), "record-id");
  g_assert_nonnull (pspec);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64);
  g_assert_cmpint (pspec->flags & (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY), ==,
                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY);
  g_assert_cmpint (holder->record_id, ==, G_GINT64_CONSTANT (9007199254740993));
  g_object_get (holder, "record-id", &record_id, NULL);
  g_assert_cmpint (record_id, ==, G_GINT64_CONSTANT (9007199254740993));

  /* The teardown checks the context is finalized: the holders gave back what
   * they held when they went. */
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/context/fee-rules-once", Fixture, NULL, fixture_set_up, test_fee_rules_once, fixture_tear_down);
  g_test_add ("/context/market-replaced", Fixture, NULL, fixture_set_up, test_market_replaced, fixture_tear_down);
  g_test_add ("/context/one-feed", Fixture, NULL, fixture_set_up, test_one_feed, fixture_tear_down);
  g_test_add ("/context/format-once", Fixture, NULL, fixture_set_up, test_format_once, fixture_tear_down);
  g_test_add ("/context/store-format", Fixture, NULL, fixture_set_up, test_store_format, fixture_tear_down);
  g_test_add ("/context/resolve-period", Fixture, NULL, fixture_set_up, test_resolve_period, fixture_tear_down);
  g_test_add ("/context/clock", Fixture, NULL, fixture_set_up, test_clock, fixture_tear_down);
  g_test_add ("/context/fee-rule-today", Fixture, NULL, fixture_set_up, test_fee_rule_today, fixture_tear_down);
  g_test_add ("/context/property", Fixture, NULL, fixture_set_up, test_property, fixture_tear_down);
  g_test_add ("/context/install-property", Fixture, NULL, fixture_set_up, test_install_property, fixture_tear_down);

  return g_test_run ();
}
