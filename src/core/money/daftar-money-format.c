/* daftar-money-format.c — amounts as the user's locale writes money
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-money-format.h"

/**
 * daftar_format_money:
 * @money: an amount
 *
 * Formats an amount as the locale writes money, with exactly as many decimals as the
 * currency has (see daftar_currency_get_decimals()) and no rounding: see
 * daftar_format_currency().
 *
 * Returns: (transfer full): the formatted amount
 */
char *
daftar_format_money (DaftarFormat      *self,
                     const DaftarMoney *money)
{
  int decimals;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (money != NULL, NULL);

  decimals = daftar_currency_get_decimals (money->currency);
  g_return_val_if_fail (decimals >= 0, NULL);

  return daftar_format_currency (self, money->currency, money->minor, decimals);
}

/**
 * daftar_format_money_minor:
 * @minor: an amount in @currency's minor units
 * @currency: an ISO 4217 code
 *
 * daftar_format_money() for an amount held as its parts.
 *
 * Returns: (transfer full): the formatted amount
 */
char *
daftar_format_money_minor (DaftarFormat *self,
                           gint64        minor,
                           const char   *currency)
{
  DaftarMoney money = { .minor = minor };

  g_return_val_if_fail (currency != NULL, NULL);

  g_strlcpy (money.currency, currency, sizeof money.currency);
  return daftar_format_money (self, &money);
}

/**
 * daftar_format_per_hour:
 * @amounts: an amount, or a range of amounts, as formatted
 *
 * Returns: (transfer full): @amounts per hour, "$21.16/h"
 */
char *
daftar_format_per_hour (const char *amounts)
{
  g_return_val_if_fail (amounts != NULL, NULL);

  /* Translators: an amount or a range of amounts per hour, like "$21.16/h" or "$20.00–$25.00/h". */
  return g_strdup_printf (_("%s/h"), amounts);
}
