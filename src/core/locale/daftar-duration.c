/* daftar-duration.c — parsing and printing lengths of work time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "daftar-duration"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-digits.h"
#include "daftar-text.h"
#include "daftar-duration.h"
#include "daftar-format.h"
#include "daftar-int64.h"

/* Parts are added up in billionths of a second, so fractions with up to nine decimals
 * (“1.333h”) are exact and rounded only once, at the end. */
#define NANO G_GINT64_CONSTANT (1000000000)
#define MAX_FRACTION_DIGITS 9

#define SECONDS_PER_MINUTE 60
#define SECONDS_PER_HOUR 3600

/* Longer words are never units; the buffer only has to hold the longest unit. */
#define MAX_WORD_BYTES 64

typedef enum
{
  PARSE_OK,
  PARSE_MALFORMED,
  PARSE_BAD_CLOCK,
  PARSE_TOO_LONG,
} ParseResult;

typedef struct
{
  gint64   whole;      /* capped just above DAFTAR_DURATION_MAX_SECONDS */
  gint64   fraction;   /* in billionths */
  gboolean too_big;
} Number;

typedef struct
{
  const char *word;
  gint64      seconds;
} UnitWord;

/* Matched after ASCII lower-casing, with Arabic vowel marks and tatweel removed. */
static const UnitWord unit_words[] = {
  { "h", SECONDS_PER_HOUR },
  { "hr", SECONDS_PER_HOUR },
  { "hrs", SECONDS_PER_HOUR },
  { "hour", SECONDS_PER_HOUR },
  { "hours", SECONDS_PER_HOUR },
  { "ساعت", SECONDS_PER_HOUR },       /* Persian sā‘at */
  { "ساعة", SECONDS_PER_HOUR },       /* Arabic sā‘a */
  { "ساعات", SECONDS_PER_HOUR },      /* Arabic sā‘āt, plural */
  { "ساعتان", SECONDS_PER_HOUR },     /* Arabic sā‘atān, dual */
  { "ساعتين", SECONDS_PER_HOUR },     /* Arabic sā‘atayn, dual */

  { "m", SECONDS_PER_MINUTE },
  { "min", SECONDS_PER_MINUTE },
  { "mins", SECONDS_PER_MINUTE },
  { "minute", SECONDS_PER_MINUTE },
  { "minutes", SECONDS_PER_MINUTE },
  { "دقیقه", SECONDS_PER_MINUTE },     /* Persian daqiqe */
  { "دقيقه", SECONDS_PER_MINUTE },     /* the same typed with Arabic yeh */
  { "دقيقة", SECONDS_PER_MINUTE },     /* Arabic daqīqa */
  { "دقائق", SECONDS_PER_MINUTE },     /* Arabic daqā’iq, plural */
  { "دقيقتان", SECONDS_PER_MINUTE },   /* Arabic daqīqatān, dual */
  { "دقيقتين", SECONDS_PER_MINUTE },   /* Arabic daqīqatayn, dual */

  { "s", 1 },
  { "sec", 1 },
  { "secs", 1 },
  { "second", 1 },
  { "seconds", 1 },
  { "ثانیه", 1 },                     /* Persian sāniye */
  { "ثانيه", 1 },                     /* the same typed with Arabic yeh */
  { "ثانية", 1 },                     /* Arabic thāniya */
  { "ثوان", 1 },                      /* Arabic thawān, plural */
  { "ثواني", 1 },                     /* Arabic thawānī, plural */
  { "ثانيتان", 1 },                   /* Arabic thāniyatān, dual */
  { "ثانيتين", 1 },                   /* Arabic thāniyatayn, dual */
};

/* Words allowed between two parts: “1 hour and 30 minutes”, “۱ ساعت و ۳۰ دقیقه”. */
static const char * const connector_words[] = {
  "and",
  "و",    /* Persian and Arabic va/wa */
};

G_DEFINE_QUARK (daftar-duration-error-quark, daftar_duration_error)

static const char *
skip_spaces (const char *p)
{
  while (g_ascii_isspace (*p))
    p++;

  return p;
}

/* Reads a run of letters at *p into word, leaving out combining marks (Arabic short vowels,
 * as in “ثوانٍ”) and ARABIC TATWEEL.  Returns where the run ends; word is "" if there is
 * none, and also if the run is too long to be a unit. */
