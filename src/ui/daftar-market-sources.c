/* daftar-market-sources.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sources of the bands a rate was compared with: who published what and when, how
 * far Daftar trusts it, whether anyone could trace the figure, and a link to read it.
 * Everything here may come from a feed: it is shown as plain, isolated text.
 */
#define G_LOG_DOMAIN "daftar-market-sources"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "daftar-market-sources.h"
#include "daftar-date-format.h"
#include "daftar-plain-text.h"
#include "daftar-range-bar.h"
#include "daftar-source-row.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

struct _DaftarMarketSources
{
  GtkPopover  parent_instance;

  GtkListBox *list;
  guint       n_sources;
};

G_DEFINE_FINAL_TYPE (DaftarMarketSources, daftar_market_sources, GTK_TYPE_POPOVER)

/**
 * daftar_market_sources_format_as_of:
 * @format: the page's format
 * @as_of: "YYYY", "YYYY-MM" or "YYYY-MM-DD", or NULL
 *
 * Returns: the date in the user's calendar and digits: a day as a day, a month as
 *   the span it covers, which in another calendar may straddle two; a year as the
 *   Gregorian year the source means, marked so in other calendars
 */
char *
daftar_market_sources_format_as_of (DaftarFormat *format,
                                    const char   *as_of)
{
  unsigned int y = 0, m = 0, d = 0;
  GDate first, last;
  int n;

  if (as_of == NULL)
    /* Translators: a source without a date */
    return g_strdup (_("undated"));

  n = sscanf (as_of, "%4u-%2u-%2u", &y, &m, &d);
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (n == 3 && g_date_valid_dmy (d, m, y))
    {
      g_date_set_dmy (&first, d, m, y);
      return daftar_format_date (format, &first, DAFTAR_DATE_STYLE_LONG);
    }
  if (n == 2 && g_date_valid_dmy (1, m, y))
    {
      g_date_set_dmy (&first, 1, m, y);
      g_date_set_dmy (&last, g_date_get_days_in_month (m, y), m, y);
      return daftar_format_period_label (format, &first, &last);
    }
  if (n == 1 && g_date_valid_dmy (1, 1, y))
    {
      g_autofree char *year = daftar_format_digits (format, as_of);

      if (daftar_format_get_calendar (format) == DAFTAR_CALENDAR_GREGORIAN)
        return g_steal_pointer (&year);
      /* Translators: a year of the Gregorian calendar, shown to people who use
       * another: "2024 CE"; Persian "۲۰۲۴ میلادی", Arabic "٢٠٢٤ م" */
      return daftar_sentence_printf (_("%s CE"), year);
    }

  return g_strdup (as_of);
}

/**
 * daftar_market_sources_add_match:
 * @match: a band the rate was compared with, and its figures in @currency
 *
 * Adds the band's source.
 */
void
daftar_market_sources_add_match (DaftarMarketSources   *self,
                                 DaftarFormat          *format,
                                 const DaftarBandMatch *match,
                                 const char            *currency)
{
  const DaftarRateBand *band;
  g_autofree char *role = NULL;
  g_autofree char *range = NULL;
  g_autofree char *figures = NULL;
  DaftarSourceRowInfo info = { 0 };

  g_return_if_fail (DAFTAR_IS_MARKET_SOURCES (self));
  g_return_if_fail (match != NULL && match->band != NULL);

  band = match->band;
  role = daftar_text_isolate_n (band->role, 300);
  range = daftar_range_bar_describe_band (format, match, currency);
  /* Translators: what a band is about, its figures and kind: "Legal reviewer: $35.00 – $50.00 · Advertised" */
  figures = daftar_sentence_printf (_("%s: %s · %s"), role, range, daftar_band_kind_get_label (band->kind));

  info.format = format;
  info.title = band->source.title;
  info.publisher = band->source.publisher;
  info.as_of = band->as_of;
  info.body = figures;
  info.confidence = band->confidence;
  info.verified = band->verified;
  info.url = band->source.url != NULL && *band->source.url != '\0' ? band->source.url : NULL;
  info.max_width_chars = 44;
  gtk_list_box_append (self->list, daftar_source_row_new (&info));
  self->n_sources++;
}

guint
daftar_market_sources_get_n_sources (DaftarMarketSources *self)
{
  g_return_val_if_fail (DAFTAR_IS_MARKET_SOURCES (self), 0);

  return self->n_sources;
}

static void
daftar_market_sources_class_init (DaftarMarketSourcesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-market-sources.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarMarketSources, list);
}

static void
daftar_market_sources_init (DaftarMarketSources *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
daftar_market_sources_new (void)
{
  return g_object_new (DAFTAR_TYPE_MARKET_SOURCES, NULL);
}
