/* daftar-earnings-text.c — the figures the Earnings page's sections show, as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-earnings-text.h"
#include "daftar-date-format.h"
#include "daftar-duration-format.h"
#include "daftar-list-box.h"
#include "daftar-money-format.h"
#include "daftar-plain-text.h"
#include "daftar-reveal.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

/* A value to place inside a sentence, isolated so that its own direction (an Arabic
 * amount ends in “US$”) can't reorder the words around it. Takes @text. */
char *
daftar_earnings_text_isolate (char *text)
{
  g_autofree char *isolated = daftar_text_isolate (text);
  g_auto(GStrv) words = g_strsplit (isolated, " ", -1);

  /* A figure, "٢٫٧٥ ساعة" or "۵ آذر ۱۴۰۵": a wrapped line never parts the number
   * from its unit */
  g_free (text);
  return g_strjoinv ("\u00A0", words);
}

char *
daftar_earnings_text_money (DaftarFormat *format,
                            gint64        minor,
                            const char   *currency)
{
  return daftar_format_money_minor (format, minor, currency);
}

char *
daftar_earnings_text_rate (DaftarFormat *format,
                           gboolean      has_rate,
                           gint64        minor,
                           const char   *currency)
{
  g_autofree char *money = NULL;

  if (!has_rate)
    return g_strdup ("—");

  money = daftar_earnings_text_money (format, minor, currency);
  return daftar_sentence_take (daftar_format_per_hour (money));
}

char *
daftar_earnings_text_hours (DaftarFormat *format,
                            gint64        seconds)
{
  g_autofree char *hours = daftar_format_hours (format, seconds);

  /* Translators: a number of hours, e.g. "10.5 h" */
  return daftar_sentence_printf (_("%s h"), hours);
}

char *
daftar_earnings_text_day (DaftarFormat    *format,
                          DaftarDay        day,
                          DaftarDateStyle  style)
{
  GDate date;

  daftar_day_to_date (day, &date);
  return daftar_format_date (format, &date, style);
}

void
daftar_earnings_label_take (GtkLabel *label,
                            char     *text)
{
  gtk_label_set_text (label, text);
  g_free (text);
}

void
daftar_earnings_label_money (GtkLabel     *label,
                             DaftarFormat *format,
                             gint64        minor,
                             const char   *currency)
{
  g_autofree char *text = daftar_earnings_text_money (format, minor, currency);

  gtk_label_set_text (label, text);
}

void
daftar_earnings_list_clear (GtkListBox *list)
{
  daftar_reveal_stop (GTK_WIDGET (list));
  daftar_list_box_remove_rows (list);
}
