/* daftar-timer-popover.c — the timer's project picker
 *
 * Lists projects last timed first, filtered as the user types, with Continue
 * Last for the project timed last. Picking one emits ::project-chosen; the
 * window starts the timer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-timer-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-fold.h"
#include "daftar-timer-popover.h"

struct _DaftarTimerPopover
{
  GtkPopover      parent_instance;

  DaftarContext  *context;
  DaftarStore    *store;         /* the context's */
  gint64          last_project;  /* what Continue Last starts, 0 for none */
  char           *filter;        /* folded search text, NULL for all */

  GtkListBox     *projects;
  GtkSearchEntry *search;
  GtkWidget      *continue_button;
};

G_DEFINE_FINAL_TYPE (DaftarTimerPopover, daftar_timer_popover, GTK_TYPE_POPOVER)

enum {
  PROJECT_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * daftar_timer_popover_new:
 * @context: the app's context, with its open ledger
 */
GtkWidget *
daftar_timer_popover_new (DaftarContext *context)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);

  return g_object_new (DAFTAR_TYPE_TIMER_POPOVER, "context", context, NULL);
}

/**
 * daftar_timer_popover_get_filter:
 *
 * Returns: (nullable): the folded search text the list is filtered by, %NULL
 *   when it shows every project
 */
const char *
daftar_timer_popover_get_filter (DaftarTimerPopover *self)
{
  g_return_val_if_fail (DAFTAR_IS_TIMER_POPOVER (self), NULL);
  return self->filter;
}

static void
choose (DaftarTimerPopover *self,
        gint64              project_id)
{
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PROJECT_CHOSEN], 0, project_id);
}

static void
project_activated_cb (GtkListBox         *list,
                      GtkListBoxRow      *row,
                      DaftarTimerPopover *self)
{
  choose (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "project-id")));
}

static void
continue_clicked_cb (GtkButton          *button,
                     DaftarTimerPopover *self)
{
  if (self->last_project != 0)
    choose (self, self->last_project);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  DaftarTimerPopover *self = user_data;

  return self->filter == NULL ||
         daftar_fold_contains (g_object_get_data (G_OBJECT (row), "project-name"), -1,
                               self->filter);
}

static void
search_changed_cb (GtkSearchEntry     *entry,
                   DaftarTimerPopover *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->filter, g_free);
  if (*stripped != '\0')
    self->filter = daftar_fold (stripped, -1);
  gtk_list_box_invalidate_filter (self->projects);
}

/* Enter in the search starts the first project it finds. */
static void
search_activated_cb (GtkSearchEntry     *entry,
                     DaftarTimerPopover *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->projects));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
        {
          g_signal_emit_by_name (self->projects, "row-activated", row);
          return;
        }
    }
}

static GtkWidget *
project_row_new (const DaftarProject *project)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (project->name);

  /* Whole names: long ones wrap rather than lose their end. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_widget_set_margin_top (label, 9);
  gtk_widget_set_margin_bottom (label, 9);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  /* GTK 4.8 doesn't name a row after its label: screen readers would say "list item". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, project->name, -1);
  g_object_set_data (G_OBJECT (row), "project-id", GSIZE_TO_POINTER (project->id));
  g_object_set_data_full (G_OBJECT (row), "project-name", g_strdup (project->name), g_free);
  return row;
}

/**
 * daftar_timer_popover_fill:
 *
 * Lists the ledger's projects again, last timed first.
 */
void
daftar_timer_popover_fill (DaftarTimerPopover *self)
{
  g_autoptr(GPtrArray) projects = NULL;
  GtkWidget *child;
  gint64 last_id = 0;

  g_return_if_fail (DAFTAR_IS_TIMER_POPOVER (self));

  projects = daftar_store_list_recent_projects (self->store, &last_id, NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->projects))))
    gtk_list_box_remove (self->projects, child);

  self->last_project = last_id;
  gtk_widget_set_visible (self->continue_button, last_id != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search), projects != NULL && projects->len > 1);

  if (projects == NULL || projects->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("Add a project first."));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_list_box_set_placeholder (self->projects, label);
      return;
    }

  for (guint i = 0; i < projects->len; i++)
    {
      DaftarProject *p = g_ptr_array_index (projects, i);

      if (p->id == last_id)
        {
          g_autofree char *tooltip = NULL;

          /* Translators: tooltip of Continue Last, e.g. "Start the timer for Logo design again" */
          tooltip = g_strdup_printf (_("Start the timer for %s again"), p->name);
          gtk_widget_set_tooltip_text (self->continue_button, tooltip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->continue_button),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
        }

      gtk_list_box_append (self->projects, project_row_new (p));
    }
}

/* Each time the picker opens: the recent order as it is now, no old search,
 * and the focus on the first project, so that arrows and Enter pick one and
 * typing searches. */
static void
daftar_timer_popover_show (GtkWidget *widget)
{
  DaftarTimerPopover *self = DAFTAR_TIMER_POPOVER (widget);
  GtkListBoxRow *first;

  GTK_WIDGET_CLASS (daftar_timer_popover_parent_class)->show (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  daftar_timer_popover_fill (self);
  first = gtk_list_box_get_row_at_index (self->projects, 0);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
daftar_timer_popover_constructed (GObject *object)
{
  DaftarTimerPopover *self = DAFTAR_TIMER_POPOVER (object);

  G_OBJECT_CLASS (daftar_timer_popover_parent_class)->constructed (object);

  daftar_timer_popover_fill (self);
}

static void
daftar_timer_popover_dispose (GObject *object)
{
  DaftarTimerPopover *self = DAFTAR_TIMER_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_TIMER_POPOVER);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_timer_popover_parent_class)->dispose (object);
}

static void
daftar_timer_popover_finalize (GObject *object)
{
  DaftarTimerPopover *self = DAFTAR_TIMER_POPOVER (object);

  g_free (self->filter);

  G_OBJECT_CLASS (daftar_timer_popover_parent_class)->finalize (object);
}

static void
daftar_timer_popover_class_init (DaftarTimerPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_timer_popover_constructed;
  object_class->dispose = daftar_timer_popover_dispose;
  object_class->finalize = daftar_timer_popover_finalize;
  widget_class->show = daftar_timer_popover_show;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarTimerPopover, context),
                                   G_STRUCT_OFFSET (DaftarTimerPopover, store));

  /**
   * DaftarTimerPopover::project-chosen:
   * @project_id: the project to time
   */
  signals[PROJECT_CHOSEN] =
    g_signal_new ("project-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-timer-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerPopover, projects);
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerPopover, search);
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerPopover, continue_button);
  gtk_widget_class_bind_template_callback (widget_class, project_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, continue_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
}

static void
daftar_timer_popover_init (DaftarTimerPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->projects, filter_row, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self));
  /* GTK 4.8 names a button after both its label property, underline included,
   * and its label child. The child alone reads right. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->continue_button),
                                 GTK_ACCESSIBLE_PROPERTY_LABEL);
}
