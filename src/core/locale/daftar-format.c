/* daftar-format.c — the formatter, and numbers as the user's locale writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-format"

#include "config.h"

#include <string.h>

#include <unicode/uloc.h>
#include <unicode/unumsys.h>

#include "daftar-digits.h"
#include "daftar-format-private.h"
#include "daftar-int64.h"
#include "daftar-text.h"

#define ICU_BUFFER_SIZE DAFTAR_FORMAT_ICU_BUFFER_SIZE

G_DEFINE_BOXED_TYPE (DaftarFormat, daftar_format, daftar_format_ref, daftar_format_unref)

static char *
utf16_to_utf8 (const UChar *text,
               int32_t      length)
{
  char *utf8 = g_utf16_to_utf8 ((const gunichar2 *) text, length, NULL, NULL, NULL);

  return utf8 != NULL ? utf8 : g_strdup ("");
}

/* ICU's result as UTF-8, or "" with a warning if ICU failed: a date or a number that cannot
 * be shown is not a reason to stop the app. */
char *
daftar_format_icu_result (const UChar *buffer,
                          int32_t      length,
                          UErrorCode   status,
                          const char  *what)
{
  if (U_FAILURE (status) || length > ICU_BUFFER_SIZE)
    {
      g_warning ("ICU cannot format %s: %s", what, u_errorName (status));
      return g_strdup ("");
    }

  return utf16_to_utf8 (buffer, length);
}

/* The digits ICU writes numbers with in @icu_locale: ۰–۹ for fa_IR, ٠–٩ for ar_EG, 0–9 for
 * en_US and with numbers=latn. */
static void
load_digits (DaftarFormat *self)
{
  UErrorCode status = U_ZERO_ERROR;
  UNumberingSystem *system;
  UChar description[64];
  int32_t length = 0;
  g_autofree char *utf8 = NULL;
  const char *p;

  for (guint i = 0; i < 10; i++)
    {
      self->digits[i][0] = '0' + i;
      self->digits[i][1] = '\0';
    }

  system = unumsys_open (self->icu_locale, &status);
  if (U_SUCCESS (status) && !unumsys_isAlgorithmic (system) && unumsys_getRadix (system) == 10)
    length = unumsys_getDescription (system, description, G_N_ELEMENTS (description), &status);
  g_clear_pointer (&system, unumsys_close);

  if (U_FAILURE (status) || length == 0)
    return;

  utf8 = utf16_to_utf8 (description, length);
  if (g_utf8_strlen (utf8, -1) != 10)
    return;

  p = utf8;
  for (guint i = 0; i < 10; i++, p = g_utf8_next_char (p))
    {
      gsize n = (gsize) (g_utf8_next_char (p) - p);

      memcpy (self->digits[i], p, n);
      self->digits[i][n] = '\0';
    }
}

static UNumberFormat *
open_number_format (const char       *icu_locale,
                    UNumberFormatStyle style)
{
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *format = unum_open (style, NULL, 0, icu_locale, NULL, &status);

  if (U_FAILURE (status))
    {
      g_warning ("ICU cannot format numbers for %s: %s", icu_locale, u_errorName (status));
      g_clear_pointer (&format, unum_close);
    }

  return format;
}

static char *
get_minus_sign (UNumberFormat *format)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar symbol[16];
  int32_t length;

  if (format == NULL)
    return g_strdup ("-");

  length = unum_getSymbol (format, UNUM_MINUS_SIGN_SYMBOL, symbol, G_N_ELEMENTS (symbol),
                           &status);
  if (U_FAILURE (status) || length == 0)
    return g_strdup ("-");

  return utf16_to_utf8 (symbol, length);
}

/**
 * daftar_format_new:
 * @locale: (nullable): a locale name such as "fa_IR", "ar_SA", "en_US" or "fa_IR.UTF-8",
 *   read by daftar_locale_normalize()
 * @calendar: the calendar dates are shown and typed in
 * @latin_digits: whether to write numbers with 0–9 instead of the locale's own digits
 *
 * Creates the formatter the app and daftar-cli show numbers, money, durations and dates
 * with.  Everything is written by ICU for @locale, with @calendar: the digits
 * (۰–۹ in Persian, ٠–٩ in Arabic), the separators, the currency symbol and its place,
 * the names of months, and the direction marks that keep all of it in order when it
 * is shown in right-to-left text.
 *
 * A #DaftarFormat does not change once made and can be used from any thread.
 *
 * Returns: (transfer full): a new formatter
 */
