/* daftar-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-text"

#include "config.h"

#include "daftar-text.h"

static gboolean
is_direction_control (gunichar c)
{
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * daftar_text_isolate:
 * @text: (nullable): text from the user or a file
 *
 * Makes @text safe to place in a sentence: invalid UTF-8 becomes U+FFFD,
 * control and direction-override characters are dropped, long text is cut
 * with an ellipsis, and the result is wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE so a right-to-left name can't reorder a
 * left-to-right sentence, or the reverse.
 *
 * Returns: (transfer full): the isolated text
 */
char *
daftar_text_isolate (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  guint n = 0;

  valid = g_utf8_make_valid (text ? text : "", -1);
  out = g_string_new ("\u2068");

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c >= 0x7f && c < 0xa0) || is_direction_control (c))
        continue;

      if (n++ == DAFTAR_ISOLATE_MAX_CHARS)
        {
          g_string_append (out, "…");
          break;
        }

      g_string_append_unichar (out, c);
    }

  g_string_append (out, "\u2069");
  return g_string_free (out, FALSE);
}
