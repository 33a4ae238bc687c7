/* daftar-bar-chart.h — a bar chart of amounts over time, drawn by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One bar: what it is for, and its amount as a number and as text. */
typedef struct
{
  const char *label;        /* for tooltips and screen readers: "March 2025" */
  const char *short_label;  /* under the bar, when there is room: "Mar" or "21" */
  const char *value_text;   /* the amount as the user's locale writes it */
  gint64      value;        /* the amount in minor units; only its size is drawn */
} DaftarBarChartBar;

#define DAFTAR_TYPE_BAR_CHART (daftar_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (DaftarBarChart, daftar_bar_chart, DAFTAR, BAR_CHART, GtkWidget)

GtkWidget  *daftar_bar_chart_new             (void);
void        daftar_bar_chart_set_bars        (DaftarBarChart          *self,
                                              const DaftarBarChartBar *bars,
                                              guint                    n_bars);
guint       daftar_bar_chart_get_n_bars      (DaftarBarChart          *self);
gboolean    daftar_bar_chart_get_bar_rect    (DaftarBarChart          *self,
                                              guint                    index,
                                              graphene_rect_t         *out_rect);
const char *daftar_bar_chart_get_description (DaftarBarChart          *self);

G_END_DECLS
