/* daftar-earnings-share.c — sharing costs out: AI subscriptions, a project's own amounts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See daftar-earnings.c for the rules.
 */
#define G_LOG_DOMAIN "daftar-earnings"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-earnings-private.h"
#include "daftar-text.h"

/**
 * daftar_allocate_largest_remainder:
 * @total: what to share, ≥ 0
 * @weights: (array length=n): ≥ 0, not all 0
 * @out_shares: (array length=n) (out caller-allocates): the shares
 *
 * Shares @total in proportion to @weights so that the shares add up to @total
 * exactly: each gets the whole part of its exact share, and the units left over go to
 * the largest remainders, the earliest first among equals.
 *
 * Returns: %FALSE if the weights are all 0 or a product overflows
 */
gboolean
daftar_allocate_largest_remainder (gint64        total,
                                   const gint64 *weights,
                                   guint         n,
                                   gint64       *out_shares)
{
  g_autofree gint64 *remainders = NULL;
  gint64 sum = 0;
  gint64 given = 0;

  g_return_val_if_fail (total >= 0, FALSE);
  g_return_val_if_fail (n == 0 || (weights != NULL && out_shares != NULL), FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (weights[i] >= 0, FALSE);
      if (!daftar_int64_add_checked (sum, weights[i], &sum))
        return FALSE;
    }

  if (sum == 0)
    return FALSE;

  remainders = g_new (gint64, n);
  for (guint i = 0; i < n; i++)
    {
      gint64 product;

      if (!daftar_int64_mul_checked (total, weights[i], &product))
        return FALSE;
      out_shares[i] = product / sum;
      remainders[i] = product % sum;
      given += out_shares[i];
    }

  /* Fewer than n units are left; hand them out one by one. */
  for (gint64 left = total - given; left > 0; left--)
    {
      guint best = 0;

      for (guint i = 1; i < n; i++)
        if (remainders[i] > remainders[best])
          best = i;
      out_shares[best]++;
      remainders[best] = -1;
    }

  return TRUE;
}

/* AI subscriptions */

typedef struct
{
  DaftarDay day;
  guint     project;
  gint64    seconds;
} Bucket;

static int
compare_buckets (gconstpointer a,
                 gconstpointer b)
{
  const Bucket *x = a, *y = b;
  int c = daftar_int64_compare (x->project, y->project);

  return c != 0 ? c : daftar_int64_compare (x->day, y->day);
}

static gboolean
set_has_tool (GArray *set,
              gint64  tool_id)
{
  for (guint i = 0; i < set->len; i++)
    if (g_array_index (set, gint64, i) == tool_id)
      return TRUE;

  return FALSE;
}

static void
add_tool_share (Calc                     *calc,
                const DaftarEarningsTool *tool,
                const Bucket             *bucket,
                gint64                    share)
{
  const DaftarEarningsInput *input = calc->input;
  ProjectState *state = &calc->states[bucket->project];
  Accum add = { .tools = share };
  gint64 dim;

  if (bucket->day < input->query.from || bucket->day > input->query.to)
    return;

  /* The tool's own share counts where work done with it alone would. */
  daftar_earnings_tools_dims (input->query.by, &tool->id, 1, &dim, 1);
  daftar_earnings_accum_add (&state->total, &add, calc);
  daftar_earnings_accum_add (daftar_earnings_get_dim (state, dim), &add, calc);
}

/* One tool's month: the cost across the month's projects by their hours with the tool,
 * then each project's share across its days, both by largest remainder. */
static gboolean
charge_tool_month (Calc                     *calc,
                   const DaftarEarningsTool *tool,
                   GArray                   *buckets,
                   GError                  **error)
{
  g_autoptr(GArray) projects = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) project_seconds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree gint64 *project_shares = NULL;
  DaftarDay first_use = G_MAXINT32;
  gint64 cost;
  guint n_buckets = 0;

  if (buckets->len == 0)
    return TRUE;

  /* By project, then day; one bucket per project and day. */
  g_array_sort (buckets, compare_buckets);
  for (guint i = 0; i < buckets->len; i++)
    {
      Bucket *b = &g_array_index (buckets, Bucket, i);
      Bucket *last = n_buckets > 0 ? &g_array_index (buckets, Bucket, n_buckets - 1) : NULL;

      first_use = MIN (first_use, b->day);
      if (last != NULL && last->day == b->day && last->project == b->project)
        daftar_earnings_add_to (&last->seconds, b->seconds, calc);
      else
        g_array_index (buckets, Bucket, n_buckets++) = *b;
    }
  g_array_set_size (buckets, n_buckets);

  for (guint i = 0; i < buckets->len; i++)
    {
      const Bucket *b = &g_array_index (buckets, Bucket, i);

      if (projects->len == 0 || g_array_index (projects, guint, projects->len - 1) != b->project)
        {
          gint64 zero = 0;

          g_array_append_val (projects, b->project);
          g_array_append_val (project_seconds, zero);
        }
      daftar_earnings_add_to (&g_array_index (project_seconds, gint64, project_seconds->len - 1),
                              b->seconds, calc);
    }

  if (!daftar_earnings_to_home (calc, tool->monthly_cost.minor, tool->monthly_cost.currency,
                                first_use, &cost, error))
    {
      g_autofree char *shown = daftar_text_isolate (tool->name);

      /* Translators: %s is an AI tool's name. */
      g_prefix_error (error, _("AI tool “%s”: "), shown);
      return FALSE;
    }

  project_shares = g_new (gint64, projects->len);
  if (!daftar_allocate_largest_remainder (MAX (cost, 0), (const gint64 *) project_seconds->data,
                                          projects->len, project_shares))
    {
      /* All weights are positive, so only an overflow lands here. */
      calc->overflow = TRUE;
      return TRUE;
    }

  for (guint p = 0, first = 0; p < projects->len; p++)
    {
      g_autofree gint64 *weights = NULL;
      g_autofree gint64 *shares = NULL;
      guint n = 0;

      while (first + n < buckets->len &&
             g_array_index (buckets, Bucket, first + n).project == g_array_index (projects, guint, p))
        n++;

      weights = g_new (gint64, n);
      shares = g_new (gint64, n);
      for (guint i = 0; i < n; i++)
        weights[i] = g_array_index (buckets, Bucket, first + i).seconds;

      if (!daftar_allocate_largest_remainder (project_shares[p], weights, n, shares))
        {
          calc->overflow = TRUE;
          return TRUE;
        }

      for (guint i = 0; i < n; i++)
        add_tool_share (calc, tool, &g_array_index (buckets, Bucket, first + i), shares[i]);

      first += n;
    }

  return TRUE;
}

