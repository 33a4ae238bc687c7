/* daftar-validation-error.c — the error every check of what the user typed reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-validation-error.h"

G_DEFINE_QUARK (daftar-validation-error-quark, daftar_validation_error)
