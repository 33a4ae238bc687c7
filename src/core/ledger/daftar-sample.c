/* daftar-sample.c — a realistic month of freelance work, to try Daftar with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-sample"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-dates.h"
#include "daftar-day.h"
#include "daftar-fill.h"
#include "daftar-sample.h"
#include "daftar-store-report.h"

G_DEFINE_QUARK (daftar-sample-error-quark, daftar_sample_error)

/* The same month for the same day, on every machine. */
#define SAMPLE_SEED      20240403u
#define SAMPLE_DAYS      30
#define MAX_SESSIONS     60

typedef enum
{
  OUTLIER,
  MERCOR,
  LOGO,
  BLOG,
  DASHBOARD,
  RATING,
  N_SAMPLE_PROJECTS
} SampleProjectIndex;

/* The ledger's contents are the user's data, not interface text: like a real
 * bilingual freelancer's, they mix languages. They come in the language of the
 * interface (the "sample data" context of the catalogs), so a first run in Persian
 * or Arabic shows a freelancer who writes in it. */
static const char * const outlier_notes[] = {
  NC_("sample data", "Fa→En legal-register batch. The task timer allowed 30 min, most took 50."),
  NC_("sample data", "Rubric changed again: 40 min of unpaid onboarding quiz before tasks unlocked."),
  NC_("sample data", "Reviewer sent back two tasks; the redo time is not paid."),
  NC_("sample data", "Poetry and idiom prompts. Hard to judge fluency under the time cap."),
  NC_("sample data", "ارزیابی ترجمهٔ فارسی به انگلیسی؛ سقف زمانی هر تسک خیلی کم بود."),
  NC_("sample data", "Long medical texts; paid time capped at the estimate again."),
  NULL
};

/* For the few Outlier sessions paid in full */
static const char * const outlier_in_time_note = NC_("sample data", "Smooth batch, finished inside the estimate for once.");

static const char * const mercor_notes[] = {
  NC_("sample data", "Contract-clause QA: graded model answers on indemnity and termination."),
  NC_("sample data", "Wrote six rubric items for lease disputes; weekly sync with the project lead."),
  NC_("sample data", "Compared two model drafts of an NDA, flagged invented case law."),
  NC_("sample data", "Employment-law prompts, Persian and English versions."),
  NULL
};

static const char * const logo_notes[] = {
  NC_("sample data", "First concepts: three directions, palm and coffee cup."),
  NC_("sample data", "Revision round 1 — the client wants the Arabic wordmark bolder."),
  NC_("sample data", "Midjourney mood board, then redrew the mark by hand in Inkscape."),
  NC_("sample data", "مراجعة الألوان مع العميل: بني قهوة وأخضر نخيل."),
  NC_("sample data", "Final files: SVG, PNG and a one-page brand sheet. Delivered."),
  NULL
};

static const char * const blog_notes[] = {
  NC_("sample data", "Draft: “Async stand-ups that actually work”, 1,400 words."),
  NC_("sample data", "Research and outline for the remote-onboarding post."),
  NC_("sample data", "Client edits, a Grammarly pass, published."),
  NC_("sample data", "Interviewed two team leads for the hybrid-work piece."),
  NULL
};

static const char * const dashboard_notes[] = {
  NC_("sample data", "Orders-per-day chart and CSV export."),
  NC_("sample data", "Fixed the time-zone bug in the delivery report."),
  NC_("sample data", "Call with Kaveh: he wants a driver leaderboard next sprint."),
  NC_("sample data", "Login and roles for the warehouse staff."),
  NC_("sample data", "جلسه با کاوه دربارهٔ گزارش ماهانهٔ فروش."),
  NULL
};

static const char * const rating_notes[] = {
  NC_("sample data", "Rated chatbot replies for helpfulness, 14 tasks."),
  NC_("sample data", "Coding tasks pay better, took all I could find."),
  NC_("sample data", "Short session, the queue ran dry."),
  NULL
};

/* @text in the interface's language; NULL stays NULL */
static const char *
sample_text (const char *text)
{
  return text != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, "sample data", text) : NULL;
}

typedef struct
{
  DaftarFillProject   project;     /* its name and client in English, translated when written */
  int                 min_minutes;
  int                 max_minutes;
  const char * const *notes;
  const char         *specialty;   /* AI training: the kind of work, or NULL */
} SampleProject;

