/* daftar-window-copy.h — Export… and Back Up Ledger… from the main menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-window.h"

G_BEGIN_DECLS

typedef enum
{
  DAFTAR_WINDOW_COPY_BACKUP,   /* the ledger itself, through SQLite's backup */
  DAFTAR_WINDOW_COPY_JSON,
  DAFTAR_WINDOW_COPY_CSV,
} DaftarWindowCopy;

void     daftar_window_copy_class_init (GtkWidgetClass       *widget_class);
void     daftar_window_copy_to         (DaftarWindow         *self,
                                        DaftarWindowCopy      kind,
                                        GFile                *file,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean daftar_window_copy_finish     (DaftarWindow         *self,
                                        GAsyncResult         *result,
                                        GError              **error);

G_END_DECLS
