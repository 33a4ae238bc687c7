/* daftar-store-market.c — the market dataset in use, and the feed's last refresh
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A refresh that works replaces the stored dataset, adds the feed's exchange rates
 * (source 'feed') and records the success in one transaction; one that fails only
 * records its error, so the previous dataset stays in use.  Nothing the user entered
 * is written here.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-store-market.h"
#include "daftar-store-private.h"
#include "daftar-store-report.h"

#define WEEK_SECONDS (7 * 24 * 3600)
#define RETRY_SECONDS (24 * 3600)
#define ERROR_MAX_BYTES 2000

void
daftar_market_state_free (DaftarMarketState *state)
{
  if (state == NULL)
    return;

  g_free (state->json);
  g_free (state->url);
  g_free (state->publisher);
  g_free (state->as_of);
  g_free (state->etag);
  g_free (state->refresh_url);
  g_free (state->error);
  g_free (state);
}

/**
 * daftar_store_get_market_state:
 *
 * Returns: (transfer full): the stored dataset (if any) and the last refresh (if any)
 */
DaftarMarketState *
daftar_store_get_market_state (DaftarStore  *self,
                               GError      **error)
{
  g_autoptr(DaftarMarketState) state = g_new0 (DaftarMarketState, 1);
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  {
    g_autoptr(DaftarStmt) stmt = NULL;

    if (!(stmt = daftar_store_prepare (self,
                                       "SELECT json, url, publisher, as_of, etag, fetched_utc "
                                       "FROM market_dataset WHERE id = 1", error)))
      return NULL;

    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      {
        state->has_dataset = TRUE;
        state->json = daftar_stmt_dup_text (stmt, 0);
        state->url = daftar_stmt_dup_text (stmt, 1);
        state->publisher = daftar_stmt_dup_text (stmt, 2);
        state->as_of = daftar_stmt_dup_text (stmt, 3);
        state->etag = daftar_stmt_dup_text (stmt, 4);
        state->fetched_utc = sqlite3_column_int64 (stmt, 5);
      }
    else if (rc != SQLITE_DONE)
      {
        daftar_store_set_sql_error (self, rc, error);
        return NULL;
      }
  }

  {
    g_autoptr(DaftarStmt) stmt = NULL;

    if (!(stmt = daftar_store_prepare (self,
                                       "SELECT url, attempt_utc, success_utc, error "
                                       "FROM market_refresh WHERE id = 1", error)))
      return NULL;

    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      {
        state->has_refresh = TRUE;
        state->refresh_url = daftar_stmt_dup_text (stmt, 0);
        state->attempt_utc = sqlite3_column_int64 (stmt, 1);
        state->has_success = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
        state->success_utc = sqlite3_column_int64 (stmt, 2);
        state->error = daftar_stmt_dup_text (stmt, 3);
      }
    else if (rc != SQLITE_DONE)
      {
        daftar_store_set_sql_error (self, rc, error);
        return NULL;
      }
  }

  return g_steal_pointer (&state);
}

static gboolean
write_refresh (DaftarStore  *self,
               const char   *url,
               gint64        now_utc,
               const char   *message,
               GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autofree char *cut = NULL;

  /* The error keeps the last success; a success clears the error. */
  if (!(stmt = daftar_store_prepare (self,
                                     "INSERT INTO market_refresh (id, url, attempt_utc, success_utc, error) "
                                     "VALUES (1, ?1, ?2, CASE WHEN ?3 IS NULL THEN ?2 END, ?3) "
                                     "ON CONFLICT (id) DO UPDATE SET url = excluded.url, "
                                     "  attempt_utc = excluded.attempt_utc, "
                                     "  success_utc = coalesce (excluded.success_utc, success_utc), "
                                     "  error = excluded.error", error)))
    return FALSE;

  if (message != NULL)
    {
      cut = g_utf8_make_valid (message, -1);
      if (strlen (cut) > ERROR_MAX_BYTES)
        *g_utf8_find_prev_char (cut, cut + ERROR_MAX_BYTES) = '\0';
    }

  sqlite3_bind_text (stmt, 1, url, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, now_utc);
  if (cut != NULL)
    sqlite3_bind_text (stmt, 3, cut, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);

  if (!daftar_store_step_done (self, stmt, error))
    return FALSE;

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_MARKET);
  return TRUE;
}

/**
 * daftar_store_replace_market:
 * @json: the dataset exactly as downloaded
 * @market: @json, already parsed and checked by daftar_market_load_bytes()
 * @url: where it came from
 * @etag: (nullable): the response's ETag
 *
 * In one transaction: @json becomes the dataset in use, its exchange rates are added
 * with source “feed”, and the refresh is recorded as a success.
 */
