/* daftar-chart-draw.h — the bar chart of amounts over time, drawn with cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* One bar, as the app's chart and the printed statement both draw it. */
typedef struct
{
  const char *short_label;  /* under the bar, when there is room: "Mar" or "21" */
  const char *value_text;   /* the amount as the document's locale writes it */
  gint64      value;        /* the amount in minor units; only its size is drawn */
} DaftarChartBar;

typedef struct
{
  double red, green, blue, alpha;
} DaftarChartColor;

typedef struct
{
  DaftarChartColor            fg;        /* text and lines */
  DaftarChartColor            bar;       /* amounts of zero and up */
  DaftarChartColor            negative;  /* amounts below zero */
  int                         hovered;   /* a bar's index to stand out, or -1 */
  gboolean                    rtl;       /* the first bar on the right */
  const PangoFontDescription *font;      /* (nullable) the context's own when NULL */
} DaftarChartStyle;

/* Where the bars go for one size; from daftar_chart_layout(). */
typedef struct
{
  double width;
  double plot_top;
  double plot_height;
  double zero_y;
  double scale;           /* units of length per unit of value */
  double slot;
  double bar_width;
  double text_height;
} DaftarChartGeometry;

double   daftar_chart_text_height (PangoContext           *context,
                                   const DaftarChartStyle *style);
void     daftar_chart_layout      (PangoContext           *context,
                                   const DaftarChartStyle *style,
                                   const DaftarChartBar   *bars,
                                   guint                   n_bars,
                                   double                  width,
                                   double                  height,
                                   DaftarChartGeometry    *out);
void     daftar_chart_bar_rect    (const DaftarChartGeometry *g,
                                   const DaftarChartStyle    *style,
                                   const DaftarChartBar      *bars,
                                   guint                      index,
                                   double                    *out_x,
                                   double                    *out_y,
                                   double                    *out_width,
                                   double                    *out_height);
int      daftar_chart_bar_at      (const DaftarChartGeometry *g,
                                   const DaftarChartStyle    *style,
                                   guint                      n_bars,
                                   double                     x);
void     daftar_chart_draw        (cairo_t                *cr,
                                   PangoContext           *context,
                                   const DaftarChartStyle *style,
                                   const DaftarChartBar   *bars,
                                   guint                   n_bars,
                                   double                  width,
                                   double                  height);

G_END_DECLS
