/* daftar-money-format.h — amounts as the user's locale writes money
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-format.h"
#include "daftar-money.h"

G_BEGIN_DECLS

char *daftar_format_money       (DaftarFormat      *self,
                                 const DaftarMoney *money);
char *daftar_format_money_minor (DaftarFormat      *self,
                                 gint64             minor,
                                 const char        *currency);
char *daftar_format_per_hour    (const char        *amounts);

G_END_DECLS
