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
 */
#define G_LOG_DOMAIN "daftar-invoice-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-digits.h"
#include "daftar-form.h"
#include "daftar-invoice-dialog.h"
#include "daftar-invoice-pdf.h"
#include "daftar-period.h"
#include "daftar-safe-file.h"
#include "daftar-statement-export.h"
#include "daftar-store-copy.h"
#include "daftar-store-invoices.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-window.h"

#define PREVIEW_WIDTH 420
#define PREVIEW_DELAY_MS 250

static const char * const languages[] = { "en", "fa", "ar", NULL };

/* What the invoice bills: one project, or every project of a client. */
enum
{
  BILL_PROJECT,
  BILL_CLIENT,
};

/* The fields, in the order they are shown. */
enum
{
  FIELD_PROJECT,
  FIELD_CLIENT,
  FIELD_FROM,
  FIELD_TO,
  FIELD_NUMBER,
  FIELD_DUE,
  FIELD_TAX,
  N_FIELDS
};

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

struct _DaftarInvoiceDialog
{
  AdwWindow          parent_instance;

  DaftarContext     *context;
  DaftarStore       *store;         /* the context's */
  DaftarForm        *form;
  GtkStringList     *projects;
  GtkStringList     *clients;
  AdwComboRow       *bill_row;
  AdwComboRow       *project_row;
  AdwComboRow       *client_row;
  AdwComboRow       *group_row;
  AdwEntryRow       *from_row;
  AdwEntryRow       *to_row;
  AdwEntryRow       *number_row;
  AdwEntryRow       *due_row;
  AdwEntryRow       *tax_row;
  AdwEntryRow       *notes_row;
  AdwComboRow       *language_row;
  GtkPicture        *preview;
  GtkLabel          *message;
  GtkWidget         *save_button;
  GtkWidget         *print_button;
  GtkWidget         *spinner;

  guint              refresh_id;
  GCancellable      *cancellable;
  DaftarInvoice     *invoice;       /* the one previewed last, for Print… */
  char              *language;
  char              *error;         /* why there is no invoice, or NULL */
  char              *warning;
};

G_DEFINE_FINAL_TYPE (DaftarInvoiceDialog, daftar_invoice_dialog, ADW_TYPE_WINDOW)

/* What the worker needs, copied from the fields. */
typedef struct
{
  DaftarStore         *store;
  char                *project;    /* or */
  char                *client;
  DaftarInvoiceGrouping grouping;
  DaftarDay            from;
  DaftarDay            to;
  DaftarDay            issued;
  char                *number;
  gboolean             has_due;
  DaftarDay            due;
  char                *tax;
  char                *notes;
  char                *language;
  DaftarInvoiceSender  sender;
  char                *path;       /* saving: the file */

  /* Results */
  DaftarInvoice       *invoice;
  GBytes              *pixels;
  int                  width;
  int                  height;
  int                  stride;
  DaftarSafeFile      *file;
  char                *sha256;
} Params;

