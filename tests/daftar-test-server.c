/* daftar-test-server.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-test-server.h"

static gpointer
server_thread (gpointer data)
{
  DaftarTestServer *s = data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (s->context);

  s->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (s->server, NULL, s->handler, s, NULL);
  soup_server_listen_local (s->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (s->server);
  g_assert_nonnull (uris);

  g_mutex_lock (&s->lock);
  s->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_cond_signal (&s->ready);
  g_mutex_unlock (&s->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (s->loop);

  soup_server_disconnect (s->server);
  g_clear_object (&s->server);
  /* Let the closed connections finish, so their sockets are freed. */
  while (g_main_context_iteration (s->context, FALSE))
    ;
  g_main_context_pop_thread_default (s->context);
  return NULL;
}

/**
 * daftar_test_server_start:
 * @handler: answers every request; its user data is the server
 *
 * Returns: (transfer full): the running server, once it listens
 */
DaftarTestServer *
daftar_test_server_start (SoupServerCallback handler)
{
  DaftarTestServer *s = g_new0 (DaftarTestServer, 1);

  g_mutex_init (&s->lock);
  g_cond_init (&s->ready);
  s->handler = handler;
  s->context = g_main_context_new ();
  s->loop = g_main_loop_new (s->context, FALSE);

  g_mutex_lock (&s->lock);
  s->thread = g_thread_new ("feed-server", server_thread, s);
  while (s->base == NULL)
    g_cond_wait (&s->ready, &s->lock);
  g_mutex_unlock (&s->lock);
  return s;
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

void
daftar_test_server_stop (DaftarTestServer *s)
{
  g_main_context_invoke (s->context, quit_cb, s->loop);
  g_thread_join (s->thread);
  g_main_loop_unref (s->loop);
  g_main_context_unref (s->context);
  g_free (s->base);
  g_mutex_clear (&s->lock);
  g_cond_clear (&s->ready);
  g_free (s);
}

/* A body sent a byte at a time, by a timer in the server's context */
typedef struct
{
  SoupServerMessage *msg;
  char              *body;
  gsize              sent;
  GSource           *source;
  gulong             finished_id;
} Drip;

static void
drip_free (gpointer data)
{
  Drip *drip = data;

  g_signal_handler_disconnect (drip->msg, drip->finished_id);
  g_object_unref (drip->msg);
  g_free (drip->body);
  g_free (drip);
}

static gboolean
drip_cb (gpointer data)
{
  Drip *drip = data;
  SoupMessageBody *body = soup_server_message_get_response_body (drip->msg);

  if (drip->body[drip->sent] == '\0')
    {
      soup_message_body_complete (body);
      soup_server_message_unpause (drip->msg);
      drip->source = NULL;
      return G_SOURCE_REMOVE;
    }

  soup_message_body_append (body, SOUP_MEMORY_COPY, drip->body + drip->sent++, 1);
  soup_server_message_unpause (drip->msg);
  return G_SOURCE_CONTINUE;
}

/* The client went away: stop sending. */
static void
drip_finished_cb (SoupServerMessage *msg,
                  gpointer           data)
{
  Drip *drip = data;
  GSource *source = g_steal_pointer (&drip->source);

  if (source != NULL)
    g_source_destroy (source);   /* frees drip */
}

/**
 * daftar_test_server_drip:
 * @msg: the message a handler is answering
 * @body: what to send
 * @interval_ms: the time between two bytes
 *
 * Answers 200, chunked, and sends @body one byte every @interval_ms: a server
 * that never stalls long enough for a read to time out, and takes its time.
 * Call it from the handler.
 */
void
daftar_test_server_drip (SoupServerMessage *msg,
                         const char        *body,
                         guint              interval_ms)
{
  Drip *drip = g_new0 (Drip, 1);

  drip->msg = g_object_ref (msg);
  drip->body = g_strdup (body);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_headers_set_encoding (soup_server_message_get_response_headers (msg), SOUP_ENCODING_CHUNKED);
  soup_message_headers_set_content_type (soup_server_message_get_response_headers (msg), "application/json", NULL);
  drip->finished_id = g_signal_connect (msg, "finished", G_CALLBACK (drip_finished_cb), drip);

  drip->source = g_timeout_source_new (interval_ms);
  g_source_set_callback (drip->source, drip_cb, drip, drip_free);
  g_source_attach (drip->source, g_main_context_get_thread_default ());
  g_source_unref (drip->source);
}
