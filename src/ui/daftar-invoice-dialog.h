/* daftar-invoice-dialog.h — New Invoice…: the fields, a live preview of page one, Save and Print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"
#include "daftar-invoice.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_INVOICE_DIALOG (daftar_invoice_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DaftarInvoiceDialog, daftar_invoice_dialog, DAFTAR, INVOICE_DIALOG, AdwWindow)

DaftarInvoiceDialog *daftar_invoice_dialog_new            (GtkWindow           *parent,
                                                           DaftarContext       *context,
                                                           gint64               project_id);
void                 daftar_invoice_dialog_set_field      (DaftarInvoiceDialog *self,
                                                           const char          *field,
                                                           const char          *text);
void                 daftar_invoice_dialog_set_language   (DaftarInvoiceDialog *self,
                                                           const char          *language);
void                 daftar_invoice_dialog_refresh        (DaftarInvoiceDialog *self,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
gboolean             daftar_invoice_dialog_refresh_finish (DaftarInvoiceDialog *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);
GtkWidget           *daftar_invoice_dialog_get_field_row  (DaftarInvoiceDialog *self,
                                                           const char          *field);
gboolean             daftar_invoice_dialog_can_save       (DaftarInvoiceDialog *self);
const DaftarInvoice *daftar_invoice_dialog_get_invoice    (DaftarInvoiceDialog *self);
GdkPaintable        *daftar_invoice_dialog_get_preview    (DaftarInvoiceDialog *self);
const char          *daftar_invoice_dialog_get_message    (DaftarInvoiceDialog *self);
void                 daftar_invoice_dialog_save_to        (DaftarInvoiceDialog *self,
                                                           GFile               *file,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
gboolean             daftar_invoice_dialog_save_finish    (DaftarInvoiceDialog *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

G_END_DECLS
