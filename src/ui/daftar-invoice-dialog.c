/* daftar-invoice-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * New Invoice…, from a project's row or the main menu. The fields on the start side, a
 * preview of page one on the end side, drawn by the same core code as the PDF and redrawn
 * a moment after each change. The invoice is built and drawn in a worker thread on a read
 * connection of its own; saving writes the PDF there too, then records the invoice in the
 * ledger (one transaction, on the main thread) and moves the file into place. Print…
 * draws the same page through GtkPrintOperation.
 *
 * This file builds the rows and answers tests; the fields are read in
 * daftar-invoice-fields.c, the preview drawn in daftar-invoice-preview.c, and Save and
 * Print are in daftar-invoice-save.c.
 */
#define G_LOG_DOMAIN "daftar-invoice-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-date-format.h"
#include "daftar-invoice-dialog-private.h"
#include "daftar-project-picker.h"
#include "daftar-period.h"
#include "daftar-statement-export.h"
#include "daftar-ui-format.h"

G_DEFINE_FINAL_TYPE (DaftarInvoiceDialog, daftar_invoice_dialog, ADW_TYPE_WINDOW)

/* Building */

static AdwEntryRow *
entry_row (AdwPreferencesGroup *group,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
daftar_invoice_dialog_dispose (GObject *object)
{
  DaftarInvoiceDialog *self = DAFTAR_INVOICE_DIALOG (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (daftar_invoice_dialog_parent_class)->dispose (object);
}

static void
daftar_invoice_dialog_finalize (GObject *object)
{
  DaftarInvoiceDialog *self = DAFTAR_INVOICE_DIALOG (object);

  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_pointer (&self->invoice, daftar_invoice_free);
  g_free (self->language);
  g_free (self->error);
  g_free (self->warning);

  G_OBJECT_CLASS (daftar_invoice_dialog_parent_class)->finalize (object);
}

static void
daftar_invoice_dialog_class_init (DaftarInvoiceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = daftar_invoice_dialog_dispose;
  object_class->finalize = daftar_invoice_dialog_finalize;

  /**
   * DaftarInvoiceDialog:context:
   *
   * The app's context, with its open ledger, settings and clock.
   */
  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarInvoiceDialog, context),
                                   G_STRUCT_OFFSET (DaftarInvoiceDialog, store));
}

/* A dropdown row of @group, named for screen readers by its title. */
static AdwComboRow *
combo_row (AdwPreferencesGroup *group,
           const char          *title,
           GListModel          *model)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, model);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static void
