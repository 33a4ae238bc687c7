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
 * (NON-)JOINER that Persian spelling needs and the direction marks, which
 * cannot act outside the isolate and which formatted values rely on: ICU starts
 * an Arabic amount with U+200F, so the isolate runs right to left ("١٬٠١٢٫٢١ US$",
 * not "US$ ١٬٠١٢٫٢١"), and DaftarFormat ends it with U+200E, so "$" stays after
 * "US". Only a U+200E in front goes, so that a Persian phrase that starts with
 * an amount ("‎$۳۶٫۳۲ در ساعت") runs right to left. The result is cut to @max_chars
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

      gboolean mark = c == 0x200E || c == 0x200F || c == 0x061C;

      if (type == G_UNICODE_FORMAT && c != 0x200C && c != 0x200D && !mark)
        continue;

      /* Marks cannot reach out of the isolate; they count as no text. A
       * left-to-right mark in front goes: ICU puts one before a Persian
       * amount, and "‎$۳۶٫۳۲ در ساعت" must run right to left as its words do,
       * while the amount alone reads the same either way. */
      if (mark)
        {
          if (n_chars < max_chars && !(c == 0x200E && n_chars == 0))
            g_string_append_unichar (out, c);
          continue;
        }

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

/**
 * daftar_text_sentence:
 * @text: a sentence in the interface's language, names and amounts in it
 * @rtl: whether that language runs right to left
 *
 * Starts @text with the mark of its language's direction (U+200F RIGHT-TO-LEFT
 * MARK, or U+200E LEFT-TO-RIGHT MARK), in place of a mark already there. A
 * paragraph takes its direction from its first strong character, and neither
 * Pango nor most terminals skip isolates when they look for it: a Persian
 * sentence that starts with a brand ("⁨Upwork⁩ · نویسندگی") or with an amount
 * ICU begins with U+200E ("‎$۳۶٫۳۲ در ساعت") would run left to right, its
 * words in reverse order. The mark makes it run as its language does.
 *
 * Returns: (transfer full): the sentence, starting with the mark
 */
char *
daftar_text_sentence (const char *text,
                      gboolean    rtl)
{
  const char *rest = text != NULL ? text : "";

  while (g_str_has_prefix (rest, "\u200E") || g_str_has_prefix (rest, "\u200F") ||
         g_str_has_prefix (rest, "\u061C"))
    rest = g_utf8_next_char (rest);

  return g_strconcat (rtl ? "\u200F" : "\u200E", rest, NULL);
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
