/* daftar-rates-dialog.h — the exchange rates in the ledger: list, add, delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-rates.h"
#include "daftar-context.h"
#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_RATES_DIALOG (daftar_rates_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DaftarRatesDialog, daftar_rates_dialog, DAFTAR, RATES_DIALOG, AdwWindow)

DaftarRatesDialog *daftar_rates_dialog_new     (GtkWindow         *parent,
                                                DaftarContext     *context);
void               daftar_rates_dialog_prefill (DaftarRatesDialog *self,
                                                const char        *base,
                                                const char        *quote,
                                                const GDate       *day);
gboolean           daftar_rates_dialog_add     (DaftarRatesDialog *self);
guint              daftar_rates_dialog_get_n_rates (DaftarRatesDialog *self);

/* Also for the Earnings page, which lists the rates a report used. */
char              *daftar_rates_dialog_describe_rate (DaftarFormat             *format,
                                                      const DaftarExchangeRate *rate);

G_END_DECLS
