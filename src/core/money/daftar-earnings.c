/* daftar-earnings.c — gross, fees, AI costs, net and rates over a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pure calculation over plain structs; daftar-store-report.c fills them from the
 * ledger.  The rules, in the order they are applied:
 *
 * - Gross, in the project's currency, on one of two bases (see daftar-earnings-cover.c
 *   for fixed-price payments and what is awaiting payment):
 *   Work basis (earned, the default): hourly: paid seconds × rate / 3600, rounded once
 *   per project, day and set of AI tools; per task: the amounts earned; fixed price:
 *   each payment spread over the sessions it pays for.  Payments of hourly and
 *   per-task projects then carry only their withdrawal fee.
 *   Paid basis (received): every payment, any pricing, on the day received, with the
 *   platform fee it was charged when recorded, else by rule; sessions count only time.
 * - Platform fee on each gross amount: the project's override (a flat %) when it has
 *   one, else the platform's rule in force on the day for the project's pricing, from
 *   the fee-rule data; no rule means no fee.  Rules by lifetime billings count the
 *   billings per platform and client (a project without a client is its own client),
 *   in the order things happened, from the rows before the period the input carries.
 * - Withdrawal fee of each payment: the one recorded; a payment recorded without one
 *   gets the fee of the project's withdrawal rule, when it has one.
 * - AI subscriptions: a tool's monthly cost (Gregorian months) is charged to a month
 *   in which the tool was used, converted with the rate of the first day of use, and
 *   shared across the month's projects and days in proportion to the hours worked with
 *   the tool, by largest remainder so the shares add up to the cost exactly.  A report
 *   over part of a month gets the shares of its days.  A month without use costs
 *   nothing: the ledger does not know when a subscription started or ended.
 * - Every amount is converted to the home currency with the rate of its own day.
 * - Platform costs outside payments (daftar-earnings-costs.c), on their day on either
 *   basis: withdrawal fees count as withdrawal fees, Connects and membership as platform
 *   costs, refunds reduce gross.
 * - Net = gross − platform fees − withdrawal fees − AI tool costs − platform costs.  Nominal rate =
 *   gross / paid hours; effective rate = net / hours worked.
 *
 * Grouping by AI tool lets groups overlap: a session with two tools counts under
 * both, so those groups don't add up to the totals.  Amounts that belong to a project
 * rather than to sessions (payments, their fees) are shared across the “with AI” and
 * “without AI” groups, and across tools, in proportion to the project's hours in each
 * during the period; without hours in the period they go to “without AI” / “no tool”.
 */
#define G_LOG_DOMAIN "daftar-earnings"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-earnings-private.h"
#include "daftar-text.h"

G_DEFINE_QUARK (daftar-earnings-error-quark, daftar_earnings_error)

static const char * const by_keys[DAFTAR_EARNINGS_N_BY] = {
  "project",
  "platform",
  "category",
  "client",
  "tool",
  "ai",
};

DAFTAR_DEFINE_KEYS (DaftarEarningsBy, daftar_earnings_by, by_keys, DAFTAR_KEYS_ANY_CASE)

static const char * const basis_keys[DAFTAR_EARNINGS_N_BASES] = {
  "work",
  "paid",
};

DAFTAR_DEFINE_KEYS (DaftarEarningsBasis, daftar_earnings_basis, basis_keys, DAFTAR_KEYS_EXACT)

/* Input */

static void
project_free (DaftarEarningsProject *project)
{
  g_free (project->name);
  g_free (project->client);
  g_free (project->platform_key);
  g_free (project->platform_name);
  g_free (project->withdrawal_rule);
  g_free (project);
}

static void
tool_free (DaftarEarningsTool *tool)
{
  g_free (tool->name);
  g_free (tool);
}

/**
 * daftar_earnings_input_new:
 * @from: the first day of the period
 * @to: the last day of the period
 * @currency: the home currency, to report in
 *
 * Returns: (transfer full): an empty input, with an empty rate table and no fee rules
 */
