/* daftar-rates.c — exchange rates with the day they apply to, and conversions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A conversion uses the latest rate on or before the amount's day, for the pair in
 * either direction; there is no triangulation through a third currency, so a missing
 * pair is an error that names the pair and the day.  The arithmetic goes through
 * daftar_int64_mul_div_round(), the one rounding rule.
 */
#define G_LOG_DOMAIN "daftar-rates"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-digits.h"
#include "daftar-rates.h"
#include "daftar-text.h"

struct _DaftarRateTable
{
  GArray   *rates;    /* DaftarExchangeRate, sorted by base, quote, day, source */
  gboolean  sorted;
};

G_DEFINE_QUARK (daftar-rates-error-quark, daftar_rates_error)

static const gint64 powers_of_ten[] = {
  1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
};

DaftarRateTable *
daftar_rate_table_new (void)
{
  DaftarRateTable *table = g_new0 (DaftarRateTable, 1);

  table->rates = g_array_new (FALSE, FALSE, sizeof (DaftarExchangeRate));
  table->sorted = TRUE;
  return table;
}

void
daftar_rate_table_free (DaftarRateTable *table)
{
  if (table == NULL)
    return;

  g_array_unref (table->rates);
  g_free (table);
}

/**
 * daftar_rate_table_add:
 * @rate: a rate between two valid, different currencies, with rate_e8 > 0
 *
 * Adds a copy of @rate.  A later rate for the same pair, day and source replaces
 * nothing: keep the table free of such duplicates (the ledger's UNIQUE key does).
 */
void
daftar_rate_table_add (DaftarRateTable          *table,
                       const DaftarExchangeRate *rate)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (rate != NULL);
  g_return_if_fail (rate->rate_e8 > 0);

  g_array_append_vals (table->rates, rate, 1);
  table->sorted = FALSE;
}

static int
compare_key (const char       *base,
             const char       *quote,
             DaftarDay         day,
             DaftarRateSource  source,
             const DaftarExchangeRate *rate)
{
  int c;

  if ((c = strcmp (base, rate->base)) != 0 ||
      (c = strcmp (quote, rate->quote)) != 0 ||
      (c = daftar_int64_compare (day, rate->day)) != 0)
    return c;
  return daftar_int64_compare (source, rate->source);
}

static int
compare_rates (gconstpointer a,
               gconstpointer b)
{
  const DaftarExchangeRate *x = a;

  return compare_key (x->base, x->quote, x->day, x->source, b);
}

static void
ensure_sorted (DaftarRateTable *table)
{
  if (!table->sorted)
    {
      g_array_sort (table->rates, compare_rates);
      table->sorted = TRUE;
    }
}

guint
daftar_rate_table_get_n_rates (DaftarRateTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rates->len;
}

/**
 * daftar_rate_table_get_rate:
 *
 * Returns: (transfer none): the @index-th rate, by base, quote and day
 */
const DaftarExchangeRate *
daftar_rate_table_get_rate (DaftarRateTable *table,
                            guint            index)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (index < table->rates->len, NULL);

  ensure_sorted (table);
  return &g_array_index (table->rates, DaftarExchangeRate, index);
}

/* The last rate for base → quote on or before @day (a user rate when a feed rate
 * shares its day), or NULL. */
static const DaftarExchangeRate *
find_latest (DaftarRateTable *table,
             const char      *base,
             const char      *quote,
             DaftarDay        day)
{
  guint lo = 0, hi = table->rates->len;
  const DaftarExchangeRate *found;

  /* First index whose key is greater than (base, quote, day, the highest source). */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const DaftarExchangeRate *rate = &g_array_index (table->rates, DaftarExchangeRate, mid);

      if (compare_key (base, quote, day, DAFTAR_RATE_SOURCE_USER, rate) >= 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo == 0)
    return NULL;

  found = &g_array_index (table->rates, DaftarExchangeRate, lo - 1);
  if (strcmp (found->base, base) != 0 || strcmp (found->quote, quote) != 0)
    return NULL;

  return found;
}

/**
 * daftar_rate_table_lookup:
 * @from: the currency converted from
 * @to: the currency converted to
 * @day: the day of the amount
 * @out_inverse: (out) (optional): %TRUE when the rate found is @to → @from
 *
 * Finds the rate to use for @day: the latest one on or before it, quoted in either
 * direction.  When both directions have a rate, the more recent wins, and on the same
 * day the one quoted @from → @to.
 *
 * Returns: (transfer none) (nullable): the rate, or %NULL when there is none
 */
