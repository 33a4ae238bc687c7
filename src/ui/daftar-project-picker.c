/* daftar-project-picker.c — the combo row a form picks its project with
 *
 * Every form that picks a project has a DaftarProjectPicker: an AdwComboRow (its
 * model, selection, role and name are a combo row's) whose popover is a
 * DaftarProjectChooser instead of libadwaita 1.2's plain list, so that typing
 * finds a project among hundreds. The row lists a DaftarProjectList: the projects
 * read in one query, items made only when asked for; it shows each item's name
 * through an expression.
 *
 * daftar_project_picker_fill() also fills a plain AdwComboRow, without the search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-project-picker"

#include "config.h"

#include "daftar-project-chooser.h"
#include "daftar-project-item.h"
#include "daftar-project-list.h"
#include "daftar-project-picker.h"

struct _DaftarProjectPicker
{
  AdwComboRow  parent_instance;

  GtkPopover  *popover;
  GtkWidget   *chooser;
};

G_DEFINE_FINAL_TYPE (DaftarProjectPicker, daftar_project_picker, ADW_TYPE_COMBO_ROW)

static char *
project_name (DaftarProjectItem *item)
{
  return g_strdup (item != NULL ? daftar_project_item_get_project (item)->name : "");
}

static void
chosen_cb (DaftarProjectPicker *self,
           gint64               project_id)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (self));
  guint position;

  gtk_popover_popdown (self->popover);
  if (DAFTAR_IS_PROJECT_LIST (model) &&
      daftar_project_list_find (DAFTAR_PROJECT_LIST (model), project_id, &position))
    adw_combo_row_set_selected (ADW_COMBO_ROW (self), position);
}

/* The first widget of @type under @widget, not looking under @skip */
static GtkWidget *
find_under (GtkWidget *widget,
            GType      type,
            GtkWidget *skip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (child == skip)
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_under (child, type, skip)) != NULL)
        return found;
    }
  return NULL;
}

static void
model_changed_cb (DaftarProjectPicker *self)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (self));
  GtkWidget *popup = find_under (GTK_WIDGET (self), GTK_TYPE_POPOVER, GTK_WIDGET (self->popover));
  GtkWidget *popup_list = popup != NULL ? find_under (popup, GTK_TYPE_LIST_VIEW, NULL) : NULL;

  /* The combo row's own popup, never shown here, would still bind 200 rows of its
   * list view with every model (1.2 lays it out hidden): it lists nothing. */
  if (popup_list != NULL)
    gtk_list_view_set_model (GTK_LIST_VIEW (popup_list), NULL);

  daftar_project_chooser_set_projects (DAFTAR_PROJECT_CHOOSER (self->chooser),
                                       DAFTAR_IS_PROJECT_LIST (model) ? DAFTAR_PROJECT_LIST (model) : NULL);
}

/* Activating the row (a click, Space or Enter) opens the search, not the plain list. */
static void
daftar_project_picker_activate (AdwActionRow *row)
{
  DaftarProjectPicker *self = DAFTAR_PROJECT_PICKER (row);
  const DaftarProject *selected = daftar_project_picker_get_selected (ADW_COMBO_ROW (self));
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (self));

  if (model == NULL || g_list_model_get_n_items (model) < 2)
    return;

  gtk_popover_popup (self->popover);
  daftar_project_chooser_reset (DAFTAR_PROJECT_CHOOSER (self->chooser), selected != NULL ? selected->id : 0);
}

static void
daftar_project_picker_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  DaftarProjectPicker *self = DAFTAR_PROJECT_PICKER (widget);

  GTK_WIDGET_CLASS (daftar_project_picker_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_popover_present (self->popover);
}

