/* daftar-money.c — money as integer minor units with an ISO 4217 code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "daftar-money"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include "daftar-digits.h"
#include "daftar-format.h"
#include "daftar-text.h"
#include "daftar-money.h"

/* Magnitudes are handled as unsigned so that G_MININT64, whose magnitude does not fit in
 * a gint64, needs no special case. */

#define N_CODES (26 * 26 * 26)

typedef enum
{
  SHAPE_OK,
  SHAPE_MALFORMED,
  SHAPE_BAD_GROUPING,
} NumberShape;

G_DEFINE_QUARK (daftar-money-error-quark, daftar_money_error)

/* One bit per possible three-letter code, filled once from ICU. */
static guint8 known_currencies[(N_CODES + 7) / 8];

/* Which codes count as currencies, decided once:
 *
 * - the code is in ICU's list of ISO 4217 codes marked "common" (UCURR_COMMON).  That list
 *   holds current and withdrawn currencies (EUR, IRR, DEM) and leaves out what ICU marks
 *   "uncommon": the codes that are not money one invoices in — XXX (no currency),
 *   XTS (testing), precious metals (XAU, XAG, XPT, XPD), funds and units of account
 *   (USN, BOV, CHE, CHW, CLF, COU, MXV, UYI, UYW), XDR and similar;
 * - and CLDR knows it as legal tender in some region at some time (ucurr_isAvailable over
 *   all dates).
 */
static void
load_known_currencies (void)
{
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *codes;
  const char *code;
  int32_t length;

  codes = ucurr_openISOCurrencies (UCURR_COMMON, &status);
  if (U_FAILURE (status))
    {
      g_warning ("Cannot list currencies from ICU: %s", u_errorName (status));
      return;
    }

  while ((code = uenum_next (codes, &length, &status)) != NULL && U_SUCCESS (status))
    {
      UErrorCode available_status = U_ZERO_ERROR;
      UChar ucode[4] = { code[0], code[1], code[2], 0 };
      guint index;

      if (length != 3
          || !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]) || !g_ascii_isupper (code[2]))
        continue;

      if (!ucurr_isAvailable (ucode, U_DATE_MIN, U_DATE_MAX, &available_status)
          || U_FAILURE (available_status))
        continue;

      index = (code[0] - 'A') * 26 * 26 + (code[1] - 'A') * 26 + (code[2] - 'A');
      known_currencies[index / 8] |= 1 << (index % 8);
    }

  if (U_FAILURE (status))
    g_warning ("Cannot list currencies from ICU: %s", u_errorName (status));

  uenum_close (codes);
}

/**
 * daftar_currency_is_valid:
 * @code: a currency code
 *
 * Checks that @code is a currency Daftar can keep amounts in: exactly three upper-case ASCII
 * letters naming a current or withdrawn ISO 4217 currency that ICU knows as legal tender.
 * Codes that are not money (XXX, XTS, XAU and the other metals, funds codes such as USN)
 * are not valid.
 *
 * The check is strict on purpose: “usd” is not valid.  Use daftar_currency_normalize() on
 * what the user typed.
 *
 * Returns: %TRUE if @code is a valid currency code
 */
gboolean
daftar_currency_is_valid (const char *code)
{
  static gsize loaded = 0;
  guint index;

  g_return_val_if_fail (code != NULL, FALSE);

  if (!g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1])
      || !g_ascii_isupper (code[2]) || code[3] != '\0')
    return FALSE;

  if (g_once_init_enter (&loaded))
    {
      load_known_currencies ();
      g_once_init_leave (&loaded, 1);
    }

  index = (code[0] - 'A') * 26 * 26 + (code[1] - 'A') * 26 + (code[2] - 'A');

  return (known_currencies[index / 8] & (1 << (index % 8))) != 0;
}

/**
 * daftar_currency_get_decimals:
 * @code: a currency code
 *
 * Gets how many digits after the decimal point amounts in @code have, which is also the
 * power of ten between a major and a minor unit.  The number is ICU's (CLDR's) default, which
 * can differ from ISO 4217: ICU says 0 for IRR, where ISO says 2.
 *
 * Returns: the number of decimals (0–3 for every currency in use), or -1 if @code is not a
 *   valid currency code
 */