static void
params_free (Params *p)
{
  g_clear_object (&p->store);
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Params, params_free)

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
parse_day_row (AdwEntryRow *row,
               gboolean     optional,
               gboolean    *out_has,
               DaftarDay   *out,
               GError     **error)
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
  if (!daftar_format_parse_date (daftar_ui_format_get (), text, &date, error))
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
static Params *
read_fields (DaftarInvoiceDialog  *self,
             GError              **error)
{
  g_autoptr(Params) p = g_new0 (Params, 1);
  gboolean by_client = adw_combo_row_get_selected (self->bill_row) == BILL_CLIENT;
  GtkStringObject *project = adw_combo_row_get_selected_item (self->project_row);
  GtkStringObject *client = adw_combo_row_get_selected_item (self->client_row);
  gboolean has_from, has_to;
  GDate today;

  daftar_form_begin (self->form);
  if (!by_client && project == NULL)
    g_set_error_literal (daftar_form_error_slot (self->form, FIELD_PROJECT), G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("Add a project first."));
  if (by_client && client == NULL)
    g_set_error_literal (daftar_form_error_slot (self->form, FIELD_CLIENT),
                         DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_CLIENT,
                         _("None of your projects has a client yet. Give a project its client first."));
  parse_day_row (self->from_row, FALSE, &has_from, &p->from, daftar_form_error_slot (self->form, FIELD_FROM));
  parse_day_row (self->to_row, FALSE, &has_to, &p->to, daftar_form_error_slot (self->form, FIELD_TO));
  parse_day_row (self->due_row, TRUE, &p->has_due, &p->due, daftar_form_error_slot (self->form, FIELD_DUE));
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
    p->project = g_strdup (gtk_string_object_get_string (project));
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

static DaftarPaper
paper (void)
{
  return daftar_paper_for_locale (daftar_format_get_locale (daftar_ui_format_get ()));
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Params *p = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoiceDoc) doc = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double scale;

  if (!(p->invoice = build_invoice (p, &error)) ||
      !(doc = daftar_invoice_doc_new (p->invoice, p->language, daftar_ui_format_get (), paper (), &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  {
    double width = 595, height = 842;

    daftar_paper_get_size (paper (), &width, &height);
    scale = PREVIEW_WIDTH / width;
    p->width = PREVIEW_WIDTH;
    p->height = (int) (height * scale);
  }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, p->width, p->height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  daftar_invoice_doc_draw_page (doc, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  p->stride = cairo_image_surface_get_stride (surface);
  p->pixels = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) p->stride * p->height);
  cairo_surface_destroy (surface);

  g_task_return_boolean (task, TRUE);
}

static void
set_message (DaftarInvoiceDialog *self)
{
  const char *text = self->error != NULL ? self->error : self->warning;
  gboolean ready;

  gtk_label_set_text (self->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);
  if (self->error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message), "error");
  ready = self->invoice != NULL && self->error == NULL && daftar_form_is_valid (self->form);
  gtk_widget_set_sensitive (self->save_button, ready);
  gtk_widget_set_sensitive (self->print_button, ready);
}

static char *
billed_warning (const DaftarInvoice *invoice)
{
  g_autofree char *count = NULL;
  g_autofree char *earlier = NULL;
  char *text;

  if (invoice->n_invoiced == 0)
    return NULL;
  count = daftar_format_integer (daftar_ui_format_get (), invoice->n_invoiced);
  earlier = daftar_text_isolate (invoice->invoiced_number);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Warning: %s of these sessions was already billed, on invoice %s.\n",
                                       "Warning: %s of these sessions were already billed, on invoice %s and maybe others.\n",
                                       invoice->n_invoiced),
                          count, earlier);
  return g_strstrip (text);
}

static void
preview_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  DaftarInvoiceDialog *self = DAFTAR_INVOICE_DIALOG (object);
  GTask *caller = user_data;
  Params *p = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autoptr(GError) field_error = g_error_copy (error);

          g_clear_pointer (&self->invoice, daftar_invoice_free);
          g_free (self->error);
          self->error = g_strdup (error->message);
          g_clear_pointer (&self->warning, g_free);
          /* A tax, a number or a client core refused: marked on its row till it changes. */
          if (daftar_form_take_store_error (self->form, &field_error))
            daftar_form_end (self->form);
          gtk_picture_set_paintable (self->preview, NULL);
          set_message (self);
          gtk_widget_set_visible (self->spinner, FALSE);
        }
      g_task_return_error (caller, g_steal_pointer (&error));
      g_object_unref (caller);
      return;
    }

  {
    g_autoptr(GdkTexture) texture = gdk_memory_texture_new (p->width, p->height, GDK_MEMORY_B8G8R8A8_PREMULTIPLIED,
                                                             p->pixels, p->stride);

    gtk_picture_set_paintable (self->preview, GDK_PAINTABLE (texture));
  }
  g_clear_pointer (&self->invoice, daftar_invoice_free);
  self->invoice = g_steal_pointer (&p->invoice);
  g_clear_pointer (&self->error, g_free);
  g_free (self->warning);
  self->warning = billed_warning (self->invoice);
  if (gtk_editable_get_text (GTK_EDITABLE (self->number_row))[0] == '\0')
    {
      g_autofree char *number = daftar_format_digits (daftar_ui_format_get (), self->invoice->number);

      gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
    }
  set_message (self);
  gtk_widget_set_visible (self->spinner, FALSE);
  g_task_return_boolean (caller, TRUE);
  g_object_unref (caller);
}