DaftarEarningsInput *
daftar_earnings_input_new (DaftarDay         from,
                           DaftarDay         to,
                           const char       *currency,
                           DaftarEarningsBy  by)
{
  DaftarEarningsInput *input = g_new0 (DaftarEarningsInput, 1);

  g_return_val_if_fail (currency != NULL, NULL);

  input->query.from = from;
  input->query.to = to;
  g_strlcpy (input->query.currency, currency, sizeof input->query.currency);
  input->query.by = by;
  input->projects = g_ptr_array_new_with_free_func ((GDestroyNotify) project_free);
  input->tools = g_ptr_array_new_with_free_func ((GDestroyNotify) tool_free);
  input->tool_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  input->work = g_array_new (FALSE, FALSE, sizeof (DaftarWorkRow));
  input->payments = g_array_new (FALSE, FALSE, sizeof (DaftarPaymentRow));
  input->costs = daftar_earnings_costs_new ();
  input->rates = daftar_rate_table_new ();

  /* Set 0 is “no AI tool”. */
  g_ptr_array_add (input->tool_sets, g_array_new (FALSE, FALSE, sizeof (gint64)));
  return input;
}

void
daftar_earnings_input_free (DaftarEarningsInput *input)
{
  if (input == NULL)
    return;

  g_ptr_array_unref (input->projects);
  g_ptr_array_unref (input->tools);
  g_ptr_array_unref (input->tool_sets);
  g_array_unref (input->work);
  g_array_unref (input->payments);
  g_array_unref (input->costs);
  daftar_rate_table_free (input->rates);
  g_clear_pointer (&input->format, daftar_format_unref);
  g_free (input);
}

void
daftar_earnings_input_add_project (DaftarEarningsInput         *input,
                                   const DaftarEarningsProject *project)
{
  DaftarEarningsProject *copy;

  g_return_if_fail (input != NULL && project != NULL);

  copy = g_memdup2 (project, sizeof *project);
  copy->name = g_strdup (project->name);
  copy->client = g_strdup (project->client);
  copy->platform_key = g_strdup (project->platform_key ? project->platform_key : "other");
  copy->platform_name = g_strdup (project->platform_name ? project->platform_name : copy->platform_key);
  copy->withdrawal_rule = g_strdup (project->withdrawal_rule);
  g_ptr_array_add (input->projects, copy);
}

/**
 * daftar_earnings_input_get_project:
 *
 * Returns: (transfer none) (nullable): the project @id of @input
 */
const DaftarEarningsProject *
daftar_earnings_input_get_project (const DaftarEarningsInput *input,
                                   gint64                     id)
{
  for (guint i = 0; i < input->projects->len; i++)
    {
      const DaftarEarningsProject *project = g_ptr_array_index (input->projects, i);

      if (project->id == id)
        return project;
    }

  return NULL;
}

void
daftar_earnings_input_add_tool (DaftarEarningsInput      *input,
                                const DaftarEarningsTool *tool)
{
  DaftarEarningsTool *copy;

  g_return_if_fail (input != NULL && tool != NULL);

  copy = g_memdup2 (tool, sizeof *tool);
  copy->name = g_strdup (tool->name);
  g_ptr_array_add (input->tools, copy);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  return daftar_int64_compare (*(const gint64 *) a, *(const gint64 *) b);
}

/**
 * daftar_earnings_input_intern_tool_set:
 * @tool_ids: (array length=n_tool_ids): tool ids, in any order, duplicates allowed
 *
 * Returns: the index of the set for #DaftarWorkRow.tool_set; 0 for no tools
 */
