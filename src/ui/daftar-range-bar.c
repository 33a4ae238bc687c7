/* daftar-range-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reported band of hourly rates as a bar from its low to its high end, its typical
 * figure as a tick, and the user's effective rate as a marker. A rate far outside the
 * band is held at the end of the scale and drawn as an arrow pointing on. Low is at
 * the start side: the left in English, the right in Persian and Arabic.
 */
#define G_LOG_DOMAIN "daftar-range-bar"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "daftar-money-format.h"
#include "daftar-range-bar.h"
#include "daftar-theme-colors.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

#define MARKER_RADIUS 6.0
#define INSET (MARKER_RADIUS + 2.0)   /* room for the marker at the ends */
#define BAR_HEIGHT 8.0
#define TRACK_HEIGHT 4.0
#define TICK_HEIGHT 16.0
#define PAD 0.25                      /* of the band's span, either side of it */

struct _DaftarRangeBar
{
  GtkWidget  parent_instance;

  gboolean   set;
  gboolean   has_low, has_typical, has_high;
  gint64     low, typical, high;
  gint64     rate;
  char      *description;
};

G_DEFINE_FINAL_TYPE (DaftarRangeBar, daftar_range_bar, GTK_TYPE_WIDGET)

/* Geometry */

typedef struct
{
  double   width;
  double   scale_min;     /* the values at the two ends of the drawn scale */
  double   scale_max;
  double   band_lo;       /* the bar's ends, as values */
  double   band_hi;
  gboolean clamped;
} Scale;

static void
compute_scale (DaftarRangeBar *self,
               double          width,
               Scale          *s)
{
  double lo, hi, pad;

  /* Only the drawing is in floating point; the amounts stay integers. */
  lo = self->has_low ? (double) self->low : self->has_typical ? (double) self->typical : (double) self->high;
  hi = self->has_high ? (double) self->high : self->has_typical ? (double) self->typical : (double) self->low;
  if (hi < lo)
    {
      double t = lo;
      lo = hi;
      hi = t;
    }

  pad = hi > lo ? (hi - lo) * PAD : MAX (fabs (lo) * PAD, 1.0);
  s->width = width;
  s->scale_min = lo - pad;
  s->scale_max = hi + pad;
  /* An open end runs to the end of the scale. */
  s->band_lo = self->has_low ? lo : self->has_high ? s->scale_min : lo;
  s->band_hi = self->has_high ? hi : self->has_low ? s->scale_max : hi;
  s->clamped = (double) self->rate < s->scale_min || (double) self->rate > s->scale_max;
}

/* Where @value goes, mirrored when the text runs from right to left. */
static double
value_x (DaftarRangeBar *self,
         const Scale    *s,
         double          value)
{
  double usable = MAX (0.0, s->width - 2 * INSET);
  double fraction = (value - s->scale_min) / (s->scale_max - s->scale_min);
  double x = INSET + CLAMP (fraction, 0.0, 1.0) * usable;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    return s->width - x;
  return x;
}

/* Text */

static char *
money_text (DaftarFormat *format,
            gint64        minor,
            const char   *currency)
{
  DaftarMoney money = { .minor = minor };
  g_autofree char *text = NULL;

  g_strlcpy (money.currency, currency, sizeof money.currency);
  text = daftar_format_money (format, &money);
  return daftar_text_isolate (text);
}

/**
 * daftar_range_bar_describe_band:
 *
 * Returns: the band in words, in @currency: "$35.00 – $50.00 (typical $40.00)"
 */
char *
daftar_range_bar_describe_band (DaftarFormat          *format,
                                const DaftarBandMatch *match,
                                const char            *currency)
{
  const DaftarRateBand *band = match->band;
  g_autofree char *l = band->has_low ? money_text (format, match->low_minor, currency) : NULL;
  g_autofree char *t = band->has_typical ? money_text (format, match->typical_minor, currency) : NULL;
  g_autofree char *h = band->has_high ? money_text (format, match->high_minor, currency) : NULL;

  return daftar_band_range_text (l, t, h, match->low_minor == match->high_minor);
}

