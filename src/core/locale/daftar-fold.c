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
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "daftar-fold.h"

/* A buffer on the stack for short text, on the heap for long: the search folds
 * every note it reads, and most are short. */
typedef struct
{
  UChar    stack[256];
  UChar   *data;
  int32_t  capacity;
} Buffer;

static UChar *
buffer_reserve (Buffer  *buffer,
                int32_t  capacity)
{
  if (buffer->data != NULL && buffer->data != buffer->stack)
    g_free (buffer->data);

  if (capacity <= (int32_t) G_N_ELEMENTS (buffer->stack))
    {
      buffer->data = buffer->stack;
      buffer->capacity = G_N_ELEMENTS (buffer->stack);
    }
  else
    {
      buffer->data = g_new (UChar, capacity);
      buffer->capacity = capacity;
    }

  return buffer->data;
}

static void
buffer_clear (Buffer *buffer)
{
  if (buffer->data != buffer->stack)
    g_free (buffer->data);
  buffer->data = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Buffer, buffer_clear)

/* @text, @length UTF-16 units, normalized by @norm into @out. */
static gboolean
normalize (const UNormalizer2 *norm,
           const UChar        *text,
           int32_t             length,
           Buffer             *out,
           int32_t            *out_length)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t n;

  buffer_reserve (out, length * 2 + 16);
  n = unorm2_normalize (norm, text, length, out->data, out->capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR)
    {
      status = U_ZERO_ERROR;
      buffer_reserve (out, n + 1);
      n = unorm2_normalize (norm, text, length, out->data, out->capacity, &status);
    }

  *out_length = n;
  return U_SUCCESS (status);
}

/* NFC (fold (NFD (@text))) in UTF-16, into @out */
static gboolean
fold_utf16 (const char *text,
            int32_t     length,
            Buffer     *out,
            int32_t    *out_length)
{
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfd = unorm2_getNFDInstance (&status);
  const UNormalizer2 *nfc = unorm2_getNFCInstance (&status);
  g_auto(Buffer) utf16 = { .data = NULL };
  g_auto(Buffer) decomposed = { .data = NULL };
  g_auto(Buffer) folded = { .data = NULL };
  int32_t n = 0, n_decomposed = 0, n_folded = 0;

  if (U_FAILURE (status))
    return FALSE;

  /* Broken UTF-8 (from a damaged or hostile ledger) becomes U+FFFD. */
  buffer_reserve (&utf16, length + 1);
  u_strFromUTF8WithSub (utf16.data, utf16.capacity, &n, text, length, 0xFFFD, NULL, &status);
  if (U_FAILURE (status) ||
      !normalize (nfd, utf16.data, n, &decomposed, &n_decomposed))
    return FALSE;

  /* A unit folds to at most three. */
  buffer_reserve (&folded, n_decomposed * 3 + 16);
  n_folded = u_strFoldCase (folded.data, folded.capacity, decomposed.data, n_decomposed,
                            U_FOLD_CASE_DEFAULT, &status);
  if (U_FAILURE (status))
    return FALSE;

  return normalize (nfc, folded.data, n_folded, out, out_length);
}

static char *
fold_unicode (const char *text,
              gssize      length)
{
  UErrorCode status = U_ZERO_ERROR;
  g_auto(Buffer) composed = { .data = NULL };
  int32_t n_composed = 0, n_utf8 = 0;
  char *utf8;

  if (!fold_utf16 (text, (int32_t) length, &composed, &n_composed))
    return NULL;

  /* UTF-8 takes at most three bytes for a UTF-16 unit. */
  utf8 = g_new (char, (gsize) n_composed * 3 + 1);
  u_strToUTF8 (utf8, n_composed * 3 + 1, &n_utf8, composed.data, n_composed, &status);
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

/* Whether @text (valid UTF-8 or not) is its own key: composed, and unchanged by
 * folding. Most Persian and Arabic text is, and is searched without a copy. */
static gboolean
is_own_key (const char *text,
            gssize      length)
{
  int32_t i = 0;

  while (i < length)
    {
      UChar32 c;

      U8_NEXT (text, i, (int32_t) length, c);
      if (c < 0 ||
          u_hasBinaryProperty (c, UCHAR_CHANGES_WHEN_CASEFOLDED) ||
          u_getIntPropertyValue (c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
          u_getCombiningClass (c) != 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * daftar_fold_contains:
 * @text: (nullable): UTF-8 text, as for daftar_fold()
 * @length: its length in bytes, or -1 when nul-terminated
 * @key: a key from daftar_fold(), not empty
 *
 * Whether daftar_fold (@text) contains @key: the search over notes, without a
 * copy of each note when it is ASCII or already its own key.
 */
gboolean
daftar_fold_contains (const char *text,
                      gssize      length,
                      const char *key)
{
  gsize key_length = strlen (key);
  gboolean ascii = TRUE, key_ascii = TRUE;

  if (text == NULL)
    return FALSE;
  if (length < 0)
    length = (gssize) strlen (text);
  if (length > G_MAXINT32 / 4)
    length = G_MAXINT32 / 4;

  for (gssize i = 0; i < length && ascii; i++)
    ascii = (guchar) text[i] < 0x80;
  for (gsize i = 0; i < key_length && key_ascii; i++)
    key_ascii = (guchar) key[i] < 0x80;

  if (ascii)
    {
      /* ASCII folds to ASCII: lower case, compared in place. */
      if (!key_ascii)
        return FALSE;
      for (gssize i = 0; i + (gssize) key_length <= length; i++)
        {
          gsize j = 0;

          while (j < key_length && g_ascii_tolower (text[i + j]) == key[j])
            j++;
          if (j == key_length)
            return TRUE;
        }
      return FALSE;
    }

  if (is_own_key (text, length))
    return g_strstr_len (text, length, key) != NULL;

  {
    UErrorCode status = U_ZERO_ERROR;
    g_auto(Buffer) composed = { .data = NULL };
    char stack[768];
    g_autofree char *heap = NULL;
    char *folded = stack;
    int32_t n_composed = 0, capacity;

    if (!fold_utf16 (text, (int32_t) length, &composed, &n_composed))
      return FALSE;

    capacity = n_composed * 3 + 1;
    if (capacity > (int32_t) sizeof stack)
      folded = heap = g_new (char, capacity);
    u_strToUTF8 (folded, capacity, NULL, composed.data, n_composed, &status);

    return U_SUCCESS (status) && strstr (folded, key) != NULL;
  }
}