guint
daftar_earnings_input_intern_tool_set (DaftarEarningsInput *input,
                                       const gint64        *tool_ids,
                                       guint                n_tool_ids)
{
  g_autoptr(GArray) set = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (input != NULL, 0);

  for (guint i = 0; i < n_tool_ids; i++)
    g_array_append_val (set, tool_ids[i]);
  g_array_sort (set, compare_gint64);
  for (guint i = 1; i < set->len;)
    {
      if (g_array_index (set, gint64, i) == g_array_index (set, gint64, i - 1))
        g_array_remove_index (set, i);
      else
        i++;
    }

  for (guint i = 0; i < input->tool_sets->len; i++)
    {
      GArray *known = g_ptr_array_index (input->tool_sets, i);

      if (known->len == set->len &&
          (set->len == 0 || memcmp (known->data, set->data, set->len * sizeof (gint64)) == 0))
        return i;
    }

  g_ptr_array_add (input->tool_sets, g_steal_pointer (&set));
  return input->tool_sets->len - 1;
}

void
daftar_earnings_input_add_work (DaftarEarningsInput *input,
                                const DaftarWorkRow *row)
{
  g_return_if_fail (input != NULL && row != NULL);

  g_array_append_vals (input->work, row, 1);
}

void
daftar_earnings_input_add_payment (DaftarEarningsInput    *input,
                                   const DaftarPaymentRow *row)
{
  g_return_if_fail (input != NULL && row != NULL);

  g_array_append_vals (input->payments, row, 1);
}

/* The calculation */

void
daftar_earnings_add_to (gint64 *sum,
                        gint64  value,
                        Calc   *calc)
{
  if (!daftar_int64_add_checked (*sum, value, sum))
    calc->overflow = TRUE;
}

void
daftar_earnings_accum_add (Accum       *to,
                           const Accum *from,
                           Calc        *calc)
{
  daftar_earnings_add_to (&to->n_sessions, from->n_sessions, calc);
  daftar_earnings_add_to (&to->actual_seconds, from->actual_seconds, calc);
  daftar_earnings_add_to (&to->paid_seconds, from->paid_seconds, calc);
  daftar_earnings_add_to (&to->gross, from->gross, calc);
  daftar_earnings_add_to (&to->platform, from->platform, calc);
  daftar_earnings_add_to (&to->withdrawal, from->withdrawal, calc);
  daftar_earnings_add_to (&to->tools, from->tools, calc);
  daftar_earnings_add_to (&to->costs, from->costs, calc);
  daftar_earnings_add_to (&to->awaiting, from->awaiting, calc);
}

Accum *
daftar_earnings_get_dim (ProjectState *state,
                         gint64        dim)
{
  DimAccum added = { .dim = dim };

  for (guint i = 0; i < state->dims->len; i++)
    if (g_array_index (state->dims, DimAccum, i).dim == dim)
      return &g_array_index (state->dims, DimAccum, i).accum;

  g_array_append_val (state->dims, added);
  return &g_array_index (state->dims, DimAccum, state->dims->len - 1).accum;
}

static void
record_rate_use (Calc                *calc,
                 const DaftarRateUse *use)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%s\x1f%d\x1f%d\x1f%d", use->rate.base, use->rate.quote,
                                          use->rate.day, use->rate.source, use->inverse);
  DaftarEarningsRate *entry = g_hash_table_lookup (calc->rate_uses, key);

  if (entry == NULL)
    {
      entry = g_new0 (DaftarEarningsRate, 1);
      entry->use = *use;
      g_hash_table_insert (calc->rate_uses, g_steal_pointer (&key), entry);
    }

  entry->n_uses++;
}

/* @minor of @currency on @day, in the home currency. */
gboolean
daftar_earnings_to_home (Calc        *calc,
                         gint64       minor,
                         const char  *currency,
                         DaftarDay    day,
                         gint64      *out,
                         GError     **error)
{
  DaftarMoney amount = { .minor = minor };
  DaftarMoney converted;
  DaftarRateUse use;

  if (minor == 0 || strcmp (currency, calc->input->query.currency) == 0)
    {
      *out = minor;
      return TRUE;
    }

  memcpy (amount.currency, currency, 4);
  if (!daftar_rate_table_convert (calc->input->rates, &amount, calc->input->query.currency, day,
                                  &converted, &use, error))
    return FALSE;

  record_rate_use (calc, &use);
  *out = converted.minor;
  return TRUE;
}

