/* daftar-project-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-project-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-plain-text.h"
#include "daftar-combo-wrap.h"
#include "daftar-project-dialog.h"
#include "daftar-form.h"
#include "daftar-ui-format.h"

/* The form's fields in the order they are shown; the first invalid one gets the focus. */
typedef enum
{
  FIELD_NAME,
  FIELD_CLIENT,
  FIELD_PLATFORM,
  FIELD_CATEGORY,
  FIELD_SPECIALTY,
  FIELD_PRICING,
  FIELD_CURRENCY,
  FIELD_RATE,
  FIELD_PRICE,
  N_FIELDS
} Field;

/* What the form holds, as a draft for core. */
typedef struct
{
  DaftarProjectDraft  draft;
  char                currency[4];
} Form;

struct _DaftarProjectDialog
{
  AdwWindow           parent_instance;

  DaftarContext      *context;
  DaftarStore        *store;           /* the context's */
  gint64              project_id;
  char               *default_currency;
  GPtrArray          *platforms;

  AdwToastOverlay    *toast_overlay;
  GtkWidget          *cancel_button;
  GtkWidget          *save_button;
  AdwEntryRow        *name_row;
  AdwEntryRow        *client_row;
  GtkWidget          *client_hint;
  AdwComboRow        *platform_row;
  AdwComboRow        *category_row;
  AdwComboRow        *specialty_row;   /* "No specialty", then each specialty */
  AdwComboRow        *pricing_row;
  AdwEntryRow        *currency_row;
  AdwEntryRow        *rate_row;
  AdwEntryRow        *price_row;
  GtkLabel           *rate_currency;
  GtkLabel           *price_currency;
  GtkLabel           *received_label;   /* what came of the agreed price, when editing */
  GtkWidget          *details_error;
  GtkWidget          *work_error;
  GtkWidget          *pay_error;

  DaftarForm         *form;
  gboolean            ready;
  gboolean            loading;
};

G_DEFINE_FINAL_TYPE (DaftarProjectDialog, daftar_project_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROJECT_ID,
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
  { DAFTAR_VALIDATION_ERROR_NAME, FIELD_NAME },
  { DAFTAR_VALIDATION_ERROR_DUPLICATE, FIELD_NAME },
  { DAFTAR_VALIDATION_ERROR_CLIENT, FIELD_CLIENT },
  { DAFTAR_VALIDATION_ERROR_PLATFORM, FIELD_PLATFORM },
  { DAFTAR_VALIDATION_ERROR_CATEGORY, FIELD_CATEGORY },
  { DAFTAR_VALIDATION_ERROR_SPECIALTY, FIELD_SPECIALTY },
  { DAFTAR_VALIDATION_ERROR_PRICING, FIELD_PRICING },
  { DAFTAR_VALIDATION_ERROR_CURRENCY, FIELD_CURRENCY },
  { DAFTAR_VALIDATION_ERROR_RATE, FIELD_RATE },
  { DAFTAR_VALIDATION_ERROR_PRICE, FIELD_PRICE },
};

/**
 * daftar_project_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @context: the app's context, with its open ledger
 * @project_id: the project to edit, or 0 for a new project
 *
 * Returns: (transfer none): a modal dialog, not yet shown; it destroys itself on
 *   Cancel and after #DaftarProjectDialog::saved
 */
DaftarProjectDialog *
daftar_project_dialog_new (GtkWindow     *parent,
                           DaftarContext *context,
                           gint64         project_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (project_id >= 0, NULL);

  return g_object_new (DAFTAR_TYPE_PROJECT_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "project-id", project_id,
                       NULL);
}

/* Reads an amount row when the pricing asks for it; an empty row is no amount. */
static void
read_amount (DaftarProjectDialog *self,
             Form        *form,
             AdwEntryRow *row,
             gboolean     wanted,
             Field        field,
             gboolean    *out_has,
             gint64      *out_minor)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  DaftarMoney money;

  *out_has = FALSE;
  *out_minor = 0;

  if (!wanted || daftar_form_text_is_blank (text))
    return;

  /* Without a currency there is no telling how many decimals are right. */
  *out_has = TRUE;
  if (form->draft.currency == NULL)
    return;

  if (daftar_money_parse (text, form->draft.currency, DAFTAR_MONEY_PARSE_DEFAULT,
                          &money, daftar_context_get_format (self->context),
                          daftar_form_error_slot (self->form, field)))
    *out_minor = money.minor;
}

