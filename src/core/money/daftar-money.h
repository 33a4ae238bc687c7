/* daftar-money.h — money as integer minor units with an ISO 4217 code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-format.h"
#include "daftar-int64.h"

G_BEGIN_DECLS

#define DAFTAR_MONEY_ERROR (daftar_money_error_quark ())

typedef enum
{
  DAFTAR_MONEY_ERROR_MALFORMED,
  DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS,
  DAFTAR_MONEY_ERROR_NEGATIVE,
  DAFTAR_MONEY_ERROR_OVERFLOW,
  DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY,
  DAFTAR_MONEY_ERROR_CURRENCY_MISMATCH,
} DaftarMoneyError;

typedef struct
{
  gint64 minor;          /* count of minor units, e.g. cents */
  char   currency[4];    /* ISO 4217 code, NUL-terminated */
} DaftarMoney;

typedef enum
{
  DAFTAR_MONEY_PARSE_DEFAULT        = 0,
  DAFTAR_MONEY_PARSE_ALLOW_NEGATIVE = 1 << 0,
  DAFTAR_MONEY_PARSE_PLAIN          = 1 << 1,
} DaftarMoneyParseFlags;

GQuark      daftar_money_error_quark         (void);

gboolean    daftar_currency_is_valid         (const char   *code);
int         daftar_currency_get_decimals     (const char   *code);
gboolean    daftar_currency_normalize        (const char   *text,
                                              char          out_code[4],
                                              GError      **error);

gboolean    daftar_money_parse               (const char   *text,
                                              const char   *currency,
                                              DaftarMoneyParseFlags flags,
                                              DaftarMoney  *out,
                                              DaftarFormat *format,
                                              GError      **error);
char       *daftar_money_to_decimal_string   (const DaftarMoney *money);
gboolean    daftar_money_init                (DaftarMoney  *money,
                                              gint64        minor,
                                              const char   *currency,
                                              GError      **error);
gboolean    daftar_money_add                 (const DaftarMoney *a,
                                              const DaftarMoney *b,
                                              DaftarMoney       *out,
                                              GError           **error);
gboolean    daftar_money_sub                 (const DaftarMoney *a,
                                              const DaftarMoney *b,
                                              DaftarMoney       *out,
                                              GError           **error);

G_END_DECLS
