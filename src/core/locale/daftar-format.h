/* daftar-format.h — the formatter, and numbers as the user's locale writes them
 *
 * Days, times and periods are in daftar-date-format.h, durations in
 * daftar-duration-format.h, money in daftar-money-format.h (money/).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "daftar-period.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_FORMAT (daftar_format_get_type ())

typedef struct _DaftarFormat DaftarFormat;

GType          daftar_format_get_type             (void) G_GNUC_CONST;

char          *daftar_locale_from_environment     (void);

DaftarFormat  *daftar_format_new                  (const char        *locale,
                                                   DaftarCalendar     calendar,
                                                   gboolean           latin_digits);
DaftarFormat  *daftar_format_new_from_environment (void);
DaftarFormat  *daftar_format_ref                  (DaftarFormat      *self);
void           daftar_format_unref                (DaftarFormat      *self);

const char    *daftar_format_get_locale           (DaftarFormat      *self);
const char    *daftar_format_get_icu_locale       (DaftarFormat      *self);
DaftarCalendar daftar_format_get_calendar         (DaftarFormat      *self);
gboolean       daftar_format_get_latin_digits     (DaftarFormat      *self);
gboolean       daftar_format_is_rtl               (DaftarFormat      *self);
GDateWeekday   daftar_format_get_first_weekday    (DaftarFormat      *self);

char          *daftar_format_digits               (DaftarFormat      *self,
                                                   const char        *text);
char          *daftar_format_id                   (DaftarFormat      *self,
                                                   gint64             id);
char          *daftar_format_integer              (DaftarFormat      *self,
                                                   gint64             value);
char          *daftar_format_decimal              (DaftarFormat      *self,
                                                   gint64             minor,
                                                   int                decimals);
char          *daftar_format_decimal_trimmed      (DaftarFormat      *self,
                                                   gint64             minor,
                                                   int                decimals);
char          *daftar_format_currency             (DaftarFormat      *self,
                                                   const char        *currency,
                                                   gint64             minor,
                                                   int                decimals);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarFormat, daftar_format_unref)

G_END_DECLS
