/* daftar-store-idle.h — cutting time away from the running timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-store.h"

G_BEGIN_DECLS

gboolean daftar_store_cut_timer (DaftarStore  *self,
                                 gint64        since_utc,
                                 gint64        until_utc,
                                 gboolean      keep_running,
                                 gint64       *out_session_id,
                                 GError      **error);

G_END_DECLS
