/* daftar-timer-button.c — the timer in the header bar
 *
 * Idle, the button opens the project picker (DaftarTimerPopover). While the
 * timer runs, it names the project and counts the time, and pressing it runs
 * win.toggle-timer. The button only shows the timer: the window starts it
 * when ::start-timer is emitted and stops it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-timer-button"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-plain-text.h"
#include "daftar-text.h"
#include "daftar-timer-button.h"
#include "daftar-ui-format.h"

struct _DaftarTimerButton
{
  AdwBin              parent_instance;

  DaftarContext      *context;
  DaftarStore        *store;       /* the context's */
  gulong              changed_id;
  DaftarTimer        *timer;
  guint               tick_id;
  DaftarTimerPopover *popover;     /* built on first use */

  GtkStack           *stack;
  GtkMenuButton      *menu_button;
  GtkWidget          *stop_button;
  GtkLabel           *name_label;
  GtkLabel           *time_label;
};

G_DEFINE_FINAL_TYPE (DaftarTimerButton, daftar_timer_button, ADW_TYPE_BIN)

enum {
  START_TIMER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
project_chosen_cb (DaftarTimerPopover *popover,
                   gint64              project_id,
                   DaftarTimerButton  *self)
{
  g_signal_emit (self, signals[START_TIMER], 0, project_id);
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  DaftarTimerButton *self = user_data;

  if (self->popover != NULL || self->store == NULL)
    return;

  self->popover = DAFTAR_TIMER_POPOVER (daftar_timer_popover_new (self->context));
  g_signal_connect_object (self->popover, "project-chosen", G_CALLBACK (project_chosen_cb), self, 0);
  gtk_menu_button_set_popover (button, GTK_WIDGET (self->popover));
}

static gboolean
tick_cb (gpointer user_data)
{
  DaftarTimerButton *self = user_data;
  g_autofree char *elapsed = NULL;
  gint64 seconds;

  if (self->timer == NULL)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  seconds = MAX (0, g_get_real_time () / G_USEC_PER_SEC - self->timer->start_utc);
  elapsed = daftar_ui_format_duration (self->context, seconds);
  gtk_label_set_label (self->time_label, elapsed);
  return G_SOURCE_CONTINUE;
}

/**
 * daftar_timer_button_update:
 *
 * Reads the timer from the ledger again and shows it.
 */
void
daftar_timer_button_update (DaftarTimerButton *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DAFTAR_IS_TIMER_BUTTON (self));

  g_clear_pointer (&self->timer, daftar_timer_free);
  if (self->store != NULL)
    self->timer = daftar_store_get_timer (self->store, &error);
  if (error != NULL)
    g_warning ("Reading the timer: %s", error->message);

  if (self->timer != NULL)
    {
      g_autofree char *name = daftar_text_isolate_n (self->timer->project_name, G_MAXUINT);
      g_autofree char *tooltip = NULL;
      g_autofree char *spoken = NULL;

      /* The name, ellipsized in the button; whole in the tooltip and for screen readers. */
      gtk_label_set_label (self->name_label, self->timer->project_name);
      /* Translators: tooltip of the running timer, e.g. "Stop the timer for Logo design (Ctrl+T)" */
      tooltip = daftar_sentence_printf (_("Stop the timer for %s (Ctrl+T)"), name);
      gtk_widget_set_tooltip_text (self->stop_button, tooltip);
      /* Accessible names take no marks */
      spoken = g_strdup_printf (_("Stop the timer for %s (Ctrl+T)"), self->timer->project_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->stop_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);

      gtk_stack_set_visible_child_name (self->stack, "running");
      tick_cb (self);
      if (self->tick_id == 0)
        self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->tick_id, g_source_remove);
      gtk_stack_set_visible_child_name (self->stack, "idle");
    }
}

static void
store_changed_cb (DaftarStore       *store,
                  guint              changes,
                  DaftarTimerButton *self)
{
  if (changes & DAFTAR_STORE_CHANGE_TIMER)
    daftar_timer_button_update (self);
  if ((changes & DAFTAR_STORE_CHANGE_PROJECTS) && self->popover != NULL)
    daftar_timer_popover_fill (self->popover);
}

/**
 * daftar_timer_button_set_context:
 * @context: the window's context, whose ledger's timer the button shows
 *
 * Set once: the button is a child of the window's template, built before the window
 * has its context.
 */
void
daftar_timer_button_set_context (DaftarTimerButton *self,
                                 DaftarContext     *context)
{
  g_return_if_fail (DAFTAR_IS_TIMER_BUTTON (self));
  g_return_if_fail (DAFTAR_IS_CONTEXT (context));
  g_return_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->store = g_object_ref (daftar_context_get_store (context));
  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (store_changed_cb), self);
  daftar_timer_button_update (self);
}

/**
 * daftar_timer_button_get_timer:
 *
 * Returns: (nullable): the running timer, %NULL when none runs
 */
const DaftarTimer *
daftar_timer_button_get_timer (DaftarTimerButton *self)
{
  g_return_val_if_fail (DAFTAR_IS_TIMER_BUTTON (self), NULL);
  return self->timer;
}

/* Opens the project picker. */
void
daftar_timer_button_popup (DaftarTimerButton *self)
{
  g_return_if_fail (DAFTAR_IS_TIMER_BUTTON (self));
  gtk_menu_button_popup (self->menu_button);
}

/**
 * daftar_timer_button_get_popover:
 *
 * Returns: (nullable) (transfer none): the project picker, %NULL until first opened
 */
DaftarTimerPopover *
daftar_timer_button_get_popover (DaftarTimerButton *self)
{
  g_return_val_if_fail (DAFTAR_IS_TIMER_BUTTON (self), NULL);
  return self->popover;
}

static void
daftar_timer_button_dispose (GObject *object)
{
  DaftarTimerButton *self = DAFTAR_TIMER_BUTTON (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  /* AdwBin unparents its child, and with it the picker. */
  self->popover = NULL;

  G_OBJECT_CLASS (daftar_timer_button_parent_class)->dispose (object);
}

static void
daftar_timer_button_finalize (GObject *object)
{
  DaftarTimerButton *self = DAFTAR_TIMER_BUTTON (object);

  g_clear_pointer (&self->timer, daftar_timer_free);

  G_OBJECT_CLASS (daftar_timer_button_parent_class)->finalize (object);
}

static void
daftar_timer_button_class_init (DaftarTimerButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = daftar_timer_button_dispose;
  object_class->finalize = daftar_timer_button_finalize;

  /**
   * DaftarTimerButton::start-timer:
   * @project_id: the project picked to time
   */
  signals[START_TIMER] =
    g_signal_new ("start-timer", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-timer-button.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerButton, stack);
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerButton, stop_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerButton, name_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarTimerButton, time_label);
}

static void
daftar_timer_button_init (DaftarTimerButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_popup_cb, self, NULL);
}
