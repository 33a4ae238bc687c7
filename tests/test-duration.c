/* test-duration.c — tests for daftar-duration
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-duration"

#include <string.h>

#include <glib.h>

#include "daftar-duration.h"

#define MAX_SECONDS DAFTAR_DURATION_MAX_SECONDS

typedef struct
{
  const char *text;
  gint64      seconds;
} ParseCase;

/* Every accepted form, with ASCII digits; the script tests rewrite the digits. */
static const ParseCase accepted[] = {
  /* clock */
  { "1:30", 5400 },
  { "1:30:15", 5415 },
  { "0:45", 2700 },
  { "0:00", 0 },
  { "00:00:01", 1 },
  { "10:05", 36300 },
  { "0:59:59", 3599 },
  { "100:00", 360000 },
  /* units */
  { "1h30m", 5400 },
  { "1h 30m", 5400 },
  { "1 h 30 m", 5400 },
  { "1h", 3600 },
  { "90m", 5400 },
  { "45s", 45 },
  { "2h15m30s", 8130 },
  { "2h 15m 30s", 8130 },
  { "1h30s", 3630 },
  { "5m10s", 310 },
  { "90min", 5400 },
  { "90 mins", 5400 },
  { "2hr", 7200 },
  { "2hrs", 7200 },
  { "1 hour", 3600 },
  { "2 hours", 7200 },
  { "1 minute", 60 },
  { "30 minutes", 1800 },
  { "10 sec", 10 },
  { "1 second", 1 },
  { "10 seconds", 10 },
  { "1 hour and 30 minutes", 5400 },
  { "1h and 30m and 15s", 5415 },
  { "0h", 0 },
  { "0m", 0 },
  { "120m", 7200 },   /* more than 59 is fine outside a clock */
  { "1h 90m", 9000 },
  /* fractions */
  { "1.5h", 5400 },
  { "0.25h", 900 },
  { ".5h", 1800 },
  { "0.1h", 360 },
  { "1.333h", 4799 },   /* 4798.8 */
  { "1.5m", 90 },
  { "1.5 hours", 5400 },
  { "1.5h 30m", 7200 },
  /* plain numbers are hours */
  { "2", 7200 },
  { "1.5", 5400 },
  { ".25", 900 },
  { "0", 0 },
  { "0.0", 0 },
  { "24", 86400 },
};

static void
assert_parses (const char *text,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 seconds = -1;
  gboolean ok;

  ok = daftar_duration_parse (text, &seconds, NULL, &error);

  if (!ok || seconds != expected)
    g_test_message ("parsing “%s”", text);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (seconds, ==, expected);
}

static char *
assert_parse_fails (const char          *text,
                    DaftarDurationError  code)
{
  g_autoptr(GError) error = NULL;
  gint64 seconds = 4242;
  gboolean ok;

  ok = daftar_duration_parse (text, &seconds, NULL, &error);

  if (ok || !g_error_matches (error, DAFTAR_DURATION_ERROR, (int) code))
    g_test_message ("parsing “%s”", text);
  g_assert_error (error, DAFTAR_DURATION_ERROR, (int) code);
  g_assert_false (ok);
  g_assert_cmpint (seconds, ==, 4242);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  return g_strdup (error->message);
}

/* Rewrites ASCII digits and the point in another script. */
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
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
test_parse_latin (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    assert_parses (accepted[i].text, accepted[i].seconds);
}

static void
test_parse_scripts (gunichar zero)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autofree char *text = to_script (accepted[i].text, zero);

      assert_parses (text, accepted[i].seconds);
    }
}

static void
test_parse_persian (void)
{
  assert_parses ("۱:۳۰", 5400);
  assert_parses ("۱:۳۰:۱۵", 5415);
  assert_parses ("۱٫۵", 5400);
  assert_parses ("٫۵", 1800);
  assert_parses ("۱٫۵h", 5400);
  assert_parses ("۱ ساعت", 3600);
  assert_parses ("۹۰ دقیقه", 5400);
  assert_parses ("۴۵ ثانیه", 45);
  assert_parses ("۱ ساعت و ۳۰ دقیقه", 5400);
  assert_parses ("۱ ساعت ۳۰ دقیقه", 5400);
  assert_parses ("۱ساعت۳۰دقیقه", 5400);
  assert_parses ("۱ ساعت و۳۰ دقیقه", 5400);
  assert_parses ("۲ ساعت و ۱۵ دقیقه و ۳۰ ثانیه", 8130);
  assert_parses ("۱٫۵ ساعت", 5400);
  assert_parses ("۳۰ دقيقه", 1800);   /* typed with Arabic yeh */
  assert_parses ("۱۰ ثانيه", 10);

  test_parse_scripts (0x06F0);
}

