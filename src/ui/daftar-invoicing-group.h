/* daftar-invoicing-group.h — Preferences → Invoicing: who sends the invoices
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *daftar_invoicing_group_new (GSettings *settings);

G_END_DECLS
