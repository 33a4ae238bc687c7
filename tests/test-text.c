/* test-text.c — user text placed inside sentences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "daftar-format.h"
#include "daftar-money-format.h"
#include "daftar-text.h"

#define FSI "\u2068"
#define PDI "\u2069"

static void
test_isolate (void)
{
  g_autofree char *plain = daftar_text_isolate ("Acme Ltd");
  g_autofree char *persian = daftar_text_isolate ("شرکت نوین");
  g_autofree char *empty = daftar_text_isolate (NULL);

  g_assert_cmpstr (plain, ==, "\u2068Acme Ltd\u2069");
  g_assert_cmpstr (persian, ==, "\u2068شرکت نوین\u2069");
  g_assert_cmpstr (empty, ==, "\u2068\u2069");
}

static void
test_isolate_spoofing (void)
{
  /* A name that tries to flip the rest of the line, or to close our isolate
   * early, loses its control characters. */
  g_autofree char *rlo = daftar_text_isolate ("invoice\u202Efdp.exe");
  g_autofree char *pdi = daftar_text_isolate ("x\u2069\u2069 tail");
  g_autofree char *ctrl = daftar_text_isolate ("a\x1b[2Jb\nc");
  g_autofree char *broken = daftar_text_isolate ("ok\xff\xfe");

  g_assert_cmpstr (rlo, ==, "\u2068invoicefdp.exe\u2069");
  g_assert_cmpstr (pdi, ==, "\u2068x tail\u2069");
  g_assert_cmpstr (ctrl, ==, "\u2068a [2Jb c\u2069");
  g_assert_true (g_utf8_validate (broken, -1, NULL));
  g_assert_true (g_str_has_prefix (broken, "\u2068ok"));
}

/* An amount keeps the direction mark ICU starts it with, so the isolate runs in
 * the amount's own direction: Arabic "١٬٠١٢٫٢١ US$" right to left (its first
 * letters, "US", would make it left to right and put "US$" first), Persian
 * "$۱٬۰۱۲٫۲۱" as its first strong letters say (its U+200E goes, or "$… در ساعت"
 * would run left to right); the mark DaftarFormat puts after "US$" keeps "$"
 * after "US". Marks cannot act outside the isolate, so they stay; overrides go. */
