/* daftar-earnings-page-private.h — what the Earnings page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-bar-chart.h"
#include "daftar-context.h"
#include "daftar-earnings-breakdown.h"
#include "daftar-earnings-chart.h"
#include "daftar-earnings-market.h"
#include "daftar-earnings-rate-card.h"
#include "daftar-earnings-rules.h"
#include "daftar-earnings-totals.h"
#include "daftar-earnings-missing.h"
#include "daftar-earnings-page.h"
#include "daftar-fee-rules.h"
#include "daftar-market-compare.h"
#include "daftar-page-reload.h"
#include "daftar-statement-export.h"
#include "daftar-store-market.h"
#include "daftar-store-report.h"

G_BEGIN_DECLS

struct _DaftarEarningsPage
{
  GtkWidget            parent_instance;

  DaftarContext       *context;
  DaftarStore         *store;         /* the context's */
  GSettings           *settings;      /* nullable: no schema installed */
  const DaftarFeeRules *rules;        /* the context's; nullable: the bundled rules failed to load */
  DaftarPageReload     reload;        /* worked out again when shown, once changed */
  gboolean             ready;
  GCancellable        *refresh_cancellable;   /* a refresh under way, else NULL */
  GCancellable        *loading;               /* the report's worker, else NULL */
  gpointer             shown_job;             /* its report, shown a part a frame */
  guint                part_id;               /* shows the next part */
  guint                next_part;

  /* The rate the report lacks, for “Add Exchange Rate…” */
  gboolean             has_missing;
  DaftarMissingRate    missing;

  GtkStack            *stack;
  GtkDropDown         *period_dropdown;
  GtkDropDown         *by_dropdown;
  GtkDropDown         *basis_dropdown;
  GtkLabel            *basis_label;
  GtkLabel            *range_label;
  GtkBox              *report_box;
  DaftarEarningsRateCard *rate_card;
  GtkWidget           *goals_view;   /* DaftarGoalsView, after the rate card */
  DaftarEarningsTotals *totals;
  DaftarEarningsChart *chart_section;
  DaftarEarningsBreakdown *breakdown;
  DaftarEarningsMarket *market;
  DaftarEarningsRules *rules_section;
  AdwStatusPage       *error_page;
  GtkWidget           *add_rate_button;
  GtkWidget           *log_button;

  /* The report shown, for Export Report… and Print… */
  gboolean             has_query;
  DaftarEarningsQuery  query;
};

/* In daftar-earnings-page.c */
gboolean daftar_earnings_page_prepare     (DaftarEarningsPage         *self,
                                           DaftarEarningsQuery        *query);
void     daftar_earnings_page_show_market (DaftarEarningsPage         *self,
                                           DaftarEarningsInput        *input);

/* In daftar-earnings-page-load.c */
void     daftar_earnings_page_load        (DaftarEarningsPage         *self);
void     daftar_earnings_page_stop_worker (DaftarEarningsPage         *self);
void     daftar_earnings_page_cancel_load (DaftarEarningsPage         *self);

/* In daftar-earnings-page-sections.c */
void daftar_earnings_page_show_range  (DaftarEarningsPage         *self,
                                       DaftarDay                   from,
                                       DaftarDay                   to,
                                       const char                 *currency);
void daftar_earnings_page_show_report (DaftarEarningsPage         *self,
                                       const DaftarEarningsInput  *input,
                                       const DaftarEarningsReport *report,
                                       const DaftarEarningsReport *ai_report,
                                       const DaftarEarningsSeries *series);
void daftar_earnings_page_show_totals (DaftarEarningsPage         *self,
                                       const DaftarEarningsReport *report,
                                       const DaftarEarningsSeries *series);
void daftar_earnings_page_show_error  (DaftarEarningsPage         *self,
                                       DaftarFormat               *format,
                                       const GError               *error,
                                       const DaftarEarningsInput  *input);

G_END_DECLS
