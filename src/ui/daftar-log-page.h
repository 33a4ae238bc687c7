/* daftar-log-page.h — the Log page: work sessions by day, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-log-model.h"
#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_LOG_PAGE (daftar_log_page_get_type ())

G_DECLARE_FINAL_TYPE (DaftarLogPage, daftar_log_page, DAFTAR, LOG_PAGE, GtkWidget)

GtkWidget      *daftar_log_page_new           (DaftarContext *context);
DaftarLogModel *daftar_log_page_get_model     (DaftarLogPage *self);
void            daftar_log_page_load          (DaftarLogPage *self);
void            daftar_log_page_start_search  (DaftarLogPage *self);
void            daftar_log_page_set_key_capture_widget (DaftarLogPage *self,
                                                        GtkWidget     *widget);

G_END_DECLS
