/* daftar-fill.c — what the made-up ledgers share: the sample month and the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both write through the validating store API: a project from a table entry, the AI
 * tools they use put back in the catalog, the check for an empty ledger, a step in a
 * transaction of its own.
 */
#define G_LOG_DOMAIN "daftar-fill"

#include "config.h"

#include "daftar-fill.h"
#include "daftar-store-private.h"

/**
 * daftar_fill_project_draft:
 * @out_draft: (out caller-allocates): the draft, without a specialty
 *
 * The draft of @project: a rate when it is hourly, a price when it is fixed.
 */
void
daftar_fill_project_draft (const DaftarFillProject *project,
                           DaftarProjectDraft      *out_draft)
{
  *out_draft = (DaftarProjectDraft) {
    .name = project->name,
    .client = project->client,
    .platform = project->platform,
    .category = project->category,
    .pricing = project->pricing,
    .currency = project->currency,
    .has_rate = project->pricing == DAFTAR_PRICING_HOURLY,
    .rate_minor = project->rate_minor,
    .has_price = project->pricing == DAFTAR_PRICING_FIXED,
    .price_minor = project->price_minor,
  };
}

/**
 * daftar_fill_tools:
 * @tools: (array length=n_tools): the tools, in the order missing ones are added
 *
 * The catalog may have been edited: adds the tools that are not in it, with their
 * cost, and gives the ones already there theirs unless the user set one.
 */
gboolean
daftar_fill_tools (DaftarStore           *store,
                   const DaftarFillTool  *tools,
                   guint                  n_tools,
                   GError               **error)
{
  g_autoptr(GPtrArray) existing = daftar_store_list_tools (store, TRUE, error);
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);

  if (existing == NULL)
    return FALSE;

  for (guint i = 0; i < existing->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (existing, i);

      g_hash_table_insert (known, tool->name, tool);
    }

  for (guint i = 0; i < n_tools; i++)
    {
      const DaftarTool *found = NULL;
      DaftarMoney cost = { .minor = tools[i].monthly_cost_minor, .currency = "USD" };
      gboolean wants_cost = tools[i].monthly_cost_minor > 0;

      if (!g_hash_table_lookup_extended (known, tools[i].name, NULL, (gpointer *) &found))
        {
          if (!daftar_store_add_tool (store, tools[i].name, wants_cost ? &cost : NULL, NULL, error))
            return FALSE;
          /* Added with its cost: a second entry of the same name leaves it. */
          g_hash_table_insert (known, (gpointer) tools[i].name, NULL);
        }
      else if (found != NULL && wants_cost && !found->has_cost)
        {
          if (!daftar_store_update_tool (store, found->id, found->name, &cost, found->hidden, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * daftar_fill_has_projects:
 * @out_has: (out): whether @store has a project, archived ones included
 */
gboolean
daftar_fill_has_projects (DaftarStore  *store,
                          gboolean     *out_has,
                          GError      **error)
{
  g_autoptr(GPtrArray) existing = daftar_store_list_projects (store, TRUE, error);

  if (existing == NULL)
    return FALSE;

  *out_has = existing->len > 0;
  return TRUE;
}

/**
 * daftar_fill_in_transaction:
 *
 * Runs @func in a transaction of its own: committed when it returns %TRUE, rolled
 * back when it fails.
 *
 * Returns: %TRUE when committed
 */
gboolean
daftar_fill_in_transaction (DaftarStore     *store,
                            DaftarFillFunc   func,
                            gpointer         data,
                            GError         **error)
{
  if (!daftar_store_begin (store, error))
    return FALSE;

  return daftar_store_end (store, func (data, error), 0, error);
}
