/* daftar-earnings-market.c — the effective rates against reported market rates, and the market data in use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-earnings-text.h"
#include "daftar-reveal.h"
#include "daftar-market-sources.h"
#include "daftar-plain-text.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-range-bar.h"
#include "daftar-rates-dialog.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-earnings-market.h"

struct _DaftarEarningsMarket
{
  AdwBin              parent_instance;

  AdwPreferencesGroup *market_group;
  GtkListBox          *market_list;
  AdwPreferencesGroup *feed_group;
  GtkLabel            *market_label;
  GtkLabel            *refresh_label;
  GtkLabel            *refresh_error_label;
  GtkSpinner          *refresh_spinner;
  GtkWidget           *refresh_button;
};

G_DEFINE_FINAL_TYPE (DaftarEarningsMarket, daftar_earnings_market, ADW_TYPE_BIN)

static GtkWidget *
create_market_row (DaftarFormat              *format,
                   const DaftarComparisonRow *row,
                   const char                *currency)
{
  GtkWidget *action_row = adw_action_row_new ();
  /* The generic entries (“Direct client”) in the user's language; brands as named. */
  const char *label = daftar_platform_key_get_label (row->platform_key);
  g_autofree char *platform = daftar_text_isolate_n (label != NULL ? label : row->platform_name, 300);
  g_autofree char *title = NULL;
  g_autofree char *rate = daftar_earnings_text_isolate (daftar_earnings_text_rate (format, TRUE, row->effective_rate_minor, currency));
  g_autofree char *subtitle = NULL;
  g_autofree char *work = daftar_comparison_row_get_work_label (row);

  /* Translators: a platform and a category, e.g. "Outlier · AI training" */
  title = daftar_sentence_printf (_("%s · %s"), platform, work);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (action_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), title);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (action_row), 8);

  if (row->matches->len == 0)
    {
      /* Translators: an effective rate and a note: "$21.16/h · No reported hourly rates for this." */
      subtitle = daftar_sentence_printf (_("%s · %s"), rate, _("No reported hourly rates for this."));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);
      return action_row;
    }

  {
    const DaftarBandMatch *best = &g_array_index (row->matches, DaftarBandMatch, 0);
    g_autofree char *position = daftar_band_match_describe (best, format);
    const char *note = daftar_band_kind_get_comparison_note (best->band->kind);
    g_autofree char *band = daftar_range_bar_describe_band (format, best, currency);
    g_autofree char *reported = NULL;
    g_autofree char *line = NULL;
    g_autofree char *name = NULL;
    GtkWidget *bar = daftar_range_bar_new ();
    GtkWidget *button = gtk_menu_button_new ();

    if (best->single_figure)
      /* Translators: the one figure a source reports, a rate is compared with, e.g. "Reported figure: $2.40" */
      reported = daftar_sentence_printf (_("Reported figure: %s"), band);
    else
      /* Translators: the reported band a rate is compared with, e.g. "Reported: $35.00 – $50.00 (typical $40.00)" */
      reported = daftar_sentence_printf (_("Reported: %s"), band);
    /* Translators: an effective rate, how it compares, and the band: "$21.16/h · Below the band by 39.5%" */
    line = daftar_sentence_printf (_("%s · %s"), rate, position);
    if (note != NULL)
      subtitle = g_strdup_printf ("%s\n%s\n%s", line, reported, note);
    else
      subtitle = g_strdup_printf ("%s\n%s", line, reported);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);

    daftar_range_bar_set_match (DAFTAR_RANGE_BAR (bar), format, best, row->effective_rate_minor, currency);
    gtk_widget_set_size_request (bar, 160, -1);
    adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), bar);

    /* Its popover is made when first opened: a page of rows makes none up front. */
    daftar_market_sources_defer (GTK_MENU_BUTTON (button), format, row->matches, currency);
    gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Sources…"));
    gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    /* Translators: accessible name of a button, e.g. "Sources for Outlier · AI training" */
    name = g_strdup_printf (_("Sources for %s"), title);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), button);
  }

  return action_row;
}

/**
 * daftar_earnings_page_show_market:
 * @market: (nullable): the dataset in use
 * @comparison: (nullable): the period's effective rates against it
 * @error: (nullable): why there is no comparison
 */