static void
test_parse_arabic (void)
{
  assert_parses ("١:٣٠", 5400);
  assert_parses ("١٫٥", 5400);
  assert_parses ("١ ساعة", 3600);
  assert_parses ("٣ ساعات", 10800);
  assert_parses ("٢ ساعتان", 7200);
  assert_parses ("٢ ساعتين", 7200);
  assert_parses ("١ ساعة و ٣٠ دقيقة", 5400);
  assert_parses ("٩٠ دقائق", 5400);
  assert_parses ("٢ دقيقتان", 120);
  assert_parses ("٤٥ ثانية", 45);
  assert_parses ("١٠ ثوان", 10);
  assert_parses ("١٠ ثوانٍ", 10);    /* with kasratan */
  assert_parses ("١٠ ثواني", 10);
  assert_parses ("١ ساعة و ٣٠ دقيقة و ١٥ ثانية", 5415);
  assert_parses ("١ ساعـة", 3600);   /* with tatweel */
  assert_parses ("١٫٥ ساعة", 5400);

  test_parse_scripts (0x0660);
}

static void
test_parse_case_and_spaces (void)
{
  assert_parses ("1H30M", 5400);
  assert_parses ("2 HOURS", 7200);
  assert_parses ("90Min", 5400);
  assert_parses ("1 Hour AND 30 Minutes", 5400);
  assert_parses ("  1h   30m  ", 5400);
  assert_parses ("1h\t30m", 5400);
  assert_parses ("\u00A01h\u202F30m\u2009", 5400);
}

static void
test_parse_bidi (void)
{
  assert_parses ("\u200F۱:۳۰\u200F", 5400);
  assert_parses ("\u200E1:30\u200E", 5400);
  assert_parses ("\u2067١ ساعة\u2069", 3600);
  assert_parses ("\u202B۱ ساعت و ۳۰ دقیقه\u202C", 5400);
  assert_parses ("۱\u200F:\u200F۳۰", 5400);
  assert_parses ("\u061C١٫٥", 5400);
}

static void
test_parse_fractions (void)
{
  /* Exact in integer arithmetic, rounded half to even once. */
  assert_parses ("1.333h", 4799);       /* 4798.8 */
  assert_parses ("0.0001h", 0);         /* 0.36 */
  assert_parses ("0.000139h", 1);       /* 0.5004 */
  assert_parses ("0.125m", 8);          /* 7.5 → 8 */
  assert_parses ("0.375m", 22);         /* 22.5 → 22 */
  assert_parses ("0.00125h", 4);        /* 4.5 → 4 */
  assert_parses ("0.00375h", 14);       /* 13.5 → 14 */
  assert_parses ("0.5s", 0);            /* 0.5 → 0 */
  assert_parses ("1.5s", 2);            /* 1.5 → 2 */
  assert_parses ("2.5s", 2);            /* 2.5 → 2 */
  assert_parses ("1h 0.5s", 3600);
  assert_parses ("1h 1.5s", 3602);
  assert_parses ("0.25m 0.25s", 15);    /* 15.25, rounded once */
  assert_parses ("0.375m 0.5s", 23);    /* 22.5 + 0.5 = 23 exactly, not 22 + 0 */
  assert_parses ("0.00125h 0.5s", 5);   /* 4.5 + 0.5 = 5, not 4 + 0 */
  assert_parses ("1.000000001h", 3600);
  assert_parses ("0.999999999h", 3600);
  assert_parses ("0.123456789h", 444);  /* 444.4444404 */
}

