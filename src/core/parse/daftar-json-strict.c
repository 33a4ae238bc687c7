/* daftar-json-strict.c — RFC 8259 JSON and nothing else, checked before json-glib reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib reads more than JSON: comments, single-quoted strings, hex numbers,
 * “var x =” and words it takes for identifiers, and it recurses once per level
 * of nesting with no limit.  A scan that does not read exactly the same language
 * can be fooled (a quote inside a comment hid a million “[” from the old one), so
 * this one accepts only the RFC 8259 grammar, and refuses whatever json-glib
 * would read differently or turn into something Daftar can't hold:
 *
 *   - bytes that are not UTF-8, and NUL bytes;
 *   - comments, single quotes, bare words other than true, false and null;
 *   - trailing commas and anything after the document;
 *   - control characters in strings, unknown escapes, \u0000, lone surrogates;
 *   - integers outside 64 bits and numbers that overflow a double;
 *   - nesting deeper than DAFTAR_JSON_MAX_DEPTH, counted in the same pass.
 *
 * It is one loop with a small stack, never recursion, so no input can exhaust
 * the C stack here; and no input it accepts can make json-glib recurse deeper
 * than DAFTAR_JSON_MAX_DEPTH.
 */
#define G_LOG_DOMAIN "daftar-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-format.h"
#include "daftar-json-strict.h"

G_DEFINE_QUARK (daftar-json-error-quark, daftar_json_error)

typedef struct
{
  const char  *data;
  gsize        size;
  gsize        pos;
  DaftarFormat *format;     /* the digits of the error's line and column */
  GError     **error;
} Scan;

typedef enum
{
  EXPECT_VALUE,              /* at the top, or after “:” */
  EXPECT_VALUE_OR_CLOSE,     /* after “[” */
  EXPECT_VALUE_AFTER_COMMA,  /* after “,” in an array */
  EXPECT_KEY_OR_CLOSE,       /* after “{” */
  EXPECT_KEY_AFTER_COMMA,    /* after “,” in an object */
  EXPECT_COLON,
  AFTER_VALUE,
} Expect;

/* Sets the error at byte @at, with its line and column (in characters) counted
 * from 1, in the user's digits. */
static gboolean
refuse_at (Scan            *s,
           gsize            at,
           DaftarJsonError  code,
           const char      *what)
{
  gint64 line = 1, column = 1;
  g_autofree char *line_text = NULL;
  g_autofree char *column_text = NULL;

  for (gsize i = 0; i < at && i < s->size; i++)
    {
      guchar c = (guchar) s->data[i];

      if (c == '\n')
        {
          line++;
          column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        column++;
    }

  line_text = daftar_format_integer (s->format, line);
  column_text = daftar_format_integer (s->format, column);
  g_set_error (s->error, DAFTAR_JSON_ERROR, code,
               /* Translators: the first two %s are numbers; the last is a sentence
                * saying what is wrong there, like “Comments are not allowed in JSON.” */
               _("Line %s, column %s: %s"), line_text, column_text, what);
  return FALSE;
}

static gboolean
at_comment (const Scan *s)
{
  return s->pos + 1 < s->size && s->data[s->pos] == '/' &&
         (s->data[s->pos + 1] == '*' || s->data[s->pos + 1] == '/');
}

/* A character where none of the grammar's can be: say what it looks like. */
static gboolean
refuse_here (Scan *s)
{
  if (s->pos >= s->size)
    return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_END, _("The text ends before the JSON does."));

  if (at_comment (s))
    return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_COMMENT, _("Comments are not allowed in JSON."));
  if (s->data[s->pos] == '\'')
    return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_SINGLE_QUOTE,
                      _("Strings must be in double quotes, not single quotes."));
  return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_UNEXPECTED, _("This character is not expected here."));
}

