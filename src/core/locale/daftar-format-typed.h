/* daftar-format-typed.h — numbers as the user types them back, and percentages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-format.h"

G_BEGIN_DECLS

char *daftar_format_for_entry (DaftarFormat *self,
                               const char   *ascii);
char *daftar_format_percent   (DaftarFormat *self,
                               gint64        scaled,
                               int           decimals);

G_END_DECLS