/**
 * daftar_invoice_dialog_refresh:
 *
 * Builds the invoice from the fields and draws page one, in a worker; what a change of
 * the fields does a moment later. Tests call it to wait for the preview.
 */
void
daftar_invoice_dialog_refresh (DaftarInvoiceDialog *self,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *caller = g_task_new (self, NULL, callback, user_data);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Params *p;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (!(p = read_fields (self, &error)))
    {
      g_clear_pointer (&self->invoice, daftar_invoice_free);
      g_free (self->error);
      self->error = g_strdup (error->message);
      gtk_picture_set_paintable (self->preview, NULL);
      set_message (self);
      g_task_return_error (caller, g_steal_pointer (&error));
      g_object_unref (caller);
      return;
    }

  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (self->spinner, TRUE);
  task = g_task_new (self, self->cancellable, preview_done_cb, caller);
  g_task_set_task_data (task, p, (GDestroyNotify) params_free);
  g_task_run_in_thread (task, preview_thread);
}

gboolean
daftar_invoice_dialog_refresh_finish (DaftarInvoiceDialog  *self,
                                      GAsyncResult         *result,
                                      GError              **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
refresh_cb (gpointer user_data)
{
  DaftarInvoiceDialog *self = user_data;

  self->refresh_id = 0;
  daftar_invoice_dialog_refresh (self, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (DaftarInvoiceDialog *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (PREVIEW_DELAY_MS, refresh_cb, self);
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
  changed_cb (self);
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
  changed_cb (self);
}

static void
language_changed_cb (DaftarInvoiceDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  g_free (self->language);
  self->language = g_strdup (languages[MIN (selected, 2)]);
  changed_cb (self);
}

/* Saving */

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Params *p = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoiceDoc) doc = NULL;
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;

  if (!(p->invoice = build_invoice (p, &error)) ||
      !(doc = daftar_invoice_doc_new (p->invoice, p->language, daftar_ui_format_get (), paper (), &error)) ||
      !daftar_invoice_doc_write_pdf (doc, memory, &error) ||
      !g_output_stream_close (memory, NULL, &error))
    goto fail;

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  p->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  if (!(p->file = daftar_safe_file_new (p->store, p->path, &error)) ||
      !g_output_stream_write_all (daftar_safe_file_get_stream (p->file), g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes), NULL, NULL, &error))
    goto fail;

  g_task_return_boolean (task, TRUE);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DaftarInvoiceDialog *self = DAFTAR_INVOICE_DIALOG (object);
  GTask *caller = user_data;
  Params *p = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* Recorded first, then moved into place: a number the ledger already has leaves no
   * file behind. */
  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      !daftar_store_record_invoice (self->store, p->invoice, p->sha256, NULL, &error) ||
      !daftar_safe_file_commit (p->file, &error))
    {
      g_autoptr(GError) field_error = g_error_copy (error);

      g_free (self->error);
      self->error = g_strdup (error->message);
      if (daftar_form_take_store_error (self->form, &field_error))
        {
          daftar_form_end (self->form);
          daftar_form_focus_first_error (self->form);
        }
      set_message (self);
      if (field_error != NULL)
        gtk_widget_set_sensitive (self->save_button, TRUE);  /* not the fields' fault: try again */
      g_task_return_error (caller, g_steal_pointer (&error));
    }
  else
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      g_autofree char *number = daftar_format_digits (daftar_ui_format_get (), p->invoice->number);
      g_autofree char *isolated = daftar_text_isolate (number);
      g_autofree char *escaped = g_markup_escape_text (isolated, -1);
      /* Translators: a toast; %s is the invoice's number */
      g_autofree char *text = g_strdup_printf (_("Invoice %s saved"), escaped);

      if (DAFTAR_IS_WINDOW (parent))
        daftar_window_add_toast (DAFTAR_WINDOW (parent), adw_toast_new (text));
      g_task_return_boolean (caller, TRUE);
      gtk_window_close (GTK_WINDOW (self));
    }
  g_object_unref (caller);
}

