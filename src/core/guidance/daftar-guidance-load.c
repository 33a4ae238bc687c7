/* daftar-guidance-load.c — guidance over the ledger, with the market and the fee rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-guidance"

#include "config.h"

#include "daftar-fee-rules.h"
#include "daftar-guidance.h"
#include "daftar-guidance-load.h"
#include "daftar-dates.h"
#include "daftar-store-goals.h"
#include "daftar-store-market.h"
#include "daftar-store-report.h"

/**
 * daftar_guidance_load:
 * @store: the ledger
 * @market: the market dataset in use
 * @rules: the fee rules
 * @today: today, for the month's pace
 * @from: the period's first day
 * @to: its last day
 * @currency: the home currency
 * @format: how figures are written in the cards
 * @error: return location for an error
 *
 * Guidance over @store's work between @from and @to, against @market and with @rules
 * (a DaftarContext holds both, parsed once).
 *
 * Returns: (transfer full): the cards, or %NULL with @error set
 */
DaftarGuidance *
daftar_guidance_load (DaftarStore          *store,
                      const DaftarMarket   *market,
                      const DaftarFeeRules *rules,
                      const GDate          *today,
                      DaftarDay             from,
                      DaftarDay             to,
                      const char           *currency,
                      DaftarFormat         *format,
                      GError              **error)
{
  g_autoptr(DaftarEarningsInput) input = NULL;
  g_autoptr(DaftarGuidance) guidance = NULL;
  DaftarGoals goals;

  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);
  g_return_val_if_fail (market != NULL && rules != NULL && today != NULL, NULL);

  if (!(input = daftar_store_load_earnings (store, from, to, currency, DAFTAR_EARNINGS_BY_PROJECT,
                                            rules, error)) ||
      !(guidance = daftar_guidance_compute (market, input, format, error)) ||
      !daftar_store_get_goals (store, &goals, error))
    return NULL;

  /* The month's pace, when the period is the present and the goal is in the
   * currency the cards are written in. */
  if (goals.has_monthly_net && g_str_equal (goals.currency, currency) &&
      from <= daftar_day_from_date (today) && daftar_day_from_date (today) <= to)
    {
      DaftarGoalsProgress progress;
      DaftarGuidanceCard *card;

      if (!daftar_store_goals_progress (store, &goals, currency, daftar_format_get_calendar (format),
                                        daftar_format_get_locale (format), today, rules,
                                        &progress, error))
        return NULL;
      if ((card = daftar_guidance_goal_pace_card (&progress, format)))
        daftar_guidance_add_card (guidance, card);
    }

  return g_steal_pointer (&guidance);
}

/**
 * daftar_store_load_guidance:
 *
 * daftar_guidance_load() against the market dataset in use (the feed's, else the
 * bundled one) and the bundled fee rules, both read afresh, for today.
 *
 * Returns: (transfer full): the cards, or %NULL with @error set
 */
DaftarGuidance *
daftar_store_load_guidance (DaftarStore   *store,
                            DaftarDay      from,
                            DaftarDay      to,
                            const char    *currency,
                            DaftarFormat  *format,
                            GError       **error)
{
  g_autoptr(DaftarMarket) market = NULL;
  g_autoptr(DaftarFeeRules) rules = NULL;
  GDate today;

  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);

  if (!(market = daftar_store_load_market (store, NULL, error)) ||
      !(rules = daftar_fee_rules_load_default (error)))
    return NULL;

  daftar_date_today (&today);
  return daftar_guidance_load (store, market, rules, &today, from, to, currency, format, error);
}
