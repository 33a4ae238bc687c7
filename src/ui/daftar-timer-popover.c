/* daftar-timer-popover.c — the timer's project picker
 *
 * Lists projects last timed first in a DaftarProjectChooser (a search over a
 * recycled list, so ten thousand projects open as fast as ten), with Continue
 * Last for the project timed last. Picking one emits ::project-chosen; the
 * window starts the timer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-timer-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-project-chooser.h"
#include "daftar-timer-popover.h"

struct _DaftarTimerPopover
{
  GtkPopover      parent_instance;

  DaftarContext  *context;
  DaftarStore    *store;         /* the context's */
  gint64          last_project;  /* what Continue Last starts, 0 for none */

  GtkBox         *box;
  GtkWidget      *chooser;
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

static void
choose (DaftarTimerPopover *self,
        gint64              project_id)
{
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PROJECT_CHOSEN], 0, project_id);
}

static void
chosen_cb (DaftarTimerPopover *self,
           gint64              project_id)
{
  choose (self, project_id);
}

static void
continue_clicked_cb (GtkButton          *button,
                     DaftarTimerPopover *self)
{
  if (self->last_project != 0)
    choose (self, self->last_project);
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
  g_autoptr(DaftarProjectList) list = daftar_project_list_new ();
  GtkWidget *search;
  gint64 last_id = 0;

  g_return_if_fail (DAFTAR_IS_TIMER_POPOVER (self));

  projects = daftar_store_list_recent_projects (self->store, &last_id, NULL);

  self->last_project = last_id;
  gtk_widget_set_visible (self->continue_button, last_id != 0);
  search = GTK_WIDGET (daftar_project_chooser_get_search (DAFTAR_PROJECT_CHOOSER (self->chooser)));
  gtk_widget_set_visible (search, projects != NULL && projects->len > 1);

  for (guint i = 0; projects != NULL && i < projects->len; i++)
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
      daftar_project_list_take (list, g_steal_pointer (&projects->pdata[i]));
    }
  daftar_project_chooser_set_projects (DAFTAR_PROJECT_CHOOSER (self->chooser), list);
}

/* Each time the picker opens: the recent order as it is now, no old search,
 * and the focus on the first project, so that arrows and Enter pick one and
 * typing searches. */
static void
daftar_timer_popover_show (GtkWidget *widget)
{
  DaftarTimerPopover *self = DAFTAR_TIMER_POPOVER (widget);

  GTK_WIDGET_CLASS (daftar_timer_popover_parent_class)->show (widget);

  daftar_timer_popover_fill (self);
  daftar_project_chooser_reset (DAFTAR_PROJECT_CHOOSER (self->chooser), 0);
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
daftar_timer_popover_class_init (DaftarTimerPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_timer_popover_constructed;
  object_class->dispose = daftar_timer_popover_dispose;
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
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerPopover, box);
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerPopover, continue_button);
  gtk_widget_class_bind_template_callback (widget_class, continue_clicked_cb);
}

static void
daftar_timer_popover_init (DaftarTimerPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: accessible name of the timer's list of projects */
  self->chooser = daftar_project_chooser_new (_("Projects to time"));
  gtk_widget_set_name (self->chooser, "timer_projects");
  gtk_widget_set_name (GTK_WIDGET (daftar_project_chooser_get_search (DAFTAR_PROJECT_CHOOSER (self->chooser))),
                       "timer_search");
  /* Under the heading, above Continue Last */
  gtk_box_insert_child_after (self->box, self->chooser, gtk_widget_get_first_child (GTK_WIDGET (self->box)));
  g_signal_connect_object (self->chooser, "chosen", G_CALLBACK (chosen_cb), self, G_CONNECT_SWAPPED);
  daftar_accessible_name_from_child (GTK_WIDGET (self->continue_button));
}
