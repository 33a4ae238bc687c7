/* daftar-data-error.h — what is wrong with a data file: the fee rules or the market dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both files are in data/market/README.md's format and are refused for the same
 * three reasons; their readers share daftar-data-read.h.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DAFTAR_DATA_ERROR (daftar_data_error_quark ())

typedef enum
{
  DAFTAR_DATA_ERROR_MALFORMED,   /* not JSON, or not the expected shape */
  DAFTAR_DATA_ERROR_SCHEMA,      /* a schema version this Daftar can't read */
  DAFTAR_DATA_ERROR_INVALID,     /* an entry breaks a rule: a negative rate, bad tiers… */
} DaftarDataError;

GQuark daftar_data_error_quark (void);

G_END_DECLS
