/* daftar-log-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-log-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-id-action.h"
#include "daftar-log-item.h"
#include "daftar-log-page.h"
#include "daftar-log-row.h"
#include "daftar-widget-template.h"

struct _DaftarLogPage
{
  GtkWidget        parent_instance;

  DaftarContext   *context;
  DaftarStore     *store;            /* the context's */
  DaftarLogModel  *model;
  gulong           changed_id;

  GtkStack        *stack;
  AdwStatusPage   *empty_page;       /* these three are built on first need */
  GtkWidget       *sample_button;
  GtkButton       *primary_button;
  GtkSearchBar    *search_bar;
  GtkSearchEntry  *search_entry;
  GtkListView     *list_view;
};

G_DEFINE_FINAL_TYPE (DaftarLogPage, daftar_log_page, GTK_TYPE_WIDGET)

enum {
  EDIT_SESSION,
  DELETE_SESSION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The empty states are built the first time the page is empty. */
static void
ensure_status_pages (DaftarLogPage *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->empty_page != NULL)
    return;

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/daftar-log-empty.ui");
  self->empty_page = ADW_STATUS_PAGE (gtk_builder_get_object (builder, "empty_page"));
  self->sample_button = GTK_WIDGET (gtk_builder_get_object (builder, "sample_button"));
  self->primary_button = GTK_BUTTON (gtk_builder_get_object (builder, "primary_button"));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");
  gtk_stack_add_named (self->stack, GTK_WIDGET (gtk_builder_get_object (builder, "no_results_page")),
                       "no-results");

  daftar_accessible_name_from_child (GTK_WIDGET (self->primary_button));
  daftar_accessible_name_from_child (GTK_WIDGET (self->sample_button));
}

static void
update_state (DaftarLogPage *self)
{
  g_autoptr(GPtrArray) projects = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean searching = search != NULL && *search != '\0';

  if (daftar_log_model_get_n_sessions (self->model) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  ensure_status_pages (self);

  if (searching)
    {
      gtk_stack_set_visible_child_name (self->stack, "no-results");
      return;
    }

  projects = daftar_store_list_projects (self->store, TRUE, NULL);
  gtk_widget_set_visible (self->sample_button, projects != NULL && projects->len == 0);
  /* Sessions belong to a project: without one, the first step is a project. */
  if (projects != NULL && projects->len == 0)
    {
      gtk_button_set_label (self->primary_button, _("_New Project"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->primary_button), "win.new-project");
    }
  else
    {
      gtk_button_set_label (self->primary_button, _("_Log Session"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->primary_button), "win.new-session");
    }
  daftar_accessible_name_from_child (GTK_WIDGET (self->primary_button));
  adw_status_page_set_description (self->empty_page,
                                   projects != NULL && projects->len == 0
                                   ? _("Start with a project: its platform, rate and currency make your earnings add up. Then log the time you work, or run the timer.")
                                   : _("Log the time you worked, or start the timer from the header bar."));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
items_changed_cb (GListModel    *model,
                  guint          position,
                  guint          removed,
                  guint          added,
                  DaftarLogPage *self)
{
  update_state (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              DaftarLogPage            *self)
{
  gtk_list_item_set_child (list_item, daftar_log_row_new (self->context));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             DaftarLogPage            *self)
{
  DaftarLogItem *item = gtk_list_item_get_item (list_item);

  daftar_log_row_set_item (DAFTAR_LOG_ROW (gtk_list_item_get_child (list_item)), item);
  gtk_list_item_set_activatable (list_item, !daftar_log_item_is_day (item));
  gtk_list_item_set_selectable (list_item, !daftar_log_item_is_day (item));
}

static void
activate_cb (GtkListView   *list_view,
             guint          position,
             DaftarLogPage *self)
{
  g_autoptr(DaftarLogItem) item = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (item != NULL && !daftar_log_item_is_day (item))
    g_signal_emit (self, signals[EDIT_SESSION], 0, daftar_log_item_get_session (item)->id);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   DaftarLogPage  *self)
{
  daftar_log_model_set_search (self->model, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
daftar_log_page_constructed (GObject *object)
{
  DaftarLogPage *self = (DaftarLogPage *)object;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSelectionModel) selection = NULL;

  G_OBJECT_CLASS (daftar_log_page_parent_class)->constructed (object);

  self->model = daftar_log_model_new (self->store);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (items_changed_cb), self, 0);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model))));
  gtk_list_view_set_model (self->list_view, selection);
  gtk_list_view_set_factory (self->list_view, factory);
}

static void
daftar_log_page_dispose (GObject *object)
{
  DaftarLogPage *self = (DaftarLogPage *)object;

  daftar_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_LOG_PAGE);
  if (self->model != NULL)
    daftar_log_model_stop (self->model);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_log_page_parent_class)->dispose (object);
}

static void
daftar_log_page_class_init (DaftarLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_log_page_constructed;
  object_class->dispose = daftar_log_page_dispose;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarLogPage, context),
                                   G_STRUCT_OFFSET (DaftarLogPage, store));

  /**
   * DaftarLogPage::edit-session:
   * @id: the session
   */
  signals[EDIT_SESSION] = daftar_id_action_install (widget_class, "log.edit-session", "edit-session");
  signals[DELETE_SESSION] = daftar_id_action_install (widget_class, "log.delete-session", "delete-session");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarLogPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
daftar_log_page_init (DaftarLogPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * daftar_log_page_new:
 * @context: the app's context, with its open ledger
 */
GtkWidget *
daftar_log_page_new (DaftarContext *context)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);

  return g_object_new (DAFTAR_TYPE_LOG_PAGE, "context", context, NULL);
}

/**
 * daftar_log_page_get_model:
 *
 * Returns: (transfer none): the lazy list behind the page
 */
DaftarLogModel *
daftar_log_page_get_model (DaftarLogPage *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_PAGE (self), NULL);
  return self->model;
}

/**
 * daftar_log_page_load:
 *
 * Reads the session keys; the window calls it once it is on screen.
 */
void
daftar_log_page_load (DaftarLogPage *self)
{
  g_return_if_fail (DAFTAR_IS_LOG_PAGE (self));
  daftar_log_model_reload (self->model);
  update_state (self);
}

void
daftar_log_page_start_search (DaftarLogPage *self)
{
  g_return_if_fail (DAFTAR_IS_LOG_PAGE (self));

  if (daftar_log_model_get_n_sessions (self->model) == 0 &&
      *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) == '\0')
    return;

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
daftar_log_page_set_key_capture_widget (DaftarLogPage *self,
                                        GtkWidget     *widget)
{
  g_return_if_fail (DAFTAR_IS_LOG_PAGE (self));
  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}
