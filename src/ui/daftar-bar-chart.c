/* daftar-bar-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bars of amounts, one per day, week or month, drawn with plain rectangles in the
 * theme's colours so they read in light and dark styles. The first bar sits at the
 * start of the reading direction: on the left in English, on the right in Arabic and
 * Persian. Screen readers get the same figures as text in the accessible description,
 * and pointer users in tooltips.
 */
#define G_LOG_DOMAIN "daftar-bar-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "daftar-bar-chart.h"
#include "daftar-theme-colors.h"

#define BAR_MAX_WIDTH 48.0
#define BAR_FILL 0.7          /* of its slot */
#define LABEL_GAP 8.0         /* between two labels under the bars */
#define LABEL_PADDING 4.0     /* between the plot and the text around it */

typedef struct
{
  char   *label;
  char   *short_label;
  char   *value_text;
  gint64  value;
} Bar;

struct _DaftarBarChart
{
  GtkWidget  parent_instance;

  GArray    *bars;          /* Bar */
  char      *description;
  int        hovered;       /* a bar's index, or -1 */
};

G_DEFINE_FINAL_TYPE (DaftarBarChart, daftar_bar_chart, GTK_TYPE_WIDGET)

/* Where things go for one size of the widget. */
typedef struct
{
  double width;
  double plot_top;
  double plot_height;
  double zero_y;
  double scale;           /* pixels per unit of value */
  double slot;
  double bar_width;
  double text_height;
} Geometry;

static void
clear_bar (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
  g_free (bar->short_label);
  g_free (bar->value_text);
}

static PangoLayout *
create_small_layout (DaftarBarChart *self,
                     const char     *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static double
text_height (DaftarBarChart *self)
{
  g_autoptr(PangoLayout) layout = create_small_layout (self, "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
compute_geometry (DaftarBarChart *self,
                  double          width,
                  double          height,
                  Geometry       *g)
{
  gint64 max = 0, min = 0;
  double range;

  g->width = width;
  g->text_height = text_height (self);
  /* The largest amount's text above, the bars' labels below. */
  g->plot_top = g->text_height + LABEL_PADDING;
  g->plot_height = MAX (1.0, height - g->plot_top - g->text_height - 2 * LABEL_PADDING);

  for (guint i = 0; i < self->bars->len; i++)
    {
      gint64 value = g_array_index (self->bars, Bar, i).value;

      max = MAX (max, value);
      min = MIN (min, value);
    }

  /* Only the drawing is in floating point; the amounts stay integers. */
  range = (double) max - (double) min;
  if (range <= 0)
    range = 1;
  g->scale = g->plot_height / range;
  g->zero_y = g->plot_top + (double) max * g->scale;

  g->slot = self->bars->len > 0 ? width / self->bars->len : width;
  g->bar_width = MAX (1.0, MIN (g->slot * BAR_FILL, BAR_MAX_WIDTH));
}

/* The slot of bar @index, mirrored when the text runs from right to left. */
static double
slot_x (DaftarBarChart *self,
        const Geometry *g,
        guint           index)
{
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    return g->width - (index + 1) * g->slot;

  return index * g->slot;
}

static void
bar_rect (DaftarBarChart  *self,
          const Geometry  *g,
          guint            index,
          graphene_rect_t *out)
{
  gint64 value = g_array_index (self->bars, Bar, index).value;
  double x = slot_x (self, g, index) + (g->slot - g->bar_width) / 2;
  double size = ABS ((double) value) * g->scale;

  /* Anything but zero shows, if only as a sliver. */
  if (value != 0)
    size = MAX (size, 1.0);

  if (value >= 0)
    graphene_rect_init (out, x, g->zero_y - size, g->bar_width, size);
  else
    graphene_rect_init (out, x, g->zero_y, g->bar_width, size);
}

static int
bar_at (DaftarBarChart *self,
        double          x)
{
  Geometry g;

  if (self->bars->len == 0)
    return -1;

  compute_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)),
                    gtk_widget_get_height (GTK_WIDGET (self)), &g);
  for (guint i = 0; i < self->bars->len; i++)
    {
      double start = slot_x (self, &g, i);

      if (x >= start && x < start + g.slot)
        return i;
    }

  return -1;
}

