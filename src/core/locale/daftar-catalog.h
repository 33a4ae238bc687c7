/* daftar-catalog.h — one language's messages, for a document in a language other than the UI's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DaftarCatalog DaftarCatalog;

DaftarCatalog *daftar_catalog_new      (const char    *language);
const char    *daftar_catalog_get_language (DaftarCatalog *self);
const char    *daftar_catalog_gettext  (DaftarCatalog *self,
                                        const char    *msgid) G_GNUC_FORMAT (2);
void           daftar_catalog_free     (DaftarCatalog *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarCatalog, daftar_catalog_free)

G_END_DECLS
