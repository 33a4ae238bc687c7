/* daftar-window-timer.c — the timer in the header bar: what it times, its
 * project picker, and the Save Session dialog that stopping it opens
 *
 * While the timer runs, its button names the project and counts the time.
 * The picker lists projects last timed first, filtered as the user types, with
 * Continue Last for the project timed last. Stopping makes a session at once
 * (the timer is never lost); cancelling its dialog asks whether to discard
 * that session or take the stop back and keep timing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daftar-fold.h"
#include "daftar-plain-text.h"
#include "daftar-session-dialog.h"
#include "daftar-ui-format.h"
#include "daftar-window-private.h"

/* A timer started when asked, even if another program made it wait. */
typedef struct
{
  gint64 project_id;
  gint64 start_utc;
  gint32 utc_offset;
} TimerStart;

static gboolean
start_timer_write (DaftarWindow  *self,
                   gpointer       data,
                   GError       **error)
{
  TimerStart *start = data;

  return daftar_store_start_timer (self->store, start->project_id, start->start_utc,
                                   start->utc_offset, NULL, error);
}

static void
start_timer (DaftarWindow *self,
             gint64        project_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TimerStart *start = g_new0 (TimerStart, 1);

  start->project_id = project_id;
  start->start_utc = g_date_time_to_unix (now);
  start->utc_offset = (gint32) (g_date_time_get_utc_offset (now) / G_TIME_SPAN_SECOND);
  if (self->timer_popover != NULL)
    gtk_popover_popdown (self->timer_popover);
  daftar_window_write (self, start_timer_write, start, g_free);
}

static void
timer_project_activated_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            DaftarWindow  *self)
{
  start_timer (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "project-id")));
}

static void
continue_clicked_cb (GtkButton    *button,
                     DaftarWindow *self)
{
  if (self->timer_last_project != 0)
    start_timer (self, self->timer_last_project);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  DaftarWindow *self = user_data;

  return self->timer_filter == NULL ||
         daftar_fold_contains (g_object_get_data (G_OBJECT (row), "project-name"), -1,
                               self->timer_filter);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   DaftarWindow   *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->timer_filter, g_free);
  if (*stripped != '\0')
    self->timer_filter = daftar_fold (stripped, -1);
  gtk_list_box_invalidate_filter (self->timer_projects);
}

/* Enter in the search starts the first project it finds. */
static void
search_activate_cb (GtkSearchEntry *entry,
                    DaftarWindow   *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->timer_projects));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
        {
          g_signal_emit_by_name (self->timer_projects, "row-activated", row);
          return;
        }
    }
}

void
daftar_window_timer_fill_projects (DaftarWindow *self)
{
  g_autoptr(GPtrArray) projects = NULL;
  GtkWidget *child;
  gint64 last_id = 0;

  /* Filled when the picker exists: it is built on first use. */
  if (self->timer_projects == NULL)
    return;

  projects = daftar_store_list_recent_projects (self->store, &last_id, NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->timer_projects))))
    gtk_list_box_remove (self->timer_projects, child);

  self->timer_last_project = last_id;
  gtk_widget_set_visible (self->timer_continue_button, last_id != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_search), projects != NULL && projects->len > 1);

  if (projects == NULL || projects->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("Add a project first."));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_list_box_set_placeholder (self->timer_projects, label);
      return;
    }

  for (guint i = 0; i < projects->len; i++)
    {
      DaftarProject *p = g_ptr_array_index (projects, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (p->name);

      if (p->id == last_id)
        {
          g_autofree char *tooltip = NULL;

          /* Translators: tooltip of Continue Last, e.g. "Start the timer for Logo design again" */
          tooltip = g_strdup_printf (_("Start the timer for %s again"), p->name);
          gtk_widget_set_tooltip_text (self->timer_continue_button, tooltip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->timer_continue_button),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
        }

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
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, p->name, -1);
      g_object_set_data (G_OBJECT (row), "project-id", GSIZE_TO_POINTER (p->id));
      g_object_set_data_full (G_OBJECT (row), "project-name", g_strdup (p->name), g_free);
      gtk_list_box_append (self->timer_projects, row);
    }
}

/* Each time the picker opens: the recent order as it is now, no old search,
 * and the focus on the first project, so that arrows and Enter pick one and
 * typing searches. */