gboolean
daftar_store_replace_market (DaftarStore        *self,
                             GBytes             *json,
                             const DaftarMarket *market,
                             const char         *url,
                             const char         *etag,
                             gint64              now_utc,
                             GError            **error)
{
  gsize size;
  const char *data;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (json != NULL && market != NULL && url != NULL, FALSE);

  data = g_bytes_get_data (json, &size);

  if (!daftar_store_begin (self, error))
    return FALSE;

  {
    g_autoptr(DaftarStmt) stmt = NULL;

    if (!(stmt = daftar_store_prepare (self,
                                       "INSERT OR REPLACE INTO market_dataset "
                                       "(id, json, url, publisher, as_of, etag, fetched_utc) "
                                       "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)", error)))
      goto fail;

    sqlite3_bind_text (stmt, 1, data, (int) size, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, url, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 3, market->publisher, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 4, market->as_of, -1, SQLITE_TRANSIENT);
    if (etag != NULL)
      sqlite3_bind_text (stmt, 5, etag, -1, SQLITE_TRANSIENT);
    else
      sqlite3_bind_null (stmt, 5);
    sqlite3_bind_int64 (stmt, 6, now_utc);
    if (!daftar_store_step_done (self, stmt, error))
      goto fail;
    /* Emitted once, when the transaction commits. */
    daftar_store_note_change (self, DAFTAR_STORE_CHANGE_MARKET);
  }

  for (guint i = 0; i < market->exchange_rates->len; i++)
    {
      DaftarExchangeRate rate = g_array_index (market->exchange_rates, DaftarExchangeRate, i);

      /* Only ever rows with source 'feed': the user's rows are another key. */
      rate.source = DAFTAR_RATE_SOURCE_FEED;
      if (!daftar_store_add_rate (self, &rate, NULL, error))
        goto fail;
    }

  return daftar_store_end (self, write_refresh (self, url, now_utc, NULL, error), 0, error);

fail:
  return daftar_store_end (self, FALSE, 0, error);
}

/**
 * daftar_store_touch_market:
 *
 * Records a refresh that found nothing new (304 Not Modified) as a success.
 */
gboolean
daftar_store_touch_market (DaftarStore  *self,
                           const char   *url,
                           gint64        now_utc,
                           GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  return write_refresh (self, url, now_utc, NULL, error);
}

/**
 * daftar_store_record_market_error:
 * @message: what went wrong, for people
 *
 * Records a failed refresh; the dataset in use stays as it is.
 */
gboolean
daftar_store_record_market_error (DaftarStore  *self,
                                  const char   *url,
                                  const char   *message,
                                  gint64        now_utc,
                                  GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  return write_refresh (self, url != NULL ? url : "", now_utc, message, error);
}

/**
 * daftar_store_load_market:
 * @out_origin: (out) (optional): where the dataset came from
 *
 * The dataset in use: the one from the feed when one is stored and still valid for
 * this version of Daftar, else the bundled one.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
DaftarMarket *
daftar_store_load_market (DaftarStore        *self,
                          DaftarMarketOrigin *out_origin,
                          GError            **error)
{
  g_autoptr(DaftarMarketState) state = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (!(state = daftar_store_get_market_state (self, error)))
    return NULL;

  if (state->has_dataset)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new (state->json, strlen (state->json));
      DaftarMarket *market = daftar_market_load_bytes (bytes, &local_error);

      if (market != NULL)
        {
          if (out_origin != NULL)
            *out_origin = DAFTAR_MARKET_ORIGIN_FEED;
          return market;
        }

      /* Written by another version, say: the bundled data is still good. */
      g_warning ("The stored market data can’t be read, using the bundled data: %s",
                 local_error->message);
    }

  if (out_origin != NULL)
    *out_origin = DAFTAR_MARKET_ORIGIN_BUNDLED;
  return daftar_market_load_default (error);
}

/**
 * daftar_market_refresh_is_due:
 * @state: (nullable): the stored state
 *
 * A failed attempt holds the next one back for a day.  The feed records an
 * attempt before it parses what it downloaded, so a feed that made Daftar fail
 * in any way, even crash, is not tried again at every launch.
 *
 * Returns: %TRUE when no refresh has worked in the last seven days, and none
 *   failed in the last day
 */
gboolean
daftar_market_refresh_is_due (const DaftarMarketState *state,
                              gint64                   now_utc)
{
  if (state == NULL || !state->has_refresh)
    return TRUE;

  if (state->error != NULL && now_utc >= state->attempt_utc &&
      now_utc - state->attempt_utc < RETRY_SECONDS)
    return FALSE;

  if (!state->has_success)
    return TRUE;

  return now_utc - state->success_utc >= WEEK_SECONDS || now_utc < state->success_utc;
}
