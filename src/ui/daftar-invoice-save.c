/* daftar-invoice-save.c — the invoice dialog's Save… and Print…: the PDF written in a
 * worker, recorded in the ledger, then moved into place; or page by page to a printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-invoice-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-invoice-dialog-private.h"
#include "daftar-store-invoices.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-window.h"

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Params *p = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoiceDoc) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (!(doc = daftar_invoice_params_build_doc (p, &error)) ||
      !(bytes = daftar_invoice_doc_to_pdf (doc, &error)))
    goto fail;

  p->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  if (!(p->file = daftar_safe_file_new (p->store, p->path, &error)) ||
      !daftar_safe_file_write_bytes (p->file, bytes, NULL, &error))
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
      if (daftar_invoice_dialog_show_fault (self, error))
        daftar_form_focus_first_error (self->form);
      else
        gtk_widget_set_sensitive (self->save_button, TRUE);  /* not the fields' fault: try again */
      g_task_return_error (caller, g_steal_pointer (&error));
    }
  else
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      g_autofree char *number = daftar_format_digits (daftar_context_get_format (self->context), p->invoice->number);
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

  if (!(p = daftar_invoice_dialog_read_fields (self, &error)))
    {
      /* Every fault shows now, and the first takes the focus. */
      daftar_form_show_all (self->form);
      g_clear_pointer (&self->invoice, daftar_invoice_free);
      g_free (self->error);
      self->error = g_strdup (error->message);
      daftar_invoice_dialog_set_message (self);
      g_task_return_error (caller, g_steal_pointer (&error));
      g_object_unref (caller);
      return;
    }
  if (!(p->path = g_file_get_path (file)))
    {
      daftar_invoice_params_free (p);
      g_task_return_new_error (caller, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("That is not a file on this computer. Nothing was written; choose a local file."));
      g_object_unref (caller);
      return;
    }

  gtk_widget_set_sensitive (self->save_button, FALSE);
  task = g_task_new (self, NULL, save_done_cb, caller);
  g_task_set_task_data (task, p, (GDestroyNotify) daftar_invoice_params_free);
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

void
daftar_invoice_dialog_save_clicked_cb (DaftarInvoiceDialog *self)
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

  daftar_paper_get_size (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (operation), "daftar-paper")),
                         &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width, gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  daftar_invoice_doc_draw_page (doc, cr, page);
  cairo_restore (cr);
}

void
daftar_invoice_dialog_print_clicked_cb (DaftarInvoiceDialog *self)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  DaftarFormat *format = daftar_context_get_format (self->context);
  DaftarPaper paper = daftar_invoice_dialog_paper (format);
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper == DAFTAR_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                                  : GTK_PAPER_NAME_A4);
  DaftarInvoiceDoc *doc;

  if (self->invoice == NULL)
    return;
  if (!(doc = daftar_invoice_doc_new (self->invoice, self->language, format, paper, &error)))
    return;

  operation = gtk_print_operation_new ();
  g_object_set_data (G_OBJECT (operation), "daftar-paper", GINT_TO_POINTER (paper));
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

