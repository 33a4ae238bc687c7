/* daftar-earnings-chart.c — net over time, by day, week or month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-dates.h"
#include "daftar-earnings-text.h"
#include "daftar-market-sources.h"
#include "daftar-plain-text.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-range-bar.h"
#include "daftar-rates-dialog.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-earnings-chart.h"

struct _DaftarEarningsChart
{
  AdwBin              parent_instance;

  GtkLabel            *chart_title;
  DaftarBarChart      *chart;
};

G_DEFINE_FINAL_TYPE (DaftarEarningsChart, daftar_earnings_chart, ADW_TYPE_BIN)

/* More bars than this would be thinner than a pixel on most screens. */
#define MAX_BUCKETS 400

static void
bucket_labels (DaftarBucket  bucket,
               DaftarDay     first,
               DaftarDay     last,
               char        **out_label,
               char        **out_short)
{
  DaftarFormat *format = daftar_ui_format_get ();
  GDate a, b;
  int year, month, day;

  daftar_day_to_date (first, &a);
  daftar_day_to_date (last, &b);

  switch (bucket)
    {
    case DAFTAR_BUCKET_DAY:
      daftar_calendar_to_ymd (daftar_format_get_calendar (format), &a, &year, &month, &day);
      *out_label = daftar_format_date (format, &a, DAFTAR_DATE_STYLE_LONG);
      *out_short = daftar_format_integer (format, day);
      break;

    case DAFTAR_BUCKET_WEEK:
      *out_label = daftar_format_period_label (format, &a, &b);
      *out_short = daftar_format_date (format, &a, DAFTAR_DATE_STYLE_MEDIUM);
      break;

    case DAFTAR_BUCKET_MONTH:
    default:
      *out_label = daftar_format_date (format, &a, DAFTAR_DATE_STYLE_MONTH_YEAR);
      *out_short = g_strdup (*out_label);
      break;
    }
}

/* The last day of the bucket that starts on @start. */
static DaftarDay
bucket_end (DaftarBucket bucket,
            DaftarDay    start)
{
  DaftarFormat *format = daftar_ui_format_get ();
  GDate probe, next;

  switch (bucket)
    {
    case DAFTAR_BUCKET_DAY:
      return start;

    case DAFTAR_BUCKET_WEEK:
      return start + 6;

    case DAFTAR_BUCKET_MONTH:
    default:
      /* No month of any calendar here is longer than 31 days or shorter than 29. */
      daftar_day_to_date (start + 31, &probe);
      daftar_period_bucket_start (DAFTAR_BUCKET_MONTH, daftar_format_get_calendar (format),
                                  daftar_format_get_locale (format), &probe, &next);
      return daftar_day_from_date (&next) - 1;
    }
}

/* Net per day, week or month, each worked out over the same rows as the whole period
 * so that the bars add up to the total, AI subscriptions and fee tiers included. */
void
daftar_earnings_chart_show (DaftarEarningsChart       *self,
                            const DaftarEarningsInput *input)
{
  DaftarFormat *format = daftar_ui_format_get ();
  g_autoptr(GArray) bars = g_array_new (FALSE, TRUE, sizeof (DaftarBarChartBar));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gint64 n_days = (gint64) input->to - input->from + 1;
  DaftarBucket bucket = n_days <= 31 ? DAFTAR_BUCKET_DAY
                      : n_days <= 100 ? DAFTAR_BUCKET_WEEK
                      : DAFTAR_BUCKET_MONTH;
  const char *title;

  for (DaftarDay day = input->from; day <= input->to && bars->len < MAX_BUCKETS;)
    {
      g_autoptr(DaftarEarningsReport) part = NULL;
      g_autoptr(GError) error = NULL;
      DaftarEarningsInput sub = *input;
      DaftarBarChartBar bar = { 0 };
      GDate date, start;
      DaftarDay first, last;
      char *label, *short_label;

      daftar_day_to_date (day, &date);
      daftar_period_bucket_start (bucket, daftar_format_get_calendar (format),
                                  daftar_format_get_locale (format), &date, &start);
      first = MAX (daftar_day_from_date (&start), input->from);
      last = MIN (bucket_end (bucket, daftar_day_from_date (&start)), input->to);
      if (last < first)
        last = first;

      /* A shallow copy: the rows stay the input's. */
      sub.from = first;
      sub.to = last;
      sub.by = DAFTAR_EARNINGS_BY_AI;
      if ((part = daftar_earnings_compute (&sub, &error)) != NULL)
        bar.value = part->totals->net_minor;
      else
        g_warning ("Working out %d–%d: %s", first, last, error->message);

      bucket_labels (bucket, first, last, &label, &short_label);
      bar.label = label;
      bar.short_label = short_label;
      bar.value_text = daftar_earnings_text_money (bar.value, input->currency);
      g_ptr_array_add (texts, label);
      g_ptr_array_add (texts, short_label);
      g_ptr_array_add (texts, (char *) bar.value_text);
      g_array_append_val (bars, bar);

      day = last + 1;
    }

  title = bucket == DAFTAR_BUCKET_DAY ? _("Net by Day")
        : bucket == DAFTAR_BUCKET_WEEK ? _("Net by Week")
        : _("Net by Month");
  gtk_label_set_text (self->chart_title, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  daftar_bar_chart_set_bars (self->chart, (const DaftarBarChartBar *) bars->data, bars->len);
}

/**
 * daftar_earnings_chart_get_chart:
 *
 * Returns: (transfer none): the bar chart
 */
DaftarBarChart *
daftar_earnings_chart_get_chart (DaftarEarningsChart *self)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_CHART (self), NULL);
  return self->chart;
}

static void
daftar_earnings_chart_class_init (DaftarEarningsChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (DAFTAR_TYPE_BAR_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-earnings-chart.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsChart, chart_title);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsChart, chart);
}

static void
daftar_earnings_chart_init (DaftarEarningsChart *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
