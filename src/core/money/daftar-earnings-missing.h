/* daftar-earnings-missing.h — the exchange rate a report lacks, as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-day.h"
#include "daftar-earnings.h"

G_BEGIN_DECLS

/* The pair and day of the first exchange rate a report lacks. */
typedef struct
{
  char      base[4];    /* the currency to convert from */
  char      quote[4];   /* the report's currency */
  DaftarDay day;        /* the first day it is needed */
} DaftarMissingRate;

gboolean daftar_earnings_find_missing_rate (const DaftarEarningsInput *input,
                                            DaftarMissingRate         *missing);

G_END_DECLS