static const SampleProject projects[N_SAMPLE_PROJECTS] = {
  [OUTLIER] = { { NC_("sample data", "Persian–English translation evaluation"), NULL, "outlier",
                  DAFTAR_CATEGORY_AI_TRAINING, DAFTAR_PRICING_HOURLY, "USD", 4000, 0 },
                90, 210, outlier_notes, "language" },
  [MERCOR] = { { NC_("sample data", "Legal reasoning evaluation"), NULL, "mercor",
                 DAFTAR_CATEGORY_AI_TRAINING, DAFTAR_PRICING_HOURLY, "USD", 4500, 0 },
               60, 180, mercor_notes, "professional" },
  [LOGO] = { { NC_("sample data", "Logo for Nakhla Café"), NC_("sample data", "مقهى النخلة"), "fiverr",
               DAFTAR_CATEGORY_GRAPHIC_DESIGN, DAFTAR_PRICING_FIXED, "USD", 0, 30000 },
             60, 150, logo_notes },
  [BLOG] = { { NC_("sample data", "Remote-work blog series"), NC_("sample data", "Brightline Media"), "upwork",
               DAFTAR_CATEGORY_WRITING, DAFTAR_PRICING_HOURLY, "USD", 2500, 0 },
             90, 180, blog_notes },
  [DASHBOARD] = { { NC_("sample data", "Logistics sales dashboard"), NC_("sample data", "کاوه تهرانی"), "direct",
                    DAFTAR_CATEGORY_WEB_SOFTWARE, DAFTAR_PRICING_HOURLY, "EUR", 5500, 0 },
                  120, 240, dashboard_notes },
  [RATING] = { { NC_("sample data", "Chatbot response rating"), NULL, "dataannotation",
                 DAFTAR_CATEGORY_AI_TRAINING, DAFTAR_PRICING_PER_TASK, "USD", 0, 0 },
               45, 120, rating_notes, "generalist" },
};

/* Every tool the sample uses, and what the subscribed ones cost a month (0: free or unknown). */
static const DaftarFillTool sample_tools[] = {
  { "ChatGPT", 2000 },
  { "Midjourney", 1000 },
  { "Claude", 0 },
  { "DeepL", 0 },
  { "Grammarly", 0 },
  { "GitHub Copilot", 0 },
};

/* The logo was designed in the first working days of the month. */
#define LOGO_WORKING_DAYS 8

typedef struct
{
  DaftarStore *store;
  GRand       *rand;
  GTimeZone   *tz;
  GDate        first;            /* SAMPLE_DAYS days, ending today or the real today */
  gint64       now_utc;
  gint64       ids[N_SAMPLE_PROJECTS];
  guint        n_sessions;
  /* Per project and day: paid seconds and per-task earnings, to pay for later. */
  gint64       paid[N_SAMPLE_PROJECTS][SAMPLE_DAYS];
  gint64       earned[N_SAMPLE_PROJECTS][SAMPLE_DAYS];
  int          logo_done_index;
} Filler;

static gboolean
chance (Filler *f,
        int     percent)
{
  return g_rand_int_range (f->rand, 0, 100) < percent;
}

/* A whole number of @step minutes between @lo and @hi. */
static int
minutes_between (Filler *f,
                 int     lo,
                 int     hi,
                 int     step)
{
  return lo + step * g_rand_int_range (f->rand, 0, (hi - lo) / step + 1);
}

