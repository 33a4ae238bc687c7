/* daftar-feed.c — downloading a newer market dataset over HTTPS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SoupSession per feed. Redirects are followed by hand so that every address is
 * checked before anything connects to it: https, or plain http to loopback only (tests
 * and local mirrors).  At most DAFTAR_FEED_MAX_BYTES are read, and the whole refresh,
 * redirects and all, has one deadline: the session's timeout is per read, which a
 * server sending a byte a second never trips.  The body is checked in full by
 * daftar_market_load_bytes() before the store changes, in one transaction; a failure
 * of any kind is recorded in the store and leaves the dataset in use alone.  The
 * attempt is recorded before the body is parsed, so that even a crash while parsing
 * leaves a failed attempt behind and the app does not retry at every launch.
 */
#define G_LOG_DOMAIN "daftar-feed"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "daftar-feed.h"
#include "daftar-format.h"
#include "daftar-market.h"
#include "daftar-store-market.h"
#include "daftar-text.h"

#define CHUNK_BYTES (64 * 1024)

struct _DaftarFeed
{
  GObject      parent_instance;

  DaftarStore *store;
  SoupSession *session;
  guint        deadline;   /* seconds, for the whole refresh */
};

G_DEFINE_FINAL_TYPE (DaftarFeed, daftar_feed, G_TYPE_OBJECT)
G_DEFINE_QUARK (daftar-feed-error-quark, daftar_feed_error)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TIMEOUT,
  PROP_DEADLINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  char         *first_url;   /* as asked for: the one recorded */
  GUri         *uri;         /* the one being fetched */
  guint         hops;
  gboolean      sent_etag;
  SoupMessage  *message;
  GInputStream *stream;
  GByteArray   *body;

  /* Every step is cancelled through this one: by the caller, or at the deadline. */
  GCancellable *cancellable;
  GCancellable *caller_cancellable;
  gulong        caller_handler;
  GSource      *deadline;
  guint         deadline_seconds;
  gboolean      timed_out;
} Refresh;

static void
refresh_free (Refresh *refresh)
{
  if (refresh->deadline != NULL)
    {
      g_source_destroy (refresh->deadline);
      g_source_unref (refresh->deadline);
    }
  if (refresh->caller_cancellable != NULL)
    {
      g_cancellable_disconnect (refresh->caller_cancellable, refresh->caller_handler);
      g_object_unref (refresh->caller_cancellable);
    }
  g_clear_object (&refresh->cancellable);
  g_free (refresh->first_url);
  g_clear_pointer (&refresh->uri, g_uri_unref);
  g_clear_object (&refresh->message);
  g_clear_object (&refresh->stream);
  g_clear_pointer (&refresh->body, g_byte_array_unref);
  g_free (refresh);
}

static gboolean
host_is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

static gboolean
check_uri (GUri    *uri,
           GError **error)
{
  const char *scheme = g_uri_get_scheme (uri);
  const char *host = g_uri_get_host (uri);

  if (host == NULL || host[0] == '\0' || g_uri_get_userinfo (uri) != NULL)
    return FALSE;
  if (g_ascii_strcasecmp (scheme, "https") == 0)
    return TRUE;
  return g_ascii_strcasecmp (scheme, "http") == 0 && host_is_loopback (host);
}

/**
 * daftar_feed_check_url:
 * @url: a feed address
 *
 * Returns: %TRUE for an https:// address, or an http:// one on a loopback host
 *   (127.0.0.0/8, ::1, localhost)
 */
gboolean
daftar_feed_check_url (const char  *url,
                       GError     **error)
{
  g_autoptr(GUri) uri = NULL;

  if (url != NULL)
    uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);

  if (uri == NULL || !check_uri (uri, error))
    {
      g_autofree char *shown = daftar_text_isolate_n (url ? url : "", 200);

      g_set_error (error, DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_URL,
                   /* Translators: %s is a web address. */
                   _("The market feed address %s must start with https:// (plain http:// "
                     "only for this computer)."), shown);
      return FALSE;
    }

  return TRUE;
}

