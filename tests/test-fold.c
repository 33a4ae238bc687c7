/* test-fold.c — the key names are compared and notes searched by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-fold.h"

static void
assert_fold (const char *text,
             const char *expected)
{
  g_autofree char *key = daftar_fold (text, -1);

  g_assert_cmpstr (key, ==, expected);
}

static void
assert_same_key (const char *a,
                 const char *b)
{
  g_autofree char *key_a = daftar_fold (a, -1);
  g_autofree char *key_b = daftar_fold (b, -1);

  g_test_message ("“%s” and “%s”", a, b);
  g_assert_cmpstr (key_a, ==, key_b);
}

static void
test_fold_cases (void)
{
  assert_fold ("Logo DESIGN 42", "logo design 42");
  assert_fold ("Übersetzung", "übersetzung");
  assert_fold ("ÜBERSETZUNG", "übersetzung");
  /* Full folding, beyond one character for one */
  assert_fold ("Straße", "strasse");
  assert_fold ("STRASSE", "strasse");
  assert_fold ("ﬁle", "file");
  assert_fold ("Привет", "привет");
  assert_fold ("ΣΟΦΙΑ σοφια σοφιας", "σοφια σοφια σοφιασ");
  /* Scripts without case stay as they are. */
  assert_fold ("ترجمهٔ مقاله", "ترجمهٔ مقاله");
  assert_fold ("", "");
  assert_fold (NULL, "");

  /* Composed or not, one key: U+00DC or U followed by U+0308 */
  assert_same_key ("Übersetzung", "U\xcc\x88" "bersetzung");
  assert_same_key ("ÅNGSTRÖM", "\xe2\x84\xab" "ngström");   /* U+212B ANGSTROM SIGN */
  assert_same_key ("Kelvin", "\xe2\x84\xaa" "ELVIN");        /* U+212A KELVIN SIGN */
}

/* Broken UTF-8, as a damaged or hostile ledger may hold: U+FFFD, no crash. */
static void
test_fold_broken (void)
{
  static const char broken[] = "AB\xff\xfe\xc3";
  g_autofree char *key = daftar_fold ("Ab\xff" "Ü", -1);
  g_autofree char *ascii = daftar_fold (broken, 2);

  g_assert_true (g_utf8_validate (key, -1, NULL));
  g_assert_cmpstr (key, ==, "ab\xef\xbf\xbd" "ü");
  g_assert_cmpstr (ascii, ==, "ab");
}

static gboolean
contains (const char *text,
          const char *search)
{
  g_autofree char *key = daftar_fold (search, -1);

  return daftar_fold_contains (text, -1, key);
}

/* The search's test, by every path: ASCII, text that is its own key, the rest */
static void
test_fold_contains (void)
{
  g_assert_true (contains ("Logo DESIGN for Acme", "design"));
  g_assert_true (contains ("Logo DESIGN for Acme", "O dEsIgN"));
  g_assert_false (contains ("Logo DESIGN for Acme", "desigN2"));
  g_assert_true (contains ("Strasse", "straße"));
  g_assert_false (contains ("Logo", "lögo"));
  g_assert_true (contains ("Straße 12", "STRASSE"));
  g_assert_true (contains ("Straße 12", "Straße"));
  g_assert_true (contains ("Привет, мир", "привет"));
  g_assert_true (contains ("Привет, мир", "ПРИВЕТ, МИР"));
  g_assert_true (contains ("ترجمهٔ مقاله", "مقاله"));
  g_assert_true (contains ("نامه به «مشتری»", "«مشتری»"));
  g_assert_false (contains ("نامه به «مشتری»", "مقاله"));
  g_assert_true (contains ("U\xcc\x88" "bersetzung", "ÜBERSETZUNG"));
  g_assert_true (contains ("broken \xff Ü", "ü"));
  g_assert_false (contains (NULL, "a"));
  g_assert_true (daftar_fold_contains ("abcXYZ", 3, "abc"));
  g_assert_false (daftar_fold_contains ("abcXYZ", 3, "cx"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fold/cases", test_fold_cases);
  g_test_add_func ("/fold/broken", test_fold_broken);
  g_test_add_func ("/fold/contains", test_fold_contains);

  return g_test_run ();
}
