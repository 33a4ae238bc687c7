/* daftar-text.h — placing user text safely inside sentences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DAFTAR_ISOLATE_MAX_CHARS 64

char *daftar_text_isolate (const char *text);

G_END_DECLS
