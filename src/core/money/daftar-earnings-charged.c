/* daftar-earnings-charged.c — the fees platforms charged, beside what their rules predict
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A payment recorded (or imported, as Upwork's Service Fee rows are) with the platform
 * fee actually charged counts that fee; this works out, for the same payments in the
 * period, the fee the project's rule would have taken, so that a page can show both and
 * flag a platform that charged other than its published rule.  Pure: nothing here
 * changes the report's figures.  A payment whose prediction can't be made (a tiered
 * rule, which depends on billings the charged fees don't tell, or no exchange rate) is
 * left out of both sums.
 */
#define G_LOG_DOMAIN "daftar-earnings"

#include "config.h"

#include "daftar-earnings-private.h"

static gboolean
predict (Calc                        *calc,
         const DaftarEarningsProject *project,
         const DaftarPaymentRow      *payment,
         gint64                      *out_fee)
{
  g_autoptr(GError) error = NULL;
  const DaftarFeeRule *rule;
  DaftarFeeResult result;
  DaftarMoney amount = { .minor = payment->amount_minor };

  if (project->has_override_ppm)
    return daftar_fee_percent (payment->amount_minor, project->override_ppm, out_fee);

  if (calc->input->rules == NULL ||
      !(rule = daftar_fee_rules_find (calc->input->rules, project->platform_key, project->pricing, payment->day)) ||
      rule->shape == DAFTAR_FEE_SHAPE_TIERED)
    return FALSE;

  memcpy (amount.currency, project->currency, 4);
  if (!daftar_fee_rule_apply (rule, &project->terms, &amount, payment->day, calc->input->rates, NULL,
                              &result, calc->input->format, &error))
    return FALSE;

  *out_fee = result.fee.minor;
  return TRUE;
}

/**
 * daftar_earnings_compare_fees:
 *
 * Sets @report's fees charged and predicted, in its currency.
 */
void
daftar_earnings_compare_fees (Calc                 *calc,
                              DaftarEarningsReport *report)
{
  const DaftarEarningsInput *input = calc->input;

  for (guint i = 0; i < input->payments->len; i++)
    {
      const DaftarPaymentRow *payment = &g_array_index (input->payments, DaftarPaymentRow, i);
      const DaftarEarningsProject *project;
      gint64 predicted = 0, charged_home = 0, predicted_home = 0;
      g_autoptr(GError) error = NULL;

      if (!payment->has_platform_fee || payment->day < input->query.from || payment->day > input->query.to ||
          !(project = daftar_earnings_input_get_project (input, payment->project_id)) ||
          !predict (calc, project, payment, &predicted) ||
          !daftar_earnings_to_home (calc, payment->platform_fee_minor, project->currency, payment->day,
                                    &charged_home, &error) ||
          !daftar_earnings_to_home (calc, predicted, project->currency, payment->day, &predicted_home, &error))
        continue;

      report->n_fees_charged++;
      daftar_earnings_add_to (&report->fees_charged_minor, charged_home, calc);
      daftar_earnings_add_to (&report->fees_predicted_minor, predicted_home, calc);
    }
}
