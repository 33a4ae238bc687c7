/* daftar-tool-item.c — an AI tool of the catalog in a list model
 *
 * The catalog is read once into a GListStore of these; when the ledger changes,
 * daftar_tool_items_update() changes the tools in place and splices only the span
 * that moved, so a list view keeps its rows (and what is typed in them).
 * "selected" is what a picker ticks; "tool" is notified when the tool changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-tool-item"

#include "config.h"

#include <string.h>

#include "daftar-fold.h"
#include "daftar-tool-item.h"

struct _DaftarToolItem
{
  GObject     parent_instance;

  DaftarTool  tool;
  char       *key;        /* daftar_fold() of the name, for searches */
  gboolean    selected;
};

G_DEFINE_FINAL_TYPE (DaftarToolItem, daftar_tool_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
daftar_tool_item_finalize (GObject *object)
{
  DaftarToolItem *self = DAFTAR_TOOL_ITEM (object);

  g_free (self->tool.name);
  g_free (self->key);

  G_OBJECT_CLASS (daftar_tool_item_parent_class)->finalize (object);
}

static void
daftar_tool_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DaftarToolItem *self = DAFTAR_TOOL_ITEM (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->tool.name);
      break;

    case PROP_SELECTED:
      g_value_set_boolean (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_tool_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DaftarToolItem *self = DAFTAR_TOOL_ITEM (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      daftar_tool_item_set_selected (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_tool_item_class_init (DaftarToolItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = daftar_tool_item_finalize;
  object_class->get_property = daftar_tool_item_get_property;
  object_class->set_property = daftar_tool_item_set_property;

  /* Notified whenever the tool changes, not only its name. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_boolean ("selected", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
daftar_tool_item_init (DaftarToolItem *self)
{
}

static void
set_tool (DaftarToolItem   *self,
          const DaftarTool *tool)
{
  g_free (self->tool.name);
  g_clear_pointer (&self->key, g_free);
  self->tool = *tool;
  self->tool.name = g_strdup (tool->name);
  self->key = NULL;   /* folded on the first search */
}

DaftarToolItem *
daftar_tool_item_new (const DaftarTool *tool)
{
  DaftarToolItem *self = g_object_new (DAFTAR_TYPE_TOOL_ITEM, NULL);

  set_tool (self, tool);
  return self;
}

const DaftarTool *
daftar_tool_item_get_tool (DaftarToolItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_TOOL_ITEM (self), NULL);

  return &self->tool;
}

const char *
daftar_tool_item_get_name (DaftarToolItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_TOOL_ITEM (self), NULL);

  return self->tool.name;
}

/**
 * daftar_tool_item_matches:
 * @key: (nullable): a search folded by daftar_fold(), or %NULL or empty for all
 *
 * Returns: whether the tool's name contains @key, ignoring case and composition
 */
gboolean
daftar_tool_item_matches (DaftarToolItem *self,
                          const char     *key)
{
  g_return_val_if_fail (DAFTAR_IS_TOOL_ITEM (self), FALSE);

  if (key == NULL || *key == '\0')
    return TRUE;
  if (self->key == NULL)
    self->key = daftar_fold (self->tool.name, -1);
  return strstr (self->key, key) != NULL;
}

gboolean
daftar_tool_item_get_selected (DaftarToolItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_TOOL_ITEM (self), FALSE);

  return self->selected;
}

void
daftar_tool_item_set_selected (DaftarToolItem *self,
                               gboolean        selected)
{
  g_return_if_fail (DAFTAR_IS_TOOL_ITEM (self));

  selected = !!selected;
  if (self->selected == selected)
    return;
  self->selected = selected;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static gboolean
same_tool (const DaftarTool *a,
           const DaftarTool *b)
{
  return a->id == b->id && g_strcmp0 (a->name, b->name) == 0 &&
         a->has_cost == b->has_cost && a->hidden == b->hidden && a->builtin == b->builtin &&
         (!a->has_cost || (a->monthly_cost.minor == b->monthly_cost.minor &&
                           g_strcmp0 (a->monthly_cost.currency, b->monthly_cost.currency) == 0));
}

/**
 * daftar_tool_items_update:
 * @items: a store of #DaftarToolItem
 * @tools: (element-type DaftarTool): the catalog as the ledger lists it now
 *
 * Makes @items list @tools in their order. Items keep their identity (and
 * "selected") by tool id; a changed tool notifies "name"; only the span between
 * the first and the last position that differ is spliced.
 */
void
daftar_tool_items_update (GListStore *items,
                          GPtrArray  *tools)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  g_autoptr(GPtrArray) next = g_ptr_array_new_full (tools->len, g_object_unref);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (items));
  guint first = 0, last_old = n_old, last_new = tools->len;

  g_return_if_fail (G_IS_LIST_STORE (items));

  for (guint i = 0; i < n_old; i++)
    {
      DaftarToolItem *item = g_list_model_get_item (G_LIST_MODEL (items), i);

      g_hash_table_insert (by_id, &item->tool.id, item);
    }

  for (guint i = 0; i < tools->len; i++)
    {
      const DaftarTool *tool = g_ptr_array_index (tools, i);
      DaftarToolItem *item = g_hash_table_lookup (by_id, &tool->id);

      if (item == NULL)
        {
          g_ptr_array_add (next, daftar_tool_item_new (tool));
          continue;
        }

      g_ptr_array_add (next, g_object_ref (item));
      if (!same_tool (&item->tool, tool))
        {
          set_tool (item, tool);
          g_object_notify_by_pspec (G_OBJECT (item), properties[PROP_NAME]);
        }
    }

  /* The unchanged head and tail stay where they are. */
  while (first < n_old && first < next->len)
    {
      g_autoptr(DaftarToolItem) old = g_list_model_get_item (G_LIST_MODEL (items), first);

      if (old != g_ptr_array_index (next, first))
        break;
      first++;
    }
  while (last_old > first && last_new > first)
    {
      g_autoptr(DaftarToolItem) old = g_list_model_get_item (G_LIST_MODEL (items), last_old - 1);

      if (old != g_ptr_array_index (next, last_new - 1))
        break;
      last_old--;
      last_new--;
    }

  if (first == last_old && first == last_new)
    return;

  g_list_store_splice (items, first, last_old - first,
                       next->pdata + first, last_new - first);
}

/**
 * daftar_tool_items_find:
 * @items: a model of #DaftarToolItem
 * @id: a tool's id
 * @out_position: (out) (optional): where it is
 *
 * Returns: (transfer none) (nullable): the item of that tool
 */
DaftarToolItem *
daftar_tool_items_find (GListModel *items,
                        gint64      id,
                        guint      *out_position)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaftarToolItem) item = g_list_model_get_item (items, i);

      if (item->tool.id == id)
        {
          if (out_position != NULL)
            *out_position = i;
          return item;   /* the model keeps it */
        }
    }

  return NULL;
}
