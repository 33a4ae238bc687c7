/* daftar-guidance-page-private.h — what the Guidance page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-guidance-card-view.h"
#include "daftar-context.h"
#include "daftar-guidance-page.h"
#include "daftar-guidance.h"
#include "daftar-page-reload.h"

G_BEGIN_DECLS

struct _DaftarGuidancePage
{
  GtkWidget       parent_instance;

  DaftarContext  *context;
  DaftarStore    *store;           /* the context's */
  GSettings      *settings;        /* nullable: no schema installed */
  DaftarPageReload reload;         /* worked out again when shown, once changed */
  GCancellable   *loading;         /* of the worker working the cards out, if any */
  gboolean        show_hidden;
  DaftarGuidance *guidance;        /* the last cards worked out, else NULL */
  GStrv           local_ids[3];    /* by state, without settings */
  GHashTable     *expanded;        /* ids of the cards whose details are open */
  AdwToast       *toast;           /* the last toast offering Undo */

  GtkStack       *stack;
  GtkLabel       *period_label;
  GtkWidget      *hidden_bar;
  GtkLabel       *hidden_label;
  GtkWidget      *show_hidden_button;
  GtkBox         *cards_box;
  GtkWidget      *hidden_heading;
  GtkBox         *hidden_box;
  AdwStatusPage  *caught_up_page;
  GtkWidget      *caught_up_button;
  AdwStatusPage  *error_page;
  GtkWidget      *rates_button;
};

/* In daftar-guidance-page.c */
void  daftar_guidance_page_render          (DaftarGuidancePage      *self);
gboolean daftar_guidance_page_prepare      (DaftarGuidancePage      *self,
                                            GDate                   *first,
                                            GDate                   *last,
                                            char                   **currency);
void  daftar_guidance_page_show            (DaftarGuidancePage      *self,
                                            DaftarGuidance          *guidance,
                                            const GDate             *first,
                                            const GDate             *last,
                                            const GError            *error);
void  daftar_guidance_page_show_in_steps   (DaftarGuidancePage      *self,
                                            DaftarGuidance          *guidance,
                                            const GDate             *first,
                                            const GDate             *last,
                                            const GError            *error);
gboolean daftar_guidance_page_is_revealing (DaftarGuidancePage      *self);

/* In daftar-guidance-page-load.c */
void  daftar_guidance_page_load            (DaftarGuidancePage      *self);
void  daftar_guidance_page_cancel_load     (DaftarGuidancePage      *self);

/* In daftar-guidance-page-hidden.c */
GStrv daftar_guidance_page_list_put_away   (DaftarGuidancePage      *self,
                                            DaftarGuidanceCardState  state);
void  daftar_guidance_page_card_action     (GtkWidget               *widget,
                                            const char              *action_name,
                                            GVariant                *parameter);

G_END_DECLS