void
daftar_earnings_market_show (DaftarEarningsMarket   *self,
                             DaftarFormat           *format,
                             const DaftarMarket     *market,
                             const DaftarComparison *comparison,
                             const GError           *error)
{
  g_autofree char *publisher = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  daftar_earnings_list_clear (self->market_list);
  gtk_widget_set_visible (GTK_WIDGET (self->market_group),
                          market != NULL && comparison != NULL && comparison->rows->len > 0);
  /* The data in use is named below the comparison even when nothing compares. */
  gtk_widget_set_visible (GTK_WIDGET (self->market_label), market != NULL);
  if (market == NULL)
    return;

  for (guint i = 0; comparison != NULL && i < comparison->rows->len; i++)
    gtk_list_box_append (self->market_list,
                         create_market_row (format, g_ptr_array_index (comparison->rows, i), comparison->currency));

  publisher = daftar_text_isolate_n (market->publisher, 300);
  date = daftar_earnings_text_isolate (daftar_market_sources_format_as_of (format, market->as_of));
  /* Translators: "Market data: Daftar, 2026-11-22" */
  text = daftar_sentence_printf (_("Market data: %s, %s"), publisher, date);
  gtk_label_set_text (self->market_label, text);
}

/* "March 21, 2026, 14:05" in the user's calendar, digits and time zone. */
static char *
moment_text (DaftarFormat *format,
             gint64 utc)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (utc);
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  GDate day;

  if (local == NULL)
    return g_strdup ("—");

  daftar_date_from_date_time (local, &day);
  date = daftar_format_date (format, &day, DAFTAR_DATE_STYLE_LONG);
  time = daftar_format_time (format, utc, (gint32) (g_date_time_get_utc_offset (local) / G_USEC_PER_SEC));
  /* Translators: a date and a time of day, e.g. "March 21, 2026, 14:05" */
  return daftar_sentence_printf (_("%s, %s"), date, time);
}

/**
 * daftar_earnings_page_show_feed:
 * @state: (nullable): the stored dataset and last refresh, %NULL when unreadable
 * @has_url: whether a feed address is set, so Refresh can be offered
 * @busy: whether a refresh is under way
 *
 * The last refresh and the error of the last failed one, under the data in use.
 */
void
daftar_earnings_market_show_feed (DaftarEarningsMarket    *self,
                                  DaftarFormat            *format,
                                  const DaftarMarketState *state,
                                  gboolean                 has_url,
                                  gboolean                 busy)
{
  g_autofree char *refresh = NULL;
  g_autofree char *error = NULL;

  if (state != NULL && state->has_success)
    {
      g_autofree char *when = daftar_earnings_text_isolate (moment_text (format, state->success_utc));

      /* Translators: when market data last came from the feed, e.g. "Last refreshed: March 21, 2026, 14:05" */
      refresh = daftar_sentence_printf (_("Last refreshed: %s"), when);
    }
  else if (has_url)
    refresh = g_strdup (_("Not refreshed yet"));

  if (state != NULL && state->has_refresh && state->error != NULL)
    {
      /* Text from the network: isolated, shown as plain text, never as markup. */
      g_autofree char *message = daftar_text_isolate_n (state->error, 500);
      g_autofree char *when = daftar_earnings_text_isolate (moment_text (format, state->attempt_utc));

      /* Translators: the time of a failed market data refresh, then why it failed */
      error = daftar_sentence_printf (_("The refresh on %s failed: %s"), when, message);
    }

  gtk_label_set_text (self->refresh_label, refresh != NULL ? refresh : "");
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_label), refresh != NULL);
  gtk_label_set_text (self->refresh_error_label, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_error_label), error != NULL);

  gtk_widget_set_visible (self->refresh_button, has_url || busy);
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_spinner), busy);
  gtk_spinner_set_spinning (self->refresh_spinner, busy);
}

/**
 * daftar_earnings_market_reveal_in_steps:
 *
 * Shows the rows just shown a few a frame: see daftar_reveal_in_steps().
 */
void
daftar_earnings_market_reveal_in_steps (DaftarEarningsMarket *self)
{
  g_return_if_fail (DAFTAR_IS_EARNINGS_MARKET (self));
  daftar_reveal_in_steps (GTK_WIDGET (self->market_list));
}

gboolean
daftar_earnings_market_is_revealing (DaftarEarningsMarket *self)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_MARKET (self), FALSE);
  return daftar_reveal_is_busy (GTK_WIDGET (self->market_list));
}

static void
daftar_earnings_market_class_init (DaftarEarningsMarketClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-earnings-market.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsMarket, market_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsMarket, market_list);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsMarket, feed_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsMarket, market_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsMarket, refresh_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsMarket, refresh_error_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsMarket, refresh_spinner);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsMarket, refresh_button);
}

static void
daftar_earnings_market_init (DaftarEarningsMarket *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  daftar_accessible_name_from_child (GTK_WIDGET (self->refresh_button));
}
