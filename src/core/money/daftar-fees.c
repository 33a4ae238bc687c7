/* daftar-fees.c — the fee on one payment, for each shape of fee rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions: amounts in, fee out, in integer minor units, every division through
 * daftar_int64_mul_div_round() (half to even).  A fee is never more than the payment
 * it is taken from.
 *
 * Currencies: a rule's own amounts (Freelancer.com's US$5 minimum, PeoplePerHour's £
 * tiers, a withdrawal's flat fee) are converted to the payment's currency with the
 * exchange rate of the payment's day — the same rate the report uses for that day.
 * Without a rate for the pair the fee can't be computed, and the error names the
 * pair and the day, as every other missing rate does.
 */
#define G_LOG_DOMAIN "daftar-fees"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-fees.h"
#include "daftar-format-typed.h"
#include "daftar-format.h"
#include "daftar-text.h"

G_DEFINE_QUARK (daftar-fees-error-quark, daftar_fees_error)

/**
 * daftar_fee_percent:
 * @amount_minor: the payment, ≥ 0
 * @rate_ppm: the rate in parts per million, 0 to 1000000
 * @out_fee: (out): @amount_minor × @rate_ppm / 10^6, rounded half to even
 *
 * The flat shape (Upwork 10%, Fiverr 20%).
 *
 * Returns: %FALSE on overflow
 */
gboolean
daftar_fee_percent (gint64  amount_minor,
                    gint32  rate_ppm,
                    gint64 *out_fee)
{
  g_return_val_if_fail (amount_minor >= 0, FALSE);
  g_return_val_if_fail (rate_ppm >= 0 && rate_ppm <= DAFTAR_PPM_ONE, FALSE);
  g_return_val_if_fail (out_fee != NULL, FALSE);

  return daftar_int64_mul_div_round (amount_minor, rate_ppm, DAFTAR_PPM_ONE, out_fee);
}

/**
 * daftar_fee_with_minimum:
 * @minimum_minor: the smallest fee, in the payment's currency
 *
 * The “% or a fixed amount, whichever is greater” shape (Freelancer.com fixed-price:
 * 10% or US$5): max (@amount_minor × @rate_ppm, @minimum_minor), but never more than
 * the payment itself.
 */
gboolean
daftar_fee_with_minimum (gint64  amount_minor,
                         gint32  rate_ppm,
                         gint64  minimum_minor,
                         gint64 *out_fee)
{
  gint64 fee;

  g_return_val_if_fail (minimum_minor >= 0, FALSE);

  if (!daftar_fee_percent (amount_minor, rate_ppm, &fee))
    return FALSE;

  *out_fee = MIN (MAX (fee, minimum_minor), amount_minor);
  return TRUE;
}

/**
 * daftar_fee_tiered:
 * @tiers: the tiers, rising, the last one open-ended (see #DaftarFeeTier)
 * @billed_before_minor: lifetime billings with this client before this payment
 * @amount_minor: this payment
 *
 * The “by lifetime billings with one client” shape (PeoplePerHour, Upwork 2016–2023).
 * Each part of the payment pays the rate of the tier it falls in, so one payment can
 * cross tiers: PeoplePerHour's first £300 with a new client pay 20% of £250 and
 * 7.5% of £50, £53.75.  The parts are summed exactly and rounded once.
 */
gboolean
daftar_fee_tiered (const DaftarFeeTier *tiers,
                   guint                n_tiers,
                   gint64               billed_before_minor,
                   gint64               amount_minor,
                   gint64              *out_fee)
{
  gint64 start = billed_before_minor;
  gint64 end;
  gint64 tier_start = 0;
  gint64 sum = 0;   /* minor units × ppm */

  g_return_val_if_fail (tiers != NULL && n_tiers > 0, FALSE);
  g_return_val_if_fail (billed_before_minor >= 0 && amount_minor >= 0, FALSE);
  g_return_val_if_fail (out_fee != NULL, FALSE);

  if (!daftar_int64_add_checked (start, amount_minor, &end))
    return FALSE;

  for (guint i = 0; i < n_tiers && tier_start < end; i++)
    {
      gint64 tier_end = tiers[i].bounded ? tiers[i].up_to_minor : G_MAXINT64;
      gint64 lo = MAX (start, tier_start);
      gint64 hi = MIN (end, tier_end);
      gint64 part;

      if (hi > lo &&
          (!daftar_int64_mul_checked (hi - lo, tiers[i].rate_ppm, &part) ||
           !daftar_int64_add_checked (sum, part, &sum)))
        return FALSE;

      tier_start = tier_end;
    }

  return daftar_int64_mul_div_round (sum, 1, DAFTAR_PPM_ONE, out_fee);
}

/**
 * daftar_fee_withdrawal:
 * @flat_minor: the flat fee per withdrawal, in the payment's currency
 * @fx_ppm: the currency-conversion margin, in parts per million of the amount
 *
 * The “flat fee + FX %” shape (Upwork Direct to Local Bank $0.99; Payoneer ≈2%),
 * never more than the amount withdrawn.
 */
