/* daftar-format.h — numbers, money, durations and dates as the user's locale writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "daftar-money.h"
#include "daftar-period.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_FORMAT (daftar_format_get_type ())

typedef struct _DaftarFormat DaftarFormat;

/* Examples are for 2025-03-21 in en_US (Gregorian), fa_IR (Persian) and ar_SA (Umm al-Qura),
 * as ICU 72 writes them; ICU's direction marks are left out here. */
typedef enum
{
  DAFTAR_DATE_STYLE_FULL,         /* Friday, March 21, 2025 · ۱۴۰۴ فروردین ۱, جمعه */
  DAFTAR_DATE_STYLE_LONG,         /* March 21, 2025 · ۱ فروردین ۱۴۰۴ · ٢١ رمضان ١٤٤٦ هـ */
  DAFTAR_DATE_STYLE_MEDIUM,       /* Mar 21, 2025 · ۱ فروردین ۱۴۰۴ */
  DAFTAR_DATE_STYLE_SHORT,        /* 3/21/25 · ۱۴۰۴/۱/۱ · ٢١/٩/١٤٤٦ هـ */
  DAFTAR_DATE_STYLE_NUMERIC,      /* 2025-03-21 · ۱۴۰۴/۰۱/۰۱ · ١٤٤٦/٠٩/٢١: what parsing reads */
  DAFTAR_DATE_STYLE_MONTH_YEAR,   /* March 2025 · فروردین ۱۴۰۴ · رمضان ١٤٤٦ هـ */
  DAFTAR_DATE_STYLE_YEAR,         /* 2025 · ۱۴۰۴ · ١٤٤٦ هـ */
  DAFTAR_DATE_STYLE_DAY,          /* Friday, March 21, 2025 · جمعه ۱ فروردین ۱۴۰۴: a day's heading */
  DAFTAR_N_DATE_STYLES
} DaftarDateStyle;

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
char          *daftar_format_integer              (DaftarFormat      *self,
                                                   gint64             value);
char          *daftar_format_decimal              (DaftarFormat      *self,
                                                   gint64             minor,
                                                   int                decimals);
char          *daftar_format_decimal_trimmed      (DaftarFormat      *self,
                                                   gint64             minor,
                                                   int                decimals);
char          *daftar_format_money                (DaftarFormat      *self,
                                                   const DaftarMoney *money);
char          *daftar_format_duration             (DaftarFormat      *self,
                                                   gint64             seconds);
char          *daftar_format_hours                (DaftarFormat      *self,
                                                   gint64             seconds);
char          *daftar_format_date                 (DaftarFormat      *self,
                                                   const GDate       *day,
                                                   DaftarDateStyle    style);
char          *daftar_format_time                 (DaftarFormat      *self,
                                                   gint64             utc,
                                                   gint32             offset);
char          *daftar_format_period_label         (DaftarFormat      *self,
                                                   const GDate       *first,
                                                   const GDate       *last);

/* Numbers inside messages from src/core, in the digits of the front end's format */
void           daftar_format_set_for_messages     (DaftarFormat      *format);
char          *daftar_message_integer             (gint64             value);
char          *daftar_message_decimal             (gint32             scaled,
                                                   int                decimals);
char          *daftar_message_id                  (gint64             id);
char          *daftar_message_digits              (const char        *text);
void           daftar_message_set_error_id        (GError           **error,
                                                   GQuark             domain,
                                                   gint               code,
                                                   const char        *format,
                                                   gint64             id);

gboolean       daftar_format_parse_date           (DaftarFormat      *self,
                                                   const char        *text,
                                                   GDate             *out,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarFormat, daftar_format_unref)

G_END_DECLS