/* The specialty, where the category has them: none (the first choice) or one of them;
 * no choice at all is an error. */
static void
read_specialty (DaftarProjectDialog *self,
                Form                *form)
{
  guint selected = adw_combo_row_get_selected (self->specialty_row);

  form->draft.specialty = NULL;
  if ((guint) form->draft.category >= DAFTAR_N_CATEGORIES ||
      !daftar_category_has_specialties (form->draft.category))
    return;

  if (selected == GTK_INVALID_LIST_POSITION || selected > DAFTAR_N_SPECIALTIES)
    g_set_error_literal (daftar_form_error_slot (self->form, FIELD_SPECIALTY), DAFTAR_VALIDATION_ERROR,
                         DAFTAR_VALIDATION_ERROR_SPECIALTY,
                         _("Choose the kind of work, or “No specialty”."));
  else if (selected > 0)
    form->draft.specialty = daftar_specialty_to_key (selected - 1);
}

/* Fills @form from the fields and asks core what is wrong with each of them. */
static void
read_form (DaftarProjectDialog *self,
           Form                *form)
{
  g_autoptr(DaftarValidation) validation = daftar_validation_new ();
  DaftarProjectDraft *draft = &form->draft;
  guint platform = adw_combo_row_get_selected (self->platform_row);
  const char *client = gtk_editable_get_text (GTK_EDITABLE (self->client_row));

  memset (form, 0, sizeof *form);
  daftar_form_begin (self->form);

  draft->name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  draft->client = daftar_form_text_is_blank (client) ? NULL : client;
  if (self->platforms != NULL && platform < self->platforms->len)
    draft->platform = ((DaftarPlatform *) g_ptr_array_index (self->platforms, platform))->key;
  draft->category = (DaftarCategory) adw_combo_row_get_selected (self->category_row);
  draft->pricing = (DaftarPricing) adw_combo_row_get_selected (self->pricing_row);
  read_specialty (self, form);

  if (daftar_currency_normalize (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)),
                                 form->currency, daftar_form_error_slot (self->form, FIELD_CURRENCY)))
    draft->currency = form->currency;

  read_amount (self, form, self->rate_row, draft->pricing == DAFTAR_PRICING_HOURLY, FIELD_RATE,
               &draft->has_rate, &draft->rate_minor);
  read_amount (self, form, self->price_row, draft->pricing == DAFTAR_PRICING_FIXED, FIELD_PRICE,
               &draft->has_price, &draft->price_minor);

  /* Core speaks about every field; a field that did not parse keeps its own error. */
  daftar_validate_project_draft_all (draft, daftar_context_get_format (self->context), validation);
  daftar_form_add_validation (self->form, validation, FIELD_NAME);
}

static void
update_pricing (DaftarProjectDialog *self)
{
  DaftarPricing pricing = adw_combo_row_get_selected (self->pricing_row);

  gtk_widget_set_visible (GTK_WIDGET (self->rate_row), pricing == DAFTAR_PRICING_HOURLY);
  gtk_widget_set_visible (GTK_WIDGET (self->price_row), pricing == DAFTAR_PRICING_FIXED);
  gtk_widget_set_visible (GTK_WIDGET (self->received_label),
                          pricing == DAFTAR_PRICING_FIXED &&
                          *gtk_label_get_text (self->received_label) != '\0');
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->pricing_row),
                               pricing == DAFTAR_PRICING_PER_TASK
                               ? _("What each task earned is logged with the session.")
                               : NULL);
}

static void
update_specialty (DaftarProjectDialog *self)
{
  guint category = adw_combo_row_get_selected (self->category_row);

  gtk_widget_set_visible (GTK_WIDGET (self->specialty_row),
                          category < DAFTAR_N_CATEGORIES && daftar_category_has_specialties (category));
}