static void
popover_show_cb (GtkPopover   *popover,
                 DaftarWindow *self)
{
  GtkListBoxRow *first;

  gtk_editable_set_text (GTK_EDITABLE (self->timer_search), "");
  daftar_window_timer_fill_projects (self);
  first = gtk_list_box_get_row_at_index (self->timer_projects, 0);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
create_timer_popup_cb (GtkMenuButton *button,
                       gpointer       user_data)
{
  DaftarWindow *self = user_data;

  if (self->timer_popover == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/daftar-timer-popover.ui");

      self->timer_popover = GTK_POPOVER (gtk_builder_get_object (builder, "timer_popover"));
      self->timer_projects = GTK_LIST_BOX (gtk_builder_get_object (builder, "timer_projects"));
      self->timer_search = GTK_SEARCH_ENTRY (gtk_builder_get_object (builder, "timer_search"));
      self->timer_continue_button = GTK_WIDGET (gtk_builder_get_object (builder, "timer_continue_button"));
      g_signal_connect (self->timer_projects, "row-activated",
                        G_CALLBACK (timer_project_activated_cb), self);
      gtk_list_box_set_filter_func (self->timer_projects, filter_row, self, NULL);
      g_signal_connect (self->timer_search, "search-changed", G_CALLBACK (search_changed_cb), self);
      g_signal_connect (self->timer_search, "activate", G_CALLBACK (search_activate_cb), self);
      gtk_search_entry_set_key_capture_widget (self->timer_search, GTK_WIDGET (self->timer_popover));
      g_signal_connect (self->timer_continue_button, "clicked", G_CALLBACK (continue_clicked_cb), self);
      /* GTK 4.8 names a button after both its label property, underline included,
       * and its label child. The child alone reads right. */
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->timer_continue_button),
                                     GTK_ACCESSIBLE_PROPERTY_LABEL);
      g_signal_connect_after (self->timer_popover, "show", G_CALLBACK (popover_show_cb), self);
      gtk_menu_button_set_popover (button, GTK_WIDGET (self->timer_popover));
      daftar_window_timer_fill_projects (self);
    }
}

