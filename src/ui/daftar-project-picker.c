/* daftar-project-picker.c — the projects a form picks from, as a list model
 *
 * Every combo row that picks a project fills itself here: the projects in use, and
 * the one the form already names even if archived, read once into a list model whose
 * items (DaftarProjectItem) are made only when the row's list asks for them — so
 * ten thousand projects cost one query, not ten thousand strings and rows. The row
 * shows each item's name through an expression.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-project-picker"

#include "config.h"

#include "daftar-project-item.h"
#include "daftar-project-picker.h"

#define DAFTAR_TYPE_PROJECT_LIST (daftar_project_list_get_type ())

G_DECLARE_FINAL_TYPE (DaftarProjectList, daftar_project_list, DAFTAR, PROJECT_LIST, GObject)

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

static const DaftarProject *
project_at (DaftarProjectList *self,
            guint              position)
{
  if (position >= self->items->len)
    return NULL;
  if (g_ptr_array_index (self->items, position) != NULL)
    return daftar_project_item_get_project (g_ptr_array_index (self->items, position));
  return g_ptr_array_index (self->projects, position);
}

static char *
project_name (DaftarProjectItem *item)
{
  return g_strdup (item != NULL ? daftar_project_item_get_project (item)->name : "");
}

/**
 * daftar_project_picker_fill:
 * @row: a combo row that picks a project
 * @store: the open ledger
 * @keep_id: the project the form names (listed even when archived, and selected), or 0
 * @error: where a failed read is told
 *
 * Lists the projects in use in @row, in the ledger's order, and selects @keep_id's,
 * or the first.
 *
 * Returns: %FALSE with @error when the projects can't be read (the row is left as it was)
 */
gboolean
daftar_project_picker_fill (AdwComboRow  *row,
                            DaftarStore  *store,
                            gint64        keep_id,
                            GError      **error)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(DaftarProjectList) list = NULL;
  guint selected = 0;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), FALSE);
  g_return_val_if_fail (DAFTAR_IS_STORE (store), FALSE);

  if (!(projects = daftar_store_list_projects (store, TRUE, error)))
    return FALSE;

  list = g_object_new (DAFTAR_TYPE_PROJECT_LIST, NULL);
  for (guint i = 0; i < projects->len; i++)
    {
      DaftarProject *project = g_ptr_array_index (projects, i);

      /* An archived project stays out, unless it is the form's own. */
      if (project->archived && project->id != keep_id)
        continue;
      if (project->id == keep_id)
        selected = list->projects->len;
      g_ptr_array_add (list->projects, g_steal_pointer (&projects->pdata[i]));
      g_ptr_array_add (list->items, NULL);
    }

  if (adw_combo_row_get_expression (row) == NULL)
    {
      GtkExpression *name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                          G_CALLBACK (project_name), NULL, NULL);

      adw_combo_row_set_expression (row, name);
      gtk_expression_unref (name);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  if (list->items->len > 0)
    adw_combo_row_set_selected (row, selected);

  return TRUE;
}

/**
 * daftar_project_picker_get_selected:
 * @row: a combo row filled by daftar_project_picker_fill()
 *
 * Returns: (nullable) (transfer none): the project picked, owned by the row's model
 */
const DaftarProject *
daftar_project_picker_get_selected (AdwComboRow *row)
{
  GListModel *model;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), NULL);

  model = adw_combo_row_get_model (row);
  if (!DAFTAR_IS_PROJECT_LIST (model))
    return NULL;

  return project_at (DAFTAR_PROJECT_LIST (model), adw_combo_row_get_selected (row));
}