/* Reads the fields into @out (when given), marks what is wrong and drives Save. */
static gboolean
revalidate (DaftarProjectDialog *self,
            Form                *out)
{
  Form local;
  /* Read straight into @out: the draft points into its own Form (the currency),
   * so a copy would point into this frame. */
  Form *form = out != NULL ? out : &local;

  if (self->loading)
    return FALSE;

  read_form (self, form);

  gtk_label_set_text (self->rate_currency, form->draft.currency != NULL ? form->currency : "");
  gtk_label_set_text (self->price_currency, form->draft.currency != NULL ? form->currency : "");
  gtk_widget_set_visible (self->client_hint,
                          *gtk_editable_get_text (GTK_EDITABLE (self->client_row)) == '\0');

  return daftar_form_end (self->form);
}

static void save (DaftarProjectDialog *self);

static void
retry_save (GtkWidget *widget)
{
  save (DAFTAR_PROJECT_DIALOG (widget));
}

static void
save (DaftarProjectDialog *self)
{
  g_autoptr(GError) error = NULL;
  Form form;
  gint64 id = self->project_id;
  gboolean saved;

  if (!revalidate (self, &form))
    {
      daftar_form_save_refused (self->form);
      return;
    }

  if (self->project_id == 0)
    saved = daftar_store_add_project (self->store, &form.draft, &id, &error);
  else
    saved = daftar_store_update_project (self->store, self->project_id, &form.draft, &error);

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
  save (DAFTAR_PROJECT_DIALOG (widget));
}

static gboolean
save_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  save (DAFTAR_PROJECT_DIALOG (widget));
  return TRUE;
}

static void
entry_changed_cb (GtkEditable         *editable,
                  DaftarProjectDialog *self)
{
  int field = daftar_form_field_for_widget (self->form, editable);

  if (self->loading || field == DAFTAR_FORM_FIELD_NONE)
    return;

  daftar_form_touch (self->form, field);
  revalidate (self, NULL);
}

static void
entry_activated_cb (DaftarProjectDialog *self,
                    AdwEntryRow         *row)
{
  save (self);
}

static void
combo_selected_cb (AdwComboRow         *row,
                   GParamSpec          *pspec,
                   DaftarProjectDialog *self)
{
  int field = daftar_form_field_for_widget (self->form, row);

  if (row == self->pricing_row)
    update_pricing (self);
  if (row == self->category_row)
    update_specialty (self);

  if (self->loading || field == DAFTAR_FORM_FIELD_NONE)
    return;

  daftar_form_touch (self->form, field);
  revalidate (self, NULL);
}

static void
fill_models (DaftarProjectDialog *self)
{
  g_autoptr(GtkStringList) platforms = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) pricings = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) specialties = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  self->platforms = daftar_store_list_platforms (self->store, &error);
  if (self->platforms == NULL)
    {
      g_warning ("Listing platforms: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
    }

  for (guint i = 0; self->platforms != NULL && i < self->platforms->len; i++)
    {
      DaftarPlatform *platform = g_ptr_array_index (self->platforms, i);
      const char *label = daftar_platform_key_get_label (platform->key);

      gtk_string_list_append (platforms, label != NULL ? label : platform->name);
    }

  for (guint i = 0; i < DAFTAR_N_CATEGORIES; i++)
    gtk_string_list_append (categories, daftar_category_get_label (i));

  for (guint i = 0; i < DAFTAR_N_PRICINGS; i++)
    gtk_string_list_append (pricings, daftar_pricing_get_label (i));

  /* Translators: the first choice of a project's specialty: none given */
  gtk_string_list_append (specialties, _("No specialty"));
  for (guint i = 0; i < DAFTAR_N_SPECIALTIES; i++)
    gtk_string_list_append (specialties, daftar_specialty_get_label (i));

  adw_combo_row_set_model (self->platform_row, G_LIST_MODEL (platforms));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
  adw_combo_row_set_model (self->pricing_row, G_LIST_MODEL (pricings));
  adw_combo_row_set_model (self->specialty_row, G_LIST_MODEL (specialties));
  /* Whole, even in a narrow window: "به‌ازای هر ت…" is not "per task" */
  daftar_combo_row_wrap_values (self->pricing_row);
  daftar_combo_row_wrap_values (self->specialty_row);
}