gboolean
daftar_fee_withdrawal (gint64  amount_minor,
                       gint64  flat_minor,
                       gint32  fx_ppm,
                       gint64 *out_fee)
{
  gint64 fx, fee;

  g_return_val_if_fail (flat_minor >= 0, FALSE);

  if (!daftar_fee_percent (amount_minor, fx_ppm, &fx) ||
      !daftar_int64_add_checked (fx, flat_minor, &fee))
    return FALSE;

  *out_fee = MIN (fee, amount_minor);
  return TRUE;
}

/**
 * daftar_fee_contract_rate:
 * @rule: a per-contract rule
 * @terms: (nullable): the project's contract rate, if it has one
 * @out_ppm: (out): the rate that applies
 * @format: (nullable): the digits of the error's percentages; %NULL for Latin
 *
 * The “% chosen per contract” shape (Upwork from 2025: 0–15%): the project's own
 * rate when it has one, else the rule's default.
 *
 * Returns: %FALSE with %DAFTAR_FEES_ERROR_CONTRACT_RATE when the project's rate is
 *   outside the rule's bounds
 */
gboolean
daftar_fee_contract_rate (const DaftarFeeRule   *rule,
                          const DaftarFeeTerms  *terms,
                          gint32                *out_ppm,
                          DaftarFormat          *format,
                          GError               **error)
{
  g_return_val_if_fail (rule != NULL && rule->shape == DAFTAR_FEE_SHAPE_PER_CONTRACT, FALSE);
  g_return_val_if_fail (out_ppm != NULL, FALSE);

  if (terms == NULL || !terms->has_contract_ppm)
    {
      *out_ppm = rule->default_ppm;
      return TRUE;
    }

  if (terms->contract_ppm < rule->min_ppm || terms->contract_ppm > rule->max_ppm)
    {
      g_autofree char *rate = daftar_format_percent (format, terms->contract_ppm, 4);
      g_autofree char *min = daftar_format_percent (format, rule->min_ppm, 4);
      g_autofree char *max = daftar_format_percent (format, rule->max_ppm, 4);

      g_set_error (error, DAFTAR_FEES_ERROR, DAFTAR_FEES_ERROR_CONTRACT_RATE,
                   /* Translators: the first three %s are percentages, like “20%”, formatted
                    * for the language; the last is a fee rule's id, like upwork-2025-variable. */
                   _("A contract fee of %s is outside the %s–%s that rule %s allows."),
                   rate, min, max, rule->id);
      return FALSE;
    }

  *out_ppm = terms->contract_ppm;
  return TRUE;
}

static void
set_overflow_error (GError **error)
{
  g_set_error_literal (error, DAFTAR_FEES_ERROR, DAFTAR_FEES_ERROR_OVERFLOW,
                       _("The amount is too large to compute its fee."));
}

/* @money in @to, with the rate of @day; records the rate used in @out. */
static gboolean
convert (const DaftarMoney  *money,
         const char         *to,
         DaftarDay           day,
         DaftarRateTable    *rates,
         DaftarFeeResult    *out,
         DaftarMoney        *converted,
         GError            **error)
{
  g_autoptr(DaftarRateTable) empty = NULL;

  if (strcmp (money->currency, to) == 0)
    {
      *converted = *money;
      return TRUE;
    }

  /* With no table, the error is the same as for a table without the pair. */
  if (rates == NULL)
    rates = empty = daftar_rate_table_new ();

  if (!daftar_rate_table_convert (rates, money, to, day, converted, &out->rate_use, error))
    return FALSE;

  out->converted = TRUE;
  return TRUE;
}

/**
 * daftar_fee_rule_apply:
 * @rule: a platform-fee or withdrawal rule
 * @terms: (nullable): the project's terms, for per-contract rules
 * @amount: the payment (or earning), ≥ 0, with a valid currency
 * @day: the payment's day: the rate of that day converts the rule's own amounts
 * @rates: (nullable): exchange rates
 * @inout_billed_minor: (inout) (optional): for tiered rules, the lifetime billings
 *   with this client before the payment, in the rule's tier currency; advanced by the
 *   payment.  %NULL is a new client.  Untouched by other shapes.
 * @out: (out caller-allocates): the fee, in @amount's currency
 * @format: (nullable): the digits of an error's numbers; %NULL for Latin
 *
 * Computes the fee @rule takes from @amount.  The caller picks the rule (see
 * daftar_fee_rules_find()); this does not check that it is in force on @day.
 *
 * Returns: %TRUE on success
 */
