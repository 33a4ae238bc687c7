/* daftar-catalog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gettext picks one language for the whole process, from the environment. A statement
 * or an invoice has its own language, chosen per document: an English invoice for a
 * Persian-speaking user. So documents read their words from the same compiled catalog
 * (daftar.mo, in the directory the text domain is bound to) by hand: the GNU .mo format
 * is a header and two tables of (length, offset) pairs. English, or a language without
 * a catalog, is the msgids themselves.
 */
#define G_LOG_DOMAIN "daftar-catalog"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-catalog.h"

#define MO_MAGIC 0x950412deU

struct _DaftarCatalog
{
  char       *language;
  GBytes     *bytes;      /* the file; the table points into it */
  GHashTable *messages;   /* msgid → msgstr, both in @bytes */
};

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* The string a table entry points to, NUL-terminated inside the file; else NULL. */
static const char *
entry_string (const guint8 *data,
              gsize         size,
              gsize         table,
              guint32       index,
              gboolean      swapped)
{
  gsize entry = table + (gsize) index * 8;
  guint32 length, offset;

  if (entry + 8 > size)
    return NULL;
  length = read_u32 (data, entry, swapped);
  offset = read_u32 (data, entry + 4, swapped);
  if ((gsize) offset + length >= size || data[offset + length] != '\0')
    return NULL;
  return (const char *) data + offset;
}

static void
load (DaftarCatalog *self,
      const char    *path)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  const guint8 *data;
  gsize size;
  guint32 n, originals, translations;
  gboolean swapped;

  if (file == NULL)
    return;

  self->bytes = g_mapped_file_get_bytes (file);
  data = g_bytes_get_data (self->bytes, &size);
  if (size < 20)
    return;

  swapped = read_u32 (data, 0, FALSE) != MO_MAGIC;
  if (read_u32 (data, 0, swapped) != MO_MAGIC)
    return;
  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);

  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid = entry_string (data, size, originals, i, swapped);
      const char *msgstr = entry_string (data, size, translations, i, swapped);

      /* Plural entries hold their forms separated by NULs: the first is the singular's
       * translation, and only messages without plurals are looked up here. */
      if (msgid != NULL && msgstr != NULL && msgid[0] != '\0' && msgstr[0] != '\0')
        g_hash_table_insert (self->messages, (gpointer) msgid, (gpointer) msgstr);
    }
}

/**
 * daftar_catalog_new:
 * @language: "en", "fa", "ar"…
 *
 * Returns: (transfer full): the messages of @language, from the catalogs the process's
 *   text domain is bound to
 */
DaftarCatalog *
daftar_catalog_new (const char *language)
{
  DaftarCatalog *self = g_new0 (DaftarCatalog, 1);
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);

  self->language = g_strdup (language);
  self->messages = g_hash_table_new (g_str_hash, g_str_equal);

  if (dir != NULL && !g_str_equal (language, "en"))
    {
      g_autofree char *path = g_build_filename (dir, language, "LC_MESSAGES",
                                                GETTEXT_PACKAGE ".mo", NULL);

      load (self, path);
    }

  return self;
}

const char *
daftar_catalog_get_language (DaftarCatalog *self)
{
  return self->language;
}

/**
 * daftar_catalog_gettext:
 *
 * Returns: @msgid in the catalog's language, or @msgid itself
 */
const char *
daftar_catalog_gettext (DaftarCatalog *self,
                        const char    *msgid)
{
  const char *msgstr = g_hash_table_lookup (self->messages, msgid);

  return msgstr != NULL ? msgstr : msgid;
}

void
daftar_catalog_free (DaftarCatalog *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->messages);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->language);
  g_free (self);
}
