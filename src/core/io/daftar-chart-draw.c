/* daftar-chart-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bars of amounts, one per day, week or month, drawn with plain rectangles. The first
 * bar sits at the start of the reading direction: on the left in English, on the right
 * in Arabic and Persian. The app's chart widget and the printed statement both draw
 * through here, on a cairo context: the screen's, a printer's or a PDF page's.
 */
#define G_LOG_DOMAIN "daftar-chart"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "daftar-chart-draw.h"

#define BAR_MAX_WIDTH 48.0
#define BAR_FILL 0.7          /* of its slot */
#define LABEL_GAP 8.0         /* between two labels under the bars */
#define LABEL_PADDING 4.0     /* between the plot and the text around it */

static PangoLayout *
small_layout (PangoContext           *context,
              const DaftarChartStyle *style,
              const char             *text)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (style->font != NULL)
    pango_layout_set_font_description (layout, style->font);
  pango_layout_set_text (layout, text, -1);
  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

/**
 * daftar_chart_text_height:
 *
 * Returns: the height of one line of the chart's small text
 */
double
daftar_chart_text_height (PangoContext           *context,
                          const DaftarChartStyle *style)
{
  g_autoptr(PangoLayout) layout = small_layout (context, style, "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

void
daftar_chart_layout (PangoContext           *context,
                     const DaftarChartStyle *style,
                     const DaftarChartBar   *bars,
                     guint                   n_bars,
                     double                  width,
                     double                  height,
                     DaftarChartGeometry    *g)
{
  gint64 max = 0, min = 0;
  double range;

  g->width = width;
  g->text_height = daftar_chart_text_height (context, style);
  /* The largest amount's text above, the bars' labels below. */
  g->plot_top = g->text_height + LABEL_PADDING;
  g->plot_height = MAX (1.0, height - g->plot_top - g->text_height - 2 * LABEL_PADDING);

  for (guint i = 0; i < n_bars; i++)
    {
      max = MAX (max, bars[i].value);
      min = MIN (min, bars[i].value);
    }

  /* Only the drawing is in floating point; the amounts stay integers. */
  range = (double) max - (double) min;
  if (range <= 0)
    range = 1;
  g->scale = g->plot_height / range;
  g->zero_y = g->plot_top + (double) max * g->scale;

  g->slot = n_bars > 0 ? width / n_bars : width;
  g->bar_width = MAX (1.0, MIN (g->slot * BAR_FILL, BAR_MAX_WIDTH));
}

/* The slot of bar @index, mirrored when the text runs from right to left. */
static double
slot_x (const DaftarChartGeometry *g,
        const DaftarChartStyle    *style,
        guint                      index)
{
  if (style->rtl)
    return g->width - (index + 1) * g->slot;

  return index * g->slot;
}

void
daftar_chart_bar_rect (const DaftarChartGeometry *g,
                       const DaftarChartStyle    *style,
                       const DaftarChartBar      *bars,
                       guint                      index,
                       double                    *out_x,
                       double                    *out_y,
                       double                    *out_width,
                       double                    *out_height)
{
  gint64 value = bars[index].value;
  double x = slot_x (g, style, index) + (g->slot - g->bar_width) / 2;
  double size = ABS ((double) value) * g->scale;

  /* Anything but zero shows, if only as a sliver. */
  if (value != 0)
    size = MAX (size, 1.0);

  *out_x = x;
  *out_width = g->bar_width;
  *out_height = size;
  *out_y = value >= 0 ? g->zero_y - size : g->zero_y;
}

/**
 * daftar_chart_bar_at:
 *
 * Returns: the index of the bar whose slot holds @x, or -1
 */
int
daftar_chart_bar_at (const DaftarChartGeometry *g,
                     const DaftarChartStyle    *style,
                     guint                      n_bars,
                     double                     x)
{
  for (guint i = 0; i < n_bars; i++)
    {
      double start = slot_x (g, style, i);

      if (x >= start && x < start + g->slot)
        return i;
    }

  return -1;
}

static void
set_color (cairo_t                *cr,
           const DaftarChartColor *color,
           double                  alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
show_text (cairo_t                *cr,
           PangoLayout            *layout,
           double                  x,
           double                  y,
           const DaftarChartColor *color)
{
  cairo_save (cr);
  set_color (cr, color, 0.7);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_labels (cairo_t                   *cr,
             PangoContext              *context,
             const DaftarChartStyle    *style,
             const DaftarChartBar      *bars,
             guint                      n_bars,
             const DaftarChartGeometry *g,
             double                     height)
{
  double widest = 0;
  guint step;

  for (guint i = 0; i < n_bars; i++)
    {
      g_autoptr(PangoLayout) layout = small_layout (context, style, bars[i].short_label);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  /* Every bar gets its label when they fit; else every second, third… */
  step = (guint) MAX (1.0, ceil ((widest + LABEL_GAP) / MAX (g->slot, 1.0)));

  for (guint i = 0; i < n_bars; i += step)
    {
      g_autoptr(PangoLayout) layout = small_layout (context, style, bars[i].short_label);
      int w;
      double x;

      pango_layout_get_pixel_size (layout, &w, NULL);
      x = slot_x (g, style, i) + (g->slot - w) / 2;
      x = CLAMP (x, 0, MAX (0, g->width - w));
      show_text (cr, layout, x, height - g->text_height, &style->fg);
    }
}

/**
 * daftar_chart_draw:
 * @cr: where to draw, with the chart's top-left corner at the origin
 * @context: (nullable): for the text; one for @cr when %NULL
 * @bars: (array length=n_bars): first in time first
 *
 * Draws the bars, the zero line, the largest amount at the start side above the plot
 * and the bars' labels below, within @width × @height.
 */
void
daftar_chart_draw (cairo_t                *cr,
                   PangoContext           *context,
                   const DaftarChartStyle *style,
                   const DaftarChartBar   *bars,
                   guint                   n_bars,
                   double                  width,
                   double                  height)
{
  PangoContext *own = NULL;
  DaftarChartGeometry g;
  int highest = -1;

  if (n_bars == 0 || width <= 0 || height <= 0)
    return;

  if (context == NULL)
    context = own = pango_cairo_create_context (cr);
  daftar_chart_layout (context, style, bars, n_bars, width, height, &g);

  cairo_save (cr);
  for (guint i = 0; i < n_bars; i++)
    {
      const DaftarChartColor *color = bars[i].value >= 0 ? &style->bar : &style->negative;
      double x, y, w, h;

      if (bars[i].value > 0 && (highest < 0 || bars[i].value > bars[highest].value))
        highest = i;

      daftar_chart_bar_rect (&g, style, bars, i, &x, &y, &w, &h);
      /* The bar under the pointer stands out; the rest are a touch lighter. */
      set_color (cr, color, ((int) i != style->hovered && style->hovered >= 0) ? 0.7 : 1.0);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);
    }

  /* The zero line, over the bars' feet. */
  set_color (cr, &style->fg, 0.25);
  cairo_rectangle (cr, 0, round (g.zero_y), width, 1);
  cairo_fill (cr);

  /* The largest amount, written at the start side above the plot, with a faint line. */
  if (highest >= 0)
    {
      g_autoptr(PangoLayout) layout = small_layout (context, style, bars[highest].value_text);
      double y = round (g.plot_top);
      int w;

      set_color (cr, &style->fg, 0.1);
      cairo_rectangle (cr, 0, y, width, 1);
      cairo_fill (cr);
      pango_layout_get_pixel_size (layout, &w, NULL);
      show_text (cr, layout, style->rtl ? width - w : 0, 0, &style->fg);
    }

  draw_labels (cr, context, style, bars, n_bars, &g, height);
  cairo_restore (cr);
  g_clear_object (&own);
}
