/* daftar-guidance-card-view.h — one guidance card on the Guidance page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-guidance.h"

G_BEGIN_DECLS

/* Whether the user put the card away, and how. */
typedef enum
{
  DAFTAR_GUIDANCE_CARD_SHOWN,
  DAFTAR_GUIDANCE_CARD_DISMISSED,
  DAFTAR_GUIDANCE_CARD_DONE,
} DaftarGuidanceCardState;

#define DAFTAR_TYPE_GUIDANCE_CARD_VIEW (daftar_guidance_card_view_get_type ())

G_DECLARE_FINAL_TYPE (DaftarGuidanceCardView, daftar_guidance_card_view, DAFTAR, GUIDANCE_CARD_VIEW, GtkWidget)

GtkWidget               *daftar_guidance_card_view_new          (const DaftarGuidanceCard *card,
                                                                 DaftarGuidanceCardState   state,
                                                                 DaftarFormat             *format);
const char              *daftar_guidance_card_view_get_id       (DaftarGuidanceCardView   *self);
DaftarGuidanceCardState  daftar_guidance_card_view_get_state    (DaftarGuidanceCardView   *self);
gboolean                 daftar_guidance_card_view_get_expanded (DaftarGuidanceCardView   *self);
void                     daftar_guidance_card_view_set_expanded (DaftarGuidanceCardView   *self,
                                                                 gboolean                  expanded);

G_END_DECLS
