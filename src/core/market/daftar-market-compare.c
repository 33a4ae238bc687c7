/* daftar-market-compare.c — the user's effective rate against the market bands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The earnings are computed by project with the one earnings calculation, then summed
 * per (platform, category, specialty): net and hours worked, so the effective rate is the same
 * net-per-hour a report grouped that way would show.  Each pair gets the hourly bands
 * that match it (data/market/README.md, “Comparison”), converted to the report's
 * currency with the exchange rate of the period's last day or before.
 */
#define G_LOG_DOMAIN "daftar-market"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-format-typed.h"
#include "daftar-int64.h"
#include "daftar-market-compare.h"
#include "daftar-text.h"

static const char * const position_keys[] = { "below", "within", "above" };

const char *
daftar_band_position_to_key (DaftarBandPosition position)
{
  g_return_val_if_fail (position <= DAFTAR_BAND_POSITION_ABOVE, NULL);
  return position_keys[position];
}

static void
row_free (DaftarComparisonRow *row)
{
  g_free (row->platform_key);
  g_free (row->platform_name);
  g_clear_pointer (&row->matches, g_array_unref);
  g_free (row);
}

void
daftar_comparison_free (DaftarComparison *comparison)
{
  if (comparison == NULL)
    return;

  g_clear_pointer (&comparison->rows, g_ptr_array_unref);
  g_free (comparison);
}

/* (rate − reference) / reference in thousandths, rounded with the one rule. */
static gint64
permille (gint64 rate,
          gint64 reference)
{
  gint64 diff, out = 0;

  if (reference <= 0 || !daftar_int64_sub_checked (rate, reference, &diff) ||
      !daftar_int64_mul_div_round (diff, 1000, reference, &out))
    return 0;
  return out;
}

/**
 * daftar_rate_band_is_single_figure:
 * @band: a rate band
 *
 * A source that gives one figure (“$2.40 an hour”, “up to $1,000”, “from $45”, or
 * “$45 – $45”) reports a figure, not a band: the rate is set against that figure.
 *
 * Returns: %TRUE when the band's figures are all the same amount
 */
gboolean
daftar_rate_band_is_single_figure (const DaftarRateBand *band)
{
  gint64 figure = 0;
  gboolean seen = FALSE;
  const gboolean has[] = { band->has_low, band->has_typical, band->has_high };
  const gint64 value[] = { band->low_minor, band->typical_minor, band->high_minor };

  for (guint i = 0; i < G_N_ELEMENTS (has); i++)
    {
      if (!has[i])
        continue;
      if (seen && value[i] != figure)
        return FALSE;
      figure = value[i];
      seen = TRUE;
    }

  return seen;
}

/**
 * daftar_band_match_position:
 * @rate_minor: the user's effective rate, in the same currency as the band's figures
 * @low_minor, @typical_minor, @high_minor: the band's figures (those it has)
 * @out_position: (out): below the band's low edge, within it, or above its high edge
 * @out_permille: (out): how far, in thousandths, signed: from the nearest edge when
 *   outside; from typical when within (0 when the band has no typical)
 *
 * A single reported figure (daftar_rate_band_is_single_figure ()) is both edges: the
 * rate is below it, at it, or above it.  A band with a low edge and a typical figure
 * but no high edge has nothing above; one with a high edge and a typical figure but no
 * low edge nothing below.
 *
 * Returns: %FALSE when the band has no figure at all
 */
gboolean
daftar_band_match_position (gint64                rate_minor,
                            const DaftarRateBand *band,
                            gint64                low_minor,
                            gint64                typical_minor,
                            gint64                high_minor,
                            DaftarBandPosition   *out_position,
                            gint64               *out_permille)
{
  gboolean has_low = band->has_low, has_high = band->has_high;

  if (!has_low && !has_high && !band->has_typical)
    return FALSE;
  if (daftar_rate_band_is_single_figure (band))
    {
      /* A single figure: both edges, in the comparison's currency. */
      gint64 figure = band->has_typical ? typical_minor : has_low ? low_minor : high_minor;

      has_low = has_high = TRUE;
      low_minor = high_minor = figure;
    }

  if (has_low && rate_minor < low_minor)
    {
      *out_position = DAFTAR_BAND_POSITION_BELOW;
      *out_permille = permille (rate_minor, low_minor);
    }
  else if (has_high && rate_minor > high_minor)
    {
      *out_position = DAFTAR_BAND_POSITION_ABOVE;
      *out_permille = permille (rate_minor, high_minor);
    }
  else
    {
      *out_position = DAFTAR_BAND_POSITION_WITHIN;
      *out_permille = band->has_typical ? permille (rate_minor, typical_minor) : 0;
    }

  return TRUE;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const DaftarBandMatch *x = a, *y = b;

  /* Figures for the same work first. */
  if (x->same_specialty != y->same_specialty)
    return x->same_specialty ? -1 : 1;
  if (x->level != y->level)
    return x->level < y->level ? -1 : 1;
  if (x->band->verified != y->band->verified)
    return x->band->verified ? -1 : 1;
  if (x->band->confidence != y->band->confidence)
    return x->band->confidence > y->band->confidence ? -1 : 1;
  /* Newer first; undated last. "2025" sorts before "2025-03", close enough. */
  return -g_strcmp0 (x->band->as_of, y->band->as_of);
}

