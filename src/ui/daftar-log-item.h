/* daftar-log-item.h — one line of the log: a day heading or a work session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "daftar-domain.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_LOG_ITEM (daftar_log_item_get_type ())

G_DECLARE_FINAL_TYPE (DaftarLogItem, daftar_log_item, DAFTAR, LOG_ITEM, GObject)

DaftarLogItem       *daftar_log_item_new_day       (const GDate         *day,
                                                    gint64               total_seconds,
                                                    guint                n_sessions);
DaftarLogItem       *daftar_log_item_new_session   (const DaftarSession *session);

gboolean             daftar_log_item_is_day        (DaftarLogItem       *self);
const GDate         *daftar_log_item_get_day       (DaftarLogItem       *self);
gint64               daftar_log_item_get_total     (DaftarLogItem       *self);
guint                daftar_log_item_get_n_sessions (DaftarLogItem      *self);
const DaftarSession *daftar_log_item_get_session   (DaftarLogItem       *self);

G_END_DECLS