gboolean
daftar_fee_rule_apply (const DaftarFeeRule   *rule,
                       const DaftarFeeTerms  *terms,
                       const DaftarMoney     *amount,
                       DaftarDay              day,
                       DaftarRateTable       *rates,
                       gint64                *inout_billed_minor,
                       DaftarFeeResult       *out,
                       DaftarFormat          *format,
                       GError               **error)
{
  DaftarFeeResult result = { 0 };
  DaftarMoney local;
  gint64 fee = 0;
  gint32 ppm;

  g_return_val_if_fail (rule != NULL, FALSE);
  g_return_val_if_fail (amount != NULL && amount->minor >= 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memcpy (result.fee.currency, amount->currency, 4);

  switch (rule->shape)
    {
    case DAFTAR_FEE_SHAPE_FLAT:
      if (!daftar_fee_percent (amount->minor, rule->rate_ppm, &fee))
        goto overflow;
      break;

    case DAFTAR_FEE_SHAPE_PER_CONTRACT:
      if (!daftar_fee_contract_rate (rule, terms, &ppm, format, error))
        return FALSE;
      if (!daftar_fee_percent (amount->minor, ppm, &fee))
        goto overflow;
      break;

    case DAFTAR_FEE_SHAPE_MINIMUM:
      if (!convert (&rule->minimum, amount->currency, day, rates, &result, &local, error))
        return FALSE;
      if (!daftar_fee_with_minimum (amount->minor, rule->rate_ppm, local.minor, &fee))
        goto overflow;
      break;

    case DAFTAR_FEE_SHAPE_TIERED:
      {
        DaftarMoney in_tiers;
        DaftarMoney tier_fee = { 0 };
        gint64 billed = inout_billed_minor != NULL ? *inout_billed_minor : 0;
        gint64 billed_after;

        /* The tiers are in their own currency: place the payment there, take the fee
         * there, and bring the fee back with the same day's rate. */
        if (!convert (amount, rule->tier_currency, day, rates, &result, &in_tiers, error))
          return FALSE;
        memcpy (tier_fee.currency, rule->tier_currency, 4);
        if (!daftar_fee_tiered (rule->tiers, rule->n_tiers, billed, in_tiers.minor, &tier_fee.minor) ||
            !daftar_int64_add_checked (billed, in_tiers.minor, &billed_after))
          goto overflow;
        if (!convert (&tier_fee, amount->currency, day, rates, &result, &local, error))
          return FALSE;
        fee = MIN (local.minor, amount->minor);
        if (inout_billed_minor != NULL)
          *inout_billed_minor = billed_after;
      }
      break;

    case DAFTAR_FEE_SHAPE_WITHDRAWAL:
      if (!convert (&rule->flat, amount->currency, day, rates, &result, &local, error))
        return FALSE;
      if (!daftar_fee_withdrawal (amount->minor, local.minor, rule->fx_ppm, &fee))
        goto overflow;
      break;

    case DAFTAR_N_FEE_SHAPES:
    default:
      g_return_val_if_reached (FALSE);
    }

  result.fee.minor = fee;
  *out = result;
  return TRUE;

overflow:
  set_overflow_error (error);
  return FALSE;
}

/**
 * daftar_percent_parse:
 * @text: a percentage as typed: “15”, “7.5”, “۱۲٫۵”, optionally with “%”
 * @out_ppm: (out): the rate in parts per million
 *
 * Returns: %TRUE for 0 to 100 with at most four decimals
 */
gboolean
daftar_percent_parse (const char  *text,
                      gint32      *out_ppm,
                      GError     **error)
{
  g_autofree char *trimmed = NULL;
  gint64 value;
  gsize len;

  g_return_val_if_fail (out_ppm != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  len = strlen (trimmed);
  /* “%” or the Arabic percent sign, U+066A */
  if (len >= 1 && trimmed[len - 1] == '%')
    trimmed[len - 1] = '\0';
  else if (len >= 2 && g_str_has_suffix (trimmed, "\xd9\xaa"))
    trimmed[len - 2] = '\0';

  if (!daftar_fixed_point_parse (g_strstrip (trimmed), 4, DAFTAR_PPM_ONE, &value))
    {
      g_autofree char *shown = daftar_text_isolate_n (text ? text : "", DAFTAR_EXCERPT_MAX_CHARS);

      g_set_error (error, DAFTAR_FEES_ERROR, DAFTAR_FEES_ERROR_PERCENT,
                   /* Translators: %s is what the user typed, in quotes. */
                   _("“%s” is not a percentage. Type a number from 0 to 100, like 10 or 7.5."),
                   shown);
      return FALSE;
    }

  /* Four decimals of a percent are millionths. */
  *out_ppm = (gint32) value;
  return TRUE;
}

/**
 * daftar_ppm_to_percent:
 *
 * Returns: (transfer full): @ppm as a percentage without trailing zeros: “10”, “7.5”,
 *   “0.0001”, in Latin digits
 */
char *
daftar_ppm_to_percent (gint32 ppm)
{
  char *text = g_strdup_printf ("%d.%04d", ppm / 10000, ppm % 10000);
  char *end = text + strlen (text) - 1;

  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';

  return text;
}