int
daftar_currency_get_decimals (const char *code)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar ucode[4];
  int32_t decimals;

  g_return_val_if_fail (code != NULL, -1);

  if (!daftar_currency_is_valid (code))
    return -1;

  for (guint i = 0; i < 4; i++)
    ucode[i] = code[i];

  decimals = ucurr_getDefaultFractionDigits (ucode, &status);
  if (U_FAILURE (status) || decimals < 0)
    {
      g_warning ("ICU has no decimals for currency %s: %s", code, u_errorName (status));
      return -1;
    }

  return decimals;
}

static void
set_unknown_currency_error (GError     **error,
                            const char  *text)
{
  g_autofree char *excerpt = daftar_text_isolate_n (text, DAFTAR_EXCERPT_MAX_CHARS);

  g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY,
               /* Translators: %s is what the user typed, in quotes. Keep EUR and USD. */
               _("“%s” is not a known currency code. Type a three-letter code, like EUR or USD."),
               excerpt);
}

/**
 * daftar_currency_normalize:
 * @text: a currency code as the user typed it
 * @out_code: (out caller-allocates): where to store the code, NUL-terminated
 * @error: return location for a #GError
 *
 * Turns what the user typed, such as “ usd”, into a valid currency code, “USD”: surrounding
 * spaces and bidi marks are removed and letters are upper-cased.  @out_code is written only
 * on success.
 *
 * Returns: %TRUE on success, %FALSE with @error set to
 *   %DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY otherwise
 */
gboolean
daftar_currency_normalize (const char  *text,
                           char         out_code[4],
                           GError     **error)
{
  g_autofree char *normal = NULL;
  char code[4];

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  normal = daftar_digits_normalize (text);

  if (normal == NULL)
    {
      g_set_error_literal (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY,
                           /* Translators: keep EUR and USD. */
                           _("The currency code contains characters that can’t be read. "
                             "Type a three-letter code, like EUR or USD."));
      return FALSE;
    }

  if (*normal == '\0')
    {
      g_set_error_literal (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY,
                           /* Translators: keep EUR and USD. */
                           _("A currency code is needed. "
                             "Type a three-letter code, like EUR or USD."));
      return FALSE;
    }

  if (strlen (normal) != 3)
    {
      set_unknown_currency_error (error, text);
      return FALSE;
    }

  for (guint i = 0; i < 4; i++)
    code[i] = g_ascii_toupper (normal[i]);

  if (!daftar_currency_is_valid (code))
    {
      set_unknown_currency_error (error, text);
      return FALSE;
    }

  memcpy (out_code, code, sizeof code);

  return TRUE;
}

/* A DaftarMoney may come from anywhere; don't trust its currency to be NUL-terminated. */
static gboolean
money_has_valid_currency (const DaftarMoney *money)
{
  return money->currency[3] == '\0' && daftar_currency_is_valid (money->currency);
}

/* Checks the shape of an unsigned amount: digits, optionally grouped in threes by commas
 * (“1,234”), then optionally a point and at least one digit (“12.5”, “.5”, not “12.”).
 * Misplaced commas get their own answer so the user can be told how grouping works. */
static NumberShape
split_amount (const char  *text,
              const char **int_end,
              const char **frac_begin,
              const char **frac_end)
{
  const char *p = text;
  guint n_digits = 0;
  guint n_commas = 0;
  guint group_length = 0;

  if (text[strspn (text, "0123456789,.")] != '\0')
    return SHAPE_MALFORMED;

  for (; g_ascii_isdigit (*p) || *p == ','; p++)
    {
      if (*p == ',')
        {
          /* The first group has 1–3 digits, every later group exactly three. */
          if (group_length == 0 || group_length > 3 || (n_commas > 0 && group_length != 3))
            return SHAPE_BAD_GROUPING;
          n_commas++;
          group_length = 0;
        }
      else
        {
          n_digits++;
          group_length++;
        }
    }

  if (n_commas > 0 && group_length != 3)
    return SHAPE_BAD_GROUPING;

  *int_end = p;
  *frac_begin = *frac_end = p;

  if (*p == '.')
    {
      *frac_begin = ++p;
      while (g_ascii_isdigit (*p))
        p++;
      *frac_end = p;

      if (*frac_end == *frac_begin)
        return SHAPE_MALFORMED;
    }
  else if (n_digits == 0)
    {
      return SHAPE_MALFORMED;
    }

  /* What is left is a second point, or a comma after the point as in “1.234,5”. */
  if (*p != '\0')
    return strchr (p, ',') != NULL ? SHAPE_BAD_GROUPING : SHAPE_MALFORMED;

  return SHAPE_OK;
}

