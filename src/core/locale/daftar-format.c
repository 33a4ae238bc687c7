/* daftar-format.c — numbers, money, durations and dates as the user's locale writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-format"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <unicode/udat.h>
#include <unicode/udateintervalformat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/unum.h>
#include <unicode/unumsys.h>

#include "daftar-digits.h"
#include "daftar-duration.h"
#include "daftar-format.h"
#include "daftar-int64.h"
#include "daftar-text.h"
#include "daftar-validate.h"

/* Every string formatted here is short (the longest, a period label, is under 80
 * characters); ICU reports an overflow rather than cutting. */
#define ICU_BUFFER_SIZE 256

/* See daftar-period.c: a day is midnight UTC, and GDate's day 719163 is 1970-01-01. */
#define EPOCH_JULIAN_DAY 719163
#define PROLEPTIC_CHANGE (-8.64e15)

/* In a calendar other than the Gregorian one, a typed year from this one on is Gregorian.
 * Solar Hijri 1700 and Hijri 1700 are more than two centuries away (Gregorian 2321 and
 * about 2270), Gregorian 1700 is long before the ledger's first day. */
#define FIRST_GREGORIAN_YEAR_TYPED 1700

/* The days the ledger keeps, as daftar_date_parse_iso() does. */
#define LEDGER_FIRST_YEAR 1970
#define LEDGER_LAST_YEAR 9999

/* How the example in the "type the date as…" message is written: 2025-03-21. */
#define EXAMPLE_YEAR 2025
#define EXAMPLE_MONTH G_DATE_MARCH
#define EXAMPLE_DAY 21

struct _DaftarFormat
{
  gatomicrefcount  ref_count;

  char            *locale;          /* "fa_IR" */
  char            *icu_locale;      /* "fa_IR@calendar=persian;numbers=latn" */
  DaftarCalendar   calendar;
  gboolean         latin_digits;
  gboolean         rtl;
  GDateWeekday     first_weekday;
  char             digits[10][8];   /* the locale's digits 0–9, in UTF-8 */
  char            *minus_sign;      /* with the direction mark ICU puts before it */