static gint64 *
billed_slot (Calc                        *calc,
             const DaftarEarningsProject *project,
             const DaftarFeeRule         *rule)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT "\x1f%s", project->platform_key,
                                          project->client_id > 0 ? project->client_id : -project->id,
                                          rule->tier_currency);
  gint64 *slot = g_hash_table_lookup (calc->billed, key);

  if (slot == NULL)
    {
      slot = g_new0 (gint64, 1);
      g_hash_table_insert (calc->billed, g_steal_pointer (&key), slot);
    }

  return slot;
}

static void
prefix_project (GError                     **error,
                const DaftarEarningsProject  *project)
{
  g_autofree char *shown = daftar_text_isolate (project->name);

  /* Translators: %s is a project's name. */
  g_prefix_error (error, _("Project “%s”: "), shown);
}

/* The platform fee on @gross (project currency) earned on @day. Rows outside the
 * period only advance lifetime billings, so for them only tiered rules are applied. */
gboolean
daftar_earnings_platform_fee (Calc                        *calc,
              const DaftarEarningsProject *project,
              DaftarDay                    day,
              gint64                       gross,
              gboolean                     in_period,
              gint64                      *out_fee,
              GError                     **error)
{
  const DaftarFeeRule *rule;
  DaftarFeeResult result;
  DaftarMoney amount = { .minor = gross };

  *out_fee = 0;
  if (project->has_override_ppm)
    {
      if (!daftar_fee_percent (gross, project->override_ppm, out_fee))
        calc->overflow = TRUE;
      return TRUE;
    }

  if (calc->input->rules == NULL ||
      !(rule = daftar_fee_rules_find (calc->input->rules, project->platform_key, project->pricing, day)))
    return TRUE;

  if (!in_period && rule->shape != DAFTAR_FEE_SHAPE_TIERED)
    return TRUE;

  memcpy (amount.currency, project->currency, 4);
  if (!daftar_fee_rule_apply (rule, &project->terms, &amount, day, calc->input->rates,
                              rule->shape == DAFTAR_FEE_SHAPE_TIERED ? billed_slot (calc, project, rule) : NULL,
                              &result, calc->input->format, error))
    {
      prefix_project (error, project);
      return FALSE;
    }

  if (in_period)
    {
      g_hash_table_add (calc->rules_used, (gpointer) rule);
      if (result.converted)
        record_rate_use (calc, &result.rate_use);
    }

  *out_fee = result.fee.minor;
  return TRUE;
}

gboolean
daftar_earnings_withdrawal_fee (Calc                        *calc,
                const DaftarEarningsProject *project,
                const DaftarPaymentRow      *payment,
                gint64                      *out_fee,
                GError                     **error)
{
  const DaftarFeeRule *rule;
  DaftarFeeResult result;
  DaftarMoney amount = { .minor = payment->amount_minor };

  *out_fee = payment->withdrawal_fee_minor;
  if (payment->withdrawal_fee_minor > 0 || project->withdrawal_rule == NULL ||
      calc->input->rules == NULL)
    return TRUE;

  rule = daftar_fee_rules_get (calc->input->rules, project->withdrawal_rule);
  if (rule == NULL || rule->shape != DAFTAR_FEE_SHAPE_WITHDRAWAL)
    {
      g_set_error (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_INPUT,
                   /* Translators: %s is a withdrawal rule's id, like upwork-withdraw-wire. */
                   _("There is no withdrawal rule “%s”."), project->withdrawal_rule);
      prefix_project (error, project);
      return FALSE;
    }

  memcpy (amount.currency, project->currency, 4);
  if (!daftar_fee_rule_apply (rule, NULL, &amount, payment->day, calc->input->rates, NULL,
                              &result, calc->input->format, error))
    {
      prefix_project (error, project);
      return FALSE;
    }

  g_hash_table_add (calc->rules_used, (gpointer) rule);
  if (result.converted)
    record_rate_use (calc, &result.rate_use);
  *out_fee = result.fee.minor;
  return TRUE;
}

