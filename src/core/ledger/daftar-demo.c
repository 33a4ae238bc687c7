/* daftar-demo.c — a large, deterministic ledger for benchmarks and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twelve projects on eight platforms, in dollars, euros and pounds, with AI
 * tools, notes in three languages, a monthly exchange rate for each foreign
 * currency and a payment per project and month. Everything goes through the
 * validating store API; sessions are written DAFTAR_DEMO_BATCH to a
 * transaction, so the file is always a whole number of batches.
 */
#define G_LOG_DOMAIN "daftar-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-dates.h"
#include "daftar-day.h"
#include "daftar-demo.h"
#include "daftar-fill.h"
#include "daftar-format.h"
#include "daftar-store-report.h"

G_DEFINE_QUARK (daftar-demo-error-quark, daftar_demo_error)

/* A year of a busy freelancer is about three sessions a working day; past
 * five years, the days just get fuller. */
#define SESSIONS_PER_DAY  3
#define MIN_DAYS          30
#define MAX_DAYS          (5 * 365)
#define MAX_TOOLS         3

typedef struct
{
  DaftarFillProject   project;         /* a fixed price: one milestone a month of work */
  int                 weight;          /* share of the sessions */
  int                 min_minutes;
  int                 max_minutes;
  int                 capped_percent;  /* sessions paid for less than the time worked */
  const char * const  tools[MAX_TOOLS + 1];
  const char * const *notes;
} DemoProject;

/* The ledger's contents are user data, not interface text: not translated. */
static const char * const eval_notes[] = {
  "Fa→En evaluation batch; the estimate was 30 min, it took 50.",
  "ارزیابی ترجمه‌های حقوقی؛ سقف زمانی کم بود.",
  "Rubric update, unpaid onboarding quiz first.",
  NULL
};
static const char * const legal_notes[] = {
  "Graded model answers on termination clauses.",
  "Flagged invented case law in two drafts.",
  NULL
};
static const char * const rating_notes[] = {
  "Rated chatbot replies, 12 tasks.",
  "Coding tasks only today, better pay.",
  NULL
};
static const char * const design_notes[] = {
  "Three concepts for the wordmark.",
  "مراجعة الألوان مع العميل.",
  "Final files and a brand sheet.",
  NULL
};
static const char * const writing_notes[] = {
  "Draft of the next post, 1,200 words.",
  "Client edits and publishing.",
  NULL
};
static const char * const code_notes[] = {
  "Orders chart and CSV export.",
  "جلسه دربارهٔ گزارش ماهانه.",
  "Fixed a time-zone bug in the report.",
  NULL
};
static const char * const translation_notes[] = {
  "Contract translation, Persian to English, 3,000 words.",
  "Proofreading the second half.",
  NULL
};
static const char * const data_notes[] = {
  "Cleaned 400 product rows.",
  "تصحيح بيانات العملاء.",
  NULL
};
static const char * const prompt_notes[] = {
  "Twenty prompts for the support bot, with tests.",
  NULL
};
static const char * const video_notes[] = {
  "Storyboard and voice-over for the explainer.",
  "Second cut after feedback.",
  NULL
};
static const char * const science_notes[] = {
  "Churn model: feature engineering.",
  "Presented the results to the team.",
  NULL
};
static const char * const consulting_notes[] = {
  "Workshop on the remote-hiring process.",
  NULL
};

