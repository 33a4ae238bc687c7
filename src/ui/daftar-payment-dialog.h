/* daftar-payment-dialog.h — record, change or delete a payment received
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PAYMENT_DIALOG (daftar_payment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DaftarPaymentDialog, daftar_payment_dialog, DAFTAR, PAYMENT_DIALOG, AdwWindow)

DaftarPaymentDialog *daftar_payment_dialog_new            (GtkWindow           *parent,
                                                          DaftarContext       *context,
                                                          gint64               payment_id,
                                                          gint64               project_id);
gint64               daftar_payment_dialog_get_payment_id (DaftarPaymentDialog *self);
void                 daftar_payment_dialog_save           (DaftarPaymentDialog *self);
void                 daftar_payment_dialog_delete         (DaftarPaymentDialog *self);

G_END_DECLS
