/* daftar-ui-format.h — numbers, times and dates as the app shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-context.h"
#include "daftar-format.h"
#include "daftar-money.h"
#include "daftar-store.h"

G_BEGIN_DECLS

void           daftar_ui_format_follow_messages  (DaftarContext     *context);
DaftarFormat  *daftar_ui_format_new_copy         (DaftarContext     *context);
char          *daftar_ui_format_day              (DaftarContext     *context,
                                                  const GDate       *day);
char          *daftar_ui_format_time             (DaftarContext     *context,
                                                  gint64             utc,
                                                  gint32             offset);
char          *daftar_ui_format_duration         (DaftarContext     *context,
                                                  gint64             seconds);
char          *daftar_ui_format_money            (DaftarContext     *context,
                                                  const DaftarMoney *money);
char          *daftar_ui_format_for_entry        (DaftarContext     *context,
                                                  const char        *ascii);
char          *daftar_ui_format_amount_for_entry (DaftarContext     *context,
                                                  gboolean           has,
                                                  gint64             minor,
                                                  const char        *currency);
char          *daftar_ui_format_home_currency    (DaftarContext     *context);

G_END_DECLS