static void
test_parse_zero (void)
{
  assert_parses ("0", 0);
  assert_parses ("0:00", 0);
  assert_parses ("0:00:00", 0);
  assert_parses ("0h0m0s", 0);
  assert_parses ("۰", 0);
  assert_parses ("٠:٠٠", 0);
}

static void
test_parse_empty (void)
{
  static const char * const empty[] = { "", " ", "\t\n", "\u200E", "\u00A0", "\u2067\u2069" };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    g_free (assert_parse_fails (empty[i], DAFTAR_DURATION_ERROR_EMPTY));
}

static void
test_parse_malformed (void)
{
  static const char * const malformed[] = {
    "abc", "1:75", "1h1h", "h", "1..5h", "1:30x",
    "1:5", "1:", ":30", "1:30:", "1:30:75", "1:60", "1::30", "1 : 30", "1:30:15:00",
    "1:30.5", "1.5:30", "1:3O", "1:30 h", "+1h", "1h+30m",
    "1h 30", "1h30", "1 2", "30m 1h", "1s 1m", "1m1h", "1h 1.5h", "1.h", "1.", ".", "..5",
    "1,5h", "1,000m", "1h-30m", "1d", "1y", "1 day", "1w", "1hh", "1 hours minutes",
    "1 and", "and 1h", "1h and", "1h and and 30m", "1h, 30m", "1h & 30m",
    "1.0000000001h", "1e3", "0x10", "½h", "1/2h",
    "--1h", "-", "-abc", "- -1h",
    "١ ساعة و", "و ١ ساعة", "١ و ساعة", "١ ساعة و و ٣٠ دقيقة", "١ دقيقة و ١ ساعة", "۱ روز",
    "ساعت", "۱ ساعتت",
  };
  g_autofree char *message = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    g_free (assert_parse_fails (malformed[i], DAFTAR_DURATION_ERROR_MALFORMED));

  message = assert_parse_fails ("abc", DAFTAR_DURATION_ERROR_MALFORMED);
  g_assert_cmpstr (message, ==,
                   "“\u2068abc\u2069” is not a duration. "
                   "Type a duration like 1:30, 1h30m, 90m or 1.5h.");
  g_clear_pointer (&message, g_free);

  message = assert_parse_fails ("1:75", DAFTAR_DURATION_ERROR_MALFORMED);
  g_assert_nonnull (strstr (message, "59"));
}

static void
test_parse_negative (void)
{
  static const char * const negative[] = {
    "-1h", "-1:30", "- 1h", "-0", "-0:00", "\u22121h", "-۱ ساعت", "\u200F-١:٣٠",
  };

  for (guint i = 0; i < G_N_ELEMENTS (negative); i++)
    {
      g_autofree char *message = assert_parse_fails (negative[i],
                                                     DAFTAR_DURATION_ERROR_NEGATIVE);

      g_assert_nonnull (strstr (message, "can’t be negative"));
    }

  /* A minus in front of something too long is still the first thing to fix. */
  g_free (assert_parse_fails ("-9000h", DAFTAR_DURATION_ERROR_NEGATIVE));
}

static void
test_parse_too_long (void)
{
  static const char * const too_long[] = {
    "8784h1s", "8785h", "527041m", "31622401s", "8784:00:01", "8785:00", "9999:00",
    "8784.0002h", "8783h 60m 1s",
    "99999999999999999999999h", "99999999999999999999999", "99999999999999999999:00",
    "99999999999999999999999999999h 99999999999999999999999999999999999999s",
    "۸۷۸۵ ساعت",
  };
  g_autofree char *message = NULL;

  assert_parses ("8784h", MAX_SECONDS);
  assert_parses ("8784:00", MAX_SECONDS);
  assert_parses ("8784:00:00", MAX_SECONDS);
  assert_parses ("527040m", MAX_SECONDS);
  assert_parses ("31622400s", MAX_SECONDS);
  assert_parses ("8783h 59m 60s", MAX_SECONDS);
  assert_parses ("8784.0001h", MAX_SECONDS);   /* 0.36 s over, rounded away */
  assert_parses ("8783:59:59", MAX_SECONDS - 1);

  for (guint i = 0; i < G_N_ELEMENTS (too_long); i++)
    g_free (assert_parse_fails (too_long[i], DAFTAR_DURATION_ERROR_TOO_LONG));

  message = assert_parse_fails ("9999h", DAFTAR_DURATION_ERROR_TOO_LONG);
  g_assert_nonnull (strstr (message, "8784 hours"));
}

