/* daftar-earnings-cover.c — fixed-price payments: the work each pays for, and what is awaited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fixed-price payment pays for the project's sessions up to its day that no earlier
 * payment covers.  A payment with no such sessions is an advance: it covers the
 * sessions that follow it, until the next payment.  Payments of one day share what
 * they cover.  On the work basis the payment, its platform fee and its withdrawal fee
 * are spread over those sessions in proportion to their hours worked, by largest
 * remainder so the shares add up exactly, and count on the sessions' days; on the paid
 * basis they count on the day received, and the sessions only say which AI groups
 * they go to.  A payment that covers no session at all counts on its own day.
 *
 * Awaiting payment: for each fixed-price project with an agreed price and work logged
 * by the period's last day, the price less what was received by that day (never
 * below 0), in the home currency at that day's rate.  It is reported beside net and
 * never counted in it.
 */
#define G_LOG_DOMAIN "daftar-earnings"

#include "config.h"

#include "daftar-earnings-private.h"

static void
cover_free (gpointer cover)
{
  if (cover != NULL)
    g_array_unref (cover);
}

typedef struct
{
  GArray    *uncovered;   /* work indices since the last payment, owned */
  GArray    *open;        /* an advance's cover, still taking sessions */
  GArray    *last;        /* the last payment's cover */
  DaftarDay  last_day;
} CoverState;

/**
 * daftar_earnings_find_covers:
 * @items: (element-type Item): the input's rows, sorted
 *
 * Returns: (transfer full) (element-type GArray): for each payment of @input, the
 *   indices of the work rows it pays for; %NULL for payments of other pricings
 */
GPtrArray *
daftar_earnings_find_covers (const DaftarEarningsInput *input,
                             GArray                    *items)
{
  GPtrArray *covers = g_ptr_array_new_full (input->payments->len, cover_free);
  g_autofree CoverState *states = g_new0 (CoverState, input->projects->len);

  g_ptr_array_set_size (covers, input->payments->len);

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      const DaftarEarningsProject *project = g_ptr_array_index (input->projects, item->project);
      CoverState *state = &states[item->project];

      if (project->pricing != DAFTAR_PRICING_FIXED)
        continue;

      if (item->kind == ITEM_WORK)
        {
          const DaftarWorkRow *row = &g_array_index (input->work, DaftarWorkRow, item->index);

          if (row->actual_seconds <= 0)
            continue;
          if (state->uncovered == NULL)
            state->uncovered = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (state->open != NULL ? state->open : state->uncovered, item->index);
          continue;
        }

      if (state->last == NULL || state->last_day != item->day)
        {
          if (state->uncovered != NULL && state->uncovered->len > 0)
            {
              state->last = g_steal_pointer (&state->uncovered);
              state->open = NULL;
            }
          else
            {
              state->last = g_array_new (FALSE, FALSE, sizeof (guint));
              state->open = state->last;
            }
          state->last_day = item->day;
          covers->pdata[item->index] = state->last;
        }
      else
        {
          covers->pdata[item->index] = g_array_ref (state->last);
        }
    }

  for (guint p = 0; p < input->projects->len; p++)
    g_clear_pointer (&states[p].uncovered, g_array_unref);

  return covers;
}

static gboolean
in_period (const DaftarEarningsInput *input,
           DaftarDay                  day)
{
  return day >= input->query.from && day <= input->query.to;
}

static void
add_to_row (Calc                *calc,
            ProjectState        *state,
            const DaftarWorkRow *row,
            const Accum         *add)
{
  gint64 dims[DAFTAR_EARNINGS_MAX_DIMS];
  guint n_dims = daftar_earnings_row_dims (calc->input, row, dims, DAFTAR_EARNINGS_MAX_DIMS);

  for (guint d = 0; d < n_dims; d++)
    daftar_earnings_accum_add (daftar_earnings_get_dim (state, dims[d]), add, calc);
}

/* Spreads @base over the rows of @cover by hours worked. */
static void
spread (Calc         *calc,
        ProjectState *state,
        GArray       *cover,
        const Accum  *base)
{
  const DaftarEarningsInput *input = calc->input;
  gboolean paid = input->query.basis == DAFTAR_EARNINGS_BASIS_PAID;
  const gint64 values[3] = { base->gross, base->platform, base->withdrawal };
  g_autofree gint64 *weights = g_new (gint64, cover->len);
  g_autofree gint64 *shares = g_new (gint64, (gsize) cover->len * 3);

  for (guint i = 0; i < cover->len; i++)
    weights[i] = g_array_index (input->work, DaftarWorkRow, g_array_index (cover, guint, i)).actual_seconds;

  for (guint v = 0; v < 3; v++)
    if (!daftar_allocate_largest_remainder (values[v], weights, cover->len, shares + v * cover->len))
      {
        calc->overflow = TRUE;
        return;
      }

  if (paid)
    daftar_earnings_accum_add (&state->total, base, calc);

  for (guint i = 0; i < cover->len; i++)
    {
      const DaftarWorkRow *row = &g_array_index (input->work, DaftarWorkRow, g_array_index (cover, guint, i));
      Accum add = {
        .gross = shares[i],
        .platform = shares[cover->len + i],
        .withdrawal = shares[2 * cover->len + i],
      };

      if (paid || in_period (input, row->day))
        {
          if (!paid)
            daftar_earnings_accum_add (&state->total, &add, calc);
          add_to_row (calc, state, row, &add);
        }
    }
}

