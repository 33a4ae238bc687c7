/* daftar-format-private.h — the formatter's object and the helpers its files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <unicode/udat.h>
#include <unicode/unum.h>

#include "daftar-date-format.h"
#include "daftar-format.h"

G_BEGIN_DECLS

/* Every string formatted here is short (the longest, a period label, is under 80
 * characters); ICU reports an overflow rather than cutting. */
#define DAFTAR_FORMAT_ICU_BUFFER_SIZE 256

struct _DaftarFormat
{
  gatomicrefcount  ref_count;

  char            *locale;          /* "fa_IR" */
  char            *icu_locale;      /* "fa_IR@calendar=persian;numbers=latn" */
  DaftarCalendar   calendar;
  gboolean         latin_digits;
  gboolean         rtl;
  GDateWeekday     first_weekday;
  char             digits[10][8];   /* the locale's digits 0–9, in UTF-8 */
  char            *minus_sign;      /* with the direction mark ICU puts before it */

  /* ICU's formatters keep state (the currency, a calendar), so one thread at a time. */
  GMutex           lock;
  UNumberFormat   *integer_format;
  UNumberFormat   *decimal_format;
  UNumberFormat   *currency_format;
  UDateFormat     *date_formats[DAFTAR_N_DATE_STYLES];
  UDateFormat     *time_format;
};

char *daftar_format_icu_result      (const UChar   *buffer,
                                     int32_t        length,
                                     UErrorCode     status,
                                     const char    *what);
char *daftar_format_decimal_string  (gint64         minor,
                                     int            decimals);
void  daftar_format_trim_decimals   (gint64        *minor,
                                     int           *decimals);
char *daftar_format_decimal_locked  (UNumberFormat *format,
                                     const char    *number,
                                     int            min_decimals,
                                     int            max_decimals);

G_END_DECLS