static gboolean
convert (DaftarRateTable      *rates,
         const DaftarRateBand *band,
         gint64                minor,
         const char           *currency,
         DaftarDay             day,
         gint64               *out_minor,
         DaftarRateUse        *out_use,
         GError              **error)
{
  DaftarMoney amount = { .minor = minor }, out;

  g_strlcpy (amount.currency, band->currency, sizeof amount.currency);
  if (!daftar_rate_table_convert (rates, &amount, currency, day, &out, out_use, error))
    {
      g_autofree char *shown = daftar_text_isolate (band->id);

      g_prefix_error (error,
                      /* Translators: %s is a market rate band's id, then two currency codes. */
                      _("The market band “%s” is in %s and can’t be shown in %s: "),
                      shown, band->currency, currency);
      return FALSE;
    }

  *out_minor = out.minor;
  return TRUE;
}

static gboolean
add_matches (DaftarComparisonRow       *row,
             const DaftarMarket        *market,
             const DaftarEarningsInput *input,
             DaftarBandMatchLevel       level,
             GError                   **error)
{
  for (guint i = 0; i < market->bands->len; i++)
    {
      const DaftarRateBand *band = g_ptr_array_index (market->bands, i);
      DaftarBandMatch match = { .band = band, .level = level };
      gboolean platform_ok, category_ok;

      if (band->unit != DAFTAR_RATE_UNIT_HOUR)
        continue;

      switch (level)
        {
        case DAFTAR_BAND_MATCH_PLATFORM:
          platform_ok = g_str_equal (band->platform, row->platform_key);
          category_ok = !band->any_category && band->category == row->category;
          break;
        case DAFTAR_BAND_MATCH_CATEGORY:
          platform_ok = g_str_equal (band->platform, DAFTAR_MARKET_ANY);
          category_ok = !band->any_category && band->category == row->category;
          break;
        case DAFTAR_BAND_MATCH_GENERAL:
        default:
          platform_ok = g_str_equal (band->platform, DAFTAR_MARKET_ANY);
          category_ok = band->any_category;
          break;
        }
      if (!platform_ok || !category_ok)
        continue;
      /* Another specialty's figures are for other work. */
      if (row->has_specialty && band->has_specialty && band->specialty != row->specialty)
        continue;
      match.same_specialty = row->has_specialty && band->has_specialty;

      match.low_minor = band->low_minor;
      match.typical_minor = band->typical_minor;
      match.high_minor = band->high_minor;
      if (!g_str_equal (band->currency, input->query.currency))
        {
          match.converted = TRUE;
          if ((band->has_low &&
               !convert (input->rates, band, band->low_minor, input->query.currency, input->query.to,
                         &match.low_minor, &match.rate_use, error)) ||
              (band->has_typical &&
               !convert (input->rates, band, band->typical_minor, input->query.currency, input->query.to,
                         &match.typical_minor, &match.rate_use, error)) ||
              (band->has_high &&
               !convert (input->rates, band, band->high_minor, input->query.currency, input->query.to,
                         &match.high_minor, &match.rate_use, error)))
            return FALSE;
        }

      daftar_band_match_position (row->effective_rate_minor, band, match.low_minor,
                                  match.typical_minor, match.high_minor,
                                  &match.position, &match.distance_permille);
      match.single_figure = daftar_rate_band_is_single_figure (band);
      match.range_permille = -1;
      if (match.position == DAFTAR_BAND_POSITION_WITHIN && !match.single_figure &&
          !band->has_typical && band->has_low && band->has_high &&
          match.high_minor > match.low_minor &&
          !daftar_int64_mul_div_round (row->effective_rate_minor - match.low_minor, 1000,
                                       match.high_minor - match.low_minor, &match.range_permille))
        match.range_permille = -1;
      g_array_append_val (row->matches, match);
    }

  return TRUE;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const DaftarComparisonRow *x = *(DaftarComparisonRow * const *) a;
  const DaftarComparisonRow *y = *(DaftarComparisonRow * const *) b;

  /* Most hours first: where the user's time goes. */
  if (x->actual_seconds != y->actual_seconds)
    return x->actual_seconds > y->actual_seconds ? -1 : 1;
  if (x->category != y->category)
    return x->category < y->category ? -1 : 1;
  if (x->has_specialty != y->has_specialty)
    return x->has_specialty ? 1 : -1;
  if (x->specialty != y->specialty)
    return x->specialty < y->specialty ? -1 : 1;
  return g_strcmp0 (x->platform_key, y->platform_key);
}