static SampleProjectIndex
pick_afternoon_project (Filler *f,
                        gboolean logo_time)
{
  static const struct { SampleProjectIndex project; int weight; } weights[] = {
    { OUTLIER, 30 }, { MERCOR, 14 }, { BLOG, 16 }, { DASHBOARD, 18 }, { RATING, 12 }, { LOGO, 30 },
  };
  int total = 0;
  int pick;

  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    if (weights[i].project != LOGO || logo_time)
      total += weights[i].weight;

  pick = g_rand_int_range (f->rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    {
      if (weights[i].project == LOGO && !logo_time)
        continue;
      if (pick < weights[i].weight)
        return weights[i].project;
      pick -= weights[i].weight;
    }

  g_assert_not_reached ();
  return OUTLIER;
}

static void
pick_tools (Filler             *f,
            SampleProjectIndex  project,
            const char         *tools[4])
{
  guint n = 0;

  /* Draw the same numbers whatever the project, so one choice doesn't shift the next. */
  gboolean a = chance (f, 55);
  gboolean b = chance (f, 30);
  gboolean c = chance (f, 70);

  switch (project)
    {
    case OUTLIER:
      if (a)
        tools[n++] = "DeepL";
      if (b)
        tools[n++] = "ChatGPT";
      break;
    case MERCOR:
      if (a)
        tools[n++] = "Claude";
      break;
    case LOGO:
      if (c)
        tools[n++] = "Midjourney";
      if (b)
        tools[n++] = "ChatGPT";
      break;
    case BLOG:
      if (c || a)
        tools[n++] = "ChatGPT";
      if (c)
        tools[n++] = "Grammarly";
      break;
    case DASHBOARD:
      if (c)
        tools[n++] = "GitHub Copilot";
      if (a)
        tools[n++] = "Claude";
      break;
    case RATING:
    case N_SAMPLE_PROJECTS:
    default:
      break;
    }

  tools[n] = NULL;
}

/* Writes one session of @project on day @index, starting @start_minutes after midnight;
 * @out_end_minutes is when it ends.  Sessions that would end after the real present, or
 * beyond the sample's size, are left out. */
static gboolean
add_session (Filler              *f,
             SampleProjectIndex   project,
             int                  index,
             int                  start_minutes,
             int                  max_minutes,
             int                 *out_end_minutes,
             GError             **error)
{
  const SampleProject *p = &projects[project];
  const char *tools[4];
  DaftarSessionDraft draft = { 0 };
  GDate day = f->first;
  int minutes = minutes_between (f, p->min_minutes, MIN (p->max_minutes, max_minutes), 5);
  int paid_percent = g_rand_int_range (f->rand, 40, 59);
  gboolean capped = chance (f, 85);
  int cents_per_hour = g_rand_int_range (f->rand, 1900, 2600);
  int note_index = g_rand_int_range (f->rand, 0, (int) g_strv_length ((char **) p->notes));
  gboolean has_note = chance (f, 75);

  pick_tools (f, project, tools);
  *out_end_minutes = start_minutes + minutes;

  if (f->n_sessions >= MAX_SESSIONS)
    return TRUE;

  g_date_add_days (&day, (guint) index);
  if (!daftar_local_to_utc_forward (&day, start_minutes / 60, start_minutes % 60, f->tz,
                                    &draft.start_utc, &draft.utc_offset, error))
    return FALSE;

  if (draft.start_utc + minutes * 60 > f->now_utc)
    return TRUE;

  draft.project_id = f->ids[project];
  draft.actual_seconds = minutes * 60;
  draft.note = has_note ? sample_text (p->notes[note_index]) : NULL;
  draft.tools = tools;

  /* The "$40/h advertised, about $21/h effective" story: the platform pays the estimated
   * task time, and most sessions run well past it. */
  if (project == OUTLIER && capped)
    {
      draft.has_paid = TRUE;
      draft.paid_seconds = (draft.actual_seconds * paid_percent / 100) / 60 * 60;
    }
  else if (project == OUTLIER && has_note)
    draft.note = sample_text (outlier_in_time_note);

  if (p->project.pricing == DAFTAR_PRICING_PER_TASK)
    {
      draft.has_earned = TRUE;
      draft.earned_minor = (gint64) minutes * cents_per_hour / 60;
    }

  if (!daftar_store_add_session (f->store, &draft, NULL, error))
    return FALSE;

  f->n_sessions++;
  f->paid[project][index] += draft.has_paid ? draft.paid_seconds : draft.actual_seconds;
  if (draft.has_earned)
    f->earned[project][index] += draft.earned_minor;
  if (project == LOGO)
    f->logo_done_index = index;

  return TRUE;
}

static gboolean
add_sessions (Filler  *f,
              GError **error)
{
  static const SampleProjectIndex morning[] = {
    OUTLIER, DASHBOARD, BLOG, OUTLIER, MERCOR, DASHBOARD, OUTLIER, BLOG, RATING, MERCOR,
  };
  guint working_day = 0;

  for (int index = 0; index < SAMPLE_DAYS; index++)
    {
      GDate day = f->first;
      GDateWeekday weekday;
      int end;

      g_date_add_days (&day, (guint) index);
      weekday = g_date_get_weekday (&day);

      if (weekday == G_DATE_SUNDAY)
        continue;

      if (weekday == G_DATE_SATURDAY)
        {
          gboolean works = chance (f, 35);
          SampleProjectIndex project = chance (f, 50) ? OUTLIER : RATING;
          int start = minutes_between (f, 10 * 60, 11 * 60, 15);

          if (works && !add_session (f, project, index, start, 180, &end, error))
            return FALSE;
          continue;
        }

      {
        gboolean logo_time = working_day < LOGO_WORKING_DAYS;
        SampleProjectIndex first = morning[working_day % G_N_ELEMENTS (morning)];
        SampleProjectIndex second = pick_afternoon_project (f, logo_time);
        int start = minutes_between (f, 8 * 60 + 30, 10 * 60, 15);
        int lunch = minutes_between (f, 45, 90, 5);
        gboolean evening = chance (f, 25);
        SampleProjectIndex late = chance (f, 60) ? OUTLIER : RATING;
        int late_start = minutes_between (f, 20 * 60, 21 * 60 + 15, 15);

        /* Two things in one afternoon is too much for the logo: it gets days of its own. */
        if (logo_time && working_day % 2 == 0)
          second = LOGO;
        if (second == first)
          second = first == OUTLIER ? RATING : OUTLIER;

        if (!add_session (f, first, index, start, 240, &end, error) ||
            !add_session (f, second, index, end + lunch, 240, &end, error))
          return FALSE;

        if (evening && !add_session (f, late, index, late_start, 120, &end, error))
          return FALSE;

        working_day++;
      }
    }

  return TRUE;
}

static gboolean
add_payment (Filler             *f,
             SampleProjectIndex  project,
             int                 index,
             gint64              amount_minor,
             gint64              fee_minor,
             gint64              platform_fee_minor,
             const char         *note,
             GError            **error)
{
  DaftarPaymentDraft draft = { 0 };
  GDate day = f->first;
  char iso[DAFTAR_DAY_ISO_LEN];

  if (index < 0 || index >= SAMPLE_DAYS || amount_minor <= 0)
    return TRUE;

  g_date_add_days (&day, (guint) index);
  daftar_day_to_iso (daftar_day_from_date (&day), iso);

  draft.project_id = f->ids[project];
  draft.date = iso;
  draft.amount_minor = amount_minor;
  draft.withdrawal_fee_minor = MIN (fee_minor, amount_minor);
  draft.has_platform_fee = platform_fee_minor > 0;
  draft.platform_fee_minor = MIN (platform_fee_minor, amount_minor - draft.withdrawal_fee_minor);
  draft.note = note;

  return daftar_store_add_payment (f->store, &draft, NULL, error);
}

/* Hours paid on days [from, to) at the project's rate, less @fee_percent. */
static gint64
hourly_amount (Filler             *f,
               SampleProjectIndex  project,
               int                 from,
               int                 to,
               int                 fee_percent)
{
  gint64 seconds = 0;

  for (int i = from; i < to && i < SAMPLE_DAYS; i++)
    seconds += f->paid[project][i];

  return seconds * projects[project].project.rate_minor / 3600 * (100 - fee_percent) / 100;
}

/* A payment is what the client paid: a fixed-price milestone, or an hourly or per-task
 * payout.  Upwork reports the 10% it took from the blog's two weeks, so that fee is
 * recorded; the others' platform fees are worked out from their rules.  On the work
 * basis an hourly or per-task payment only adds its withdrawal fee, since the sessions
 * already count the money. */
static gboolean
add_payments (Filler  *f,
              GError **error)
{
  gint64 earned = 0;
  gint64 blog = hourly_amount (f, BLOG, 0, 14, 0);

  for (int i = 0; i < 20; i++)
    earned += f->earned[RATING][i];

  return add_payment (f, OUTLIER, 8, hourly_amount (f, OUTLIER, 0, 7, 0), 150, 0,
                      "Weekly payout, withdrawn through Payoneer.", error) &&
         add_payment (f, OUTLIER, 15, hourly_amount (f, OUTLIER, 7, 14, 0), 150, 0,
                      "Weekly payout. Paid time only — the overruns are gone.", error) &&
         add_payment (f, BLOG, 19, blog, 99, blog / 10,
                      "Upwork, two weeks, less its 10% fee; Direct to Local Bank.", error) &&
         (f->logo_done_index < 0 ||
          add_payment (f, LOGO, f->logo_done_index + 14, 30000, 100, 0,
                       "Fiverr cleared the $300 order after 14 days.", error)) &&
         add_payment (f, DASHBOARD, 24, hourly_amount (f, DASHBOARD, 0, 15, 0), 437, 0,
                      "Invoice 2 paid by bank transfer, less the conversion fee.", error) &&
         add_payment (f, RATING, 21, earned, 0, 0, "پرداخت از طریق PayPal.", error);
}

static gboolean
add_projects (Filler  *f,
              GError **error)
{
  for (guint i = 0; i < N_SAMPLE_PROJECTS; i++)
    {
      const SampleProject *p = &projects[i];
      DaftarProjectDraft draft;

      daftar_fill_project_draft (&p->project, &draft);
      draft.name = sample_text (p->project.name);
      draft.client = sample_text (p->project.client);
      draft.specialty = p->specialty;

      if (!daftar_store_add_project (f->store, &draft, &f->ids[i], error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_empty (DaftarStore  *store,
             GError      **error)
{
  gboolean has_projects;

  if (!daftar_fill_has_projects (store, &has_projects, error))
    return FALSE;

  if (has_projects)
    {
      g_set_error_literal (error, DAFTAR_SAMPLE_ERROR, DAFTAR_SAMPLE_ERROR_NOT_EMPTY,
                           _("Sample data can only be added to an empty ledger, and this one "
                             "already has projects. Nothing was changed."));
      return FALSE;
    }

  return TRUE;
}

/* The direct client pays in euros: a rate a few days before the month lets the
 * Earnings page count them in dollars, the default home currency. */
static gboolean
add_rates (Filler  *f,
           GError **error)
{
  DaftarExchangeRate rate = { .base = "EUR", .quote = "USD", .rate_e8 = 108000000,
                              .source = DAFTAR_RATE_SOURCE_USER };
  GDate day = f->first;

  g_date_subtract_days (&day, 7);
  rate.day = daftar_day_from_date (&day);
  return daftar_store_add_rate (f->store, &rate, NULL, error);
}

static gboolean
fill (gpointer   data,
      GError   **error)
{
  Filler *f = data;

  /* The catalog may have been edited: put back the tools the sample uses. */
  return check_empty (f->store, error) &&
         daftar_fill_tools (f->store, sample_tools, G_N_ELEMENTS (sample_tools), error) &&
         add_projects (f, error) &&
         add_rates (f, error) &&
         add_sessions (f, error) &&
         add_payments (f, error);
}

/**
 * daftar_sample_fill:
 * @store: an empty ledger
 * @today: the last day of the sample month
 * @error: return location for a #GError
 *
 * Fills an empty ledger with a month of made-up but plausible work ending on
 * @today: six projects on Outlier, Mercor, Fiverr, Upwork, DataAnnotation and
 * a direct client, about fifty sessions with AI tools and notes, and a few
 * payments with withdrawal fees, and a EUR→USD rate for the euro client.
 * ChatGPT and Midjourney get a monthly cost.
 *
 * The month is the same for the same @today. Nothing is placed after the real
 * present: a @today in the future counts as the real today, and today's
 * sessions that would end later than now are left out.
 *
 * Everything is written in one transaction. A ledger that already has projects
 * is refused with %DAFTAR_SAMPLE_ERROR_NOT_EMPTY, and nothing is written.
 *
 * Returns: %TRUE on success
 */
gboolean
daftar_sample_fill (DaftarStore  *store,
                    const GDate  *today,
                    GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  Filler *f;
  GDate last;
  GDate real_today;
  gboolean ok;

  g_return_val_if_fail (DAFTAR_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  daftar_date_from_date_time (now, &real_today);
  last = g_date_compare (today, &real_today) > 0 ? real_today : *today;

  f = g_new0 (Filler, 1);
  f->store = store;
  f->rand = g_rand_new_with_seed (SAMPLE_SEED);
  f->tz = tz;
  f->now_utc = g_date_time_to_unix (now);
  f->first = last;
  g_date_subtract_days (&f->first, SAMPLE_DAYS - 1);
  f->logo_done_index = -1;

  ok = daftar_fill_in_transaction (store, fill, f, error);

  g_rand_free (f->rand);
  g_free (f);
  return ok;
}