/* magnitude = magnitude * 10 + digit, failing above limit. */
static gboolean
push_digit (guint64  *magnitude,
            char      digit,
            guint64   limit)
{
  guint64 value;

  if (__builtin_mul_overflow (*magnitude, 10, &value)
      || __builtin_add_overflow (value, (guint64) (digit - '0'), &value)
      || value > limit)
    return FALSE;

  *magnitude = value;

  return TRUE;
}

/* The data files' form: Latin digits, and a point with digits after it (“25.00”). */
static gboolean
is_plain_decimal (const char *text)
{
  const char *p = text;

  while (g_ascii_isdigit (*p))
    p++;
  if (p != text && *p == '.')
    {
      const char *frac = ++p;

      while (g_ascii_isdigit (*p))
        p++;
      if (p == frac)
        return FALSE;
    }
  return p != text && *p == '\0';
}

/**
 * daftar_money_parse:
 * @text: an amount as the user typed it
 * @currency: a valid currency code, see daftar_currency_normalize()
 * @flags: #DaftarMoneyParseFlags
 * @out: (out caller-allocates): where to store the amount
 * @error: return location for a #GError
 *
 * Parses an amount typed in ASCII, Persian or Arabic-Indic digits (see
 * daftar_digits_normalize()) into minor units of @currency.  Accepted: “12”, “12.5”,
 * “1,234.50”, “.5”, “۱٬۲۳۴٫۵۰”, “١٢٫٥”, with an optional leading “+”, and a leading “-”
 * only with %DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE.  Commas may only separate groups of three
 * digits before the decimal point.  Letters, currency symbols and inner spaces are
 * rejected.  With %DAFTAR_MONEY_PARSE_PLAIN only the data files' form is: Latin digits,
 * with no sign or commas, and a point only with digits after it (“25.00”).
 *
 * Nothing is rounded: an amount with more decimals than @currency has, even trailing zeros
 * (“12.340” for USD), is %DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS.
 *
 * The first problem found is reported, in this order: %DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY,
 * %DAFTAR_MONEY_ERROR_MALFORMED (including empty input and invalid UTF-8),
 * %DAFTAR_MONEY_ERROR_NEGATIVE (“-0” counts), %DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS,
 * %DAFTAR_MONEY_ERROR_OVERFLOW.  @out is written only on success.  The numbers in an
 * error's message are written with @format (%NULL: Latin digits).
 *
 * Returns: %TRUE on success
 */
