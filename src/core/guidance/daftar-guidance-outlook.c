/* daftar-guidance-outlook.c — what the sources say about each kind of work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry per category, from market-facts.md §4: the outlook, a card's title,
 * body and actions, and the ids of the dataset's claims and bands behind it.  The
 * texts are written for a freelancer in that field: plain, and about what to do.
 */
#define G_LOG_DOMAIN "daftar-guidance"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-guidance-private.h"

static const DaftarOutlookEntry entries[] = {
  {
    DAFTAR_CATEGORY_WRITING, DAFTAR_OUTLOOK_AT_RISK,
    N_("Writing work is shrinking: move toward editing and strategy"),
    N_("Posts for writing work fell by a fifth to a third since generative AI arrived, and writers’ earnings fell with them. "
       "Clients still pay for judgement: editing, fact-checking, a voice and a strategy."),
    {
      N_("Offer editing, fact-checking and rewriting of AI drafts, not only drafting."),
      N_("Pick a field you know — finance, health, law — and write for it."),
      N_("Sell finished pieces with research and strategy, not words by the hour."),
      N_("Use AI tools for the first draft and say what your review adds."),
    },
    { "e29-writing-coding-posts", "e33-writing-posts", "e31-writers-earnings", "s16-content-lifecycle" },
  },
  {
    DAFTAR_CATEGORY_TRANSLATION, DAFTAR_OUTLOOK_AT_RISK,
    N_("Simple translation is losing ground: move to review and evaluation"),
    N_("Demand for translation fell by a fifth to a half where machine translation can stand in, and pay for simple projects is reported down. "
       "Reviewing machine output and evaluating AI translation are growing, and your languages are the asset."),
    {
      N_("Offer post-editing and quality review of machine translation."),
      N_("Apply to AI translation-evaluation projects in your language pair."),
      N_("Specialise in legal, medical or technical texts, where errors cost clients most."),
    },
    { "e30-writing-translation-demand", "e33-writing-posts", "s7-translation-pay-cut", "e20-appen-persian", "e7-scale-multilingual" },
  },
  {
    DAFTAR_CATEGORY_GRAPHIC_DESIGN, DAFTAR_OUTLOOK_MIXED,
    N_("Design is changing: sell direction, not only execution"),
    N_("Posts for image-making fell, yet design stays among the most sought skills, and demand for AI image generation and editing nearly doubled. "
       "Execution is the part AI takes over; concept, brand and art direction stay with people."),
    {
      N_("Offer AI-assisted packages: concepts generated fast, refined by you."),
      N_("Move toward art direction and brand systems."),
      N_("Show the decisions behind your work in your portfolio, not only the results."),
    },
    { "e29-image-posts", "e39b-ai-image", "s13-technical-execution" },
  },
  {
    DAFTAR_CATEGORY_WEB_SOFTWARE, DAFTAR_OUTLOOK_MIXED,
    N_("Software work is shifting toward AI integration"),
    N_("Posts for routine coding fell, while demand for AI integration nearly tripled and chatbot development keeps growing. "
       "Developers who connect AI to real products are in demand."),
    {
      N_("Add AI integration to your services: language models, retrieval, agents."),
      N_("Build a small chatbot or automation project you can show."),
      N_("Answer job posts that mention AI, and state the results you deliver."),
    },
    { "e39b-ai-integration", "e29-writing-coding-posts", "e30-ml-demand" },
  },
  {
    DAFTAR_CATEGORY_DATA_ENTRY, DAFTAR_OUTLOOK_AT_RISK,
    N_("Data entry is at risk: move into data annotation and quality checks"),
    N_("Data entry has long been the lowest-paid category, and its posts are falling. "
       "Demand for data annotation and labelling, by contrast, more than doubled in a year."),
    {
      N_("Apply to data annotation and labelling projects."),
      N_("Learn data validation and quality assurance."),
      N_("Take a first course in data analysis: spreadsheets, SQL, charts."),
    },
    { "e29-data-entry-posts", "e39b-data-annotation", "e28-payoneer-2018-admin", "s6-mit-exposure" },
  },
  {
    DAFTAR_CATEGORY_DATA_SCIENCE, DAFTAR_OUTLOOK_RISING,
    N_("Data science and machine learning are in demand"),
    N_("Demand for machine-learning work keeps rising, and the best-paid data tasks pay more than before ChatGPT. "
       "AI and machine-learning specialists are among the fastest-growing roles."),
    {
      N_("Publish portfolio projects that show end-to-end results."),
      N_("Add MLOps and model deployment to your skills."),
      N_("Aim for high-value analysis rather than routine data tasks."),
    },
    { "e30-ml-demand", "e39d-ai-ml-gsv", "e39e-data-science-pay", "e38-upwork-data-scientist" },
  },
  {
    DAFTAR_CATEGORY_AI_TRAINING, DAFTAR_OUTLOOK_RISING,
    N_("AI training pays for expertise, but it is volatile"),
    N_("Pay for training and evaluating AI ranges from a few dollars to more than two hundred dollars an hour, depending on expertise. "
       "Projects start and stop without notice, and unpaid time can cut the real rate far below the advertised one."),
    {
      N_("Track your effective rate, including onboarding and overruns."),
      N_("Aim for domain-expert projects: law, medicine, finance, code."),
      N_("Work on more than one platform so a paused project doesn’t stop your income."),
      N_("Report tasks whose time limit is regularly too short."),
    },
    { "e11-mercor-average", "e12-mercor-range", "s25-outlier-effective", "e13-mercor-contractors", "e39-ai-specialist-premium" },
  },
  {
    DAFTAR_CATEGORY_PROMPT_ENGINEERING, DAFTAR_OUTLOOK_RISING,
    N_("Prompt engineering grows inside larger systems"),
    N_("Prompt-engineering work on Upwork grew by half in a year. "
       "It sells best as part of a workflow — automation, content pipelines, evaluation — rather than prompts alone."),
    {
      N_("Offer prompt engineering as part of an automation or content system."),
      N_("Show measured results: time saved, errors avoided."),
      N_("Learn evaluation: test sets and rubrics for AI output."),
    },
    { "e39c-prompt-engineering", "e39-ai-skills-demand" },
  },
  {
    DAFTAR_CATEGORY_VIDEO, DAFTAR_OUTLOOK_RISING,
    N_("Video is growing, AI video fastest of all"),
    N_("Posts for video editing rose, and demand for AI video generation and editing more than quadrupled."),
    {
      N_("Add AI video generation and editing to your services."),
      N_("Offer short-form packages for social media."),
      N_("Look at AI-training projects for video editors, which report good hourly pay."),
    },
    { "e39b-ai-video", "e33-writing-posts", "e12-mercor-video", "s1-fiverr-ai-reels" },
  },
  {
    DAFTAR_CATEGORY_CONSULTING, DAFTAR_OUTLOOK_RISING,
    N_("Clients want help adopting AI"),
    N_("Searches for AI consultants are up, and demand for human-centred roles such as coaching and training grew by about three quarters."),
    {
      N_("Offer AI-adoption consulting or training to small businesses."),
      N_("Help clients write AI-use and ownership clauses into their contracts."),
      N_("Combine your field’s knowledge with AI fluency; that mix is what is scarce."),
    },
    { "e39-human-centric", "s17-hybrid-roles", "e44-wef-net-jobs" },
  },
};