/**
 * daftar_earnings_tools_dims:
 * @tools: (array length=n_tools): the ids of the AI tools the work was done with
 *
 * The groups work done with @tools counts in, for the report's dimension @by: each
 * tool's (group 0 with none) by tool, 1 with tools or 0 without by AI, else the one
 * group 0.
 *
 * Returns: how many of @dims it wrote, at least 1 and at most @max_dims
 */
guint
daftar_earnings_tools_dims (DaftarEarningsBy  by,
                            const gint64     *tools,
                            guint             n_tools,
                            gint64            dims[],
                            guint             max_dims)
{
  switch (by)
    {
    case DAFTAR_EARNINGS_BY_TOOL:
      if (n_tools == 0)
        {
          dims[0] = 0;
          return 1;
        }
      for (guint i = 0; i < n_tools && i < max_dims; i++)
        dims[i] = tools[i];
      return MIN (n_tools, max_dims);

    case DAFTAR_EARNINGS_BY_AI:
      dims[0] = n_tools > 0;
      return 1;

    case DAFTAR_EARNINGS_BY_PROJECT:
    case DAFTAR_EARNINGS_BY_PLATFORM:
    case DAFTAR_EARNINGS_BY_CATEGORY:
    case DAFTAR_EARNINGS_BY_CLIENT:
    case DAFTAR_EARNINGS_N_BY:
    default:
      dims[0] = 0;
      return 1;
    }
}

/* The groups a work row counts in, for the report's dimension. */
guint
daftar_earnings_row_dims (const DaftarEarningsInput *input,
                          const DaftarWorkRow       *row,
                          gint64                     dims[],
                          guint                      max_dims)
{
  GArray *set = g_ptr_array_index (input->tool_sets, row->tool_set);

  return daftar_earnings_tools_dims (input->query.by, (const gint64 *) (gpointer) set->data, set->len,
                                     dims, max_dims);
}

static gboolean
process_work (Calc                *calc,
              ProjectState        *state,
              const DaftarWorkRow *row,
              GError             **error)
{
  const DaftarEarningsProject *project = state->project;
  gboolean in_period = row->day >= calc->input->query.from && row->day <= calc->input->query.to;
  gint64 dims[DAFTAR_EARNINGS_MAX_DIMS];
  Accum add = { 0 };
  gint64 gross = 0, fee = 0;
  guint n_dims;

  switch (calc->input->query.basis == DAFTAR_EARNINGS_BASIS_PAID ? DAFTAR_PRICING_FIXED : project->pricing)
    {
    case DAFTAR_PRICING_HOURLY:
      if (!daftar_int64_mul_div_round (row->paid_seconds, project->rate_minor, 3600, &gross))
        calc->overflow = TRUE;
      break;

    case DAFTAR_PRICING_PER_TASK:
      gross = row->earned_minor;
      break;

    case DAFTAR_PRICING_FIXED:
    case DAFTAR_N_PRICINGS:
    default:
      break;
    }

  if (gross > 0 && !daftar_earnings_platform_fee (calc, project, row->day, gross, in_period, &fee, error))
    return FALSE;

  if (!in_period)
    return TRUE;

  add.n_sessions = row->n_sessions;
  add.actual_seconds = row->actual_seconds;
  add.paid_seconds = row->paid_seconds;
  if (!daftar_earnings_to_home (calc, gross, project->currency, row->day, &add.gross, error) ||
      !daftar_earnings_to_home (calc, fee, project->currency, row->day, &add.platform, error))
    return FALSE;

  daftar_earnings_accum_add (&state->total, &add, calc);
  n_dims = daftar_earnings_row_dims (calc->input, row, dims, DAFTAR_EARNINGS_MAX_DIMS);
  for (guint i = 0; i < n_dims; i++)
    daftar_earnings_accum_add (daftar_earnings_get_dim (state, dims[i]), &add, calc);

  return TRUE;
}