static gint64
now_utc (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Every failure ends here: recorded for the UI, then returned. */
static GError *
too_large_error (GTask *task)
{
  DaftarFeed *self = g_task_get_source_object (task);
  g_autofree char *limit = daftar_format_integer (daftar_store_get_format (self->store),
                                                  DAFTAR_FEED_MAX_BYTES / (1024 * 1024));

  return g_error_new (DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_TOO_LARGE,
                      /* Translators: %s is a number of mebibytes, 2. */
                      _("The market feed is larger than %s MiB; it was not used."), limit);
}

static void
fail (GTask  *task,
      GError *error)
{
  DaftarFeed *self = g_task_get_source_object (task);
  Refresh *refresh = g_task_get_task_data (task);
  g_autoptr(GError) store_error = NULL;

  if (refresh->stream != NULL)
    g_input_stream_close_async (refresh->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);

  /* Cut off at the deadline, whatever step it cut: a failure like any other.
   * Cancelled by the caller: not a failure, and nothing to record. */
  if (refresh->timed_out)
    {
      g_autofree char *seconds = daftar_format_integer (daftar_store_get_format (self->store),
                                                        refresh->deadline_seconds);

      g_error_free (error);
      error = g_error_new (DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_TIMEOUT,
                           g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: %s is a number of seconds, 30. */
                                        "The market feed did not finish sending its data within "
                                        "%s second; it was not used.",
                                        "The market feed did not finish sending its data within "
                                        "%s seconds; it was not used.",
                                        refresh->deadline_seconds),
                           seconds);
    }
  else if (g_cancellable_is_cancelled (refresh->cancellable) &&
           !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (&error);
      g_cancellable_set_error_if_cancelled (refresh->cancellable, &error);
    }

  /* A refresh the user or a closing window cancelled didn't fail: nothing to record. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      !daftar_store_record_market_error (self->store, refresh->first_url, error->message,
                                         now_utc (), &store_error))
    g_warning ("Could not record the market feed’s error: %s", store_error->message);

  g_task_return_error (task, error);
  g_object_unref (task);
}

static void send_message (GTask *task);

static void
finish_body (GTask *task)
{
  DaftarFeed *self = g_task_get_source_object (task);
  Refresh *refresh = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = g_byte_array_free_to_bytes (g_steal_pointer (&refresh->body));
  g_autoptr(DaftarMarket) market = NULL;
  GError *error = NULL;
  const char *etag;

  /* Recorded before parsing: should parsing ever crash, the attempt is on record
   * and the app waits before it tries again (daftar_market_refresh_is_due()). */
  if (!daftar_store_record_market_error (self->store, refresh->first_url,
                                         _("Daftar stopped while it checked the data the "
                                           "market feed sent; it was not used."),
                                         now_utc (), &error))
    {
      fail (task, error);
      return;
    }

  if (!(market = daftar_market_load_bytes (bytes, daftar_store_get_format (self->store), &error)))
    {
      g_prefix_error (&error, _("The market feed sent data Daftar can’t use: "));
      fail (task, error);
      return;
    }

  etag = soup_message_headers_get_one (soup_message_get_response_headers (refresh->message), "ETag");
  if (etag != NULL && (strlen (etag) > 200 || !g_utf8_validate (etag, -1, NULL)))
    etag = NULL;

  if (!daftar_store_replace_market (self->store, bytes, market, refresh->first_url, etag,
                                    now_utc (), &error))
    {
      fail (task, error);
      return;
    }

  g_task_return_int (task, DAFTAR_FEED_RESULT_UPDATED);
  g_object_unref (task);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  Refresh *refresh = g_task_get_task_data (task);
  g_autoptr(GBytes) chunk = NULL;
  GError *error = NULL;

  if (!(chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error)))
    {
      g_prefix_error (&error, _("The market feed could not be read: "));
      error->domain = DAFTAR_FEED_ERROR;
      error->code = DAFTAR_FEED_ERROR_NETWORK;
      fail (task, error);
      return;
    }

  if (g_bytes_get_size (chunk) == 0)
    {
      g_input_stream_close_async (refresh->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      g_clear_object (&refresh->stream);
      finish_body (task);
      return;
    }

  if (refresh->body->len + g_bytes_get_size (chunk) > DAFTAR_FEED_MAX_BYTES)
    {
      fail (task, too_large_error (task));
      return;
    }

  g_byte_array_append (refresh->body, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
  g_input_stream_read_bytes_async (refresh->stream, CHUNK_BYTES, G_PRIORITY_DEFAULT,
                                   refresh->cancellable, read_cb, task);
}

static gboolean
is_redirect (guint status)
{
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  DaftarFeed *self = g_task_get_source_object (task);
  Refresh *refresh = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  GError *error = NULL;
  guint status;
  goffset length;

  refresh->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (refresh->stream == NULL)
    {
      g_autofree char *host = daftar_text_isolate (g_uri_get_host (refresh->uri));
      GError *wrapped;

      /* Translators: %s is a host name; the second %s says what went wrong. */
      wrapped = g_error_new (DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_NETWORK,
                             _("The market feed at %s could not be reached: %s"),
                             host, error->message);
      g_error_free (error);
      fail (task, wrapped);
      return;
    }

  status = soup_message_get_status (refresh->message);
  headers = soup_message_get_response_headers (refresh->message);

  if (is_redirect (status))
    {
      const char *location = soup_message_headers_get_one (headers, "Location");
      g_autoptr(GUri) next = NULL;

      if (location != NULL)
        next = g_uri_parse_relative (refresh->uri, location, G_URI_FLAGS_ENCODED, NULL);

      if (next == NULL || !check_uri (next, NULL) || ++refresh->hops > DAFTAR_FEED_MAX_REDIRECTS)
        {
          g_autofree char *shown = daftar_text_isolate_n (location ? location : "", 200);

          fail (task, g_error_new (DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_REDIRECT,
                                   /* Translators: %s is a web address. */
                                   _("The market feed redirected to %s, which Daftar does not "
                                     "follow: only https:// addresses, and at most five "
                                     "redirects."), shown));
          return;
        }

      g_input_stream_close_async (refresh->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      g_clear_object (&refresh->stream);
      g_clear_pointer (&refresh->uri, g_uri_unref);
      refresh->uri = g_steal_pointer (&next);
      send_message (task);
      return;
    }

  if (status == SOUP_STATUS_NOT_MODIFIED && refresh->sent_etag)
    {
      g_clear_object (&refresh->stream);
      if (!daftar_store_touch_market (self->store, refresh->first_url, now_utc (), &error))
        {
          fail (task, error);
          return;
        }
      g_task_return_int (task, DAFTAR_FEED_RESULT_NOT_MODIFIED);
      g_object_unref (task);
      return;
    }

  if (status != SOUP_STATUS_OK)
    {
      g_autofree char *reason = daftar_text_isolate_n (soup_message_get_reason_phrase (refresh->message), 60);
      g_autofree char *code = daftar_format_id (daftar_store_get_format (self->store), status);

      fail (task, g_error_new (DAFTAR_FEED_ERROR, DAFTAR_FEED_ERROR_HTTP,
                               /* Translators: the first %s is an HTTP status like 404, the second its reason, like Not Found. */
                               _("The market feed answered %s %s."), code, reason));
      return;
    }

  length = soup_message_headers_get_content_length (headers);
  if (length > DAFTAR_FEED_MAX_BYTES)
    {
      fail (task, too_large_error (task));
      return;
    }

  refresh->body = g_byte_array_new ();
  g_input_stream_read_bytes_async (refresh->stream, CHUNK_BYTES, G_PRIORITY_DEFAULT,
                                   refresh->cancellable, read_cb, task);
}

static void
send_message (GTask *task)
{
  DaftarFeed *self = g_task_get_source_object (task);
  Refresh *refresh = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  g_autoptr(DaftarMarketState) state = NULL;

  g_clear_object (&refresh->message);
  refresh->message = soup_message_new_from_uri (SOUP_METHOD_GET, refresh->uri);
  soup_message_add_flags (refresh->message, SOUP_MESSAGE_NO_REDIRECT);
  headers = soup_message_get_request_headers (refresh->message);
  soup_message_headers_replace (headers, "Accept", "application/json");

  /* The ETag is for the address the stored dataset came from. */
  state = daftar_store_get_market_state (self->store, NULL);
  refresh->sent_etag = FALSE;
  if (state != NULL && state->has_dataset && state->etag != NULL &&
      g_strcmp0 (state->url, refresh->first_url) == 0)
    {
      soup_message_headers_replace (headers, "If-None-Match", state->etag);
      refresh->sent_etag = TRUE;
    }

  soup_session_send_async (self->session, refresh->message, G_PRIORITY_DEFAULT,
                           refresh->cancellable, sent_cb, task);
}

static gboolean
deadline_cb (gpointer user_data)
{
  Refresh *refresh = user_data;

  refresh->timed_out = TRUE;
  g_cancellable_cancel (refresh->cancellable);
  return G_SOURCE_REMOVE;
}

static void
caller_cancelled_cb (GCancellable *caller,
                     gpointer      user_data)
{
  g_cancellable_cancel (user_data);
}

/**
 * daftar_feed_refresh_async:
 * @url: the feed's address: https://, or http:// on a loopback host
 *
 * Downloads the dataset at @url and, when it is valid, makes it the one in use.
 * The whole refresh, redirects included, must be over within the feed's deadline.
 */
void
daftar_feed_refresh_async (DaftarFeed          *self,
                           const char          *url,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task;
  Refresh *refresh;
  GError *error = NULL;

  g_return_if_fail (DAFTAR_IS_FEED (self));
  g_return_if_fail (url != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, daftar_feed_refresh_async);
  refresh = g_new0 (Refresh, 1);
  refresh->first_url = g_strdup (url);
  refresh->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      refresh->caller_cancellable = g_object_ref (cancellable);
      refresh->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb),
                                                       refresh->cancellable, NULL);
    }
  refresh->deadline_seconds = self->deadline;
  refresh->deadline = g_timeout_source_new_seconds (self->deadline);
  g_source_set_callback (refresh->deadline, deadline_cb, refresh, NULL);
  g_source_set_static_name (refresh->deadline, "[daftar] feed deadline");
  g_source_attach (refresh->deadline, g_task_get_context (task));
  g_task_set_task_data (task, refresh, (GDestroyNotify) refresh_free);

  if (!daftar_feed_check_url (url, &error))
    {
      fail (task, error);
      return;
    }

  refresh->uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  send_message (task);
}