static char *
describe_bar (const Bar *bar)
{
  /* Translators: one bar of the earnings chart, e.g. "March 2025: $1,234.50" */
  return g_strdup_printf (_("%s: %s"), bar->label, bar->value_text);
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_labels (DaftarBarChart *self,
                 GtkSnapshot    *snapshot,
                 const Geometry *g,
                 double          height,
                 const GdkRGBA  *color)
{
  double widest = 0;
  guint step;

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) layout = create_small_layout (self, bar->short_label);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  /* Every bar gets its label when they fit; else every second, third… */
  step = (guint) MAX (1.0, ceil ((widest + LABEL_GAP) / MAX (g->slot, 1.0)));

  for (guint i = 0; i < self->bars->len; i += step)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) layout = create_small_layout (self, bar->short_label);
      int w;
      double x;

      pango_layout_get_pixel_size (layout, &w, NULL);
      x = slot_x (self, g, i) + (g->slot - w) / 2;
      x = CLAMP (x, 0, MAX (0, g->width - w));
      append_text (snapshot, layout, x, height - g->text_height, color);
    }
}

static void
daftar_bar_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DaftarBarChart *self = DAFTAR_BAR_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  GdkRGBA fg, bar_color, negative, line, dim;
  Geometry g;
  int highest = -1;

  if (self->bars->len == 0 || width <= 0 || height <= 0)
    return;

  daftar_theme_colors (GTK_WIDGET (self), &fg, &bar_color, &negative);
  compute_geometry (self, width, height, &g);
  line = fg;
  line.alpha *= 0.25;
  dim = fg;
  dim.alpha *= 0.7;

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      graphene_rect_t rect;
      GdkRGBA color = bar->value >= 0 ? bar_color : negative;

      if (bar->value > 0 && (highest < 0 || bar->value > g_array_index (self->bars, Bar, highest).value))
        highest = i;

      /* The bar under the pointer stands out; the rest are a touch lighter. */
      if ((int) i != self->hovered && self->hovered >= 0)
        color.alpha *= 0.7;

      bar_rect (self, &g, i, &rect);
      gtk_snapshot_append_color (snapshot, &color, &rect);
    }

  /* The zero line, over the bars' feet. */
  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (0, round (g.zero_y), width, 1));

  /* The largest amount, written at the start side above the plot, with a faint line. */
  if (highest >= 0)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, highest);
      g_autoptr(PangoLayout) layout = create_small_layout (self, bar->value_text);
      double y = round (g.plot_top);
      GdkRGBA grid = fg;
      int w;

      grid.alpha *= 0.1;
      gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (0, y, width, 1));
      pango_layout_get_pixel_size (layout, &w, NULL);
      append_text (snapshot, layout,
                   gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? width - w : 0,
                   0, &dim);
    }

  snapshot_labels (self, snapshot, &g, height, &dim);
}

static void
daftar_bar_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  DaftarBarChart *self = DAFTAR_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = MAX (300, (int) self->bars->len * 24);
    }
  else
    {
      int text = (int) ceil (text_height (self));

      *minimum = 96 + 2 * text;
      *natural = 160 + 2 * text;
    }
}

static gboolean
daftar_bar_chart_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  DaftarBarChart *self = DAFTAR_BAR_CHART (widget);
  g_autofree char *text = NULL;
  int index = bar_at (self, x);

  if (index < 0)
    return FALSE;

  text = describe_bar (&g_array_index (self->bars, Bar, index));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_hovered (DaftarBarChart *self,
             int             index)
{
  if (self->hovered == index)
    return;

  self->hovered = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           DaftarBarChart           *self)
{
  set_hovered (self, bar_at (self, x));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          DaftarBarChart           *self)
{
  set_hovered (self, -1);
}