static char *
describe (DaftarFormat          *format,
          const DaftarBandMatch *match,
          gint64                 rate_minor,
          const char            *currency)
{
  g_autofree char *rate = money_text (format, rate_minor, currency);
  g_autofree char *band = daftar_range_bar_describe_band (format, match, currency);
  gboolean typical_only = match->single_figure;

  switch (match->position)
    {
    case DAFTAR_BAND_POSITION_BELOW:
      return typical_only
        /* Translators: "Your effective rate $21.16 an hour is below the reported figure $40.00" */
        ? g_strdup_printf (_("Your effective rate %s an hour is below the reported figure %s"), rate, band)
        /* Translators: "Your effective rate $21.16 an hour is below the reported band $35.00 – $50.00 (typical $40.00)" */
        : g_strdup_printf (_("Your effective rate %s an hour is below the reported band %s"), rate, band);
    case DAFTAR_BAND_POSITION_ABOVE:
      return typical_only
        /* Translators: "Your effective rate $50.00 an hour is above the reported figure $40.00" */
        ? g_strdup_printf (_("Your effective rate %s an hour is above the reported figure %s"), rate, band)
        /* Translators: "Your effective rate $60.00 an hour is above the reported band $35.00 – $50.00" */
        : g_strdup_printf (_("Your effective rate %s an hour is above the reported band %s"), rate, band);
    case DAFTAR_BAND_POSITION_WITHIN:
    default:
      return typical_only
        /* Translators: "Your effective rate $40.00 an hour is the reported figure $40.00" */
        ? g_strdup_printf (_("Your effective rate %s an hour is the reported figure %s"), rate, band)
        /* Translators: "Your effective rate $40.00 an hour is within the reported band $35.00 – $50.00" */
        : g_strdup_printf (_("Your effective rate %s an hour is within the reported band %s"), rate, band);
    }
}