/* Tab and the arrows move inside the popover while it is open. */
static gboolean
daftar_project_picker_focus (GtkWidget        *widget,
                             GtkDirectionType  direction)
{
  DaftarProjectPicker *self = DAFTAR_PROJECT_PICKER (widget);

  if (self->popover != NULL && gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return gtk_widget_child_focus (GTK_WIDGET (self->popover), direction);
  return GTK_WIDGET_CLASS (daftar_project_picker_parent_class)->focus (widget, direction);
}

static void
daftar_project_picker_dispose (GObject *object)
{
  DaftarProjectPicker *self = DAFTAR_PROJECT_PICKER (object);

  if (self->popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
      self->chooser = NULL;
    }

  G_OBJECT_CLASS (daftar_project_picker_parent_class)->dispose (object);
}

static void
daftar_project_picker_class_init (DaftarProjectPickerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = daftar_project_picker_dispose;
  GTK_WIDGET_CLASS (klass)->size_allocate = daftar_project_picker_size_allocate;
  GTK_WIDGET_CLASS (klass)->focus = daftar_project_picker_focus;
  ADW_ACTION_ROW_CLASS (klass)->activate = daftar_project_picker_activate;
}

static void
daftar_project_picker_init (DaftarProjectPicker *self)
{
  GtkExpression *name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                      G_CALLBACK (project_name), NULL, NULL);

  adw_combo_row_set_expression (ADW_COMBO_ROW (self), name);
  gtk_expression_unref (name);

  self->chooser = daftar_project_chooser_new (NULL);
  g_signal_connect_object (self->chooser, "chosen", G_CALLBACK (chosen_cb), self, G_CONNECT_SWAPPED);
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, self->chooser);
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
  g_signal_connect (self, "notify::model", G_CALLBACK (model_changed_cb), NULL);
}

/**
 * daftar_project_picker_new:
 * @title: the row's title, which names it for screen readers too
 */
GtkWidget *
daftar_project_picker_new (const char *title)
{
  GtkWidget *row = g_object_new (DAFTAR_TYPE_PROJECT_PICKER, "title", title, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return row;
}

/**
 * daftar_project_picker_get_chooser:
 *
 * Returns: (transfer none): the DaftarProjectChooser the row opens
 */
GtkWidget *
daftar_project_picker_get_chooser (DaftarProjectPicker *self)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECT_PICKER (self), NULL);
  return self->chooser;
}

/**
 * daftar_project_picker_set_projects:
 * @row: a combo row that picks a project
 * @projects: the ledger's projects, as daftar_store_list_projects() lists them; the
 *   row takes those it lists (their slots are left %NULL)
 * @keep_id: the project the form names (listed even when archived, and selected), or 0
 *
 * Lists the projects in use in @row, in @projects' order, and selects @keep_id's,
 * or the first.
 */
void
daftar_project_picker_set_projects (AdwComboRow *row,
                                    GPtrArray   *projects,
                                    gint64       keep_id)
{
  g_autoptr(DaftarProjectList) list = daftar_project_list_new ();
  guint selected = 0, n = 0;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_return_if_fail (projects != NULL);

  for (guint i = 0; i < projects->len; i++)
    {
      DaftarProject *project = g_ptr_array_index (projects, i);

      /* An archived project stays out, unless it is the form's own. */
      if (project == NULL || (project->archived && project->id != keep_id))
        continue;
      if (project->id == keep_id)
        selected = n;
      daftar_project_list_take (list, g_steal_pointer (&projects->pdata[i]));
      n++;
    }

  if (adw_combo_row_get_expression (row) == NULL)
    {
      GtkExpression *name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                          G_CALLBACK (project_name), NULL, NULL);

      adw_combo_row_set_expression (row, name);
      gtk_expression_unref (name);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  if (n > 0)
    adw_combo_row_set_selected (row, selected);
}

/**
 * daftar_project_picker_fill:
 * @row: a combo row that picks a project
 * @store: the open ledger
 * @keep_id: as for daftar_project_picker_set_projects()
 * @error: where a failed read is told
 *
 * Reads the ledger's projects and lists them in @row, as
 * daftar_project_picker_set_projects() does.
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

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), FALSE);
  g_return_val_if_fail (DAFTAR_IS_STORE (store), FALSE);

  if (!(projects = daftar_store_list_projects (store, TRUE, error)))
    return FALSE;
  daftar_project_picker_set_projects (row, projects, keep_id);
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

  return daftar_project_list_peek (DAFTAR_PROJECT_LIST (model), adw_combo_row_get_selected (row));
}
