/* test-int64.c — tests for daftar-int64
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-int64"

#include <glib.h>

#include "daftar-int64.h"

/* Three-way comparison, for sorting: no overflow where a − b would have one */
static void
test_int64_compare (void)
{
  g_assert_cmpint (daftar_int64_compare (1, 2), ==, -1);
  g_assert_cmpint (daftar_int64_compare (2, 1), ==, 1);
  g_assert_cmpint (daftar_int64_compare (-7, -7), ==, 0);
  g_assert_cmpint (daftar_int64_compare (G_MININT64, G_MAXINT64), ==, -1);
  g_assert_cmpint (daftar_int64_compare (G_MAXINT64, G_MININT64), ==, 1);
  g_assert_cmpint (daftar_int64_compare (G_MAXINT64, -1), ==, 1);
}

/* Checked integer arithmetic */

static void
test_int64_checked (void)
{
  gint64 out = 99;

  g_assert_true (daftar_int64_add_checked (G_MAXINT64 - 1, 1, &out));
  g_assert_cmpint (out, ==, G_MAXINT64);
  g_assert_true (daftar_int64_add_checked (G_MININT64, G_MAXINT64, &out));
  g_assert_cmpint (out, ==, -1);
  out = 99;
  g_assert_false (daftar_int64_add_checked (G_MAXINT64, 1, &out));
  g_assert_false (daftar_int64_add_checked (G_MININT64, -1, &out));
  g_assert_false (daftar_int64_add_checked (G_MININT64, G_MININT64, &out));
  g_assert_cmpint (out, ==, 99);

  g_assert_true (daftar_int64_sub_checked (G_MININT64 + 1, 1, &out));
  g_assert_cmpint (out, ==, G_MININT64);
  g_assert_true (daftar_int64_sub_checked (-1, G_MAXINT64, &out));
  g_assert_cmpint (out, ==, G_MININT64);
  out = 99;
  g_assert_false (daftar_int64_sub_checked (G_MININT64, 1, &out));
  g_assert_false (daftar_int64_sub_checked (0, G_MININT64, &out));
  g_assert_false (daftar_int64_sub_checked (G_MAXINT64, -1, &out));
  g_assert_cmpint (out, ==, 99);

  g_assert_true (daftar_int64_mul_checked (G_MAXINT64, -1, &out));
  g_assert_cmpint (out, ==, -G_MAXINT64);
  g_assert_true (daftar_int64_mul_checked (G_MININT64 / 2, 2, &out));
  g_assert_cmpint (out, ==, G_MININT64);
  g_assert_true (daftar_int64_mul_checked (3037000499, 3037000499, &out));
  g_assert_cmpint (out, ==, G_GINT64_CONSTANT (9223372030926249001));
  out = 99;
  g_assert_false (daftar_int64_mul_checked (G_MININT64, -1, &out));
  g_assert_false (daftar_int64_mul_checked (G_MAXINT64, 2, &out));
  g_assert_false (daftar_int64_mul_checked (3037000500, 3037000500, &out));
  g_assert_false (daftar_int64_mul_checked (G_MININT64, G_MININT64, &out));
  g_assert_cmpint (out, ==, 99);
}

static void
assert_mul_div (gint64 value,
                gint64 mul,
                gint64 div,
                gint64 expected)
{
  gint64 out = 0;
  gboolean ok = daftar_int64_mul_div_round (value, mul, div, &out);

  if (!ok || out != expected)
    g_test_message ("%" G_GINT64_FORMAT " × %" G_GINT64_FORMAT " ÷ %" G_GINT64_FORMAT,
                    value, mul, div);
  g_assert_true (ok);
  g_assert_cmpint (out, ==, expected);
}

static void
assert_mul_div_fails (gint64 value,
                      gint64 mul,
                      gint64 div)
{
  gint64 out = 4242;

  g_assert_false (daftar_int64_mul_div_round (value, mul, div, &out));
  g_assert_cmpint (out, ==, 4242);
}

static void
test_mul_div_round_half_even (void)
{
  assert_mul_div (5, 1, 2, 2);       /* 2.5 → 2 */
  assert_mul_div (7, 1, 2, 4);       /* 3.5 → 4 */
  assert_mul_div (-5, 1, 2, -2);     /* -2.5 → -2 */
  assert_mul_div (-7, 1, 2, -4);     /* -3.5 → -4 */
  assert_mul_div (5, -1, 2, -2);
  assert_mul_div (5, 1, -2, -2);
  assert_mul_div (-5, -1, 2, 2);
  assert_mul_div (-5, 1, -2, 2);
  assert_mul_div (1, 1, 2, 0);       /* 0.5 → 0 */
  assert_mul_div (3, 1, 2, 2);       /* 1.5 → 2 */
  assert_mul_div (-1, 1, 2, 0);
  assert_mul_div (1, 1, 3, 0);       /* 0.33 → 0 */
  assert_mul_div (2, 1, 3, 1);       /* 0.67 → 1 */
  assert_mul_div (-2, 1, 3, -1);
  assert_mul_div (12, 5, 10, 6);     /* exact */
  assert_mul_div (0, 123, 7, 0);
  assert_mul_div (123, 0, -7, 0);

  /* A session fee: paid seconds × hourly rate in minor units ÷ 3600. */
  assert_mul_div (5400, 5000, 3600, 7500);   /* 1.5 h at 50.00 */
  assert_mul_div (1800, 1, 3600, 0);         /* 0.5 → 0 */
  assert_mul_div (5400, 1, 3600, 2);         /* 1.5 → 2 */
  assert_mul_div (9000, 1, 3600, 2);         /* 2.5 → 2 */
  assert_mul_div (1, 1801, 3600, 1);         /* just above half */
  assert_mul_div (1, 1799, 3600, 0);         /* just below half */
}

