/* daftar-project-list.c — projects as a list model, items made when asked for
 *
 * The projects are read once, in one query; each DaftarProjectItem is made only
 * when a view asks for its position, so ten thousand projects cost no ten
 * thousand objects until something shows or searches them. Every project picker
 * (daftar-project-picker.c, daftar-project-chooser.c) lists through one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-project-list"

#include "config.h"

#include "daftar-project-item.h"
#include "daftar-project-list.h"

struct _DaftarProjectList
{
  GObject    parent_instance;

  GPtrArray *projects;   /* (element-type DaftarProject) the project, until its item takes it */
  GPtrArray *items;      /* (element-type DaftarProjectItem) (nullable) made on demand */
};

static GType
daftar_project_list_get_item_type (GListModel *model)
{
  return DAFTAR_TYPE_PROJECT_ITEM;
}

static guint
daftar_project_list_get_n_items (GListModel *model)
{
  return DAFTAR_PROJECT_LIST (model)->items->len;
}

static gpointer
daftar_project_list_get_item (GListModel *model,
                              guint       position)
{
  DaftarProjectList *self = DAFTAR_PROJECT_LIST (model);

  if (position >= self->items->len)
    return NULL;

  if (g_ptr_array_index (self->items, position) == NULL)
    self->items->pdata[position] =
      daftar_project_item_new (g_steal_pointer (&self->projects->pdata[position]), 0);

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
daftar_project_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = daftar_project_list_get_item_type;
  iface->get_n_items = daftar_project_list_get_n_items;
  iface->get_item = daftar_project_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (DaftarProjectList, daftar_project_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, daftar_project_list_model_init))

static void
clear_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void
clear_project (gpointer project)
{
  if (project != NULL)
    daftar_project_free (project);
}

static void
daftar_project_list_finalize (GObject *object)
{
  DaftarProjectList *self = DAFTAR_PROJECT_LIST (object);

  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->projects);

  G_OBJECT_CLASS (daftar_project_list_parent_class)->finalize (object);
}

static void
daftar_project_list_class_init (DaftarProjectListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = daftar_project_list_finalize;
}

static void
daftar_project_list_init (DaftarProjectList *self)
{
  self->projects = g_ptr_array_new_with_free_func (clear_project);
  self->items = g_ptr_array_new_with_free_func (clear_item);
}

DaftarProjectList *
daftar_project_list_new (void)
{
  return g_object_new (DAFTAR_TYPE_PROJECT_LIST, NULL);
}

/**
 * daftar_project_list_take:
 * @project: (transfer full): the project to list last
 *
 * Adds @project at the end. Meant for filling a new list, before any view has it:
 * it emits no ::items-changed.
 */
void
daftar_project_list_take (DaftarProjectList *self,
                          DaftarProject     *project)
{
  g_return_if_fail (DAFTAR_IS_PROJECT_LIST (self));
  g_return_if_fail (project != NULL);

  g_ptr_array_add (self->projects, project);
  g_ptr_array_add (self->items, NULL);
}

/**
 * daftar_project_list_peek:
 *
 * Returns: (nullable) (transfer none): the project at @position, without making its item
 */
const DaftarProject *
daftar_project_list_peek (DaftarProjectList *self,
                          guint              position)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECT_LIST (self), NULL);

  if (position >= self->items->len)
    return NULL;
  if (g_ptr_array_index (self->items, position) != NULL)
    return daftar_project_item_get_project (g_ptr_array_index (self->items, position));
  return g_ptr_array_index (self->projects, position);
}

/**
 * daftar_project_list_find:
 * @position: (out) (optional): where the project is
 *
 * Returns: whether the project @project_id is listed
 */
gboolean
daftar_project_list_find (DaftarProjectList *self,
                          gint64             project_id,
                          guint             *position)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECT_LIST (self), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    if (daftar_project_list_peek (self, i)->id == project_id)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }
  return FALSE;
}
