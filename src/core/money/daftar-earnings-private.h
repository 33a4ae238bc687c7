/* daftar-earnings-private.h — what the earnings calculation's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-earnings.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 n_sessions;
  gint64 actual_seconds;
  gint64 paid_seconds;
  gint64 gross;
  gint64 platform;
  gint64 withdrawal;
  gint64 tools;
  gint64 costs;     /* platform costs: Connects, membership */
  gint64 awaiting;
} Accum;

typedef enum
{
  ITEM_WORK,
  ITEM_PAYMENT,
} ItemKind;

/* A work row or a payment, sorted by day, work before payments on a day. */
typedef struct
{
  DaftarDay day;
  ItemKind  kind;
  gint64    project_id;
  guint     project;   /* index into the states */
  guint     index;     /* into input->work or input->payments */
} Item;

typedef struct
{
  gint64 dim;      /* a tool id, 0 for none; 1 with AI, 0 without; else 0 */
  Accum  accum;
} DimAccum;

typedef struct
{
  const DaftarEarningsProject *project;
  Accum   total;
  Accum   pool;    /* the project's own amounts, from payments, in the period */
  GArray *dims;    /* DimAccum */
} ProjectState;

/* Costs of a platform that name no project. */
typedef struct
{
  const char *platform_key;
  const char *platform_name;
  Accum       accum;
} LooseCosts;

typedef struct
{
  const DaftarEarningsInput *input;
  ProjectState *states;
  GHashTable   *billed;       /* "platform␟client␟currency" → gint64 * */
  GHashTable   *rate_uses;    /* "base␟quote␟day␟source␟inverse" → DaftarEarningsRate * */
  GHashTable   *rules_used;   /* rule → rule */
  GPtrArray    *covers;       /* by payment index: GArray of work indices, or NULL */
  GPtrArray    *loose;        /* (element-type LooseCosts) costs of no project, by platform */
  gboolean      overflow;
} Calc;

void                  daftar_earnings_add_to        (gint64                     *sum,
                                                     gint64                      value,
                                                     Calc                       *calc);
void                  daftar_earnings_accum_add     (Accum                      *to,
                                                     const Accum                *from,
                                                     Calc                       *calc);
Accum                *daftar_earnings_get_dim       (ProjectState               *state,
                                                     gint64                      dim);
gboolean              daftar_earnings_to_home       (Calc                       *calc,
                                                     gint64                      minor,
                                                     const char                 *currency,
                                                     DaftarDay                   day,
                                                     gint64                     *out,
                                                     GError                    **error);

/* in daftar-earnings-share.c */
gboolean              daftar_earnings_charge_tools  (Calc                       *calc,
                                                     GHashTable                 *project_index,
                                                     GError                    **error);
void                  daftar_earnings_share_pool    (Calc                       *calc,
                                                     ProjectState               *state);

/* in daftar-earnings-cover.c */
GPtrArray            *daftar_earnings_find_covers   (const DaftarEarningsInput  *input,
                                                     GArray                     *items);
gboolean              daftar_earnings_fixed_payment (Calc                       *calc,
                                                     ProjectState               *state,
                                                     guint                       payment_index,
                                                     GError                    **error);
gboolean              daftar_earnings_awaiting      (Calc                       *calc,
                                                     GError                    **error);
gboolean              daftar_earnings_platform_fee  (Calc                       *calc,
                                                     const DaftarEarningsProject *project,
                                                     DaftarDay                   day,
                                                     gint64                      gross,
                                                     gboolean                    in_period,
                                                     gint64                     *out_fee,
                                                     GError                    **error);
gboolean              daftar_earnings_withdrawal_fee (Calc                      *calc,
                                                     const DaftarEarningsProject *project,
                                                     const DaftarPaymentRow     *payment,
                                                     gint64                     *out_fee,
                                                     GError                    **error);
guint                 daftar_earnings_tools_dims    (DaftarEarningsBy            by,
                                                     const gint64               *tools,
                                                     guint                       n_tools,
                                                     gint64                      dims[],
                                                     guint                       max_dims);
guint                 daftar_earnings_row_dims      (const DaftarEarningsInput  *input,
                                                     const DaftarWorkRow        *row,
                                                     gint64                      dims[],
                                                     guint                       max_dims);

#define DAFTAR_EARNINGS_MAX_DIMS 64

/* in daftar-earnings-costs.c */
GArray               *daftar_earnings_costs_new     (void);
gboolean              daftar_earnings_count_costs   (Calc                       *calc,
                                                     GHashTable                 *project_index,
                                                     GError                    **error);

/* in daftar-earnings-report.c */
DaftarEarningsReport *daftar_earnings_build_report  (Calc                       *calc);

/* In daftar-earnings-charged.c */
void                  daftar_earnings_compare_fees  (Calc                       *calc,
                                                     DaftarEarningsReport       *report);

G_END_DECLS