/**
 * daftar_feed_refresh_finish:
 * @out_result: (out) (optional): whether a new dataset is in use
 *
 * Returns: %TRUE when the refresh worked; else the error, which is also recorded
 */
gboolean
daftar_feed_refresh_finish (DaftarFeed        *self,
                            GAsyncResult      *result,
                            DaftarFeedResult  *out_result,
                            GError           **error)
{
  gssize value;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  value = g_task_propagate_int (G_TASK (result), error);
  if (value < 0)
    return FALSE;

  if (out_result != NULL)
    *out_result = (DaftarFeedResult) value;
  return TRUE;
}

/* The object */

guint
daftar_feed_get_timeout (DaftarFeed *self)
{
  g_return_val_if_fail (DAFTAR_IS_FEED (self), 0);
  return soup_session_get_timeout (self->session);
}

/**
 * daftar_feed_set_timeout:
 * @seconds: for each network operation; 15 by default
 */
void
daftar_feed_set_timeout (DaftarFeed *self,
                         guint       seconds)
{
  g_return_if_fail (DAFTAR_IS_FEED (self));

  if (seconds == soup_session_get_timeout (self->session))
    return;

  soup_session_set_timeout (self->session, seconds);
  soup_session_set_idle_timeout (self->session, seconds);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

guint
daftar_feed_get_deadline (DaftarFeed *self)
{
  g_return_val_if_fail (DAFTAR_IS_FEED (self), 0);
  return self->deadline;
}

/**
 * daftar_feed_set_deadline:
 * @seconds: for a whole refresh, from the request to the last byte;
 *   DAFTAR_FEED_DEADLINE_SECONDS by default, or $DAFTAR_FEED_DEADLINE (for tests)
 *
 * Applies to the refreshes started after it.
 */
void
daftar_feed_set_deadline (DaftarFeed *self,
                          guint       seconds)
{
  g_return_if_fail (DAFTAR_IS_FEED (self));
  g_return_if_fail (seconds > 0);

  if (seconds == self->deadline)
    return;

  self->deadline = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE]);
}