/**
 * daftar_earnings_fixed_payment:
 * @payment_index: the payment, in the input's payments
 *
 * Counts a fixed-price payment in the report, by the rules at the top of this file.
 */
gboolean
daftar_earnings_fixed_payment (Calc          *calc,
                               ProjectState  *state,
                               guint          payment_index,
                               GError       **error)
{
  const DaftarEarningsInput *input = calc->input;
  const DaftarPaymentRow *payment = &g_array_index (input->payments, DaftarPaymentRow, payment_index);
  const DaftarEarningsProject *project = state->project;
  GArray *cover = calc->covers->pdata[payment_index];
  gboolean lands = in_period (input, payment->day);
  gint64 fee = 0, withdrawal = 0;
  Accum base = { 0 };

  if (cover != NULL && cover->len == 0)
    cover = NULL;

  if (input->query.basis == DAFTAR_EARNINGS_BASIS_WORK && cover != NULL)
    {
      lands = FALSE;
      for (guint i = 0; i < cover->len && !lands; i++)
        lands = in_period (input, g_array_index (input->work, DaftarWorkRow, g_array_index (cover, guint, i)).day);
    }

  if (payment->has_platform_fee)
    fee = payment->platform_fee_minor;
  else if (!daftar_earnings_platform_fee (calc, project, payment->day, payment->amount_minor, lands,
                                          &fee, error))
    return FALSE;

  if (!lands)
    return TRUE;

  if (!daftar_earnings_withdrawal_fee (calc, project, payment, &withdrawal, error) ||
      !daftar_earnings_to_home (calc, payment->amount_minor, project->currency, payment->day, &base.gross, error) ||
      !daftar_earnings_to_home (calc, fee, project->currency, payment->day, &base.platform, error) ||
      !daftar_earnings_to_home (calc, withdrawal, project->currency, payment->day, &base.withdrawal, error))
    return FALSE;

  if (cover == NULL)
    {
      daftar_earnings_accum_add (&state->total, &base, calc);
      daftar_earnings_accum_add (daftar_earnings_get_dim (state, 0), &base, calc);
      return TRUE;
    }

  spread (calc, state, cover, &base);
  return TRUE;
}

/**
 * daftar_earnings_awaiting:
 *
 * Works out what each fixed-price project still awaits at the period's end, into its
 * total and its pool (to be shared across AI groups like its other amounts).
 */
gboolean
daftar_earnings_awaiting (Calc    *calc,
                          GError **error)
{
  const DaftarEarningsInput *input = calc->input;
  guint n_projects = input->projects->len;
  g_autofree gint64 *received = g_new0 (gint64, n_projects);
  g_autofree gboolean *logged = g_new0 (gboolean, n_projects);
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint p = 0; p < n_projects; p++)
    {
      const DaftarEarningsProject *project = calc->states[p].project;

      if (project->pricing == DAFTAR_PRICING_FIXED && project->has_price)
        g_hash_table_insert (index, (gpointer) &project->id, GUINT_TO_POINTER (p + 1));
    }

  if (g_hash_table_size (index) == 0)
    return TRUE;

  for (guint i = 0; i < input->work->len; i++)
    {
      const DaftarWorkRow *row = &g_array_index (input->work, DaftarWorkRow, i);
      guint p = GPOINTER_TO_UINT (g_hash_table_lookup (index, &row->project_id));

      if (p > 0 && row->day <= input->query.to && row->actual_seconds > 0)
        logged[p - 1] = TRUE;
    }

  for (guint i = 0; i < input->payments->len; i++)
    {
      const DaftarPaymentRow *row = &g_array_index (input->payments, DaftarPaymentRow, i);
      guint p = GPOINTER_TO_UINT (g_hash_table_lookup (index, &row->project_id));

      if (p > 0 && row->day <= input->query.to)
        daftar_earnings_add_to (&received[p - 1], row->amount_minor, calc);
    }

  for (guint p = 0; p < n_projects; p++)
    {
      ProjectState *state = &calc->states[p];
      Accum add = { 0 };

      if (!logged[p] || received[p] >= state->project->price_minor)
        continue;

      if (!daftar_earnings_to_home (calc, state->project->price_minor - received[p],
                                    state->project->currency, input->query.to, &add.awaiting, error))
        return FALSE;

      daftar_earnings_accum_add (&state->total, &add, calc);
      daftar_earnings_accum_add (&state->pool, &add, calc);
    }

  return TRUE;
}