gboolean
daftar_money_parse (const char             *text,
                    const char             *currency,
                    DaftarMoneyParseFlags   flags,
                    DaftarMoney            *out,
                    DaftarFormat           *format,
                    GError                **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *excerpt = NULL;
  const char *number;
  const char *int_end;
  const char *frac_begin;
  const char *frac_end;
  gboolean negative = FALSE;
  guint64 magnitude = 0;
  guint64 limit;
  int decimals;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  decimals = daftar_currency_get_decimals (currency);
  if (decimals < 0)
    {
      set_unknown_currency_error (error, currency);
      return FALSE;
    }

  normal = daftar_digits_normalize (text);

  if (normal == NULL)
    {
      g_set_error_literal (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_MALFORMED,
                           /* Translators: keep the example amount as it is. */
                           _("The amount contains characters that can’t be read. "
                             "Type digits, optionally with a decimal point, like 12.50."));
      return FALSE;
    }

  if (*normal == '\0')
    {
      g_set_error_literal (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_MALFORMED,
                           /* Translators: keep the example amount as it is. */
                           _("An amount is needed. "
                             "Type digits, optionally with a decimal point, like 12.50."));
      return FALSE;
    }

  excerpt = daftar_text_isolate_n (text, DAFTAR_EXCERPT_MAX_CHARS);

  number = normal;
  if (*number == '+' || *number == '-')
    {
      negative = *number == '-';
      number++;
    }

  switch ((flags & DAFTAR_MONEY_PARSE_PLAIN) && !is_plain_decimal (text)
          ? SHAPE_MALFORMED
          : split_amount (number, &int_end, &frac_begin, &frac_end))
    {
    case SHAPE_OK:
      break;

    case SHAPE_BAD_GROUPING:
      g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_MALFORMED,
                   /* Translators: %s is what the user typed, in quotes.
                    * Keep the example amount as it is. */
                   _("“%s” has a thousands separator in the wrong place. "
                     "Commas go between groups of three digits, like 1,234.50."),
                   excerpt);
      return FALSE;

    case SHAPE_MALFORMED:
    default:
      g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_MALFORMED,
                   /* Translators: %s is what the user typed, in quotes.
                    * Keep the example amount as it is. */
                   _("“%s” is not an amount. "
                     "Type digits, optionally with a decimal point, like 12.50."),
                   excerpt);
      return FALSE;
    }

  if (negative && !(flags & DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE))
    {
      g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_NEGATIVE,
                   /* Translators: %s is what the user typed, in quotes. */
                   _("This amount can’t be negative. Remove the minus sign from “%s”."),
                   excerpt);
      return FALSE;
    }

  if (frac_end - frac_begin > decimals)
    {
      if (decimals == 0)
        g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS,
                     /* Translators: the first %s is what the user typed, in quotes; the
                      * second is a currency code such as JPY. */
                     _("“%s” has digits after the decimal point, but %s amounts are whole "
                       "numbers. Type a whole number."),
                     excerpt, currency);
      else
        {
          g_autofree char *most = daftar_format_integer (format, decimals);

          g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS,
                       g_dngettext (GETTEXT_PACKAGE,
                                    /* Translators: the first %s is what the user typed, in
                                     * quotes; the second is a currency code such as USD; the
                                     * third a number, 1 or more. */
                                    "“%s” has too many digits after the decimal point. "
                                    "%s amounts have at most %s.",
                                    "“%s” has too many digits after the decimal point. "
                                    "%s amounts have at most %s.",
                                    decimals),
                       excerpt, currency, most);
        }
      return FALSE;
    }

  limit = negative ? DAFTAR_INT64_MAGNITUDE_MAX_NEGATIVE : DAFTAR_INT64_MAGNITUDE_MAX_POSITIVE;

  for (const char *p = number; p < int_end; p++)
    {
      if (*p != ',' && !push_digit (&magnitude, *p, limit))
        goto overflow;
    }

  /* Scale to minor units: “1.5” in a 2-decimal currency is 1 then 5 then 0. */
  for (int i = 0; i < decimals; i++)
    {
      char digit = frac_begin + i < frac_end ? frac_begin[i] : '0';

      if (!push_digit (&magnitude, digit, limit))
        goto overflow;
    }

  out->minor = daftar_int64_from_magnitude (magnitude, negative);
  memcpy (out->currency, currency, 4);

  return TRUE;

overflow:
  g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_OVERFLOW,
               /* Translators: %s is what the user typed, in quotes. */
               _("“%s” is too large. Type a smaller amount."),
               excerpt);
  return FALSE;
}

/**
 * daftar_money_to_decimal_string:
 * @money: an amount with a valid currency
 *
 * Formats @money for storage and exchange, not for display: ASCII digits, a point before
 * the decimals, no grouping, a leading “-” if negative, and exactly as many decimals as the
 * currency has — “1234.50” and “-3.07” for USD, “12” for JPY, “1.250” for KWD.  The result
 * does not depend on the locale.
 *
 * Returns: (transfer full): the decimal string, or %NULL if the currency is not valid
 */
char *
daftar_money_to_decimal_string (const DaftarMoney *money)
{
  guint64 magnitude;
  guint64 scale = 1;
  int decimals;

  g_return_val_if_fail (money != NULL, NULL);
  g_return_val_if_fail (money_has_valid_currency (money), NULL);

  decimals = daftar_currency_get_decimals (money->currency);
  g_return_val_if_fail (decimals >= 0, NULL);

  for (int i = 0; i < decimals; i++)
    scale *= 10;

  magnitude = daftar_int64_magnitude (money->minor);

  if (decimals == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT,
                            money->minor < 0 ? "-" : "", magnitude);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT,
                          money->minor < 0 ? "-" : "",
                          magnitude / scale, decimals, magnitude % scale);
}

