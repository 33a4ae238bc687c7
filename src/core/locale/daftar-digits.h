/* daftar-digits.h — normalising digits typed in Latin, Persian or Arabic-Indic script
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *daftar_digits_normalize            (const char *text);

G_END_DECLS
