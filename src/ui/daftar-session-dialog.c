/* daftar-session-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-session-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-dates.h"
#include "daftar-duration-format.h"
#include "daftar-duration.h"
#include "daftar-fold.h"
#include "daftar-plain-text.h"
#include "daftar-project-picker.h"
#include "daftar-session-dialog-private.h"
#include "daftar-form.h"
#include "daftar-ui-format.h"

G_DEFINE_FINAL_TYPE (DaftarSessionDialog, daftar_session_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SESSION_ID,
  PROP_DEFAULT_PROJECT_ID,
};

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  DaftarValidationError code;
  Field                 field;
} code_fields[] = {
  { DAFTAR_VALIDATION_ERROR_PROJECT, FIELD_PROJECT },
  { DAFTAR_VALIDATION_ERROR_DATE, FIELD_DATE },
  { DAFTAR_VALIDATION_ERROR_START, FIELD_START },
  { DAFTAR_VALIDATION_ERROR_DURATION, FIELD_DURATION },
  { DAFTAR_VALIDATION_ERROR_PAID, FIELD_PAID },
  { DAFTAR_VALIDATION_ERROR_EARNED, FIELD_EARNED },
  { DAFTAR_VALIDATION_ERROR_TOOL, FIELD_TOOLS },
  { DAFTAR_VALIDATION_ERROR_NOTE, FIELD_NOTE },
};

/**
 * daftar_session_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @context: the app's context, with its open ledger
 * @session_id: the session to edit, or 0 to log a new one
 * @default_project_id: the project a new session starts with, or 0 for none
 *
 * Returns: (transfer none): a modal dialog, not yet shown; it destroys itself on
 *   Cancel and after #DaftarSessionDialog::saved
 */
DaftarSessionDialog *
daftar_session_dialog_new (GtkWindow     *parent,
                           DaftarContext *context,
                           gint64         session_id,
                           gint64         default_project_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);
  g_return_val_if_fail (session_id >= 0, NULL);
  g_return_val_if_fail (default_project_id >= 0, NULL);

  return g_object_new (DAFTAR_TYPE_SESSION_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "session-id", session_id,
                       "default-project-id", default_project_id,
                       NULL);
}

static const DaftarProject *
get_selected_project (DaftarSessionDialog *self)
{
  return daftar_project_picker_get_selected (self->project_row);
}

static void
form_clear (Form *form)
{
  g_clear_pointer (&form->note, g_free);
  g_clear_pointer (&form->tools, g_ptr_array_unref);
}

