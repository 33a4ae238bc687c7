/* daftar-store-rates.c — exchange rates in the ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-fees.h"
#include "daftar-format.h"
#include "daftar-store-private.h"
#include "daftar-store-rates.h"
#include "daftar-text.h"

/**
 * daftar_store_add_rate:
 * @rate: the rate; its id is ignored
 * @out_id: (out) (optional): the row's id
 *
 * Records the price of one @rate->base in @rate->quote on @rate->day.  A rate for the
 * same pair, day and source is replaced.
 */
gboolean
daftar_store_add_rate (DaftarStore               *self,
                       const DaftarExchangeRate  *rate,
                       gint64                    *out_id,
                       GError                   **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  char day[DAFTAR_DAY_ISO_LEN];
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (rate != NULL, FALSE);

  if (!daftar_validate_currency (rate->base, error) ||
      !daftar_validate_currency (rate->quote, error))
    return FALSE;

  if (g_str_equal (rate->base, rate->quote))
    {
      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY,
                   /* Translators: %s is a currency code, like USD. */
                   _("An exchange rate needs two different currencies, not %s twice."),
                   rate->base);
      return FALSE;
    }

  if (rate->rate_e8 <= 0 || rate->rate_e8 > DAFTAR_RATE_MAX_E8)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_AMOUNT,
                           _("An exchange rate must be above zero and below a billion."));
      return FALSE;
    }

  if (rate->day < DAFTAR_DAY_MIN || rate->day > DAFTAR_DAY_MAX)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("Type the date as year-month-day, for example 2025-03-21."));
      return FALSE;
    }

  daftar_day_to_iso (rate->day, day);

  if (!(stmt = daftar_store_prepare (self,
                                     "INSERT INTO exchange_rates (day, base, quote, rate_e8, source) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5) "
                                     "ON CONFLICT (base, quote, day, source) "
                                     "DO UPDATE SET rate_e8 = excluded.rate_e8 "
                                     "RETURNING id", error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, rate->base, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, rate->quote, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, rate->rate_e8);
  sqlite3_bind_text (stmt, 5, rate->source == DAFTAR_RATE_SOURCE_FEED ? "feed" : "user", -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return daftar_store_set_sql_error (self, rc, error);

  if (out_id != NULL)
    *out_id = sqlite3_column_int64 (stmt, 0);

  /* Finish the statement, so the write is done when this returns. */
  if (!daftar_store_step_done (self, stmt, error))
    return FALSE;

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_RATES);
  return TRUE;
}

/**
 * daftar_store_delete_rate:
 * @id: a rate's row id
 */
gboolean
daftar_store_delete_rate (DaftarStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!daftar_store_delete_row (self, "DELETE FROM exchange_rates WHERE id = ?1", id, error,
                                _("There is no exchange rate with the number %s.")))
    return FALSE;

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_RATES);
  return TRUE;
}

static void
add_rate_row (DaftarStmt *stmt,
              gpointer    table)
{
  DaftarExchangeRate rate = { .id = sqlite3_column_int64 (stmt, 0) };

  daftar_stmt_copy_text (stmt, 2, rate.base, sizeof rate.base);
  daftar_stmt_copy_text (stmt, 3, rate.quote, sizeof rate.quote);
  rate.rate_e8 = sqlite3_column_int64 (stmt, 4);
  rate.source = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 5), "feed") == 0
                ? DAFTAR_RATE_SOURCE_FEED : DAFTAR_RATE_SOURCE_USER;

  /* The schema's checks leave little to go wrong; skip what still could. */
  if (!daftar_day_from_iso ((const char *) sqlite3_column_text (stmt, 1), &rate.day) ||
      rate.rate_e8 <= 0 || !daftar_currency_is_valid (rate.base) ||
      !daftar_currency_is_valid (rate.quote))
    {
      g_warning ("Skipping exchange rate %" G_GINT64_FORMAT ": not valid", rate.id);
      return;
    }

  daftar_rate_table_add (table, &rate);
}

/**
 * daftar_store_load_rates:
 *
 * Returns: (transfer full): every exchange rate in the ledger
 */
DaftarRateTable *
daftar_store_load_rates (DaftarStore  *self,
                         GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autoptr(DaftarRateTable) table = daftar_rate_table_new ();

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT id, day, base, quote, rate_e8, source FROM exchange_rates "
                                     "ORDER BY base, quote, day, source", error)))
    return NULL;

  if (!daftar_store_each_row (self, stmt, add_rate_row, table, error))
    return NULL;

  return g_steal_pointer (&table);
}
