/* daftar-date-format.h — days, times and periods in the user's calendar and digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-format.h"

G_BEGIN_DECLS

/* Examples are for 2025-03-21 in en_US (Gregorian), fa_IR (Persian) and ar_SA (Umm al-Qura),
 * as ICU 72 writes them; ICU's direction marks are left out here. */
typedef enum
{
  DAFTAR_DATE_STYLE_FULL,         /* Friday, March 21, 2025 · ۱۴۰۴ فروردین ۱, جمعه */
  DAFTAR_DATE_STYLE_LONG,         /* March 21, 2025 · ۱ فروردین ۱۴۰۴ · ٢١ رمضان ١٤٤٦ هـ */
  DAFTAR_DATE_STYLE_MEDIUM,       /* Mar 21, 2025 · ۱ فروردین ۱۴۰۴ */
  DAFTAR_DATE_STYLE_SHORT,        /* 3/21/25 · ۱۴۰۴/۱/۱ · ٢١/٩/١٤٤٦ هـ */
  DAFTAR_DATE_STYLE_NUMERIC,      /* 2025-03-21 · ۱۴۰۴/۰۱/۰۱ · ١٤٤٦/٠٩/٢١: what parsing reads */
  DAFTAR_DATE_STYLE_MONTH_YEAR,   /* March 2025 · فروردین ۱۴۰۴ · رمضان ١٤٤٦ هـ */
  DAFTAR_DATE_STYLE_YEAR,         /* 2025 · ۱۴۰۴ · ١٤٤٦ هـ */
  DAFTAR_DATE_STYLE_DAY,          /* Friday, March 21, 2025 · جمعه ۱ فروردین ۱۴۰۴: a day's heading */
  DAFTAR_N_DATE_STYLES
} DaftarDateStyle;

char *daftar_format_date         (DaftarFormat    *self,
                                  const GDate     *day,
                                  DaftarDateStyle  style);
char *daftar_format_time         (DaftarFormat    *self,
                                  gint64           utc,
                                  gint32           offset);
char *daftar_format_period_label (DaftarFormat    *self,
                                  const GDate     *first,
                                  const GDate     *last);

G_END_DECLS
