/* test-money.c — tests for daftar-money
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-money"

#include <string.h>

#include <glib.h>

#include "daftar-money.h"

typedef struct
{
  const char *text;
  const char *currency;
  gint64      minor;
} ParseCase;

/* Every accepted form, in ASCII; the script tests rewrite them in Persian and Arabic-Indic. */
static const ParseCase accepted[] = {
  { "12", "USD", 1200 },
  { "12.5", "USD", 1250 },
  { "12.50", "USD", 1250 },
  { "1,234.50", "USD", 123450 },
  { "1234.5", "USD", 123450 },
  { ".5", "USD", 50 },
  { "0.05", "USD", 5 },
  { "0", "USD", 0 },
  { "0.00", "USD", 0 },
  { "007", "USD", 700 },
  { "+12", "USD", 1200 },
  { "+.5", "USD", 50 },
  { "1,234", "USD", 123400 },
  { "12,345,678.90", "USD", 1234567890 },
  { "999", "USD", 99900 },
  { "12", "JPY", 12 },
  { "1,234", "JPY", 1234 },
  { "1.250", "KWD", 1250 },
  { "1.5", "KWD", 1500 },
  { ".001", "KWD", 1 },
  { "1,000.125", "KWD", 1000125 },
  { "12", "IRR", 12 },
  { "1,500,000", "IRR", 1500000 },
  { "12.34", "EUR", 1234 },
  { "12.3", "GBP", 1230 },
};

static void
assert_parses (const char            *text,
               const char            *currency,
               DaftarMoneyParseFlags  flags,
               gint64                 expected)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney money = { 0 };
  gboolean ok;

  ok = daftar_money_parse (text, currency, flags, &money, NULL, &error);

  if (!ok || money.minor != expected)
    g_test_message ("parsing “%s” as %s", text, currency);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (money.minor, ==, expected);
  g_assert_cmpstr (money.currency, ==, currency);
}

/* Returns the message so callers can look at it. */
static char *
assert_parse_fails (const char            *text,
                    const char            *currency,
                    DaftarMoneyParseFlags  flags,
                    DaftarMoneyError       code)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney money = { 4242, "ABC" };
  gboolean ok;

  ok = daftar_money_parse (text, currency, flags, &money, NULL, &error);

  if (ok || !g_error_matches (error, DAFTAR_MONEY_ERROR, (int) code))
    g_test_message ("parsing “%s” as %s", text, currency);
  g_assert_error (error, DAFTAR_MONEY_ERROR, (int) code);
  g_assert_false (ok);
  /* Failure leaves the output alone. */
  g_assert_cmpint (money.minor, ==, 4242);
  g_assert_cmpstr (money.currency, ==, "ABC");
  /* Every message is safe to show. */
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), >, 0);

  return g_strdup (error->message);
}