  /* ICU's formatters keep state (the currency, a calendar), so one thread at a time. */
  GMutex           lock;
  UNumberFormat   *integer_format;
  UNumberFormat   *decimal_format;
  UNumberFormat   *currency_format;
  UDateFormat     *date_formats[DAFTAR_N_DATE_STYLES];
  UDateFormat     *time_format;
};

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
static char *
icu_result (const UChar *buffer,
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

static double
day_to_udate (const GDate *day)
{
  return ((double) g_date_get_julian (day) - EPOCH_JULIAN_DAY) * U_MILLIS_PER_DAY;
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

static char *decimal_string (gint64 minor,
                             int    decimals);

/* 12.5000 (125000, 4) is 12.5 (125, 1): no trailing zeros after the point. */
static void
trim_decimals (gint64 *minor,
               int    *decimals)
{
  while (*decimals > 0 && *minor % 10 == 0)
    {
      *minor /= 10;
      (*decimals)--;
    }
}

/* The format numbers in core's messages are written with: the app's or daftar-cli's. */
static GMutex message_lock;
static DaftarFormat *message_format;

/**
 * daftar_format_set_for_messages:
 * @format: (nullable): the format the user reads, or %NULL for Latin digits
 *
 * Messages from src/core (validation, parsing, fees) put numbers in sentences
 * translated to Persian or Arabic; written with @format, "at most 300 characters"
 * reads "۳۰۰" there too.  The app and daftar-cli set it; tests and libraries
 * that don't get Latin digits.
 */
void
daftar_format_set_for_messages (DaftarFormat *format)
{
  g_mutex_lock (&message_lock);
  if (format != NULL)
    daftar_format_ref (format);
  g_clear_pointer (&message_format, daftar_format_unref);
  message_format = format;
  g_mutex_unlock (&message_lock);
}

static DaftarFormat *
get_message_format (void)
{
  DaftarFormat *format;

  g_mutex_lock (&message_lock);
  format = message_format != NULL ? daftar_format_ref (message_format) : NULL;
  g_mutex_unlock (&message_lock);

  return format;
}

/**
 * daftar_message_integer:
 *
 * Returns: (transfer full): @value for a message, "300" or "۳۰۰"
 */
char *
daftar_message_integer (gint64 value)
{
  g_autoptr(DaftarFormat) format = get_message_format ();

  if (format == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value);
  return daftar_format_integer (format, value);
}

/**
 * daftar_message_id:
 *
 * Returns: (transfer full): a record's number for a message, digits only and
 *   never grouped, as it is typed back: "1234" or "۱۲۳۴"
 */
char *
daftar_message_id (gint64 id)
{
  g_autoptr(DaftarFormat) format = get_message_format ();
  g_autofree char *ascii = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  if (format == NULL)
    return g_steal_pointer (&ascii);
  return daftar_format_digits (format, ascii);
}

/**
 * daftar_message_digits:
 * @text: ASCII text with digits, such as an example time "09:30"
 *
 * Returns: (transfer full): @text with its digits in the user's: "۰۹:۳۰"
 */
char *
daftar_message_digits (const char *text)
{
  g_autoptr(DaftarFormat) format = get_message_format ();

  if (format == NULL)
    return g_strdup (text);
  return daftar_format_digits (format, text);
}

/**
 * daftar_message_set_error_id:
 * @format: a translated message with one %s, for the number
 *
 * g_set_error() with a record's number (daftar_message_id()) in the message.
 */
void
daftar_message_set_error_id (GError     **error,
                             GQuark       domain,
                             gint         code,
                             const char  *format,
                             gint64       id)
{
  g_autofree char *number = daftar_message_id (id);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, domain, code, format, number);
#pragma GCC diagnostic pop
}

/**
 * daftar_message_decimal:
 * @scaled: the number times 10^@decimals
 * @decimals: 0 to 18
 *
 * Returns: (transfer full): the number for a message, without trailing zeros:
 *   125000 with 4 decimals is "12.5", or "۱۲٫۵"
 */
char *
daftar_message_decimal (gint32 scaled,
                        int    decimals)
{
  g_autoptr(DaftarFormat) format = get_message_format ();

  g_return_val_if_fail (decimals >= 0 && decimals <= 18, NULL);

  if (format == NULL)
    {
      gint64 minor = scaled;

      trim_decimals (&minor, &decimals);
      return decimal_string (minor, decimals);
    }
  return daftar_format_decimal_trimmed (format, scaled, decimals);
}

/**
 * daftar_format_digits:
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

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

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
 * daftar_format_integer:
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

  g_return_val_if_fail (self != NULL, NULL);

  if (self->integer_format == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value);

  g_mutex_lock (&self->lock);
  length = unum_formatInt64 (self->integer_format, value, buffer, ICU_BUFFER_SIZE, NULL,
                             &status);
  g_mutex_unlock (&self->lock);

  return icu_result (buffer, length, status, "a number");
}

/* @minor / 10^@decimals as an exact decimal string, "-12.05". */
static char *
decimal_string (gint64 minor,
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
static char *
format_decimal_locked (UNumberFormat *format,
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

  return icu_result (buffer, length, status, "a decimal number");
}

/**
 * daftar_format_decimal:
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

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (decimals >= 0 && decimals <= 18, NULL);

  number = decimal_string (minor, decimals);
  if (self->decimal_format == NULL)
    return g_steal_pointer (&number);

  g_mutex_lock (&self->lock);
  result = format_decimal_locked (self->decimal_format, number, decimals, decimals);
  g_mutex_unlock (&self->lock);

  return result;
}

/**
 * daftar_format_decimal_trimmed:
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

  trim_decimals (&minor, &decimals);
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
 * daftar_format_money:
 * @money: an amount
 *
 * Formats an amount as the locale writes money, with exactly as many decimals as the
 * currency has (see daftar_currency_get_decimals()) and no rounding.  For 1234.50 USD, ICU 72
 * writes "$1,234.50" in en_US, "‏١٬٢٣٤٫٥٠ US$" in ar_EG (starting with U+200F, with a
 * no-break space before the symbol) and "‎$۱٬۲۳۴٫۵۰" in fa_IR (starting with U+200E).
 *
 * Returns: (transfer full): the formatted amount
 */
char *
daftar_format_money (DaftarFormat      *self,
                     const DaftarMoney *money)
{
  UErrorCode status = U_ZERO_ERROR;
  g_autofree char *number = NULL;
  UChar code[4];
  int decimals;
  char *result;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (money != NULL, NULL);

  decimals = daftar_currency_get_decimals (money->currency);
  g_return_val_if_fail (decimals >= 0, NULL);

  number = decimal_string (money->minor, decimals);
  if (self->currency_format == NULL)
    return g_strdup_printf ("%s %s", number, money->currency);

  for (guint i = 0; i < 4; i++)
    code[i] = (UChar) money->currency[i];

  g_mutex_lock (&self->lock);
  /* Setting the currency also sets its decimals, which are set again after. */
  unum_setTextAttribute (self->currency_format, UNUM_CURRENCY_CODE, code, 3, &status);
  if (U_SUCCESS (status))
    result = format_decimal_locked (self->currency_format, number, decimals, decimals);
  else
    result = g_strdup_printf ("%s %s", number, money->currency);
  g_mutex_unlock (&self->lock);

  return protect_trailing_symbol (self, result);
}

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

  number = decimal_string (hundredths, 2);
  if (self->decimal_format == NULL)
    return g_steal_pointer (&number);

  g_mutex_lock (&self->lock);
  result = format_decimal_locked (self->decimal_format, number, 1, 2);
  g_mutex_unlock (&self->lock);

  return result;
}

/* The pattern ICU's generator gives for @skeleton, in @self's locale and calendar. */
static gboolean
get_best_pattern (DaftarFormat *self,
                  const UChar  *skeleton,
                  UChar        *pattern,
                  int32_t       capacity,
                  int32_t      *out_length)
{
  UErrorCode status = U_ZERO_ERROR;
  UDateTimePatternGenerator *generator;
  int32_t length = 0;

  generator = udatpg_open (self->icu_locale, &status);
  if (U_SUCCESS (status))
    length = udatpg_getBestPattern (generator, skeleton, -1, pattern, capacity, &status);
  g_clear_pointer (&generator, udatpg_close);

  if (U_FAILURE (status) || length >= capacity)
    return FALSE;

  *out_length = length;
  return TRUE;
}

static UDateFormat *
open_pattern_format (DaftarFormat *self,
                     const UChar  *pattern,
                     int32_t       length,
                     UErrorCode   *status)
{
  return udat_open (UDAT_PATTERN, UDAT_PATTERN, self->icu_locale, u"UTC", -1,
                    pattern, length, status);
}

/* Called with the lock held. */
static UDateFormat *
get_date_format_locked (DaftarFormat    *self,
                        DaftarDateStyle  style)
{
  const UDateFormatStyle icu_styles[] = {
    [DAFTAR_DATE_STYLE_FULL] = UDAT_FULL,
    [DAFTAR_DATE_STYLE_LONG] = UDAT_LONG,
    [DAFTAR_DATE_STYLE_MEDIUM] = UDAT_MEDIUM,
    [DAFTAR_DATE_STYLE_SHORT] = UDAT_SHORT,
  };
  UErrorCode status = U_ZERO_ERROR;
  UDateFormat *format = NULL;
  UChar pattern[64];
  int32_t length;

  if (self->date_formats[style] != NULL)
    return self->date_formats[style];

  switch (style)
    {
    case DAFTAR_DATE_STYLE_FULL:
    case DAFTAR_DATE_STYLE_LONG:
    case DAFTAR_DATE_STYLE_MEDIUM:
    case DAFTAR_DATE_STYLE_SHORT:
      format = udat_open (UDAT_NONE, icu_styles[style], self->icu_locale, u"UTC", -1,
                          NULL, -1, &status);
      break;

    case DAFTAR_DATE_STYLE_NUMERIC:
      /* Year first, as people type dates.  Persian and Arabic write "/" between the
       * parts: with it a run of Arabic-Indic digits stays one run in right-to-left text,
       * shown with the year on the left, where "-" would reorder the parts. */
      format = open_pattern_format (self, self->rtl ? u"y/MM/dd" : u"y-MM-dd", -1, &status);
      break;

    case DAFTAR_DATE_STYLE_MONTH_YEAR:
      /* CLDR 42 has "y MMMM" for the Persian calendar in Persian, against its own long
       * date "d MMMM y" and against how Iranians write a month: "فروردین ۱۴۰۴". */
      if (g_str_has_prefix (self->locale, "fa_"))
        format = open_pattern_format (self, u"MMMM y", -1, &status);
      else if (get_best_pattern (self, u"yMMMM", pattern, G_N_ELEMENTS (pattern), &length))
        format = open_pattern_format (self, pattern, length, &status);
      break;

    case DAFTAR_DATE_STYLE_YEAR:
      if (get_best_pattern (self, u"y", pattern, G_N_ELEMENTS (pattern), &length))
        format = open_pattern_format (self, pattern, length, &status);
      break;

    case DAFTAR_DATE_STYLE_DAY:
      /* CLDR 42's full Persian date is "y MMMM d, EEEE", weekday last after a Latin
       * comma; Iranians head a day "جمعه ۱ فروردین ۱۴۰۴". */
      if (g_str_has_prefix (self->locale, "fa_"))
        format = open_pattern_format (self, u"EEEE d MMMM y", -1, &status);
      else if (get_best_pattern (self, u"yMMMMEEEEd", pattern, G_N_ELEMENTS (pattern), &length))
        format = open_pattern_format (self, pattern, length, &status);
      break;

    case DAFTAR_N_DATE_STYLES:
    default:
      g_assert_not_reached ();
    }

  if (format != NULL && U_SUCCESS (status) && self->calendar == DAFTAR_CALENDAR_GREGORIAN)
    {
      UCalendar *calendar = ucal_clone (udat_getCalendar (format), &status);

      /* Proleptic, as GDate is. */
      ucal_setGregorianChange (calendar, PROLEPTIC_CHANGE, &status);
      udat_setCalendar (format, calendar);
      g_clear_pointer (&calendar, ucal_close);
    }

  if (format == NULL || U_FAILURE (status))
    {
      g_warning ("ICU cannot format dates for %s: %s", self->icu_locale, u_errorName (status));
      g_clear_pointer (&format, udat_close);
      return NULL;
    }

  self->date_formats[style] = format;
  return format;
}

/**
 * daftar_format_date:
 * @day: a (Gregorian) day
 * @style: how to write it
 *
 * Formats a day in the formatter's calendar.  2025-03-21 in %DAFTAR_DATE_STYLE_LONG is
 * "March 21, 2025" (en_US, Gregorian), "۱ فروردین ۱۴۰۴" (fa_IR, Persian),
 * "٢١ مارس ٢٠٢٥" (ar_EG, Gregorian) and "٢١ رمضان ١٤٤٦ هـ" (ar_SA, Umm al-Qura).
 * See #DaftarDateStyle for the other styles; %DAFTAR_DATE_STYLE_NUMERIC is what
 * daftar_format_parse_date() reads back.
 *
 * Returns: (transfer full): the formatted day
 */
char *
daftar_format_date (DaftarFormat    *self,
                    const GDate     *day,
                    DaftarDateStyle  style)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[ICU_BUFFER_SIZE];
  UDateFormat *format;
  int32_t length = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (style < DAFTAR_N_DATE_STYLES, NULL);

  g_mutex_lock (&self->lock);
  format = get_date_format_locked (self, style);
  if (format != NULL)
    length = udat_format (format, day_to_udate (day), buffer, ICU_BUFFER_SIZE, NULL, &status);
  else
    status = U_INTERNAL_PROGRAM_ERROR;
  g_mutex_unlock (&self->lock);

  return icu_result (buffer, length, status, "a date");
}