/* Received against agreed, for a fixed-price project: the payments so far. */
static void
show_received (DaftarProjectDialog *self,
               const DaftarProject *project)
{
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *received_text = NULL;
  g_autofree char *price_text = NULL;
  g_autofree char *text = NULL;
  DaftarMoney received = { 0 }, price = { .minor = project->price_minor };

  if (project->pricing != DAFTAR_PRICING_FIXED || !project->has_price)
    return;

  if (!(payments = daftar_store_list_payments (self->store, &error)))
    {
      g_warning ("Listing the payments: %s", error->message);
      return;
    }

  for (guint i = 0; i < payments->len; i++)
    {
      const DaftarPayment *payment = g_ptr_array_index (payments, i);

      if (payment->project_id == project->id &&
          !daftar_int64_add_checked (received.minor, payment->amount.minor, &received.minor))
        return;
    }

  g_strlcpy (received.currency, project->currency, sizeof received.currency);
  g_strlcpy (price.currency, project->currency, sizeof price.currency);
  received_text = daftar_ui_format_money (self->context, &received);
  price_text = daftar_ui_format_money (self->context, &price);
  /* Translators: payments so far against a fixed price, e.g. "Received $300.00 of $500.00 agreed" */
  text = g_strdup_printf (_("Received %s of %s agreed"), received_text, price_text);
  gtk_label_set_text (self->received_label, text);
}

static void
load_project (DaftarProjectDialog *self)
{
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = daftar_store_get_project (self->store, self->project_id, &error);
  if (project == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), project->name);
  gtk_editable_set_text (GTK_EDITABLE (self->client_row), project->client != NULL ? project->client : "");

  for (guint i = 0; self->platforms != NULL && i < self->platforms->len; i++)
    {
      DaftarPlatform *platform = g_ptr_array_index (self->platforms, i);

      if (platform->id == project->platform_id)
        adw_combo_row_set_selected (self->platform_row, i);
    }

  adw_combo_row_set_selected (self->category_row, project->category);
  adw_combo_row_set_selected (self->specialty_row, project->has_specialty ? project->specialty + 1 : 0);
  adw_combo_row_set_selected (self->pricing_row, project->pricing);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), project->currency);
  daftar_form_row_set_amount (GTK_WIDGET (self->rate_row), self->context, project->has_rate,
                              project->rate_minor, project->currency);
  daftar_form_row_set_amount (GTK_WIDGET (self->price_row), self->context, project->has_price,
                              project->price_minor, project->currency);
  show_received (self, project);
}

static void
daftar_project_dialog_constructed (GObject *object)
{
  DaftarProjectDialog *self = (DaftarProjectDialog *)object;

  G_OBJECT_CLASS (daftar_project_dialog_parent_class)->constructed (object);

  g_assert (DAFTAR_IS_STORE (self->store));

  gtk_window_set_title (GTK_WINDOW (self),
                        self->project_id == 0 ? _("New Project") : _("Edit Project"));

  self->loading = TRUE;
  fill_models (self);
  if (self->project_id != 0)
    load_project (self);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->currency_row),
                           self->default_currency != NULL ? self->default_currency : "USD");
  update_pricing (self);
  update_specialty (self);
  self->loading = FALSE;

  self->ready = TRUE;
  revalidate (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
daftar_project_dialog_dispose (GObject *object)
{
  DaftarProjectDialog *self = (DaftarProjectDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_PROJECT_DIALOG);
  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_project_dialog_parent_class)->dispose (object);
}

static void
daftar_project_dialog_finalize (GObject *object)
{
  DaftarProjectDialog *self = (DaftarProjectDialog *)object;

  g_clear_pointer (&self->platforms, g_ptr_array_unref);
  g_clear_pointer (&self->default_currency, g_free);

  G_OBJECT_CLASS (daftar_project_dialog_parent_class)->finalize (object);
}

