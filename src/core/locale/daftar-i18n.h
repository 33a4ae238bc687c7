/* daftar-i18n.h — the process's locale and message catalogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean daftar_i18n_init (const char *localedir);

char    *daftar_i18n_language_from_locale (const char *locale);

G_END_DECLS
