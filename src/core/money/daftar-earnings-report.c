/* daftar-earnings-report.c — the calculation's result: lines, groups, rates and rules used
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-earnings-private.h"

static void
line_free (DaftarEarningsLine *line)
{
  if (line == NULL)
    return;

  g_free (line->key);
  g_free (line->label);
  g_free (line);
}

static void
finish_line (DaftarEarningsLine *line,
             const Accum        *accum,
             Calc               *calc)
{
  gint64 net = accum->gross;

  line->n_sessions = accum->n_sessions;
  line->actual_seconds = accum->actual_seconds;
  line->paid_seconds = accum->paid_seconds;
  line->gross_minor = accum->gross;
  line->platform_fees_minor = accum->platform;
  line->withdrawal_fees_minor = accum->withdrawal;
  line->tool_costs_minor = accum->tools;
  line->platform_costs_minor = accum->costs;
  line->awaiting_minor = accum->awaiting;

  if (!daftar_int64_sub_checked (net, accum->platform, &net) ||
      !daftar_int64_sub_checked (net, accum->withdrawal, &net) ||
      !daftar_int64_sub_checked (net, accum->tools, &net) ||
      !daftar_int64_sub_checked (net, accum->costs, &net))
    calc->overflow = TRUE;
  line->net_minor = net;

  line->has_nominal_rate = accum->paid_seconds > 0 &&
    daftar_int64_mul_div_round (accum->gross, 3600, accum->paid_seconds, &line->nominal_rate_minor);
  line->has_effective_rate = accum->actual_seconds > 0 &&
    daftar_int64_mul_div_round (net, 3600, accum->actual_seconds, &line->effective_rate_minor);
}

static const char *
tool_name (const DaftarEarningsInput *input,
           gint64                     id)
{
  for (guint i = 0; i < input->tools->len; i++)
    {
      const DaftarEarningsTool *tool = g_ptr_array_index (input->tools, i);

      if (tool->id == id)
        return tool->name;
    }

  return NULL;
}

/* The group of @project's dimension value @dim: key, label and id. */
static void
describe_group (const DaftarEarningsInput   *input,
                const DaftarEarningsProject *project,
                gint64                       dim,
                char                       **out_key,
                char                       **out_label,
                gint64                      *out_id)
{
  *out_id = 0;

  switch (input->query.by)
    {
    case DAFTAR_EARNINGS_BY_PROJECT:
      *out_key = g_strdup_printf ("%" G_GINT64_FORMAT, project->id);
      *out_label = g_strdup (project->name);
      *out_id = project->id;
      break;

    case DAFTAR_EARNINGS_BY_PLATFORM:
      *out_key = g_strdup (project->platform_key);
      *out_label = g_strdup (project->platform_name);
      break;

    case DAFTAR_EARNINGS_BY_CATEGORY:
      *out_key = g_strdup (daftar_category_to_key (project->category));
      *out_label = g_strdup (daftar_category_get_label (project->category));
      break;

    case DAFTAR_EARNINGS_BY_CLIENT:
      *out_key = g_strdup (project->client ? project->client : "");
      *out_label = g_strdup (project->client ? project->client : _("No client"));
      break;

    case DAFTAR_EARNINGS_BY_TOOL:
      {
        const char *name = dim > 0 ? tool_name (input, dim) : NULL;

        *out_key = dim > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, dim) : g_strdup ("none");
        *out_label = g_strdup (dim > 0 ? (name ? name : *out_key) : _("No AI tool"));
        *out_id = dim;
      }
      break;

    case DAFTAR_EARNINGS_BY_AI:
      *out_key = g_strdup (dim ? "with-ai" : "without-ai");
      *out_label = g_strdup (dim ? _("With AI tools") : _("Without AI tools"));
      break;

    case DAFTAR_EARNINGS_N_BY:
    default:
      g_assert_not_reached ();
    }
}

/* The group of a platform's costs that name no project: under the platform, else
 * where the things of no client, category or tool go. */
static void
describe_loose_group (const DaftarEarningsInput *input,
                      const LooseCosts          *loose,
                      char                     **out_key,
                      char                     **out_label,
                      gint64                    *out_id)
{
  DaftarEarningsProject none = {
    .platform_key = (char *) loose->platform_key,
    .platform_name = (char *) loose->platform_name,
    .category = DAFTAR_CATEGORY_OTHER,
  };

  if (input->query.by != DAFTAR_EARNINGS_BY_PROJECT)
    {
      describe_group (input, &none, 0, out_key, out_label, out_id);
      return;
    }

  *out_id = 0;
  *out_key = g_strdup ("none");
  *out_label = g_strdup (_("No project"));
}

typedef struct
{
  char  *key;
  char  *label;
  gint64 id;
  Accum  accum;
} Group;

