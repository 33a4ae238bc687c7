/* daftar-earnings-missing.c — the exchange rate a report lacks, as data
 *
 * daftar_earnings_compute() fails with DAFTAR_RATES_ERROR_MISSING and a message
 * naming one pair and day in words. Whoever offers to add that rate needs the
 * pair and the day as data: the earliest amount in the period with no rate into
 * the report's currency, work and payments first, then costs (imported withdrawal
 * fees, Connects…), then AI subscriptions from the first month of the period.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings"

#include "config.h"

#include <string.h>

#include "daftar-earnings-missing.h"
#include "daftar-rates.h"

static gboolean
lacks_rate (const DaftarEarningsInput *input,
            const char                *currency,
            DaftarDay                  day)
{
  gboolean inverse;

  return !g_str_equal (currency, input->query.currency) &&
         !daftar_rate_table_lookup (input->rates, currency, input->query.currency, day, &inverse);
}

/* The earliest day of work or payment in the period whose project's currency
 * has no rate; NULL when every one has. */
static const DaftarEarningsProject *
find_in_rows (const DaftarEarningsInput *input,
              DaftarDay                 *found_day)
{
  g_autoptr(GHashTable) projects = g_hash_table_new (g_int64_hash, g_int64_equal);
  const DaftarEarningsProject *found = NULL;

  *found_day = G_MAXINT32;
  for (guint i = 0; i < input->projects->len; i++)
    {
      DaftarEarningsProject *project = g_ptr_array_index (input->projects, i);

      g_hash_table_insert (projects, &project->id, project);
    }

  for (guint pass = 0; pass < 2; pass++)
    {
      guint n = pass == 0 ? input->work->len : input->payments->len;

      for (guint i = 0; i < n; i++)
        {
          const DaftarEarningsProject *project;
          gint64 project_id;
          DaftarDay day;

          if (pass == 0)
            {
              const DaftarWorkRow *row = &g_array_index (input->work, DaftarWorkRow, i);

              if (row->paid_seconds == 0 && row->earned_minor == 0)
                continue;
              project_id = row->project_id;
              day = row->day;
            }
          else
            {
              const DaftarPaymentRow *row = &g_array_index (input->payments, DaftarPaymentRow, i);

              if (row->amount_minor == 0)
                continue;
              project_id = row->project_id;
              day = row->day;
            }

          if (day < input->query.from || day > input->query.to || day >= *found_day ||
              !(project = g_hash_table_lookup (projects, &project_id)) ||
              !lacks_rate (input, project->currency, day))
            continue;

          found = project;
          *found_day = day;
        }
    }

  return found;
}

/**
 * daftar_earnings_find_missing_rate:
 * @input: the rows a report is worked out from
 * @missing: (out caller-allocates): where to put the pair and day
 *
 * Finds the first exchange rate the report of @input lacks.
 *
 * Returns: %TRUE with @missing filled in when a rate is missing, else %FALSE
 */
gboolean
daftar_earnings_find_missing_rate (const DaftarEarningsInput *input,
                                   DaftarMissingRate         *missing)
{
  const DaftarEarningsProject *project;
  DaftarDay day;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (missing != NULL, FALSE);

  memset (missing, 0, sizeof *missing);
  g_strlcpy (missing->quote, input->query.currency, sizeof missing->quote);

  if ((project = find_in_rows (input, &day)) != NULL)
    {
      g_strlcpy (missing->base, project->currency, sizeof missing->base);
      missing->day = day;
      return TRUE;
    }

  /* Then the costs outside payments, the earliest first. */
  missing->day = G_MAXINT32;
  for (guint i = 0; i < input->costs->len; i++)
    {
      const DaftarCostRow *row = &g_array_index (input->costs, DaftarCostRow, i);

      if (row->day >= input->query.from && row->day <= input->query.to && row->day < missing->day &&
          lacks_rate (input, row->currency, row->day))
        {
          g_strlcpy (missing->base, row->currency, sizeof missing->base);
          missing->day = row->day;
        }
    }
  if (missing->day != G_MAXINT32)
    return TRUE;
  missing->day = 0;

  /* Then the AI subscriptions, charged from the first month of the period. */
  day = daftar_day_month_start (input->query.from);
  for (guint i = 0; i < input->tools->len; i++)
    {
      const DaftarEarningsTool *tool = g_ptr_array_index (input->tools, i);

      if (tool->has_cost && lacks_rate (input, tool->monthly_cost.currency, day))
        {
          g_strlcpy (missing->base, tool->monthly_cost.currency, sizeof missing->base);
          missing->day = day;
          return TRUE;
        }
    }

  return FALSE;
}
