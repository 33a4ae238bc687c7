/* fuzz-dates.c — libFuzzer target for daftar_date_parse_iso() and daftar_time_parse()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Raw bytes in, to both parsers; a parsed date is on the calendar and a parsed
 * time on the clock.
 */
#define G_LOG_DOMAIN "fuzz-dates"

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "daftar-dates.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  GDate date;
  int hour = -1, minute = -1;

  g_date_clear (&date, 1);
  if (daftar_date_parse_iso (text, &date, &error))
    {
      g_assert_no_error (error);
      g_assert_true (g_date_valid (&date));
      g_assert_cmpuint (g_date_get_year (&date), >=, 1970);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
  g_clear_error (&error);

  if (daftar_time_parse (text, &hour, &minute, NULL, &error))
    {
      g_assert_no_error (error);
      g_assert_cmpint (hour, >=, 0);
      g_assert_cmpint (hour, <=, 23);
      g_assert_cmpint (minute, >=, 0);
      g_assert_cmpint (minute, <=, 59);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  return 0;
}