/* Starter cards: nothing logged in the period yet. */
static const struct
{
  const char *id;
  int         score;
  const char *title;
  const char *body;
  const char *actions[3];
  const char *sources[3];
} starters[] = {
  {
    "starter-log", SCORE_STARTER,
    N_("Log your first work session"),
    N_("Daftar’s guidance comes from your own ledger. Add a project with its platform and rate, "
       "then log the time you work, or start the timer."),
    {
      N_("Add a project with its platform, category and rate."),
      N_("Log each session with its real duration, or use the timer."),
      N_("Try the sample data first to see what Daftar shows."),
    },
    { "e27-payoneer-2022" },
  },
  {
    "starter-paid-time", SCORE_STARTER - 50,
    N_("Record paid time apart from time worked"),
    N_("Many platforms pay for less time than you work: task time limits, unpaid onboarding, reviews. "
       "Daftar shows the difference as your effective rate, the one that counts."),
    {
      N_("Enter the paid duration whenever a platform pays for less than you worked."),
      N_("Compare the nominal and effective rates on the Earnings page."),
    },
    { "s25-outlier-effective", "e3-outlier-effective" },
  },
  {
    "starter-ai-tools", SCORE_STARTER - 100,
    N_("Add the AI tools you pay for"),
    N_("With each tool’s monthly cost, Daftar charges it to the work you used it for and shows "
       "whether it pays for itself."),
    {
      N_("Add your AI tools and their monthly cost in Preferences."),
      N_("Pick the tools you used when you log a session."),
    },
    { "e42-fiverr-time-saved", "e43-fiverr-ai-use" },
  },
  {
    "starter-market", SCORE_STARTER - 150,
    N_("See where your field is heading"),
    N_("The sources report falling demand for some kinds of freelance work and fast growth for "
       "others. Once your work is logged, Daftar shows what they say about your fields."),
    {
      N_("Give each project its category, so the guidance matches your work."),
      N_("Look at the reported market rates on the Earnings page."),
    },
    { "e44-wef-net-jobs", "e39-ai-skills-demand", "e29-writing-coding-posts" },
  },
};