const DaftarExchangeRate *
daftar_rate_table_lookup (DaftarRateTable *table,
                          const char      *from,
                          const char      *to,
                          DaftarDay        day,
                          gboolean        *out_inverse)
{
  const DaftarExchangeRate *direct;
  const DaftarExchangeRate *inverse;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  ensure_sorted (table);
  direct = find_latest (table, from, to, day);
  inverse = find_latest (table, to, from, day);

  if (direct != NULL && (inverse == NULL || direct->day >= inverse->day))
    {
      if (out_inverse != NULL)
        *out_inverse = FALSE;
      return direct;
    }

  if (out_inverse != NULL)
    *out_inverse = inverse != NULL;
  return inverse;
}

/**
 * daftar_money_convert:
 * @amount: an amount with a valid currency
 * @to: a valid currency code
 * @rate_e8: the price of one @amount currency unit in @to × 10^8, or with @inverse the
 *   price of one @to unit in @amount's currency
 * @out: (out caller-allocates): the converted amount; may be @amount
 *
 * Converts, rounding half to even to @to's minor unit, with the decimals of both
 * currencies taken into account (JPY has none, KWD three).
 *
 * Returns: %TRUE on success, %FALSE with %DAFTAR_RATES_ERROR_OVERFLOW or a
 *   #DAFTAR_MONEY_ERROR otherwise
 */
gboolean
daftar_money_convert (const DaftarMoney  *amount,
                      const char         *to,
                      gint64              rate_e8,
                      gboolean            inverse,
                      DaftarMoney        *out,
                      GError            **error)
{
  int from_decimals;
  int to_decimals;
  gint64 mul, div, result;

  g_return_val_if_fail (amount != NULL, FALSE);
  g_return_val_if_fail (to != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (rate_e8 > 0, FALSE);

  from_decimals = daftar_currency_get_decimals (amount->currency);
  to_decimals = daftar_currency_get_decimals (to);
  if (from_decimals < 0 || to_decimals < 0 || from_decimals > 8 || to_decimals > 8)
    {
      g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY,
                   _("“%s” is not a currency code Daftar knows."),
                   from_decimals < 0 ? amount->currency : to);
      return FALSE;
    }

  /* amount × rate × 10^to / (10^8 × 10^from), or amount × 10^8 × 10^to / (rate × 10^from) */
  mul = inverse ? DAFTAR_RATE_SCALE : rate_e8;
  div = inverse ? rate_e8 : DAFTAR_RATE_SCALE;
  if (to_decimals >= from_decimals)
    {
      if (!daftar_int64_mul_checked (mul, powers_of_ten[to_decimals - from_decimals], &mul))
        goto overflow;
    }
  else if (!daftar_int64_mul_checked (div, powers_of_ten[from_decimals - to_decimals], &div))
    goto overflow;

  if (!daftar_int64_mul_div_round (amount->minor, mul, div, &result))
    goto overflow;

  out->minor = result;
  memcpy (out->currency, to, 3);
  out->currency[3] = '\0';
  return TRUE;

overflow:
  g_set_error_literal (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_OVERFLOW,
                       _("The converted amount is too large to be stored."));
  return FALSE;
}

/**
 * daftar_rate_table_convert:
 * @amount: an amount with a valid currency
 * @to: a valid currency code
 * @day: the day of the amount, whose rate is used
 * @out: (out caller-allocates): the converted amount; may be @amount
 * @out_use: (out caller-allocates) (optional): the rate used; unchanged when no
 *   conversion was needed
 *
 * Converts @amount to @to with the latest rate on or before @day.  An amount already
 * in @to is copied as it is.
 *
 * Returns: %TRUE on success; %FALSE with %DAFTAR_RATES_ERROR_MISSING, naming the pair
 *   and the day, when the table has no rate for them
 */
