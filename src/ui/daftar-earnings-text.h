/* daftar-earnings-text.h — the figures the Earnings page's sections show, as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-date-format.h"
#include "daftar-format.h"
#include "daftar-day.h"

G_BEGIN_DECLS

char *daftar_earnings_text_isolate (char            *text);
char *daftar_earnings_text_money   (DaftarFormat    *format,
                                    gint64           minor,
                                    const char      *currency);
char *daftar_earnings_text_rate    (DaftarFormat    *format,
                                    gboolean         has_rate,
                                    gint64           minor,
                                    const char      *currency);
char *daftar_earnings_text_hours   (DaftarFormat    *format,
                                    gint64           seconds);
char *daftar_earnings_text_day     (DaftarFormat    *format,
                                    DaftarDay        day,
                                    DaftarDateStyle  style);
void  daftar_earnings_label_take   (GtkLabel        *label,
                                    char            *text);
void  daftar_earnings_label_money  (GtkLabel        *label,
                                    DaftarFormat    *format,
                                    gint64           minor,
                                    const char      *currency);
void  daftar_earnings_list_clear   (GtkListBox      *list);

G_END_DECLS
