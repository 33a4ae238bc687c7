/* daftar-keys.h — the stable keys that name an enum's values in settings, JSON and options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a key is matched: letter for letter, or ASCII letters in either case. */
typedef enum
{
  DAFTAR_KEYS_EXACT,
  DAFTAR_KEYS_ANY_CASE,
} DaftarKeysMatch;

gboolean daftar_keys_lookup (const char * const *keys,
                             guint               n_keys,
                             const char         *key,
                             DaftarKeysMatch     match,
                             guint              *out_index);

/**
 * DAFTAR_DECLARE_KEYS:
 * @TypeName: an enum, like `DaftarRateUnit`
 * @type_name: its prefix, like `daftar_rate_unit`
 *
 * Declares `type_name_to_key ()`, the key of a value, and `type_name_from_key ()`,
 * %TRUE with the value a key names (%NULL names none; the value is left alone then).
 */
#define DAFTAR_DECLARE_KEYS(TypeName, type_name)                          \
  const char *type_name##_to_key   (TypeName    value);                   \
  gboolean    type_name##_from_key (const char *key,                      \
                                    TypeName   *out);

/**
 * DAFTAR_DEFINE_KEYS:
 * @TypeName: an enum whose values run from 0
 * @type_name: its prefix
 * @keys: a `static const char * const` array, one key a value, in the enum's order
 * @match: a #DaftarKeysMatch
 *
 * Defines the two functions DAFTAR_DECLARE_KEYS() declares, over @keys.
 */
#define DAFTAR_DEFINE_KEYS(TypeName, type_name, keys, match)              \
  const char *                                                            \
  type_name##_to_key (TypeName value)                                     \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (keys), NULL);     \
    return (keys)[value];                                                 \
  }                                                                       \
                                                                          \
  gboolean                                                                \
  type_name##_from_key (const char *key,                                  \
                        TypeName   *out)                                  \
  {                                                                       \
    guint found;                                                          \
                                                                          \
    g_return_val_if_fail (out != NULL, FALSE);                            \
                                                                          \
    if (!daftar_keys_lookup ((keys), G_N_ELEMENTS (keys), key, (match),   \
                             &found))                                     \
      return FALSE;                                                       \
    *out = (TypeName) found;                                              \
    return TRUE;                                                          \
  }

G_END_DECLS
