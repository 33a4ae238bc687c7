/* daftar-invoice-preview.c — the invoice dialog's preview: page one drawn in a worker a
 * moment after each change, the message under the fields, and Save's sensitivity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-invoice-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-invoice-dialog-private.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

#define PREVIEW_DELAY_MS 250

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

  if (!(doc = daftar_invoice_params_build_doc (p, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  {
    double width = 595, height = 842;

    daftar_paper_get_size (daftar_invoice_dialog_paper (p->format), &width, &height);
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

void
daftar_invoice_dialog_set_message (DaftarInvoiceDialog *self)
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

/**
 * daftar_invoice_dialog_show_fault:
 * @error: why core built no invoice, or did not record it
 *
 * Shows @error under the fields; a tax, a number or a client core refused is marked
 * on its row too, till the row changes.
 *
 * Returns: whether a row was at fault
 */
gboolean
daftar_invoice_dialog_show_fault (DaftarInvoiceDialog *self,
                                  const GError        *error)
{
  g_autoptr(GError) field_error = g_error_copy (error);
  gboolean at_row = daftar_form_take_store_error (self->form, &field_error);

  g_free (self->error);
  self->error = g_strdup (error->message);
  if (at_row)
    daftar_form_end (self->form);
  daftar_invoice_dialog_set_message (self);
  return at_row;
}

static char *
billed_warning (DaftarFormat        *format,
                const DaftarInvoice *invoice)
{
  g_autofree char *count = NULL;
  g_autofree char *earlier = NULL;
  char *text;

  if (invoice->n_invoiced == 0)
    return NULL;
  count = daftar_format_integer (format, invoice->n_invoiced);
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
          g_clear_pointer (&self->invoice, daftar_invoice_free);
          g_clear_pointer (&self->warning, g_free);
          gtk_picture_set_paintable (self->preview, NULL);
          daftar_invoice_dialog_show_fault (self, error);
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
  self->warning = billed_warning (daftar_context_get_format (self->context), self->invoice);
  if (gtk_editable_get_text (GTK_EDITABLE (self->number_row))[0] == '\0')
    {
      g_autofree char *number = daftar_format_digits (daftar_context_get_format (self->context), self->invoice->number);

      gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
    }
  daftar_invoice_dialog_set_message (self);
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

  if (!(p = daftar_invoice_dialog_read_fields (self, &error)))
    {
      g_clear_pointer (&self->invoice, daftar_invoice_free);
      g_free (self->error);
      self->error = g_strdup (error->message);
      gtk_picture_set_paintable (self->preview, NULL);
      daftar_invoice_dialog_set_message (self);
      g_task_return_error (caller, g_steal_pointer (&error));
      g_object_unref (caller);
      return;
    }

  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (self->spinner, TRUE);
  task = g_task_new (self, self->cancellable, preview_done_cb, caller);
  g_task_set_task_data (task, p, (GDestroyNotify) daftar_invoice_params_free);
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

void
daftar_invoice_dialog_changed (DaftarInvoiceDialog *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (PREVIEW_DELAY_MS, refresh_cb, self);
}

