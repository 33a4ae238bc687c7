/* daftar-invoice-fields.c — the invoice dialog's fields: read and checked through the
 * form, turned into the invoice they describe, and set by tests as a person would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-invoice-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-digits.h"
#include "daftar-invoice-dialog-private.h"
#include "daftar-project-list.h"
#include "daftar-project-picker.h"
#include "daftar-store-copy.h"
#include "daftar-store-invoices.h"
#include "daftar-ui-format.h"

static const char * const languages[] = { "en", "fa", "ar", NULL };

void
daftar_invoice_params_free (Params *p)
{
  g_clear_object (&p->store);
  g_clear_pointer (&p->format, daftar_format_unref);
  g_free (p->project);
  g_free (p->client);
  g_free (p->number);
  g_free (p->tax);
  g_free (p->notes);
  g_free (p->language);
  g_free (p->sender.name);
  g_free (p->sender.address);
  g_free (p->sender.tax_id);
  g_free (p->sender.payment);
  g_free (p->path);
  g_clear_pointer (&p->invoice, daftar_invoice_free);
  g_clear_pointer (&p->pixels, g_bytes_unref);
  g_clear_pointer (&p->file, daftar_safe_file_free);
  g_free (p->sha256);
  g_free (p);
}

/* A text setting, or NULL when it is empty or the schema lacks it. */
static char *
setting_text (GSettings  *settings,
              const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  char *value;

  if (settings == NULL)
    return NULL;
  g_object_get (settings, "settings-schema", &schema, NULL);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;
  value = g_settings_get_string (settings, key);
  if (value[0] == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
parse_day_row (DaftarFormat *format,
               AdwEntryRow  *row,
               gboolean      optional,
               gboolean     *out_has,
               DaftarDay    *out,
               GError      **error)
{
  const char *text = row_text (row);
  GDate date;

  *out_has = FALSE;
  if (daftar_form_text_is_blank (text))
    {
      if (optional)
        return TRUE;
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Enter a date."));
      return FALSE;
    }
  if (!daftar_format_parse_date (format, text, &date, error))
    return FALSE;
  *out = daftar_day_from_date (&date);
  *out_has = TRUE;
  return TRUE;
}

/* The first field at fault, in the order they are shown. */
static const GError *
first_error (DaftarInvoiceDialog *self)
{
  for (int f = 0; f < N_FIELDS; f++)
    {
      const GError *error = daftar_form_get_error (self->form, f);

      if (error != NULL)
        return error;
    }
  return NULL;
}

/* The fields, checked through the form, which marks the rows at fault and drives Save;
 * NULL with @error set to the first fault when one can't be read. */
Params *
daftar_invoice_dialog_read_fields (DaftarInvoiceDialog  *self,
             GError              **error)
{
  g_autoptr(Params) p = g_new0 (Params, 1);
  gboolean by_client = adw_combo_row_get_selected (self->bill_row) == BILL_CLIENT;
  const DaftarProject *project = daftar_project_picker_get_selected (self->project_row);
  GtkStringObject *client = adw_combo_row_get_selected_item (self->client_row);
  gboolean has_from, has_to;
  GDate today;

  p->format = daftar_format_ref (daftar_context_get_format (self->context));
  daftar_form_begin (self->form);
  if (!by_client && project == NULL)
    g_set_error_literal (daftar_form_error_slot (self->form, FIELD_PROJECT), G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("Add a project first."));
  if (by_client && client == NULL)
    g_set_error_literal (daftar_form_error_slot (self->form, FIELD_CLIENT),
                         DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_CLIENT,
                         _("None of your projects has a client yet. Give a project its client first."));
  parse_day_row (p->format, self->from_row, FALSE, &has_from, &p->from, daftar_form_error_slot (self->form, FIELD_FROM));
  parse_day_row (p->format, self->to_row, FALSE, &has_to, &p->to, daftar_form_error_slot (self->form, FIELD_TO));
  parse_day_row (p->format, self->due_row, TRUE, &p->has_due, &p->due, daftar_form_error_slot (self->form, FIELD_DUE));
  if (has_from && has_to && p->from > p->to)
    g_set_error_literal (daftar_form_error_slot (self->form, FIELD_TO), G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("The period ends before it starts."));
  if (!daftar_form_end (self->form))
    {
      g_propagate_error (error, g_error_copy (first_error (self)));
      return NULL;
    }

  daftar_context_today (self->context, &today);
  p->issued = daftar_day_from_date (&today);
  p->store = g_object_ref (self->store);
  if (by_client)
    p->client = g_strdup (gtk_string_object_get_string (client));
  else
    p->project = g_strdup (project->name);
  p->grouping = adw_combo_row_get_selected (self->group_row) == 1 ? DAFTAR_INVOICE_BY_NOTE : DAFTAR_INVOICE_BY_DAY;
  /* Numbers are kept in 0–9 whatever digits were typed, as daftar-cli keeps them. */
  p->number = g_strstrip (daftar_digits_normalize (row_text (self->number_row)));
  p->tax = daftar_form_text_is_blank (row_text (self->tax_row)) ? NULL : g_strdup (row_text (self->tax_row));
  p->notes = g_strdup (row_text (self->notes_row));
  p->language = g_strdup (self->language);
  p->sender.name = setting_text (daftar_context_get_settings (self->context), "invoice-name");
  p->sender.address = setting_text (daftar_context_get_settings (self->context), "invoice-address");
  p->sender.tax_id = setting_text (daftar_context_get_settings (self->context), "invoice-tax-id");
  p->sender.payment = setting_text (daftar_context_get_settings (self->context), "invoice-payment-details");
  return g_steal_pointer (&p);
}

/* In the worker: the invoice the fields describe. */
static DaftarInvoice *
build_invoice (Params  *p,
               GError **error)
{
  g_autoptr(DaftarStore) reader = daftar_store_open_reader (p->store, error);
  g_autoptr(DaftarInvoice) invoice = NULL;

  if (reader == NULL ||
      !(invoice = daftar_store_build_invoice (reader, p->project, p->client, p->from, p->to,
                                              p->grouping, error)))
    return NULL;

  if (p->number[0] != '\0')
    {
      g_free (invoice->number);
      invoice->number = g_strdup (p->number);
    }
  invoice->issued = p->issued;
  invoice->has_due = p->has_due;
  invoice->due = p->due;
  invoice->notes = g_strdup (p->notes);
  invoice->sender.name = g_strdup (p->sender.name);
  invoice->sender.address = g_strdup (p->sender.address);
  invoice->sender.tax_id = g_strdup (p->sender.tax_id);
  invoice->sender.payment = g_strdup (p->sender.payment);
  if ((p->tax != NULL && !daftar_invoice_set_tax (invoice, p->tax, error)) ||
      !daftar_invoice_finish (invoice, error))
    return NULL;
  return g_steal_pointer (&invoice);
}

DaftarPaper
daftar_invoice_dialog_paper (DaftarFormat *format)
{
  return daftar_paper_for_locale (daftar_format_get_locale (format));
}

/* In the worker: the invoice the fields describe, kept in @p, as a document in
 * its language on the locale's paper. */
DaftarInvoiceDoc *
daftar_invoice_params_build_doc (Params  *p,
                                 GError **error)
{
  if (!(p->invoice = build_invoice (p, error)))
    return NULL;
  return daftar_invoice_doc_new (p->invoice, p->language, p->format,
                                 daftar_invoice_dialog_paper (p->format), error);
}

/* A field the user changed: its faults show from now on. */
static void
field_changed_cb (DaftarInvoiceDialog *self,
                  GParamSpec          *pspec,
                  GtkWidget           *widget)
{
  int field = daftar_form_field_for_widget (self->form, widget);

  if (field != DAFTAR_FORM_FIELD_NONE)
    daftar_form_touch (self->form, field);
  daftar_invoice_dialog_changed (self);
}

static void
entry_changed_cb (GtkEditable         *editable,
                  DaftarInvoiceDialog *self)
{
  field_changed_cb (self, NULL, GTK_WIDGET (editable));
}

static void
bill_changed_cb (DaftarInvoiceDialog *self)
{
  gboolean by_client = adw_combo_row_get_selected (self->bill_row) == BILL_CLIENT;

  gtk_widget_set_visible (GTK_WIDGET (self->project_row), !by_client);
  gtk_widget_set_visible (GTK_WIDGET (self->client_row), by_client);
  daftar_invoice_dialog_changed (self);
}

static void
language_changed_cb (DaftarInvoiceDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  g_free (self->language);
  self->language = g_strdup (languages[MIN (selected, 2)]);
  daftar_invoice_dialog_changed (self);
}

/* The rows' signals: a change redraws the preview a moment later. */
void
daftar_invoice_dialog_connect_fields (DaftarInvoiceDialog *self)
{
  g_signal_connect_swapped (self->bill_row, "notify::selected", G_CALLBACK (bill_changed_cb), self);
  g_signal_connect_swapped (self->group_row, "notify::selected", G_CALLBACK (daftar_invoice_dialog_changed), self);
  g_signal_connect_object (self->project_row, "notify::selected", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->client_row, "notify::selected", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->language_row, "notify::selected", G_CALLBACK (language_changed_cb), self);
  g_signal_connect (self->from_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->to_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->number_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->due_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->tax_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (self->notes_row, "changed", G_CALLBACK (daftar_invoice_dialog_changed), self);
}

/**
 * daftar_invoice_dialog_set_field:
 * @field: "project", "client", "group" ("day" or "task"), "from", "to", "number", "due",
 *   "tax" or "notes"
 *
 * Types @text into a field or picks it, as a person would; for tests and screenshots.
 * Picking a project or a client bills it.
 */
void
daftar_invoice_dialog_set_field (DaftarInvoiceDialog *self,
                                 const char          *field,
                                 const char          *text)
{
  AdwEntryRow *row = g_str_equal (field, "from") ? self->from_row
                   : g_str_equal (field, "to") ? self->to_row
                   : g_str_equal (field, "number") ? self->number_row
                   : g_str_equal (field, "due") ? self->due_row
                   : g_str_equal (field, "tax") ? self->tax_row
                   : g_str_equal (field, "notes") ? self->notes_row
                   : NULL;

  if (row != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (row), text);
      return;
    }

  if (g_str_equal (field, "group"))
    {
      adw_combo_row_set_selected (self->group_row, g_str_equal (text, "task") ? 1 : 0);
      return;
    }

  if (g_str_equal (field, "client"))
    {
      adw_combo_row_set_selected (self->bill_row, BILL_CLIENT);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->clients)); i++)
        if (g_str_equal (gtk_string_list_get_string (self->clients, i), text))
          adw_combo_row_set_selected (self->client_row, i);
      return;
    }

  adw_combo_row_set_selected (self->bill_row, BILL_PROJECT);
  {
    GListModel *projects = adw_combo_row_get_model (self->project_row);

    for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
      if (g_str_equal (daftar_project_list_peek (DAFTAR_PROJECT_LIST (projects), i)->name, text))
        adw_combo_row_set_selected (self->project_row, i);
  }
}

