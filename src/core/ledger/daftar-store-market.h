/* daftar-store-market.h — the market dataset in use, and the feed's last refresh
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-market.h"
#include "daftar-store.h"

G_BEGIN_DECLS

typedef struct
{
  /* The dataset from the feed, when one was stored */
  gboolean  has_dataset;
  char     *json;
  char     *url;
  char     *publisher;
  char     *as_of;
  char     *etag;          /* or NULL */
  gint64    fetched_utc;

  /* The last refresh attempt, when there was one */
  gboolean  has_refresh;
  char     *refresh_url;
  gint64    attempt_utc;
  gboolean  has_success;
  gint64    success_utc;
  char     *error;         /* the last attempt's error, NULL when it worked */
} DaftarMarketState;

/* Where the dataset in use came from. */
typedef enum
{
  DAFTAR_MARKET_ORIGIN_BUNDLED,
  DAFTAR_MARKET_ORIGIN_FEED,
} DaftarMarketOrigin;

void               daftar_market_state_free          (DaftarMarketState *state);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarMarketState, daftar_market_state_free)

DaftarMarketState *daftar_store_get_market_state     (DaftarStore        *self,
                                                      GError            **error);
gboolean           daftar_store_replace_market       (DaftarStore        *self,
                                                      GBytes             *json,
                                                      const DaftarMarket *market,
                                                      const char         *url,
                                                      const char         *etag,
                                                      gint64              now_utc,
                                                      GError            **error);
gboolean           daftar_store_touch_market         (DaftarStore        *self,
                                                      const char         *url,
                                                      gint64              now_utc,
                                                      GError            **error);
gboolean           daftar_store_record_market_error  (DaftarStore        *self,
                                                      const char         *url,
                                                      const char         *message,
                                                      gint64              now_utc,
                                                      GError            **error);
DaftarMarket      *daftar_store_load_market          (DaftarStore        *self,
                                                      DaftarMarketOrigin *out_origin,
                                                      GError            **error);
gboolean           daftar_market_refresh_is_due      (const DaftarMarketState *state,
                                                      gint64              now_utc);

G_END_DECLS
