/* daftar-session-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-session-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-dates.h"
#include "daftar-duration.h"
#include "daftar-fold.h"
#include "daftar-busy-retry.h"
#include "daftar-plain-text.h"
#include "daftar-session-dialog.h"
#include "daftar-form-row.h"
#include "daftar-ui-format.h"

#define MINUTES_PER_DAY (24 * 60)

/* The form's fields in the order they are shown; the first invalid one gets the focus. */
typedef enum
{
  FIELD_PROJECT,
  FIELD_DATE,
  FIELD_START,
  FIELD_DURATION,
  FIELD_END,
  FIELD_PAID,
  FIELD_EARNED,
  FIELD_TOOLS,
  FIELD_NEW_TOOL,
  FIELD_NOTE,
  N_FIELDS
} Field;

#define FIELD_NONE N_FIELDS

typedef struct
{
  GtkWidget *row;           /* marked with .error */
  GtkWidget *focus;         /* focused when the field is at fault */
  GtkWidget *message;       /* the error label under the row's group */
  gboolean   touched;       /* errors show once the user has changed the field */
  GError    *error;         /* what core says about the field now */
  GError    *store_error;   /* what the store said, until the field changes */
} FieldState;

/* What the form holds, as a draft for core, with what is wrong with each field. */
typedef struct
{
  DaftarSessionDraft  draft;
  DaftarPricing       pricing;
  char               *note;
  GPtrArray          *tools;
  GError             *errors[N_FIELDS];
} Form;

struct _DaftarSessionDialog
{
  AdwWindow           parent_instance;

  DaftarStore        *store;
  gint64              session_id;
  gint64              default_project_id;
  GPtrArray          *projects;        /* (element-type DaftarProject) as in project_row */
  DaftarSession      *session;         /* the session being edited, as loaded */
  GPtrArray          *tool_checks;     /* (element-type GtkCheckButton) */
  GTimeZone          *tz;
  GDateTime          *anchor;          /* a new session ends here until the user moves it */
  char               *loaded_date;
  char               *loaded_start;

  AdwToastOverlay    *toast_overlay;
  GtkWidget          *cancel_button;
  GtkWidget          *save_button;
  AdwComboRow        *project_row;
  AdwEntryRow        *date_row;
  AdwEntryRow        *start_row;
  AdwEntryRow        *duration_row;
  AdwEntryRow        *end_row;
  AdwEntryRow        *paid_row;
  GtkWidget          *paid_hint;
  AdwEntryRow        *earned_row;
  GtkLabel           *earned_currency;
  AdwExpanderRow     *tools_row;
  AdwEntryRow        *new_tool_row;
  GtkWidget          *note_frame;
  GtkTextView        *note_view;
  GtkWidget          *time_error;
  GtkWidget          *pay_error;
  GtkWidget          *tools_error;
  GtkWidget          *note_error;

  FieldState          fields[N_FIELDS];
  gboolean            ready;
  gboolean            loading;
  gboolean            syncing;
  gboolean            show_all_errors;
  gboolean            valid;
};

G_DEFINE_FINAL_TYPE (DaftarSessionDialog, daftar_session_dialog, ADW_TYPE_WINDOW)

/* Dates and times are shown in the user's calendar and digits, and read
 * back the same way (daftar_format_parse_date()). */
static char *
format_day_of (GDateTime *dt)
{
  GDate day;

  daftar_date_from_date_time (dt, &day);
  return daftar_format_date (daftar_ui_format_get (), &day, DAFTAR_DATE_STYLE_NUMERIC);
}

static char *
format_time_of (GDateTime *dt)
{
  return daftar_format_time (daftar_ui_format_get (), g_date_time_to_unix (dt),
                             (gint32) (g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND));
}

enum {
  PROP_0,
  PROP_STORE,
  PROP_SESSION_ID,
  PROP_DEFAULT_PROJECT_ID,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
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
 * @store: the open ledger
 * @session_id: the session to edit, or 0 to log a new one
 * @default_project_id: the project a new session starts with, or 0 for none
 *
 * Returns: (transfer none): a modal dialog, not yet shown; it destroys itself on
 *   Cancel and after #DaftarSessionDialog::saved
 */
DaftarSessionDialog *
daftar_session_dialog_new (GtkWindow   *parent,
                           DaftarStore *store,
                           gint64       session_id,
                           gint64       default_project_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);
  g_return_val_if_fail (session_id >= 0, NULL);
  g_return_val_if_fail (default_project_id >= 0, NULL);