static void
skip_space (Scan *s)
{
  while (s->pos < s->size)
    {
      char c = s->data[s->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      s->pos++;
    }
}

static gboolean
read_hex4 (Scan    *s,
           gsize    at,
           guint   *out)
{
  guint value = 0;

  if (at + 4 > s->size)
    return FALSE;
  for (gsize i = at; i < at + 4; i++)
    {
      if (!g_ascii_isxdigit (s->data[i]))
        return FALSE;
      value = value * 16 + (guint) g_ascii_xdigit_value (s->data[i]);
    }
  *out = value;
  return TRUE;
}

/* A \u escape at s->pos (the backslash), with its other half when it is a surrogate. */
static gboolean
scan_unicode_escape (Scan *s)
{
  gsize start = s->pos;
  guint unit, low;

  if (!read_hex4 (s, start + 2, &unit))
    return refuse_at (s, start, DAFTAR_JSON_ERROR_ESCAPE,
                      _("A “\\u” escape needs four hexadecimal digits."));
  if (unit == 0)
    return refuse_at (s, start, DAFTAR_JSON_ERROR_ESCAPE,
                      _("Text can’t hold the escape “\\u0000”."));
  s->pos = start + 6;

  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return refuse_at (s, start, DAFTAR_JSON_ERROR_SURROGATE,
                      _("This “\\u” escape is half of a surrogate pair, without the other half."));
  if (unit >= 0xD800 && unit <= 0xDBFF)
    {
      if (s->pos + 2 > s->size || s->data[s->pos] != '\\' || s->data[s->pos + 1] != 'u' ||
          !read_hex4 (s, s->pos + 2, &low) || low < 0xDC00 || low > 0xDFFF)
        return refuse_at (s, start, DAFTAR_JSON_ERROR_SURROGATE,
                          _("This “\\u” escape is half of a surrogate pair, without the other half."));
      s->pos += 6;
    }
  return TRUE;
}

static gboolean
scan_string (Scan *s)
{
  s->pos++;   /* the opening quote */

  while (s->pos < s->size)
    {
      guchar c = (guchar) s->data[s->pos];

      if (c == '"')
        {
          s->pos++;
          return TRUE;
        }
      if (c < 0x20)
        return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_CONTROL,
                          _("Control characters in a string must be written as escapes."));
      if (c != '\\')
        {
          s->pos++;   /* UTF-8 was checked as a whole */
          continue;
        }

      if (s->pos + 1 >= s->size)
        break;
      switch (s->data[s->pos + 1])
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          s->pos += 2;
          break;
        case 'u':
          if (!scan_unicode_escape (s))
            return FALSE;
          break;
        default:
          return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_ESCAPE,
                            _("This is not an escape JSON knows."));
        }
    }

  return refuse_at (s, s->size, DAFTAR_JSON_ERROR_END, _("The text ends inside a string."));
}

static gsize
skip_digits (Scan *s)
{
  gsize start = s->pos;

  while (s->pos < s->size && g_ascii_isdigit (s->data[s->pos]))
    s->pos++;
  return s->pos - start;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, an integer within 64 bits or a
 * finite double: json-glib turns a larger integer into -1 and 1e999 into inf. */
static gboolean
scan_number (Scan *s)
{
  gsize start = s->pos;
  gboolean integer = TRUE;
  g_autofree char *text = NULL;

  if (s->data[s->pos] == '-')
    s->pos++;
  if (s->pos < s->size && s->data[s->pos] == '0')
    {
      s->pos++;
      if (s->pos < s->size && g_ascii_isdigit (s->data[s->pos]))
        goto malformed;
    }
  else if (skip_digits (s) == 0)
    goto malformed;

  if (s->pos < s->size && s->data[s->pos] == '.')
    {
      integer = FALSE;
      s->pos++;
      if (skip_digits (s) == 0)
        goto malformed;
    }
  if (s->pos < s->size && (s->data[s->pos] == 'e' || s->data[s->pos] == 'E'))
    {
      integer = FALSE;
      s->pos++;
      if (s->pos < s->size && (s->data[s->pos] == '+' || s->data[s->pos] == '-'))
        s->pos++;
      if (skip_digits (s) == 0)
        goto malformed;
    }

  text = g_strndup (s->data + start, s->pos - start);
  if (integer ? !g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, NULL, NULL)
              : !isfinite (g_ascii_strtod (text, NULL)))
    return refuse_at (s, start, DAFTAR_JSON_ERROR_NUMBER, _("This number is too large."));
  return TRUE;

malformed:
  return refuse_at (s, start, DAFTAR_JSON_ERROR_NUMBER,
                    _("This number is not written the way JSON writes numbers."));
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$';
}

static gboolean
scan_word (Scan *s)
{
  static const char * const words[] = { "true", "false", "null" };
  gsize start = s->pos;

  while (s->pos < s->size && is_word_char (s->data[s->pos]))
    s->pos++;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (s->pos - start == strlen (words[i]) && memcmp (s->data + start, words[i], s->pos - start) == 0)
      return TRUE;

  return refuse_at (s, start, DAFTAR_JSON_ERROR_BARE_WORD,
                    _("Only true, false and null can be written without quotes."));
}

static gboolean
scan_scalar (Scan *s)
{
  char c = s->data[s->pos];

  if (c == '"')
    return scan_string (s);
  if (c == '-' || g_ascii_isdigit (c))
    return scan_number (s);
  if (is_word_char (c))
    return scan_word (s);
  return refuse_here (s);
}

