/* daftar-earnings-series.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The net of a period cut into days (a month or less), weeks (up to 100 days) or
 * months, in the format's calendar. Each part is worked out over the same rows as the
 * whole period, so the parts add up to the total, AI subscriptions and fee tiers
 * included. The Earnings page's chart and the printed statement's chart both come
 * from here.
 */
#define G_LOG_DOMAIN "daftar-earnings"

#include "config.h"

#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-earnings-series.h"
#include "daftar-money-format.h"

static void
clear_point (gpointer data)
{
  DaftarSeriesPoint *point = data;

  g_free (point->label);
  g_free (point->short_label);
  g_free (point->value_text);
}

static void
bucket_labels (DaftarFormat *format,
               DaftarBucket  bucket,
               DaftarDay     first,
               DaftarDay     last,
               char        **out_label,
               char        **out_short)
{
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
bucket_end (DaftarFormat *format,
            DaftarBucket  bucket,
            DaftarDay     start)
{
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

/**
 * daftar_earnings_series_new:
 * @input: the period's rows, as for daftar_earnings_compute()
 * @format: the calendar, the first weekday and the text
 * @max_points: at most this many parts
 *
 * Returns: (transfer full): net per part of the period, or %NULL with @error set
 */
DaftarEarningsSeries *
daftar_earnings_series_new (const DaftarEarningsInput *input,
                            DaftarFormat              *format,
                            guint                      max_points,
                            GError                   **error)
{
  g_autoptr(DaftarEarningsSeries) series = g_new0 (DaftarEarningsSeries, 1);
  gint64 n_days = (gint64) input->query.to - input->query.from + 1;

  series->bucket = n_days <= 31 ? DAFTAR_BUCKET_DAY
                 : n_days <= 100 ? DAFTAR_BUCKET_WEEK
                 : DAFTAR_BUCKET_MONTH;
  series->points = g_array_new (FALSE, TRUE, sizeof (DaftarSeriesPoint));
  g_array_set_clear_func (series->points, clear_point);

  for (DaftarDay day = input->query.from; day <= input->query.to && series->points->len < max_points;)
    {
      g_autoptr(DaftarEarningsReport) part = NULL;
      DaftarEarningsInput sub = *input;
      DaftarSeriesPoint point = { 0 };
      DaftarMoney money = { 0 };
      GDate date, start;

      daftar_day_to_date (day, &date);
      daftar_period_bucket_start (series->bucket, daftar_format_get_calendar (format),
                                  daftar_format_get_locale (format), &date, &start);
      point.first = MAX (daftar_day_from_date (&start), input->query.from);
      point.last = MIN (bucket_end (format, series->bucket, daftar_day_from_date (&start)), input->query.to);
      if (point.last < point.first)
        point.last = point.first;

      /* A shallow copy: the rows stay the input's. */
      sub.query.from = point.first;
      sub.query.to = point.last;
      sub.query.by = DAFTAR_EARNINGS_BY_AI;
      if (!(part = daftar_earnings_compute (&sub, error)))
        return NULL;

      point.net_minor = part->totals->net_minor;
      money.minor = point.net_minor;
      g_strlcpy (money.currency, input->query.currency, sizeof money.currency);
      point.value_text = daftar_format_money (format, &money);
      bucket_labels (format, series->bucket, point.first, point.last,
                     &point.label, &point.short_label);
      g_array_append_val (series->points, point);

      day = point.last + 1;
    }

  return g_steal_pointer (&series);
}

void
daftar_earnings_series_free (DaftarEarningsSeries *series)
{
  if (series == NULL)
    return;

  g_clear_pointer (&series->points, g_array_unref);
  g_free (series);
}
