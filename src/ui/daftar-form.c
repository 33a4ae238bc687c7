/* daftar-form.c — what every form does with its fields' errors, done once
 *
 * A dialog describes its fields (a row, what takes the focus, the label under the
 * row's group) and which validation codes name each of them.  On every change it
 * reads itself into the form between daftar_form_begin() and daftar_form_end(); the
 * form marks the rows, fills the messages, drives Save and focuses the first error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-form"

#include "config.h"

#include <adwaita.h>

#include "daftar-busy-retry.h"
#include "daftar-form.h"
#include "daftar-plain-text.h"
#include "daftar-ui-format.h"

typedef struct
{
  GtkWidget *row;           /* marked with .error */
  GtkWidget *focus;         /* focused when the field is at fault */
  GtkWidget *message;       /* the error label under the row's group, shared in a group */
  gboolean   optional;      /* its error neither blocks Save nor takes the focus */
  gboolean   touched;       /* errors show once the user has changed the field */
  GError    *error;         /* what the checks say about the field now */
  GError    *store_error;   /* what the store said on saving, until the field changes */
} Field;

typedef struct
{
  GQuark domain;
  int    code;
  int    field;
} CodeField;

struct _DaftarForm
{
  GObject    parent_instance;

  GtkWidget *owner;         /* (unowned) the dialog, which owns the form */
  char      *save_action;
  GArray    *fields;        /* Field, in the order they are shown */
  GArray    *codes;         /* CodeField */
  GError    *store_error;   /* what the store said of no field, until a field changes */
  gboolean   show_all;
  gboolean   valid;
};

G_DEFINE_FINAL_TYPE (DaftarForm, daftar_form, G_TYPE_OBJECT)

/**
 * daftar_form_text_is_blank:
 * @text: (nullable): what was typed
 *
 * Returns: whether @text holds nothing but white space, in any script
 */
