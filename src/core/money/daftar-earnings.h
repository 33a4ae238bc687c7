/* daftar-earnings.h — gross, fees, AI costs, net and rates over a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-day.h"
#include "daftar-domain.h"
#include "daftar-fee-rules.h"
#include "daftar-fees.h"
#include "daftar-keys.h"
#include "daftar-rates.h"

G_BEGIN_DECLS

#define DAFTAR_EARNINGS_ERROR (daftar_earnings_error_quark ())

typedef enum
{
  DAFTAR_EARNINGS_ERROR_INPUT,      /* rows that point to nothing, bad currencies */
  DAFTAR_EARNINGS_ERROR_OVERFLOW,   /* totals too large to add up */
} DaftarEarningsError;

typedef enum
{
  DAFTAR_EARNINGS_BY_PROJECT,
  DAFTAR_EARNINGS_BY_PLATFORM,
  DAFTAR_EARNINGS_BY_CATEGORY,
  DAFTAR_EARNINGS_BY_CLIENT,
  DAFTAR_EARNINGS_BY_TOOL,       /* groups overlap: a session counts under each tool */
  DAFTAR_EARNINGS_BY_AI,         /* with AI tools vs without */
  DAFTAR_EARNINGS_N_BY
} DaftarEarningsBy;

/* When money counts: see the top of daftar-earnings.c. */
typedef enum
{
  DAFTAR_EARNINGS_BASIS_WORK,    /* earned: where the work was done (the default) */
  DAFTAR_EARNINGS_BASIS_PAID,    /* received: when the money arrived */
  DAFTAR_EARNINGS_N_BASES
} DaftarEarningsBasis;

/* A project as the calculation needs it, with its fee settings. */
typedef struct
{
  gint64          id;
  char           *name;
  gint64          client_id;          /* 0 when none: the project is then its own client */
  char           *client;             /* NULL when none */
  char           *platform_key;
  char           *platform_name;
  DaftarCategory  category;
  DaftarPricing   pricing;
  char            currency[4];
  gint64          rate_minor;         /* hourly projects: per hour */
  gboolean        has_price;          /* fixed-price projects: the agreed price */
  gint64          price_minor;
  DaftarFeeTerms  terms;              /* the contract's rate, for per-contract rules */
  gboolean        has_override_ppm;   /* a flat % that replaces the platform's rules */
  gint32          override_ppm;
  char           *withdrawal_rule;    /* the rule for payments recorded without a fee */
  gboolean        has_specialty;      /* compared with the market's figures for it */
  DaftarSpecialty specialty;
} DaftarEarningsProject;

/* Work summed per project, day and set of AI tools. */
typedef struct
{
  gint64    project_id;
  DaftarDay day;
  guint     tool_set;         /* see daftar_earnings_input_intern_tool_set(); 0: none */
  gint64    n_sessions;
  gint64    actual_seconds;
  gint64    paid_seconds;
  gint64    earned_minor;     /* per-task work, project currency */
} DaftarWorkRow;

typedef struct
{
  gint64    project_id;
  DaftarDay day;
  gint64    amount_minor;           /* project currency */
  gint64    withdrawal_fee_minor;   /* as recorded; 0 when none was */
  gboolean  has_platform_fee;       /* the platform's fee, when it reported one */
  gint64    platform_fee_minor;
} DaftarPaymentRow;

/* A platform's charge or refund outside payments (imported from Upwork, say). */
typedef enum
{
  DAFTAR_COST_WITHDRAWAL,   /* counts as a withdrawal fee */
  DAFTAR_COST_CONNECTS,     /* counts as a platform cost */
  DAFTAR_COST_MEMBERSHIP,   /* counts as a platform cost */
  DAFTAR_COST_REFUND,       /* reduces gross */
  DAFTAR_N_COST_KINDS
} DaftarCostKind;

typedef struct
{
  gint64          project_id;     /* 0 when the cost is the platform's, no project's */
  char           *platform_key;
  char           *platform_name;
  DaftarCostKind  kind;
  DaftarDay       day;            /* counts on this day, on either basis */
  gint64          amount_minor;   /* > 0 */
  char            currency[4];
} DaftarCostRow;

typedef struct
{
  gint64      id;
  char       *name;
  gboolean    has_cost;
  DaftarMoney monthly_cost;
} DaftarEarningsTool;

/* What a report is worked out for: the Earnings page's choices, its input's and its own. */
typedef struct
{
  DaftarDay           from;         /* first day, inclusive */
  DaftarDay           to;           /* last day, inclusive */
  char                currency[4];  /* the home currency */
  DaftarEarningsBy    by;
  DaftarEarningsBasis basis;
} DaftarEarningsQuery;

