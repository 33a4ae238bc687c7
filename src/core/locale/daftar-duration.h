/* daftar-duration.h — parsing and printing lengths of work time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-format.h"

G_BEGIN_DECLS

#define DAFTAR_DURATION_ERROR (daftar_duration_error_quark ())

typedef enum
{
  DAFTAR_DURATION_ERROR_EMPTY,
  DAFTAR_DURATION_ERROR_MALFORMED,
  DAFTAR_DURATION_ERROR_NEGATIVE,
  DAFTAR_DURATION_ERROR_TOO_LONG,
} DaftarDurationError;

/* The longest duration the parser accepts at all; session rules are stricter. */
#define DAFTAR_DURATION_MAX_SECONDS (G_GINT64_CONSTANT (366) * 24 * 3600)

GQuark    daftar_duration_error_quark  (void);
gboolean  daftar_duration_parse        (const char  *text,
                                        gint64      *out_seconds,
                                        DaftarFormat *format,
                                        GError     **error);
char     *daftar_duration_to_string    (gint64       seconds);

G_END_DECLS