daftar_invoice_dialog_init (DaftarInvoiceDialog *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *fields = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *preview_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AdwPreferencesGroup *what = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *details = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkStringList *language_names = gtk_string_list_new ((const char * const[]) {
    /* Translators: the languages an invoice can be written in, each in itself */
    "English", "فارسی", "العربية", NULL });

  gtk_window_set_title (GTK_WINDOW (self), _("New Invoice"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 980, 720);
  self->language = g_strdup ("en");   /* the context's default once it is set */

  self->save_button = gtk_button_new_with_mnemonic (_("_Save…"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  self->print_button = gtk_button_new_with_mnemonic (_("_Print…"));
  self->spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (self->spinner));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->print_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->spinner);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (daftar_invoice_dialog_save_clicked_cb), self);
  g_signal_connect_swapped (self->print_button, "clicked", G_CALLBACK (daftar_invoice_dialog_print_clicked_cb), self);
  gtk_box_append (GTK_BOX (toolbar), header);

  /* Translators: a group of the New Invoice dialog: whom and what period it bills */
  adw_preferences_group_set_title (what, _("Work Billed"));
  {
    g_autoptr(GtkStringList) bill = gtk_string_list_new ((const char * const[]) {
      /* Translators: what a new invoice bills: one project, or all of a client's projects */
      _("One Project"), _("All of a Client’s Projects"), NULL });

    /* Translators: a field of the New Invoice dialog: one project or a client */
    self->bill_row = combo_row (what, _("Invoice For"), G_LIST_MODEL (bill));
  }
  self->project_row = ADW_COMBO_ROW (daftar_project_picker_new (_("Project")));
  adw_preferences_group_add (what, GTK_WIDGET (self->project_row));
  self->clients = gtk_string_list_new (NULL);
  /* Translators: a field of the New Invoice dialog: the client billed for all their projects */
  self->client_row = combo_row (what, _("Client"), G_LIST_MODEL (self->clients));
  gtk_widget_set_visible (GTK_WIDGET (self->client_row), FALSE);
  self->from_row = entry_row (what, _("From"));
  self->to_row = entry_row (what, _("To"));
  {
    g_autoptr(GtkStringList) groups = gtk_string_list_new ((const char * const[]) {
      /* Translators: how an invoice's line items are grouped: one line per day worked */
      _("By Day"),
      /* Translators: how an invoice's line items are grouped: one line per task, the sessions' note */
      _("By Task"), NULL });

    /* Translators: a field of the New Invoice dialog: how the sessions make line items */
    self->group_row = combo_row (what, _("Line Items"), G_LIST_MODEL (groups));
  }

  /* Translators: a group of the New Invoice dialog */
  adw_preferences_group_set_title (details, _("Invoice"));
  self->number_row = entry_row (details, _("Number"));
  self->due_row = entry_row (details, _("Due Date (optional)"));
  /* Translators: a field of the New Invoice dialog; keep NAME:PERCENT's form, e.g. VAT:9 */
  self->tax_row = entry_row (details, _("Tax, as NAME:PERCENT (optional)"));
  self->notes_row = entry_row (details, _("Notes"));
  self->language_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->language_row), _("Language"));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (language_names));
  g_object_unref (language_names);
  adw_combo_row_set_selected (self->language_row, g_str_equal (self->language, "fa") ? 1
                                                  : g_str_equal (self->language, "ar") ? 2 : 0);
  adw_preferences_group_add (details, GTK_WIDGET (self->language_row));

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);

  gtk_box_append (GTK_BOX (fields), GTK_WIDGET (what));
  gtk_box_append (GTK_BOX (fields), GTK_WIDGET (details));
  gtk_box_append (GTK_BOX (fields), GTK_WIDGET (self->message));
  gtk_widget_set_margin_start (fields, 12);
  gtk_widget_set_margin_end (fields, 12);
  gtk_widget_set_margin_top (fields, 12);
  gtk_widget_set_margin_bottom (fields, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), fields);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_hexpand (scroller, TRUE);

  self->preview = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (self->preview, TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->preview), PREVIEW_WIDTH, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: accessible name of the invoice's preview */
                                  _("Preview of the invoice's first page"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->preview));
  gtk_box_append (GTK_BOX (preview_box), frame);
  gtk_widget_set_margin_top (preview_box, 12);
  gtk_widget_set_margin_bottom (preview_box, 12);
  gtk_widget_set_margin_end (preview_box, 12);
  gtk_widget_set_margin_start (preview_box, 12);

  gtk_box_append (GTK_BOX (body), scroller);
  gtk_box_append (GTK_BOX (body), preview_box);
  gtk_widget_set_vexpand (body, TRUE);
  gtk_box_append (GTK_BOX (toolbar), body);
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  gtk_widget_set_sensitive (self->save_button, FALSE);
  gtk_widget_set_sensitive (self->print_button, FALSE);

  /* The message under the fields tells the first fault; the form marks each row. */
  self->form = daftar_form_new (GTK_WIDGET (self), NULL);
  daftar_form_add_field (self->form, FIELD_PROJECT, GTK_WIDGET (self->project_row), NULL, NULL);
  daftar_form_add_field (self->form, FIELD_CLIENT, GTK_WIDGET (self->client_row), NULL, NULL);
  daftar_form_add_field (self->form, FIELD_FROM, GTK_WIDGET (self->from_row), NULL, NULL);
  daftar_form_add_field (self->form, FIELD_TO, GTK_WIDGET (self->to_row), NULL, NULL);
  daftar_form_add_field (self->form, FIELD_NUMBER, GTK_WIDGET (self->number_row), NULL, NULL);
  daftar_form_add_field (self->form, FIELD_DUE, GTK_WIDGET (self->due_row), NULL, NULL);
  daftar_form_add_field (self->form, FIELD_TAX, GTK_WIDGET (self->tax_row), NULL, NULL);
  daftar_form_map_code (self->form, FIELD_CLIENT, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_CLIENT);
  daftar_form_map_code (self->form, FIELD_NUMBER, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_NUMBER);
  daftar_form_map_code (self->form, FIELD_TAX, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_TAX);

  daftar_invoice_dialog_connect_fields (self);
}

