/* daftar-log-row.h — how one line of the log looks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-context.h"
#include "daftar-log-item.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_LOG_ROW (daftar_log_row_get_type ())

G_DECLARE_FINAL_TYPE (DaftarLogRow, daftar_log_row, DAFTAR, LOG_ROW, GtkWidget)

GtkWidget *daftar_log_row_new      (DaftarContext *context);
void       daftar_log_row_set_item (DaftarLogRow  *self,
                                    DaftarLogItem *item);

G_END_DECLS
