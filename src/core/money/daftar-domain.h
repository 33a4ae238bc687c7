/* daftar-domain.h — the ledger's value types: platforms, projects, sessions, tools, payments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-keys.h"
#include "daftar-money.h"

G_BEGIN_DECLS

typedef enum
{
  DAFTAR_CATEGORY_WRITING,
  DAFTAR_CATEGORY_TRANSLATION,
  DAFTAR_CATEGORY_GRAPHIC_DESIGN,
  DAFTAR_CATEGORY_WEB_SOFTWARE,
  DAFTAR_CATEGORY_DATA_ENTRY,
  DAFTAR_CATEGORY_DATA_SCIENCE,
  DAFTAR_CATEGORY_AI_TRAINING,
  DAFTAR_CATEGORY_PROMPT_ENGINEERING,
  DAFTAR_CATEGORY_VIDEO,
  DAFTAR_CATEGORY_CONSULTING,
  DAFTAR_CATEGORY_OTHER,
  DAFTAR_N_CATEGORIES
} DaftarCategory;

typedef enum
{
  DAFTAR_PRICING_HOURLY,
  DAFTAR_PRICING_FIXED,
  DAFTAR_PRICING_PER_TASK,
  DAFTAR_N_PRICINGS
} DaftarPricing;

DAFTAR_DECLARE_KEYS (DaftarCategory, daftar_category)
const char *daftar_category_get_label  (DaftarCategory  category);

/* What kind of the work a project is, where the market data tells kinds apart:
 * only AI training so far (market-facts.md §2a: generalist raters, coders, STEM and
 * language experts, and professionals paid far more). */
typedef enum
{
  DAFTAR_SPECIALTY_GENERALIST,
  DAFTAR_SPECIALTY_CODING,
  DAFTAR_SPECIALTY_STEM,
  DAFTAR_SPECIALTY_LANGUAGE,
  DAFTAR_SPECIALTY_PROFESSIONAL,   /* legal, medical, finance */
  DAFTAR_N_SPECIALTIES
} DaftarSpecialty;

DAFTAR_DECLARE_KEYS (DaftarSpecialty, daftar_specialty)
const char *daftar_specialty_get_label (DaftarSpecialty  specialty);
gboolean    daftar_category_has_specialties (DaftarCategory category);

DAFTAR_DECLARE_KEYS (DaftarPricing, daftar_pricing)
const char *daftar_pricing_get_label   (DaftarPricing   pricing);

const char *daftar_platform_key_get_label (const char *key);
const char *daftar_platform_key_get_display_name (const char *key);

typedef struct
{
  gint64    id;
  char     *key;      /* "upwork", or a user slug */
  char     *name;     /* display name as stored */
  gboolean  builtin;
} DaftarPlatform;

typedef struct
{
  gint64          id;
  char           *name;
  char           *client;          /* NULL when none */
  gint64          platform_id;
  char           *platform_key;
  char           *platform_name;
  DaftarCategory  category;
  DaftarPricing   pricing;
  char            currency[4];
  gboolean        has_rate;        /* hourly rate per hour, project currency */
  gint64          rate_minor;
  gboolean        has_price;       /* fixed price, project currency */
  gint64          price_minor;
  gboolean        archived;
  gint64          created_utc;
  gboolean        has_specialty;   /* only where the category has specialties */
  DaftarSpecialty specialty;
} DaftarProject;

typedef struct
{
  gint64     id;
  gint64     project_id;
  char      *project_name;
  char       currency[4];          /* the project's currency */
  gint64     start_utc;            /* seconds since the epoch */
  gint32     utc_offset;           /* seconds east of UTC at the start */
  gint64     actual_seconds;
  gint64     paid_seconds;
  gboolean   has_earned;           /* per-task work: amount earned */
  gint64     earned_minor;
  char      *note;
  GPtrArray *tools;                /* (element-type utf8) tool names */
  gboolean   invoiced;             /* on an invoice already (read only) */
} DaftarSession;

typedef struct
{
  gint64    id;
  char     *name;
  gboolean  has_cost;
  DaftarMoney monthly_cost;
  gboolean  builtin;
  gboolean  hidden;
} DaftarTool;

typedef struct
{
  gint64    id;
  gint64    project_id;
  char     *project_name;
  char      date[11];              /* YYYY-MM-DD, the day received */
  DaftarMoney amount;
  gint64    withdrawal_fee_minor;  /* same currency as amount */
  char     *note;
  gboolean  has_platform_fee;      /* the platform reported the fee it charged */
  gint64    platform_fee_minor;
} DaftarPayment;

typedef struct
{
  gint64  project_id;
  char   *project_name;
  gint64  start_utc;
  gint32  utc_offset;
  char   *note;
} DaftarTimer;

void daftar_platform_free (DaftarPlatform *platform);
void daftar_project_free  (DaftarProject  *project);
void daftar_session_free  (DaftarSession  *session);
void daftar_tool_free     (DaftarTool     *tool);
void daftar_payment_free  (DaftarPayment  *payment);
void daftar_timer_free    (DaftarTimer    *timer);

gboolean daftar_session_equal (const DaftarSession *a,
                               const DaftarSession *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarPlatform, daftar_platform_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarProject, daftar_project_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarSession, daftar_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarTool, daftar_tool_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarPayment, daftar_payment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarTimer, daftar_timer_free)

G_END_DECLS
