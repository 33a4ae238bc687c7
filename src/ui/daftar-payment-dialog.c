/* daftar-payment-dialog.c — record, change or delete a payment received
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The date is typed and shown in the user's calendar and digits; amounts are in the
 * project's currency.  Core checks the draft (daftar_validate_payment_draft()), the
 * dialog only says which field each message is about.  A deleted payment comes back
 * with the Undo button of the toast the parent window shows.
 */
#define G_LOG_DOMAIN "daftar-payment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-payment-dialog.h"
#include "daftar-project-picker.h"
#include "daftar-form.h"
#include "daftar-plain-text.h"
#include "daftar-ui-format.h"
#include "daftar-window.h"

typedef enum
{
  FIELD_PROJECT,
  FIELD_DATE,
  FIELD_AMOUNT,
  FIELD_WITHDRAWAL,
  FIELD_PLATFORM,
  FIELD_NOTE,
  N_FIELDS
} Field;

struct _DaftarPaymentDialog
{
  AdwWindow        parent_instance;

  DaftarContext   *context;
  DaftarStore     *store;          /* the context's */
  gint64           payment_id;     /* 0: a new payment */
  gint64           project_id;     /* the project to start with */
  DaftarForm      *form;
  gboolean         loading;

  AdwToastOverlay *toast_overlay;
  AdwComboRow     *project_row;
  AdwEntryRow     *date_row;
  AdwEntryRow     *amount_row;
  AdwEntryRow     *withdrawal_row;
  AdwEntryRow     *platform_row;
  AdwEntryRow     *note_row;
  GtkLabel        *amount_currency;
  GtkLabel        *withdrawal_currency;
  GtkLabel        *platform_currency;
  GtkLabel        *error_label;
  GtkWidget       *delete_group;
  GtkWidget       *save_button;
};

G_DEFINE_FINAL_TYPE (DaftarPaymentDialog, daftar_payment_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PAYMENT_ID,
  PROP_PROJECT_ID,
  N_PROPS
};

/**
 * daftar_payment_dialog_new:
 * @parent: (nullable): the window the dialog belongs to; a #DaftarWindow shows the
 *   toast that takes a deletion back
 * @context: the app's context, with its open ledger
 * @payment_id: the payment to change, or 0 to record one
 * @project_id: for a new payment, the project to start with, or 0
 *
 * Returns: (transfer none): a modal dialog, not yet shown; it destroys itself when closed
 */
DaftarPaymentDialog *
daftar_payment_dialog_new (GtkWindow     *parent,
                           DaftarContext *context,
                           gint64         payment_id,
                           gint64         project_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);

  return g_object_new (DAFTAR_TYPE_PAYMENT_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "payment-id", payment_id,
                       "project-id", project_id,
                       NULL);
}

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static const char *
selected_currency (DaftarPaymentDialog *self)
{
  const DaftarProject *project = daftar_project_picker_get_selected (self->project_row);

  return project != NULL ? project->currency : NULL;
}

static void
parse_amount (const char  *text,
              const char  *currency,
              gint64      *out_minor,
              DaftarFormat *format,
              GError     **error)
{
  DaftarMoney money;

  *out_minor = 0;
  if (currency != NULL &&
      daftar_money_parse (text, currency, DAFTAR_MONEY_PARSE_DEFAULT, &money, format, error))
    *out_minor = money.minor;
}

/* The draft from the fields, with what is wrong with each in the form; @iso holds its
 * date. */
