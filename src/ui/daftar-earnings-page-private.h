/* daftar-earnings-page-private.h — what the Earnings page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-bar-chart.h"
#include "daftar-earnings-page.h"
#include "daftar-fee-rules.h"
#include "daftar-market-compare.h"
#include "daftar-statement-export.h"
#include "daftar-store-market.h"
#include "daftar-store-report.h"

G_BEGIN_DECLS

struct _DaftarEarningsPage
{
  GtkWidget            parent_instance;

  DaftarStore         *store;
  GSettings           *settings;      /* nullable: no schema installed */
  DaftarFeeRules      *rules;         /* nullable: the bundled rules failed to load */
  gulong               changed_id;
  guint                reload_id;
  gboolean             dirty;
  gboolean             ready;
  GCancellable        *refresh_cancellable;   /* a refresh under way, else NULL */

  /* The rate the report lacks, for “Add Exchange Rate…” */
  gboolean             has_missing;
  char                 missing_base[4];
  char                 missing_quote[4];
  DaftarDay            missing_day;

  GtkStack            *stack;
  GtkDropDown         *period_dropdown;
  GtkDropDown         *by_dropdown;
  GtkDropDown         *basis_dropdown;
  GtkLabel            *basis_label;
  GtkLabel            *awaiting_label;
  GtkLabel            *range_label;
  GtkBox              *report_box;
  GtkWidget           *rate_card;
  GtkWidget           *goals_view;   /* DaftarGoalsView, after the rate card */
  GtkLabel            *effective_label;
  GtkLabel            *nominal_label;
  GtkLevelBar         *rate_bar;
  GtkLabel            *gap_label;
  GtkLabel            *net_label;
  GtkLabel            *gross_label;
  GtkLabel            *hours_label;
  GtkLabel            *paid_label;
  GtkLabel            *unpaid_label;
  GtkLabel            *costs_label;
  GtkLabel            *platform_fees_label;
  GtkLabel            *withdrawal_fees_label;
  GtkLabel            *tool_costs_label;
  GtkLabel            *chart_title;
  DaftarBarChart      *chart;
  AdwPreferencesGroup *ai_group;
  AdwActionRow        *with_ai_row;
  AdwActionRow        *without_ai_row;
  GtkLabel            *with_ai_rate;
  GtkLabel            *without_ai_rate;
  AdwPreferencesGroup *breakdown_group;
  GtkListBox          *breakdown_list;
  GtkListBox          *sources_list;
  AdwPreferencesGroup *market_group;
  GtkListBox          *market_list;
  AdwPreferencesGroup *feed_group;
  GtkLabel            *market_label;
  GtkLabel            *refresh_label;
  GtkLabel            *refresh_error_label;
  GtkSpinner          *refresh_spinner;
  GtkWidget           *refresh_button;
  AdwStatusPage       *error_page;
  GtkWidget           *add_rate_button;
  GtkWidget           *log_button;
  GtkWidget           *rates_button;

  /* The report shown, for Export Report… and Print… */
  gboolean             has_query;
  DaftarReportQuery    query;
};

/* In daftar-earnings-page-sections.c */
void daftar_earnings_page_show_range  (DaftarEarningsPage         *self,
                                       DaftarDay                   from,
                                       DaftarDay                   to,
                                       const char                 *currency);
void daftar_earnings_page_show_report (DaftarEarningsPage         *self,
                                       const DaftarEarningsInput  *input,
                                       const DaftarEarningsReport *report,
                                       const DaftarEarningsReport *ai_report);
void daftar_earnings_page_show_market (DaftarEarningsPage         *self,
                                       const DaftarMarket         *market,
                                       const DaftarComparison     *comparison,
                                       const GError               *error);
void daftar_earnings_page_show_feed   (DaftarEarningsPage         *self,
                                       const DaftarMarketState    *state,
                                       gboolean                    has_url);
void daftar_earnings_page_show_error  (DaftarEarningsPage         *self,
                                       const GError               *error,
                                       const DaftarEarningsInput  *input);

G_END_DECLS
