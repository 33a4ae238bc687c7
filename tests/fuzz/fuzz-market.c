/* fuzz-market.c — libFuzzer target for the market-data validator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Raw bytes in, as a feed would send them: either a dataset that passed every
 * check comes back, or an error with a readable message, and nothing between.
 */
#define G_LOG_DOMAIN "fuzz-market"

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "daftar-market.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarMarket) market = daftar_market_load_bytes (bytes, NULL, &error);

  if (market != NULL)
    g_assert_no_error (error);
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  return 0;
}