/* Rewrites ASCII digits, point and comma in another script. */
static char *
to_script (const char *ascii,
           gunichar    zero)
{
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_unichar (out, zero + (*p - '0'));
      else if (*p == '.')
        g_string_append_unichar (out, 0x066B);  /* ARABIC DECIMAL SEPARATOR */
      else if (*p == ',')
        g_string_append_unichar (out, 0x066C);  /* ARABIC THOUSANDS SEPARATOR */
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Currencies */

static void
test_currency_valid (void)
{
  static const char * const valid[] = {
    "USD", "EUR", "JPY", "KWD", "IRR", "GBP", "CHF", "BHD", "AFN",
    "XOF", "XAF", "XCD", "XPF",  /* real currencies whose codes start with X */
    "DEM", "FRF", "IRR",         /* withdrawn but once legal tender */
  };
  static const char * const invalid[] = {
    "", "U", "US", "USDX", "USD ", " USD",
    "usd", "Usd", "uSD",                         /* only the canonical form */
    "XXX", "XTS",                                /* no currency, testing */
    "XAU", "XAG", "XPT", "XPD",                  /* metals */
    "XDR", "XBA", "XUA", "XSU",                  /* units of account */
    "USN", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "UYI", "UYW",  /* funds */
    "ZZZ", "ABC", "AAA", "123", "U$D", "ÜSD",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      if (!daftar_currency_is_valid (valid[i]))
        g_test_message ("%s", valid[i]);
      g_assert_true (daftar_currency_is_valid (valid[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      if (daftar_currency_is_valid (invalid[i]))
        g_test_message ("“%s”", invalid[i]);
      g_assert_false (daftar_currency_is_valid (invalid[i]));
      g_assert_cmpint (daftar_currency_get_decimals (invalid[i]), ==, -1);
    }
}

static void
test_currency_decimals (void)
{
  g_assert_cmpint (daftar_currency_get_decimals ("USD"), ==, 2);
  g_assert_cmpint (daftar_currency_get_decimals ("EUR"), ==, 2);
  g_assert_cmpint (daftar_currency_get_decimals ("GBP"), ==, 2);
  g_assert_cmpint (daftar_currency_get_decimals ("JPY"), ==, 0);
  g_assert_cmpint (daftar_currency_get_decimals ("KWD"), ==, 3);
  g_assert_cmpint (daftar_currency_get_decimals ("BHD"), ==, 3);
  /* ISO 4217 says 2, but CLDR (ICU 72) says 0: the rial has no minor unit in practice. */
  g_assert_cmpint (daftar_currency_get_decimals ("IRR"), ==, 0);
  g_assert_cmpint (daftar_currency_get_decimals ("ZZZ"), ==, -1);
  g_assert_cmpint (daftar_currency_get_decimals ("XXX"), ==, -1);
  g_assert_cmpint (daftar_currency_get_decimals ("usd"), ==, -1);
}

static void
assert_normalizes (const char *text,
                   const char *expected)
{
  g_autoptr(GError) error = NULL;
  char code[4] = "???";

  g_assert_true (daftar_currency_normalize (text, code, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (code, ==, expected);
}

static char *
assert_normalize_fails (const char *text)
{
  g_autoptr(GError) error = NULL;
  char code[4] = "ABC";

  g_assert_false (daftar_currency_normalize (text, code, &error));
  g_assert_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY);
  g_assert_cmpstr (code, ==, "ABC");
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return g_strdup (error->message);
}

static void
test_currency_normalize (void)
{
  static const char * const bad[] = { "US", "USDX", "XXX", "XAU", "ZZZ", "12", "U S D", "ÜSD" };
  g_autofree char *long_text = NULL;
  g_autofree char *message = NULL;

  assert_normalizes ("USD", "USD");
  assert_normalizes ("usd", "USD");
  assert_normalizes ("Eur", "EUR");
  assert_normalizes ("  jpy\t", "JPY");
  assert_normalizes ("\u200Ekwd\u200F", "KWD");
  assert_normalizes ("\u00A0irr\u202F", "IRR");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_free (assert_normalize_fails (bad[i]));

  /* The code the user typed is named in the message. */
  message = assert_normalize_fails ("zzz");
  g_assert_nonnull (strstr (message, "“\u2068zzz\u2069”"));
  g_clear_pointer (&message, g_free);

  message = assert_normalize_fails ("");
  g_assert_nonnull (strstr (message, "needed"));
  g_clear_pointer (&message, g_free);
  g_free (assert_normalize_fails (" \u200E "));

  /* Hostile input is cut short, and invalid UTF-8 is not echoed at all. */
  long_text = g_strnfill (10000, 'Q');
  message = assert_normalize_fails (long_text);
  g_assert_null (strstr (message, "QQQQQQQQQQQQQQQQQ"));
  g_assert_nonnull (strstr (message, "QQQQQQQQQQQQQQQQ…"));
  g_clear_pointer (&message, g_free);

  message = assert_normalize_fails ("QZ\xff");
  g_assert_null (strstr (message, "QZ"));
  g_clear_pointer (&message, g_free);

  message = assert_normalize_fails ("\xc0\xaf\xfe");
  g_clear_pointer (&message, g_free);
}

/* Parsing */

static void
test_parse_latin (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    assert_parses (accepted[i].text, accepted[i].currency, 0, accepted[i].minor);
}

static void
test_parse_scripts (gunichar zero)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autofree char *text = to_script (accepted[i].text, zero);

      assert_parses (text, accepted[i].currency, 0, accepted[i].minor);
    }
}

static void
test_parse_persian (void)
{
  assert_parses ("۱۲", "USD", 0, 1200);
  assert_parses ("۱۲٫۵", "USD", 0, 1250);
  assert_parses ("٫۵", "USD", 0, 50);
  assert_parses ("۱٬۲۳۴٫۵۰", "USD", 0, 123450);
  assert_parses ("۱،۲۳۴٫۵۰", "USD", 0, 123450);
  assert_parses ("۱۵۰۰۰۰۰", "IRR", 0, 1500000);
  assert_parses ("۱.۵", "USD", 0, 150);   /* Persian digits, ASCII point */

  test_parse_scripts (0x06F0);
}

static void
test_parse_arabic (void)
{
  assert_parses ("١٢", "USD", 0, 1200);
  assert_parses ("١٢٫٥", "USD", 0, 1250);
  assert_parses ("٫٥", "USD", 0, 50);
  assert_parses ("١٬٢٣٤٫٥٠", "USD", 0, 123450);
  assert_parses ("١٫٢٥٠", "KWD", 0, 1250);

  test_parse_scripts (0x0660);
}

static void
test_parse_bidi (void)
{
  assert_parses ("\u200F۱۲٫۵۰\u200F", "USD", 0, 1250);
  assert_parses ("\u200E12.50\u200E", "USD", 0, 1250);
  assert_parses ("\u2067١٢٫٥\u2069", "USD", 0, 1250);
  assert_parses ("\u202B1,234\u202C", "USD", 0, 123400);
  assert_parses ("\u061C١٢", "USD", 0, 1200);
  assert_parses ("\u00A0 12.50\u202F", "USD", 0, 1250);
  assert_parses ("1\u200E,234\u200F.50", "USD", 0, 123450);
}

/* The data files' form: Latin digits and a point, nothing the user may type. */
static void
test_parse_plain (void)
{
  const char *refused[] = { "", ".5", "12.", "+12", "-12", "1,234.50", "۱۲", "١٢٫٥", " 12", "12 ", "1e3" };

  assert_parses ("12", "USD", DAFTAR_MONEY_PARSE_PLAIN, 1200);
  assert_parses ("25.00", "USD", DAFTAR_MONEY_PARSE_PLAIN, 2500);
  assert_parses ("0.5", "USD", DAFTAR_MONEY_PARSE_PLAIN, 50);
  assert_parses ("1500000", "IRR", DAFTAR_MONEY_PARSE_PLAIN, 1500000);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_free (assert_parse_fails (refused[i], "USD", DAFTAR_MONEY_PARSE_PLAIN, DAFTAR_MONEY_ERROR_MALFORMED));
  /* Decimals are still the currency's. */
  g_free (assert_parse_fails ("12.345", "USD", DAFTAR_MONEY_PARSE_PLAIN, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS));
}

static void
test_parse_sign (void)
{
  g_autofree char *message = NULL;

  assert_parses ("+12", "USD", 0, 1200);
  assert_parses ("-12", "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE, -1200);
  assert_parses ("-.5", "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE, -50);
  assert_parses ("-1,234.56", "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE, -123456);
  assert_parses ("\u221212", "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE, -1200);
  assert_parses ("-۱۲٫۵", "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE, -1250);
  assert_parses ("-0", "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE, 0);
  assert_parses ("+12", "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE, 1200);

  message = assert_parse_fails ("-12", "USD", 0, DAFTAR_MONEY_ERROR_NEGATIVE);
  g_assert_nonnull (strstr (message, "negative"));
  g_free (assert_parse_fails ("-0", "USD", 0, DAFTAR_MONEY_ERROR_NEGATIVE));
  g_free (assert_parse_fails ("\u221212", "USD", 0, DAFTAR_MONEY_ERROR_NEGATIVE));
  g_free (assert_parse_fails ("-١٢", "USD", 0, DAFTAR_MONEY_ERROR_NEGATIVE));

  /* Shape is checked before sign, sign before decimals. */
  g_free (assert_parse_fails ("-abc", "USD", 0, DAFTAR_MONEY_ERROR_MALFORMED));
  g_free (assert_parse_fails ("-12.345", "USD", 0, DAFTAR_MONEY_ERROR_NEGATIVE));
}

static void
test_parse_malformed (void)
{
  static const char * const malformed[] = {
    "abc", "12abc", "abc12", "$12", "12$", "€12", "£12", "12 USD", "USD 12", "12USD",
    "1 234", "1.2.3", "1..5", "12.", ".", "+", "-", "+-1", "-+1", "--1", "- 1", "1-",
    "12e3", "1e", "0x10", "inf", "nan", "١٢a", "۱۲ تومان", "1/2", "(12)", "12%", "½",
    "1\u00A0234", "１２ab",
  };
  static const char * const misgrouped[] = {
    "1,23.4", "1234,567", ",123", "1,,234", "1,234,", "1,2345", "12,34", "1.234,5",
    ",", ",.5", "1,234.5,6", "۱٬۲۳٫۴",
  };
  g_autofree char *message = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    g_free (assert_parse_fails (malformed[i], "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE,
                                DAFTAR_MONEY_ERROR_MALFORMED));

  for (guint i = 0; i < G_N_ELEMENTS (misgrouped); i++)
    {
      message = assert_parse_fails (misgrouped[i], "USD", 0, DAFTAR_MONEY_ERROR_MALFORMED);
      if (strstr (message, "thousands separator") == NULL)
        g_test_message ("“%s”: %s", misgrouped[i], message);
      g_assert_nonnull (strstr (message, "thousands separator"));
      g_clear_pointer (&message, g_free);
    }

  /* The message names what was typed and shows the expected form. */
  message = assert_parse_fails ("12abc", "USD", 0, DAFTAR_MONEY_ERROR_MALFORMED);
  g_assert_cmpstr (message, ==, "“\u206812abc\u2069” is not an amount. "
                                "Type digits, optionally with a decimal point, like 12.50.");
}

static void
test_parse_empty (void)
{
  static const char * const empty[] = { "", " ", "\t\n", "\u200E", "\u00A0\u202F", "\u2067\u2069" };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autofree char *message = assert_parse_fails (empty[i], "USD", 0,
                                                     DAFTAR_MONEY_ERROR_MALFORMED);

      g_assert_nonnull (strstr (message, "An amount is needed"));
    }
}

static void
test_parse_invalid_utf8 (void)
{
  static const char * const invalid[] = { "\xff", "12\xc3", "\xdb\xb1\xdb", "1\xc0\xae\x35" };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *message = assert_parse_fails (invalid[i], "USD", 0,
                                                     DAFTAR_MONEY_ERROR_MALFORMED);

      g_assert_nonnull (strstr (message, "can’t be read"));
    }
}

static void
test_parse_too_many_decimals (void)
{
  g_autofree char *message = NULL;

  g_free (assert_parse_fails ("12.345", "USD", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS));
  /* No silent rounding, not even of trailing zeros. */
  g_free (assert_parse_fails ("12.340", "USD", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS));
  g_free (assert_parse_fails ("0.001", "EUR", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS));
  g_free (assert_parse_fails ("1.2345", "KWD", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS));
  g_free (assert_parse_fails ("12.5", "JPY", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS));
  g_free (assert_parse_fails ("12.0", "JPY", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS));
  g_free (assert_parse_fails ("۱۲٫۵", "IRR", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS));
  g_free (assert_parse_fails ("١٫٢٣٤", "GBP", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS));

  message = assert_parse_fails ("12.345", "USD", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS);
  g_assert_nonnull (strstr (message, "USD amounts have at most 2"));
  g_clear_pointer (&message, g_free);

  message = assert_parse_fails ("12.5", "JPY", 0, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS);
  g_assert_nonnull (strstr (message, "JPY amounts are whole numbers"));
}

static void
test_parse_overflow (void)
{
  assert_parses ("92233720368547758.07", "USD", 0, G_MAXINT64);
  assert_parses ("92,233,720,368,547,758.07", "USD", 0, G_MAXINT64);
  assert_parses ("-92233720368547758.08", "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE, G_MININT64);
  assert_parses ("9223372036854775807", "JPY", 0, G_MAXINT64);
  assert_parses ("-9223372036854775808", "JPY", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE, G_MININT64);
  assert_parses ("9223372036854775.807", "KWD", 0, G_MAXINT64);
  assert_parses ("۹۲۲۳۳۷۲۰۳۶۸۵۴۷۷۵۸٫۰۷", "USD", 0, G_MAXINT64);
  assert_parses ("00000000000000000000000000001", "JPY", 0, 1);

  g_free (assert_parse_fails ("92233720368547758.08", "USD", 0, DAFTAR_MONEY_ERROR_OVERFLOW));
  g_free (assert_parse_fails ("92233720368547759", "USD", 0, DAFTAR_MONEY_ERROR_OVERFLOW));
  g_free (assert_parse_fails ("-92233720368547758.09", "USD", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE,
                              DAFTAR_MONEY_ERROR_OVERFLOW));
  g_free (assert_parse_fails ("9223372036854775808", "JPY", 0, DAFTAR_MONEY_ERROR_OVERFLOW));
  g_free (assert_parse_fails ("-9223372036854775809", "JPY", DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE,
                              DAFTAR_MONEY_ERROR_OVERFLOW));
  g_free (assert_parse_fails ("18446744073709551616", "JPY", 0, DAFTAR_MONEY_ERROR_OVERFLOW));
  g_free (assert_parse_fails ("99999999999999999999999999999999", "USD", 0,
                              DAFTAR_MONEY_ERROR_OVERFLOW));
  /* Fits as a whole number, not once scaled to minor units. */
  g_free (assert_parse_fails ("9223372036854775807", "USD", 0, DAFTAR_MONEY_ERROR_OVERFLOW));
}

static void
test_parse_unknown_currency (void)
{
  static const char * const codes[] = { "", "US", "USDX", "XXX", "XAU", "ZZZ", "usd", "\xff\xfe" };
  g_autofree char *message = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_free (assert_parse_fails ("12", codes[i], 0, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY));

  message = assert_parse_fails ("12", "ZZZ", 0, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY);
  g_assert_nonnull (strstr (message, "ZZZ"));
}

/* Formatting */

static void
assert_decimal_string (gint64      minor,
                       const char *currency,
                       const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DaftarMoney money;
  DaftarMoney parsed;

  g_assert_true (daftar_money_init (&money, minor, currency, &error));
  g_assert_no_error (error);

  text = daftar_money_to_decimal_string (&money);
  g_assert_cmpstr (text, ==, expected);

  /* What is written can be read back. */
  g_assert_true (daftar_money_parse (text, currency, DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE,
                                     &parsed, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (parsed.minor, ==, minor);
}

static void
test_to_decimal_string (void)
{
  assert_decimal_string (123450, "USD", "1234.50");
  assert_decimal_string (-307, "USD", "-3.07");
  assert_decimal_string (0, "USD", "0.00");
  assert_decimal_string (5, "USD", "0.05");
  assert_decimal_string (-5, "USD", "-0.05");
  assert_decimal_string (100, "EUR", "1.00");
  assert_decimal_string (1234567890, "GBP", "12345678.90");
  assert_decimal_string (12, "JPY", "12");
  assert_decimal_string (-12, "JPY", "-12");
  assert_decimal_string (0, "JPY", "0");
  assert_decimal_string (1250, "KWD", "1.250");
  assert_decimal_string (-1, "KWD", "-0.001");
  assert_decimal_string (1500000, "IRR", "1500000");
  assert_decimal_string (G_MAXINT64, "USD", "92233720368547758.07");
  assert_decimal_string (G_MININT64, "USD", "-92233720368547758.08");
  assert_decimal_string (G_MININT64, "JPY", "-9223372036854775808");
  assert_decimal_string (G_MAXINT64, "KWD", "9223372036854775.807");
  assert_decimal_string (G_MININT64, "KWD", "-9223372036854775.808");
}

/* Arithmetic on amounts */

static DaftarMoney
make_money (gint64      minor,
            const char *currency)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney result;

  g_assert_true (daftar_money_init (&result, minor, currency, &error));
  g_assert_no_error (error);

  return result;
}

static void
test_init (void)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney m = { 7, "ABC" };

  g_assert_true (daftar_money_init (&m, -42, "EUR", &error));
  g_assert_no_error (error);
  g_assert_cmpint (m.minor, ==, -42);
  g_assert_cmpstr (m.currency, ==, "EUR");

  m = (DaftarMoney) { 7, "ABC" };
  g_assert_false (daftar_money_init (&m, 1, "XXX", &error));
  g_assert_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY);
  g_assert_cmpint (m.minor, ==, 7);
  g_assert_cmpstr (m.currency, ==, "ABC");
  g_clear_error (&error);

  g_assert_false (daftar_money_init (&m, 1, "usd", &error));
  g_assert_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY);
}

typedef gboolean (*MoneyOp) (const DaftarMoney *, const DaftarMoney *, DaftarMoney *, GError **);

static void
assert_op (MoneyOp            op,
           const DaftarMoney  a,
           const DaftarMoney  b,
           gint64             expected)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney result = { 0 };

  g_assert_true (op (&a, &b, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result.minor, ==, expected);
  g_assert_cmpstr (result.currency, ==, a.currency);
}

static void
assert_op_fails (MoneyOp            op,
                 const DaftarMoney  a,
                 const DaftarMoney  b,
                 DaftarMoneyError   code)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney result = { 4242, "ABC" };

  g_assert_false (op (&a, &b, &result, &error));
  g_assert_error (error, DAFTAR_MONEY_ERROR, (int) code);
  g_assert_cmpint (result.minor, ==, 4242);
  g_assert_cmpstr (result.currency, ==, "ABC");
}

static void
test_add (void)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney total = make_money (150, "USD");
  DaftarMoney bad = { 1, "XXX" };
  DaftarMoney unterminated;

  assert_op (daftar_money_add, make_money (150, "USD"), make_money (225, "USD"), 375);
  assert_op (daftar_money_add, make_money (-500, "EUR"), make_money (200, "EUR"), -300);
  assert_op (daftar_money_add, make_money (G_MAXINT64, "JPY"), make_money (G_MININT64, "JPY"), -1);
  assert_op (daftar_money_add, make_money (G_MAXINT64 - 1, "JPY"), make_money (1, "JPY"), G_MAXINT64);
  assert_op (daftar_money_add, make_money (G_MININT64 + 1, "JPY"), make_money (-1, "JPY"), G_MININT64);

  assert_op_fails (daftar_money_add, make_money (G_MAXINT64, "USD"), make_money (1, "USD"),
                   DAFTAR_MONEY_ERROR_OVERFLOW);
  assert_op_fails (daftar_money_add, make_money (G_MININT64, "USD"), make_money (-1, "USD"),
                   DAFTAR_MONEY_ERROR_OVERFLOW);
  assert_op_fails (daftar_money_add, make_money (100, "USD"), make_money (100, "EUR"),
                   DAFTAR_MONEY_ERROR_CURRENCY_MISMATCH);
  assert_op_fails (daftar_money_add, make_money (100, "USD"), bad,
                   DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY);
  assert_op_fails (daftar_money_add, bad, bad, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY);

  unterminated.minor = 1;
  memcpy (unterminated.currency, "USDX", 4);
  assert_op_fails (daftar_money_add, make_money (100, "USD"), unterminated,
                   DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY);

  /* The result may be one of the operands. */
  g_assert_true (daftar_money_add (&total, &total, &total, &error));
  g_assert_no_error (error);
  g_assert_cmpint (total.minor, ==, 300);
  g_assert_cmpstr (total.currency, ==, "USD");
}

static void
test_sub (void)
{
  assert_op (daftar_money_sub, make_money (500, "USD"), make_money (700, "USD"), -200);
  assert_op (daftar_money_sub, make_money (-1, "KWD"), make_money (G_MAXINT64, "KWD"), G_MININT64);
  assert_op (daftar_money_sub, make_money (0, "JPY"), make_money (G_MAXINT64, "JPY"), -G_MAXINT64);

  assert_op_fails (daftar_money_sub, make_money (G_MININT64, "USD"), make_money (1, "USD"),
                   DAFTAR_MONEY_ERROR_OVERFLOW);
  assert_op_fails (daftar_money_sub, make_money (0, "USD"), make_money (G_MININT64, "USD"),
                   DAFTAR_MONEY_ERROR_OVERFLOW);
  assert_op_fails (daftar_money_sub, make_money (G_MAXINT64, "USD"), make_money (-1, "USD"),
                   DAFTAR_MONEY_ERROR_OVERFLOW);
  assert_op_fails (daftar_money_sub, make_money (100, "GBP"), make_money (100, "EUR"),
                   DAFTAR_MONEY_ERROR_CURRENCY_MISMATCH);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/currency/valid", test_currency_valid);
  g_test_add_func ("/money/currency/decimals", test_currency_decimals);
  g_test_add_func ("/money/currency/normalize", test_currency_normalize);
  g_test_add_func ("/money/parse/latin", test_parse_latin);
  g_test_add_func ("/money/parse/persian", test_parse_persian);
  g_test_add_func ("/money/parse/arabic", test_parse_arabic);
  g_test_add_func ("/money/parse/bidi", test_parse_bidi);
  g_test_add_func ("/money/parse/sign", test_parse_sign);
  g_test_add_func ("/money/parse/plain", test_parse_plain);
  g_test_add_func ("/money/parse/malformed", test_parse_malformed);
  g_test_add_func ("/money/parse/empty", test_parse_empty);
  g_test_add_func ("/money/parse/invalid-utf8", test_parse_invalid_utf8);
  g_test_add_func ("/money/parse/too-many-decimals", test_parse_too_many_decimals);
  g_test_add_func ("/money/parse/overflow", test_parse_overflow);
  g_test_add_func ("/money/parse/unknown-currency", test_parse_unknown_currency);
  g_test_add_func ("/money/to-decimal-string", test_to_decimal_string);
  g_test_add_func ("/money/init", test_init);
  g_test_add_func ("/money/add", test_add);
  g_test_add_func ("/money/sub", test_sub);

  return g_test_run ();
}
