/* daftar-earnings-costs.c — a platform's costs outside payments: withdrawal fees,
 * Connects, membership, refunds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Costs come from imports (an Upwork transaction history, say) and count on their
 * own day, on either basis: a withdrawal fee as a withdrawal fee, Connects and
 * membership as platform costs, a refund as less gross.  Each is converted to the
 * report's currency with the rate of its day.  A cost of a project goes with the
 * project's payments (shared across “with AI”/tools like them); one of no project
 * counts under its platform, and under “no client”, “other”, “no AI tool” or
 * “without AI” when grouping by those, or its own “no project” group by project.
 */
#define G_LOG_DOMAIN "daftar-earnings"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-earnings-private.h"

static const char * const kind_keys[DAFTAR_N_COST_KINDS] = {
  "withdrawal",
  "connects",
  "membership",
  "refund",
};

DAFTAR_DEFINE_KEYS (DaftarCostKind, daftar_cost_kind, kind_keys, DAFTAR_KEYS_EXACT)

static void
cost_clear (gpointer data)
{
  DaftarCostRow *row = data;

  g_clear_pointer (&row->platform_key, g_free);
  g_clear_pointer (&row->platform_name, g_free);
}

GArray *
daftar_earnings_costs_new (void)
{
  GArray *costs = g_array_new (FALSE, FALSE, sizeof (DaftarCostRow));

  g_array_set_clear_func (costs, cost_clear);
  return costs;
}

void
daftar_earnings_input_add_cost (DaftarEarningsInput *input,
                                const DaftarCostRow *row)
{
  DaftarCostRow copy;

  g_return_if_fail (input != NULL && row != NULL);

  copy = *row;
  copy.platform_key = g_strdup (row->platform_key ? row->platform_key : "other");
  copy.platform_name = g_strdup (row->platform_name ? row->platform_name : copy.platform_key);
  g_array_append_val (input->costs, copy);
}

static Accum *
loose_costs (Calc                *calc,
             const DaftarCostRow *row)
{
  LooseCosts *loose;

  for (guint i = 0; i < calc->loose->len; i++)
    {
      loose = g_ptr_array_index (calc->loose, i);
      if (strcmp (loose->platform_key, row->platform_key) == 0)
        return &loose->accum;
    }

  loose = g_new0 (LooseCosts, 1);
  loose->platform_key = row->platform_key;
  loose->platform_name = row->platform_name;
  g_ptr_array_add (calc->loose, loose);
  return &loose->accum;
}

/* Counts the period's costs: into their project's total and pool (shared out with its
 * payments), else into calc->loose by platform. */
gboolean
daftar_earnings_count_costs (Calc        *calc,
                             GHashTable  *project_index,
                             GError     **error)
{
  const DaftarEarningsInput *input = calc->input;

  for (guint i = 0; i < input->costs->len; i++)
    {
      const DaftarCostRow *row = &g_array_index (input->costs, DaftarCostRow, i);
      gpointer found = row->project_id > 0 ? g_hash_table_lookup (project_index, &row->project_id) : NULL;
      Accum add = { 0 };
      gint64 home;

      if (row->day < input->query.from || row->day > input->query.to || row->amount_minor <= 0)
        continue;

      if (!daftar_currency_is_valid (row->currency))
        {
          g_set_error (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_INPUT,
                       _("“%s” is not a currency code Daftar knows."), row->currency);
          return FALSE;
        }

      if (!daftar_earnings_to_home (calc, row->amount_minor, row->currency, row->day, &home, error))
        return FALSE;

      switch (row->kind)
        {
        case DAFTAR_COST_WITHDRAWAL:
          add.withdrawal = home;
          break;
        case DAFTAR_COST_CONNECTS:
        case DAFTAR_COST_MEMBERSHIP:
          add.costs = home;
          break;
        case DAFTAR_COST_REFUND:
          add.gross = -home;
          break;
        case DAFTAR_N_COST_KINDS:
        default:
          g_set_error_literal (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_INPUT,
                               "A cost of the earnings input has no kind.");
          return FALSE;
        }

      if (found != NULL)
        {
          ProjectState *state = &calc->states[GPOINTER_TO_UINT (found) - 1];

          daftar_earnings_accum_add (&state->total, &add, calc);
          daftar_earnings_accum_add (&state->pool, &add, calc);
        }
      else
        daftar_earnings_accum_add (loose_costs (calc, row), &add, calc);
    }

  return TRUE;
}