/**
 * daftar_format_time:
 * @utc: a moment, in seconds since the epoch
 * @offset: the offset from UTC, in seconds, of the clock to read it on
 *
 * Formats the time of day on a 24-hour clock, with two-digit hours, in the locale's digits:
 * "09:30", "۰۹:۳۰", "٠٩:٣٠".  Daftar's time fields read this form back.
 *
 * Returns: (transfer full): the formatted time
 */
char *
daftar_format_time (DaftarFormat *self,
                    gint64        utc,
                    gint32        offset)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[ICU_BUFFER_SIZE];
  int32_t length = 0;

  g_return_val_if_fail (self != NULL, NULL);

  g_mutex_lock (&self->lock);
  if (self->time_format == NULL)
    self->time_format = open_pattern_format (self, u"HH:mm", -1, &status);
  if (U_SUCCESS (status))
    length = udat_format (self->time_format, ((double) utc + offset) * 1000.0,
                          buffer, ICU_BUFFER_SIZE, NULL, &status);
  else
    g_clear_pointer (&self->time_format, udat_close);
  g_mutex_unlock (&self->lock);

  return icu_result (buffer, length, status, "a time");
}

static char *
format_interval (DaftarFormat *self,
                 const UChar  *skeleton,
                 const GDate  *first,
                 const GDate  *last)
{
  UErrorCode status = U_ZERO_ERROR;
  UDateIntervalFormat *format;
  UChar buffer[ICU_BUFFER_SIZE];
  int32_t length = 0;

  format = udtitvfmt_open (self->icu_locale, skeleton, -1, u"UTC", -1, &status);
  if (U_SUCCESS (status))
    length = udtitvfmt_format (format, day_to_udate (first), day_to_udate (last),
                               buffer, ICU_BUFFER_SIZE, NULL, &status);
  g_clear_pointer (&format, udtitvfmt_close);

  return icu_result (buffer, length, status, "a period");
}

