/* daftar-sample.h — a realistic month of freelance work, to try Daftar with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_SAMPLE_ERROR (daftar_sample_error_quark ())

typedef enum
{
  DAFTAR_SAMPLE_ERROR_NOT_EMPTY,
} DaftarSampleError;

GQuark   daftar_sample_error_quark (void);

gboolean daftar_sample_fill        (DaftarStore  *store,
                                    const GDate  *today,
                                    GError      **error);

G_END_DECLS
