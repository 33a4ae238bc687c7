/* daftar-test-server.h — a loopback HTTP server for the feed tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* The server runs in its own thread and main context, on 127.0.0.1 and a free
 * port; tests reach it at base. Nothing leaves the machine. */
typedef struct
{
  GThread            *thread;
  GMainContext       *context;
  GMainLoop          *loop;
  SoupServer         *server;
  SoupServerCallback  handler;
  char               *base;      /* "http://127.0.0.1:PORT" */
  GMutex              lock;
  GCond               ready;
} DaftarTestServer;

DaftarTestServer *daftar_test_server_start (SoupServerCallback  handler);
void              daftar_test_server_stop  (DaftarTestServer   *server);
void              daftar_test_server_drip  (SoupServerMessage  *msg,
                                            const char         *body,
                                            guint               interval_ms);

G_END_DECLS
