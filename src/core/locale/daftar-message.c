/* daftar-message.c — numbers inside src/core's messages, in the user's digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-format"

#include "config.h"

#include "daftar-format-private.h"
#include "daftar-format-typed.h"
#include "daftar-message.h"

/* Messages from src/core (validation, parsing, fees) put numbers in sentences
 * translated to Persian or Arabic.  Each helper takes the format the user reads:
 * the caller's own, the store's, or the context's; written with it, "at most 300
 * characters" reads "۳۰۰" there too.  With %NULL (tests, libraries, a caller with
 * no user) the digits are Latin. */

/**
 * daftar_message_integer:
 * @format: (nullable): the format the user reads, or %NULL for Latin digits
 *
 * Returns: (transfer full): @value for a message, "300" or "۳۰۰"
 */
char *
daftar_message_integer (DaftarFormat *format,
                        gint64        value)
{
  if (format == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value);
  return daftar_format_integer (format, value);
}

/**
 * daftar_message_percent:
 * @format: (nullable): the format the user reads, or %NULL for Latin digits
 * @scaled: the percentage times 10^@decimals: 150001 with 4 decimals is 15.0001%
 * @decimals: 0 to 8
 *
 * Returns: (transfer full): the percentage for a message, from ICU's percent format
 *   for the locale, without trailing zeros: "15.0001%", "۱۵٫۰۰۰۱٪"; with no format
 *   set, Latin digits and "%"
 */
char *
daftar_message_percent (DaftarFormat *format,
                        gint64        scaled,
                        int           decimals)
{
  g_return_val_if_fail (decimals >= 0 && decimals <= 8, NULL);

  if (format == NULL)
    {
      g_autofree char *number = NULL;
      gint64 minor = scaled;

      daftar_format_trim_decimals (&minor, &decimals);
      number = daftar_format_decimal_string (minor, decimals);
      return g_strconcat (number, "%", NULL);
    }
  return daftar_format_percent (format, scaled, decimals);
}

/**
 * daftar_message_id:
 * @format: (nullable): the format the user reads, or %NULL for Latin digits
 *
 * Returns: (transfer full): a record's number for a message, digits only and
 *   never grouped, as it is typed back: "1234" or "۱۲۳۴"
 */
char *
daftar_message_id (DaftarFormat *format,
                   gint64        id)
{
  if (format == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, id);
  return daftar_format_id (format, id);
}

/**
 * daftar_message_digits:
 * @format: (nullable): the format the user reads, or %NULL for Latin digits
 * @text: ASCII text with digits, such as an example time "09:30"
 *
 * Returns: (transfer full): @text with its digits in the user's: "۰۹:۳۰"
 */
char *
daftar_message_digits (DaftarFormat *format,
                       const char   *text)
{
  if (format == NULL)
    return g_strdup (text);
  return daftar_format_digits (format, text);
}

/**
 * daftar_message_set_error_id:
 * @format: (nullable): the format the user reads, or %NULL for Latin digits
 * @message: a translated message with one %s, for the number
 *
 * g_set_error() with a record's number (daftar_message_id()) in the message.
 */
void
daftar_message_set_error_id (DaftarFormat  *format,
                             GError       **error,
                             GQuark         domain,
                             gint           code,
                             const char    *message,
                             gint64         id)
{
  g_autofree char *number = daftar_message_id (format, id);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, domain, code, message, number);
#pragma GCC diagnostic pop
}

/**
 * daftar_message_decimal:
 * @format: (nullable): the format the user reads, or %NULL for Latin digits
 * @scaled: the number times 10^@decimals
 * @decimals: 0 to 18
 *
 * Returns: (transfer full): the number for a message, without trailing zeros:
 *   125000 with 4 decimals is "12.5", or "۱۲٫۵"
 */
char *
daftar_message_decimal (DaftarFormat *format,
                        gint32        scaled,
                        int           decimals)
{
  g_return_val_if_fail (decimals >= 0 && decimals <= 18, NULL);

  if (format == NULL)
    {
      gint64 minor = scaled;

      daftar_format_trim_decimals (&minor, &decimals);
      return daftar_format_decimal_string (minor, decimals);
    }
  return daftar_format_decimal_trimmed (format, scaled, decimals);
}
