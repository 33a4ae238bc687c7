/* daftar-int64.h — integer arithmetic that cannot overflow silently
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DAFTAR_INT64_MAGNITUDE_MAX_POSITIVE ((guint64) G_MAXINT64)
#define DAFTAR_INT64_MAGNITUDE_MAX_NEGATIVE ((guint64) G_MAXINT64 + 1)

guint64     daftar_int64_magnitude           (gint64        value);
gint64      daftar_int64_from_magnitude      (guint64       magnitude,
                                              gboolean      negative);
int         daftar_int64_compare             (gint64        a,
                                              gint64        b);
gboolean    daftar_int64_add_checked         (gint64        a,
                                              gint64        b,
                                              gint64       *out);
gboolean    daftar_int64_sub_checked         (gint64        a,
                                              gint64        b,
                                              gint64       *out);
gboolean    daftar_int64_mul_checked         (gint64        a,
                                              gint64        b,
                                              gint64       *out);
gboolean    daftar_int64_mul_div_round       (gint64        value,
                                              gint64        mul,
                                              gint64        div,
                                              gint64       *out);

G_END_DECLS