/* The month's name, "فروردین", as a date pattern writes it. */
static char *
format_month_name (DaftarFormat *self,
                   const GDate  *day)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buffer[ICU_BUFFER_SIZE];
  UDateFormat *format;
  int32_t length = 0;

  format = open_pattern_format (self, u"MMMM", -1, &status);
  if (U_SUCCESS (status))
    length = udat_format (format, day_to_udate (day), buffer, ICU_BUFFER_SIZE, NULL, &status);
  g_clear_pointer (&format, udat_close);

  return icu_result (buffer, length, status, "a month");
}

/* Whether a label of whole months names both months.  CLDR 42 writes Persian month ranges
 * as "LLLL تا MMMM y", which ICU 72 reads as one field, not two, and so fills with the first
 * month twice: "فروردین تا فروردین ۱۴۰۴" for Farvardin to Khordad. */
static gboolean
names_both_months (DaftarFormat *self,
                   const char   *label,
                   const GDate  *first,
                   const GDate  *last)
{
  g_autofree char *first_name = format_month_name (self, first);
  g_autofree char *last_name = format_month_name (self, last);
  const char *found;

  if (first_name[0] == '\0' || last_name[0] == '\0')
    return FALSE;

  if (strcmp (first_name, last_name) != 0)
    return strstr (label, first_name) != NULL && strstr (label, last_name) != NULL;

  found = strstr (label, first_name);
  return found != NULL && strstr (found + strlen (first_name), last_name) != NULL;
}

