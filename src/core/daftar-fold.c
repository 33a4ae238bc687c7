/* daftar-fold.c — one key for text that differs only in case or composition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names are compared, and notes searched, by this key: Unicode's full case
 * folding between canonical decomposition and composition (NFC (fold (NFD (x)))),
 * with ICU. "Übersetzung" and "ÜBERSETZUNG", "Straße" and "STRASSE", "Привет" and
 * "привет" have one key. Both steps are stable across Unicode versions for
 * assigned characters, so keys stored in a ledger stay right.
 */
#define G_LOG_DOMAIN "daftar-fold"

#include "config.h"

#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "daftar-fold.h"

/* @text, @length UTF-16 units, normalized by @norm into a new buffer. */
static UChar *
normalize (const UNormalizer2 *norm,
           const UChar        *text,
           int32_t             length,
           int32_t            *out_length)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t capacity = length * 3 + 16;
  UChar *out = g_new (UChar, capacity);
  int32_t n = unorm2_normalize (norm, text, length, out, capacity, &status);

  if (status == U_BUFFER_OVERFLOW_ERROR)
    {
      status = U_ZERO_ERROR;
      g_free (out);
      capacity = n + 1;
      out = g_new (UChar, capacity);
      n = unorm2_normalize (norm, text, length, out, capacity, &status);
    }

  if (U_FAILURE (status))
    {
      g_free (out);
      return NULL;
    }

  *out_length = n;
  return out;
}

static UChar *
fold_case (const UChar *text,
           int32_t      length,
           int32_t     *out_length)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t capacity = length * 3 + 16;   /* a unit folds to at most three */
  UChar *out = g_new (UChar, capacity);
  int32_t n = u_strFoldCase (out, capacity, text, length, U_FOLD_CASE_DEFAULT, &status);

  if (U_FAILURE (status))
    {
      g_free (out);
      return NULL;
    }

  *out_length = n;
  return out;
}

static char *
fold_unicode (const char *text,
              gssize      length)
{
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfd = unorm2_getNFDInstance (&status);
  const UNormalizer2 *nfc = unorm2_getNFCInstance (&status);
  g_autofree UChar *utf16 = NULL;
  g_autofree UChar *decomposed = NULL;
  g_autofree UChar *folded = NULL;
  g_autofree UChar *composed = NULL;
  int32_t n = 0, n_decomposed = 0, n_folded = 0, n_composed = 0, n_utf8 = 0;
  char *utf8;

  if (U_FAILURE (status))
    return NULL;

  /* Broken UTF-8 (from a damaged or hostile ledger) becomes U+FFFD. */
  utf16 = g_new (UChar, length + 1);
  u_strFromUTF8WithSub (utf16, (int32_t) length + 1, &n, text, (int32_t) length,
                        0xFFFD, NULL, &status);
  if (U_FAILURE (status) ||
      !(decomposed = normalize (nfd, utf16, n, &n_decomposed)) ||
      !(folded = fold_case (decomposed, n_decomposed, &n_folded)) ||
      !(composed = normalize (nfc, folded, n_folded, &n_composed)))
    return NULL;

  u_strToUTF8 (NULL, 0, &n_utf8, composed, n_composed, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE (status))
    return NULL;
  status = U_ZERO_ERROR;
  utf8 = g_new (char, n_utf8 + 1);
  u_strToUTF8 (utf8, n_utf8 + 1, NULL, composed, n_composed, &status);
  if (U_FAILURE (status))
    {
      g_free (utf8);
      return NULL;
    }

  return utf8;
}

/**
 * daftar_fold:
 * @text: (nullable): UTF-8 text; broken sequences count as U+FFFD
 * @length: its length in bytes, or -1 when nul-terminated
 *
 * Returns: (transfer full): the key @text is compared by; "" for %NULL
 */
char *
daftar_fold (const char *text,
             gssize      length)
{
  char *folded;

  if (text == NULL)
    return g_strdup ("");
  if (length < 0)
    length = (gssize) strlen (text);
  if (length > G_MAXINT32 / 4)
    length = G_MAXINT32 / 4;

  /* ASCII, the common case, is already composed and folds to lower case. */
  for (gssize i = 0; i < length; i++)
    if ((guchar) text[i] >= 0x80)
      {
        folded = fold_unicode (text, length);
        return folded ? folded : g_strndup (text, length);
      }

  return g_ascii_strdown (text, length);
}