static gboolean
process_payment (Calc                   *calc,
                 ProjectState           *state,
                 guint                   index,
                 GError                **error)
{
  const DaftarPaymentRow *payment = &g_array_index (calc->input->payments, DaftarPaymentRow, index);
  const DaftarEarningsProject *project = state->project;
  gboolean in_period = payment->day >= calc->input->query.from && payment->day <= calc->input->query.to;
  gint64 gross = calc->input->query.basis == DAFTAR_EARNINGS_BASIS_PAID ? payment->amount_minor : 0;
  gint64 fee = 0, withdrawal = 0;
  Accum add = { 0 };

  if (project->pricing == DAFTAR_PRICING_FIXED)
    return daftar_earnings_fixed_payment (calc, state, index, error);

  if (gross > 0 && payment->has_platform_fee)
    fee = in_period ? payment->platform_fee_minor : 0;
  else if (gross > 0 &&
           !daftar_earnings_platform_fee (calc, project, payment->day, gross, in_period, &fee, error))
    return FALSE;

  if (!in_period)
    return TRUE;

  if (!daftar_earnings_withdrawal_fee (calc, project, payment, &withdrawal, error))
    return FALSE;

  if (!daftar_earnings_to_home (calc, gross, project->currency, payment->day, &add.gross, error) ||
      !daftar_earnings_to_home (calc, fee, project->currency, payment->day, &add.platform, error) ||
      !daftar_earnings_to_home (calc, withdrawal, project->currency, payment->day, &add.withdrawal, error))
    return FALSE;

  daftar_earnings_accum_add (&state->total, &add, calc);
  daftar_earnings_accum_add (&state->pool, &add, calc);
  return TRUE;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = a, *y = b;
  int c;

  if ((c = daftar_int64_compare (x->day, y->day)) != 0 ||
      (c = daftar_int64_compare (x->kind, y->kind)) != 0 ||
      (c = daftar_int64_compare (x->project_id, y->project_id)) != 0)
    return c;
  return daftar_int64_compare (x->index, y->index);
}

/**
 * daftar_earnings_compute:
 * @input: the period, the home currency, the ledger's rows and the rules
 *
 * Computes the report described at the top of daftar-earnings.c.  @input may hold rows
 * outside its period: those before it count toward lifetime billings with a client,
 * and those in the period's first and last months share out the AI subscriptions of
 * those months.
 *
 * Returns: (transfer full): the report, or %NULL with @error set — a missing exchange
 *   rate (%DAFTAR_RATES_ERROR_MISSING, naming the pair and the day), a contract rate
 *   outside its rule, rows of unknown projects, totals too large
 */
