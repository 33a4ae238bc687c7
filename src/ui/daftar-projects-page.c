/* daftar-projects-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-projects-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-id-action.h"
#include "daftar-project-item.h"
#include "daftar-project-row.h"
#include "daftar-dates.h"
#include "daftar-period.h"
#include "daftar-projects-page.h"
#include "daftar-ui-format.h"
#include "daftar-widget-template.h"

struct _DaftarProjectsPage
{
  GtkWidget       parent_instance;

  DaftarContext  *context;
  DaftarStore    *store;      /* the context's */
  GListStore     *projects;
  GHashTable     *hidden;     /* ids waiting to be deleted, for undo */
  gulong          changed_id;

  GtkStack       *stack;
  GtkListView    *list_view;
  GtkToggleButton *archived_toggle;
  GtkWidget      *sample_button;
};

G_DEFINE_FINAL_TYPE (DaftarProjectsPage, daftar_projects_page, GTK_TYPE_WIDGET)

enum {
  EDIT_PROJECT,
  ARCHIVE_PROJECT,
  DELETE_PROJECT,
  RECORD_PAYMENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* This month in the user's calendar: in Persian, the Solar Hijri month. */
static void
month_range (DaftarProjectsPage *self,
             gint64             *from,
             gint64             *to)
{
  DaftarFormat *format = daftar_context_get_format (self->context);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GDate today, first, last;

  daftar_context_today (self->context, &today);

  if (!daftar_period_resolve (DAFTAR_PERIOD_THIS_MONTH, daftar_format_get_calendar (format),
                              daftar_format_get_locale (format), &today, &first, &last) ||
      !daftar_date_range_to_utc (&first, &last, tz, from, to))
    {
      *from = 0;
      *to = 0;
    }
}

/**
 * daftar_projects_page_reload:
 *
 * Reads the projects and this month's hours again.
 */
void
daftar_projects_page_reload (DaftarProjectsPage *self)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean show_archived = gtk_toggle_button_get_active (self->archived_toggle);
  gboolean any = FALSE;
  gint64 from, to;

  month_range (self, &from, &to);
  projects = daftar_store_list_projects (self->store, TRUE, &error);
  totals = projects ? daftar_store_sum_by_project (self->store, from, to, &error) : NULL;
  if (projects == NULL || totals == NULL)
    {
      g_warning ("Reading projects: %s", error->message);
      return;
    }

  for (guint i = 0; i < projects->len; i++)
    {
      DaftarProject *p = g_ptr_array_index (projects, i);
      gint64 seconds = 0;

      if (g_hash_table_contains (self->hidden, &p->id))
        continue;
      any = TRUE;
      if (p->archived && !show_archived)
        continue;

      for (guint j = 0; j < totals->len; j++)
        if (g_array_index (totals, DaftarProjectTotals, j).project_id == p->id)
          seconds = g_array_index (totals, DaftarProjectTotals, j).actual_seconds;

      g_ptr_array_add (items, daftar_project_item_new (g_steal_pointer (&g_ptr_array_index (projects, i)),
                                                       seconds));
    }

  g_list_store_splice (self->projects, 0, g_list_model_get_n_items (G_LIST_MODEL (self->projects)),
                       items->pdata, items->len);

  gtk_widget_set_visible (self->sample_button, !any);
  gtk_stack_set_visible_child_name (self->stack,
                                    items->len > 0 ? "list" : any ? "all-archived" : "empty");
}

static void
store_changed_cb (DaftarStore        *store,
                  guint               changes,
                  DaftarProjectsPage *self)
{
  if (changes & (DAFTAR_STORE_CHANGE_PROJECTS | DAFTAR_STORE_CHANGE_SESSIONS))
    daftar_projects_page_reload (self);
}

static void
archived_toggled_cb (GtkToggleButton    *button,
                     DaftarProjectsPage *self)
{
  daftar_projects_page_reload (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              DaftarProjectsPage       *self)
{
  gtk_list_item_set_child (list_item, daftar_project_row_new (self->context));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  daftar_project_row_set_item (DAFTAR_PROJECT_ROW (gtk_list_item_get_child (list_item)),
                               gtk_list_item_get_item (list_item));
}

static void
activate_cb (GtkListView        *list_view,
             guint               position,
             DaftarProjectsPage *self)
{
  g_autoptr(DaftarProjectItem) item = g_list_model_get_item (G_LIST_MODEL (self->projects), position);

  if (item != NULL)
    g_signal_emit (self, signals[EDIT_PROJECT], 0, daftar_project_item_get_project (item)->id);
}

static void
daftar_projects_page_constructed (GObject *object)
{
  DaftarProjectsPage *self = (DaftarProjectsPage *)object;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSelectionModel) selection = NULL;

  G_OBJECT_CLASS (daftar_projects_page_parent_class)->constructed (object);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->projects))));
  gtk_list_view_set_model (self->list_view, selection);
  gtk_list_view_set_factory (self->list_view, factory);

  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (store_changed_cb), self);
  daftar_projects_page_reload (self);
}

static void
daftar_projects_page_dispose (GObject *object)
{
  DaftarProjectsPage *self = (DaftarProjectsPage *)object;

  daftar_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_PROJECTS_PAGE);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->projects);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (daftar_projects_page_parent_class)->dispose (object);
}

static void
daftar_projects_page_class_init (DaftarProjectsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_projects_page_constructed;
  object_class->dispose = daftar_projects_page_dispose;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarProjectsPage, context),
                                   G_STRUCT_OFFSET (DaftarProjectsPage, store));

  signals[EDIT_PROJECT] = daftar_id_action_install (widget_class, "projects.edit", "edit-project");
  signals[ARCHIVE_PROJECT] = daftar_id_action_install (widget_class, "projects.archive", "archive-project");
  signals[DELETE_PROJECT] = daftar_id_action_install (widget_class, "projects.delete", "delete-project");
  signals[RECORD_PAYMENT] = daftar_id_action_install (widget_class, "projects.record-payment",
                                                      "record-payment");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-projects-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectsPage, archived_toggle);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectsPage, sample_button);
  gtk_widget_class_bind_template_child_full (widget_class, "new_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, archived_toggled_cb);
}

static void
daftar_projects_page_init (DaftarProjectsPage *self)
{
  self->projects = g_list_store_new (DAFTAR_TYPE_PROJECT_ITEM);
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  daftar_accessible_name_from_child (GTK_WIDGET (self->archived_toggle));
  daftar_accessible_name_from_child (GTK_WIDGET (self->sample_button));
  daftar_accessible_name_from_child (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), DAFTAR_TYPE_PROJECTS_PAGE, "new_button")));
}

/**
 * daftar_projects_page_new:
 * @context: the app's context, with its open ledger
 */
GtkWidget *
daftar_projects_page_new (DaftarContext *context)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);

  return g_object_new (DAFTAR_TYPE_PROJECTS_PAGE, "context", context, NULL);
}

/**
 * daftar_projects_page_set_hidden:
 *
 * Hides a project that is about to be deleted, while its undo toast shows.
 */
void
daftar_projects_page_set_hidden (DaftarProjectsPage *self,
                                 gint64              project_id,
                                 gboolean            hidden)
{
  g_return_if_fail (DAFTAR_IS_PROJECTS_PAGE (self));

  if (hidden)
    g_hash_table_add (self->hidden, g_memdup2 (&project_id, sizeof project_id));
  else
    g_hash_table_remove (self->hidden, &project_id);
  daftar_projects_page_reload (self);
}

guint
daftar_projects_page_get_n_shown (DaftarProjectsPage *self)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECTS_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->projects));
}