static gboolean
is_first_of_month (DaftarCalendar  calendar,
                   const GDate    *day,
                   int            *out_month)
{
  int year, month, day_of_month;

  daftar_calendar_to_ymd (calendar, day, &year, &month, &day_of_month);
  *out_month = month;
  return day_of_month == 1;
}

/**
 * daftar_format_period_label:
 * @first: (nullable): the first day of a period, inclusive, or %NULL (or an invalid
 *   date) for no bound
 * @last: (nullable): the last day, inclusive, or %NULL (or an invalid date) for no bound
 *
 * Names a period in the formatter's calendar, as short as the period allows:
 *
 * - one day: the long date, "March 21, 2025";
 * - one whole month: "March 2025", "فروردین ۱۴۰۴", "رمضان ١٤٤٦ هـ";
 * - whole months: "January – March 2025"; in Persian, where ICU 72 cannot write a range
 *   of months, with their days: "۱ فروردین تا ۳۱ خرداد ۱۴۰۴";
 * - one whole year: "2025", "۱۴۰۴"; whole years: "2024 – 2025";
 * - other days: "Mar 21 – Apr 20, 2025", "۱ تا ۱۵ فروردین ۱۴۰۴";
 * - no bounds: "All time"; one bound: "Since …" or "Until …".
 *
 * Returns: (transfer full): the label
 */
