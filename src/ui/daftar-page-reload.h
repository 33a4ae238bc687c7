/* daftar-page-reload.h — a page worked out again when shown, once what it shows has changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-store.h"

G_BEGIN_DECLS

typedef void (*DaftarPageFunc) (gpointer page);

/* Kept in the page's own struct; its fields are the helper's. */
typedef struct
{
  GtkWidget      *page;
  DaftarStore    *store;
  DaftarPageFunc  load;
  DaftarPageFunc  stop;
  gulong          changed_id;
  guint           idle_id;
  gboolean        dirty;
} DaftarPageReload;

void     daftar_page_reload_watch     (DaftarPageReload *self,
                                       gpointer          page,
                                       DaftarStore      *store,
                                       DaftarPageFunc    load,
                                       DaftarPageFunc    stop);
void     daftar_page_reload_queue     (DaftarPageReload *self);
void     daftar_page_reload_begin     (DaftarPageReload *self);
gboolean daftar_page_reload_is_queued (DaftarPageReload *self);
void     daftar_page_reload_clear     (DaftarPageReload *self);
gboolean daftar_page_reload_follows_setting (const char *key);

G_END_DECLS
