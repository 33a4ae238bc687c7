/* daftar-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-text"

#include "config.h"

#include <string.h>

#include "daftar-text.h"

/**
 * daftar_text_isolate_n:
 * @text: (nullable): text from the user or a file, in any state
 * @max_chars: how many characters to keep
 *
 * Makes a copy of @text that is safe to place inside a sentence: bytes that are
 * not UTF-8 become U+FFFD, control characters become spaces, format characters
 * (bidi overrides and isolates among them) are dropped except the ZERO WIDTH
 * (NON-)JOINER that Persian spelling needs, the result is cut to @max_chars
 * characters with “…” appended, and it is wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE so that right-to-left text does not reorder the
 * sentence around it, and vice versa.
 *
 * Returns: (transfer full): the isolated text, never %NULL
 */
char *
daftar_text_isolate_n (const char *text,
                       guint       max_chars)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) out = NULL;
  guint n_chars = 0;

  valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_strstrip (valid);

  out = g_string_new ("\u2068");

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_FORMAT && c != 0x200C && c != 0x200D)
        continue;

      if (n_chars == max_chars)
        {
          g_string_append (out, "…");
          break;
        }

      if (type == G_UNICODE_CONTROL
          || type == G_UNICODE_LINE_SEPARATOR
          || type == G_UNICODE_PARAGRAPH_SEPARATOR)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);

      n_chars++;
    }

  g_string_append (out, "\u2069");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * daftar_text_isolate:
 * @text: (nullable): a name or other short user text
 *
 * daftar_text_isolate_n() with room for a name.
 *
 * Returns: (transfer full): the isolated text
 */
char *
daftar_text_isolate (const char *text)
{
  return daftar_text_isolate_n (text, DAFTAR_ISOLATE_MAX_CHARS);
}

static gboolean
is_edge_trimmable (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x200e || c == 0x200f || c == 0x061c;
}

/**
 * daftar_text_clean_name:
 * @text: (nullable): a name as typed
 *
 * Puts a name in the one form it is stored and looked up in: Unicode NFC,
 * without spaces or direction marks at either end, so “Café” typed two ways,
 * or “Logo” with a stray right-to-left mark, is one name.
 *
 * Returns: (transfer full): the name; empty for %NULL or invalid UTF-8
 */
char *
daftar_text_clean_name (const char *text)
{
  g_autofree char *nfc = NULL;
  const char *start, *end;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  start = nfc;
  end = nfc + strlen (nfc);

  while (start < end && is_edge_trimmable (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_edge_trimmable (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

/**
 * daftar_text_for_terminal:
 * @text: (nullable): text about to be written to a terminal, in any state
 * @length: its length in bytes, or -1 when NUL-terminated
 *
 * Makes text from the ledger or a file harmless for a terminal: bytes that are
 * not UTF-8 become U+FFFD, C0 controls other than tab and newline (ESC among
 * them, which starts the sequences that clear a screen or retitle a window)
 * and DEL become their visible Control Pictures (U+2400 to U+2421), and C1
 * controls become U+FFFD. Everything else is kept as it is.
 *
 * Returns: (transfer full): the text, never %NULL
 */
char *
daftar_text_for_terminal (const char *text,
                          gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", text != NULL ? length : 0);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\t')
        g_string_append_c (out, (char) c);
      else if (c < 0x20)
        g_string_append_unichar (out, 0x2400 + c);
      else if (c == 0x7f)
        g_string_append_unichar (out, 0x2421);
      else if (c >= 0x80 && c <= 0x9f)
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}
