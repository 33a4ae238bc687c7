/* daftar-feed.h — downloading a newer market dataset over HTTPS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_FEED_ERROR (daftar_feed_error_quark ())

typedef enum
{
  DAFTAR_FEED_ERROR_URL,        /* not https, or plain http to a host that is not loopback */
  DAFTAR_FEED_ERROR_REDIRECT,   /* a redirect to such an address, or too many */
  DAFTAR_FEED_ERROR_HTTP,       /* the server answered with an error status */
  DAFTAR_FEED_ERROR_TOO_LARGE,  /* more than DAFTAR_FEED_MAX_BYTES */
  DAFTAR_FEED_ERROR_NETWORK,    /* could not connect, a read timed out… */
  DAFTAR_FEED_ERROR_TIMEOUT,    /* the whole refresh took longer than its deadline */
} DaftarFeedError;

typedef enum
{
  DAFTAR_FEED_RESULT_UPDATED,        /* a new dataset is in use */
  DAFTAR_FEED_RESULT_NOT_MODIFIED,   /* 304: the stored one is current */
} DaftarFeedResult;

#define DAFTAR_FEED_MAX_BYTES (2 * 1024 * 1024)
#define DAFTAR_FEED_TIMEOUT_SECONDS 15     /* for each read */
#define DAFTAR_FEED_DEADLINE_SECONDS 30    /* for the whole refresh */
#define DAFTAR_FEED_MAX_REDIRECTS 5

#define DAFTAR_TYPE_FEED (daftar_feed_get_type ())

G_DECLARE_FINAL_TYPE (DaftarFeed, daftar_feed, DAFTAR, FEED, GObject)

GQuark      daftar_feed_error_quark     (void);

DaftarFeed *daftar_feed_new             (DaftarStore          *store);
guint       daftar_feed_get_timeout     (DaftarFeed           *self);
void        daftar_feed_set_timeout     (DaftarFeed           *self,
                                         guint                 seconds);
guint       daftar_feed_get_deadline    (DaftarFeed           *self);
void        daftar_feed_set_deadline    (DaftarFeed           *self,
                                         guint                 seconds);
gboolean    daftar_feed_check_url       (const char           *url,
                                         GError              **error);
void        daftar_feed_refresh_async   (DaftarFeed           *self,
                                         const char           *url,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean    daftar_feed_refresh_finish  (DaftarFeed           *self,
                                         GAsyncResult         *result,
                                         DaftarFeedResult     *out_result,
                                         GError              **error);

G_END_DECLS