void
daftar_guidance_add_starter_cards (DaftarGuidanceContext *ctx)
{
  /* Translators: why a new user sees the first guidance cards. */
  const char *why = _("There is no work in your ledger for this period yet, so these are the first things worth knowing.");

  for (guint i = 0; i < G_N_ELEMENTS (starters); i++)
    {
      DaftarGuidanceCard *card = daftar_guidance_card_new (ctx, g_strdup (starters[i].id), DAFTAR_GUIDANCE_STARTER,
                                                           DAFTAR_GUIDANCE_TONE_INFO, starters[i].score);

      card->title = g_strdup (_(starters[i].title));
      card->body = g_strdup (_(starters[i].body));
      card->why = g_strdup (why);
      daftar_guidance_card_add_actions (card, starters[i].actions, G_N_ELEMENTS (starters[i].actions));
      daftar_guidance_card_add_sources (ctx, card, starters[i].sources, G_N_ELEMENTS (starters[i].sources));
    }
}

/* One card per category with enough of the hours. */
void
daftar_guidance_add_outlook_cards (DaftarGuidanceContext *ctx)
{
  for (DaftarCategory category = 0; category < DAFTAR_N_CATEGORIES; category++)
    {
      const DaftarOutlookEntry *entry = daftar_guidance_outlook_entry (category);
      const DaftarGuidanceTotals *totals = &ctx->categories[category];
      gint64 hours_share = daftar_guidance_share (totals->actual, ctx->all.actual);
      g_autofree char *percent = NULL, *hours = NULL, *all_hours = NULL;
      DaftarGuidanceCard *card;
      DaftarGuidanceTone tone;
      int score;

      if (entry == NULL || totals->actual <= 0 || hours_share < daftar_guidance_thresholds.outlook_share)
        continue;

      switch (entry->outlook)
        {
        case DAFTAR_OUTLOOK_AT_RISK:
          tone = DAFTAR_GUIDANCE_TONE_WARNING;
          score = SCORE_OUTLOOK_RISK + (int) (hours_share * 3 / 10);
          break;
        case DAFTAR_OUTLOOK_MIXED:
          tone = DAFTAR_GUIDANCE_TONE_INFO;
          score = SCORE_OUTLOOK_MIXED + (int) (hours_share / 5);
          break;
        case DAFTAR_OUTLOOK_RISING:
        case DAFTAR_OUTLOOK_NONE:
        default:
          tone = DAFTAR_GUIDANCE_TONE_OPPORTUNITY;
          score = SCORE_OUTLOOK_RISING + (int) (hours_share / 5);
          break;
        }

      card = daftar_guidance_card_new (ctx, g_strdup_printf ("outlook-%s", daftar_category_to_key (category)),
                       DAFTAR_GUIDANCE_OUTLOOK, tone, score);
      card->title = g_strdup (_(entry->title));
      card->body = g_strdup (_(entry->body));
      percent = daftar_guidance_format_percent (ctx, hours_share);
      hours = daftar_guidance_format_hours (ctx, totals->actual);
      all_hours = daftar_guidance_format_hours (ctx, ctx->all.actual);
      card->why = g_strdup_printf (/* Translators: a category like "Translation", a percentage,
                                    * then hours: "Translation is 62% of your hours in this period:
                                    * 41.5 h of 67 h." */
                                   _("%s is %s of your hours in this period: %s h of %s h."),
                                   daftar_category_get_label (category), percent, hours, all_hours);
      daftar_guidance_card_add_actions (card, entry->actions, DAFTAR_OUTLOOK_MAX_ACTIONS);
      daftar_guidance_card_add_sources (ctx, card, entry->sources, DAFTAR_OUTLOOK_MAX_SOURCES);

      card->has_category = TRUE;
      card->category = category;
      card->outlook = entry->outlook;
      card->actual_seconds = totals->actual;
      card->paid_seconds = totals->paid;
      card->share_permille = hours_share;
      card->amount_minor = totals->net;
      card->rate_minor = daftar_guidance_per_hour (totals->net, totals->actual);
    }
}

const DaftarOutlookEntry *
daftar_guidance_outlook_entry (DaftarCategory category)
{
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (entries[i].category == category)
      return &entries[i];

  return NULL;
}

/**
 * daftar_category_get_outlook:
 * @category: a category
 *
 * What the sources of market-facts.md §4 say about @category in the AI era.
 *
 * Returns: the outlook; %DAFTAR_OUTLOOK_NONE for "other"
 */
DaftarOutlook
daftar_category_get_outlook (DaftarCategory category)
{
  const DaftarOutlookEntry *entry = daftar_guidance_outlook_entry (category);

  return entry != NULL ? entry->outlook : DAFTAR_OUTLOOK_NONE;
}

const char *
daftar_outlook_to_key (DaftarOutlook outlook)
{
  switch (outlook)
    {
    case DAFTAR_OUTLOOK_NONE:     return "none";
    case DAFTAR_OUTLOOK_AT_RISK:  return "at-risk";
    case DAFTAR_OUTLOOK_MIXED:    return "mixed";
    case DAFTAR_OUTLOOK_RISING:   return "rising";
    default:                      g_return_val_if_reached (NULL);
    }
}