/**
 * daftar_invoice_dialog_get_field_row:
 * @field: as for daftar_invoice_dialog_set_field()
 *
 * Returns: (transfer none) (nullable): the field's row, to check how it is marked
 */
GtkWidget *
daftar_invoice_dialog_get_field_row (DaftarInvoiceDialog *self,
                                     const char          *field)
{
  AdwPreferencesRow *row = g_str_equal (field, "project") ? ADW_PREFERENCES_ROW (self->project_row)
                         : g_str_equal (field, "client") ? ADW_PREFERENCES_ROW (self->client_row)
                         : g_str_equal (field, "group") ? ADW_PREFERENCES_ROW (self->group_row)
                         : g_str_equal (field, "from") ? ADW_PREFERENCES_ROW (self->from_row)
                         : g_str_equal (field, "to") ? ADW_PREFERENCES_ROW (self->to_row)
                         : g_str_equal (field, "number") ? ADW_PREFERENCES_ROW (self->number_row)
                         : g_str_equal (field, "due") ? ADW_PREFERENCES_ROW (self->due_row)
                         : g_str_equal (field, "tax") ? ADW_PREFERENCES_ROW (self->tax_row)
                         : g_str_equal (field, "notes") ? ADW_PREFERENCES_ROW (self->notes_row)
                         : NULL;

  return GTK_WIDGET (row);
}

void
daftar_invoice_dialog_set_language (DaftarInvoiceDialog *self,
                                    const char          *language)
{
  for (guint i = 0; languages[i] != NULL; i++)
    if (g_str_equal (languages[i], language))
      adw_combo_row_set_selected (self->language_row, i);
}