char *
daftar_format_period_label (DaftarFormat *self,
                            const GDate  *first,
                            const GDate  *last)
{
  gboolean has_first = first != NULL && g_date_valid (first);
  gboolean has_last = last != NULL && g_date_valid (last);
  g_autofree char *date = NULL;
  GDate after, period_first, period_last;
  int first_month, after_month;

  g_return_val_if_fail (self != NULL, NULL);

  if (!has_first && !has_last)
    return g_strdup (_("All time"));

  if (!has_last)
    {
      date = daftar_format_date (self, first, DAFTAR_DATE_STYLE_LONG);
      /* Translators: a period without an end; %s is a date such as "March 21, 2025". */
      return g_strdup_printf (_("Since %s"), date);
    }

  if (!has_first)
    {
      date = daftar_format_date (self, last, DAFTAR_DATE_STYLE_LONG);
      /* Translators: a period without a start; %s is a date such as "March 21, 2025". */
      return g_strdup_printf (_("Until %s"), date);
    }

  g_return_val_if_fail (g_date_compare (first, last) <= 0, NULL);

  if (g_date_compare (first, last) == 0)
    return daftar_format_date (self, first, DAFTAR_DATE_STYLE_LONG);

  after = *last;
  if (g_date_get_julian (&after) < G_MAXUINT32 - 1)
    g_date_add_days (&after, 1);

  if (!is_first_of_month (self->calendar, first, &first_month) ||
      !is_first_of_month (self->calendar, &after, &after_month))
    return format_interval (self, u"yMMMd", first, last);

  /* Whole years: one, or several. */
  if (first_month == 1 && after_month == 1)
    {
      if (daftar_period_resolve (DAFTAR_PERIOD_THIS_YEAR, self->calendar, self->locale, first,
                                 &period_first, &period_last) &&
          g_date_compare (&period_last, last) == 0)
        return daftar_format_date (self, first, DAFTAR_DATE_STYLE_YEAR);

      return format_interval (self, u"y", first, last);
    }

  /* Whole months: one, or several. */
  if (daftar_period_resolve (DAFTAR_PERIOD_THIS_MONTH, self->calendar, self->locale, first,
                             &period_first, &period_last) &&
      g_date_compare (&period_last, last) == 0)
    return daftar_format_date (self, first, DAFTAR_DATE_STYLE_MONTH_YEAR);

  {
    g_autofree char *label = format_interval (self, u"yMMMM", first, last);

    if (names_both_months (self, label, first, last))
      return g_steal_pointer (&label);
  }

  return format_interval (self, u"yMMMMd", first, last);
}

/* Reads 1 to @max_digits ASCII digits. */
static gboolean
read_number (const char **pp,
             guint        max_digits,
             int         *out)
{
  const char *p = *pp;
  int value = 0;
  guint n = 0;

  for (; g_ascii_isdigit (*p) && n < max_digits; p++, n++)
    value = value * 10 + (*p - '0');

  if (n == 0 || g_ascii_isdigit (*p))
    return FALSE;

  *pp = p;
  *out = value;
  return TRUE;
}