static void
test_isolate_amount (void)
{
  g_autoptr(DaftarFormat) ar = daftar_format_new ("ar_EG", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  DaftarMoney money = { .minor = 101221, .currency = "USD" };
  g_autofree char *ar_amount = daftar_format_money (ar, &money);
  g_autofree char *fa_amount = daftar_format_money (fa, &money);
  g_autofree char *ar_isolated = daftar_text_isolate (ar_amount);
  g_autofree char *fa_isolated = daftar_text_isolate (fa_amount);
  g_autofree char *fa_phrase = g_strconcat (fa_amount, " در ساعت", NULL);
  g_autofree char *fa_rate = daftar_text_isolate (fa_phrase);
  g_autofree char *inner = daftar_text_isolate ("a\u200Fb\u061Cc\u202E");

  g_assert_true (g_str_has_prefix (ar_amount, "\u200F"));
  g_assert_cmpstr (ar_isolated, ==, FSI "\u200F١٬٠١٢٫٢١\u00A0US$\u200E" PDI);
  g_assert_true (g_str_has_prefix (fa_amount, "\u200E"));
  g_assert_cmpstr (fa_isolated, ==, FSI "$۱٬۰۱۲٫۲۱" PDI);
  g_assert_cmpstr (fa_rate, ==, FSI "$۱٬۰۱۲٫۲۱ در ساعت" PDI);
  g_assert_cmpstr (inner, ==, FSI "a\u200Fb\u061Cc" PDI);
}

/* A sentence starts with its language's direction mark, once. */
static void
test_sentence (void)
{
  g_autofree char *fa = daftar_text_sentence ("\u200E$۳۶٫۳۲ در ساعت", TRUE);
  g_autofree char *fa_brand = daftar_text_sentence (FSI "Upwork" PDI " · نویسندگی", TRUE);
  g_autofree char *en = daftar_text_sentence (FSI "کاوه" PDI " paid you", FALSE);
  g_autofree char *twice = daftar_text_sentence ("\u200F\u200Fx", TRUE);
  g_autofree char *none = daftar_text_sentence (NULL, FALSE);

  g_assert_cmpstr (fa, ==, "\u200F$۳۶٫۳۲ در ساعت");
  g_assert_cmpstr (fa_brand, ==, "\u200F" FSI "Upwork" PDI " · نویسندگی");
  g_assert_cmpstr (en, ==, "\u200E" FSI "کاوه" PDI " paid you");
  g_assert_cmpstr (twice, ==, "\u200Fx");
  g_assert_cmpstr (none, ==, "\u200E");
}

static void
test_isolate_truncates (void)
{
  g_autofree char *long_text = g_strnfill (500, 'y');
  g_autofree char *shown = daftar_text_isolate (long_text);

  g_assert_cmpint (g_utf8_strlen (shown, -1), ==, DAFTAR_ISOLATE_MAX_CHARS + 3);
  g_assert_true (g_str_has_suffix (shown, "…\u2069"));
}

static void
assert_excerpt (const char *text,
                const char *expected)
{
  g_autofree char *excerpt = daftar_text_isolate_n (text, DAFTAR_EXCERPT_MAX_CHARS);

  g_assert_true (g_utf8_validate (excerpt, -1, NULL));
  g_assert_cmpstr (excerpt, ==, expected);
}

static void
test_excerpt (void)
{
  assert_excerpt ("12a", FSI "12a" PDI);
  assert_excerpt ("  12a  ", FSI "12a" PDI);
  assert_excerpt ("۱۲ ساعت", FSI "۱۲ ساعت" PDI);
  assert_excerpt ("", FSI PDI);

  /* Exactly the limit: no ellipsis. */
  assert_excerpt ("0123456789abcdef", FSI "0123456789abcdef" PDI);
  assert_excerpt ("0123456789abcdefg", FSI "0123456789abcdef…" PDI);
  assert_excerpt ("۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹", FSI "۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵" "…" PDI);

  /* Invisible characters after the limit don't count as more text. */
  assert_excerpt ("0123456789abcdef\u200F", FSI "0123456789abcdef" PDI);
}

static void
test_excerpt_hostile (void)
{
  g_autofree char *long_text = g_strnfill (100000, 'A');
  g_autofree char *excerpt = daftar_text_isolate_n (long_text, DAFTAR_EXCERPT_MAX_CHARS);

  g_assert_cmpint (g_utf8_strlen (excerpt, -1), ==, DAFTAR_EXCERPT_MAX_CHARS + 3);
  g_assert_true (g_str_has_suffix (excerpt, "…" PDI));

  /* Overrides would reorder the message around the excerpt; controls would break lines. */
  assert_excerpt ("a\u202Eb\u202Cc", FSI "abc" PDI);
  assert_excerpt ("a\nb\tc\u2028d", FSI "a b c d" PDI);
  /* Invalid UTF-8 is never echoed. */
  assert_excerpt ("ab\xff" "cd", FSI "ab\uFFFD" "cd" PDI);
  assert_excerpt ("\xc0\xb1", FSI "\uFFFD\uFFFD" PDI);
}

/* Ledger text on its way to a terminal: nothing in it can drive the terminal. */
static void
test_for_terminal (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "Plain, فارسی, ZWNJ\u200cok", "Plain, فارسی, ZWNJ\u200cok" },
    { "line\nnext\ttab", "line\nnext\ttab" },
    { "Evil\x1b[2J", "Evil\u241b[2J" },
    { "bell\x07 cr\r del\x7f", "bell\u2407 cr\u240d del\u2421" },
    { "csi\xc2\x9b" "31m", "csi\ufffd" "31m" },
    { "broken\xff\xfe(", "broken\ufffd\ufffd(" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *safe = daftar_text_for_terminal (cases[i].in, -1);

      g_assert_cmpstr (safe, ==, cases[i].out);
    }

  {
    g_autofree char *from_null = daftar_text_for_terminal (NULL, -1);
    g_autofree char *with_nul = daftar_text_for_terminal ("a\0\x1b", 3);

    g_assert_cmpstr (from_null, ==, "");
    g_assert_true (g_utf8_validate (with_nul, -1, NULL));
    g_assert_null (strchr (with_nul, '\x1b'));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/isolate", test_isolate);
  g_test_add_func ("/text/isolate-spoofing", test_isolate_spoofing);
  g_test_add_func ("/text/isolate-truncates", test_isolate_truncates);
  g_test_add_func ("/text/isolate-amount", test_isolate_amount);
  g_test_add_func ("/text/sentence", test_sentence);
  g_test_add_func ("/text/excerpt", test_excerpt);
  g_test_add_func ("/text/excerpt-hostile", test_excerpt_hostile);
  g_test_add_func ("/text/for-terminal", test_for_terminal);

  return g_test_run ();
}
