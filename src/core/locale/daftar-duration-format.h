/* daftar-duration-format.h — durations as the user's locale writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-format.h"

G_BEGIN_DECLS

char *daftar_format_duration (DaftarFormat *self,
                              gint64        seconds);
char *daftar_format_hours    (DaftarFormat *self,
                              gint64        seconds);

G_END_DECLS