typedef struct
{
  DaftarEarningsQuery   query;        /* basis: DAFTAR_EARNINGS_BASIS_WORK unless set */
  GPtrArray            *projects;     /* (element-type DaftarEarningsProject) */
  GPtrArray            *tools;        /* (element-type DaftarEarningsTool) */
  GPtrArray            *tool_sets;    /* (element-type GArray of gint64) sorted ids */
  GArray               *work;         /* DaftarWorkRow, any order */
  GArray               *payments;     /* DaftarPaymentRow, any order */
  GArray               *costs;        /* DaftarCostRow, any order */
  const DaftarFeeRules *rules;        /* (nullable) borrowed */
  DaftarRateTable      *rates;        /* owned */
  DaftarFormat         *format;       /* (nullable) owned: the digits of its messages */
} DaftarEarningsInput;

typedef struct
{
  char     *key;                /* stable: a project or tool id, a platform key… */
  char     *label;              /* for people */
  gint64    id;                 /* the project or tool id, else 0 */
  gint64    n_sessions;
  gint64    actual_seconds;
  gint64    paid_seconds;
  gint64    gross_minor;        /* all money in the report's currency */
  gint64    platform_fees_minor;
  gint64    withdrawal_fees_minor;
  gint64    tool_costs_minor;
  gint64    platform_costs_minor; /* Connects, membership */
  gint64    net_minor;
  gboolean  has_nominal_rate;   /* FALSE without paid time */
  gint64    nominal_rate_minor; /* gross per paid hour */
  gboolean  has_effective_rate; /* FALSE without work time */
  gint64    effective_rate_minor; /* net per hour worked */
  gint64    awaiting_minor;     /* fixed-price work logged, not yet paid: beside net */
} DaftarEarningsLine;

typedef struct
{
  DaftarRateUse use;
  guint         n_uses;
} DaftarEarningsRate;

typedef struct
{
  DaftarEarningsQuery query;
  DaftarEarningsLine *totals;
  GPtrArray          *groups;   /* (element-type DaftarEarningsLine) by net, highest first */
  GArray             *rates;    /* DaftarEarningsRate: the exchange rates used */
  GPtrArray          *rules;    /* (element-type DaftarFeeRule) the fee rules applied */
  /* Payments in the period with the platform fee actually charged, and what the
   * rules predict for the same payments (daftar-earnings-charged.c) */
  guint               n_fees_charged;
  gint64              fees_charged_minor;
  gint64              fees_predicted_minor;
} DaftarEarningsReport;

GQuark               daftar_earnings_error_quark        (void);

DAFTAR_DECLARE_KEYS (DaftarEarningsBy, daftar_earnings_by)

DAFTAR_DECLARE_KEYS (DaftarEarningsBasis, daftar_earnings_basis)

DaftarEarningsInput *daftar_earnings_input_new          (DaftarDay         from,
                                                         DaftarDay         to,
                                                         const char       *currency,
                                                         DaftarEarningsBy  by);
void                 daftar_earnings_input_free         (DaftarEarningsInput *input);
void                 daftar_earnings_input_add_project  (DaftarEarningsInput         *input,
                                                         const DaftarEarningsProject *project);
const DaftarEarningsProject *daftar_earnings_input_get_project (const DaftarEarningsInput *input,
                                                         gint64                     id);
void                 daftar_earnings_input_add_tool     (DaftarEarningsInput      *input,
                                                         const DaftarEarningsTool *tool);
guint                daftar_earnings_input_intern_tool_set (DaftarEarningsInput *input,
                                                         const gint64        *tool_ids,
                                                         guint                n_tool_ids);
void                 daftar_earnings_input_add_work     (DaftarEarningsInput *input,
                                                         const DaftarWorkRow *row);
void                 daftar_earnings_input_add_payment  (DaftarEarningsInput    *input,
                                                         const DaftarPaymentRow *row);
void                 daftar_earnings_input_add_cost     (DaftarEarningsInput    *input,
                                                         const DaftarCostRow    *row);
DAFTAR_DECLARE_KEYS (DaftarCostKind, daftar_cost_kind)

DaftarEarningsReport *daftar_earnings_compute           (const DaftarEarningsInput *input,
                                                         GError                   **error);
void                 daftar_earnings_report_free        (DaftarEarningsReport *report);

gboolean             daftar_allocate_largest_remainder  (gint64        total,
                                                         const gint64 *weights,
                                                         guint         n,
                                                         gint64       *out_shares);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarEarningsInput, daftar_earnings_input_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarEarningsReport, daftar_earnings_report_free)

G_END_DECLS
