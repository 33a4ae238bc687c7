/* daftar-statement-export.h — Export Report… and Print… of the Earnings page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-earnings.h"
#include "daftar-context.h"

G_BEGIN_DECLS

const char *daftar_statement_default_language (DaftarContext             *context);
void        daftar_statement_export           (GtkWidget                 *widget,
                                               DaftarContext             *context,
                                               const DaftarEarningsQuery *query);
void        daftar_statement_export_to        (GtkWidget                 *widget,
                                               DaftarContext             *context,
                                               const DaftarEarningsQuery *query,
                                               GFile                     *file,
                                               const char                *format,
                                               const char                *language,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data);
gboolean    daftar_statement_export_finish    (GAsyncResult              *result,
                                               GError                   **error);
void        daftar_statement_print            (GtkWidget                 *widget,
                                               DaftarContext             *context,
                                               const DaftarEarningsQuery *query);

G_END_DECLS
