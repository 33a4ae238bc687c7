/* daftar-range-bar.h — a rate against a reported band, drawn by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-market-compare.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_RANGE_BAR (daftar_range_bar_get_type ())

G_DECLARE_FINAL_TYPE (DaftarRangeBar, daftar_range_bar, DAFTAR, RANGE_BAR, GtkWidget)

GtkWidget  *daftar_range_bar_new             (void);
void        daftar_range_bar_set_match       (DaftarRangeBar        *self,
                                              DaftarFormat          *format,
                                              const DaftarBandMatch *match,
                                              gint64                 rate_minor,
                                              const char            *currency);
const char *daftar_range_bar_get_description (DaftarRangeBar        *self);
gboolean    daftar_range_bar_get_positions   (DaftarRangeBar        *self,
                                              double                *out_marker_x,
                                              double                *out_low_x,
                                              double                *out_high_x,
                                              gboolean              *out_clamped);

char       *daftar_range_bar_describe_band   (DaftarFormat          *format,
                                              const DaftarBandMatch *match,
                                              const char            *currency);

G_END_DECLS