gboolean
daftar_form_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static void
mark_accessible (GtkWidget  *widget,
                 const char *message)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (message != NULL)
    {
      gtk_accessible_update_state (accessible, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_accessible_reset_state (accessible, GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/**
 * daftar_form_row_set_error:
 * @row: a form's row
 * @message: (nullable): what is wrong with it, or %NULL when nothing is
 *
 * Marks @row invalid the same way everywhere: the error style for the eye, the
 * invalid state and the message as its description for a screen reader.
 */
void
daftar_form_row_set_error (GtkWidget  *row,
                           const char *message)
{
  mark_accessible (row, message);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/**
 * daftar_form_row_set_amount:
 * @row: an editable row
 * @context: the context whose format writes the digits
 * @has_amount: whether there is an amount
 * @minor: the amount, in minor units of @currency
 *
 * Fills @row with the amount as it is typed back, in the user's digits: “150.00”,
 * “۱۵۰٫۰۰”; or “” when there is none or it can't be written in @currency
 * (daftar_ui_format_amount_for_entry()).
 */
void
daftar_form_row_set_amount (GtkWidget     *row,
                            DaftarContext *context,
                            gboolean       has_amount,
                            gint64         minor,
                            const char    *currency)
{
  g_autofree char *text = daftar_ui_format_amount_for_entry (context, has_amount, minor, currency);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
field_clear (Field *field)
{
  g_clear_error (&field->error);
  g_clear_error (&field->store_error);
}

static Field *
get_field (DaftarForm *self,
           int         field)
{
  g_return_val_if_fail (field >= 0 && (guint) field < self->fields->len, NULL);

  return &g_array_index (self->fields, Field, field);
}

static void
daftar_form_finalize (GObject *object)
{
  DaftarForm *self = DAFTAR_FORM (object);

  g_array_unref (self->fields);
  g_array_unref (self->codes);
  g_free (self->save_action);
  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (daftar_form_parent_class)->finalize (object);
}

static void
daftar_form_class_init (DaftarFormClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = daftar_form_finalize;
}

static void
daftar_form_init (DaftarForm *self)
{
  self->fields = g_array_new (FALSE, TRUE, sizeof (Field));
  g_array_set_clear_func (self->fields, (GDestroyNotify) field_clear);
  self->codes = g_array_new (FALSE, FALSE, sizeof (CodeField));
  self->valid = TRUE;
}

/**
 * daftar_form_new:
 * @owner: the dialog holding the form; it owns the form and outlives it
 * @save_action: (nullable): the owner's action that saves, enabled while the form is valid
 *
 * Returns: (transfer full): a form without fields
 */
DaftarForm *
daftar_form_new (GtkWidget  *owner,
                 const char *save_action)
{
  DaftarForm *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);

  self = g_object_new (DAFTAR_TYPE_FORM, NULL);
  self->owner = owner;
  self->save_action = g_strdup (save_action);
  return self;
}

/**
 * daftar_form_add_field:
 * @field: the field's number: fields are added in the order they are shown, from 0
 * @row: the row marked invalid
 * @focus: (nullable): what takes the focus when the field is at fault; %NULL for @row
 * @message: (nullable): the label that tells the error, shared by a group's fields
 */
void
daftar_form_add_field (DaftarForm *self,
                       int         field,
                       GtkWidget  *row,
                       GtkWidget  *focus,
                       GtkWidget  *message)
{
  Field added = { 0 };

  g_return_if_fail (DAFTAR_IS_FORM (self));
  g_return_if_fail (field >= 0 && (guint) field == self->fields->len);
  g_return_if_fail (GTK_IS_WIDGET (row));

  added.row = row;
  added.focus = focus != NULL ? focus : row;
  added.message = message;
  g_array_append_val (self->fields, added);
}

/**
 * daftar_form_map_code:
 *
 * Errors of @domain and @code belong to @field from now on, whichever field they
 * belonged to before: a code some forms give to one field or another as the draft says.
 */
void
daftar_form_map_code (DaftarForm *self,
                      int         field,
                      GQuark      domain,
                      int         code)
{
  CodeField mapping = { domain, code, field };

  g_return_if_fail (DAFTAR_IS_FORM (self));
  g_return_if_fail (get_field (self, field) != NULL);

  for (guint i = 0; i < self->codes->len; i++)
    {
      CodeField *known = &g_array_index (self->codes, CodeField, i);

      if (known->domain == domain && known->code == code)
        {
          known->field = field;
          return;
        }
    }

  g_array_append_val (self->codes, mapping);
}

/**
 * daftar_form_set_optional:
 *
 * An error in @field shows, but neither stops Save nor takes the focus: a tool name
 * typed but not yet added, say.
 */
void
daftar_form_set_optional (DaftarForm *self,
                          int         field)
{
  g_return_if_fail (DAFTAR_IS_FORM (self));

  get_field (self, field)->optional = TRUE;
}

/**
 * daftar_form_field_for_widget:
 * @widget: a field's row or focus widget
 *
 * Returns: the field, or %DAFTAR_FORM_FIELD_NONE
 */
int
daftar_form_field_for_widget (DaftarForm *self,
                              gpointer    widget)
{
  g_return_val_if_fail (DAFTAR_IS_FORM (self), DAFTAR_FORM_FIELD_NONE);

  for (guint f = 0; f < self->fields->len; f++)
    {
      Field *field = &g_array_index (self->fields, Field, f);

      if (field->row == widget || field->focus == widget)
        return (int) f;
    }

  return DAFTAR_FORM_FIELD_NONE;
}

/**
 * daftar_form_field_for_error:
 *
 * Returns: the field @error's code names, or %DAFTAR_FORM_FIELD_NONE
 */
int
daftar_form_field_for_error (DaftarForm   *self,
                             const GError *error)
{
  g_return_val_if_fail (DAFTAR_IS_FORM (self), DAFTAR_FORM_FIELD_NONE);

  for (guint i = 0; error != NULL && i < self->codes->len; i++)
    {
      const CodeField *mapping = &g_array_index (self->codes, CodeField, i);

      if (mapping->domain == error->domain && mapping->code == error->code)
        return mapping->field;
    }

  return DAFTAR_FORM_FIELD_NONE;
}

/**
 * daftar_form_begin:
 *
 * Starts reading the fields again: what the checks said before is forgotten; what the
 * store said stays until its field changes.
 */
void
daftar_form_begin (DaftarForm *self)
{
  g_return_if_fail (DAFTAR_IS_FORM (self));

  for (guint f = 0; f < self->fields->len; f++)
    g_clear_error (&g_array_index (self->fields, Field, f).error);
}

/**
 * daftar_form_error_slot:
 *
 * Returns: (transfer none): where a parser reading @field puts its error; %NULL once
 *   the field has one, so the first error stays
 */
GError **
daftar_form_error_slot (DaftarForm *self,
                        int         field)
{
  Field *state;

  g_return_val_if_fail (DAFTAR_IS_FORM (self), NULL);

  state = get_field (self, field);
  return state->error == NULL ? &state->error : NULL;
}

/**
 * daftar_form_take_error:
 * @error: (transfer full) (nullable): what is wrong with @field
 *
 * Keeps @error unless @field already has one.
 */
void
daftar_form_take_error (DaftarForm *self,
                        int         field,
                        GError     *error)
{
  Field *state;

  g_return_if_fail (DAFTAR_IS_FORM (self));

  state = get_field (self, field);
  if (state->error == NULL)
    state->error = error;
  else
    g_clear_error (&error);
}

/**
 * daftar_form_add_validation:
 * @validation: what core found wrong, every field at once
 * @fallback: the field that tells an error no field is mapped to
 *
 * Gives each of @validation's errors to its field, unless the field already has one
 * (a parse error says more than core can about text it never saw).
 */
void
daftar_form_add_validation (DaftarForm             *self,
                            const DaftarValidation *validation,
                            int                     fallback)
{
  g_return_if_fail (DAFTAR_IS_FORM (self));
  g_return_if_fail (validation != NULL);

  for (guint i = 0; i < daftar_validation_get_n_errors (validation); i++)
    {
      const GError *error = daftar_validation_get_error (validation, i);
      int field = daftar_form_field_for_error (self, error);

      if (field == DAFTAR_FORM_FIELD_NONE)
        {
          g_warning ("A validation error names no field of the form: %s", error->message);
          field = fallback;
        }

      daftar_form_take_error (self, field, g_error_copy (error));
    }
}

static gboolean
field_blocks (const Field *field)
{
  return !field->optional && (field->error != NULL || field->store_error != NULL);
}

/**
 * daftar_form_refresh:
 *
 * Marks the rows whose errors are to be seen and tells each group's first error under it.
 * An error shows once its field was changed, after a refused Save, or when the store
 * gave it; never on a hidden row.  What the store said of no field comes first, under
 * the first field's group.
 */
void
daftar_form_refresh (DaftarForm *self)
{
  g_return_if_fail (DAFTAR_IS_FORM (self));

  for (guint f = 0; f < self->fields->len; f++)
    {
      Field *field = &g_array_index (self->fields, Field, f);

      if (field->message != NULL)
        gtk_widget_set_visible (field->message, FALSE);
    }

  for (guint f = 0; self->store_error != NULL && f < self->fields->len; f++)
    {
      GtkWidget *message = g_array_index (self->fields, Field, f).message;

      if (message != NULL)
        {
          gtk_label_set_text (GTK_LABEL (message), self->store_error->message);
          gtk_widget_set_visible (message, TRUE);
          break;
        }
    }

  for (guint f = 0; f < self->fields->len; f++)
    {
      Field *field = &g_array_index (self->fields, Field, f);
      const GError *error = field->store_error != NULL ? field->store_error : field->error;
      gboolean shown = error != NULL &&
                       (field->store_error != NULL || field->touched || self->show_all) &&
                       gtk_widget_get_visible (field->row);

      /* The style on the row for the eye; the state and the message on what the
       * screen reader lands on, which is the row itself unless told otherwise. */
      if (shown)
        gtk_widget_add_css_class (field->row, "error");
      else
        gtk_widget_remove_css_class (field->row, "error");
      mark_accessible (field->focus, shown ? error->message : NULL);

      /* One message per group: the first field's. */
      if (shown && field->message != NULL && !gtk_widget_get_visible (field->message))
        {
          gtk_label_set_text (GTK_LABEL (field->message), error->message);
          gtk_widget_set_visible (field->message, TRUE);
        }
    }
}

/**
 * daftar_form_end:
 *
 * Ends reading the fields: Save follows whether they are all sound, and the rows
 * show what is wrong.
 *
 * Returns: whether the form can be saved
 */
gboolean
daftar_form_end (DaftarForm *self)
{
  gboolean valid = TRUE;

  g_return_val_if_fail (DAFTAR_IS_FORM (self), FALSE);

  for (guint f = 0; f < self->fields->len; f++)
    {
      if (field_blocks (&g_array_index (self->fields, Field, f)))
        valid = FALSE;
    }

  self->valid = valid;
  if (self->save_action != NULL)
    gtk_widget_action_set_enabled (self->owner, self->save_action, valid);
  daftar_form_refresh (self);
  return valid;
}

/**
 * daftar_form_get_error:
 *
 * Returns: (transfer none) (nullable): what the store or the checks said about @field
 */
const GError *
daftar_form_get_error (DaftarForm *self,
                       int         field)
{
  Field *state;

  g_return_val_if_fail (DAFTAR_IS_FORM (self), NULL);

  state = get_field (self, field);
  return state->store_error != NULL ? state->store_error : state->error;
}

gboolean
daftar_form_is_valid (DaftarForm *self)
{
  g_return_val_if_fail (DAFTAR_IS_FORM (self), FALSE);

  return self->valid;
}

/**
 * daftar_form_touch:
 *
 * The user changed @field: its errors show from now on, and what the store said
 * about its old value, or of no field, goes.
 */
void
daftar_form_touch (DaftarForm *self,
                   int         field)
{
  Field *state;

  g_return_if_fail (DAFTAR_IS_FORM (self));

  state = get_field (self, field);
  state->touched = TRUE;
  g_clear_error (&state->store_error);
  g_clear_error (&self->store_error);
}

gboolean
daftar_form_is_touched (DaftarForm *self,
                        int         field)
{
  g_return_val_if_fail (DAFTAR_IS_FORM (self), FALSE);

  return get_field (self, field)->touched;
}

/**
 * daftar_form_show_all:
 *
 * Save was refused: every error shows, even in fields not yet visited, and the first
 * takes the focus.
 */
void
daftar_form_show_all (DaftarForm *self)
{
  g_return_if_fail (DAFTAR_IS_FORM (self));

  self->show_all = TRUE;
  daftar_form_refresh (self);
  daftar_form_focus_first_error (self);
}

/**
 * daftar_form_save_refused:
 *
 * The fields did not hold when Save was asked for: a save that waited for another
 * program stops (daftar_busy_retry_done()), every error shows and the first takes the
 * focus (daftar_form_show_all()).
 */
void
daftar_form_save_refused (DaftarForm *self)
{
  g_return_if_fail (DAFTAR_IS_FORM (self));

  daftar_busy_retry_done (self->owner);
  daftar_form_show_all (self);
}

/**
 * daftar_form_save_finish:
 * @overlay: where the owner's toasts show
 * @saved: whether the store wrote what the form holds
 * @error: (inout) (nullable): why it did not; taken when a field takes it
 * @retry: saves again, while another program is writing
 *
 * What a dialog does once the store has answered its Save.  Saved: a save that waited
 * stops waiting.  The ledger busy: the dialog stays open and @retry runs again soon
 * (daftar_busy_retry_handle()).  An error naming a field: it shows there, Save stays
 * off until the field changes, and the field takes the focus.  Any other: a toast.
 *
 * Returns: @saved, for the caller to announce it and close
 */
gboolean
daftar_form_save_finish (DaftarForm          *self,
                         AdwToastOverlay     *overlay,
                         gboolean             saved,
                         GError             **error,
                         DaftarBusyRetryFunc  retry)
{
  g_return_val_if_fail (DAFTAR_IS_FORM (self), FALSE);
  g_return_val_if_fail (saved || (error != NULL && *error != NULL), FALSE);

  if (saved)
    {
      daftar_busy_retry_done (self->owner);
      return TRUE;
    }

  /* Another program is writing: the dialog stays open and saves again soon. */
  if (daftar_busy_retry_handle (self->owner, overlay, *error, retry))
    return FALSE;

  /* The store knows what core alone can't: names taken, projects or tools removed
   * meanwhile.  The fields are as they were read for this Save. */
  if (daftar_form_take_store_error (self, error))
    {
      daftar_form_end (self);
      daftar_form_focus_first_error (self);
    }
  else
    {
      adw_toast_overlay_add_toast (overlay, daftar_toast_new_plain ((*error)->message));
    }
  return FALSE;
}

/**
 * daftar_form_take_store_error:
 * @error: (inout) (transfer full): what the store said on saving
 *
 * Gives the store's error to the field it names, taking it from @error; it stays until
 * the field changes.  Read the fields again and focus the first error afterwards.
 *
 * Returns: whether a field took @error; when none did, @error is left to the caller
 */
gboolean
daftar_form_take_store_error (DaftarForm  *self,
                              GError     **error)
{
  Field *state;
  int field;

  g_return_val_if_fail (DAFTAR_IS_FORM (self), FALSE);
  g_return_val_if_fail (error != NULL && *error != NULL, FALSE);

  field = daftar_form_field_for_error (self, *error);
  if (field == DAFTAR_FORM_FIELD_NONE)
    return FALSE;

  state = get_field (self, field);
  g_clear_error (&state->store_error);
  state->store_error = g_steal_pointer (error);
  return TRUE;
}

/**
 * daftar_form_set_store_error:
 * @field: the field, or %DAFTAR_FORM_FIELD_NONE
 * @error: (transfer full) (nullable): what the store said about @field, or %NULL to forget it
 *
 * For a field that writes on its own (a tool added from the form): the store's word
 * on it, whatever its code.  Of no field (%DAFTAR_FORM_FIELD_NONE): the store's word on
 * the whole form, shown before the fields' errors and kept until any field changes;
 * it leaves Save as the fields have it.
 */
void
daftar_form_set_store_error (DaftarForm *self,
                             int         field,
                             GError     *error)
{
  Field *state;

  g_return_if_fail (DAFTAR_IS_FORM (self));

  if (field == DAFTAR_FORM_FIELD_NONE)
    {
      g_clear_error (&self->store_error);
      self->store_error = error;
      return;
    }

  state = get_field (self, field);
  g_clear_error (&state->store_error);
  state->store_error = error;
}

/**
 * daftar_form_reset:
 *
 * The fields were filled afresh: nothing is touched, and nothing the store said stays.
 */
void
daftar_form_reset (DaftarForm *self)
{
  g_return_if_fail (DAFTAR_IS_FORM (self));

  self->show_all = FALSE;
  g_clear_error (&self->store_error);
  for (guint f = 0; f < self->fields->len; f++)
    {
      Field *field = &g_array_index (self->fields, Field, f);

      field->touched = FALSE;
      g_clear_error (&field->store_error);
    }
}

/**
 * daftar_form_focus_first_error:
 *
 * Focuses the first visible field at fault, opening the expander row it sits in.
 *
 * Returns: whether a field took the focus
 */
gboolean
daftar_form_focus_first_error (DaftarForm *self)
{
  g_return_val_if_fail (DAFTAR_IS_FORM (self), FALSE);

  for (guint f = 0; f < self->fields->len; f++)
    {
      Field *field = &g_array_index (self->fields, Field, f);
      GtkWidget *expander;

      if (!field_blocks (field) || !gtk_widget_get_visible (field->row))
        continue;

      expander = ADW_IS_EXPANDER_ROW (field->row)
                 ? field->row
                 : gtk_widget_get_ancestor (field->focus, ADW_TYPE_EXPANDER_ROW);
      if (expander != NULL)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);

      gtk_widget_grab_focus (field->focus);
      return TRUE;
    }

  return FALSE;
}
