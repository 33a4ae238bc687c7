/* daftar-keys.c — finding a value by its stable key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-keys"

#include <string.h>

#include "daftar-keys.h"

/**
 * daftar_keys_lookup:
 * @keys: (array length=n_keys): one key a value, in the enum's order
 * @key: (nullable): the key to find
 * @match: whether case matters
 * @out_index: (out): the position of @key in @keys, written only when found
 *
 * Returns: %TRUE if @key is one of @keys; %NULL never is
 */
gboolean
daftar_keys_lookup (const char * const *keys,
                    guint               n_keys,
                    const char         *key,
                    DaftarKeysMatch     match,
                    guint              *out_index)
{
  g_return_val_if_fail (keys != NULL, FALSE);
  g_return_val_if_fail (out_index != NULL, FALSE);

  if (key == NULL)
    return FALSE;

  for (guint i = 0; i < n_keys; i++)
    {
      if (match == DAFTAR_KEYS_ANY_CASE ? g_ascii_strcasecmp (key, keys[i]) == 0
                                        : strcmp (key, keys[i]) == 0)
        {
          *out_index = i;
          return TRUE;
        }
    }

  return FALSE;
}