static void
read_form (DaftarPaymentDialog *self,
           DaftarPaymentDraft  *draft,
           char                 iso[16])
{
  g_autoptr(DaftarValidation) validation = daftar_validation_new ();
  const DaftarProject *project = daftar_project_picker_get_selected (self->project_row);
  const char *currency = selected_currency (self);
  GDate date;

  memset (draft, 0, sizeof *draft);
  iso[0] = '\0';
  daftar_form_begin (self->form);

  if (project != NULL)
    draft->project_id = project->id;

  if (daftar_format_parse_date (daftar_context_get_format (self->context), get_text (self->date_row), &date,
                                daftar_form_error_slot (self->form, FIELD_DATE)))
    g_snprintf (iso, 16, "%04u-%02u-%02u",
                g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
  draft->date = iso;

  parse_amount (get_text (self->amount_row), currency, &draft->amount_minor,
                daftar_context_get_format (self->context), daftar_form_error_slot (self->form, FIELD_AMOUNT));
  if (!daftar_form_text_is_blank (get_text (self->withdrawal_row)))
    parse_amount (get_text (self->withdrawal_row), currency, &draft->withdrawal_fee_minor,
                  daftar_context_get_format (self->context), daftar_form_error_slot (self->form, FIELD_WITHDRAWAL));
  if (!daftar_form_text_is_blank (get_text (self->platform_row)))
    {
      draft->has_platform_fee = TRUE;
      parse_amount (get_text (self->platform_row), currency, &draft->platform_fee_minor,
                    daftar_context_get_format (self->context), daftar_form_error_slot (self->form, FIELD_PLATFORM));
    }
  draft->note = get_text (self->note_row);

  /* Fees beyond the payment are the platform fee's fault once the withdrawal fits. */
  daftar_validate_payment_draft_all (draft, daftar_context_get_format (self->context), validation);
  daftar_form_map_code (self->form,
                        draft->has_platform_fee && draft->withdrawal_fee_minor <= draft->amount_minor
                        ? FIELD_PLATFORM : FIELD_WITHDRAWAL,
                        DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE);

  /* Without a project there is no currency to read the amounts in: what core says of
   * them would be about amounts nobody typed. */
  for (guint i = 0; i < daftar_validation_get_n_errors (validation); i++)
    {
      const GError *error = daftar_validation_get_error (validation, i);
      int field = daftar_form_field_for_error (self->form, error);

      if (currency == NULL && (field == FIELD_AMOUNT || field == FIELD_WITHDRAWAL || field == FIELD_PLATFORM))
        continue;
      daftar_form_take_error (self->form, field != DAFTAR_FORM_FIELD_NONE ? field : FIELD_NOTE,
                              g_error_copy (error));
    }
}

/* Says what is wrong with the fields the user has been to; Save waits for a valid form.
 * Enter in a field still asks, and then says what is missing. */
static gboolean
revalidate (DaftarPaymentDialog *self,
            DaftarPaymentDraft  *draft,
            char                 iso[16])
{
  const char *currency = selected_currency (self);

  read_form (self, draft, iso);

  gtk_label_set_text (self->amount_currency, currency != NULL ? currency : "");
  gtk_label_set_text (self->withdrawal_currency, currency != NULL ? currency : "");
  gtk_label_set_text (self->platform_currency, currency != NULL ? currency : "");

  return daftar_form_end (self->form);
}

static void save (DaftarPaymentDialog *self);

static void
retry_save (GtkWidget *widget)
{
  save (DAFTAR_PAYMENT_DIALOG (widget));
}

static void
save (DaftarPaymentDialog *self)
{
  g_autoptr(GError) error = NULL;
  DaftarPaymentDraft draft;
  gboolean saved;
  char iso[16];

  if (!revalidate (self, &draft, iso))
    {
      daftar_form_save_refused (self->form);
      return;
    }

  if (self->payment_id == 0)
    saved = daftar_store_add_payment (self->store, &draft, NULL, &error);
  else
    saved = daftar_store_update_payment (self->store, self->payment_id, &draft, &error);

  if (daftar_form_save_finish (self->form, self->toast_overlay, saved, &error, retry_save))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (DAFTAR_PAYMENT_DIALOG (widget));
}

/* Deletion, and its undo */

typedef struct
{
  DaftarStore   *store;
  DaftarPayment *payment;
} Deleted;

static void
deleted_free (Deleted *deleted)
{
  g_clear_object (&deleted->store);
  g_clear_pointer (&deleted->payment, daftar_payment_free);
  g_free (deleted);
}

static void
undo_delete_cb (AdwToast *toast,
                Deleted  *deleted)
{
  g_autoptr(GError) error = NULL;
  DaftarPayment *y = deleted->payment;
  DaftarPaymentDraft draft = {
    .project_id = y->project_id,
    .date = y->date,
    .amount_minor = y->amount.minor,
    .withdrawal_fee_minor = y->withdrawal_fee_minor,
    .note = y->note,
    .has_platform_fee = y->has_platform_fee,
    .platform_fee_minor = y->platform_fee_minor,
  };

  /* The same payment again, under a new number. */
  if (!daftar_store_add_payment (deleted->store, &draft, NULL, &error))
    g_warning ("Taking back the deletion of a payment: %s", error->message);
}

/**
 * daftar_payment_dialog_delete:
 *
 * Deletes the payment being changed and closes the dialog; the parent window, when it
 * is the app's, offers to take it back.
 */
void
daftar_payment_dialog_delete (DaftarPaymentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarPayment) payment = NULL;
  GtkWindow *parent;
  AdwToast *toast;
  Deleted *deleted;

  g_return_if_fail (DAFTAR_IS_PAYMENT_DIALOG (self));

  if (self->payment_id == 0)
    return;

  if (!(payment = daftar_store_get_payment (self->store, self->payment_id, &error)) ||
      !daftar_store_delete_payment (self->store, self->payment_id, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
      return;
    }

  /* The app's window, above which the dialog may have been opened from another */
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  while (parent != NULL && !DAFTAR_IS_WINDOW (parent))
    parent = gtk_window_get_transient_for (parent);
  if (DAFTAR_IS_WINDOW (parent))
    {
      deleted = g_new0 (Deleted, 1);
      deleted->store = g_object_ref (self->store);
      deleted->payment = g_steal_pointer (&payment);
      toast = adw_toast_new (_("Payment deleted"));
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      g_object_set_data_full (G_OBJECT (toast), "daftar-deleted-payment", deleted,
                              (GDestroyNotify) deleted_free);
      g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_delete_cb), deleted);
      daftar_window_add_undo_toast (DAFTAR_WINDOW (parent), toast);
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  daftar_payment_dialog_delete (DAFTAR_PAYMENT_DIALOG (widget));
}