  return g_object_new (DAFTAR_TYPE_SESSION_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "session-id", session_id,
                       "default-project-id", default_project_id,
                       NULL);
}

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static Field
field_for_error (const GError *error)
{
  if (error->domain != DAFTAR_VALIDATION_ERROR)
    return FIELD_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (code_fields); i++)
    {
      if ((int) code_fields[i].code == error->code)
        return code_fields[i].field;
    }

  return FIELD_NONE;
}

static Field
field_for_row (DaftarSessionDialog *self,
               gpointer             row)
{
  for (guint f = 0; f < N_FIELDS; f++)
    {
      if (self->fields[f].row == row)
        return f;
    }

  return FIELD_NONE;
}

static void
set_field_error (FieldState *state,
                 const char *message)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (state->focus);

  if (message != NULL)
    {
      gtk_widget_add_css_class (state->row, "error");
      gtk_accessible_update_state (accessible, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (state->row, "error");
      gtk_accessible_reset_state (accessible, GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static DaftarProject *
get_selected_project (DaftarSessionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->project_row);

  if (self->projects == NULL || selected >= self->projects->len)
    return NULL;

  return g_ptr_array_index (self->projects, selected);
}

static gboolean
parse_clock (AdwEntryRow *row,
             int         *out_minutes)
{
  int hour, minute;

  if (!daftar_time_parse (get_text (row), &hour, &minute, NULL))
    return FALSE;

  *out_minutes = hour * 60 + minute;
  return TRUE;
}

static void
set_text_quietly (DaftarSessionDialog *self,
                  AdwEntryRow         *row,
                  const char          *text)
{
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  self->syncing = FALSE;
}

/* The end follows the start and the duration. */
static void
sync_end (DaftarSessionDialog *self)
{
  g_autofree char *latin = NULL;
  g_autofree char *text = NULL;
  gint64 duration;
  int start, end;

  if (!parse_clock (self->start_row, &start) ||
      !daftar_duration_parse (get_text (self->duration_row), &duration, NULL))
    return;

  end = (int) ((start + duration / 60) % MINUTES_PER_DAY);
  /* In the user's digits, as the start is written */
  latin = g_strdup_printf ("%02d:%02d", end / 60, end % 60);
  text = daftar_format_digits (daftar_ui_format_get (), latin);
  set_text_quietly (self, self->end_row, text);
}

/* The duration follows an end typed by the user; an end before the start is the next day. */
static void
sync_duration (DaftarSessionDialog *self)
{
  g_autofree char *text = NULL;
  int start, end, minutes;

  if (!parse_clock (self->start_row, &start) || !parse_clock (self->end_row, &end))
    return;

  minutes = end - start;
  if (minutes < 0)
    minutes += MINUTES_PER_DAY;

  text = daftar_ui_format_duration ((gint64) minutes * 60);
  set_text_quietly (self, self->duration_row, text);
}

/* A new session ends now, until the user says otherwise: the duration moves its start. */
static void
sync_anchored_start (DaftarSessionDialog *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *end = NULL;
  gint64 duration = 0;

  if (self->anchor == NULL)
    return;

  if (!daftar_form_text_is_blank (get_text (self->duration_row)) &&
      !daftar_duration_parse (get_text (self->duration_row), &duration, NULL))
    return;

  start = g_date_time_add_seconds (self->anchor, (gdouble) -MIN (duration, DAFTAR_DURATION_MAX_SECONDS));
  if (start == NULL)
    return;

  date = format_day_of (start);
  time = format_time_of (start);
  end = format_time_of (self->anchor);
  set_text_quietly (self, self->date_row, date);
  set_text_quietly (self, self->start_row, time);
  set_text_quietly (self, self->end_row, end);
}

static void
update_tools_summary (DaftarSessionDialog *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  for (guint i = 0; i < self->tool_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->tool_checks, i);

      if (!gtk_check_button_get_active (check))
        continue;

      if (summary->len > 0)
        /* Translators: separates the names of AI tools in a list, as in “ChatGPT, Claude” */
        g_string_append (summary, _(", "));
      g_string_append (summary, g_object_get_data (G_OBJECT (check), "tool-name"));
    }

  adw_expander_row_set_subtitle (self->tools_row,
                                 summary->len > 0 ? summary->str
                                 /* Translators: no AI tool is ticked for the session */
                                 : C_("ai tools", "None"));
}

/* A value that passes core's checks, so the next check can speak about the next field. */
static void
neutralize_field (Form  *form,
                  Field  field)
{
  DaftarSessionDraft *draft = &form->draft;

  if (field == FIELD_PROJECT)
    draft->project_id = 1;
  else if (field == FIELD_DATE || field == FIELD_START)
    {
      draft->start_utc = g_get_real_time () / G_USEC_PER_SEC - 3600;
      draft->utc_offset = 0;
    }
  else if (field == FIELD_DURATION)
    draft->actual_seconds = DAFTAR_SESSION_MAX_SECONDS;
  else if (field == FIELD_PAID)
    draft->has_paid = FALSE;
  else if (field == FIELD_EARNED)
    draft->has_earned = FALSE;
  else if (field == FIELD_TOOLS)
    draft->tools = NULL;
  else if (field == FIELD_NOTE)
    draft->note = NULL;
}

static void
form_clear (Form *form)
{
  for (guint f = 0; f < N_FIELDS; f++)
    g_clear_error (&form->errors[f]);
  g_clear_pointer (&form->note, g_free);
  g_clear_pointer (&form->tools, g_ptr_array_unref);
}

static void
read_start (DaftarSessionDialog *self,
            Form                *form)
{
  DaftarSessionDraft *draft = &form->draft;
  const char *date_text = get_text (self->date_row);
  const char *start_text = get_text (self->start_row);
  GDate date;
  int hour, minute;
  gboolean have_date, have_time;

  /* Unchanged, the stored moment stays exact, seconds and offset included. */
  if (self->session != NULL &&
      g_strcmp0 (date_text, self->loaded_date) == 0 &&
      g_strcmp0 (start_text, self->loaded_start) == 0)
    {
      draft->start_utc = self->session->start_utc;
      draft->utc_offset = self->session->utc_offset;
      return;
    }

  have_date = daftar_format_parse_date (daftar_ui_format_get (), date_text, &date,
                                       &form->errors[FIELD_DATE]);
  have_time = daftar_time_parse (start_text, &hour, &minute, &form->errors[FIELD_START]);
  if (have_date && have_time)
    daftar_local_to_utc (&date, hour, minute, self->tz, &draft->start_utc, &draft->utc_offset,
                         &form->errors[FIELD_START]);
}

/* Fills @form from the fields and asks core what is wrong with each of them. */
static void
read_form (DaftarSessionDialog *self,
           Form                *form)
{
  DaftarSessionDraft *draft = &form->draft;
  DaftarProject *project = get_selected_project (self);
  const char *paid = get_text (self->paid_row);
  const char *earned = get_text (self->earned_row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter begin, end;
  int end_minutes;

  memset (form, 0, sizeof *form);

  draft->project_id = project != NULL ? project->id : 0;
  form->pricing = project != NULL ? project->pricing : DAFTAR_PRICING_HOURLY;

  read_start (self, form);

  if (!daftar_duration_parse (get_text (self->duration_row), &draft->actual_seconds,
                              &form->errors[FIELD_DURATION]))
    draft->actual_seconds = 0;

  if (!daftar_form_text_is_blank (get_text (self->end_row)) && !parse_clock (self->end_row, &end_minutes))
    {
      g_autofree char *example = daftar_format_digits (daftar_ui_format_get (), "17:30");

      form->errors[FIELD_END] =
        g_error_new (DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DURATION,
                     /* Translators: %s is a time, 17:30 in the user's digits */
                     _("Type the end time as hours and minutes on a 24-hour clock, for example %s, or type the duration instead."),
                     example);
    }

  if (!daftar_form_text_is_blank (paid))
    draft->has_paid = daftar_duration_parse (paid, &draft->paid_seconds, &form->errors[FIELD_PAID]);

  if (project != NULL && project->pricing == DAFTAR_PRICING_PER_TASK && !daftar_form_text_is_blank (earned))
    {
      DaftarMoney money = { 0 };

      draft->has_earned = daftar_money_parse (earned, project->currency, DAFTAR_MONEY_PARSE_DEFAULT,
                                              &money, &form->errors[FIELD_EARNED]);
      draft->earned_minor = money.minor;
    }

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  form->note = gtk_text_buffer_get_text (buffer, &begin, &end, FALSE);
  draft->note = form->note;

  form->tools = g_ptr_array_new ();
  for (guint i = 0; i < self->tool_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->tool_checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (form->tools, g_object_get_data (G_OBJECT (check), "tool-name"));
    }
  g_ptr_array_add (form->tools, NULL);
  draft->tools = (const char * const *) form->tools->pdata;

  for (guint f = 0; f < N_FIELDS; f++)
    {
      if (form->errors[f] != NULL)
        neutralize_field (form, f);
    }

  /* Core reports the first problem only; setting each faulty field aside in turn
   * finds the problems of the later fields as well. */
  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_autoptr(GError) error = NULL;
      Field field;

      if (daftar_validate_session_draft (draft, form->pricing, g_get_real_time () / G_USEC_PER_SEC, &error))
        break;

      field = field_for_error (error);
      if (field == FIELD_NONE || form->errors[field] != NULL)
        {
          g_warning ("A session draft error names no field of the dialog: %s", error->message);
          if (form->errors[FIELD_DURATION] == NULL)
            form->errors[FIELD_DURATION] = g_steal_pointer (&error);
          break;
        }

      form->errors[field] = g_steal_pointer (&error);
      neutralize_field (form, field);
    }
}

static void
show_errors (DaftarSessionDialog *self)
{
  for (guint f = 0; f < N_FIELDS; f++)
    gtk_widget_set_visible (self->fields[f].message, FALSE);

  for (guint f = 0; f < N_FIELDS; f++)
    {
      FieldState *state = &self->fields[f];
      const GError *error = state->store_error != NULL ? state->store_error : state->error;
      gboolean shown = error != NULL &&
                       (state->store_error != NULL || state->touched || self->show_all_errors) &&
                       gtk_widget_get_visible (state->row);

      set_field_error (state, shown ? error->message : NULL);

      /* One message per group: the first field's. */
      if (shown && !gtk_widget_get_visible (state->message))
        {
          gtk_label_set_text (GTK_LABEL (state->message), error->message);
          gtk_widget_set_visible (state->message, TRUE);
        }
    }
}

static void
revalidate (DaftarSessionDialog *self)
{
  Form form;
  gboolean valid = TRUE;

  if (!self->ready || self->loading)
    return;

  read_form (self, &form);

  for (guint f = 0; f < N_FIELDS; f++)
    {
      g_clear_error (&self->fields[f].error);
      self->fields[f].error = g_steal_pointer (&form.errors[f]);

      /* A tool name not yet added doesn't stop the session from being saved. */
      if (f != FIELD_NEW_TOOL &&
          (self->fields[f].error != NULL || self->fields[f].store_error != NULL))
        valid = FALSE;
    }
  form_clear (&form);

  gtk_widget_set_visible (self->paid_hint, *get_text (self->paid_row) == '\0');

  self->valid = valid;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", valid);
  show_errors (self);
}

static void
focus_first_error (DaftarSessionDialog *self)
{
  for (guint f = 0; f < N_FIELDS; f++)
    {
      FieldState *state = &self->fields[f];

      if (f != FIELD_NEW_TOOL &&
          (state->error != NULL || state->store_error != NULL) &&
          gtk_widget_get_visible (state->row))
        {
          if (f == FIELD_TOOLS)
            adw_expander_row_set_expanded (self->tools_row, TRUE);
          gtk_widget_grab_focus (state->focus);
          return;
        }
    }
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
  Form form;
  gint64 id = self->session_id;
  gboolean saved;
  Field field;

  revalidate (self);

  if (!self->valid)
    {
      daftar_busy_retry_done (GTK_WIDGET (self));
      /* Say what is missing, even in fields not yet visited. */
      self->show_all_errors = TRUE;
      show_errors (self);
      focus_first_error (self);
      return;
    }

  read_form (self, &form);
  if (self->session_id == 0)
    saved = daftar_store_add_session (self->store, &form.draft, &id, &error);
  else
    saved = daftar_store_update_session (self->store, self->session_id, &form.draft, &error);
  form_clear (&form);

  if (saved)
    {
      daftar_busy_retry_done (GTK_WIDGET (self));
      g_signal_emit (self, signals[SAVED], 0, id);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* Another program is writing: the dialog stays open and saves again soon. */
  if (daftar_busy_retry_handle (GTK_WIDGET (self), self->toast_overlay, error, retry_save))
    return;

  /* The store knows what core alone can't: projects or tools removed meanwhile. */
  field = field_for_error (error);
  if (field != FIELD_NONE)
    {
      g_clear_error (&self->fields[field].store_error);
      self->fields[field].store_error = g_steal_pointer (&error);
      revalidate (self);
      focus_first_error (self);
    }
  else
    {
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
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
mark_changed (DaftarSessionDialog *self,
              Field                field)
{
  self->fields[field].touched = TRUE;
  g_clear_error (&self->fields[field].store_error);
}

static void
entry_changed_cb (GtkEditable         *editable,
                  DaftarSessionDialog *self)
{
  Field field = field_for_row (self, editable);

  if (self->loading || self->syncing || field == FIELD_NONE)
    return;

  mark_changed (self, field);

  if (field == FIELD_DURATION)
    {
      if (self->anchor != NULL)
        sync_anchored_start (self);
      else
        sync_end (self);
    }
  else if (field == FIELD_START || field == FIELD_DATE || field == FIELD_END)
    {
      /* The user placed the session: from now on the start stays where it is. */
      g_clear_pointer (&self->anchor, g_date_time_unref);
      if (field == FIELD_START)
        sync_end (self);
      else if (field == FIELD_END)
        sync_duration (self);
    }

  revalidate (self);
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

  mark_changed (self, FIELD_NOTE);
  revalidate (self);
}

static void
tool_toggled_cb (DaftarSessionDialog *self,
                 GtkCheckButton      *check)
{
  update_tools_summary (self);

  if (self->loading)
    return;

  mark_changed (self, FIELD_TOOLS);
  revalidate (self);
}

static void
update_project (DaftarSessionDialog *self)
{
  DaftarProject *project = get_selected_project (self);
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

  mark_changed (self, FIELD_PROJECT);
  revalidate (self);
}

static GtkCheckButton *
add_tool_check (DaftarSessionDialog *self,
                const char          *name,
                gboolean             active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_object_set_data_full (G_OBJECT (check), "tool-name", g_strdup (name), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (tool_toggled_cb), self, G_CONNECT_SWAPPED);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_expander_row_add_row (self->tools_row, row);
  g_ptr_array_add (self->tool_checks, check);

  return GTK_CHECK_BUTTON (check);
}

static GtkCheckButton *
find_tool_check (DaftarSessionDialog *self,
                 const char          *name)
{
  g_autofree char *wanted = daftar_fold (name, -1);

  for (guint i = 0; i < self->tool_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->tool_checks, i);
      g_autofree char *folded = daftar_fold (g_object_get_data (G_OBJECT (check), "tool-name"), -1);

      if (g_strcmp0 (folded, wanted) == 0)
        return check;
    }

  return NULL;
}

/* Ticks a tool by name, adding it to the catalog first if it is new. */
static gboolean
select_new_tool (DaftarSessionDialog  *self,
                 const char           *typed,
                 GError              **error)
{
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GError) add_error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (typed));
  g_autofree char *wanted = daftar_fold (name, -1);
  GtkCheckButton *check;
  gint64 id = 0;

  if ((check = find_tool_check (self, name)) != NULL)
    {
      gtk_check_button_set_active (check, TRUE);
      return TRUE;
    }

  /* A name already taken is a hidden tool: it comes back, ticked. */
  if (!daftar_store_add_tool (self->store, name, NULL, &id, &add_error) &&
      !g_error_matches (add_error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE))
    {
      g_propagate_error (error, g_steal_pointer (&add_error));
      return FALSE;
    }

  /* The store tidies the name up; show it as stored. */
  if (!(tools = daftar_store_list_tools (self->store, TRUE, error)))
    return FALSE;

  for (guint i = 0; i < tools->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (tools, i);
      g_autofree char *folded = daftar_fold (tool->name, -1);

      if ((add_error == NULL && tool->id == id) ||
          (add_error != NULL && g_strcmp0 (folded, wanted) == 0))
        {
          add_tool_check (self, tool->name, TRUE);
          return TRUE;
        }
    }

  if (add_error != NULL)
    g_propagate_error (error, g_steal_pointer (&add_error));
  else
    g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND,
                 _("The AI tool was added but can’t be found. Close the dialog and try again."));
  return FALSE;
}

