/* daftar-earnings-series.h — net per day, week or month of a period, for the charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-earnings.h"
#include "daftar-format.h"
#include "daftar-period.h"

G_BEGIN_DECLS

typedef struct
{
  DaftarDay  first;
  DaftarDay  last;
  gint64     net_minor;
  char      *label;        /* "March 2025" */
  char      *short_label;  /* under the bar: "Mar" or "21" */
  char      *value_text;   /* the net as @format writes money */
} DaftarSeriesPoint;

typedef struct
{
  DaftarBucket  bucket;
  GArray       *points;   /* DaftarSeriesPoint, first in time first */
} DaftarEarningsSeries;

DaftarEarningsSeries *daftar_earnings_series_new  (const DaftarEarningsInput *input,
                                                   DaftarFormat              *format,
                                                   guint                      max_points,
                                                   GError                   **error);
void                  daftar_earnings_series_free (DaftarEarningsSeries      *series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarEarningsSeries, daftar_earnings_series_free)

G_END_DECLS