DaftarFormat *
daftar_format_new (const char     *locale,
                   DaftarCalendar  calendar,
                   gboolean        latin_digits)
{
  DaftarFormat *self;

  g_return_val_if_fail (calendar <= DAFTAR_CALENDAR_ISLAMIC_UMALQURA, NULL);

  self = g_new0 (DaftarFormat, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->lock);

  self->locale = daftar_locale_normalize (locale);
  self->icu_locale = daftar_calendar_make_icu_locale (calendar, self->locale, latin_digits);
  self->calendar = calendar;
  self->latin_digits = !!latin_digits;
  self->rtl = uloc_isRightToLeft (self->locale);
  self->first_weekday = daftar_locale_first_weekday (self->locale);

  self->integer_format = open_number_format (self->icu_locale, UNUM_DECIMAL);
  self->decimal_format = open_number_format (self->icu_locale, UNUM_DECIMAL);
  self->currency_format = open_number_format (self->icu_locale, UNUM_CURRENCY);
  self->minus_sign = get_minus_sign (self->integer_format);
  load_digits (self);

  return self;
}

/**
 * daftar_locale_from_environment:
 *
 * Finds the locale that matches the language gettext shows Daftar's text in, from the
 * environment, so that numbers and dates agree with the words around them:
 *
 * - the locale for messages is the first set of `LC_ALL`, `LC_MESSAGES` and `LANG`;
 * - if it is unset, "C" or "POSIX", gettext ignores `LANGUAGE`, and so does this;
 * - otherwise the first language in `LANGUAGE` is taken if there is one, else the
 *   locale for messages;
 * - Persian, Arabic and English keep their country, taken from the locale for messages
 *   when `LANGUAGE` gives none (`LANGUAGE=ar LANG=ar_SA.UTF-8` is "ar_SA"), and get a
 *   default one otherwise ("fa_IR", "ar_EG", "en_US");
 * - any other language, which Daftar's text is not translated to, is "en_US".
 *
 * Unlike gettext this does not check that the locale is installed.
 *
 * Returns: (transfer full): a locale name such as "fa_IR"
 */
char *
daftar_locale_from_environment (void)
{
  const char * const variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *messages = NULL;
  const char *language;
  g_autofree char *chosen = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *messages_normal = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (variables) && messages == NULL; i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && value[0] != '\0')
        messages = value;
    }

  if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
    return g_strdup ("en_US");

  language = g_getenv ("LANGUAGE");
  if (language != NULL && language[0] != '\0' && language[0] != ':')
    chosen = g_strndup (language, strcspn (language, ":"));
  else
    chosen = g_strdup (messages);

  /* Normalizing adds a country; whether one was given is decided before. */
  if (strcspn (chosen, "_-.@") == strlen (chosen))
    {
      messages_normal = daftar_locale_normalize (messages);
      if (g_str_has_prefix (messages_normal, chosen) &&
          messages_normal[strlen (chosen)] == '_')
        {
          g_free (chosen);
          chosen = g_steal_pointer (&messages_normal);
        }
    }

  normal = daftar_locale_normalize (chosen);

  if (g_str_has_prefix (normal, "fa_") || g_str_has_prefix (normal, "ar_") ||
      g_str_has_prefix (normal, "en_"))
    return g_steal_pointer (&normal);

  return g_strdup ("en_US");
}

/**
 * daftar_format_new_from_environment:
 *
 * A formatter for the locale of daftar_locale_from_environment(), with the calendar of
 * daftar_calendar_for_locale() and the locale's own digits: what daftar-cli uses.
 *
 * Returns: (transfer full): a new formatter
 */
DaftarFormat *
daftar_format_new_from_environment (void)
{
  g_autofree char *locale = daftar_locale_from_environment ();

  return daftar_format_new (locale, daftar_calendar_for_locale (locale), FALSE);
}

/**
 * daftar_format_ref:
 *
 * Returns: (transfer full): @self
 */
DaftarFormat *
daftar_format_ref (DaftarFormat *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
daftar_format_unref (DaftarFormat *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->integer_format, unum_close);
  g_clear_pointer (&self->decimal_format, unum_close);
  g_clear_pointer (&self->currency_format, unum_close);
  for (guint i = 0; i < DAFTAR_N_DATE_STYLES; i++)
    g_clear_pointer (&self->date_formats[i], udat_close);
  g_clear_pointer (&self->time_format, udat_close);
  g_mutex_clear (&self->lock);
  g_free (self->minus_sign);
  g_free (self->icu_locale);
  g_free (self->locale);
  g_free (self);
}

/**
 * daftar_format_get_locale:
 *
 * Returns: the locale, such as "fa_IR"
 */
const char *
daftar_format_get_locale (DaftarFormat *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->locale;
}

/**
 * daftar_format_get_icu_locale:
 *
 * Returns: the ICU locale ID with the calendar and digits, such as
 *   "fa_IR@calendar=persian" or "ar_EG@calendar=gregorian;numbers=latn"
 */
const char *
daftar_format_get_icu_locale (DaftarFormat *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->icu_locale;
}