static void
daftar_project_dialog_class_init (DaftarProjectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_project_dialog_constructed;
  object_class->dispose = daftar_project_dialog_dispose;
  object_class->finalize = daftar_project_dialog_finalize;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarProjectDialog, context),
                                   G_STRUCT_OFFSET (DaftarProjectDialog, store));
  /**
   * DaftarProjectDialog:project-id:
   *
   * The project being edited, or 0 while creating one.
   */
  daftar_context_install_id_property (object_class, PROP_PROJECT_ID, "project-id",
                                      G_STRUCT_OFFSET (DaftarProjectDialog, project_id));

  /**
   * DaftarProjectDialog::saved:
   * @project_id: the id of the project written
   *
   * Emitted once the project is in the ledger, just before the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, client_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, client_hint);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, platform_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, specialty_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, pricing_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, currency_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, rate_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, price_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, rate_currency);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, price_currency);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, received_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, details_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, work_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectDialog, pay_error);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, combo_selected_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, save_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, save_shortcut_cb, NULL);
}

static void
daftar_project_dialog_init (DaftarProjectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* GTK 4.8 names a button after both its label property, underline included, and its
   * label child: “_Save Save”. The child alone reads right. */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->cancel_button), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->save_button), GTK_ACCESSIBLE_PROPERTY_LABEL);

  self->form = daftar_form_new (GTK_WIDGET (self), "dialog.save");
  daftar_form_add_field (self->form, FIELD_NAME, GTK_WIDGET (self->name_row), NULL, self->details_error);
  daftar_form_add_field (self->form, FIELD_CLIENT, GTK_WIDGET (self->client_row), NULL, self->details_error);
  daftar_form_add_field (self->form, FIELD_PLATFORM, GTK_WIDGET (self->platform_row), NULL, self->work_error);
  daftar_form_add_field (self->form, FIELD_CATEGORY, GTK_WIDGET (self->category_row), NULL, self->work_error);
  daftar_form_add_field (self->form, FIELD_SPECIALTY, GTK_WIDGET (self->specialty_row), NULL, self->work_error);
  daftar_form_add_field (self->form, FIELD_PRICING, GTK_WIDGET (self->pricing_row), NULL, self->pay_error);
  daftar_form_add_field (self->form, FIELD_CURRENCY, GTK_WIDGET (self->currency_row), NULL, self->pay_error);
  daftar_form_add_field (self->form, FIELD_RATE, GTK_WIDGET (self->rate_row), NULL, self->pay_error);
  daftar_form_add_field (self->form, FIELD_PRICE, GTK_WIDGET (self->price_row), NULL, self->pay_error);
  for (guint i = 0; i < G_N_ELEMENTS (code_fields); i++)
    daftar_form_map_code (self->form, code_fields[i].field, DAFTAR_VALIDATION_ERROR, code_fields[i].code);
}

gint64
daftar_project_dialog_get_project_id (DaftarProjectDialog *self)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECT_DIALOG (self), 0);
  return self->project_id;
}

const char *
daftar_project_dialog_get_default_currency (DaftarProjectDialog *self)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECT_DIALOG (self), NULL);
  return self->default_currency;
}

/**
 * daftar_project_dialog_set_default_currency:
 * @currency: (nullable): an ISO 4217 code, such as the home currency
 *
 * The currency a new project starts with; "USD" when unset.  A new project whose
 * currency the user has not typed yet takes it at once.
 */
void
daftar_project_dialog_set_default_currency (DaftarProjectDialog *self,
                                            const char          *currency)
{
  g_return_if_fail (DAFTAR_IS_PROJECT_DIALOG (self));

  if (g_strcmp0 (self->default_currency, currency) == 0)
    return;

  g_free (self->default_currency);
  self->default_currency = g_strdup (currency);

  /* Before construction ends, constructed() fills the field. */
  if (self->ready && self->project_id == 0 && !daftar_form_is_touched (self->form, FIELD_CURRENCY))
    {
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->currency_row), currency != NULL ? currency : "USD");
      self->loading = FALSE;
      revalidate (self, NULL);
    }
}
