/* fuzz-duration.c — libFuzzer target for daftar_duration_parse()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Raw bytes in; what parses is a non-negative number of seconds that prints
 * and parses back to itself.
 */
#define G_LOG_DOMAIN "fuzz-duration"

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "daftar-duration.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  gint64 seconds = -1;

  if (daftar_duration_parse (text, &seconds, NULL, &error))
    {
      g_autofree char *printed = daftar_duration_to_string (seconds);
      g_autoptr(GError) again_error = NULL;
      gint64 again = -1;

      g_assert_no_error (error);
      g_assert_cmpint (seconds, >=, 0);
      if (!daftar_duration_parse (printed, &again, NULL, &again_error))
        g_error ("“%s” parsed to %s, which does not parse back: %s",
                 text, printed, again_error->message);
      g_assert_cmpint (again, ==, seconds);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  return 0;
}