/**
 * daftar_market_compare:
 * @market: the dataset in use
 * @input: the ledger over the period, grouped %DAFTAR_EARNINGS_BY_PROJECT, in the
 *   home currency; its rate table also converts the bands
 *
 * Returns: (transfer full): one row per (platform, category, specialty) with hours worked in the
 *   period, or %NULL when the earnings can't be computed or a band can't be converted
 */
DaftarComparison *
daftar_market_compare (const DaftarMarket        *market,
                       const DaftarEarningsInput *input,
                       GError                   **error)
{
  g_autoptr(DaftarEarningsReport) report = NULL;
  g_autoptr(DaftarComparison) comparison = NULL;

  g_return_val_if_fail (market != NULL, NULL);
  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->query.by == DAFTAR_EARNINGS_BY_PROJECT, NULL);

  if (!(report = daftar_earnings_compute (input, error)))
    return NULL;

  comparison = g_new0 (DaftarComparison, 1);
  comparison->from = report->query.from;
  comparison->to = report->query.to;
  g_strlcpy (comparison->currency, report->query.currency, sizeof comparison->currency);
  comparison->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  for (guint i = 0; i < report->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (report->groups, i);
      const DaftarEarningsProject *project = daftar_earnings_input_get_project (input, line->id);
      DaftarComparisonRow *row = NULL;

      if (project == NULL || line->actual_seconds <= 0)
        continue;

      for (guint j = 0; j < comparison->rows->len && row == NULL; j++)
        {
          DaftarComparisonRow *r = g_ptr_array_index (comparison->rows, j);

          if (r->category == project->category && g_str_equal (r->platform_key, project->platform_key) &&
              r->has_specialty == project->has_specialty &&
              (!r->has_specialty || r->specialty == project->specialty))
            row = r;
        }

      if (row == NULL)
        {
          row = g_new0 (DaftarComparisonRow, 1);
          row->platform_key = g_strdup (project->platform_key);
          row->platform_name = g_strdup (project->platform_name);
          row->category = project->category;
          row->has_specialty = project->has_specialty && daftar_category_has_specialties (project->category);
          row->specialty = project->specialty;
          row->matches = g_array_new (FALSE, TRUE, sizeof (DaftarBandMatch));
          g_ptr_array_add (comparison->rows, row);
        }

      if (!daftar_int64_add_checked (row->actual_seconds, line->actual_seconds, &row->actual_seconds) ||
          !daftar_int64_add_checked (row->net_minor, line->net_minor, &row->net_minor))
        {
          g_set_error_literal (error, DAFTAR_EARNINGS_ERROR, DAFTAR_EARNINGS_ERROR_OVERFLOW,
                               _("The totals are too large to add up."));
          return NULL;
        }
    }

  for (guint i = 0; i < comparison->rows->len; i++)
    {
      DaftarComparisonRow *row = g_ptr_array_index (comparison->rows, i);

      /* The same rounding as the report's effective rate. */
      daftar_int64_mul_div_round (row->net_minor, 3600, row->actual_seconds,
                                  &row->effective_rate_minor);

      if (!add_matches (row, market, input, DAFTAR_BAND_MATCH_PLATFORM, error) ||
          !add_matches (row, market, input, DAFTAR_BAND_MATCH_CATEGORY, error))
        return NULL;
      if (row->matches->len == 0 &&
          !add_matches (row, market, input, DAFTAR_BAND_MATCH_GENERAL, error))
        return NULL;

      g_array_sort (row->matches, compare_matches);
    }

  g_ptr_array_sort (comparison->rows, compare_rows);
  return g_steal_pointer (&comparison);
}

/**
 * daftar_band_kind_get_comparison_note:
 * @kind: the kind of the band a rate is compared with
 *
 * The user's effective rate is net: after fees, over every hour worked.  An advertised
 * rate is gross: before fees, for the hours a platform pays.  The comparison says so.
 *
 * Returns: (transfer none) (nullable): a translated sentence, or %NULL when nothing
 *   needs saying
 */
const char *
daftar_band_kind_get_comparison_note (DaftarBandKind kind)
{
  if (kind == DAFTAR_BAND_KIND_ADVERTISED)
    return _("This sets your effective net rate, after fees and over all the hours you worked, "
             "against advertised gross pay, before fees and unpaid time.");
  return NULL;
}