/* Fills @form from the fields and asks core what is wrong with each of them. */
static void
read_form (DaftarSessionDialog *self,
           Form                *form)
{
  g_autoptr(DaftarValidation) validation = daftar_validation_new ();
  DaftarSessionDraft *draft = &form->draft;
  const DaftarProject *project = get_selected_project (self);
  const char *paid = get_text (self->paid_row);
  const char *earned = get_text (self->earned_row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter begin, end;
  int end_minutes;

  memset (form, 0, sizeof *form);
  daftar_form_begin (self->form);

  draft->project_id = project != NULL ? project->id : 0;
  form->pricing = project != NULL ? project->pricing : DAFTAR_PRICING_HOURLY;

  daftar_session_dialog_read_start (self, form);

  if (!daftar_duration_parse (get_text (self->duration_row), &draft->actual_seconds,
                              daftar_context_get_format (self->context),
                              daftar_form_error_slot (self->form, FIELD_DURATION)))
    draft->actual_seconds = 0;

  if (!daftar_form_text_is_blank (get_text (self->end_row)) && !daftar_session_parse_clock (self->end_row, &end_minutes))
    {
      g_autofree char *example = daftar_format_digits (daftar_context_get_format (self->context), "17:30");

      daftar_form_take_error (self->form, FIELD_END,
                              g_error_new (DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DURATION,
                                           /* Translators: %s is a time, 17:30 in the user's digits */
                                           _("Type the end time as hours and minutes on a 24-hour clock, for example %s, or type the duration instead."),
                                           example));
    }

  if (!daftar_form_text_is_blank (paid))
    draft->has_paid = daftar_duration_parse (paid, &draft->paid_seconds,
                                             daftar_context_get_format (self->context),
                                             daftar_form_error_slot (self->form, FIELD_PAID));

  if (project != NULL && project->pricing == DAFTAR_PRICING_PER_TASK && !daftar_form_text_is_blank (earned))
    {
      DaftarMoney money = { 0 };

      draft->has_earned = daftar_money_parse (earned, project->currency, DAFTAR_MONEY_PARSE_DEFAULT,
                                              &money, daftar_context_get_format (self->context),
                                              daftar_form_error_slot (self->form, FIELD_EARNED));
      draft->earned_minor = money.minor;
    }

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  form->note = gtk_text_buffer_get_text (buffer, &begin, &end, FALSE);
  draft->note = form->note;

  form->tools = daftar_session_dialog_selected_tools (self);
  draft->tools = (const char * const *) form->tools->pdata;

  /* Core speaks about every field; a field that did not parse keeps its own error. */
  daftar_validate_session_draft_all (draft, form->pricing, daftar_context_now (self->context),
                                     daftar_context_get_format (self->context), validation);
  daftar_form_add_validation (self->form, validation, FIELD_DURATION);
}

/* Reads the fields into @out (when given; form_clear() it), marks what is wrong and
 * drives Save. */
gboolean
daftar_session_dialog_revalidate (DaftarSessionDialog *self,
            Form                *out)
{
  Form form;
  gboolean valid;

  if (!self->ready || self->loading)
    return FALSE;

  read_form (self, &form);
  gtk_widget_set_visible (self->paid_hint, *get_text (self->paid_row) == '\0');
  valid = daftar_form_end (self->form);

  if (out != NULL)
    *out = form;
  else
    form_clear (&form);
  return valid;
}

static void save (DaftarSessionDialog *self);

static void
retry_save (GtkWidget *widget)
{
  save (DAFTAR_SESSION_DIALOG (widget));
}

static void
save (DaftarSessionDialog *self)
{
  g_autoptr(GError) error = NULL;
  Form form = { 0 };
  gint64 id = self->session_id;
  gboolean saved;

  if (!daftar_session_dialog_revalidate (self, &form))
    {
      form_clear (&form);
      daftar_form_save_refused (self->form);
      return;
    }

  if (self->session_id == 0)
    saved = daftar_store_add_session (self->store, &form.draft, &id, &error);
  else
    saved = daftar_store_update_session (self->store, self->session_id, &form.draft, &error);
  form_clear (&form);

  if (daftar_form_save_finish (self->form, self->toast_overlay, saved, &error, retry_save))
    {
      g_signal_emit (self, signals[SAVED], 0, id);
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (DAFTAR_SESSION_DIALOG (widget));
}

static gboolean
save_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  save (DAFTAR_SESSION_DIALOG (user_data));
  return TRUE;
}

static void
entry_changed_cb (GtkEditable         *editable,
                  DaftarSessionDialog *self)
{
  int field = daftar_form_field_for_widget (self->form, editable);

  if (self->loading || self->syncing || field == DAFTAR_FORM_FIELD_NONE)
    return;

  daftar_form_touch (self->form, field);

  if (field == FIELD_DURATION)
    {
      if (self->anchor != NULL)
        daftar_session_dialog_sync_anchored_start (self);
      else
        daftar_session_dialog_sync_end (self);
    }
  else if (field == FIELD_START || field == FIELD_DATE || field == FIELD_END)
    {
      /* The user placed the session: from now on the start stays where it is. */
      g_clear_pointer (&self->anchor, g_date_time_unref);
      if (field == FIELD_START)
        daftar_session_dialog_sync_end (self);
      else if (field == FIELD_END)
        daftar_session_dialog_sync_duration (self);
    }

  daftar_session_dialog_revalidate (self, NULL);
}

static void
entry_activated_cb (DaftarSessionDialog *self,
                    AdwEntryRow         *row)
{
  save (self);
}

/* Text past the longest note is cut on the way in: one more character than allowed
 * is enough for the field to say it is too long, and Pango wraps a very long word
 * in time that grows with its square (100 KiB pasted froze the dialog for 18 s). */
static void
note_insert_text_cb (GtkTextBuffer *buffer,
                     GtkTextIter   *location,
                     const char    *text,
                     int            length,
                     gpointer       user_data)
{
  int room = DAFTAR_NOTE_MAX_CHARS + 1 - gtk_text_buffer_get_char_count (buffer);
  glong n_chars = g_utf8_strlen (text, length);
  const char *end;

  if (n_chars <= room)
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");
  if (room <= 0)
    return;

  end = g_utf8_offset_to_pointer (text, room);
  g_signal_handlers_block_by_func (buffer, note_insert_text_cb, user_data);
  gtk_text_buffer_insert (buffer, location, text, (int) (end - text));
  g_signal_handlers_unblock_by_func (buffer, note_insert_text_cb, user_data);
}

static void
note_changed_cb (DaftarSessionDialog *self,
                 GtkTextBuffer       *buffer)
{
  if (self->loading)
    return;

  daftar_form_touch (self->form, FIELD_NOTE);
  daftar_session_dialog_revalidate (self, NULL);
}

static void
update_project (DaftarSessionDialog *self)
{
  const DaftarProject *project = get_selected_project (self);
  gboolean per_task = project != NULL && project->pricing == DAFTAR_PRICING_PER_TASK;

  gtk_widget_set_visible (GTK_WIDGET (self->earned_row), per_task);
  gtk_label_set_text (self->earned_currency, project != NULL ? project->currency : "");
}

static void
project_selected_cb (AdwComboRow         *row,
                     GParamSpec          *pspec,
                     DaftarSessionDialog *self)
{
  update_project (self);

  if (self->loading)
    return;

  daftar_form_touch (self->form, FIELD_PROJECT);
  daftar_session_dialog_revalidate (self, NULL);
}

/* The projects in use, and the session's own even if archived (daftar-project-picker.c) */
static void
fill_projects (DaftarSessionDialog *self,
               gint64               own_project_id)
{
  g_autoptr(GError) error = NULL;

  if (!daftar_project_picker_fill (self->project_row, self->store, own_project_id, &error))
    {
      g_warning ("Listing projects: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
    }
}

static void
load_session (DaftarSessionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *duration = NULL;
  DaftarSession *session;

  self->session = daftar_store_get_session (self->store, self->session_id, &error);
  if (self->session == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
      fill_projects (self, self->default_project_id);
      daftar_session_dialog_fill_tools (self, NULL);
      return;
    }

  session = self->session;
  fill_projects (self, session->project_id);
  daftar_session_dialog_fill_tools (self, session->tools);

  /* Shown in the offset it was logged in; the local zone when that is the same,
   * so daylight-saving changes still apply when the date is moved. */
  utc = g_date_time_new_from_unix_utc (session->start_utc);
  start = utc != NULL ? g_date_time_to_timezone (utc, self->tz) : NULL;
  if (start != NULL && g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND != session->utc_offset)
    {
      g_autoptr(GTimeZone) logged = g_time_zone_new_offset (session->utc_offset);

      g_clear_pointer (&start, g_date_time_unref);
      g_time_zone_unref (self->tz);
      self->tz = g_steal_pointer (&logged);
      start = g_date_time_to_timezone (utc, self->tz);
    }

  if (start != NULL)
    {
      daftar_session_dialog_set_start (self, start);
      self->loaded_date = g_strdup (get_text (self->date_row));
      self->loaded_start = g_strdup (get_text (self->start_row));
    }

  duration = daftar_format_duration (daftar_context_get_format (self->context), session->actual_seconds);
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), duration);
  daftar_session_dialog_sync_end (self);

  if (session->paid_seconds != session->actual_seconds)
    {
      g_autofree char *paid = daftar_format_duration (daftar_context_get_format (self->context),
                                                     session->paid_seconds);

      gtk_editable_set_text (GTK_EDITABLE (self->paid_row), paid);
    }

  if (session->has_earned)
    {
      g_autofree char *earned = daftar_ui_format_amount_for_entry (self->context, TRUE, session->earned_minor,
                                                                   session->currency);

      gtk_editable_set_text (GTK_EDITABLE (self->earned_row), earned);
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view),
                            session->note != NULL ? session->note : "", -1);
}