gboolean
daftar_earnings_charge_tools (Calc       *calc,
                              GHashTable *project_index,
                              GError    **error)
{
  const DaftarEarningsInput *input = calc->input;

  for (guint t = 0; t < input->tools->len; t++)
    {
      const DaftarEarningsTool *tool = g_ptr_array_index (input->tools, t);
      DaftarDay month = daftar_day_month_start (input->query.from);

      if (!tool->has_cost || tool->monthly_cost.minor <= 0)
        continue;

      for (; month <= input->query.to; month = daftar_day_month_end (month) + 1)
        {
          g_autoptr(GArray) buckets = g_array_new (FALSE, FALSE, sizeof (Bucket));
          DaftarDay month_end = daftar_day_month_end (month);

          for (guint i = 0; i < input->work->len; i++)
            {
              const DaftarWorkRow *row = &g_array_index (input->work, DaftarWorkRow, i);
              Bucket bucket;

              if (row->day < month || row->day > month_end || row->actual_seconds <= 0 ||
                  !set_has_tool (g_ptr_array_index (input->tool_sets, row->tool_set), tool->id))
                continue;

              bucket.day = row->day;
              bucket.project = GPOINTER_TO_UINT (g_hash_table_lookup (project_index, &row->project_id)) - 1;
              bucket.seconds = row->actual_seconds;
              g_array_append_val (buckets, bucket);
            }

          if (!charge_tool_month (calc, tool, buckets, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Sharing a project's own amounts across AI groups */

static gint64 *
pool_field (Accum *accum,
            guint  v)
{
  switch (v)
    {
    case 0:
      return &accum->gross;
    case 1:
      return &accum->platform;
    case 2:
      return &accum->withdrawal;
    case 3:
      return &accum->costs;
    default:
      return &accum->awaiting;
    }
}

void
daftar_earnings_share_pool (Calc         *calc,
                            ProjectState *state)
{
  const Accum *pool = &state->pool;
  gint64 total_seconds = state->total.actual_seconds;
  const gint64 values[5] = { pool->gross, pool->platform, pool->withdrawal, pool->costs, pool->awaiting };

  if (pool->gross == 0 && pool->platform == 0 && pool->withdrawal == 0 && pool->costs == 0 &&
      pool->awaiting == 0)
    return;

  if (calc->input->query.by != DAFTAR_EARNINGS_BY_AI && calc->input->query.by != DAFTAR_EARNINGS_BY_TOOL)
    {
      daftar_earnings_accum_add (daftar_earnings_get_dim (state, 0), pool, calc);
      return;
    }

  if (total_seconds <= 0)
    {
      daftar_earnings_accum_add (daftar_earnings_get_dim (state, 0), pool, calc);
      return;
    }

  if (calc->input->query.by == DAFTAR_EARNINGS_BY_AI)
    {
      gint64 weights[2] = { daftar_earnings_get_dim (state, 0)->actual_seconds, daftar_earnings_get_dim (state, 1)->actual_seconds };

      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        {
          gint64 shares[2];
          /* Refunds can leave gross below 0: share its size, then give the sign back. */
          gboolean negative = values[v] < 0;

          if (values[v] == G_MININT64 ||
              !daftar_allocate_largest_remainder (negative ? -values[v] : values[v], weights, 2, shares))
            {
              calc->overflow = TRUE;
              return;
            }
          for (guint d = 0; d < 2; d++)
            {
              Accum *dim = daftar_earnings_get_dim (state, d);
              gint64 *field = pool_field (dim, v);

              daftar_earnings_add_to (field, negative ? -shares[d] : shares[d], calc);
            }
        }
      return;
    }

  /* By tool, groups overlap: each gets its own proportion, rounded on its own. */
  for (guint d = 0; d < state->dims->len; d++)
    {
      DimAccum *dim = &g_array_index (state->dims, DimAccum, d);

      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        {
          gint64 *field = pool_field (&dim->accum, v);
          gint64 share;

          if (!daftar_int64_mul_div_round (values[v], dim->accum.actual_seconds, total_seconds, &share))
            calc->overflow = TRUE;
          else
            daftar_earnings_add_to (field, share, calc);
        }
    }
}
