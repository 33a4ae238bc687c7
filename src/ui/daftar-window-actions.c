/* daftar-window-actions.c — the window's actions and their shortcuts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-window"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-dates.h"
#include "daftar-invoice-dialog.h"
#include "daftar-payment-dialog.h"
#include "daftar-payments-window.h"
#include "daftar-plain-text.h"
#include "daftar-preferences-window.h"
#include "daftar-project-dialog.h"
#include "daftar-sample.h"
#include "daftar-session-dialog.h"
#include "daftar-window-copy.h"
#include "daftar-window-private.h"

static gboolean
has_projects (DaftarWindow *self)
{
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (self->store, FALSE, NULL);

  return projects != NULL && projects->len > 0;
}

/* The shortcuts window is read when first asked for, not with every window. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);
  GtkWindow *overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self)));

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/daftar-shortcuts-window.ui");

      overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                               GTK_SHORTCUTS_WINDOW (overlay));
    }

  gtk_window_present (overlay);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);

  if (daftar_window_undo_delete (self))
    return;

  /* Else a payment deleted a moment ago */
  if (self->undo_toast != NULL)
    {
      g_autoptr(AdwToast) toast = g_object_ref (self->undo_toast);

      g_clear_weak_pointer (&self->undo_toast);
      g_signal_emit_by_name (toast, "button-clicked");
      adw_toast_dismiss (toast);
      return;
    }

  /* Else a guidance card put away a moment ago */
  if (self->guidance_page != NULL)
    daftar_guidance_page_undo (self->guidance_page);
}

/* Actions */

static void
open_new_project_dialog (DaftarWindow *self)
{
  GSettings *settings = daftar_context_get_settings (self->context);
  DaftarProjectDialog *dialog = daftar_project_dialog_new (GTK_WINDOW (self), self->context, 0);

  /* New projects start in the home currency. */
  if (settings != NULL)
    {
      g_autofree char *home = g_settings_get_string (settings, "home-currency");

      daftar_project_dialog_set_default_currency (dialog, home);
    }

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);

  if (self->store != NULL)
    open_new_project_dialog (self);
}

/* New Invoice…: for a project's row (its id), or from the main menu (0). */
static void
new_invoice_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (daftar_invoice_dialog_new (GTK_WINDOW (self), self->context,
                                                               g_variant_get_int64 (parameter))));
}

static void
record_payment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (daftar_payment_dialog_new (GTK_WINDOW (self), self->context, 0, 0)));
}

static void
payments_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (daftar_payments_window_new (GTK_WINDOW (self), self->context)));
}

static void
new_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);

  if (self->store == NULL)
    return;

  if (!has_projects (self))
    {
      daftar_window_add_toast (self, daftar_toast_new_plain (_("Add a project first: sessions belong to a project.")));
      open_new_project_dialog (self);
      return;
    }

  gtk_window_present (GTK_WINDOW (daftar_session_dialog_new (GTK_WINDOW (self), self->context, 0, 0)));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "log");
  daftar_log_page_start_search (self->log_page);
}

static void
sample_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  GDate today;

  daftar_date_today (&today);

  if (!daftar_sample_fill (self->store, &today, &error))
    daftar_window_show_error (self, error);
  else
    daftar_window_add_toast (self, daftar_toast_new_plain (_("Added a sample month of freelance work")));
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (daftar_preferences_window_new (GTK_WINDOW (self), self->context)));
}

static void
cancel_writes_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  daftar_window_cancel_writes (DAFTAR_WINDOW (widget));
}

static void
toggle_timer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  daftar_window_timer_toggle (DAFTAR_WINDOW (widget));
}

void
daftar_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-session", NULL, new_session_action);
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, new_project_action);
  gtk_widget_class_install_action (widget_class, "win.record-payment", NULL, record_payment_action);
  gtk_widget_class_install_action (widget_class, "win.new-invoice", "x", new_invoice_action);
  gtk_widget_class_install_action (widget_class, "win.payments", NULL, payments_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-timer", NULL, toggle_timer_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-writes", NULL, cancel_writes_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.sample-data", NULL, sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  daftar_window_copy_class_init (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-session", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.record-payment", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "win.toggle-timer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
}
