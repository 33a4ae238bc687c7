/* daftar-ui-format.h — numbers, times and dates as the app shows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-context.h"
#include "daftar-format.h"
#include "daftar-money.h"
#include "daftar-store.h"

G_BEGIN_DECLS

void          daftar_ui_format_set_context   (DaftarContext     *context);
void          daftar_ui_format_setup         (GSettings         *settings);
DaftarFormat *daftar_ui_format_get           (void);
DaftarFormat *daftar_ui_format_new_copy      (void);
char         *daftar_ui_format_day           (const GDate       *day);
char         *daftar_ui_format_time          (gint64             utc,
                                              gint32             offset);
char         *daftar_ui_format_duration      (gint64             seconds);
char         *daftar_ui_format_money         (const DaftarMoney *money);
char         *daftar_ui_format_for_entry     (const char        *ascii);
char         *daftar_ui_format_amount_for_entry (gboolean        has,
                                                 gint64          minor,
                                                 const char     *currency);
char         *daftar_ui_format_home_currency (GSettings         *settings,
                                              DaftarStore       *store);

G_END_DECLS
