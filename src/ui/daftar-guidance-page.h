/* daftar-guidance-page.h — the Guidance page: ranked advice from the user's own ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"

#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_GUIDANCE_PAGE (daftar_guidance_page_get_type ())

G_DECLARE_FINAL_TYPE (DaftarGuidancePage, daftar_guidance_page, DAFTAR, GUIDANCE_PAGE, GtkWidget)

GtkWidget   *daftar_guidance_page_new             (DaftarContext      *context);
void         daftar_guidance_page_reload          (DaftarGuidancePage *self);
const char  *daftar_guidance_page_get_state       (DaftarGuidancePage *self);
char       **daftar_guidance_page_get_card_ids    (DaftarGuidancePage *self);
char       **daftar_guidance_page_get_hidden_ids  (DaftarGuidancePage *self);
GtkWidget   *daftar_guidance_page_get_card        (DaftarGuidancePage *self,
                                                   const char         *id);
gboolean     daftar_guidance_page_dismiss         (DaftarGuidancePage *self,
                                                   const char         *id);
gboolean     daftar_guidance_page_mark_done       (DaftarGuidancePage *self,
                                                   const char         *id);
gboolean     daftar_guidance_page_restore         (DaftarGuidancePage *self,
                                                   const char         *id);
void         daftar_guidance_page_set_show_hidden (DaftarGuidancePage *self,
                                                   gboolean            show_hidden);
gboolean     daftar_guidance_page_get_show_hidden (DaftarGuidancePage *self);
gboolean     daftar_guidance_page_undo            (DaftarGuidancePage *self);
AdwToast    *daftar_guidance_page_get_toast       (DaftarGuidancePage *self);

G_END_DECLS