DaftarCalendar
daftar_format_get_calendar (DaftarFormat *self)
{
  g_return_val_if_fail (self != NULL, DAFTAR_CALENDAR_GREGORIAN);

  return self->calendar;
}

gboolean
daftar_format_get_latin_digits (DaftarFormat *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->latin_digits;
}

/**
 * daftar_format_is_rtl:
 *
 * Returns: whether the locale's language is written right to left, as Persian and Arabic
 */
gboolean
daftar_format_is_rtl (DaftarFormat *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->rtl;
}

/**
 * daftar_format_get_first_weekday:
 *
 * Returns: the day weeks start on in the locale (see daftar_locale_first_weekday())
 */
GDateWeekday
daftar_format_get_first_weekday (DaftarFormat *self)
{
  g_return_val_if_fail (self != NULL, G_DATE_MONDAY);

  return self->first_weekday;
}

/* 12.5000 (125000, 4) is 12.5 (125, 1): no trailing zeros after the point. */
void
daftar_format_trim_decimals (gint64 *minor,
                             int    *decimals)
{
  while (*decimals > 0 && *minor % 10 == 0)
    {
      *minor /= 10;
      (*decimals)--;
    }
}
/**
 * daftar_format_digits:
 * @self: (nullable): the format the user reads; %NULL for Latin digits
 * @text: text whose ASCII digits to rewrite
 *
 * Writes the ASCII digits 0–9 of @text in the locale's digits and leaves everything else
 * as it is: "#12" is "#۱۲" in Persian.  For numbers that are names rather than amounts,
 * such as the number of a session, which take no thousands separator.
 *
 * Returns: (transfer full): the rewritten text
 */
char *
daftar_format_digits (DaftarFormat *self,
                      const char   *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (self == NULL)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text) * 2);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append (out, self->digits[*p - '0']);
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * daftar_format_id:
 * @self: (nullable): the format the user reads; %NULL for Latin digits
 * @id: a record's number
 *
 * Returns: (transfer full): @id as it is typed back, digits only and never grouped:
 *   "1234", "۱۲۳۴"
 */
char *
daftar_format_id (DaftarFormat *self,
                  gint64        id)
{
  char ascii[24];

  g_snprintf (ascii, sizeof ascii, "%" G_GINT64_FORMAT, id);
  return daftar_format_digits (self, ascii);
}

/**
 * daftar_format_integer:
 * @self: (nullable): the format the user reads; %NULL for Latin digits, ungrouped
 * @value: a whole number
 *
 * Formats a whole number with the locale's digits and thousands separators: 1234 is
 * "1,234", "۱٬۲۳۴" (fa) or "١٬٢٣٤" (ar); a negative number has the locale's minus
 * sign and direction mark, "‎−۱٬۲۳۴" (U+200E, U+2212) in Persian and "؜-١٬٢٣٤" (U+061C)
 * in Arabic.
 *
 * Returns: (transfer full): the formatted number
 */
char *
daftar_format_integer (DaftarFormat *self,
                       gint64        value)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[ICU_BUFFER_SIZE];
  int32_t length = 0;

  if (self == NULL || self->integer_format == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value);

  g_mutex_lock (&self->lock);
  length = unum_formatInt64 (self->integer_format, value, buffer, ICU_BUFFER_SIZE, NULL,
                             &status);
  g_mutex_unlock (&self->lock);

  return daftar_format_icu_result (buffer, length, status, "a number");
}

/* @minor / 10^@decimals as an exact decimal string, "-12.05". */
char *
daftar_format_decimal_string (gint64 minor,
                              int    decimals)
{
  guint64 magnitude = daftar_int64_magnitude (minor);
  guint64 scale = 1;

  for (int i = 0; i < decimals; i++)
    scale *= 10;

  if (decimals == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, minor < 0 ? "-" : "", magnitude);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT,
                          minor < 0 ? "-" : "", magnitude / scale, decimals,
                          magnitude % scale);
}

/* Formats the exact decimal @number with @format, between @min and @max decimals.
 * Called with the lock held. */
char *
daftar_format_decimal_locked (UNumberFormat *format,
                              const char    *number,
                              int            min_decimals,
                              int            max_decimals)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[ICU_BUFFER_SIZE];
  int32_t length;

  unum_setAttribute (format, UNUM_MIN_FRACTION_DIGITS, min_decimals);
  unum_setAttribute (format, UNUM_MAX_FRACTION_DIGITS, max_decimals);
  unum_setAttribute (format, UNUM_ROUNDING_MODE, UNUM_ROUND_HALFEVEN);
  length = unum_formatDecimal (format, number, -1, buffer, ICU_BUFFER_SIZE, NULL, &status);

  return daftar_format_icu_result (buffer, length, status, "a decimal number");
}