static void
test_parse_invalid_utf8 (void)
{
  static const char * const invalid[] = { "\xff", "1h\xc3", "\xdb\xb1 \xd8\xb3\xd8", "1:3\xc0\xb0" };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *message = assert_parse_fails (invalid[i],
                                                     DAFTAR_DURATION_ERROR_MALFORMED);

      g_assert_nonnull (strstr (message, "can’t be read"));
    }
}

static void
test_parse_hostile (void)
{
  g_autofree char *long_digits = g_strnfill (100000, '1');
  g_autofree char *long_word = g_strconcat ("1", long_digits, NULL);
  g_autofree char *long_letters = NULL;
  g_autofree char *message = NULL;

  g_free (assert_parse_fails (long_digits, DAFTAR_DURATION_ERROR_TOO_LONG));

  memset (long_word + 1, 'h', 99999);
  message = assert_parse_fails (long_word, DAFTAR_DURATION_ERROR_MALFORMED);
  g_assert_cmpuint (strlen (message), <, 200);
  g_clear_pointer (&message, g_free);

  long_letters = g_strconcat ("1", "ساعت", "ساعت", "ساعت", "ساعت", "ساعت", "ساعت", "ساعت",
                              "ساعت", "ساعت", NULL);
  g_free (assert_parse_fails (long_letters, DAFTAR_DURATION_ERROR_MALFORMED));
}

static void
assert_formats (gint64      seconds,
                const char *expected)
{
  g_autofree char *text = daftar_duration_to_string (seconds);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_to_string (void)
{
  assert_formats (0, "0:00");
  assert_formats (1, "0:00:01");
  assert_formats (59, "0:00:59");
  assert_formats (60, "0:01");
  assert_formats (2700, "0:45");
  assert_formats (3599, "0:59:59");
  assert_formats (3600, "1:00");
  assert_formats (5400, "1:30");
  assert_formats (5415, "1:30:15");
  assert_formats (93600, "26:00");
  assert_formats (MAX_SECONDS, "8784:00");
  assert_formats (-2700, "-0:45");
  assert_formats (-1, "-0:00:01");
  assert_formats (-5415, "-1:30:15");
  assert_formats (G_MAXINT64, "2562047788015215:30:07");
  assert_formats (G_MININT64, "-2562047788015215:30:08");
}

static void
test_round_trip (void)
{
  for (gint64 seconds = 0; seconds <= MAX_SECONDS; seconds += 997)
    {
      g_autofree char *text = daftar_duration_to_string (seconds);

      assert_parses (text, seconds);
    }

  for (gint64 seconds = 0; seconds < 7300; seconds++)
    {
      g_autofree char *text = daftar_duration_to_string (seconds);

      assert_parses (text, seconds);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/duration/parse/latin", test_parse_latin);
  g_test_add_func ("/duration/parse/persian", test_parse_persian);
  g_test_add_func ("/duration/parse/arabic", test_parse_arabic);
  g_test_add_func ("/duration/parse/case-and-spaces", test_parse_case_and_spaces);
  g_test_add_func ("/duration/parse/bidi", test_parse_bidi);
  g_test_add_func ("/duration/parse/fractions", test_parse_fractions);
  g_test_add_func ("/duration/parse/zero", test_parse_zero);
  g_test_add_func ("/duration/parse/empty", test_parse_empty);
  g_test_add_func ("/duration/parse/malformed", test_parse_malformed);
  g_test_add_func ("/duration/parse/negative", test_parse_negative);
  g_test_add_func ("/duration/parse/too-long", test_parse_too_long);
  g_test_add_func ("/duration/parse/invalid-utf8", test_parse_invalid_utf8);
  g_test_add_func ("/duration/parse/hostile", test_parse_hostile);
  g_test_add_func ("/duration/to-string", test_to_string);
  g_test_add_func ("/duration/round-trip", test_round_trip);

  return g_test_run ();
}
