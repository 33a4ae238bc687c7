/* fuzz-money.c — libFuzzer target for daftar_money_parse()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the currency and the flags, the rest is the text, as
 * raw bytes: the command line hands the parser whatever it was given. What
 * parses must print and parse back to the same amount.
 */
#define G_LOG_DOMAIN "fuzz-money"

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "daftar-money.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const currencies[] = { "USD", "EUR", "JPY", "KWD", "IRR", "GBP", "XXX", "usd" };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  DaftarMoneyParseFlags flags;
  const char *currency;
  DaftarMoney money;

  if (size < 1)
    return 0;

  currency = currencies[data[0] % G_N_ELEMENTS (currencies)];
  flags = (data[0] & 0x80) ? DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE : DAFTAR_MONEY_PARSE_DEFAULT;
  text = g_strndup ((const char *) data + 1, size - 1);

  if (daftar_money_parse (text, currency, flags, &money, NULL, &error))
    {
      g_autofree char *printed = daftar_money_to_decimal_string (&money);
      g_autoptr(GError) again_error = NULL;
      DaftarMoney again;

      g_assert_no_error (error);
      if (!daftar_money_parse (printed, money.currency, DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE,
                               &again, NULL, &again_error))
        g_error ("“%s” parsed to %s, which does not parse back: %s",
                 text, printed, again_error->message);
      g_assert_cmpint (again.minor, ==, money.minor);
      g_assert_cmpstr (again.currency, ==, money.currency);
      if (!(flags & DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE))
        g_assert_cmpint (money.minor, >=, 0);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  return 0;
}
