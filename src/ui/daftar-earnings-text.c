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
#include "daftar-money-format.h"
#include "daftar-plain-text.h"
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
  /* Translators: an hourly rate, e.g. "$21.16/h" */
  return daftar_sentence_printf (_("%s/h"), money);
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

/* Rows a list shows a frame while it reveals them: laying out a row of
 * wrapped lines is the most a frame of the page does. */
#define REVEAL_STEP 2

static void
stop_revealing (GtkListBox *list)
{
  guint id = GPOINTER_TO_UINT (g_object_steal_data (G_OBJECT (list), "daftar-reveal-id"));

  if (id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (list), id);
}

/* Shows the next REVEAL_STEP rows hidden to be revealed; returns whether more are. */
static gboolean
reveal_step (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_object_get_data (G_OBJECT (child), "daftar-revealing") == NULL)
        continue;
      if (n == REVEAL_STEP)
        return TRUE;
      g_object_set_data (G_OBJECT (child), "daftar-revealing", NULL);
      gtk_widget_set_visible (child, TRUE);
      n++;
    }

  return FALSE;
}

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  if (reveal_step (GTK_LIST_BOX (widget)))
    return G_SOURCE_CONTINUE;

  g_object_set_data (G_OBJECT (widget), "daftar-reveal-id", NULL);
  return G_SOURCE_REMOVE;
}

/**
 * daftar_earnings_list_reveal_in_steps:
 *
 * Hides the rows of @list after the first few, and shows them again a few a
 * frame, so that no frame lays out all of them. Clearing the list stops it.
 */
void
daftar_earnings_list_reveal_in_steps (GtkListBox *list)
{
  guint n = 0;
  guint id;

  stop_revealing (list);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (n++ >= REVEAL_STEP && gtk_widget_get_visible (child))
      {
        g_object_set_data (G_OBJECT (child), "daftar-revealing", GINT_TO_POINTER (TRUE));
        gtk_widget_set_visible (child, FALSE);
      }

  if (n <= REVEAL_STEP)
    return;
  id = gtk_widget_add_tick_callback (GTK_WIDGET (list), reveal_tick_cb, NULL, NULL);
  g_object_set_data (G_OBJECT (list), "daftar-reveal-id", GUINT_TO_POINTER (id));
}

/**
 * daftar_earnings_list_is_revealing:
 *
 * Returns: whether some rows of @list are still to be shown again
 */
gboolean
daftar_earnings_list_is_revealing (GtkListBox *list)
{
  return g_object_get_data (G_OBJECT (list), "daftar-reveal-id") != NULL;
}

void
daftar_earnings_list_clear (GtkListBox *list)
{
  GtkWidget *child;

  stop_revealing (list);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}
