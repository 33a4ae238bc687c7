/* daftar-guidance.c — upskilling guidance: ranked cards from the user's own ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules read one period of the ledger, as the earnings report sums it, and the
 * market dataset; each rule that fires makes a card that says what it saw (the
 * user's own figures), what to do, and which sources back it.  A new user with
 * nothing logged in the period gets a starter set instead.
 */
#define G_LOG_DOMAIN "daftar-guidance"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-duration-format.h"
#include "daftar-format-typed.h"
#include "daftar-guidance-private.h"
#include "daftar-int64.h"
#include "daftar-market-compare.h"
#include "daftar-money-format.h"
#include "daftar-text.h"

static const char * const kind_keys[] = {
  "starter", "outlook", "below-band", "unpaid-gap", "concentration", "ai-cost",
  "ai-unused", "no-ai", "disclosure", "needs-rate", "goal-pace",
};
G_STATIC_ASSERT (G_N_ELEMENTS (kind_keys) == DAFTAR_N_GUIDANCE_KINDS);

const char *
daftar_guidance_kind_to_key (DaftarGuidanceKind kind)
{
  g_return_val_if_fail (kind < DAFTAR_N_GUIDANCE_KINDS, NULL);
  return kind_keys[kind];
}

const char *
daftar_guidance_tone_to_key (DaftarGuidanceTone tone)
{
  switch (tone)
    {
    case DAFTAR_GUIDANCE_TONE_WARNING:     return "warning";
    case DAFTAR_GUIDANCE_TONE_OPPORTUNITY: return "opportunity";
    case DAFTAR_GUIDANCE_TONE_INFO:        return "info";
    default:                               g_return_val_if_reached (NULL);
    }
}

static void
source_free (DaftarGuidanceSource *source)
{
  g_free (source->id);
  g_free (source->figure);
  g_free (source->text);
  g_free (source->as_of);
  g_free (source->publisher);
  g_free (source->title);
  g_free (source->url);
  g_free (source);
}

void
daftar_guidance_card_free (DaftarGuidanceCard *card)
{
  if (card == NULL)
    return;

  g_free (card->id);
  g_free (card->title);
  g_free (card->body);
  g_free (card->why);
  g_clear_pointer (&card->actions, g_ptr_array_unref);
  g_clear_pointer (&card->sources, g_ptr_array_unref);
  g_free (card->platform_key);
  g_free (card->platform_name);
  g_free (card);
}

void
daftar_guidance_free (DaftarGuidance *guidance)
{
  if (guidance == NULL)
    return;

  g_clear_pointer (&guidance->cards, g_ptr_array_unref);
  g_free (guidance);
}

const DaftarGuidanceCard *
daftar_guidance_find (const DaftarGuidance *guidance,
                      const char           *id)
{
  g_return_val_if_fail (guidance != NULL, NULL);

  for (guint i = 0; i < guidance->cards->len; i++)
    {
      const DaftarGuidanceCard *card = g_ptr_array_index (guidance->cards, i);

      if (g_strcmp0 (card->id, id) == 0)
        return card;
    }

  return NULL;
}

/* Figures, as the user's locale writes them */

/* @a × @scale / @b, rounded; 0 when @b is not positive or it overflows. */
static gint64
scaled_ratio (gint64 a,
              gint64 scale,
              gint64 b)
{
  gint64 out = 0;

  if (b <= 0 || !daftar_int64_mul_div_round (a, scale, b, &out))
    return 0;
  return out;
}

/* @part / @whole in thousandths, 0 when @whole is not positive. */
gint64
daftar_guidance_share (gint64 part,
                       gint64 whole)
{
  return scaled_ratio (part, 1000, whole);
}

/* @amount earned over @seconds, per hour; 0 without time. */
gint64
daftar_guidance_per_hour (gint64 amount,
                          gint64 seconds)
{
  return scaled_ratio (amount, 3600, seconds);
}

char *
daftar_guidance_format_money (DaftarGuidanceContext *ctx,
              gint64   minor)
{
  return daftar_format_money_minor (ctx->format, minor, ctx->input->query.currency);
}

char *
daftar_guidance_format_rate (DaftarGuidanceContext *ctx,
             gint64   minor)
{
  g_autofree char *money = daftar_guidance_format_money (ctx, minor);

  return daftar_format_per_hour (money);
}

/* A share in thousandths as a whole percentage, "62". */
char *
daftar_guidance_format_percent (DaftarGuidanceContext *ctx,
                gint64   permille)
{
  gint64 percent = 0;

  daftar_int64_mul_div_round (permille, 1, 10, &percent);
  return daftar_format_percent (ctx->format, percent, 0);
}

char *
daftar_guidance_format_hours (DaftarGuidanceContext *ctx,
              gint64   seconds)
{
  return daftar_format_hours (ctx->format, seconds);
}

/* Cards */