/* Fields */

static void
entry_changed_cb (GtkEditable         *editable,
                  DaftarPaymentDialog *self)
{
  int field = daftar_form_field_for_widget (self->form, editable);
  DaftarPaymentDraft draft;
  char iso[16];

  if (self->loading)
    return;

  if (field != DAFTAR_FORM_FIELD_NONE)
    daftar_form_touch (self->form, field);
  revalidate (self, &draft, iso);
}

static void
entry_activated_cb (DaftarPaymentDialog *self,
                    AdwEntryRow         *row)
{
  save (self);
}

static void
project_selected_cb (AdwComboRow         *row,
                     GParamSpec          *pspec,
                     DaftarPaymentDialog *self)
{
  DaftarPaymentDraft draft;
  char iso[16];

  if (self->loading)
    return;

  daftar_form_touch (self->form, FIELD_PROJECT);
  revalidate (self, &draft, iso);
}

/* The projects to choose from: those in use, and the payment's own even if archived
 * (daftar-project-picker.c). */
static void
fill_projects (DaftarPaymentDialog *self,
               gint64               keep_id)
{
  g_autoptr(GError) error = NULL;

  if (!daftar_project_picker_fill (self->project_row, self->store, keep_id, &error))
    g_warning ("Listing the projects: %s", error->message);
}

static void
load (DaftarPaymentDialog *self)
{
  g_autoptr(DaftarPayment) payment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  DaftarPaymentDraft draft;
  char iso[16];
  GDate date;

  self->loading = TRUE;

  if (self->payment_id != 0 &&
      !(payment = daftar_store_get_payment (self->store, self->payment_id, &error)))
    {
      g_warning ("Reading payment %" G_GINT64_FORMAT ": %s", self->payment_id, error->message);
      self->payment_id = 0;
    }

  fill_projects (self, payment != NULL ? payment->project_id : self->project_id);

  if (payment == NULL || !daftar_date_parse_iso (payment->date, &date, NULL))
    daftar_context_today (self->context, &date);
  day = daftar_format_date (daftar_context_get_format (self->context), &date, DAFTAR_DATE_STYLE_NUMERIC);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), day);

  if (payment != NULL)
    {
      daftar_form_row_set_amount (GTK_WIDGET (self->amount_row), self->context, TRUE,
                                  payment->amount.minor, payment->amount.currency);
      daftar_form_row_set_amount (GTK_WIDGET (self->withdrawal_row), self->context, payment->withdrawal_fee_minor > 0,
                                  payment->withdrawal_fee_minor, payment->amount.currency);
      daftar_form_row_set_amount (GTK_WIDGET (self->platform_row), self->context, payment->has_platform_fee,
                                  payment->platform_fee_minor, payment->amount.currency);
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), payment->note ? payment->note : "");
    }

  gtk_window_set_title (GTK_WINDOW (self), payment != NULL ? _("Edit Payment") : _("Record Payment"));
  gtk_widget_set_visible (self->delete_group, payment != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "payment.delete", payment != NULL);

  self->loading = FALSE;
  revalidate (self, &draft, iso);
}

