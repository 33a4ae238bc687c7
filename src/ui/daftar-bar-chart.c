/* daftar-bar-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bars of amounts, one per day, week or month, in the theme's colours so they read in
 * light and dark styles; the drawing itself is daftar_chart_draw(), which the printed
 * statement uses too. Screen readers get the same figures as text in the accessible description,
 * and pointer users in tooltips.
 */
#define G_LOG_DOMAIN "daftar-bar-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "daftar-bar-chart.h"
#include "daftar-chart-draw.h"
#include "daftar-theme-colors.h"

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
  GArray    *drawn;         /* DaftarChartBar, pointing into bars */
  char      *description;
  int        hovered;       /* a bar's index, or -1 */
};

G_DEFINE_FINAL_TYPE (DaftarBarChart, daftar_bar_chart, GTK_TYPE_WIDGET)

static void
clear_bar (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
  g_free (bar->short_label);
  g_free (bar->value_text);
}

static DaftarChartColor
chart_color (const GdkRGBA *rgba)
{
  return (DaftarChartColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/* The drawing is core code, shared with the printed statement. */
static void
get_style (DaftarBarChart   *self,
           DaftarChartStyle *out)
{
  GdkRGBA fg, bar, negative;

  daftar_theme_colors (GTK_WIDGET (self), &fg, &bar, &negative);
  *out = (DaftarChartStyle) {
    .fg = chart_color (&fg),
    .bar = chart_color (&bar),
    .negative = chart_color (&negative),
    .hovered = self->hovered,
    .rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL,
    .font = NULL,
  };
}

static void
compute_geometry (DaftarBarChart      *self,
                  DaftarChartGeometry *g,
                  DaftarChartStyle    *style)
{
  get_style (self, style);
  daftar_chart_layout (gtk_widget_get_pango_context (GTK_WIDGET (self)), style,
                       (const DaftarChartBar *) self->drawn->data, self->drawn->len,
                       gtk_widget_get_width (GTK_WIDGET (self)),
                       gtk_widget_get_height (GTK_WIDGET (self)), g);
}

static int
bar_at (DaftarBarChart *self,
        double          x)
{
  DaftarChartGeometry g;
  DaftarChartStyle style;

  if (self->bars->len == 0)
    return -1;

  compute_geometry (self, &g, &style);
  return daftar_chart_bar_at (&g, &style, self->drawn->len, x);
}

static char *
describe_bar (const Bar *bar)
{
  /* Translators: one bar of the earnings chart, e.g. "March 2025: $1,234.50" */
  return g_strdup_printf (_("%s: %s"), bar->label, bar->value_text);
}

static void
daftar_bar_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DaftarBarChart *self = DAFTAR_BAR_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  DaftarChartStyle style;
  cairo_t *cr;

  if (self->bars->len == 0 || width <= 0 || height <= 0)
    return;

  get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  daftar_chart_draw (cr, gtk_widget_get_pango_context (widget), &style,
                     (const DaftarChartBar *) self->drawn->data, self->drawn->len,
                     width, height);
  cairo_destroy (cr);
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
      DaftarChartStyle style;
      int text;

      get_style (self, &style);
      text = (int) ceil (daftar_chart_text_height (gtk_widget_get_pango_context (widget), &style));

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

  g_clear_pointer (&self->drawn, g_array_unref);
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
  self->drawn = g_array_new (FALSE, TRUE, sizeof (DaftarChartBar));
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

  g_array_set_size (self->drawn, 0);
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
  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      DaftarChartBar drawn = { bar->short_label, bar->value_text, bar->value };

      g_array_append_val (self->drawn, drawn);
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
  DaftarChartGeometry g;
  DaftarChartStyle style;
  double x, y, w, h;

  g_return_val_if_fail (DAFTAR_IS_BAR_CHART (self), FALSE);
  g_return_val_if_fail (out_rect != NULL, FALSE);

  if (index >= self->bars->len)
    return FALSE;

  compute_geometry (self, &g, &style);
  daftar_chart_bar_rect (&g, &style, (const DaftarChartBar *) self->drawn->data, index,
                         &x, &y, &w, &h);
  graphene_rect_init (out_rect, x, y, w, h);
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
