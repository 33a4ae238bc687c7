/* daftar-busy-retry.h — a dialog's save, tried again while another program writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*DaftarBusyRetryFunc) (GtkWidget *owner);

gboolean daftar_busy_retry_handle     (GtkWidget           *owner,
                                       AdwToastOverlay     *overlay,
                                       const GError        *error,
                                       DaftarBusyRetryFunc  retry);
void     daftar_busy_retry_done       (GtkWidget           *owner);
gboolean daftar_busy_retry_is_waiting (GtkWidget           *owner);

G_END_DECLS
