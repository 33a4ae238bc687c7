/* daftar-digits.h — normalising digits typed in Latin, Persian or Arabic-Indic script
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many characters of user input daftar_digits_excerpt_for_message() quotes. */
#define DAFTAR_DIGITS_EXCERPT_MAX_CHARS 16

char *daftar_digits_normalize            (const char *text);
char *daftar_digits_excerpt_for_message  (const char *text);

G_END_DECLS