DaftarGuidanceCard *
daftar_guidance_card_new (DaftarGuidanceContext            *ctx,
          char               *id,
          DaftarGuidanceKind  kind,
          DaftarGuidanceTone  tone,
          int                 score)
{
  DaftarGuidanceCard *card = g_new0 (DaftarGuidanceCard, 1);

  card->id = id;
  card->kind = kind;
  card->tone = tone;
  card->score = CLAMP (score, 0, 1000);
  card->actions = g_ptr_array_new_with_free_func (g_free);
  card->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);
  g_ptr_array_add (ctx->cards, card);

  return card;
}

void
daftar_guidance_card_add_actions (DaftarGuidanceCard *card,
                  const char * const *actions,
                  guint               n_actions)
{
  for (guint i = 0; i < n_actions && actions[i] != NULL; i++)
    g_ptr_array_add (card->actions, g_strdup (_(actions[i])));
}

/* @amounts per unit of @unit: "$20.00–$25.00/h". */
static char *
per_unit (DaftarRateUnit  unit,
          const char     *amounts)
{
  switch (unit)
    {
    case DAFTAR_RATE_UNIT_HOUR: return daftar_format_per_hour (amounts);
    /* Translators: an amount or a range of amounts per word, like "$0.10/word". */
    case DAFTAR_RATE_UNIT_WORD: return g_strdup_printf (_("%s/word"), amounts);
    /* Translators: an amount or a range of amounts per task, like "$5.00/task". */
    case DAFTAR_RATE_UNIT_TASK: return g_strdup_printf (_("%s/task"), amounts);
    case DAFTAR_N_RATE_UNITS:
    default:                    g_return_val_if_reached (g_strdup (amounts));
    }
}

/* A band's figures in its own currency: "$20.00–$25.00/h", "$40.00/h". */
static char *
format_band (DaftarGuidanceContext              *ctx,
             const DaftarRateBand *band)
{
  DaftarMoney low = { .minor = band->low_minor }, high = { .minor = band->high_minor };
  DaftarMoney typical = { .minor = band->typical_minor };
  g_autofree char *amounts = NULL;

  g_strlcpy (low.currency, band->currency, sizeof low.currency);
  g_strlcpy (high.currency, band->currency, sizeof high.currency);
  g_strlcpy (typical.currency, band->currency, sizeof typical.currency);

  if (band->has_low && band->has_high)
    {
      g_autofree char *a = daftar_format_money (ctx->format, &low);
      g_autofree char *b = daftar_format_money (ctx->format, &high);

      /* Translators: a range of amounts, like "$20.00–$25.00". */
      amounts = g_strdup_printf (_("%s–%s"), a, b);
    }
  else if (band->has_typical)
    amounts = daftar_format_money (ctx->format, &typical);
  else if (band->has_low)
    {
      g_autofree char *a = daftar_format_money (ctx->format, &low);

      /* Translators: an amount as the lowest of a range, like "from $200.00". */
      amounts = g_strdup_printf (_("from %s"), a);
    }
  else
    {
      g_autofree char *b = daftar_format_money (ctx->format, &high);

      /* Translators: an amount as the highest of a range, like "up to $350.00". */
      amounts = g_strdup_printf (_("up to %s"), b);
    }

  return per_unit (band->unit, amounts);
}

static const DaftarMarketClaim *
find_claim (const DaftarMarket *market,
            const char         *id)
{
  for (guint i = 0; i < market->claims->len; i++)
    {
      const DaftarMarketClaim *claim = g_ptr_array_index (market->claims, i);

      if (g_str_equal (claim->id, id))
        return claim;
    }

  return NULL;
}

/* Adds the band or claim @id of the dataset in use.  A feed's dataset may lack
 * some: the card then cites what there is. */
void
daftar_guidance_card_add_source (DaftarGuidanceContext            *ctx,
                 DaftarGuidanceCard *card,
                 const char         *id)
{
  const DaftarRateBand *band = daftar_market_get_band (ctx->market, id);
  const DaftarMarketClaim *claim = band == NULL ? find_claim (ctx->market, id) : NULL;
  const DaftarMarketSource *from;
  DaftarGuidanceSource *source;

  if (band == NULL && claim == NULL)
    return;

  for (guint i = 0; i < card->sources->len; i++)
    if (g_str_equal (((DaftarGuidanceSource *) g_ptr_array_index (card->sources, i))->id, id))
      return;

  source = g_new0 (DaftarGuidanceSource, 1);
  source->id = g_strdup (id);
  if (band != NULL)
    {
      source->is_band = TRUE;
      source->figure = format_band (ctx, band);
      source->text = g_strdup (band->role);
      source->as_of = g_strdup (band->as_of);
      source->confidence = band->confidence;
      source->verified = band->verified;
      from = &band->source;
    }
  else
    {
      source->figure = daftar_format_digits (ctx->format, claim->value);
      source->text = g_strdup (claim->text);
      source->as_of = g_strdup (claim->as_of);
      source->confidence = claim->confidence;
      source->verified = claim->verified;
      from = &claim->source;
    }
  source->publisher = g_strdup (from->publisher);
  source->title = g_strdup (from->title);
  source->url = g_strdup (from->url);
  g_ptr_array_add (card->sources, source);
}