static void
new_tool_apply_cb (DaftarSessionDialog *self,
                   AdwEntryRow         *row)
{
  g_autoptr(GError) error = NULL;

  if (daftar_form_text_is_blank (get_text (row)))
    return;

  g_clear_error (&self->fields[FIELD_NEW_TOOL].store_error);
  if (select_new_tool (self, get_text (row), &error))
    {
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row), "");
      self->loading = FALSE;
      update_tools_summary (self);
      mark_changed (self, FIELD_TOOLS);
    }
  else if (error != NULL)
    {
      self->fields[FIELD_NEW_TOOL].store_error = g_steal_pointer (&error);
    }

  revalidate (self);
}

static void
fill_projects (DaftarSessionDialog *self,
               gint64               own_project_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  self->projects = g_ptr_array_new_with_free_func ((GDestroyNotify) daftar_project_free);

  projects = daftar_store_list_projects (self->store, TRUE, &error);
  if (projects == NULL)
    {
      g_warning ("Listing projects: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
      return;
    }

  for (guint i = 0; i < projects->len; i++)
    {
      DaftarProject *project = g_ptr_array_index (projects, i);

      /* An archived project stays out, unless it is the session's own. */
      if (project->archived && project->id != own_project_id)
        continue;

      if (project->id == own_project_id)
        selected = self->projects->len;

      gtk_string_list_append (names, project->name);
      g_ptr_array_add (self->projects, g_steal_pointer (&projects->pdata[i]));
    }

  adw_combo_row_set_model (self->project_row, G_LIST_MODEL (names));
  if (self->projects->len > 0)
    adw_combo_row_set_selected (self->project_row, selected);
}

static void
fill_tools (DaftarSessionDialog *self,
            GPtrArray           *selected)
{
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GError) error = NULL;

  tools = daftar_store_list_tools (self->store, TRUE, &error);
  if (tools == NULL)
    {
      g_warning ("Listing AI tools: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
      return;
    }

  for (guint i = 0; i < tools->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (tools, i);
      gboolean active = selected != NULL &&
                        g_ptr_array_find_with_equal_func (selected, tool->name, g_str_equal, NULL);

      /* A hidden tool shows only where it was used. */
      if (!tool->hidden || active)
        add_tool_check (self, tool->name, active);
    }
}

static void
set_start (DaftarSessionDialog *self,
           GDateTime           *start)
{
  g_autofree char *date = format_day_of (start);
  g_autofree char *time = format_time_of (start);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), time);
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
      fill_tools (self, NULL);
      return;
    }

  session = self->session;
  fill_projects (self, session->project_id);
  fill_tools (self, session->tools);

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
      set_start (self, start);
      self->loaded_date = g_strdup (get_text (self->date_row));
      self->loaded_start = g_strdup (get_text (self->start_row));
    }

  duration = daftar_ui_format_duration (session->actual_seconds);
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), duration);
  sync_end (self);

  if (session->paid_seconds != session->actual_seconds)
    {
      g_autofree char *paid = daftar_ui_format_duration (session->paid_seconds);

      gtk_editable_set_text (GTK_EDITABLE (self->paid_row), paid);
    }

  if (session->has_earned)
    {
      DaftarMoney money;
      g_autofree char *earned = NULL;

      if (daftar_money_init (&money, session->earned_minor, session->currency, NULL))
        earned = daftar_money_to_decimal_string (&money);
      gtk_editable_set_text (GTK_EDITABLE (self->earned_row), earned != NULL ? earned : "");
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view),
                            session->note != NULL ? session->note : "", -1);
}

