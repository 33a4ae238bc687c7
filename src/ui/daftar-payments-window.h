/* daftar-payments-window.h — the payments received, newest first, for one project or all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PAYMENTS_WINDOW (daftar_payments_window_get_type ())

G_DECLARE_FINAL_TYPE (DaftarPaymentsWindow, daftar_payments_window, DAFTAR, PAYMENTS_WINDOW, AdwWindow)

DaftarPaymentsWindow *daftar_payments_window_new             (GtkWindow            *parent,
                                                             DaftarContext        *context);
void                  daftar_payments_window_show_project    (DaftarPaymentsWindow *self,
                                                             gint64                project_id);
GArray               *daftar_payments_window_get_payment_ids (DaftarPaymentsWindow *self);

G_END_DECLS