void
daftar_guidance_card_add_sources (DaftarGuidanceContext            *ctx,
                  DaftarGuidanceCard *card,
                  const char * const *ids,
                  guint               n_ids)
{
  for (guint i = 0; i < n_ids && ids[i] != NULL; i++)
    daftar_guidance_card_add_source (ctx, card, ids[i]);
}

/* The ledger, summed */

static void
totals_add (DaftarGuidanceTotals                   *totals,
            const DaftarEarningsLine *line)
{
  totals->actual += line->actual_seconds;
  totals->paid += line->paid_seconds;
  totals->gross += line->gross_minor;
  totals->net += line->net_minor;
}

static DaftarGuidancePlatform *
platform_totals (DaftarGuidanceContext                     *ctx,
                 const DaftarEarningsProject *project)
{
  DaftarGuidancePlatform *platform;

  for (guint i = 0; i < ctx->platforms->len; i++)
    {
      platform = g_ptr_array_index (ctx->platforms, i);
      if (g_strcmp0 (platform->key, project->platform_key) == 0)
        return platform;
    }

  platform = g_new0 (DaftarGuidancePlatform, 1);
  platform->key = project->platform_key;
  platform->name = project->platform_name;
  g_ptr_array_add (ctx->platforms, platform);

  return platform;
}

/* Sums the report's projects by category and platform, and the hours with AI from
 * the work rows of the period.  Amounts are already in the report's currency. */
static void
sum_ledger (DaftarGuidanceContext *ctx)
{
  const DaftarEarningsInput *input = ctx->input;

  for (guint i = 0; i < ctx->report->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (ctx->report->groups, i);
      const DaftarEarningsProject *project = daftar_earnings_input_get_project (input, line->id);

      if (project == NULL || project->platform_key == NULL)
        continue;

      totals_add (&ctx->all, line);
      totals_add (&ctx->categories[project->category], line);
      totals_add (&platform_totals (ctx, project)->totals, line);
    }

  for (guint i = 0; i < input->work->len; i++)
    {
      const DaftarWorkRow *row = &g_array_index (input->work, DaftarWorkRow, i);
      const DaftarEarningsProject *project;

      if (row->tool_set == 0 || row->day < input->query.from || row->day > input->query.to ||
          !(project = daftar_earnings_input_get_project (input, row->project_id)))
        continue;

      ctx->all.ai += row->actual_seconds;
      ctx->categories[project->category].ai += row->actual_seconds;
    }
}

/* The rules */

static int
compare_cards (gconstpointer a,
               gconstpointer b)
{
  const DaftarGuidanceCard *x = *(DaftarGuidanceCard * const *) a;
  const DaftarGuidanceCard *y = *(DaftarGuidanceCard * const *) b;

  /* Highest score first */
  int c = daftar_int64_compare (y->score, x->score);

  return c != 0 ? c : strcmp (x->id, y->id);
}

/**
 * daftar_guidance_add_card:
 * @card: (transfer full): a card made outside the ledger rules
 *
 * Adds @card in its place by score.
 */
void
daftar_guidance_add_card (DaftarGuidance     *guidance,
                          DaftarGuidanceCard *card)
{
  g_ptr_array_add (guidance->cards, card);
  g_ptr_array_sort (guidance->cards, compare_cards);
}

/**
 * daftar_guidance_compute:
 * @market: the market dataset in use
 * @input: the ledger over a period, grouped by project
 * @format: how figures are written in the cards
 * @error: return location for an error
 *
 * Runs every rule over @input and ranks the cards that fire.
 *
 * Returns: (transfer full): the cards, or %NULL with @error set when the ledger's
 *   amounts can't be added up or a band can't be converted
 */
DaftarGuidance *
daftar_guidance_compute (const DaftarMarket        *market,
                         const DaftarEarningsInput *input,
                         DaftarFormat              *format,
                         GError                   **error)
{
  g_autoptr(DaftarGuidance) guidance = NULL;
  g_autoptr(DaftarEarningsReport) report = NULL;
  g_autoptr(GPtrArray) platforms = g_ptr_array_new_with_free_func (g_free);
  DaftarGuidanceContext ctx = { .market = market, .input = input, .format = format, .platforms = platforms };

  g_return_val_if_fail (market != NULL, NULL);
  g_return_val_if_fail (input != NULL && input->query.by == DAFTAR_EARNINGS_BY_PROJECT, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  if (!(report = daftar_earnings_compute (input, error)))
    return NULL;

  guidance = g_new0 (DaftarGuidance, 1);
  guidance->from = input->query.from;
  guidance->to = input->query.to;
  g_strlcpy (guidance->currency, input->query.currency, sizeof guidance->currency);
  guidance->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) daftar_guidance_card_free);

  ctx.report = report;
  ctx.cards = guidance->cards;
  sum_ledger (&ctx);
  guidance->actual_seconds = ctx.all.actual;

  if (ctx.all.actual <= 0)
    daftar_guidance_add_starter_cards (&ctx);
  else
    {
      daftar_guidance_add_outlook_cards (&ctx);
      if (!daftar_guidance_add_ledger_cards (&ctx, error))
        return NULL;
    }

  g_ptr_array_sort (guidance->cards, compare_cards);
  return g_steal_pointer (&guidance);
}