static void
init_new_session (DaftarSessionDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (self->tz);

  fill_projects (self, self->default_project_id);
  fill_tools (self, NULL);

  /* Now, rounded down to five minutes: most sessions are logged as they end. */
  self->anchor = g_date_time_add_seconds (now, -(g_date_time_get_minute (now) % 5) * 60.0
                                               - g_date_time_get_seconds (now));
  sync_anchored_start (self);
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
  update_tools_summary (self);
  self->loading = FALSE;

  self->ready = TRUE;
  revalidate (self);

  gtk_widget_grab_focus (self->session_id == 0 ? GTK_WIDGET (self->duration_row)
                                               : GTK_WIDGET (self->project_row));
}

static void
daftar_session_dialog_dispose (GObject *object)
{
  DaftarSessionDialog *self = (DaftarSessionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_SESSION_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (daftar_session_dialog_parent_class)->dispose (object);
}

static void
daftar_session_dialog_finalize (GObject *object)
{
  DaftarSessionDialog *self = (DaftarSessionDialog *)object;

  for (guint f = 0; f < N_FIELDS; f++)
    {
      g_clear_error (&self->fields[f].error);
      g_clear_error (&self->fields[f].store_error);
    }
  g_clear_pointer (&self->projects, g_ptr_array_unref);
  g_clear_pointer (&self->session, daftar_session_free);
  g_clear_pointer (&self->tool_checks, g_ptr_array_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->anchor, g_date_time_unref);
  g_clear_pointer (&self->loaded_date, g_free);
  g_clear_pointer (&self->loaded_start, g_free);

  G_OBJECT_CLASS (daftar_session_dialog_parent_class)->finalize (object);
}

static void
daftar_session_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DaftarSessionDialog *self = DAFTAR_SESSION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;

    case PROP_DEFAULT_PROJECT_ID:
      g_value_set_int64 (value, self->default_project_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_session_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DaftarSessionDialog *self = DAFTAR_SESSION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SESSION_ID:
      self->session_id = g_value_get_int64 (value);
      break;

    case PROP_DEFAULT_PROJECT_ID:
      self->default_project_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_session_dialog_class_init (DaftarSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_session_dialog_constructed;
  object_class->dispose = daftar_session_dialog_dispose;
  object_class->finalize = daftar_session_dialog_finalize;
  object_class->get_property = daftar_session_dialog_get_property;
  object_class->set_property = daftar_session_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DAFTAR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DaftarSessionDialog:session-id:
   *
   * The session being edited, or 0 while logging a new one.
   */
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DaftarSessionDialog:default-project-id:
   *
   * The project a new session starts with, or 0 for the first in the list.
   */
  properties[PROP_DEFAULT_PROJECT_ID] =
    g_param_spec_int64 ("default-project-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  gtk_widget_class_bind_template_callback (widget_class, new_tool_apply_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
daftar_session_dialog_init (DaftarSessionDialog *self)
{
  GtkEventController *shortcuts;
  GtkShortcutTrigger *trigger;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* GTK 4.8 names a button after both its label property, underline included, and its
   * label child: “_Save Save”. The child alone reads right. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->cancel_button), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->save_button), GTK_ACCESSIBLE_PROPERTY_LABEL);

  self->tool_checks = g_ptr_array_new ();
  self->tz = g_time_zone_new_local ();

#define FIELD(f, r, m) self->fields[f] = (FieldState) { GTK_WIDGET (r), GTK_WIDGET (r), m }
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
  self->fields[FIELD_NOTE] = (FieldState) { self->note_frame, GTK_WIDGET (self->note_view), self->note_error };

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

DaftarStore *
daftar_session_dialog_get_store (DaftarSessionDialog *self)
{
  g_return_val_if_fail (DAFTAR_IS_SESSION_DIALOG (self), NULL);
  return self->store;
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

  text = daftar_ui_format_duration (seconds);
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), text);
}
