/* daftar-text.h — placing user text safely inside sentences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Room for a name; and for an excerpt of mistyped input in an error message. */
#define DAFTAR_ISOLATE_MAX_CHARS 64
#define DAFTAR_EXCERPT_MAX_CHARS 16

char *daftar_text_isolate   (const char *text);
char *daftar_text_isolate_n (const char *text,
                             guint       max_chars);

char *daftar_text_clean_name (const char *text);

char *daftar_text_sentence   (const char *text,
                              gboolean    rtl);

char *daftar_text_for_terminal (const char *text,
                                gssize      length);

G_END_DECLS
