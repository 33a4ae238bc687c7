/* daftar-log-model.h — the ledger's sessions as a lazy list with day headings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_LOG_MODEL (daftar_log_model_get_type ())

G_DECLARE_FINAL_TYPE (DaftarLogModel, daftar_log_model, DAFTAR, LOG_MODEL, GObject)

DaftarLogModel *daftar_log_model_new             (DaftarStore    *store);
void            daftar_log_model_set_search      (DaftarLogModel *self,
                                                  const char     *search);
void            daftar_log_model_set_hidden      (DaftarLogModel *self,
                                                  gint64          session_id,
                                                  gboolean        hidden);
void            daftar_log_model_reload          (DaftarLogModel *self);
guint           daftar_log_model_get_n_sessions  (DaftarLogModel *self);
guint           daftar_log_model_get_n_loaded    (DaftarLogModel *self);
gboolean        daftar_log_model_is_loading      (DaftarLogModel *self);
gboolean        daftar_log_model_is_complete     (DaftarLogModel *self);
void            daftar_log_model_stop            (DaftarLogModel *self);

G_END_DECLS
