/* daftar-earnings-page-sections.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Earnings page shows of a report, handed to its sections (rate card,
 * totals, chart, breakdown, rules) — and, when there is no report, why.
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-earnings-page-private.h"
#include "daftar-earnings-text.h"
#include "daftar-plain-text.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

/**
 * daftar_earnings_page_show_error:
 * @input: (nullable): the rows the report was worked out from, if they were read
 *
 * Shows why there is no report; for a missing exchange rate, which one, and the
 * button that adds it.
 */
void
daftar_earnings_page_show_error (DaftarEarningsPage        *self,
                                 DaftarFormat              *format,
                                 const GError              *error,
                                 const DaftarEarningsInput *input)
{
  gboolean missing_rate = g_error_matches (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING);
  g_autofree char *description = NULL;

  self->has_missing = missing_rate && input != NULL &&
                      daftar_earnings_find_missing_rate (input, &self->missing);

  if (self->has_missing)
    {
      const DaftarMissingRate *missing = &self->missing;
      g_autofree char *day = daftar_earnings_text_isolate (daftar_earnings_text_day (format, missing->day, DAFTAR_DATE_STYLE_LONG));

      /* Translators: the first two %s are currency codes (EUR, USD), the third a date */
      description = daftar_sentence_printf (_("There is no exchange rate from %s to %s on or before %s, so amounts in %s can’t be counted in %s. Add one, and the report comes back."),
                                     missing->base, missing->quote, day,
                                     missing->base, missing->quote);
    }
  else
    description = g_strdup (error->message);

  daftar_status_page_set_plain_description (self->error_page, description);
  adw_status_page_set_title (self->error_page,
                             missing_rate ? _("An Exchange Rate Is Missing")
                                          : _("The Earnings Could Not Be Worked Out"));
  gtk_widget_set_visible (self->add_rate_button, missing_rate);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

void
daftar_earnings_page_show_range (DaftarEarningsPage *self,
                                 DaftarDay           from,
                                 DaftarDay           to,
                                 const char         *currency)
{
  g_autofree char *period = NULL;
  g_autofree char *text = NULL;
  GDate first, last;

  daftar_day_to_date (from, &first);
  daftar_day_to_date (to, &last);
  period = daftar_earnings_text_isolate (daftar_format_period_label (daftar_context_get_format (self->context), &first, &last));
  /* Translators: the report's period and currency, e.g. "November 2026 · USD" */
  text = daftar_sentence_printf (_("%s · %s"), period, currency);
  gtk_label_set_text (self->range_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->range_label), text);
}

/**
 * daftar_earnings_page_show_report:
 * @input: the rows @report was worked out from
 * @report: the report, by the chosen dimension
 * @ai_report: the same, with and without AI tools
 * @series: (nullable): net over time, for the chart
 */
void
daftar_earnings_page_show_report (DaftarEarningsPage         *self,
                                  const DaftarEarningsInput  *input,
                                  const DaftarEarningsReport *report,
                                  const DaftarEarningsReport *ai_report,
                                  const DaftarEarningsSeries *series)
{
  DaftarFormat *format = daftar_context_get_format (self->context);

  daftar_earnings_page_show_totals (self, report, series);
  daftar_earnings_breakdown_show (self->breakdown, format, report, ai_report);
  daftar_earnings_rules_show (self->rules_section, format, input, report);
}

/* The top of the report: the rate card, the totals and the chart. */
void
daftar_earnings_page_show_totals (DaftarEarningsPage         *self,
                                  const DaftarEarningsReport *report,
                                  const DaftarEarningsSeries *series)
{
  DaftarFormat *format = daftar_context_get_format (self->context);

  daftar_earnings_rate_card_show (self->rate_card, format, report->totals, report->query.currency);
  daftar_earnings_totals_show (self->totals, format, report->totals, report->query.currency);
  daftar_earnings_totals_show_fees_charged (self->totals, format, report);
  daftar_earnings_chart_show (self->chart_section, series);
  gtk_stack_set_visible_child_name (self->stack, "report");
}

