/* daftar-earnings-chart.c — net over time, by day, week or month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-dates.h"
#include "daftar-earnings-series.h"
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

/**
 * daftar_earnings_chart_show:
 * @series: (nullable): net per day, week or month, from the same core code as the
 *   printed statement (daftar_earnings_series_new(), at most
 *   %DAFTAR_EARNINGS_CHART_MAX_BARS points), worked out with the page's report;
 *   %NULL when it could not be: no bars
 */
void
daftar_earnings_chart_show (DaftarEarningsChart        *self,
                            const DaftarEarningsSeries *series)
{
  g_autoptr(GArray) bars = g_array_new (FALSE, TRUE, sizeof (DaftarBarChartBar));
  DaftarBucket bucket = DAFTAR_BUCKET_MONTH;
  const char *title;

  if (series != NULL)
    {
      bucket = series->bucket;
      for (guint i = 0; i < series->points->len; i++)
        {
          const DaftarSeriesPoint *point = &g_array_index (series->points, DaftarSeriesPoint, i);
          DaftarBarChartBar bar = {
            .label = point->label,
            .short_label = point->short_label,
            .value_text = point->value_text,
            .value = point->net_minor,
          };

          g_array_append_val (bars, bar);
        }
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