static void
test_mul_div_round_large (void)
{
  /* value × mul overflows gint64, the result doesn't. */
  assert_mul_div (G_GINT64_CONSTANT (3000000000), G_GINT64_CONSTANT (4000000000),
                  G_GINT64_CONSTANT (1000000000), G_GINT64_CONSTANT (12000000000));
  assert_mul_div (G_MAXINT64, G_MAXINT64, G_MAXINT64, G_MAXINT64);
  assert_mul_div (G_MININT64, G_MININT64, G_MININT64, G_MININT64);
  assert_mul_div (G_MAXINT64, 3, 3, G_MAXINT64);
  assert_mul_div (G_MININT64, 3, 3, G_MININT64);
  assert_mul_div (G_MININT64, 1, 1, G_MININT64);
  assert_mul_div (G_MININT64, -1, -1, G_MININT64);
  assert_mul_div (G_MININT64, 1, G_MININT64, 1);
  assert_mul_div (G_MAXINT64, 1, G_MININT64, -1);    /* -0.99999… → -1 */
  assert_mul_div (1, 1, G_MININT64, 0);
  /* (2^63 − 1) × 2 ÷ 4 = 4611686018427387903.5 → the even 4611686018427387904 */
  assert_mul_div (G_MAXINT64, 2, 4, G_GINT64_CONSTANT (4611686018427387904));
  /* (2^63 − 1) ÷ 2 = …903.5 → the even …904 */
  assert_mul_div (G_MAXINT64, 1, 2, G_GINT64_CONSTANT (4611686018427387904));
  /* (2^63 − 3) ÷ 2 = …902.5 → the even …902 */
  assert_mul_div (G_MAXINT64 - 2, 1, 2, G_GINT64_CONSTANT (4611686018427387902));
  /* …while −(2^63 − 0.5) rounds to −2^63, which fits. */
  assert_mul_div (G_GINT64_CONSTANT (-6148914691236517205), 3, 2, G_MININT64);
  /* A year of seconds at a huge hourly rate. */
  assert_mul_div (G_GINT64_CONSTANT (31622400), G_GINT64_CONSTANT (100000000000000),
                  3600, G_GINT64_CONSTANT (878400000000000000));
}

static void
test_mul_div_round_overflow (void)
{
  assert_mul_div_fails (1, 1, 0);
  assert_mul_div_fails (0, 0, 0);
  assert_mul_div_fails (G_MAXINT64, 2, 1);
  assert_mul_div_fails (G_MININT64, -1, 1);
  assert_mul_div_fails (G_MININT64, 1, -1);
  assert_mul_div_fails (G_MAXINT64, G_MAXINT64, 1);
  assert_mul_div_fails (G_MININT64, G_MININT64, 1);
  assert_mul_div_fails (G_MININT64, G_MININT64, -1);
  assert_mul_div_fails (G_MAXINT64, 4, 3);
  /* (2^64 − 1) ÷ 2 = 2^63 − 0.5: the tie rounds to the even 2^63, one past G_MAXINT64… */
  assert_mul_div_fails (G_GINT64_CONSTANT (6148914691236517205), 3, 2);
  /* (2^65 − 1) ÷ 2 = 2^64 − 0.5: rounding up must not wrap an unsigned quotient to 0. */
  assert_mul_div_fails (G_GINT64_CONSTANT (1190112520884487201), 31, 2);
  assert_mul_div_fails (G_GINT64_CONSTANT (-1190112520884487201), 31, 2);
}

/* Checks against the definition: the nearest integer, the even one on a tie. */
static void
test_mul_div_round_exhaustive (void)
{
  for (gint64 value = -60; value <= 60; value++)
    for (gint64 mul = -7; mul <= 7; mul++)
      for (gint64 div = -25; div <= 25; div++)
        {
          gint64 numerator = value * mul;
          gint64 best = 0;
          gint64 out = 0;
          gboolean first = TRUE;

          if (div == 0)
            continue;

          /* Try every integer near the quotient; compare |numerator − k·div| exactly. */
          for (gint64 k = numerator / div - 2; k <= numerator / div + 2; k++)
            {
              gint64 distance = ABS (numerator - k * div);
              gint64 best_distance = ABS (numerator - best * div);

              if (first || distance < best_distance
                  || (distance == best_distance && k % 2 == 0))
                best = k;
              first = FALSE;
            }

          g_assert_true (daftar_int64_mul_div_round (value, mul, div, &out));
          if (out != best)
            g_test_message ("%" G_GINT64_FORMAT " × %" G_GINT64_FORMAT " ÷ %" G_GINT64_FORMAT,
                            value, mul, div);
          g_assert_cmpint (out, ==, best);
        }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/int64/compare", test_int64_compare);
  g_test_add_func ("/int64/checked", test_int64_checked);
  g_test_add_func ("/int64/mul-div-round/half-even", test_mul_div_round_half_even);
  g_test_add_func ("/int64/mul-div-round/large", test_mul_div_round_large);
  g_test_add_func ("/int64/mul-div-round/overflow", test_mul_div_round_overflow);
  g_test_add_func ("/int64/mul-div-round/exhaustive", test_mul_div_round_exhaustive);

  return g_test_run ();
}