DaftarEarningsReport *
daftar_earnings_compute (const DaftarEarningsInput  *input,
                         GError                    **error)
{
  g_autoptr(GHashTable) project_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) items = NULL;
  g_autoptr(GHashTable) billed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) rate_uses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) rules_used = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) covers = NULL;
  g_autoptr(GPtrArray) loose = g_ptr_array_new_with_free_func (g_free);
  g_autofree ProjectState *states = NULL;
  DaftarEarningsReport *report = NULL;
  Calc calc = { 0 };
  guint n_projects;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->query.by < DAFTAR_EARNINGS_N_BY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (input->query.from > input->query.to)
    {
      g_set_error_literal (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_INPUT,
                           _("The period ends before it starts."));
      return NULL;
    }

  if (!daftar_currency_is_valid (input->query.currency))
    {
      g_set_error (error, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY,
                   _("“%s” is not a currency code Daftar knows."), input->query.currency);
      return NULL;
    }

  n_projects = input->projects->len;
  states = g_new0 (ProjectState, n_projects);
  for (guint p = 0; p < n_projects; p++)
    {
      DaftarEarningsProject *project = g_ptr_array_index (input->projects, p);

      if (!daftar_currency_is_valid (project->currency))
        {
          g_set_error (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_INPUT,
                       _("“%s” is not a currency code Daftar knows."), project->currency);
          prefix_project (error, project);
          goto out;
        }

      states[p].project = project;
      states[p].dims = g_array_new (FALSE, FALSE, sizeof (DimAccum));
      g_hash_table_insert (project_index, &project->id, GUINT_TO_POINTER (p + 1));
    }

  for (guint t = 0; t < input->tools->len; t++)
    {
      const DaftarEarningsTool *tool = g_ptr_array_index (input->tools, t);

      if (tool->has_cost && !daftar_currency_is_valid (tool->monthly_cost.currency))
        {
          g_set_error (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_INPUT,
                       _("“%s” is not a currency code Daftar knows."), tool->monthly_cost.currency);
          goto out;
        }
    }

  items = g_array_sized_new (FALSE, FALSE, sizeof (Item), input->work->len + input->payments->len);
  for (guint pass = 0; pass < 2; pass++)
    {
      guint n = pass == 0 ? input->work->len : input->payments->len;

      for (guint i = 0; i < n; i++)
        {
          Item item = { .kind = pass == 0 ? ITEM_WORK : ITEM_PAYMENT, .index = i };
          gpointer found;

          if (pass == 0)
            {
              const DaftarWorkRow *row = &g_array_index (input->work, DaftarWorkRow, i);

              item.day = row->day;
              item.project_id = row->project_id;
              if (row->tool_set >= input->tool_sets->len)
                goto bad_row;
            }
          else
            {
              const DaftarPaymentRow *row = &g_array_index (input->payments, DaftarPaymentRow, i);

              item.day = row->day;
              item.project_id = row->project_id;
            }

          if (!(found = g_hash_table_lookup (project_index, &item.project_id)))
            goto bad_row;
          item.project = GPOINTER_TO_UINT (found) - 1;
          g_array_append_val (items, item);
        }
    }
  g_array_sort (items, compare_items);

  calc.input = input;
  calc.states = states;
  calc.billed = billed;
  calc.rate_uses = rate_uses;
  calc.rules_used = rules_used;
  calc.covers = covers = daftar_earnings_find_covers (input, items);
  calc.loose = loose;

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      ProjectState *state = &states[item->project];
      gboolean ok;

      if (item->kind == ITEM_WORK)
        ok = process_work (&calc, state, &g_array_index (input->work, DaftarWorkRow, item->index), error);
      else
        ok = process_payment (&calc, state, item->index, error);

      if (!ok)
        goto out;
    }

  if (!daftar_earnings_count_costs (&calc, project_index, error) ||
      !daftar_earnings_charge_tools (&calc, project_index, error) ||
      !daftar_earnings_awaiting (&calc, error))
    goto out;

  for (guint p = 0; p < n_projects; p++)
    daftar_earnings_share_pool (&calc, &states[p]);

  report = daftar_earnings_build_report (&calc);
  daftar_earnings_compare_fees (&calc, report);

  if (calc.overflow)
    {
      g_clear_pointer (&report, daftar_earnings_report_free);
      g_set_error_literal (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_OVERFLOW,
                           _("The totals are too large to be computed."));
    }
  goto out;

bad_row:
  g_set_error_literal (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_INPUT,
                       "A row of the earnings input points to no project or tool set.");

out:
  for (guint p = 0; states != NULL && p < n_projects; p++)
    g_clear_pointer (&states[p].dims, g_array_unref);
  return report;
}