/* Drawing */

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h)
{
  double r = MIN (h, w) / 2;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, G_PI / 2);
  cairo_arc (cr, x + r, y + r, r, G_PI / 2, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
daftar_range_bar_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DaftarRangeBar *self = DAFTAR_RANGE_BAR (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double cy = height / 2;
  double x1, x2, mx;
  GdkRGBA fg, bar, track;
  cairo_t *cr;
  Scale s;

  if (!self->set || width <= 0 || height <= 0)
    return;

  daftar_theme_colors (GTK_WIDGET (self), &fg, &bar, NULL);
  compute_scale (self, width, &s);
  track = fg;
  track.alpha *= 0.15;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The scale, faint */
  gdk_cairo_set_source_rgba (cr, &track);
  rounded_rect (cr, INSET, cy - TRACK_HEIGHT / 2, MAX (0, width - 2 * INSET), TRACK_HEIGHT);
  cairo_fill (cr);

  /* The band */
  x1 = value_x (self, &s, s.band_lo);
  x2 = value_x (self, &s, s.band_hi);
  if (self->has_low || self->has_high)
    {
      gdk_cairo_set_source_rgba (cr, &bar);
      rounded_rect (cr, MIN (x1, x2), cy - BAR_HEIGHT / 2, MAX (BAR_HEIGHT, fabs (x2 - x1)), BAR_HEIGHT);
      cairo_fill (cr);
    }

  /* The typical figure */
  if (self->has_typical)
    {
      double tx = round (value_x (self, &s, (double) self->typical));
      GdkRGBA tick = fg;

      tick.alpha *= 0.8;
      gdk_cairo_set_source_rgba (cr, &tick);
      cairo_rectangle (cr, tx - 1, cy - TICK_HEIGHT / 2, 2, TICK_HEIGHT);
      cairo_fill (cr);
    }

  /* The user's rate: a dot, or an arrow at the end it is beyond */
  mx = value_x (self, &s, (double) self->rate);
  gdk_cairo_set_source_rgba (cr, &fg);
  if (s.clamped)
    {
      gboolean towards_left = ((double) self->rate < s.scale_min) ==
                              (gtk_widget_get_direction (widget) != GTK_TEXT_DIR_RTL);
      double dir = towards_left ? -1.0 : 1.0;

      cairo_move_to (cr, mx + dir * MARKER_RADIUS, cy);
      cairo_line_to (cr, mx - dir * MARKER_RADIUS, cy - MARKER_RADIUS);
      cairo_line_to (cr, mx - dir * MARKER_RADIUS, cy + MARKER_RADIUS);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
  else
    {
      cairo_arc (cr, mx, cy, MARKER_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  cairo_destroy (cr);
}

static void
daftar_range_bar_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 80;
      *natural = 180;
    }
  else
    {
      *minimum = *natural = (int) TICK_HEIGHT + 8;
    }
}

static void
daftar_range_bar_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (daftar_range_bar_parent_class)->direction_changed (widget, previous);
  gtk_widget_queue_draw (widget);
}

/* Object */

static void
daftar_range_bar_finalize (GObject *object)
{
  DaftarRangeBar *self = (DaftarRangeBar *)object;

  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (daftar_range_bar_parent_class)->finalize (object);
}

static void
daftar_range_bar_class_init (DaftarRangeBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = daftar_range_bar_finalize;
  widget_class->snapshot = daftar_range_bar_snapshot;
  widget_class->measure = daftar_range_bar_measure;
  widget_class->direction_changed = daftar_range_bar_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "rangebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
daftar_range_bar_init (DaftarRangeBar *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
daftar_range_bar_new (void)
{
  return g_object_new (DAFTAR_TYPE_RANGE_BAR, NULL);
}

/**
 * daftar_range_bar_set_match:
 * @match: a band and where @rate_minor stands against it, in @currency
 * @rate_minor: the user's effective hourly rate
 *
 * Shows @match, and names the widget with it for screen readers and in its tooltip.
 */
void
daftar_range_bar_set_match (DaftarRangeBar        *self,
                            DaftarFormat          *format,
                            const DaftarBandMatch *match,
                            gint64                 rate_minor,
                            const char            *currency)
{
  g_return_if_fail (DAFTAR_IS_RANGE_BAR (self));
  g_return_if_fail (match != NULL && match->band != NULL);
  g_return_if_fail (currency != NULL);

  self->set = match->band->has_low || match->band->has_typical || match->band->has_high;
  self->has_low = match->band->has_low;
  self->has_typical = match->band->has_typical;
  self->has_high = match->band->has_high;
  self->low = match->low_minor;
  self->typical = match->typical_minor;
  self->high = match->high_minor;
  self->rate = rate_minor;

  g_free (self->description);
  self->description = describe (format, match, rate_minor, currency);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->description, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->description);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
daftar_range_bar_get_description (DaftarRangeBar *self)
{
  g_return_val_if_fail (DAFTAR_IS_RANGE_BAR (self), NULL);

  return self->description;
}

/**
 * daftar_range_bar_get_positions:
 * @out_marker_x: (out) (optional): the centre of the user's rate marker
 * @out_low_x: (out) (optional): the band's low end (the scale's start when it has none)
 * @out_high_x: (out) (optional): the band's high end (the scale's end when it has none)
 * @out_clamped: (out) (optional): whether the rate is beyond the scale, drawn as an arrow
 *
 * For tests: where things are drawn at the widget's current width.
 *
 * Returns: FALSE when nothing is shown
 */
gboolean
daftar_range_bar_get_positions (DaftarRangeBar *self,
                                double         *out_marker_x,
                                double         *out_low_x,
                                double         *out_high_x,
                                gboolean       *out_clamped)
{
  Scale s;

  g_return_val_if_fail (DAFTAR_IS_RANGE_BAR (self), FALSE);

  if (!self->set)
    return FALSE;

  compute_scale (self, gtk_widget_get_width (GTK_WIDGET (self)), &s);
  if (out_marker_x)
    *out_marker_x = value_x (self, &s, (double) self->rate);
  if (out_low_x)
    *out_low_x = value_x (self, &s, s.band_lo);
  if (out_high_x)
    *out_high_x = value_x (self, &s, s.band_hi);
  if (out_clamped)
    *out_clamped = s.clamped;
  return TRUE;
}