static const DemoProject projects[] = {
  { { "Translation evaluation", NULL, "outlier", DAFTAR_CATEGORY_AI_TRAINING,
      DAFTAR_PRICING_HOURLY, "USD", 4000, 0 }, 22, 45, 210, 80,
    { "DeepL", "ChatGPT", NULL }, eval_notes },
  { { "Legal reasoning evaluation", NULL, "mercor", DAFTAR_CATEGORY_AI_TRAINING,
      DAFTAR_PRICING_HOURLY, "USD", 4500, 0 }, 12, 60, 180, 30,
    { "Claude", NULL }, legal_notes },
  { { "Chatbot response rating", NULL, "dataannotation", DAFTAR_CATEGORY_AI_TRAINING,
      DAFTAR_PRICING_PER_TASK, "USD", 0, 0 }, 12, 30, 120, 0,
    { NULL }, rating_notes },
  { { "Logo for Nakhla Café", "مقهى النخلة", "fiverr", DAFTAR_CATEGORY_GRAPHIC_DESIGN,
      DAFTAR_PRICING_FIXED, "USD", 0, 30000 }, 5, 60, 150, 0,
    { "Midjourney", "Canva", NULL }, design_notes },
  { { "Remote-work blog series", "Brightline Media", "upwork", DAFTAR_CATEGORY_WRITING,
      DAFTAR_PRICING_HOURLY, "USD", 2500, 0 }, 9, 60, 180, 10,
    { "ChatGPT", "Grammarly", NULL }, writing_notes },
  { { "Logistics sales dashboard", "کاوه تهرانی", "direct", DAFTAR_CATEGORY_WEB_SOFTWARE,
      DAFTAR_PRICING_HOURLY, "EUR", 5500, 0 }, 10, 90, 240, 0,
    { "GitHub Copilot", "Claude", "Cursor" }, code_notes },
  { { "Contract translation", "Harrow & Pike", "peopleperhour", DAFTAR_CATEGORY_TRANSLATION,
      DAFTAR_PRICING_HOURLY, "GBP", 3000, 0 }, 8, 45, 180, 0,
    { "DeepL", NULL }, translation_notes },
  { { "Product data cleanup", NULL, "freelancer", DAFTAR_CATEGORY_DATA_ENTRY,
      DAFTAR_PRICING_PER_TASK, "USD", 0, 0 }, 6, 30, 120, 0,
    { "ChatGPT", NULL }, data_notes },
  { { "Support-bot prompt library", "Tidewater SaaS", "upwork", DAFTAR_CATEGORY_PROMPT_ENGINEERING,
      DAFTAR_PRICING_FIXED, "USD", 0, 80000 }, 4, 60, 180, 0,
    { "Claude", "ChatGPT", "Perplexity" }, prompt_notes },
  { { "Explainer video", "Sahel Tours", "fiverr", DAFTAR_CATEGORY_VIDEO,
      DAFTAR_PRICING_FIXED, "USD", 0, 45000 }, 4, 60, 240, 0,
    { "ElevenLabs", "Runway", NULL }, video_notes },
  { { "Churn model", "Nordlicht GmbH", "direct", DAFTAR_CATEGORY_DATA_SCIENCE,
      DAFTAR_PRICING_HOURLY, "EUR", 7000, 0 }, 5, 90, 240, 0,
    { "GitHub Copilot", NULL }, science_notes },
  { { "Hiring-process consulting", "Harrow & Pike", "direct", DAFTAR_CATEGORY_CONSULTING,
      DAFTAR_PRICING_HOURLY, "GBP", 9000, 0 }, 3, 60, 120, 0,
    { "Perplexity", NULL }, consulting_notes },
};

#define N_PROJECTS G_N_ELEMENTS (projects)

/* Subscriptions, in dollars a month */
static const DaftarFillTool subscriptions[] = {
  { "ChatGPT", 2000 },
  { "Claude", 2000 },
  { "Midjourney", 1000 },
  { "GitHub Copilot", 1000 },
  { "Cursor", 2000 },
};

typedef struct
{
  DaftarStore             *store;
  const DaftarDemoOptions *options;
  DaftarDemoStats         *stats;
  GRand                   *rand;
  GTimeZone               *tz;
  GDate                    first;
  guint                    n_days;
  guint                    n_months;
  int                      total_weight;
  gint64                   ids[N_PROJECTS];
  /* Per project and month since the first: paid seconds, per-task earnings. */
  gint64                  *paid;
  gint64                  *earned;
} Demo;

static guint
month_index (const Demo  *demo,
             const GDate *day)
{
  return (g_date_get_year (day) - g_date_get_year (&demo->first)) * 12 +
         g_date_get_month (day) - g_date_get_month (&demo->first);
}

