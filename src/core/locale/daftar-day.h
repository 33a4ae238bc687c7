/* daftar-day.h — calendar days as plain integers, for reports and rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Days since 1970-01-01 in the proleptic Gregorian calendar: 0 is 1970-01-01,
 * 20089 is 2025-01-01. A session's day is the day it started on, in the UTC
 * offset it was logged with. */
typedef gint32 DaftarDay;

#define DAFTAR_DAY_MIN 0         /* 1970-01-01 */
#define DAFTAR_DAY_MAX 2932896   /* 9999-12-31 */
#define DAFTAR_DAY_ISO_LEN 11    /* "YYYY-MM-DD" and its NUL */

gboolean  daftar_day_from_iso        (const char  *text,
                                      DaftarDay   *out);
void      daftar_day_to_iso          (DaftarDay    day,
                                      char         out[DAFTAR_DAY_ISO_LEN]);
DaftarDay daftar_day_from_date       (const GDate *date);
void      daftar_day_to_date         (DaftarDay    day,
                                      GDate       *out);
DaftarDay daftar_day_from_utc        (gint64       utc,
                                      gint32       utc_offset);
DaftarDay daftar_day_month_start     (DaftarDay    day);
DaftarDay daftar_day_month_end       (DaftarDay    day);

G_END_DECLS
