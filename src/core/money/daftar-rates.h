/* daftar-rates.h — exchange rates with the day they apply to, and conversions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-day.h"
#include "daftar-money.h"

G_BEGIN_DECLS

#define DAFTAR_RATES_ERROR (daftar_rates_error_quark ())

typedef enum
{
  DAFTAR_RATES_ERROR_MISSING,     /* no rate for the pair on or before the day */
  DAFTAR_RATES_ERROR_MALFORMED,   /* a rate that can't be read */
  DAFTAR_RATES_ERROR_OVERFLOW,    /* the converted amount does not fit */
} DaftarRatesError;

/* A rate is the price of one unit of @base in @quote, as an integer scaled by 10^8:
 * 1 USD = 0.92 EUR is base USD, quote EUR, rate_e8 92000000. */
#define DAFTAR_RATE_SCALE G_GINT64_CONSTANT (100000000)
#define DAFTAR_RATE_DECIMALS 8
/* 10^9 units of quote per base: far above any real currency pair. */
#define DAFTAR_RATE_MAX_E8 (G_GINT64_CONSTANT (1000000000) * DAFTAR_RATE_SCALE)

typedef enum
{
  DAFTAR_RATE_SOURCE_FEED,
  DAFTAR_RATE_SOURCE_USER,   /* wins over the feed on the same day */
} DaftarRateSource;

typedef struct
{
  gint64           id;          /* the ledger row, 0 when none */
  DaftarDay        day;
  char             base[4];
  char             quote[4];
  gint64           rate_e8;
  DaftarRateSource source;
} DaftarExchangeRate;

/* Which rate a conversion used: @inverse when it went from quote to base. */
typedef struct
{
  DaftarExchangeRate rate;
  gboolean           inverse;
} DaftarRateUse;

typedef struct _DaftarRateTable DaftarRateTable;

GQuark            daftar_rates_error_quark      (void);

DaftarRateTable  *daftar_rate_table_new         (void);
void              daftar_rate_table_free        (DaftarRateTable          *table);
void              daftar_rate_table_add         (DaftarRateTable          *table,
                                                 const DaftarExchangeRate *rate);
guint             daftar_rate_table_get_n_rates (DaftarRateTable          *table);
const DaftarExchangeRate *
                  daftar_rate_table_get_rate    (DaftarRateTable          *table,
                                                 guint                     index);
const DaftarExchangeRate *
                  daftar_rate_table_lookup      (DaftarRateTable          *table,
                                                 const char               *from,
                                                 const char               *to,
                                                 DaftarDay                 day,
                                                 gboolean                 *out_inverse);
gboolean          daftar_rate_table_convert     (DaftarRateTable          *table,
                                                 const DaftarMoney        *amount,
                                                 const char               *to,
                                                 DaftarDay                 day,
                                                 DaftarMoney              *out,
                                                 DaftarRateUse            *out_use,
                                                 GError                  **error);

gboolean          daftar_money_convert          (const DaftarMoney        *amount,
                                                 const char               *to,
                                                 gint64                    rate_e8,
                                                 gboolean                  inverse,
                                                 DaftarMoney              *out,
                                                 GError                  **error);

gboolean          daftar_fixed_point_parse      (const char               *text,
                                                 guint                     decimals,
                                                 gint64                    max_scaled,
                                                 gint64                   *out_scaled);
gboolean          daftar_rate_parse             (const char               *text,
                                                 gint64                   *out_e8,
                                                 GError                  **error);
char             *daftar_rate_to_string         (gint64                    rate_e8);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarRateTable, daftar_rate_table_free)

G_END_DECLS