static void
init_new_session (DaftarSessionDialog *self)
{
  g_autoptr(GDateTime) now = daftar_context_now_local (self->context);

  fill_projects (self, self->default_project_id);
  daftar_session_dialog_fill_tools (self, NULL);

  /* Now, rounded down to five minutes: most sessions are logged as they end. */
  self->anchor = g_date_time_add_seconds (now, -(g_date_time_get_minute (now) % 5) * 60.0
                                               - g_date_time_get_seconds (now));
  daftar_session_dialog_sync_anchored_start (self);
}

static void
daftar_session_dialog_constructed (GObject *object)
{
  DaftarSessionDialog *self = (DaftarSessionDialog *)object;

  G_OBJECT_CLASS (daftar_session_dialog_parent_class)->constructed (object);

  g_assert (DAFTAR_IS_STORE (self->store));

  gtk_window_set_title (GTK_WINDOW (self),
                        self->session_id == 0 ? _("Log Session") : _("Edit Session"));

  self->loading = TRUE;
  if (self->session_id != 0)
    load_session (self);
  else
    init_new_session (self);
  update_project (self);
  daftar_session_dialog_update_tools_summary (self);
  self->loading = FALSE;

  self->ready = TRUE;
  daftar_session_dialog_revalidate (self, NULL);

  gtk_widget_grab_focus (self->session_id == 0 ? GTK_WIDGET (self->duration_row)
                                               : GTK_WIDGET (self->project_row));
}

static void
daftar_session_dialog_dispose (GObject *object)
{
  DaftarSessionDialog *self = (DaftarSessionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_SESSION_DIALOG);
  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_session_dialog_parent_class)->dispose (object);
}

