/* daftar-guidance.h — upskilling guidance: ranked cards from the user's own ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-earnings.h"
#include "daftar-format.h"
#include "daftar-goals.h"
#include "daftar-market.h"

G_BEGIN_DECLS

/* What made a card: one rule each. */
typedef enum
{
  DAFTAR_GUIDANCE_STARTER,        /* a new user with nothing logged in the period */
  DAFTAR_GUIDANCE_OUTLOOK,        /* a category's outlook in the AI era */
  DAFTAR_GUIDANCE_BELOW_BAND,     /* effective rate below the reported band */
  DAFTAR_GUIDANCE_UNPAID_GAP,     /* much of the time worked went unpaid */
  DAFTAR_GUIDANCE_CONCENTRATION,  /* most of the net from one platform */
  DAFTAR_GUIDANCE_AI_COST,        /* AI subscriptions cost more than they bring */
  DAFTAR_GUIDANCE_AI_UNUSED,      /* a paid AI tool not used in the period */
  DAFTAR_GUIDANCE_NO_AI,          /* no AI tool in a field where peers use them */
  DAFTAR_GUIDANCE_DISCLOSURE,     /* AI on client work: disclose it, settle IP */
  DAFTAR_GUIDANCE_NEEDS_RATE,     /* market figures in a currency with no rate to it */
  DAFTAR_GUIDANCE_GOAL_PACE,      /* the month's net is behind the pace of the goal */
  DAFTAR_N_GUIDANCE_KINDS
} DaftarGuidanceKind;

/* How the card reads: a warning, an opening, or plain information. */
typedef enum
{
  DAFTAR_GUIDANCE_TONE_WARNING,
  DAFTAR_GUIDANCE_TONE_OPPORTUNITY,
  DAFTAR_GUIDANCE_TONE_INFO,
} DaftarGuidanceTone;

/* A category's outlook, from market-facts.md §4. */
typedef enum
{
  DAFTAR_OUTLOOK_NONE,            /* "other": the sources say nothing */
  DAFTAR_OUTLOOK_AT_RISK,
  DAFTAR_OUTLOOK_MIXED,
  DAFTAR_OUTLOOK_RISING,
} DaftarOutlook;

/* A source behind a card: a rate band or a claim of the market dataset (copied, so
 * the card outlives the dataset). */
typedef struct
{
  char             *id;          /* the band's or claim's id */
  gboolean          is_band;
  char             *figure;      /* as the dataset writes it: "-21%", "20.00–25.00 USD/h" */
  char             *text;        /* the claim's text or the band's role (English, as cited) */
  char             *as_of;       /* or NULL */
  char             *publisher;
  char             *title;
  char             *url;         /* https address, or NULL */
  DaftarConfidence  confidence;
  gboolean          verified;    /* FALSE: a reported claim nobody could trace */
} DaftarGuidanceSource;

typedef struct
{
  char               *id;        /* stable, for dismissing: "outlook-translation",
                                  * "below-band-translation-upwork", "unpaid-outlier"… */
  DaftarGuidanceKind  kind;
  DaftarGuidanceTone  tone;
  int                 score;     /* 0–1000, higher first */
  char               *title;     /* translated, figures in the locale's digits */
  char               *body;
  char               *why;       /* the user's own figures that triggered it */
  GPtrArray          *actions;   /* (element-type utf8) two to four */
  GPtrArray          *sources;   /* (element-type DaftarGuidanceSource) */

  /* The figures behind @why, for scripts and tests; unset ones are 0 / NULL. */
  gboolean            has_category;
  DaftarCategory      category;
  DaftarOutlook       outlook;
  char               *platform_key;
  char               *platform_name;
  gint64              actual_seconds;    /* in the card's scope */
  gint64              paid_seconds;
  gint64              share_permille;    /* of hours (outlook, no AI) or of net (platform) */
  gint64              rate_minor;        /* effective rate, per hour, report currency */
  gint64              nominal_rate_minor;
  gint64              amount_minor;      /* net, costs… in the report currency */
  gint64              band_low_minor;    /* the band, converted; low = high for one figure */
  gint64              band_high_minor;
  gint64              distance_permille; /* signed */
} DaftarGuidanceCard;

typedef struct
{
  DaftarDay   from;
  DaftarDay   to;
  char        currency[4];
  gint64      actual_seconds;   /* all the work in the period */
  GPtrArray  *cards;            /* (element-type DaftarGuidanceCard) by score, highest first */
} DaftarGuidance;

const char     *daftar_guidance_kind_to_key   (DaftarGuidanceKind  kind);
const char     *daftar_guidance_tone_to_key   (DaftarGuidanceTone  tone);
const char     *daftar_outlook_to_key         (DaftarOutlook       outlook);
DaftarOutlook   daftar_category_get_outlook   (DaftarCategory      category);

DaftarGuidance *daftar_guidance_compute       (const DaftarMarket        *market,
                                               const DaftarEarningsInput *input,
                                               DaftarFormat              *format,
                                               GError                   **error);
void            daftar_guidance_free          (DaftarGuidance            *guidance);

void            daftar_guidance_card_free     (DaftarGuidanceCard        *card);
void            daftar_guidance_add_card      (DaftarGuidance            *guidance,
                                               DaftarGuidanceCard        *card);

/* In daftar-guidance-goals.c: %NULL unless the month is behind (daftar-goals.h). */
DaftarGuidanceCard *daftar_guidance_goal_pace_card (const DaftarGoalsProgress *progress,
                                               DaftarFormat              *format);

const DaftarGuidanceCard *daftar_guidance_find (const DaftarGuidance     *guidance,
                                               const char                *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarGuidance, daftar_guidance_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarGuidanceCard, daftar_guidance_card_free)

G_END_DECLS
