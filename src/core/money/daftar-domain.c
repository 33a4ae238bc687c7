/* daftar-domain.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-domain"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-domain.h"

static const char * const category_keys[DAFTAR_N_CATEGORIES] = {
  "writing",
  "translation",
  "graphic-design",
  "web-software",
  "data-entry",
  "data-science",
  "ai-training",
  "prompt-engineering",
  "video",
  "consulting",
  "other",
};

static const char * const specialty_keys[DAFTAR_N_SPECIALTIES] = {
  "generalist",
  "coding",
  "stem",
  "language",
  "professional",
};

static const char * const pricing_keys[DAFTAR_N_PRICINGS] = {
  "hourly",
  "fixed",
  "per-task",
};

DAFTAR_DEFINE_KEYS (DaftarCategory, daftar_category, category_keys, DAFTAR_KEYS_ANY_CASE)

/**
 * daftar_category_get_label:
 *
 * Returns: (transfer none): the category's name in the user's language
 */
const char *
daftar_category_get_label (DaftarCategory category)
{
  switch (category)
    {
    case DAFTAR_CATEGORY_WRITING:            return _("Writing");
    case DAFTAR_CATEGORY_TRANSLATION:        return _("Translation");
    case DAFTAR_CATEGORY_GRAPHIC_DESIGN:     return _("Graphic design");
    case DAFTAR_CATEGORY_WEB_SOFTWARE:       return _("Web and software");
    case DAFTAR_CATEGORY_DATA_ENTRY:         return _("Data entry");
    case DAFTAR_CATEGORY_DATA_SCIENCE:       return _("Data science and ML");
    case DAFTAR_CATEGORY_AI_TRAINING:        return _("AI training and evaluation");
    case DAFTAR_CATEGORY_PROMPT_ENGINEERING: return _("Prompt engineering");
    case DAFTAR_CATEGORY_VIDEO:              return _("Video");
    case DAFTAR_CATEGORY_CONSULTING:         return _("Consulting and marketing");
    case DAFTAR_CATEGORY_OTHER:              return _("Other");
    case DAFTAR_N_CATEGORIES:
    default:
      g_return_val_if_reached (NULL);
    }
}

DAFTAR_DEFINE_KEYS (DaftarPricing, daftar_pricing, pricing_keys, DAFTAR_KEYS_ANY_CASE)

const char *
daftar_pricing_get_label (DaftarPricing pricing)
{
  switch (pricing)
    {
    case DAFTAR_PRICING_HOURLY:   return _("Hourly");
    case DAFTAR_PRICING_FIXED:    return _("Fixed price");
    case DAFTAR_PRICING_PER_TASK: return _("Per task");
    case DAFTAR_N_PRICINGS:
    default:
      g_return_val_if_reached (NULL);
    }
}

DAFTAR_DEFINE_KEYS (DaftarSpecialty, daftar_specialty, specialty_keys, DAFTAR_KEYS_ANY_CASE)