static const char *
read_word (const char *p,
           char        word[MAX_WORD_BYTES])
{
  gsize length = 0;
  gboolean too_long = FALSE;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c) && !g_unichar_ismark (c))
        break;

      if (!g_unichar_ismark (c) && c != 0x0640)
        {
          if (length + 6 < MAX_WORD_BYTES)
            length += g_unichar_to_utf8 (c, word + length);
          else
            too_long = TRUE;
        }

      p = g_utf8_next_char (p);
    }

  word[too_long ? 0 : length] = '\0';

  return p;
}

static gint64
lookup_unit (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (unit_words); i++)
    {
      if (strcmp (word, unit_words[i].word) == 0)
        return unit_words[i].seconds;
    }

  return 0;
}

static gboolean
is_connector (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (connector_words); i++)
    {
      if (strcmp (word, connector_words[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Reads “12”, “1.5” or “.25”; not “1.”, and not more than MAX_FRACTION_DIGITS decimals. */
static gboolean
read_number (const char **pp,
             Number      *number)
{
  const char *p = *pp;
  guint n_whole_digits = 0;

  number->whole = 0;
  number->fraction = 0;
  number->too_big = FALSE;

  for (; g_ascii_isdigit (*p); p++, n_whole_digits++)
    {
      if (number->too_big)
        continue;

      number->whole = number->whole * 10 + (*p - '0');
      if (number->whole > DAFTAR_DURATION_MAX_SECONDS)
        number->too_big = TRUE;
    }

  if (*p == '.')
    {
      gint64 scale = NANO;
      guint n_fraction_digits = 0;

      for (p++; g_ascii_isdigit (*p); p++, n_fraction_digits++)
        {
          if (n_fraction_digits == MAX_FRACTION_DIGITS)
            return FALSE;

          scale /= 10;
          number->fraction += (*p - '0') * scale;
        }

      if (n_fraction_digits == 0)
        return FALSE;
    }
  else if (n_whole_digits == 0)
    {
      return FALSE;
    }

  *pp = p;

  return TRUE;
}

/* Reads exactly two digits, as the minutes or seconds of “1:05:09”. */
static gboolean
read_two_digits (const char **pp,
                 gint64      *value)
{
  const char *p = *pp;

  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
    return FALSE;

  *value = (p[0] - '0') * 10 + (p[1] - '0');
  *pp = p + 2;

  return TRUE;
}

/* “H:MM” or “H:MM:SS”, with any number of hour digits. */
static ParseResult
parse_clock (const char *p,
             gint64     *out_seconds)
{
  gint64 hours = 0;
  gint64 minutes = 0;
  gint64 seconds = 0;
  gboolean too_big = FALSE;

  if (!g_ascii_isdigit (*p))
    return PARSE_MALFORMED;

  for (; g_ascii_isdigit (*p); p++)
    {
      if (too_big)
        continue;

      hours = hours * 10 + (*p - '0');
      too_big = hours > DAFTAR_DURATION_MAX_SECONDS / SECONDS_PER_HOUR;
    }

  if (*p != ':')
    return PARSE_MALFORMED;
  p++;

  if (!read_two_digits (&p, &minutes))
    return PARSE_MALFORMED;

  if (*p == ':')
    {
      p++;
      if (!read_two_digits (&p, &seconds))
        return PARSE_MALFORMED;
    }

  if (*p != '\0')
    return PARSE_MALFORMED;

  if (minutes > 59 || seconds > 59)
    return PARSE_BAD_CLOCK;

  if (too_big)
    return PARSE_TOO_LONG;

  *out_seconds = hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE + seconds;

  return *out_seconds > DAFTAR_DURATION_MAX_SECONDS ? PARSE_TOO_LONG : PARSE_OK;
}

/* Parts such as “1h 30m” or “۱ ساعت و ۳۰ دقیقه”, or one plain number of hours. */
static ParseResult
parse_units (const char *p,
             gint64     *out_seconds)
{
  gint64 previous_unit = G_MAXINT64;
  gint64 total = 0;   /* in billionths of a second */
  gint64 seconds;
  guint n_parts = 0;
  gboolean too_big = FALSE;

  while (*p != '\0')
    {
      char word[MAX_WORD_BYTES];
      const char *after_word;
      Number number;
      gint64 unit;

      if (n_parts > 0)
        {
          after_word = read_word (p, word);
          if (is_connector (word))
            p = skip_spaces (after_word);
        }

      if (!read_number (&p, &number))
        return PARSE_MALFORMED;

      p = skip_spaces (p);
      after_word = read_word (p, word);

      if (word[0] != '\0')
        unit = lookup_unit (word);
      else if (n_parts == 0 && *p == '\0')
        unit = SECONDS_PER_HOUR;  /* a plain number is hours */
      else
        unit = 0;

      /* Each unit at most once, largest first: “1h1h” and “30m 1h” are mistakes. */
      if (unit == 0 || unit >= previous_unit)
        return PARSE_MALFORMED;

      previous_unit = unit;
      p = skip_spaces (after_word);
      n_parts++;

      /* whole × unit ≤ the maximum keeps total below 2^63: three parts of 3.2 × 10^16. */
      if (number.too_big || number.whole > DAFTAR_DURATION_MAX_SECONDS / unit)
        too_big = TRUE;
      else
        total += number.whole * unit * NANO + number.fraction * unit;
    }

  if (n_parts == 0)
    return PARSE_MALFORMED;

  if (too_big)
    return PARSE_TOO_LONG;

  /* The project's one rounding rule, half to even: 0.5 s → 0, 1.5 s → 2. */
  if (!daftar_int64_mul_div_round (total, 1, NANO, &seconds))
    return PARSE_TOO_LONG;

  if (seconds > DAFTAR_DURATION_MAX_SECONDS)
    return PARSE_TOO_LONG;

  *out_seconds = seconds;

  return PARSE_OK;
}

/**
 * daftar_duration_parse:
 * @text: a duration as the user typed it
 * @out_seconds: (out): where to store the duration in seconds
 * @error: return location for a #GError
 *
 * Parses a length of time typed in ASCII, Persian or Arabic-Indic digits (see
 * daftar_digits_normalize()), ignoring case and spaces between parts:
 *
 * - a clock: “1:30”, “0:45”, “1:30:15” — minutes and seconds are two digits, 00–59;
 * - parts with units, largest first, each at most once: “1h30m”, “1h 30m”, “2h15m30s”,
 *   “90min”, “2 hours”, “30 minutes”, “1 hour and 30 minutes”; in Persian “۱ ساعت و ۳۰
 *   دقیقه” (ساعت, دقیقه, ثانیه) and in Arabic “١ ساعة و ٣٠ دقيقة” (ساعة, ساعات, ساعتان,
 *   دقيقة, دقائق, ثانية, ثوان), the connecting “و” or “and” being optional;
 * - a plain number, which means hours: “2”, “1.5”.
 *
 * Any number with a unit, or a plain number, may have up to nine decimals (“1.5h”, “.25h”).
 * The result is rounded to whole seconds once, half to even, in integer arithmetic:
 * “1.333h” is 4798.8 s → 4799.
 *
 * Zero (“0”, “0:00”) is accepted; whether zero makes sense is for the caller to decide.
 * The numbers in an error's message are written with @format (%NULL: Latin digits).
 *
 * Errors: %DAFTAR_DURATION_ERROR_EMPTY for nothing but spaces;
 * %DAFTAR_DURATION_ERROR_MALFORMED for anything else that is not a duration, including
 * invalid UTF-8; %DAFTAR_DURATION_ERROR_NEGATIVE for a well-formed duration after “-”;
 * %DAFTAR_DURATION_ERROR_TOO_LONG above %DAFTAR_DURATION_MAX_SECONDS.  @out_seconds is
 * written only on success.
 *
 * Returns: %TRUE on success
 */
gboolean
daftar_duration_parse (const char    *text,
                       gint64        *out_seconds,
                       DaftarFormat  *format,
                       GError       **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *excerpt = NULL;
  const char *p;
  gboolean negative = FALSE;
  gint64 seconds = 0;
  ParseResult result;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_seconds != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  normal = daftar_digits_normalize (text);

  if (normal == NULL)
    {
      g_set_error_literal (error, DAFTAR_DURATION_ERROR, DAFTAR_DURATION_ERROR_MALFORMED,
                           /* Translators: keep the examples as they are; they are what
                            * Daftar understands. */
                           _("The duration contains characters that can’t be read. "
                             "Type a duration like 1:30, 1h30m, 90m or 1.5h."));
      return FALSE;
    }

  if (*normal == '\0')
    {
      g_set_error_literal (error, DAFTAR_DURATION_ERROR, DAFTAR_DURATION_ERROR_EMPTY,
                           /* Translators: keep the examples as they are; they are what
                            * Daftar understands. */
                           _("A duration is needed. "
                             "Type a duration like 1:30, 1h30m, 90m or 1.5h."));
      return FALSE;
    }

  /* ASCII only: g_utf8_strdown() would turn “MIN” into “mın” in a Turkish locale. */
  lower = g_ascii_strdown (normal, -1);
  p = lower;

  if (*p == '-')
    {
      negative = TRUE;
      p = skip_spaces (p + 1);
    }

  if (strchr (p, ':') != NULL)
    result = parse_clock (p, &seconds);
  else
    result = parse_units (p, &seconds);

  excerpt = daftar_text_isolate_n (text, DAFTAR_EXCERPT_MAX_CHARS);

  switch (result)
    {
    case PARSE_MALFORMED:
      g_set_error (error, DAFTAR_DURATION_ERROR, DAFTAR_DURATION_ERROR_MALFORMED,
                   /* Translators: %s is what the user typed, in quotes. Keep the examples
                    * as they are; they are what Daftar understands. */
                   _("“%s” is not a duration. Type a duration like 1:30, 1h30m, 90m or 1.5h."),
                   excerpt);
      return FALSE;

    case PARSE_BAD_CLOCK:
      g_set_error (error, DAFTAR_DURATION_ERROR, DAFTAR_DURATION_ERROR_MALFORMED,
                   /* Translators: %s is what the user typed, in quotes. Keep the examples
                    * as they are. */
                   _("“%s” has more than 59 minutes or seconds. "
                     "Type a duration like 1:30 or 1:30:15."),
                   excerpt);
      return FALSE;

    case PARSE_TOO_LONG:
    case PARSE_OK:
    default:
      break;
    }

  if (negative)
    {
      g_set_error_literal (error, DAFTAR_DURATION_ERROR, DAFTAR_DURATION_ERROR_NEGATIVE,
                           _("A duration can’t be negative. Remove the minus sign."));
      return FALSE;
    }

  if (result == PARSE_TOO_LONG)
    {
      int max_hours = DAFTAR_DURATION_MAX_SECONDS / SECONDS_PER_HOUR;
      g_autofree char *limit = daftar_format_integer (format, max_hours);

      g_set_error (error, DAFTAR_DURATION_ERROR, DAFTAR_DURATION_ERROR_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                /* Translators: the first %s is what the user typed, in
                                 * quotes; the second is a number, 8784. */
                                "“%s” is too long. A duration can be at most %s hour.",
                                "“%s” is too long. A duration can be at most %s hours.",
                                max_hours),
                   excerpt, limit);
      return FALSE;
    }

  *out_seconds = seconds;

  return TRUE;
}

/**
 * daftar_duration_to_string:
 * @seconds: a duration in seconds
 *
 * Formats a duration as a clock, the same way in every locale: “H:MM” when @seconds is
 * a whole number of minutes, “H:MM:SS” otherwise, with a leading “-” if negative.  Hours
 * are not wrapped at 24: 93600 is “26:00”.  Every result can be read back by
 * daftar_duration_parse() as long as it is in range and not negative.
 *
 * Returns: (transfer full): the formatted duration
 */
char *
daftar_duration_to_string (gint64 seconds)
{
  /* |seconds| without signed overflow, G_MININT64 included. */
  guint64 magnitude = seconds < 0 ? (guint64) -(seconds + 1) + 1 : (guint64) seconds;
  const char *sign = seconds < 0 ? "-" : "";
  guint64 hours = magnitude / SECONDS_PER_HOUR;
  guint minutes = magnitude / SECONDS_PER_MINUTE % 60;
  guint secs = magnitude % SECONDS_PER_MINUTE;

  if (secs == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ":%02u", sign, hours, minutes);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ":%02u:%02u", sign, hours, minutes, secs);
}
