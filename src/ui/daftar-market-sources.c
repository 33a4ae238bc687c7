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
 * @as_of: "YYYY", "YYYY-MM" or "YYYY-MM-DD", or NULL
 *
 * Returns: the date in the user's calendar and digits: a day as a day, a month as
 *   the span it covers, which in another calendar may straddle two; a year as the
 *   Gregorian year the source means, marked so in other calendars
 */
char *
daftar_market_sources_format_as_of (const char *as_of)
{
  DaftarFormat *format = daftar_ui_format_get ();
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

static gboolean
activate_link_cb (GtkLinkButton       *button,
                  DaftarMarketSources *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* gtk_show_uri () goes through the OpenURI portal in a sandbox. */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                gtk_link_button_get_uri (button), GDK_CURRENT_TIME);
  gtk_popover_popdown (GTK_POPOVER (self));
  return TRUE;
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

/**
 * daftar_market_sources_add_match:
 * @match: a band the rate was compared with, and its figures in @currency
 *
 * Adds the band's source.
 */
void
daftar_market_sources_add_match (DaftarMarketSources   *self,
                                 const DaftarBandMatch *match,
                                 const char            *currency)
{
  const DaftarRateBand *band;
  gboolean has_title;
  g_autofree char *title = NULL;
  g_autofree char *publisher = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *date = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *role = NULL;
  g_autofree char *range = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *confidence = NULL;
  GtkWidget *row, *box, *footer, *label;

  g_return_if_fail (DAFTAR_IS_MARKET_SOURCES (self));
  g_return_if_fail (match != NULL && match->band != NULL);

  band = match->band;
  has_title = band->source.title != NULL;
  title = daftar_text_isolate_n (band->source.title, 300);
  publisher = daftar_text_isolate_n (band->source.publisher, 300);
  as_of = daftar_market_sources_format_as_of (band->as_of);
  date = daftar_text_isolate (as_of);
  /* Translators: a source's publisher and date, e.g. "The Verge · June 2023" */
  meta = daftar_sentence_printf (_("%s · %s"), publisher, date);
  /* A source without a headline is named by its publisher, above its date. */
  if (!has_title)
    {
      g_free (title);
      title = g_strdup (publisher);
      g_free (meta);
      meta = g_strdup (date);
    }
  role = daftar_text_isolate_n (band->role, 300);
  range = daftar_range_bar_describe_band (match, currency);
  /* Translators: what a band is about, its figures and kind: "Legal reviewer: $35.00 – $50.00 · Advertised" */
  figures = daftar_sentence_printf (_("%s: %s · %s"), role, range, daftar_band_kind_get_label (band->kind));
  /* Translators: how reliable a source is, e.g. "Confidence: medium" */
  confidence = daftar_sentence_printf (_("Confidence: %s"), daftar_confidence_get_label (band->confidence));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  add_label (GTK_BOX (box), title, "heading");
  add_label (GTK_BOX (box), meta, "dim-label");
  add_label (GTK_BOX (box), figures, NULL);

  footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = add_label (GTK_BOX (footer), confidence, "caption");
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "dim-label");
  if (!band->verified)
    {
      label = add_label (GTK_BOX (footer), _("Unverified claim"), "caption-heading");
      gtk_label_set_wrap (GTK_LABEL (label), FALSE);
      gtk_widget_add_css_class (label, "warning");
      gtk_widget_add_css_class (label, "unverified-badge");
      gtk_widget_set_tooltip_text (label, _("Reported, but nobody could trace the figure to its origin."));
    }
  if (band->source.url != NULL && *band->source.url != '\0')
    {
      GtkWidget *link = gtk_link_button_new_with_label (band->source.url, _("Source"));
      g_autofree char *name = NULL;

      gtk_widget_set_hexpand (link, TRUE);
      gtk_widget_set_halign (link, GTK_ALIGN_END);
      /* Translators: accessible name of a link, e.g. "Source: Upwork, “Fees”" */
      name = g_strdup_printf (_("Source: %s"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_signal_connect (link, "activate-link", G_CALLBACK (activate_link_cb), self);
      gtk_box_append (GTK_BOX (footer), link);
    }
  gtk_box_append (GTK_BOX (box), footer);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (self->list, row);
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
