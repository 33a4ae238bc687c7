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

/* A band's source as its row shows it, copied: the market it comes from may be
 * replaced by the feed before the popover is first opened. */
typedef struct
{
  char             *title;
  char             *publisher;
  char             *as_of;
  char             *body;
  DaftarConfidence  confidence;
  gboolean          verified;
  char             *url;
} Source;

static void
source_free (Source *source)
{
  g_free (source->title);
  g_free (source->publisher);
  g_free (source->as_of);
  g_free (source->body);
  g_free (source->url);
  g_free (source);
}

static Source *
source_new (DaftarFormat          *format,
            const DaftarBandMatch *match,
            const char            *currency)
{
  const DaftarRateBand *band = match->band;
  g_autofree char *role = daftar_text_isolate_n (band->role, 300);
  g_autofree char *range = daftar_range_bar_describe_band (format, match, currency);
  Source *source = g_new0 (Source, 1);

  source->title = g_strdup (band->source.title);
  source->publisher = g_strdup (band->source.publisher);
  source->as_of = g_strdup (band->as_of);
  /* Translators: what a band is about, its figures and kind: "Legal reviewer: $35.00 – $50.00 · Advertised" */
  source->body = daftar_sentence_printf (_("%s: %s · %s"), role, range, daftar_band_kind_get_label (band->kind));
  source->confidence = band->confidence;
  source->verified = band->verified;
  source->url = g_strdup (band->source.url != NULL && *band->source.url != '\0' ? band->source.url : NULL);
  return source;
}

static void
add_source (DaftarMarketSources *self,
            DaftarFormat        *format,
            const Source        *source)
{
  DaftarSourceRowInfo info = {
    .format = format,
    .title = source->title,
    .publisher = source->publisher,
    .as_of = source->as_of,
    .body = source->body,
    .confidence = source->confidence,
    .verified = source->verified,
    .url = source->url,
    .max_width_chars = 44,
  };

  gtk_list_box_append (self->list, daftar_source_row_new (&info));
  self->n_sources++;
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
  Source *source;

  g_return_if_fail (DAFTAR_IS_MARKET_SOURCES (self));
  g_return_if_fail (match != NULL && match->band != NULL);

  source = source_new (format, match, currency);
  add_source (self, format, source);
  source_free (source);
}

/* The sources of a menu button's popover, until it is first opened. */
typedef struct
{
  DaftarFormat *format;
  GPtrArray    *sources;   /* (element-type Source) */
} Deferred;

static void
deferred_free (gpointer data)
{
  Deferred *deferred = data;

  daftar_format_unref (deferred->format);
  g_ptr_array_unref (deferred->sources);
  g_free (deferred);
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  daftar_market_sources_ensure (button);
}

/**
 * daftar_market_sources_defer:
 * @button: the menu button that opens the sources
 * @matches: (element-type DaftarBandMatch): the bands a rate was compared with
 *
 * Gives @button a #DaftarMarketSources popover of @matches' sources, made when
 * it is first opened: a page of market rows then makes none of them up front.
 * What it shows is copied now.
 */
void
daftar_market_sources_defer (GtkMenuButton *button,
                             DaftarFormat  *format,
                             const GArray  *matches,
                             const char    *currency)
{
  Deferred *deferred;

  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (matches != NULL);

  deferred = g_new0 (Deferred, 1);
  deferred->format = daftar_format_ref (format);
  deferred->sources = g_ptr_array_new_full (matches->len, (GDestroyNotify) source_free);
  for (guint i = 0; i < matches->len; i++)
    g_ptr_array_add (deferred->sources,
                     source_new (format, &g_array_index (matches, DaftarBandMatch, i), currency));
  g_object_set_data_full (G_OBJECT (button), "daftar-market-sources", deferred, deferred_free);
  gtk_menu_button_set_create_popup_func (button, create_popup_cb, NULL, NULL);
}

/**
 * daftar_market_sources_ensure:
 * @button: a menu button given its sources by daftar_market_sources_defer()
 *
 * Makes @button's popover, if it is not made yet: what opening it first does.
 *
 * Returns: (transfer none): the popover
 */
DaftarMarketSources *
daftar_market_sources_ensure (GtkMenuButton *button)
{
  Deferred *deferred;
  GtkWidget *popover;

  g_return_val_if_fail (GTK_IS_MENU_BUTTON (button), NULL);

  /* Made once; GTK asks each time the button is opened. */
  if ((popover = GTK_WIDGET (gtk_menu_button_get_popover (button))) != NULL)
    return DAFTAR_MARKET_SOURCES (popover);

  deferred = g_object_get_data (G_OBJECT (button), "daftar-market-sources");
  g_return_val_if_fail (deferred != NULL, NULL);

  popover = daftar_market_sources_new ();
  for (guint i = 0; i < deferred->sources->len; i++)
    add_source (DAFTAR_MARKET_SOURCES (popover), deferred->format,
                g_ptr_array_index (deferred->sources, i));
  gtk_menu_button_set_popover (button, popover);
  /* What it shows is in the popover now. */
  g_object_set_data (G_OBJECT (button), "daftar-market-sources", NULL);
  return DAFTAR_MARKET_SOURCES (popover);
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
