/* daftar-format-typed.c — numbers as the user types them back, and percentages
 *
 * An entry the app fills in ("45.00", "7.5", "1:30") is read back by the parsers,
 * which take Latin, Persian and Arabic-Indic digits alike: it is written in the
 * user's digits and decimal separator, with no grouping and no direction marks
 * for the cursor to stumble over. Percentages come from ICU's percent format for
 * the locale, which knows where the sign goes ("۲۰٪", "٢٠٪", "20%").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-format"

#include "config.h"

#include <string.h>

#include <unicode/unum.h>

#include "daftar-format-private.h"
#include "daftar-format-typed.h"

#define ICU_BUFFER_SIZE 64

static char *
icu_to_utf8 (const UChar *text,
             int32_t      length,
             UErrorCode   status)
{
  char *utf8 = NULL;

  if (U_SUCCESS (status) && length <= ICU_BUFFER_SIZE)
    utf8 = g_utf16_to_utf8 ((const gunichar2 *) text, length, NULL, NULL, NULL);
  return utf8;
}

static UNumberFormat *
open_format (DaftarFormat       *self,
             UNumberFormatStyle  style)
{
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *format = unum_open (style, NULL, 0, daftar_format_get_icu_locale (self), NULL,
                                     &status);

  if (U_FAILURE (status))
    g_clear_pointer (&format, unum_close);
  return format;
}

/**
 * daftar_format_for_entry:
 * @ascii: a number as the parsers write it: ASCII digits, “.”, “-”, “:”
 *
 * Writes @ascii in the user's digits and decimal separator and nothing else:
 * "45.00" is "۴۵٫۰۰" in Persian, "٤٥٫٠٠" in Arabic, "45.00" with Latin digits;
 * "1:30" is "۱:۳۰". Every parser that reads it (daftar_digits_normalize()) reads
 * it back as @ascii.
 *
 * Returns: (transfer full): the text for the entry
 */
char *
daftar_format_for_entry (DaftarFormat *self,
                         const char   *ascii)
{
  g_autofree char *digits = NULL;
  g_autofree char *separator = NULL;
  UNumberFormat *format;
  UChar symbol[ICU_BUFFER_SIZE];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length;
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (ascii != NULL, NULL);

  digits = daftar_format_digits (self, ascii);
  if (strchr (digits, '.') == NULL || (format = open_format (self, UNUM_DECIMAL)) == NULL)
    return g_steal_pointer (&digits);

  length = unum_getSymbol (format, UNUM_DECIMAL_SEPARATOR_SYMBOL, symbol, ICU_BUFFER_SIZE,
                           &status);
  unum_close (format);
  separator = icu_to_utf8 (symbol, length, status);
  if (separator == NULL || *separator == '\0')
    return g_steal_pointer (&digits);

  out = g_string_new (NULL);
  for (const char *p = digits; *p != '\0'; p++)
    {
      if (*p == '.')
        g_string_append (out, separator);
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/**
 * daftar_format_percent:
 * @self: (nullable): the format the user reads; %NULL for Latin digits and "%"
 * @scaled: the percentage times 10^@decimals: 205 with 1 decimal is 20.5%
 * @decimals: at most this many decimals, 0 to 8
 *
 * Formats a percentage with ICU's percent format for the locale, the sign where the
 * locale puts it and without trailing zeros: "20.5%", "۲۰٫۵٪" (fa), "٢٠٫٥٪؜" (ar).
 *
 * Returns: (transfer full): the formatted percentage
 */
char *
daftar_format_percent (DaftarFormat *self,
                       gint64        scaled,
                       int           decimals)
{
  g_autofree char *number = NULL;
  guint64 magnitude = scaled < 0 ? (guint64) -(scaled + 1) + 1 : (guint64) scaled;
  UNumberFormat *format;
  UChar buffer[ICU_BUFFER_SIZE];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length;
  char *result;

  g_return_val_if_fail (decimals >= 0 && decimals <= 8, NULL);

  if (self == NULL)
    {
      gint64 minor = scaled;

      daftar_format_trim_decimals (&minor, &decimals);
      number = daftar_format_decimal_string (minor, decimals);
      return g_strconcat (number, "%", NULL);
    }

  /* ICU's percent format multiplies by a hundred: 205 with 1 decimal is 205E-3. */
  number = g_strdup_printf ("%s%" G_GUINT64_FORMAT "E-%d", scaled < 0 ? "-" : "",
                            magnitude, decimals + 2);

  format = open_format (self, UNUM_PERCENT);
  if (format == NULL)
    return g_strdup_printf ("%s%%", number);

  unum_setAttribute (format, UNUM_MIN_FRACTION_DIGITS, 0);
  unum_setAttribute (format, UNUM_MAX_FRACTION_DIGITS, decimals);
  unum_setAttribute (format, UNUM_ROUNDING_MODE, UNUM_ROUND_HALFEVEN);
  length = unum_formatDecimal (format, number, -1, buffer, ICU_BUFFER_SIZE, NULL, &status);
  unum_close (format);

  result = icu_to_utf8 (buffer, length, status);
  if (result == NULL)
    {
      g_warning ("ICU cannot format the percentage %s: %s", number, u_errorName (status));
      result = g_strdup ("");
    }
  return result;
}