static gboolean
check_options (const DaftarDemoOptions  *options,
               DaftarFormat             *format,
               GError                  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  if (options->n_sessions < 1 || options->n_sessions > DAFTAR_DEMO_MAX_SESSIONS)
    {
      g_autofree char *limit = daftar_format_integer (format, DAFTAR_DEMO_MAX_SESSIONS);

      g_set_error (error, DAFTAR_DEMO_ERROR, DAFTAR_DEMO_ERROR_INVALID,
                   /* Translators: %s is a number, 10,000,000 */
                   _("The number of sessions must be between 1 and %s."), limit);
      return FALSE;
    }

  daftar_date_from_date_time (now, &today);

  if (!g_date_valid (&options->last_day) ||
      g_date_compare (&options->last_day, &today) >= 0 ||
      g_date_get_year (&options->last_day) < 1990)
    {
      g_set_error_literal (error, DAFTAR_DEMO_ERROR, DAFTAR_DEMO_ERROR_INVALID,
                           _("The demo ledger must end before today and after 1990."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_empty (Demo    *demo,
             GError **error)
{
  gboolean has_projects;

  if (!daftar_fill_has_projects (demo->store, &has_projects, error))
    return FALSE;

  if (has_projects && !demo->options->append)
    {
      g_set_error_literal (error, DAFTAR_DEMO_ERROR, DAFTAR_DEMO_ERROR_NOT_EMPTY,
                           _("This ledger already has projects; a demo ledger is only written "
                             "to an empty one unless you ask to append. Nothing was changed."));
      return FALSE;
    }

  return TRUE;
}

/* The catalog may have been edited: put back the tools the projects use, and price
 * the subscriptions. */
static gboolean
prepare_tools (Demo    *demo,
               GError **error)
{
  DaftarFillTool used[N_PROJECTS * MAX_TOOLS];
  guint n_used = 0;

  for (guint p = 0; p < N_PROJECTS; p++)
    for (guint t = 0; t < MAX_TOOLS && projects[p].tools[t] != NULL; t++)
      used[n_used++] = (DaftarFillTool) { projects[p].tools[t], 0 };

  return daftar_fill_tools (demo->store, used, n_used, error) &&
         daftar_fill_tools (demo->store, subscriptions, G_N_ELEMENTS (subscriptions), error);
}

static gboolean
add_projects (Demo    *demo,
              GError **error)
{
  g_autoptr(GPtrArray) existing = daftar_store_list_projects (demo->store, TRUE, error);

  if (existing == NULL)
    return FALSE;

  for (guint i = 0; i < N_PROJECTS; i++)
    {
      const DemoProject *p = &projects[i];
      DaftarProjectDraft draft;

      daftar_fill_project_draft (&p->project, &draft);
      demo->ids[i] = 0;
      demo->total_weight += p->weight;

      /* Appending reuses the demo's projects when they are still there. */
      for (guint j = 0; j < existing->len && demo->ids[i] == 0; j++)
        {
          const DaftarProject *old = g_ptr_array_index (existing, j);

          if (g_utf8_collate (old->name, p->project.name) == 0 && old->pricing == p->project.pricing)
            demo->ids[i] = old->id;
        }

      if (demo->ids[i] != 0)
        continue;
      if (!daftar_store_add_project (demo->store, &draft, &demo->ids[i], error))
        return FALSE;
      demo->stats->n_projects++;
    }

  return TRUE;
}

/* A rate on the first of every month, a small random walk around a plausible value. */
static gboolean
add_rates (Demo    *demo,
           GError **error)
{
  static const struct { const char *base; gint64 start_e8; } foreign[] = {
    { "EUR", 108000000 },
    { "GBP", 127000000 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (foreign); c++)
    {
      gint64 rate_e8 = foreign[c].start_e8;
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 1, g_date_get_month (&demo->first), g_date_get_year (&demo->first));

      for (guint m = 0; m < demo->n_months; m++)
        {
          DaftarExchangeRate rate = { .rate_e8 = rate_e8, .source = DAFTAR_RATE_SOURCE_USER };

          g_strlcpy (rate.base, foreign[c].base, sizeof rate.base);
          g_strlcpy (rate.quote, "USD", sizeof rate.quote);
          rate.day = daftar_day_from_date (&day);
          if (!daftar_store_add_rate (demo->store, &rate, NULL, error))
            return FALSE;

          demo->stats->n_rates++;
          rate_e8 += rate_e8 / 1000 * g_rand_int_range (demo->rand, -15, 16);
          g_date_add_months (&day, 1);
        }
    }

  return TRUE;
}

static guint
pick_project (Demo *demo)
{
  int pick = g_rand_int_range (demo->rand, 0, demo->total_weight);

  for (guint i = 0; i < N_PROJECTS; i++)
    {
      if (pick < projects[i].weight)
        return i;
      pick -= projects[i].weight;
    }

  g_assert_not_reached ();
  return 0;
}

static gboolean
add_session (Demo        *demo,
             const GDate *day,
             GError     **error)
{
  guint index = pick_project (demo);
  const DemoProject *p = &projects[index];
  const char *tools[MAX_TOOLS + 1];
  DaftarSessionDraft draft = { 0 };
  guint n_tools = 0;
  guint month = month_index (demo, day);
  /* Draw every number for every session, so the sequence never depends on a branch. */
  int minutes = p->min_minutes + 5 * g_rand_int_range (demo->rand, 0,
                                                       (p->max_minutes - p->min_minutes) / 5 + 1);
  int start = 7 * 60 + 5 * g_rand_int_range (demo->rand, 0, (16 * 60 - minutes) / 5 + 1);
  gboolean capped = g_rand_int_range (demo->rand, 0, 100) < p->capped_percent;
  int paid_percent = g_rand_int_range (demo->rand, 40, 95);
  int cents_per_hour = g_rand_int_range (demo->rand, 1500, 3000);
  guint tool_bits = g_rand_int (demo->rand);
  int note = g_rand_int_range (demo->rand, -2, (int) g_strv_length ((char **) p->notes));

  if (!daftar_local_to_utc_forward (day, start / 60, start % 60, demo->tz,
                                    &draft.start_utc, &draft.utc_offset, error))
    return FALSE;

  for (guint t = 0; t < MAX_TOOLS && p->tools[t] != NULL; t++)
    if (tool_bits & (1u << t) && (tool_bits >> 8) % 4 != 0)
      tools[n_tools++] = p->tools[t];
  tools[n_tools] = NULL;

  draft.project_id = demo->ids[index];
  draft.actual_seconds = (gint64) minutes * 60;
  draft.note = note >= 0 ? p->notes[note] : NULL;
  draft.tools = tools;

  if (capped)
    {
      draft.has_paid = TRUE;
      draft.paid_seconds = draft.actual_seconds * paid_percent / 100 / 60 * 60;
    }

  if (p->project.pricing == DAFTAR_PRICING_PER_TASK)
    {
      draft.has_earned = TRUE;
      draft.earned_minor = (gint64) minutes * cents_per_hour / 60;
    }

  if (!daftar_store_add_session (demo->store, &draft, NULL, error))
    return FALSE;

  demo->paid[index * demo->n_months + month] += draft.has_paid ? draft.paid_seconds
                                                               : draft.actual_seconds;
  demo->earned[index * demo->n_months + month] += draft.earned_minor;
  demo->stats->n_sessions++;
  return TRUE;
}

static gboolean
add_sessions (Demo    *demo,
              GError **error)
{
  gint64 n = demo->options->n_sessions;
  gint64 written = 0;

  for (guint d = 0; d < demo->n_days; d++)
    {
      /* Sessions spread evenly over the days, whatever the total. */
      gint64 count = ((gint64) d + 1) * n / demo->n_days - (gint64) d * n / demo->n_days;
      GDate day = demo->first;

      g_date_add_days (&day, d);

      for (gint64 k = 0; k < count; k++, written++)
        {
          if (written % DAFTAR_DEMO_BATCH == 0)
            {
              if (written > 0)
                {
                  if (!daftar_store_commit (demo->store, error))
                    return FALSE;
                  /* Others (the app, another command) get their turn. */
                  daftar_store_yield (demo->store);
                }
              if (!daftar_store_begin (demo->store, error))
                return FALSE;
            }

          if (!add_session (demo, &day, error))
            {
              daftar_store_rollback (demo->store);
              return FALSE;
            }
        }
    }

  return daftar_store_commit (demo->store, error);
}

/* A payment on the 5th for each project's work of the month before, less a
 * withdrawal fee of a dollar and a percent or two. */
static gboolean
add_payments (gpointer   data,
              GError   **error)
{
  Demo *demo = data;

  for (guint i = 0; i < N_PROJECTS; i++)
    {
      const DemoProject *p = &projects[i];
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 5, g_date_get_month (&demo->first), g_date_get_year (&demo->first));

      for (guint m = 0; m < demo->n_months; m++)
        {
          gint64 paid = demo->paid[i * demo->n_months + m];
          DaftarPaymentDraft draft = { .project_id = demo->ids[i] };
          char iso[DAFTAR_DAY_ISO_LEN];
          int fee_percent = g_rand_int_range (demo->rand, 1, 3);

          g_date_add_months (&day, 1);
          if (g_date_compare (&day, &demo->options->last_day) > 0)
            break;

          switch (p->project.pricing)
            {
            case DAFTAR_PRICING_HOURLY:
              draft.amount_minor = paid * p->project.rate_minor / 3600;
              break;
            case DAFTAR_PRICING_FIXED:
              draft.amount_minor = paid > 0 ? p->project.price_minor : 0;
              break;
            case DAFTAR_PRICING_PER_TASK:
              draft.amount_minor = demo->earned[i * demo->n_months + m];
              break;
            case DAFTAR_N_PRICINGS:
            default:
              g_assert_not_reached ();
            }

          if (draft.amount_minor <= 0)
            continue;

          daftar_day_to_iso (daftar_day_from_date (&day), iso);
          draft.date = iso;
          draft.withdrawal_fee_minor = MIN (draft.amount_minor,
                                            100 + draft.amount_minor * fee_percent / 100);
          draft.note = fee_percent == 1 ? "Monthly payout." : "پرداخت ماهانه";

          if (!daftar_store_add_payment (demo->store, &draft, NULL, error))
            return FALSE;
          demo->stats->n_payments++;
        }
    }

  return TRUE;
}

static gboolean
prepare (gpointer   data,
         GError   **error)
{
  Demo *demo = data;

  return check_empty (demo, error) &&
         prepare_tools (demo, error) &&
         add_projects (demo, error) &&
         add_rates (demo, error);
}

/**
 * daftar_demo_fill:
 * @store: a ledger, empty unless @options->append
 * @options: how many sessions, the seed, the last day
 * @out_stats: (out) (optional): what was written
 * @error: return location for a #GError
 *
 * Writes a large made-up ledger: the projects, tools and exchange rates in
 * one transaction, then the sessions, #DAFTAR_DEMO_BATCH to a transaction,
 * then the payments in one transaction. The same options give the same
 * ledger on every machine with the same time zone.
 *
 * A ledger that already has projects is refused with
 * %DAFTAR_DEMO_ERROR_NOT_EMPTY unless @options->append is set.
 *
 * Returns: %TRUE on success; on error, the batches committed before stay
 */
gboolean
daftar_demo_fill (DaftarStore             *store,
                  const DaftarDemoOptions *options,
                  DaftarDemoStats         *out_stats,
                  GError                 **error)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  DaftarDemoStats stats = { 0 };
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (DAFTAR_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_options (options, daftar_store_get_format (store), error))
    return FALSE;

  demo.store = store;
  demo.options = options;
  demo.stats = &stats;
  demo.tz = tz;
  demo.rand = g_rand_new_with_seed (options->seed);
  demo.n_days = (guint) CLAMP ((options->n_sessions + SESSIONS_PER_DAY - 1) / SESSIONS_PER_DAY,
                               MIN_DAYS, MAX_DAYS);
  demo.first = options->last_day;
  g_date_subtract_days (&demo.first, demo.n_days - 1);
  demo.n_months = month_index (&demo, &options->last_day) + 1;
  demo.paid = g_new0 (gint64, N_PROJECTS * demo.n_months);
  demo.earned = g_new0 (gint64, N_PROJECTS * demo.n_months);
  stats.first_day = demo.first;

  ok = daftar_fill_in_transaction (store, prepare, &demo, error) &&
       add_sessions (&demo, error) &&
       daftar_fill_in_transaction (store, add_payments, &demo, error);

  g_free (demo.paid);
  g_free (demo.earned);
  g_rand_free (demo.rand);

  if (out_stats != NULL)
    *out_stats = stats;
  return ok;
}