static gboolean
is_date_separator (char c)
{
  return c == '-' || c == '/' || c == '.';
}

static void
set_format_error (DaftarFormat  *self,
                  GError       **error)
{
  g_autofree char *example = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, EXAMPLE_DAY, EXAMPLE_MONTH, EXAMPLE_YEAR);
  example = daftar_format_date (self, &day, DAFTAR_DATE_STYLE_NUMERIC);

  g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
               /* Translators: %s is an example date in the user's calendar and digits,
                * such as 2025-03-21 or ۱۴۰۴/۰۱/۰۱. */
               _("Type the date as year, month and day, for example %s."), example);
}

/**
 * daftar_format_parse_date:
 * @text: a date as the user typed it
 * @out: (out caller-allocates): the (Gregorian) day
 * @error: return location for a #GError
 *
 * Reads a date typed year first, in the formatter's calendar: the year (four digits), the
 * month and the day (one or two digits each), separated by "-", "/" or ".", in Latin,
 * Persian or Arabic-Indic digits (see daftar_digits_normalize()).  With the Persian
 * calendar "۱۴۰۴/۰۱/۰۱" is 2025-03-21; with Umm al-Qura "1446-09-21" is the same day.
 *
 * In the Persian and Umm al-Qura calendars, a year of 1700 or more is a Gregorian year,
 * so an ISO date pasted from elsewhere ("2025-03-21") means what it says; years before
 * 1700 are years of the calendar.  With the Gregorian calendar every year is Gregorian.
 *
 * Dates that do not exist, such as 30 Esfand 1402 (a common year), and days before 1970 or
 * after 9999 are refused with %DAFTAR_VALIDATION_ERROR_DATE and a message that says why.
 *
 * Returns: %TRUE on success; @out is written only then
 */
gboolean
daftar_format_parse_date (DaftarFormat  *self,
                          const char    *text,
                          GDate         *out,
                          GError       **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *excerpt = NULL;
  DaftarCalendar calendar;
  const char *p;
  int year, month, day, n_days;
  GDate result;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  normal = text != NULL ? daftar_digits_normalize (text) : NULL;
  p = normal;

  if (p == NULL ||
      strspn (p, "0123456789") != 4 ||
      !read_number (&p, 4, &year) || !is_date_separator (*p++) ||
      !read_number (&p, 2, &month) || !is_date_separator (*p++) ||
      !read_number (&p, 2, &day) || *p != '\0')
    {
      set_format_error (self, error);
      return FALSE;
    }

  calendar = self->calendar;
  if (year >= FIRST_GREGORIAN_YEAR_TYPED)
    calendar = DAFTAR_CALENDAR_GREGORIAN;

  excerpt = daftar_text_isolate_n (text, DAFTAR_EXCERPT_MAX_CHARS);

  if (!daftar_calendar_from_ymd (calendar, year, month, day, &result))
    {
      n_days = daftar_calendar_days_in_month (calendar, year, month);

      if (n_days > 0 && day > n_days)
        {
          g_autofree char *count = daftar_format_integer (self, n_days);

          g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                       g_dngettext (GETTEXT_PACKAGE,
                                    /* Translators: the first %s is what the user typed, in
                                     * quotes; the second is a number of days, 29 to 31,
                                     * in the user's digits. */
                                    "“%s” is not a date: that month has %s day.",
                                    "“%s” is not a date: that month has %s days.",
                                    n_days),
                       excerpt, count);
        }
      else
        {
          g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                       _("%s is not a date on the calendar."), excerpt);
        }
      return FALSE;
    }

  if (g_date_get_year (&result) < LEDGER_FIRST_YEAR ||
      g_date_get_year (&result) > LEDGER_LAST_YEAR)
    {
      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                   /* Translators: %s is what the user typed, in quotes. */
                   _("“%s” is too far in the past or the future for the ledger."), excerpt);
      return FALSE;
    }

  *out = result;
  return TRUE;
}