static void
set_date_row (DaftarInvoiceDialog *self,
              AdwEntryRow         *row,
              const GDate         *date)
{
  g_autofree char *text = daftar_format_date (daftar_context_get_format (self->context), date, DAFTAR_DATE_STYLE_NUMERIC);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * daftar_invoice_dialog_new:
 * @context: the app's context, with its open ledger
 * @project_id: the project to bill, or 0 for the first
 *
 * Returns: (transfer none): the dialog, for last month's work in the user's calendar
 */
DaftarInvoiceDialog *
daftar_invoice_dialog_new (GtkWindow     *parent,
                           DaftarContext *context,
                           gint64         project_id)
{
  DaftarInvoiceDialog *self;
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GHashTable) clients = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  DaftarFormat *format = daftar_context_get_format (context);
  guint selected_client = 0;
  GDate today, first, last;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);

  self = g_object_new (DAFTAR_TYPE_INVOICE_DIALOG, "transient-for", parent, "context", context, NULL);
  daftar_invoice_dialog_set_language (self, daftar_statement_default_language (context));
  /* The clients are those the projects name, each once, in the projects' order. */
  if ((projects = daftar_store_list_projects (self->store, FALSE, &error)))
    for (guint i = 0; i < projects->len; i++)
      {
        const DaftarProject *p = g_ptr_array_index (projects, i);

        if (p->client == NULL || p->client[0] == '\0')
          continue;
        if (!g_hash_table_contains (clients, p->client))
          {
            g_hash_table_insert (clients, p->client, GUINT_TO_POINTER (g_hash_table_size (clients)));
            gtk_string_list_append (self->clients, p->client);
          }
        if (p->id == project_id)
          selected_client = GPOINTER_TO_UINT (g_hash_table_lookup (clients, p->client));
      }
  if (projects != NULL)
    daftar_project_picker_set_projects (self->project_row, projects, project_id);
  adw_combo_row_set_selected (self->client_row, selected_client);

  daftar_context_today (context, &today);
  if (daftar_period_resolve (DAFTAR_PERIOD_LAST_MONTH, daftar_format_get_calendar (format),
                             daftar_format_get_locale (format), &today, &first, &last))
    {
      set_date_row (self, self->from_row, &first);
      set_date_row (self, self->to_row, &last);
    }

  daftar_invoice_dialog_changed (self);
  return self;
}

/* Whether Save… can be pressed now */
gboolean
daftar_invoice_dialog_can_save (DaftarInvoiceDialog *self)
{
  return gtk_widget_get_sensitive (self->save_button);
}

/**
 * daftar_invoice_dialog_get_invoice:
 *
 * Returns: (transfer none) (nullable): the invoice previewed last
 */
const DaftarInvoice *
daftar_invoice_dialog_get_invoice (DaftarInvoiceDialog *self)
{
  return self->invoice;
}

GdkPaintable *
daftar_invoice_dialog_get_preview (DaftarInvoiceDialog *self)
{
  return gtk_picture_get_paintable (self->preview);
}

/* The error or warning shown under the fields, or "" */
const char *
daftar_invoice_dialog_get_message (DaftarInvoiceDialog *self)
{
  return gtk_label_get_text (self->message);
}