static void
daftar_session_dialog_finalize (GObject *object)
{
  DaftarSessionDialog *self = (DaftarSessionDialog *)object;

  g_clear_pointer (&self->session, daftar_session_free);
  daftar_session_dialog_dispose_tools (self);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->anchor, g_date_time_unref);
  g_clear_pointer (&self->loaded_date, g_free);
  g_clear_pointer (&self->loaded_start, g_free);

  G_OBJECT_CLASS (daftar_session_dialog_parent_class)->finalize (object);
}

static void
daftar_session_dialog_class_init (DaftarSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (DAFTAR_TYPE_PROJECT_PICKER);

  object_class->constructed = daftar_session_dialog_constructed;
  object_class->dispose = daftar_session_dialog_dispose;
  object_class->finalize = daftar_session_dialog_finalize;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarSessionDialog, context),
                                   G_STRUCT_OFFSET (DaftarSessionDialog, store));
  /**
   * DaftarSessionDialog:session-id:
   *
   * The session being edited, or 0 while logging a new one.
   */
  daftar_context_install_id_property (object_class, PROP_SESSION_ID, "session-id",
                                      G_STRUCT_OFFSET (DaftarSessionDialog, session_id));
  /**
   * DaftarSessionDialog:default-project-id:
   *
   * The project a new session starts with, or 0 for the first in the list.
   */
  daftar_context_install_id_property (object_class, PROP_DEFAULT_PROJECT_ID, "default-project-id",
                                      G_STRUCT_OFFSET (DaftarSessionDialog, default_project_id));

  /**
   * DaftarSessionDialog::saved:
   * @session_id: the id of the session written
   *
   * Emitted once the session is in the ledger, just before the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, project_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, duration_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, paid_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, paid_hint);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, earned_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, earned_currency);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, tools_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, new_tool_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, note_frame);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, time_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, pay_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, tools_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarSessionDialog, note_error);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, project_selected_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "new_tool_apply_cb",
                                                G_CALLBACK (daftar_session_dialog_new_tool_apply_cb));

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
daftar_session_dialog_init (DaftarSessionDialog *self)
{
  GtkEventController *shortcuts;
  GtkShortcutTrigger *trigger;

  gtk_widget_init_template (GTK_WIDGET (self));

  daftar_accessible_name_from_child (GTK_WIDGET (self->cancel_button));
  daftar_accessible_name_from_child (GTK_WIDGET (self->save_button));

  daftar_session_dialog_setup_tools (self);
  self->tz = g_time_zone_new_local ();

self->form = daftar_form_new (GTK_WIDGET (self), "dialog.save");
#define FIELD(f, r, m) daftar_form_add_field (self->form, f, GTK_WIDGET (r), NULL, m)
  FIELD (FIELD_PROJECT, self->project_row, self->time_error);
  FIELD (FIELD_DATE, self->date_row, self->time_error);
  FIELD (FIELD_START, self->start_row, self->time_error);
  FIELD (FIELD_DURATION, self->duration_row, self->time_error);
  FIELD (FIELD_END, self->end_row, self->time_error);
  FIELD (FIELD_PAID, self->paid_row, self->pay_error);
  FIELD (FIELD_EARNED, self->earned_row, self->pay_error);
  FIELD (FIELD_TOOLS, self->tools_row, self->tools_error);
  FIELD (FIELD_NEW_TOOL, self->new_tool_row, self->tools_error);
#undef FIELD
  daftar_form_add_field (self->form, FIELD_NOTE, self->note_frame, GTK_WIDGET (self->note_view),
                         self->note_error);
  daftar_form_set_optional (self->form, FIELD_NEW_TOOL);
  for (guint i = 0; i < G_N_ELEMENTS (code_fields); i++)
    daftar_form_map_code (self->form, code_fields[i].field, DAFTAR_VALIDATION_ERROR, code_fields[i].code);

  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (note_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (gtk_text_view_get_buffer (self->note_view), "insert-text",
                    G_CALLBACK (note_insert_text_cb), NULL);

  /* Ctrl+Enter saves from anywhere, the note included, where plain Enter starts a new line:
   * the capture phase gets it before the text view does. */
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK));
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (trigger,
                                                          gtk_callback_action_new (save_shortcut_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

gint64
daftar_session_dialog_get_session_id (DaftarSessionDialog *self)
{
  g_return_val_if_fail (DAFTAR_IS_SESSION_DIALOG (self), 0);
  return self->session_id;
}

/**
 * daftar_session_dialog_set_duration:
 * @seconds: the time worked
 *
 * Fills in the duration, as when the timer stops; the end time follows, and a new
 * session's start moves back so that it ends now.
 */
void
daftar_session_dialog_set_duration (DaftarSessionDialog *self,
                                    gint64               seconds)
{
  g_autofree char *text = NULL;

  g_return_if_fail (DAFTAR_IS_SESSION_DIALOG (self));
  g_return_if_fail (seconds >= 0);

  text = daftar_format_duration (daftar_context_get_format (self->context), seconds);
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), text);
}
