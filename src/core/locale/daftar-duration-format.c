/* daftar-duration-format.c — durations as the user's locale writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-format"

#include "config.h"

#include "daftar-duration.h"
#include "daftar-duration-format.h"
#include "daftar-format-private.h"
#include "daftar-int64.h"

/**
 * daftar_format_duration:
 * @seconds: a duration
 *
 * Formats a duration as daftar_duration_to_string() does, "H:MM" or "H:MM:SS", in the
 * locale's digits: 5400 is "1:30", "۱:۳۰" or "١:٣٠".  Hours are not grouped and not
 * wrapped at 24.
 *
 * Returns: (transfer full): the formatted duration
 */
char *
daftar_format_duration (DaftarFormat *self,
                        gint64        seconds)
{
  g_autofree char *clock = NULL;
  g_autofree char *digits = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  clock = daftar_duration_to_string (seconds);
  digits = daftar_format_digits (self, clock[0] == '-' ? clock + 1 : clock);

  if (clock[0] == '-')
    return g_strconcat (self->minus_sign, digits, NULL);

  return g_steal_pointer (&digits);
}

/**
 * daftar_format_hours:
 * @seconds: a duration
 *
 * Formats a duration as a number of hours, rounded to the hundredth (half to even), with
 * one or two decimals: 3600 is "1.0", 5400 is "1.5" ("۱٫۵"), 4500 is "1.25", 100 is "0.03".
 *
 * Returns: (transfer full): the formatted number of hours
 */
char *
daftar_format_hours (DaftarFormat *self,
                     gint64        seconds)
{
  g_autofree char *number = NULL;
  gint64 hundredths;
  char *result;

  g_return_val_if_fail (self != NULL, NULL);

  /* 36 s is a hundredth of an hour; the division cannot overflow. */
  if (!daftar_int64_mul_div_round (seconds, 1, 36, &hundredths))
    hundredths = seconds / 36;

  number = daftar_format_decimal_string (hundredths, 2);
  if (self->decimal_format == NULL)
    return g_steal_pointer (&number);

  g_mutex_lock (&self->lock);
  result = daftar_format_decimal_locked (self->decimal_format, number, 1, 2);
  g_mutex_unlock (&self->lock);

  return result;
}
