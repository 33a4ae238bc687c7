/* daftar-dates.h — typed dates and times, and the step from local time to UTC
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-format.h"

G_BEGIN_DECLS

void      daftar_date_from_date_time (GDateTime   *dt,
                                      GDate       *out);
void      daftar_date_today          (GDate       *out);
gboolean  daftar_date_parse_iso      (const char  *text,
                                      GDate       *out,
                                      GError     **error);
gboolean  daftar_time_parse          (const char  *text,
                                      int         *out_hour,
                                      int         *out_minute,
                                      DaftarFormat *format,
                                      GError     **error);
gboolean  daftar_local_to_utc        (const GDate *date,
                                      int          hour,
                                      int          minute,
                                      GTimeZone   *tz,
                                      gint64      *out_utc,
                                      gint32      *out_offset,
                                      GError     **error);
gboolean  daftar_local_to_utc_forward (const GDate *date,
                                       int          hour,
                                       int          minute,
                                       GTimeZone   *tz,
                                       gint64      *out_utc,
                                       gint32      *out_offset,
                                       GError     **error);
gboolean  daftar_date_range_to_utc   (const GDate *from,
                                      const GDate *to,
                                      GTimeZone   *tz,
                                      gint64      *out_from_utc,
                                      gint64      *out_to_utc);
char     *daftar_utc_to_iso_local    (gint64       utc,
                                      gint32       offset);

gboolean  daftar_format_parse_date    (DaftarFormat  *self,
                                      const char    *text,
                                      GDate         *out,
                                      GError       **error);

G_END_DECLS
