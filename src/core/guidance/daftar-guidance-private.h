/* daftar-guidance-private.h — what the guidance files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-guidance.h"

G_BEGIN_DECLS

#define DAFTAR_OUTLOOK_MAX_ACTIONS 4
#define DAFTAR_OUTLOOK_MAX_SOURCES 5

typedef struct
{
  DaftarCategory  category;
  DaftarOutlook   outlook;
  const char     *title;                                  /* N_() */
  const char     *body;                                   /* N_() */
  const char     *actions[DAFTAR_OUTLOOK_MAX_ACTIONS];    /* N_(), NULL-padded */
  const char     *sources[DAFTAR_OUTLOOK_MAX_SOURCES];    /* dataset ids, NULL-padded */
} DaftarOutlookEntry;

/* The rules' thresholds, in daftar-guidance-rules.c.  Shares and distances are in
 * thousandths. */
typedef struct
{
  gint64 min_seconds;
  gint64 outlook_share;
  gint64 below_band;
  gint64 unpaid_share;
  gint64 concentration;
  gint64 no_ai_share;
  gint64 ai_compare_seconds;
} DaftarGuidanceThresholds;

extern const DaftarGuidanceThresholds daftar_guidance_thresholds;

/* Scores: where each kind of card starts, 0–1000; the rules add weight for the
 * share of the user's work it concerns. */
enum
{
  SCORE_STARTER        = 900,
  SCORE_UNPAID_GAP     = 600,
  SCORE_GOAL_PACE      = 580,
  SCORE_BELOW_BAND     = 550,
  SCORE_NEEDS_RATE     = 520,
  SCORE_CONCENTRATION  = 500,
  SCORE_AI_COST        = 450,
  SCORE_OUTLOOK_RISK   = 400,
  SCORE_NO_AI          = 350,
  SCORE_OUTLOOK_MIXED  = 300,
  SCORE_AI_UNUSED      = 300,
  SCORE_DISCLOSURE     = 250,
  SCORE_OUTLOOK_RISING = 200,
};

typedef struct
{
  gint64 actual;
  gint64 paid;
  gint64 gross;
  gint64 net;
  gint64 ai;          /* seconds worked with an AI tool */
} DaftarGuidanceTotals;

typedef struct
{
  const char *key;
  const char *name;
  DaftarGuidanceTotals      totals;
} DaftarGuidancePlatform;

typedef struct
{
  const DaftarMarket        *market;
  const DaftarEarningsInput *input;
  DaftarFormat              *format;
  DaftarEarningsReport      *report;
  DaftarGuidanceTotals                     all;
  DaftarGuidanceTotals                     categories[DAFTAR_N_CATEGORIES];
  GPtrArray                 *platforms;   /* (element-type DaftarGuidancePlatform) */
  GPtrArray                 *cards;
} DaftarGuidanceContext;


const DaftarOutlookEntry *daftar_guidance_outlook_entry     (DaftarCategory category);

gint64              daftar_guidance_share            (gint64                     part,
                                                      gint64                     whole);
gint64              daftar_guidance_per_hour         (gint64                     amount,
                                                      gint64                     seconds);
char               *daftar_guidance_format_money     (DaftarGuidanceContext     *ctx,
                                                      gint64                     minor);
char               *daftar_guidance_format_rate      (DaftarGuidanceContext     *ctx,
                                                      gint64                     minor);
char               *daftar_guidance_format_percent   (DaftarGuidanceContext     *ctx,
                                                      gint64                     permille);
char               *daftar_guidance_format_hours     (DaftarGuidanceContext     *ctx,
                                                      gint64                     seconds);

DaftarGuidanceCard *daftar_guidance_card_new         (DaftarGuidanceContext     *ctx,
                                                      char                      *id,
                                                      DaftarGuidanceKind         kind,
                                                      DaftarGuidanceTone         tone,
                                                      int                        score);
void                daftar_guidance_card_add_actions (DaftarGuidanceCard        *card,
                                                      const char * const        *actions,
                                                      guint                      n_actions);
void                daftar_guidance_card_add_source  (DaftarGuidanceContext     *ctx,
                                                      DaftarGuidanceCard        *card,
                                                      const char                *id);
void                daftar_guidance_card_add_sources (DaftarGuidanceContext     *ctx,
                                                      DaftarGuidanceCard        *card,
                                                      const char * const        *ids,
                                                      guint                      n_ids);

#define ADD_ACTIONS(card, ...) \
  G_STMT_START { \
    static const char * const actions_[] = { __VA_ARGS__ }; \
    daftar_guidance_card_add_actions ((card), actions_, G_N_ELEMENTS (actions_)); \
  } G_STMT_END
#define ADD_SOURCES(ctx, card, ...) \
  G_STMT_START { \
    static const char * const ids_[] = { __VA_ARGS__ }; \
    daftar_guidance_card_add_sources ((ctx), (card), ids_, G_N_ELEMENTS (ids_)); \
  } G_STMT_END


/* The rules */
void                daftar_guidance_add_starter_cards (DaftarGuidanceContext    *ctx);
void                daftar_guidance_add_outlook_cards (DaftarGuidanceContext    *ctx);
gboolean            daftar_guidance_add_ledger_cards  (DaftarGuidanceContext    *ctx,
                                                      GError                   **error);

G_END_DECLS