/**
 * daftar_format_decimal:
 * @self: (nullable): the format the user reads; %NULL for Latin digits, ungrouped
 * @minor: the number in units of 10^-@decimals
 * @decimals: how many decimals to show, 0 to 18
 *
 * Formats @minor / 10^@decimals exactly, without going through floating point, with the
 * locale's digits and separators: (123450, 2) is "1,234.50", "۱٬۲۳۴٫۵۰" or "١٬٢٣٤٫٥٠".
 *
 * Returns: (transfer full): the formatted number
 */
char *
daftar_format_decimal (DaftarFormat *self,
                       gint64        minor,
                       int           decimals)
{
  g_autofree char *number = NULL;
  char *result;

  g_return_val_if_fail (decimals >= 0 && decimals <= 18, NULL);

  number = daftar_format_decimal_string (minor, decimals);
  if (self == NULL || self->decimal_format == NULL)
    return g_steal_pointer (&number);

  g_mutex_lock (&self->lock);
  result = daftar_format_decimal_locked (self->decimal_format, number, decimals, decimals);
  g_mutex_unlock (&self->lock);

  return result;
}

/**
 * daftar_format_decimal_trimmed:
 * @self: (nullable): the format the user reads; %NULL for Latin digits, ungrouped
 * @minor: the number times 10^@decimals
 * @decimals: at most this many decimals, 0 to 18
 *
 * Like daftar_format_decimal() without the trailing zeros: a rate of 12.5000%
 * reads "12.5", "۱۲٫۵".
 *
 * Returns: (transfer full): the formatted number
 */
char *
daftar_format_decimal_trimmed (DaftarFormat *self,
                               gint64        minor,
                               int           decimals)
{
  g_return_val_if_fail (decimals >= 0 && decimals <= 18, NULL);

  daftar_format_trim_decimals (&minor, &decimals);
  return daftar_format_decimal (self, minor, decimals);
}

/* ICU writes Arabic amounts as "‏١٬٢٣٤٫٥٠ US$". In a right-to-left line the
 * final "$", a weak character after Latin letters, takes the line's direction
 * and jumps to the other side ("$US"). A LEFT-TO-RIGHT MARK after it keeps the
 * symbol in one left-to-right piece. */
static char *
protect_trailing_symbol (DaftarFormat *self,
                         char         *text)
{
  const char *last;
  gboolean has_latin = FALSE;

  if (!daftar_format_is_rtl (self) || text == NULL || *text == '\0')
    return text;

  for (const char *p = text; *p; p++)
    if (g_ascii_isalpha (*p))
      has_latin = TRUE;

  last = g_utf8_find_prev_char (text, text + strlen (text));
  if (!has_latin || last == NULL || g_unichar_isalnum (g_utf8_get_char (last)))
    return text;

  {
    char *protected = g_strconcat (text, "\u200E", NULL);

    g_free (text);
    return protected;
  }
}


/**
 * daftar_format_currency:
 * @currency: an ISO 4217 code, three letters
 * @minor: the amount in units of 10^-@decimals
 * @decimals: as many decimals as the currency has, 0 to 18
 *
 * Formats an amount as the locale writes money, exactly and with @decimals decimals.
 * For 1234.50 USD, ICU 72 writes "$1,234.50" in en_US, "‏١٬٢٣٤٫٥٠ US$" in ar_EG
 * (starting with U+200F, with a no-break space before the symbol) and "‎$۱٬۲۳۴٫۵۰" in
 * fa_IR (starting with U+200E).  daftar_format_money() finds the decimals for you.
 *
 * Returns: (transfer full): the formatted amount
 */
char *
daftar_format_currency (DaftarFormat *self,
                        const char   *currency,
                        gint64        minor,
                        int           decimals)
{
  UErrorCode status = U_ZERO_ERROR;
  g_autofree char *number = NULL;
  UChar code[4];
  char *result;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (currency != NULL && strlen (currency) == 3, NULL);
  g_return_val_if_fail (decimals >= 0 && decimals <= 18, NULL);

  number = daftar_format_decimal_string (minor, decimals);
  if (self->currency_format == NULL)
    return g_strdup_printf ("%s %s", number, currency);

  for (guint i = 0; i < 4; i++)
    code[i] = (UChar) currency[i];

  g_mutex_lock (&self->lock);
  /* Setting the currency also sets its decimals, which are set again after. */
  unum_setTextAttribute (self->currency_format, UNUM_CURRENCY_CODE, code, 3, &status);
  if (U_SUCCESS (status))
    result = daftar_format_decimal_locked (self->currency_format, number, decimals, decimals);
  else
    result = g_strdup_printf ("%s %s", number, currency);
  g_mutex_unlock (&self->lock);

  return protect_trailing_symbol (self, result);
}
