/* daftar-int64.c — integer arithmetic that cannot overflow silently
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-int64"

#include "daftar-int64.h"

/**
 * daftar_int64_magnitude:
 *
 * Returns: |@value|, without signed overflow: -(G_MININT64 + 1) + 1 is 2^63 in guint64
 */
guint64
daftar_int64_magnitude (gint64 value)
{
  return value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;
}

/**
 * daftar_int64_from_magnitude:
 * @magnitude: at most %DAFTAR_INT64_MAGNITUDE_MAX_NEGATIVE when @negative,
 *   else at most %DAFTAR_INT64_MAGNITUDE_MAX_POSITIVE
 *
 * Returns: the signed value
 */
gint64
daftar_int64_from_magnitude (guint64  magnitude,
                             gboolean negative)
{
  g_assert (magnitude <= (negative ? DAFTAR_INT64_MAGNITUDE_MAX_NEGATIVE
                                   : DAFTAR_INT64_MAGNITUDE_MAX_POSITIVE));

  if (!negative)
    return (gint64) magnitude;

  if (magnitude == DAFTAR_INT64_MAGNITUDE_MAX_NEGATIVE)
    return G_MININT64;

  return -(gint64) magnitude;
}

/**
 * daftar_int64_compare:
 *
 * For sorting: compares without the overflow @a − @b can have.
 *
 * Returns: -1, 0 or 1 as @a is less than, equal to or greater than @b
 */
int
daftar_int64_compare (gint64 a,
                      gint64 b)
{
  return (a > b) - (a < b);
}

/**
 * daftar_int64_add_checked:
 * daftar_int64_sub_checked:
 * daftar_int64_mul_checked:
 * @a: a number
 * @b: a number
 * @out: (out): where to store @a + @b, @a − @b or @a × @b
 *
 * Add, subtract and multiply without undefined behaviour, through the compiler's
 * overflow builtins.  @out is left untouched on overflow.
 *
 * Returns: %FALSE if the result does not fit in a #gint64
 */
#define DAFTAR_DEFINE_INT64_CHECKED(op)                                 \
  gboolean                                                              \
  daftar_int64_##op##_checked (gint64  a,                               \
                               gint64  b,                               \
                               gint64 *out)                             \
  {                                                                     \
    gint64 result;                                                      \
                                                                        \
    g_return_val_if_fail (out != NULL, FALSE);                          \
                                                                        \
    if (__builtin_##op##_overflow (a, b, &result))                      \
      return FALSE;                                                     \
                                                                        \
    *out = result;                                                      \
                                                                        \
    return TRUE;                                                        \
  }

DAFTAR_DEFINE_INT64_CHECKED (add)
DAFTAR_DEFINE_INT64_CHECKED (sub)
DAFTAR_DEFINE_INT64_CHECKED (mul)

/* quotient = a × b / d and remainder = a × b % d, exactly; FALSE if the quotient needs more
 * than 64 bits. */
static gboolean
mul_div_magnitudes (guint64  a,
                    guint64  b,
                    guint64  d,
                    guint64 *quotient,
                    guint64 *remainder)
{
#if defined (__SIZEOF_INT128__) && !defined (DAFTAR_INT64_NO_INT128)
  unsigned __int128 product = (unsigned __int128) a * b;
  unsigned __int128 q = product / d;

  if (q > G_MAXUINT64)
    return FALSE;

  *quotient = (guint64) q;
  *remainder = (guint64) (product % d);

  return TRUE;
#else
  /* The same without a 128-bit type: schoolbook multiplication into two 64-bit halves,
   * then binary long division.  Only compilers without __int128 (32-bit targets) use
   * this; build the tests with -DDAFTAR_INT64_NO_INT128 to exercise it. */
  guint64 a_lo = a & 0xFFFFFFFF, a_hi = a >> 32;
  guint64 b_lo = b & 0xFFFFFFFF, b_hi = b >> 32;
  guint64 p0 = a_lo * b_lo;
  guint64 p1 = a_lo * b_hi;
  guint64 p2 = a_hi * b_lo;
  guint64 p3 = a_hi * b_hi;
  guint64 middle = (p0 >> 32) + (p1 & 0xFFFFFFFF) + (p2 & 0xFFFFFFFF);
  guint64 hi = p3 + (p1 >> 32) + (p2 >> 32) + (middle >> 32);
  guint64 lo = (middle << 32) | (p0 & 0xFFFFFFFF);
  guint64 q = 0;
  guint64 r = 0;

  /* d ≤ 2^63, so r < 2^63 and r × 2 + 1 never overflows. */
  g_assert (d <= DAFTAR_INT64_MAGNITUDE_MAX_NEGATIVE);

  for (int bit = 127; bit >= 0; bit--)
    {
      guint64 next = bit >= 64 ? (hi >> (bit - 64)) & 1 : (lo >> bit) & 1;

      r = (r << 1) | next;
      if (r >= d)
        {
          r -= d;
          if (bit >= 64)
            return FALSE;
          q |= G_GUINT64_CONSTANT (1) << bit;
        }
    }

  *quotient = q;
  *remainder = r;

  return TRUE;
#endif
}

/**
 * daftar_int64_mul_div_round:
 * @value: a number
 * @mul: what to multiply @value by
 * @div: what to divide the product by; not 0
 * @out: (out): where to store the result
 *
 * Computes @value × @mul ÷ @div exactly and rounds it to an integer, half to even
 * (“banker's rounding”): 2.5 → 2, 3.5 → 4, −2.5 → −2, 2.4 → 2, 2.6 → 3.  The product is
 * kept in 128 bits, so it may exceed #gint64 as long as the result fits.
 *
 * This is the one rounding rule in Daftar.  Every conversion that can fall between two
 * minor units goes through here, for example the fee for a session:
 * `daftar_int64_mul_div_round (paid_seconds, hourly_rate_minor, 3600, &fee_minor)`.
 * Half to even has no bias up or down, so rounding many sessions does not drift.
 *
 * @out is left untouched on failure.
 *
 * Returns: %FALSE if @div is 0 or the result does not fit in a #gint64
 */
gboolean
daftar_int64_mul_div_round (gint64  value,
                            gint64  mul,
                            gint64  div,
                            gint64 *out)
{
  gboolean negative;
  guint64 divisor;
  guint64 quotient;
  guint64 remainder;

  g_return_val_if_fail (out != NULL, FALSE);

  if (div == 0)
    return FALSE;

  /* Round the magnitude, then apply the sign: half to even is symmetric around zero. */
  negative = ((value < 0) ^ (mul < 0) ^ (div < 0)) != 0;
  divisor = daftar_int64_magnitude (div);

  if (!mul_div_magnitudes (daftar_int64_magnitude (value), daftar_int64_magnitude (mul), divisor,
                           &quotient, &remainder))
    return FALSE;

  /* remainder < divisor ≤ 2^63, so comparing with divisor − remainder cannot overflow. */
  if (remainder > divisor - remainder
      || (remainder == divisor - remainder && (quotient & 1) != 0))
    {
      if (quotient == G_MAXUINT64)
        return FALSE;
      quotient++;
    }

  if (quotient > (negative ? DAFTAR_INT64_MAGNITUDE_MAX_NEGATIVE : DAFTAR_INT64_MAGNITUDE_MAX_POSITIVE))
    return FALSE;

  *out = daftar_int64_from_magnitude (quotient, negative);

  return TRUE;
}
