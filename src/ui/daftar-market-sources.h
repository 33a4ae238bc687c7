/* daftar-market-sources.h — where a comparison's reported rates come from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-market-compare.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_MARKET_SOURCES (daftar_market_sources_get_type ())

G_DECLARE_FINAL_TYPE (DaftarMarketSources, daftar_market_sources, DAFTAR, MARKET_SOURCES, GtkPopover)

GtkWidget *daftar_market_sources_new           (void);
void       daftar_market_sources_add_match     (DaftarMarketSources   *self,
                                                DaftarFormat          *format,
                                                const DaftarBandMatch *match,
                                                const char            *currency);
void       daftar_market_sources_defer         (GtkMenuButton         *button,
                                                DaftarFormat          *format,
                                                const GArray          *matches,
                                                const char            *currency);
DaftarMarketSources *daftar_market_sources_ensure (GtkMenuButton      *button);
guint      daftar_market_sources_get_n_sources (DaftarMarketSources   *self);
char      *daftar_market_sources_format_as_of  (DaftarFormat          *format,
                                                const char            *as_of);

G_END_DECLS