static void
daftar_bar_chart_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (daftar_bar_chart_parent_class)->direction_changed (widget, previous);
  gtk_widget_queue_draw (widget);
}

static void
daftar_bar_chart_finalize (GObject *object)
{
  DaftarBarChart *self = (DaftarBarChart *)object;

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (daftar_bar_chart_parent_class)->finalize (object);
}

static void
daftar_bar_chart_class_init (DaftarBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = daftar_bar_chart_finalize;

  widget_class->snapshot = daftar_bar_chart_snapshot;
  widget_class->measure = daftar_bar_chart_measure;
  widget_class->query_tooltip = daftar_bar_chart_query_tooltip;
  widget_class->direction_changed = daftar_bar_chart_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
daftar_bar_chart_init (DaftarBarChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, clear_bar);
  self->hovered = -1;

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
daftar_bar_chart_new (void)
{
  return g_object_new (DAFTAR_TYPE_BAR_CHART, NULL);
}

/**
 * daftar_bar_chart_set_bars:
 * @bars: (array length=n_bars): the bars, first in time first; copied
 *
 * Replaces the bars, and the accessible description that lists them.
 */
void
daftar_bar_chart_set_bars (DaftarBarChart          *self,
                           const DaftarBarChartBar *bars,
                           guint                    n_bars)
{
  g_autoptr(GString) description = g_string_new (NULL);

  g_return_if_fail (DAFTAR_IS_BAR_CHART (self));
  g_return_if_fail (n_bars == 0 || bars != NULL);

  g_array_set_size (self->bars, 0);
  for (guint i = 0; i < n_bars; i++)
    {
      Bar bar = {
        .label = g_strdup (bars[i].label ? bars[i].label : ""),
        .short_label = g_strdup (bars[i].short_label ? bars[i].short_label : ""),
        .value_text = g_strdup (bars[i].value_text ? bars[i].value_text : ""),
        .value = bars[i].value,
      };
      g_autofree char *line = describe_bar (&bar);

      g_array_append_val (self->bars, bar);
      if (description->len > 0)
        g_string_append_c (description, '\n');
      g_string_append (description, line);
    }

  g_free (self->description);
  self->description = g_string_free (g_steal_pointer (&description), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  self->hovered = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
daftar_bar_chart_get_n_bars (DaftarBarChart *self)
{
  g_return_val_if_fail (DAFTAR_IS_BAR_CHART (self), 0);

  return self->bars->len;
}

/**
 * daftar_bar_chart_get_bar_rect:
 * @index: a bar, 0 being the first in time
 * @out_rect: (out): where the bar is drawn, in the widget's coordinates
 *
 * For tests, and for anything that wants to point at a bar.
 *
 * Returns: %FALSE when there is no such bar
 */
gboolean
daftar_bar_chart_get_bar_rect (DaftarBarChart  *self,
                               guint            index,
                               graphene_rect_t *out_rect)
{
  Geometry g;

  g_return_val_if_fail (DAFTAR_IS_BAR_CHART (self), FALSE);
  g_return_val_if_fail (out_rect != NULL, FALSE);

  if (index >= self->bars->len)
    return FALSE;

  compute_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)),
                    gtk_widget_get_height (GTK_WIDGET (self)), &g);
  bar_rect (self, &g, index, out_rect);
  return TRUE;
}

/**
 * daftar_bar_chart_get_description:
 *
 * Returns: the text alternative given to screen readers: one line per bar,
 *   "label: amount", first in time first
 */
const char *
daftar_bar_chart_get_description (DaftarBarChart *self)
{
  g_return_val_if_fail (DAFTAR_IS_BAR_CHART (self), NULL);

  return self->description != NULL ? self->description : "";
}