static gboolean
refuse_depth (Scan *s)
{
  g_autofree char *limit = daftar_format_integer (s->format, DAFTAR_JSON_MAX_DEPTH);
  g_autofree char *what = NULL;

  what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %s is a number, 64. */
                                       "Arrays and objects nest more than %s level deep.",
                                       "Arrays and objects nest more than %s levels deep.",
                                       DAFTAR_JSON_MAX_DEPTH), limit);
  return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_DEPTH, what);
}

/**
 * daftar_json_check_strict:
 * @data: (array length=size): the text, as it came
 * @format: (nullable): the digits of the error's numbers; %NULL for Latin
 *
 * Checks that @data is one JSON text as RFC 8259 writes it, nested at most
 * DAFTAR_JSON_MAX_DEPTH deep, that json-glib will read as written.
 *
 * Returns: %TRUE when it is; else %FALSE with @error in DAFTAR_JSON_ERROR, whose
 *   message says what is wrong and where
 */
gboolean
daftar_json_check_strict (const char    *data,
                          gsize          size,
                          DaftarFormat  *format,
                          GError       **error)
{
  Scan scan = { data, size, 0, format, error };
  Scan *s = &scan;
  char stack[DAFTAR_JSON_MAX_DEPTH];
  guint depth = 0;
  Expect expect = EXPECT_VALUE;
  const char *end = NULL;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  if (size > 0 && !g_utf8_validate_len (data, size, &end))
    {
      gsize at = (gsize) (end - data);

      if (data[at] == '\0')
        return refuse_at (s, at, DAFTAR_JSON_ERROR_NUL, _("A NUL byte can’t be in JSON."));
      return refuse_at (s, at, DAFTAR_JSON_ERROR_UTF8, _("This is not UTF-8 text."));
    }

  for (;;)
    {
      char c;

      skip_space (s);
      if (expect == AFTER_VALUE && depth == 0)
        {
          if (at_comment (s))
            return refuse_here (s);
          if (s->pos < s->size)
            return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_TRAILING,
                              _("There is more after the end of the JSON."));
          return TRUE;
        }
      if (s->pos >= s->size)
        {
          if (depth == 0 && expect == EXPECT_VALUE)
            {
              g_set_error_literal (error, DAFTAR_JSON_ERROR, DAFTAR_JSON_ERROR_EMPTY, _("It is empty."));
              return FALSE;
            }
          return refuse_here (s);
        }

      c = s->data[s->pos];
      switch (expect)
        {
        case EXPECT_VALUE:
        case EXPECT_VALUE_OR_CLOSE:
        case EXPECT_VALUE_AFTER_COMMA:
          if (c == ']' && expect == EXPECT_VALUE_OR_CLOSE)
            {
              s->pos++;
              depth--;
            }
          else if (c == ']' && expect == EXPECT_VALUE_AFTER_COMMA)
            return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_TRAILING_COMMA,
                              _("A comma can’t come right before a closing bracket."));
          else if (c == '[' || c == '{')
            {
              if (depth == DAFTAR_JSON_MAX_DEPTH)
                return refuse_depth (s);
              stack[depth++] = c;
              s->pos++;
              expect = c == '[' ? EXPECT_VALUE_OR_CLOSE : EXPECT_KEY_OR_CLOSE;
              continue;
            }
          else if (!scan_scalar (s))
            return FALSE;
          expect = AFTER_VALUE;
          break;

        case EXPECT_KEY_OR_CLOSE:
        case EXPECT_KEY_AFTER_COMMA:
          if (c == '}' && expect == EXPECT_KEY_OR_CLOSE)
            {
              s->pos++;
              depth--;
              expect = AFTER_VALUE;
            }
          else if (c == '}')
            return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_TRAILING_COMMA,
                              _("A comma can’t come right before a closing bracket."));
          else if (c == '"')
            {
              if (!scan_string (s))
                return FALSE;
              expect = EXPECT_COLON;
            }
          else if (is_word_char (c))
            return refuse_at (s, s->pos, DAFTAR_JSON_ERROR_BARE_WORD,
                              _("Only true, false and null can be written without quotes."));
          else
            return refuse_here (s);
          break;

        case EXPECT_COLON:
          if (c != ':')
            return refuse_here (s);
          s->pos++;
          expect = EXPECT_VALUE;
          break;

        case AFTER_VALUE:
        default:
          if (c == ',')
            expect = stack[depth - 1] == '[' ? EXPECT_VALUE_AFTER_COMMA : EXPECT_KEY_AFTER_COMMA;
          else if ((c == ']' && stack[depth - 1] == '[') || (c == '}' && stack[depth - 1] == '{'))
            depth--;
          else
            return refuse_here (s);
          s->pos++;
          break;
        }
    }
}