/**
 * daftar_money_init:
 * @money: (out caller-allocates): the amount to set
 * @minor: the amount in minor units of @currency
 * @currency: a valid currency code
 * @error: return location for a #GError
 *
 * Sets @money to @minor units of @currency after checking the currency.  @money is written
 * only on success.
 *
 * Returns: %TRUE on success, %FALSE with %DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY otherwise
 */
gboolean
daftar_money_init (DaftarMoney  *money,
                   gint64        minor,
                   const char   *currency,
                   GError      **error)
{
  g_return_val_if_fail (money != NULL, FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!daftar_currency_is_valid (currency))
    {
      set_unknown_currency_error (error, currency);
      return FALSE;
    }

  money->minor = minor;
  memcpy (money->currency, currency, 4);

  return TRUE;
}

static gboolean
check_same_currency (const DaftarMoney  *a,
                     const DaftarMoney  *b,
                     GError            **error)
{
  if (!money_has_valid_currency (a) || !money_has_valid_currency (b))
    {
      char code[4];

      /* Show whichever code is bad, without trusting it to be terminated. */
      memcpy (code, money_has_valid_currency (a) ? b->currency : a->currency, 3);
      code[3] = '\0';
      set_unknown_currency_error (error, code);
      return FALSE;
    }

  if (strcmp (a->currency, b->currency) != 0)
    {
      g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_CURRENCY_MISMATCH,
                   /* Translators: both %s are currency codes, such as EUR and USD. */
                   _("Amounts in %s and %s can’t be combined. Convert one of them first."),
                   a->currency, b->currency);
      return FALSE;
    }

  return TRUE;
}

static void
set_result_overflow_error (GError **error)
{
  g_set_error_literal (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_OVERFLOW,
                       _("The result is too large to be stored."));
}

typedef gboolean (*CheckedOp) (gint64  a,
                               gint64  b,
                               gint64 *out);

/* a op b for two amounts of one currency; @out is written only on success. */
static gboolean
combine (const DaftarMoney  *a,
         const DaftarMoney  *b,
         CheckedOp           op,
         DaftarMoney        *out,
         GError            **error)
{
  gint64 result;

  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_same_currency (a, b, error))
    return FALSE;

  if (!op (a->minor, b->minor, &result))
    {
      set_result_overflow_error (error);
      return FALSE;
    }

  memmove (out->currency, a->currency, 4);
  out->minor = result;

  return TRUE;
}

/**
 * daftar_money_add:
 * @a: an amount
 * @b: an amount in the same currency
 * @out: (out caller-allocates): where to store @a + @b; may be @a or @b
 * @error: return location for a #GError
 *
 * Adds two amounts of the same currency, failing instead of wrapping around.  @out is
 * written only on success.
 *
 * Returns: %TRUE on success, %FALSE with %DAFTAR_MONEY_ERROR_CURRENCY_MISMATCH,
 *   %DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY or %DAFTAR_MONEY_ERROR_OVERFLOW otherwise
 */
gboolean
daftar_money_add (const DaftarMoney  *a,
                  const DaftarMoney  *b,
                  DaftarMoney        *out,
                  GError            **error)
{
  return combine (a, b, daftar_int64_add_checked, out, error);
}

/**
 * daftar_money_sub:
 * @a: an amount
 * @b: an amount in the same currency
 * @out: (out caller-allocates): where to store @a − @b; may be @a or @b
 * @error: return location for a #GError
 *
 * Subtracts @b from @a, failing instead of wrapping around.  @out is written only on
 * success.
 *
 * Returns: %TRUE on success, %FALSE with %DAFTAR_MONEY_ERROR_CURRENCY_MISMATCH,
 *   %DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY or %DAFTAR_MONEY_ERROR_OVERFLOW otherwise
 */
gboolean
daftar_money_sub (const DaftarMoney  *a,
                  const DaftarMoney  *b,
                  DaftarMoney        *out,
                  GError            **error)
{
  return combine (a, b, daftar_int64_sub_checked, out, error);
}