gboolean
daftar_rate_table_convert (DaftarRateTable    *table,
                           const DaftarMoney  *amount,
                           const char         *to,
                           DaftarDay           day,
                           DaftarMoney        *out,
                           DaftarRateUse      *out_use,
                           GError            **error)
{
  const DaftarExchangeRate *rate;
  gboolean inverse = FALSE;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (amount != NULL, FALSE);
  g_return_val_if_fail (to != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (strncmp (amount->currency, to, 3) == 0)
    {
      *out = *amount;
      return TRUE;
    }

  rate = daftar_rate_table_lookup (table, amount->currency, to, day, &inverse);
  if (rate == NULL)
    {
      char iso[DAFTAR_DAY_ISO_LEN];

      daftar_day_to_iso (day, iso);
      g_set_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING,
                   /* Translators: the first two %s are currency codes (EUR, USD); the third
                    * is a date (2025-03-21). Keep “daftar-cli rate add” as it is. */
                   _("There is no exchange rate from %s to %s on or before %s. Add one, for "
                     "example with “daftar-cli rate add %s %s RATE --date %s”."),
                   amount->currency, to, iso, amount->currency, to, iso);
      return FALSE;
    }

  if (!daftar_money_convert (amount, to, rate->rate_e8, inverse, out, error))
    return FALSE;

  if (out_use != NULL)
    {
      out_use->rate = *rate;
      out_use->inverse = inverse;
    }

  return TRUE;
}

/**
 * daftar_fixed_point_parse:
 * @text: a non-negative decimal number, in any digit system, like “12.5” or “۱۲٫۵”
 * @decimals: how many digits after the point to keep; more are refused, not rounded
 * @max_scaled: the largest value accepted, scaled by 10^@decimals
 * @out_scaled: (out): the number × 10^@decimals
 *
 * Reads plain numbers: no sign, no grouping, no exponent.
 *
 * Returns: %TRUE when @text is such a number and at most @max_scaled
 */
gboolean
daftar_fixed_point_parse (const char *text,
                          guint       decimals,
                          gint64      max_scaled,
                          gint64     *out_scaled)
{
  g_autofree char *norm = NULL;
  const char *p;
  gint64 value = 0;
  guint n_int = 0, n_frac = 0;

  g_return_val_if_fail (decimals <= 8, FALSE);
  g_return_val_if_fail (out_scaled != NULL, FALSE);

  if (text == NULL || (norm = daftar_digits_normalize (text)) == NULL)
    return FALSE;

  for (p = norm; g_ascii_isdigit (*p); p++, n_int++)
    if (!daftar_int64_mul_checked (value, 10, &value) ||
        !daftar_int64_add_checked (value, *p - '0', &value))
      return FALSE;

  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++, n_frac++)
        {
          if (n_frac >= decimals)
            return FALSE;
          if (!daftar_int64_mul_checked (value, 10, &value) ||
              !daftar_int64_add_checked (value, *p - '0', &value))
            return FALSE;
        }
      if (n_frac == 0)
        return FALSE;
    }

  if (*p != '\0' || n_int + n_frac == 0)
    return FALSE;

  for (; n_frac < decimals; n_frac++)
    if (!daftar_int64_mul_checked (value, 10, &value))
      return FALSE;

  if (value > max_scaled)
    return FALSE;

  *out_scaled = value;
  return TRUE;
}

/**
 * daftar_rate_parse:
 * @text: a rate as typed, like “1.08” or “۵۸۰۰۰”
 * @out_e8: (out): the rate × 10^8
 *
 * Returns: %TRUE for a rate above zero with at most eight decimals
 */
gboolean
daftar_rate_parse (const char  *text,
                   gint64      *out_e8,
                   GError     **error)
{
  gint64 value;

  g_return_val_if_fail (out_e8 != NULL, FALSE);

  if (!daftar_fixed_point_parse (text, DAFTAR_RATE_DECIMALS, DAFTAR_RATE_MAX_E8, &value) ||
      value <= 0)
    {
      g_autofree char *shown = daftar_text_isolate_n (text ? text : "", DAFTAR_EXCERPT_MAX_CHARS);

      g_set_error (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MALFORMED,
                   /* Translators: %s is what the user typed, in quotes. Keep the example. */
                   _("“%s” is not an exchange rate. Type a number above zero with at most "
                     "eight decimals, like 1.08."),
                   shown);
      return FALSE;
    }

  *out_e8 = value;
  return TRUE;
}

/**
 * daftar_rate_to_string:
 *
 * Returns: (transfer full): the rate with its eight decimals, like “1.08000000”
 */
char *
daftar_rate_to_string (gint64 rate_e8)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%08" G_GINT64_FORMAT,
                          rate_e8 / DAFTAR_RATE_SCALE, rate_e8 % DAFTAR_RATE_SCALE);
}