/**
 * daftar_band_match_describe:
 * @match: a band a rate was compared with
 * @format: numbers in the user's digits
 *
 * Where the rate sits: below or above a band by how much, within it against its typical
 * figure or, with none, along its low–high range; against a single reported figure, “the
 * reported figure”, never “the band”.
 *
 * Returns: (transfer full): a translated phrase, like “Below the band by 39.5%”
 */
char *
daftar_band_match_describe (const DaftarBandMatch *match,
                            DaftarFormat          *format)
{
  g_autofree char *distance = daftar_format_percent (format, ABS (match->distance_permille), 1);

  switch (match->position)
    {
    case DAFTAR_BAND_POSITION_BELOW:
      return match->single_figure
        /* Translators: %s is a percentage, like 39.5% */
        ? g_strdup_printf (_("Below the reported figure by %s"), distance)
        /* Translators: %s is a percentage, like 39.5% */
        : g_strdup_printf (_("Below the band by %s"), distance);
    case DAFTAR_BAND_POSITION_ABOVE:
      return match->single_figure
        /* Translators: %s is a percentage, like 20% */
        ? g_strdup_printf (_("Above the reported figure by %s"), distance)
        /* Translators: %s is a percentage, like 20% */
        : g_strdup_printf (_("Above the band by %s"), distance);
    case DAFTAR_BAND_POSITION_WITHIN:
    default:
      if (match->single_figure)
        return g_strdup (_("At the reported figure"));
      if (match->band->has_typical && match->distance_permille != 0)
        /* Translators: %s%s is a sign and a percentage; the sign says which way: “+5%” or “−5%” */
        return g_strdup_printf (_("Within the band, %s%s from typical"),
                                match->distance_permille < 0 ? "−" : "+", distance);
      if (match->band->has_typical)
        return g_strdup (_("Within the band, at its typical figure"));
      if (match->range_permille >= 0)
        {
          g_autofree char *along = daftar_format_percent (format, match->range_permille, 1);

          /* Translators: where a rate sits in a band with no typical figure: %s is a
           * percentage, 0% at the band's low figure and 100 at its high one:
           * "Within the band, 42.0% of the way from its low to its high figure" */
          return g_strdup_printf (_("Within the band, %s of the way from its low to its high figure"),
                                  along);
        }
      return g_strdup (_("Within the band"));
    }
}

/**
 * daftar_comparison_row_get_work_label:
 * @row: a comparison row
 *
 * Returns: (transfer full): the work the row compares: its category, with its
 *   specialty when it has one (“AI training and evaluation, Coding”)
 */
char *
daftar_comparison_row_get_work_label (const DaftarComparisonRow *row)
{
  if (!row->has_specialty)
    return g_strdup (daftar_category_get_label (row->category));
  /* Translators: a category and a specialty within it: "AI training and evaluation, Coding" */
  return g_strdup_printf (_("%s, %s"), daftar_category_get_label (row->category),
                          daftar_specialty_get_label (row->specialty));
}

/**
 * daftar_band_range_text:
 * @low: (nullable): the band's low figure as shown, when it has one
 * @typical: (nullable): its typical figure
 * @high: (nullable): its high figure
 * @one_figure: the low and the high figure are one amount
 *
 * The one wording of a band's figures, for the Earnings page and daftar-cli.
 *
 * Returns: (transfer full) (nullable): "35.00 USD – 50.00 USD (typical 40.00 USD)",
 *   "from 45.00 USD", "up to 250.00 USD"…, what the band has of it; %NULL for none
 */
char *
daftar_band_range_text (const char *low,
                        const char *typical,
                        const char *high,
                        gboolean    one_figure)
{
  g_autofree char *range = NULL;

  if (low != NULL && high != NULL && one_figure)
    range = g_strdup (low);   /* one reported figure */
  else if (low != NULL && high != NULL)
    range = g_strdup_printf ("%s – %s", low, high);
  else if (low != NULL)
    /* Translators: a band with only a lower edge, e.g. "from 45.00 USD". */
    range = g_strdup_printf (_("from %s"), low);
  else if (high != NULL)
    /* Translators: a band with only an upper edge, e.g. "up to 250.00 USD". */
    range = g_strdup_printf (_("up to %s"), high);

  if (range != NULL && typical != NULL)
    /* Translators: a range, then its typical figure: "35.00 USD – 50.00 USD (typical 40.00 USD)". */
    return g_strdup_printf (_("%s (typical %s)"), range, typical);
  if (range != NULL)
    return g_steal_pointer (&range);
  return g_strdup (typical);
}
