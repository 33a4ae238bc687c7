/* daftar-fold.h — one key for text that differs only in case or composition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *daftar_fold          (const char *text,
                               gssize      length);
gboolean  daftar_fold_contains (const char *text,
                               gssize      length,
                               const char *key);

G_END_DECLS