/**
 * daftar_invoice_dialog_save_to:
 * @file: a local PDF file; never the ledger
 *
 * Writes the invoice to @file and records it; closes the dialog when done. What Save
 * does once a file is picked; tests call it directly.
 */
void
daftar_invoice_dialog_save_to (DaftarInvoiceDialog *self,
                               GFile               *file,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *caller = g_task_new (self, NULL, callback, user_data);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Params *p;

  if (!(p = read_fields (self, &error)))
    {
      /* Every fault shows now, and the first takes the focus. */
      daftar_form_show_all (self->form);
      g_clear_pointer (&self->invoice, daftar_invoice_free);
      g_free (self->error);
      self->error = g_strdup (error->message);
      set_message (self);
      g_task_return_error (caller, g_steal_pointer (&error));
      g_object_unref (caller);
      return;
    }
  if (!(p->path = g_file_get_path (file)))
    {
      params_free (p);
      g_task_return_new_error (caller, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("That is not a file on this computer. Nothing was written; choose a local file."));
      g_object_unref (caller);
      return;
    }

  gtk_widget_set_sensitive (self->save_button, FALSE);
  task = g_task_new (self, NULL, save_done_cb, caller);
  g_task_set_task_data (task, p, (GDestroyNotify) params_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
daftar_invoice_dialog_save_finish (DaftarInvoiceDialog  *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
chooser_response_cb (GtkNativeDialog     *native,
                     int                  response,
                     DaftarInvoiceDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        daftar_invoice_dialog_save_to (self, file, NULL, NULL);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
save_clicked_cb (DaftarInvoiceDialog *self)
{
  GtkFileChooserNative *native;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->invoice == NULL)
    return;

  name = g_strdup_printf ("invoice-%s.pdf", self->invoice->number);
  native = gtk_file_chooser_native_new (_("Save Invoice"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_file_filter_set_name (filter, _("PDF"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_unref (filter);
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Printing */

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              DaftarInvoiceDoc  *doc)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = 595, height = 842, scale;

  daftar_paper_get_size (paper (), &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width, gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  daftar_invoice_doc_draw_page (doc, cr, page);
  cairo_restore (cr);
}

static void
print_clicked_cb (DaftarInvoiceDialog *self)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper () == DAFTAR_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                                    : GTK_PAPER_NAME_A4);
  DaftarInvoiceDoc *doc;

  if (self->invoice == NULL)
    return;
  if (!(doc = daftar_invoice_doc_new (self->invoice, self->language, daftar_ui_format_get (), paper (), &error)))
    return;

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, size);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, daftar_invoice_doc_count_pages (doc));
  gtk_print_operation_set_job_name (operation, _("Invoice"));
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), doc);
  /* Synchronous: the dialog's invoice stays as it is until printing is done. */
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  daftar_invoice_doc_free (doc);
}

/* Building */

static AdwEntryRow *
entry_row (AdwPreferencesGroup *group,
           const char          *title,
           const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
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
daftar_invoice_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DaftarInvoiceDialog *self = DAFTAR_INVOICE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_invoice_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DaftarInvoiceDialog *self = DAFTAR_INVOICE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      self->store = g_object_ref (daftar_context_get_store (self->context));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_invoice_dialog_class_init (DaftarInvoiceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = daftar_invoice_dialog_dispose;
  object_class->finalize = daftar_invoice_dialog_finalize;
  object_class->get_property = daftar_invoice_dialog_get_property;
  object_class->set_property = daftar_invoice_dialog_set_property;

  /**
   * DaftarInvoiceDialog:context:
   *
   * The app's context, with its open ledger, settings and clock.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, DAFTAR_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
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
  self->language = g_strdup (daftar_statement_default_language ());

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
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
  g_signal_connect_swapped (self->print_button, "clicked", G_CALLBACK (print_clicked_cb), self);
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
  self->projects = gtk_string_list_new (NULL);
  self->project_row = combo_row (what, _("Project"), G_LIST_MODEL (self->projects));
  self->clients = gtk_string_list_new (NULL);
  /* Translators: a field of the New Invoice dialog: the client billed for all their projects */
  self->client_row = combo_row (what, _("Client"), G_LIST_MODEL (self->clients));
  gtk_widget_set_visible (GTK_WIDGET (self->client_row), FALSE);
  self->from_row = entry_row (what, _("From"), NULL);
  self->to_row = entry_row (what, _("To"), NULL);
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
  self->number_row = entry_row (details, _("Number"), NULL);
  self->due_row = entry_row (details, _("Due Date (optional)"), NULL);
  /* Translators: a field of the New Invoice dialog; keep NAME:PERCENT's form, e.g. VAT:9 */
  self->tax_row = entry_row (details, _("Tax, as NAME:PERCENT (optional)"), NULL);
  self->notes_row = entry_row (details, _("Notes"), NULL);
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

  g_signal_connect_swapped (self->bill_row, "notify::selected", G_CALLBACK (bill_changed_cb), self);
  g_signal_connect_swapped (self->group_row, "notify::selected", G_CALLBACK (changed_cb), self);
  g_signal_connect_object (self->project_row, "notify::selected", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->client_row, "notify::selected", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->language_row, "notify::selected", G_CALLBACK (language_changed_cb), self);
  g_signal_connect (self->from_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->to_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->number_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->due_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->tax_row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (self->notes_row, "changed", G_CALLBACK (changed_cb), self);
}

static void
set_date_row (AdwEntryRow *row,
              const GDate *date)
{
  g_autofree char *text = daftar_format_date (daftar_ui_format_get (), date, DAFTAR_DATE_STYLE_NUMERIC);

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
  DaftarFormat *format = daftar_ui_format_get ();
  guint selected = 0, selected_client = 0;
  GDate today, first, last;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);

  self = g_object_new (DAFTAR_TYPE_INVOICE_DIALOG, "transient-for", parent, "context", context, NULL);
  /* The clients are those the projects name, each once, in the projects' order. */
  if ((projects = daftar_store_list_projects (self->store, FALSE, &error)))
    for (guint i = 0; i < projects->len; i++)
      {
        const DaftarProject *p = g_ptr_array_index (projects, i);

        gtk_string_list_append (self->projects, p->name);
        if (p->id == project_id)
          selected = i;
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
  adw_combo_row_set_selected (self->project_row, selected);
  adw_combo_row_set_selected (self->client_row, selected_client);

  daftar_context_today (context, &today);
  if (daftar_period_resolve (DAFTAR_PERIOD_LAST_MONTH, daftar_format_get_calendar (format),
                             daftar_format_get_locale (format), &today, &first, &last))
    {
      set_date_row (self->from_row, &first);
      set_date_row (self->to_row, &last);
    }

  changed_cb (self);
  return self;
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

  {
    gboolean client = g_str_equal (field, "client");
    GtkStringList *names = client ? self->clients : self->projects;

    adw_combo_row_set_selected (self->bill_row, client ? BILL_CLIENT : BILL_PROJECT);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (names)); i++)
      if (g_str_equal (gtk_string_list_get_string (names, i), text))
        adw_combo_row_set_selected (client ? self->client_row : self->project_row, i);
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

void
daftar_invoice_dialog_set_language (DaftarInvoiceDialog *self,
                                    const char          *language)
{
  for (guint i = 0; languages[i] != NULL; i++)
    if (g_str_equal (languages[i], language))
      adw_combo_row_set_selected (self->language_row, i);
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