DaftarFeed *
daftar_feed_new (DaftarStore *store)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);

  return g_object_new (DAFTAR_TYPE_FEED, "store", store, NULL);
}

static void
daftar_feed_dispose (GObject *object)
{
  DaftarFeed *self = DAFTAR_FEED (object);

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (daftar_feed_parent_class)->dispose (object);
}

static void
daftar_feed_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DaftarFeed *self = DAFTAR_FEED (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, daftar_feed_get_timeout (self));
      break;
    case PROP_DEADLINE:
      g_value_set_uint (value, self->deadline);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_feed_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DaftarFeed *self = DAFTAR_FEED (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_TIMEOUT:
      daftar_feed_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_DEADLINE:
      daftar_feed_set_deadline (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_feed_class_init (DaftarFeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = daftar_feed_dispose;
  object_class->get_property = daftar_feed_get_property;
  object_class->set_property = daftar_feed_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, DAFTAR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 1, 600, DAFTAR_FEED_TIMEOUT_SECONDS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEADLINE] =
    g_param_spec_uint ("deadline", NULL, NULL, 1, 3600, DAFTAR_FEED_DEADLINE_SECONDS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
daftar_feed_init (DaftarFeed *self)
{
  const char *deadline = g_getenv ("DAFTAR_FEED_DEADLINE");
  guint64 seconds = DAFTAR_FEED_DEADLINE_SECONDS;

  /* The tests' way to make the deadline short, for the CLI too */
  if (deadline != NULL && !g_ascii_string_to_unsigned (deadline, 10, 1, 3600, &seconds, NULL))
    seconds = DAFTAR_FEED_DEADLINE_SECONDS;
  self->deadline = (guint) seconds;

  self->session = soup_session_new_with_options ("user-agent", "Daftar/" PACKAGE_VERSION,
                                                 "timeout", DAFTAR_FEED_TIMEOUT_SECONDS,
                                                 "idle-timeout", DAFTAR_FEED_TIMEOUT_SECONDS,
                                                 NULL);
}
