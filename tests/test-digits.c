/* test-digits.c — tests for daftar-digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-digits"

#include <glib.h>

#include "daftar-digits.h"


static void
assert_normalizes_to (const char *text,
                      const char *expected)
{
  g_autofree char *normal = daftar_digits_normalize (text);

  if (g_strcmp0 (normal, expected) != 0)
    g_test_message ("normalising “%s”", text);
  g_assert_cmpstr (normal, ==, expected);
}

static void
test_normalize_ascii (void)
{
  assert_normalizes_to ("", "");
  assert_normalizes_to ("0123456789", "0123456789");
  assert_normalizes_to ("1,234.50", "1,234.50");
  assert_normalizes_to ("abc", "abc");
  assert_normalizes_to ("1h30m", "1h30m");
}

static void
test_normalize_persian (void)
{
  assert_normalizes_to ("۰۱۲۳۴۵۶۷۸۹", "0123456789");
  assert_normalizes_to ("۱۲", "12");
  assert_normalizes_to ("۱٬۲۳۴٫۵۰", "1,234.50");
  assert_normalizes_to ("٫۵", ".5");
  /* Letters are left alone, the zero width non-joiner of Persian spelling too. */
  assert_normalizes_to ("۱ ساعت و ۳۰ دقیقه", "1 ساعت و 30 دقیقه");
  assert_normalizes_to ("می\u200Cشود", "می\u200Cشود");
}

static void
test_normalize_arabic (void)
{
  assert_normalizes_to ("٠١٢٣٤٥٦٧٨٩", "0123456789");
  assert_normalizes_to ("١٢٫٥", "12.5");
  assert_normalizes_to ("١٬٢٣٤٫٥٠", "1,234.50");
  assert_normalizes_to ("١،٢٣٤", "1,234");
  assert_normalizes_to ("١ ساعة و ٣٠ دقيقة", "1 ساعة و 30 دقيقة");
}

static void
test_normalize_fullwidth (void)
{
  assert_normalizes_to ("０１２３４５６７８９", "0123456789");
}

static void
test_normalize_mixed (void)
{
  assert_normalizes_to ("1۲٣４", "1234");
  assert_normalizes_to ("\u22125", "-5");  /* MINUS SIGN */
}

static void
test_normalize_bidi (void)
{
  static const gunichar stripped[] = {
    0x200E, 0x200F, 0x061C,
    0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
    0x2066, 0x2067, 0x2068, 0x2069,
    0x200B, 0xFEFF,
  };

  for (guint i = 0; i < G_N_ELEMENTS (stripped); i++)
    {
      char mark[8] = { 0 };
      g_autofree char *text = NULL;

      g_unichar_to_utf8 (stripped[i], mark);
      text = g_strconcat (mark, "۱", mark, "2", mark, "٫", mark, "5", mark, NULL);
      assert_normalizes_to (text, "12.5");
    }

  assert_normalizes_to ("\u2067١٢٫٥\u2069", "12.5");
  assert_normalizes_to ("\u202B\u200F۱:۳۰\u200F\u202C", "1:30");
}

static void
test_normalize_spaces (void)
{
  assert_normalizes_to ("\u00A012\u00A0", "12");          /* NO-BREAK SPACE */
  assert_normalizes_to ("\u202F12\u202F", "12");          /* NARROW NO-BREAK SPACE */
  assert_normalizes_to ("\u2009\u200912\u2009", "12");    /* THIN SPACE */
  assert_normalizes_to (" \t12\n ", "12");
  assert_normalizes_to ("1\u00A0h\u202F30\u2009m", "1 h 30 m");
  assert_normalizes_to ("\u200E \u00A0\u200F", "");
  assert_normalizes_to ("   ", "");
}

static void
test_normalize_invalid_utf8 (void)
{
  static const char * const invalid[] = {
    "\xff",
    "12\xc3",             /* truncated sequence */
    "\xc0\xb1",           /* overlong “1” */
    "\xed\xa0\x80",       /* surrogate */
    "\xdb\xb1\xdb",       /* “۱” followed by half of “۲” */
    "\xf4\x90\x80\x80",   /* above U+10FFFF */
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *normal = daftar_digits_normalize (invalid[i]);

      g_assert_null (normal);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/digits/normalize/ascii", test_normalize_ascii);
  g_test_add_func ("/digits/normalize/persian", test_normalize_persian);
  g_test_add_func ("/digits/normalize/arabic", test_normalize_arabic);
  g_test_add_func ("/digits/normalize/fullwidth", test_normalize_fullwidth);
  g_test_add_func ("/digits/normalize/mixed", test_normalize_mixed);
  g_test_add_func ("/digits/normalize/bidi", test_normalize_bidi);
  g_test_add_func ("/digits/normalize/spaces", test_normalize_spaces);
  g_test_add_func ("/digits/normalize/invalid-utf8", test_normalize_invalid_utf8);

  return g_test_run ();
}