const char *
daftar_specialty_get_label (DaftarSpecialty specialty)
{
  switch (specialty)
    {
    /* Translators: a kind of AI training work: rating and writing without an expert field. */
    case DAFTAR_SPECIALTY_GENERALIST:   return _("Generalist");
    /* Translators: a kind of AI training work: writing and reviewing code. */
    case DAFTAR_SPECIALTY_CODING:       return _("Coding");
    /* Translators: a kind of AI training work: science, technology, engineering and maths. */
    case DAFTAR_SPECIALTY_STEM:         return _("STEM");
    /* Translators: a kind of AI training work: languages, translation, writing in a language. */
    case DAFTAR_SPECIALTY_LANGUAGE:     return _("Language");
    /* Translators: a kind of AI training work: legal, medical, finance experts. */
    case DAFTAR_SPECIALTY_PROFESSIONAL: return _("Professional (legal, medical, finance)");
    case DAFTAR_N_SPECIALTIES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * daftar_category_has_specialties:
 *
 * Returns: %TRUE for the categories whose market data tells specialties apart: AI
 *   training only, so far
 */
gboolean
daftar_category_has_specialties (DaftarCategory category)
{
  return category == DAFTAR_CATEGORY_AI_TRAINING;
}

/**
 * daftar_platform_key_get_label:
 * @key: a built-in platform key
 *
 * Platform names are brands and stay as they are, except the two generic entries.
 *
 * Returns: (transfer none) (nullable): a translated label, or %NULL when the key
 *   names a brand or a user's own platform
 */
const char *
daftar_platform_key_get_label (const char *key)
{
  if (g_strcmp0 (key, "direct") == 0)
    return _("Direct client");
  if (g_strcmp0 (key, "other") == 0)
    return _("Other platform");
  return NULL;
}

/* The brands the ledger is created with (migration 1), as it names them. */
static const struct { const char *key; const char *name; } builtin_brands[] = {
  { "upwork", "Upwork" },
  { "fiverr", "Fiverr" },
  { "freelancer", "Freelancer.com" },
  { "peopleperhour", "PeoplePerHour" },
  { "outlier", "Outlier" },
  { "mercor", "Mercor" },
  { "dataannotation", "DataAnnotation" },
  { "remotasks", "Remotasks" },
  { "prolific", "Prolific" },
};

/**
 * daftar_platform_key_get_display_name:
 * @key: a platform key, as the ledger or the market dataset has it
 *
 * The name to show for a platform known only by its key (a market band's platform):
 * the translated label of a generic entry, the brand name of a built-in brand, and
 * the key itself for anything else.
 *
 * Returns: (transfer none): never %NULL
 */
const char *
daftar_platform_key_get_display_name (const char *key)
{
  const char *label = daftar_platform_key_get_label (key);

  g_return_val_if_fail (key != NULL, "");

  if (label != NULL)
    return label;
  for (guint i = 0; i < G_N_ELEMENTS (builtin_brands); i++)
    if (g_str_equal (key, builtin_brands[i].key))
      return builtin_brands[i].name;
  return key;
}

void
daftar_platform_free (DaftarPlatform *platform)
{
  if (platform == NULL)
    return;
  g_free (platform->key);
  g_free (platform->name);
  g_free (platform);
}

void
daftar_project_free (DaftarProject *project)
{
  if (project == NULL)
    return;
  g_free (project->name);
  g_free (project->client);
  g_free (project->platform_key);
  g_free (project->platform_name);
  g_free (project);
}

void
daftar_session_free (DaftarSession *session)
{
  if (session == NULL)
    return;
  g_free (session->project_name);
  g_free (session->note);
  g_clear_pointer (&session->tools, g_ptr_array_unref);
  g_free (session);
}

/**
 * daftar_session_equal:
 *
 * Returns: whether @a and @b say the same of a session, every field alike
 *   (tool names in the same order)
 */
gboolean
daftar_session_equal (const DaftarSession *a,
                      const DaftarSession *b)
{
  guint n_a = a->tools != NULL ? a->tools->len : 0;
  guint n_b = b->tools != NULL ? b->tools->len : 0;

  if (a->id != b->id || a->project_id != b->project_id ||
      a->start_utc != b->start_utc || a->utc_offset != b->utc_offset ||
      a->actual_seconds != b->actual_seconds || a->paid_seconds != b->paid_seconds ||
      a->has_earned != b->has_earned || (a->has_earned && a->earned_minor != b->earned_minor) ||
      a->invoiced != b->invoiced || strcmp (a->currency, b->currency) != 0 ||
      g_strcmp0 (a->project_name, b->project_name) != 0 || g_strcmp0 (a->note, b->note) != 0 ||
      n_a != n_b)
    return FALSE;

  for (guint i = 0; i < n_a; i++)
    if (g_strcmp0 (g_ptr_array_index (a->tools, i), g_ptr_array_index (b->tools, i)) != 0)
      return FALSE;
  return TRUE;
}

void
daftar_tool_free (DaftarTool *tool)
{
  if (tool == NULL)
    return;
  g_free (tool->name);
  g_free (tool);
}

void
daftar_payment_free (DaftarPayment *payment)
{
  if (payment == NULL)
    return;
  g_free (payment->project_name);
  g_free (payment->note);
  g_free (payment);
}

void
daftar_timer_free (DaftarTimer *timer)
{
  if (timer == NULL)
    return;
  g_free (timer->project_name);
  g_free (timer->note);
  g_free (timer);
}