/* Object */

static void
daftar_payment_dialog_constructed (GObject *object)
{
  DaftarPaymentDialog *self = DAFTAR_PAYMENT_DIALOG (object);

  G_OBJECT_CLASS (daftar_payment_dialog_parent_class)->constructed (object);

  g_assert (DAFTAR_IS_STORE (self->store));
  load (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_row));
}

static void
daftar_payment_dialog_dispose (GObject *object)
{
  DaftarPaymentDialog *self = DAFTAR_PAYMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_PAYMENT_DIALOG);
  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_payment_dialog_parent_class)->dispose (object);
}

static void
daftar_payment_dialog_class_init (DaftarPaymentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (DAFTAR_TYPE_PROJECT_PICKER);

  object_class->constructed = daftar_payment_dialog_constructed;
  object_class->dispose = daftar_payment_dialog_dispose;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarPaymentDialog, context),
                                   G_STRUCT_OFFSET (DaftarPaymentDialog, store));
  daftar_context_install_id_property (object_class, PROP_PAYMENT_ID, "payment-id",
                                      G_STRUCT_OFFSET (DaftarPaymentDialog, payment_id));
  daftar_context_install_id_property (object_class, PROP_PROJECT_ID, "project-id",
                                      G_STRUCT_OFFSET (DaftarPaymentDialog, project_id));

  gtk_widget_class_install_action (widget_class, "payment.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "payment.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "payment.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-payment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, project_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, withdrawal_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, platform_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, amount_currency);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, withdrawal_currency);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, platform_currency);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, delete_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, project_selected_cb);
}

static void
daftar_payment_dialog_init (DaftarPaymentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = daftar_form_new (GTK_WIDGET (self), "payment.save");
  daftar_form_add_field (self->form, FIELD_PROJECT, GTK_WIDGET (self->project_row), NULL, GTK_WIDGET (self->error_label));
  daftar_form_add_field (self->form, FIELD_DATE, GTK_WIDGET (self->date_row), NULL, GTK_WIDGET (self->error_label));
  daftar_form_add_field (self->form, FIELD_AMOUNT, GTK_WIDGET (self->amount_row), NULL, GTK_WIDGET (self->error_label));
  daftar_form_add_field (self->form, FIELD_WITHDRAWAL, GTK_WIDGET (self->withdrawal_row), NULL, GTK_WIDGET (self->error_label));
  daftar_form_add_field (self->form, FIELD_PLATFORM, GTK_WIDGET (self->platform_row), NULL, GTK_WIDGET (self->error_label));
  daftar_form_add_field (self->form, FIELD_NOTE, GTK_WIDGET (self->note_row), NULL, GTK_WIDGET (self->error_label));
  daftar_form_map_code (self->form, FIELD_PROJECT, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT);
  daftar_form_map_code (self->form, FIELD_DATE, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE);
  daftar_form_map_code (self->form, FIELD_AMOUNT, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_AMOUNT);
  daftar_form_map_code (self->form, FIELD_WITHDRAWAL, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE);
  daftar_form_map_code (self->form, FIELD_NOTE, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_NOTE);
}

/**
 * daftar_payment_dialog_get_payment_id:
 *
 * Returns: the payment being changed, or 0 for a new one
 */
gint64
daftar_payment_dialog_get_payment_id (DaftarPaymentDialog *self)
{
  g_return_val_if_fail (DAFTAR_IS_PAYMENT_DIALOG (self), 0);

  return self->payment_id;
}

/**
 * daftar_payment_dialog_save:
 *
 * As the Save button: records the payment when the form is valid, else says why not.
 */
void
daftar_payment_dialog_save (DaftarPaymentDialog *self)
{
  g_return_if_fail (DAFTAR_IS_PAYMENT_DIALOG (self));

  save (self);
}
