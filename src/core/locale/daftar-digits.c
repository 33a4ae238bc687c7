/* daftar-digits.c — normalising digits typed in Latin, Persian or Arabic-Indic script
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "daftar-digits"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-digits.h"

/* Bidi controls that keyboards, ICU output and copy-paste put around numbers.  They carry no
 * meaning for a parser, and left in place they make "‎12" differ from "12". */
static gboolean
is_bidi_control (gunichar c)
{
  return c == 0x200E                     /* LEFT-TO-RIGHT MARK */
         || c == 0x200F                  /* RIGHT-TO-LEFT MARK */
         || c == 0x061C                  /* ARABIC LETTER MARK */
         || (c >= 0x202A && c <= 0x202E) /* LRE, RLE, PDF, LRO, RLO */
         || (c >= 0x2066 && c <= 0x2069); /* LRI, RLI, FSI, PDI */
}

static int
digit_value (gunichar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 0x06F0 && c <= 0x06F9)  /* EXTENDED ARABIC-INDIC (Persian) DIGIT ZERO … NINE */
    return c - 0x06F0;
  if (c >= 0x0660 && c <= 0x0669)  /* ARABIC-INDIC DIGIT ZERO … NINE */
    return c - 0x0660;
  if (c >= 0xFF10 && c <= 0xFF19)  /* FULLWIDTH DIGIT ZERO … NINE */
    return c - 0xFF10;

  return -1;
}

/**
 * daftar_digits_normalize:
 * @text: UTF-8 text the user typed or pasted
 *
 * Rewrites a number typed in any of the digit systems Daftar's users type into the ASCII form
 * the parsers understand:
 *
 * - Persian (U+06F0–U+06F9), Arabic-Indic (U+0660–U+0669) and full-width (U+FF10–U+FF19)
 *   digits become `0`–`9`;
 * - ARABIC DECIMAL SEPARATOR `٫` becomes `.`; ARABIC THOUSANDS SEPARATOR `٬` and ARABIC COMMA
 *   `،` become `,`; MINUS SIGN `−` (U+2212) becomes `-`;
 * - bidi marks, embeddings, overrides and isolates (U+200E, U+200F, U+061C, U+202A–U+202E,
 *   U+2066–U+2069), ZERO WIDTH SPACE and the byte order mark are removed;
 * - every space separator (NO-BREAK SPACE, NARROW NO-BREAK SPACE, THIN SPACE, …) becomes
 *   a plain space;
 * - leading and trailing whitespace is removed.
 *
 * Everything else, letters included, is copied unchanged: this function does not decide
 * whether the text is a number.
 *
 * Returns: (transfer full) (nullable): the normalised text, or %NULL if @text is not valid
 *   UTF-8
 */
char *
daftar_digits_normalize (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int digit = digit_value (c);

      if (digit >= 0)
        g_string_append_c (out, '0' + digit);
      else if (c == 0x066B)                        /* ARABIC DECIMAL SEPARATOR */
        g_string_append_c (out, '.');
      else if (c == 0x066C || c == 0x060C)         /* ARABIC THOUSANDS SEPARATOR, ARABIC COMMA */
        g_string_append_c (out, ',');
      else if (c == 0x2212)                        /* MINUS SIGN */
        g_string_append_c (out, '-');
      else if (is_bidi_control (c) || c == 0x200B || c == 0xFEFF)
        continue;
      else if (g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}