static Group *
find_group (GHashTable  *groups,
            GPtrArray   *order,
            char       **key,
            char       **label,
            gint64       id)
{
  Group *group = g_hash_table_lookup (groups, *key);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->key = g_steal_pointer (key);
      group->label = g_steal_pointer (label);
      group->id = id;
      g_hash_table_insert (groups, group->key, group);
      g_ptr_array_add (order, group);
    }

  return group;
}

static void
group_free (Group *group)
{
  g_free (group->key);
  g_free (group->label);
  g_free (group);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const DaftarEarningsLine *x = *(DaftarEarningsLine * const *) a;
  const DaftarEarningsLine *y = *(DaftarEarningsLine * const *) b;

  /* Highest net first */
  int c = daftar_int64_compare (y->net_minor, x->net_minor);

  return c != 0 ? c : strcmp (x->key, y->key);
}

static int
compare_rate_uses (gconstpointer a,
                   gconstpointer b)
{
  const DaftarEarningsRate *x = a, *y = b;
  int c;

  if ((c = strcmp (x->use.rate.base, y->use.rate.base)) != 0 ||
      (c = strcmp (x->use.rate.quote, y->use.rate.quote)) != 0 ||
      (c = daftar_int64_compare (x->use.rate.day, y->use.rate.day)) != 0)
    return c;
  return daftar_int64_compare (x->use.rate.source, y->use.rate.source);
}

static int
compare_rules (gconstpointer a,
               gconstpointer b)
{
  const DaftarFeeRule *x = *(DaftarFeeRule * const *) a;
  const DaftarFeeRule *y = *(DaftarFeeRule * const *) b;

  return strcmp (x->id, y->id);
}

DaftarEarningsReport *
daftar_earnings_build_report (Calc *calc)
{
  const DaftarEarningsInput *input = calc->input;
  g_autoptr(DaftarEarningsReport) report = g_new0 (DaftarEarningsReport, 1);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) group_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  Accum totals = { 0 };
  GHashTableIter iter;
  gpointer value;

  report->query = input->query;
  report->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  report->rates = g_array_new (FALSE, FALSE, sizeof (DaftarEarningsRate));
  report->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) daftar_fee_rule_free);

  for (guint p = 0; p < input->projects->len; p++)
    {
      ProjectState *state = &calc->states[p];

      daftar_earnings_accum_add (&totals, &state->total, calc);
      for (guint d = 0; d < state->dims->len; d++)
        {
          const DimAccum *dim = &g_array_index (state->dims, DimAccum, d);
          g_autofree char *key = NULL;
          g_autofree char *label = NULL;
          Group *group;
          gint64 id;

          describe_group (input, state->project, dim->dim, &key, &label, &id);
          group = find_group (groups, order, &key, &label, id);
          daftar_earnings_accum_add (&group->accum, &dim->accum, calc);
        }
    }

  for (guint i = 0; calc->loose != NULL && i < calc->loose->len; i++)
    {
      const LooseCosts *loose = g_ptr_array_index (calc->loose, i);
      g_autofree char *key = NULL;
      g_autofree char *label = NULL;
      gint64 id;

      daftar_earnings_accum_add (&totals, &loose->accum, calc);
      describe_loose_group (input, loose, &key, &label, &id);
      daftar_earnings_accum_add (&find_group (groups, order, &key, &label, id)->accum,
                                 &loose->accum, calc);
    }

  report->totals = g_new0 (DaftarEarningsLine, 1);
  report->totals->key = g_strdup ("total");
  report->totals->label = g_strdup (_("Total"));
  finish_line (report->totals, &totals, calc);

  for (guint i = 0; i < order->len; i++)
    {
      Group *group = g_ptr_array_index (order, i);
      DaftarEarningsLine *line = g_new0 (DaftarEarningsLine, 1);

      line->key = g_strdup (group->key);
      line->label = g_strdup (group->label);
      line->id = group->id;
      finish_line (line, &group->accum, calc);
      g_ptr_array_add (report->groups, line);
    }
  g_ptr_array_sort (report->groups, compare_lines);

  g_hash_table_iter_init (&iter, calc->rate_uses);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_append_vals (report->rates, value, 1);
  g_array_sort (report->rates, compare_rate_uses);

  g_hash_table_iter_init (&iter, calc->rules_used);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    g_ptr_array_add (report->rules, daftar_fee_rule_copy (value));
  g_ptr_array_sort (report->rules, compare_rules);

  return g_steal_pointer (&report);
}

void
daftar_earnings_report_free (DaftarEarningsReport *report)
{
  if (report == NULL)
    return;

  line_free (report->totals);
  g_clear_pointer (&report->groups, g_ptr_array_unref);
  g_clear_pointer (&report->rates, g_array_unref);
  g_clear_pointer (&report->rules, g_ptr_array_unref);
  g_free (report);
}