static gboolean
timer_tick_cb (gpointer user_data)
{
  DaftarWindow *self = user_data;
  g_autofree char *elapsed = NULL;
  gint64 seconds;

  if (self->timer == NULL)
    {
      self->timer_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  seconds = MAX (0, g_get_real_time () / G_USEC_PER_SEC - self->timer->start_utc);
  elapsed = daftar_ui_format_duration (seconds);
  gtk_label_set_label (self->timer_label, elapsed);
  return G_SOURCE_CONTINUE;
}

void
daftar_window_timer_update (DaftarWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->timer, daftar_timer_free);
  self->timer = daftar_store_get_timer (self->store, &error);
  if (error != NULL)
    g_warning ("Reading the timer: %s", error->message);

  if (self->timer != NULL)
    {
      g_autofree char *tooltip = NULL;

      /* The name, ellipsized in the button; whole in the tooltip and for screen readers. */
      gtk_label_set_label (self->timer_name_label, self->timer->project_name);
      /* Translators: tooltip of the running timer, e.g. "Stop the timer for Logo design (Ctrl+T)" */
      tooltip = g_strdup_printf (_("Stop the timer for %s (Ctrl+T)"), self->timer->project_name);
      gtk_widget_set_tooltip_text (self->timer_stop_button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->timer_stop_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

      gtk_stack_set_visible_child_name (self->timer_stack, "running");
      timer_tick_cb (self);
      if (self->timer_tick_id == 0)
        self->timer_tick_id = g_timeout_add_seconds (1, timer_tick_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->timer_tick_id, g_source_remove);
      gtk_stack_set_visible_child_name (self->timer_stack, "idle");
    }
}

static gboolean
discard_timer_write (DaftarWindow  *self,
                     gpointer       data,
                     GError       **error)
{
  return daftar_store_discard_timer (self->store, error);
}

static void
discard_timer_cb (AdwToast     *toast,
                  DaftarWindow *self)
{
  daftar_window_write (self, discard_timer_write, NULL, NULL);
}

/* Save Session: Cancel discards the timed session or keeps timing */

static gboolean
discard_session_write (DaftarWindow  *self,
                       gpointer       data,
                       GError       **error)
{
  return daftar_store_delete_session (self->store, *(gint64 *) data, error);
}

static gboolean
keep_timing_write (DaftarWindow  *self,
                   gpointer       data,
                   GError       **error)
{
  return daftar_store_resume_timer (self->store, *(gint64 *) data, error);
}

static gboolean
destroy_dialog_cb (gpointer dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

static void
cancel_response_cb (AdwMessageDialog    *question,
                    const char          *response,
                    DaftarSessionDialog *dialog)
{
  DaftarWindow *self = DAFTAR_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  DaftarWindowWriteFunc func;
  gint64 *session_id;

  if (g_strcmp0 (response, "discard") == 0)
    func = discard_session_write;
  else if (g_strcmp0 (response, "keep") == 0)
    func = keep_timing_write;
  else
    return;  /* back to the dialog */

  session_id = g_new (gint64, 1);
  *session_id = daftar_session_dialog_get_session_id (dialog);
  daftar_window_write (self, func, session_id, g_free);

  /* The question closes itself after this signal: the dialog it belongs to
   * goes once it has. */
  g_object_set_data (G_OBJECT (dialog), "daftar-timer-decided", GINT_TO_POINTER (TRUE));
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, destroy_dialog_cb, g_object_ref (dialog), g_object_unref);
}

/* Cancel, Escape and the window's close button all come here. */
static gboolean
save_dialog_close_request_cb (DaftarSessionDialog *dialog,
                              DaftarWindow        *self)
{
  AdwMessageDialog *question;

  if (g_object_get_data (G_OBJECT (dialog), "daftar-timer-decided"))
    return FALSE;

  question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (dialog),
                                                         _("Discard the Timed Session?"),
                                                         _("Discarding forgets the time the timer counted. "
                                                           "Keep timing to let the timer run on from when "
                                                           "it started.")));
  adw_message_dialog_add_responses (question,
                                    "keep", _("_Keep Timing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (question, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (question, "keep");
  /* Escape here goes back to the dialog, deciding nothing. */
  adw_message_dialog_set_close_response (question, "back");
  g_signal_connect_object (question, "response", G_CALLBACK (cancel_response_cb), dialog, 0);
  gtk_window_present (GTK_WINDOW (question));
  return TRUE;
}

static gboolean
stop_timer_write (DaftarWindow  *self,
                  gpointer       data,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  DaftarSessionDialog *dialog;
  gint64 session_id = 0;

  if (!daftar_store_stop_timer (self->store, *(gint64 *) data, &session_id, &local_error))
    {
      AdwToast *toast;

      if (g_error_matches (local_error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      toast = daftar_toast_new_plain (local_error->message);

      /* The session would break a rule (say, the timer ran all night): keep
       * the timer and let the user decide. */
      adw_toast_set_button_label (toast, _("_Discard Timer"));
      adw_toast_set_timeout (toast, 0);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (discard_timer_cb), self, 0);
      daftar_window_add_toast (self, toast);
      return TRUE;
    }

  /* Open the new session so the user can add AI tools and paid time (unless
   * the window is closing with this write the last it waited for). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      dialog = daftar_session_dialog_new (GTK_WINDOW (self), self->store, session_id, 0);
      /* Translators: title of the dialog that opens when the timer stops */
      gtk_window_set_title (GTK_WINDOW (dialog), _("Save Session"));
      g_signal_connect_object (dialog, "close-request",
                               G_CALLBACK (save_dialog_close_request_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  return TRUE;
}

static void
stop_timer (DaftarWindow *self)
{
  gint64 *stop_utc = g_new (gint64, 1);

  *stop_utc = g_get_real_time () / G_USEC_PER_SEC;
  daftar_window_write (self, stop_timer_write, stop_utc, g_free);
}

void
daftar_window_timer_toggle_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);

  /* Another program may have started or stopped the timer a moment ago. */
  if (self->store != NULL)
    daftar_store_check_outside_changes (self->store);

  if (self->timer != NULL)
    stop_timer (self);
  else
    gtk_menu_button_popup (self->timer_menu_button);
}

void
daftar_window_timer_init (DaftarWindow *self)
{
  gtk_menu_button_set_create_popup_func (self->timer_menu_button, create_timer_popup_cb, self, NULL);
}
