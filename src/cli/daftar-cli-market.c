/* daftar-cli-market.c — daftar-cli market list, compare and refresh
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "daftar-dates.h"
#include "daftar-cli-private.h"
#include "daftar-duration-format.h"
#include "daftar-json-market.h"
#include "daftar-json.h"
#include "daftar-context.h"
#include "daftar-format.h"
#include "daftar-market-compare.h"
#include "daftar-money-format.h"
#include "daftar-period.h"
#include "daftar-store-market.h"
#include "daftar-store-report.h"
#include "daftar-text.h"

/* The dataset a command reads: --dataset FILE (a dataset checked before publishing,
 * or a test fixture), else the one in use. */
typedef struct
{
  char         *dataset;   /* --dataset as given */
  DaftarMarket *owned;     /* read from it */
  const char   *origin;    /* "file", "feed" or "bundled" */
} MarketSource;

static void
market_source_clear (MarketSource *source)
{
  g_free (source->dataset);
  g_clear_pointer (&source->owned, daftar_market_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MarketSource, market_source_clear)

static const DaftarMarket *
load_market (DaftarCli     *cli,
             MarketSource  *source,
             GError       **error)
{
  DaftarMarketOrigin origin;
  const DaftarMarket *market;

  if (source->dataset != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (source->dataset);
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, error);

      source->origin = "file";
      source->owned = bytes != NULL ? daftar_market_load_bytes (bytes, daftar_context_get_format (cli->context), error) : NULL;
      return source->owned;
    }

  if (!daftar_cli_open_store (cli, error) ||
      !(market = daftar_context_get_market (cli->context, &origin, error)))
    return NULL;

  source->origin = origin == DAFTAR_MARKET_ORIGIN_FEED ? "feed" : "bundled";
  return market;
}

/* The dataset's date, "2026-11-22", as the user reads dates */
static char *
as_of_text (DaftarCli  *cli,
            const char *as_of)
{
  GDate date;

  if (as_of != NULL && daftar_date_parse_iso (as_of, &date, NULL))
    return daftar_cli_date_text (cli, &date);
  return daftar_format_digits (daftar_context_get_format (cli->context), as_of != NULL ? as_of : "");
}

/* "35.00 USD – 50.00 USD (typical 40.00 USD)", what the band has of it. */
static char *
band_range_text (DaftarCli            *cli,
                 const DaftarRateBand *band,
                 gint64                low,
                 gint64                typical,
                 gint64                high,
                 const char           *currency)
{
  g_autofree char *l = band->has_low ? daftar_cli_amount_text (cli, low, currency) : NULL;
  g_autofree char *t = band->has_typical ? daftar_cli_amount_text (cli, typical, currency) : NULL;
  g_autofree char *h = band->has_high ? daftar_cli_amount_text (cli, high, currency) : NULL;

  return daftar_band_range_text (l, t, h, low == high);
}

static const char *
unit_label (DaftarRateUnit unit)
{
  switch (unit)
    {
    /* Translators: pay per unit, after an amount: "25.00 USD an hour". */
    case DAFTAR_RATE_UNIT_HOUR: return _("an hour");
    /* Translators: pay per unit, after an amount: "0.10 USD a word". */
    case DAFTAR_RATE_UNIT_WORD: return _("a word");
    /* Translators: pay per unit, after an amount: "2.00 USD a task". */
    case DAFTAR_RATE_UNIT_TASK: return _("a task");
    case DAFTAR_N_RATE_UNITS:
    default:
      g_return_val_if_reached ("");
    }
}

static void
print_source (const DaftarMarketSource *source,
              const char               *as_of,
              DaftarConfidence          confidence,
              gboolean                  verified)
{
  g_autofree char *publisher = daftar_text_isolate_n (source->publisher, 300);
  g_autofree char *title = daftar_text_isolate_n (source->title, 300);

  g_print ("    ");
  if (source->title != NULL)
    /* Translators: a source's publisher and title, its date, and how reliable it is. */
    g_print (_("%s, “%s”, %s; confidence: %s"), publisher, title,
             as_of != NULL ? as_of : _("undated"), daftar_confidence_get_label (confidence));
  else
    /* Translators: a source with no headline: its publisher, its date, and how reliable it is. */
    g_print (_("%s, %s; confidence: %s"), publisher,
             as_of != NULL ? as_of : _("undated"), daftar_confidence_get_label (confidence));
  if (!verified)
    g_print (" — %s", _("Unverified claim"));
  g_print ("\n");
  if (source->url != NULL)
    g_print ("    %s\n", source->url);
}

static JsonNode *
market_meta_json (const DaftarMarket *market,
                  const char         *origin)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_text (b, "publisher", market->publisher);
  daftar_json_add_text (b, "as_of", market->as_of);
  daftar_json_add_text (b, "origin", origin);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static int
market_list (DaftarCli  *cli,
             int         argc,
             char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_auto(MarketSource) source = { 0 };
  const DaftarMarket *market = NULL;
  g_autofree char *category_text = NULL;
  DaftarCategory category = DAFTAR_CATEGORY_OTHER;
  gboolean json = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "category", 0, 0, G_OPTION_ARG_STRING, &category_text, N_("Only this category (writing, translation, … or any)"), N_("CATEGORY") },
    { "dataset", 0, 0, G_OPTION_ARG_FILENAME, &source.dataset, N_("Read this dataset file instead of the one in use"), N_("FILE") },
    daftar_cli_json_option (&json),
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— the reported market rates and claims, with their sources"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;
  if (category_text != NULL && !g_str_equal (category_text, DAFTAR_MARKET_ANY) &&
      !daftar_category_from_key (category_text, &category))
    return daftar_cli_usage_error (cli, _("Unknown category. Run “daftar-cli market list --help”."));

  if (!(market = load_market (cli, &source, &error)))
    return daftar_cli_fail (cli, error);

#define MATCHES(entry) \
  (category_text == NULL || \
   (g_str_equal (category_text, DAFTAR_MARKET_ANY) ? (entry)->any_category \
                                                   : !(entry)->any_category && (entry)->category == category))

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "market");
      json_builder_add_value (b, market_meta_json (market, source.origin));
      json_builder_set_member_name (b, "rate_bands");
      json_builder_begin_array (b);
      for (guint i = 0; i < market->bands->len; i++)
        if (MATCHES ((DaftarRateBand *) g_ptr_array_index (market->bands, i)))
          json_builder_add_value (b, daftar_rate_band_to_json (g_ptr_array_index (market->bands, i)));
      json_builder_end_array (b);
      json_builder_set_member_name (b, "claims");
      json_builder_begin_array (b);
      for (guint i = 0; i < market->claims->len; i++)
        if (MATCHES ((DaftarMarketClaim *) g_ptr_array_index (market->claims, i)))
          json_builder_add_value (b, daftar_market_claim_to_json (g_ptr_array_index (market->claims, i)));
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      daftar_cli_print_json (root);
      return DAFTAR_CLI_OK;
    }

  {
    g_autofree char *publisher = daftar_text_isolate_n (market->publisher, 300);
    g_autofree char *as_of = as_of_text (cli, market->as_of);

    /* Translators: "Market data: Daftar, 2026-11-22" */
    g_print (_("Market data: %s, %s"), publisher, as_of);
    g_print ("\n\n%s\n", _("Rate bands:"));
  }

  for (guint i = 0; i < market->bands->len; i++)
    {
      const DaftarRateBand *band = g_ptr_array_index (market->bands, i);
      g_autofree char *range = NULL;
      g_autofree char *role = NULL;
      g_autofree char *platform = NULL;

      if (!MATCHES (band))
        continue;

      range = band_range_text (cli, band, band->low_minor, band->typical_minor,
                               band->high_minor, band->currency);
      role = daftar_text_isolate_n (band->role, 300);
      platform = daftar_text_isolate_n (g_str_equal (band->platform, DAFTAR_MARKET_ANY)
                                          ? _("any platform")
                                          : daftar_platform_key_get_display_name (band->platform), 300);
      g_print ("  %s  %s / %s — %s\n", band->id, platform,
               band->any_category ? _("any category") : daftar_category_get_label (band->category),
               role);
      /* Translators: "35.00 USD – 50.00 USD an hour, Advertised" */
      g_print ("    ");
      g_print (_("%s %s, %s"), range, unit_label (band->unit), daftar_band_kind_get_label (band->kind));
      g_print ("\n");
      print_source (&band->source, band->as_of, band->confidence, band->verified);
    }

  g_print ("\n%s\n", _("Claims:"));
  for (guint i = 0; i < market->claims->len; i++)
    {
      const DaftarMarketClaim *claim = g_ptr_array_index (market->claims, i);
      g_autofree char *value = NULL;
      g_autofree char *text = NULL;

      if (!MATCHES (claim))
        continue;

      value = daftar_text_isolate_n (claim->value, 32);
      text = daftar_text_isolate_n (claim->text, 2000);
      g_print ("  %s  %s — %s\n", claim->id, value, text);
      print_source (&claim->source, claim->as_of, claim->confidence, claim->verified);
    }
#undef MATCHES

  return DAFTAR_CLI_OK;
}

/* compare */

static void
add_percent (JsonBuilder *b,
             const char  *member,
             gboolean     has,
             gint64       permille)
{
  g_autofree char *percent = NULL;

  json_builder_set_member_name (b, member);
  if (!has)
    {
      json_builder_add_null_value (b);
      return;
    }
  percent = g_strdup_printf ("%s%" G_GINT64_FORMAT ".%d", permille < 0 ? "-" : "",
                             ABS (permille) / 10, (int) (ABS (permille) % 10));
  json_builder_add_string_value (b, percent);
}

static const char * const level_keys[] = { "platform", "category", "general" };

static JsonNode *
comparison_to_json (const DaftarComparison *comparison,
                    JsonNode               *meta,
                    const char             *period_key)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_period (b, comparison->from, comparison->to, period_key);
  daftar_json_add_text (b, "currency", comparison->currency);
  json_builder_set_member_name (b, "market");
  json_builder_add_value (b, meta);

  json_builder_set_member_name (b, "rows");
  json_builder_begin_array (b);
  for (guint i = 0; i < comparison->rows->len; i++)
    {
      const DaftarComparisonRow *row = g_ptr_array_index (comparison->rows, i);

      json_builder_begin_object (b);
      daftar_json_add_text (b, "platform", row->platform_key);
      daftar_json_add_text (b, "category", daftar_category_to_key (row->category));
      json_builder_set_member_name (b, "specialty");
      if (row->has_specialty)
        json_builder_add_string_value (b, daftar_specialty_to_key (row->specialty));
      else
        json_builder_add_null_value (b);
      daftar_json_add_int (b, "seconds_actual", row->actual_seconds);
      daftar_json_add_money (b, "net", row->net_minor, comparison->currency);
      daftar_json_add_money (b, "effective_rate", row->effective_rate_minor, comparison->currency);
      json_builder_set_member_name (b, "bands");
      json_builder_begin_array (b);
      for (guint j = 0; j < row->matches->len; j++)
        {
          const DaftarBandMatch *match = &g_array_index (row->matches, DaftarBandMatch, j);

          json_builder_begin_object (b);
          daftar_json_add_text (b, "id", match->band->id);
          daftar_json_add_text (b, "match", level_keys[match->level]);
          daftar_json_add_boolean (b, "same_specialty", match->same_specialty);
          daftar_json_add_money_or_null (b, "low", match->band->has_low, match->low_minor, comparison->currency);
          daftar_json_add_money_or_null (b, "typical", match->band->has_typical, match->typical_minor, comparison->currency);
          daftar_json_add_money_or_null (b, "high", match->band->has_high, match->high_minor, comparison->currency);
          daftar_json_add_text (b, "position", daftar_band_position_to_key (match->position));
          daftar_json_add_boolean (b, "single_figure", match->single_figure);
          /* Strings with one decimal, like "-39.5": exact, unlike a double.  No distance
           * within a band that has no typical figure: where the rate sits along it instead. */
          add_percent (b, "distance_percent",
                       match->position != DAFTAR_BAND_POSITION_WITHIN || match->single_figure ||
                       match->band->has_typical,
                       match->distance_permille);
          add_percent (b, "range_percent", match->range_permille >= 0, match->range_permille);
          daftar_json_add_boolean (b, "net_against_gross", match->band->kind == DAFTAR_BAND_KIND_ADVERTISED);
          daftar_json_add_boolean (b, "converted", match->converted);
          json_builder_set_member_name (b, "band");
          json_builder_add_value (b, daftar_rate_band_to_json (match->band));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

static void
print_comparison (DaftarCli              *cli,
                  const DaftarComparison *comparison)
{
  DaftarFormat *format = daftar_context_get_format (cli->context);

  if (comparison->rows->len == 0)
    g_print ("%s\n", _("No hours worked in this period."));

  for (guint i = 0; i < comparison->rows->len; i++)
    {
      const DaftarComparisonRow *row = g_ptr_array_index (comparison->rows, i);
      const char *label = daftar_platform_key_get_label (row->platform_key);
      g_autofree char *platform = daftar_text_isolate (label != NULL ? label : row->platform_name);
      g_autofree char *rate = daftar_cli_amount_text (cli, row->effective_rate_minor, comparison->currency);
      g_autofree char *hours = daftar_format_hours (format, row->actual_seconds);
      g_autofree char *work = daftar_comparison_row_get_work_label (row);

      /* Translators: a platform and a category, the user's effective hourly rate, and
       * hours worked: "Outlier · AI training: effective 21.16 USD an hour over 10.0 h" */
      g_print (_("%s · %s: effective %s an hour over %s h"), platform, work, rate, hours);
      g_print ("\n");

      if (row->matches->len == 0)
        g_print ("  %s\n", _("No reported hourly rates for this."));

      /* Once for the row: the bands below say which are advertised. */
      for (guint j = 0; j < row->matches->len; j++)
        {
          const DaftarBandMatch *match = &g_array_index (row->matches, DaftarBandMatch, j);
          const char *note = daftar_band_kind_get_comparison_note (match->band->kind);

          if (note != NULL)
            {
              g_print ("  %s\n", note);
              break;
            }
        }

      for (guint j = 0; j < row->matches->len; j++)
        {
          const DaftarBandMatch *match = &g_array_index (row->matches, DaftarBandMatch, j);
          g_autofree char *range = band_range_text (cli, match->band, match->low_minor,
                                                    match->typical_minor, match->high_minor,
                                                    comparison->currency);
          g_autofree char *role = daftar_text_isolate_n (match->band->role, 300);
          g_autofree char *position = daftar_band_match_describe (match, format);

          g_print ("  %s — %s, %s: %s\n", match->band->id, role,
                   daftar_band_kind_get_label (match->band->kind), range);
          g_print ("    %s\n", position);
          print_source (&match->band->source, match->band->as_of, match->band->confidence,
                        match->band->verified);
        }
      g_print ("\n");
    }
}

static int
market_compare (DaftarCli  *cli,
                int         argc,
                char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_auto(MarketSource) source = { 0 };
  const DaftarMarket *market = NULL;
  const DaftarFeeRules *rules = NULL;
  g_autoptr(DaftarEarningsInput) input = NULL;
  g_autoptr(DaftarComparison) comparison = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *currency_text = NULL;
  g_autofree char *currency = NULL;
  DaftarPeriodKind kind = DAFTAR_PERIOD_THIS_MONTH;
  DaftarDay from, to;
  gboolean json = FALSE;
  char code[4] = "";
  int status;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("today, this-week, last-week, this-month (the default), last-month, this-quarter, this-year, last-year, last-90-days or all; or day, week, month, quarter, year"), N_("PERIOD") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency_text, N_("Currency to compare in (default: the home currency)"), N_("CODE") },
    { "dataset", 0, 0, G_OPTION_ARG_FILENAME, &source.dataset, N_("Read this dataset file instead of the one in use"), N_("FILE") },
    daftar_cli_json_option (&json),
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— your effective hourly rates against the reported market rates"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;
  if (!daftar_cli_read_period_currency (cli, period_text, &kind, currency_text, code, &status))
    return status;

  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_context_resolve_period (cli->context, kind, &from, &to, &error) ||
      !(currency = daftar_cli_currency (cli, code, &error)) ||
      !(market = load_market (cli, &source, &error)) ||
      !(rules = daftar_context_get_fee_rules (cli->context, &error)) ||
      !(input = daftar_store_load_earnings (cli->store, from, to, currency,
                                            DAFTAR_EARNINGS_BY_PROJECT, rules, &error)) ||
      !(comparison = daftar_market_compare (market, input, &error)))
    return daftar_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonNode) root = comparison_to_json (comparison, market_meta_json (market, source.origin),
                                                     daftar_period_kind_to_key (kind));

      daftar_cli_print_json (root);
    }
  else
    print_comparison (cli, comparison);

  return DAFTAR_CLI_OK;
}

/* refresh */

typedef struct
{
  GMainLoop        *loop;
  gboolean          ok;
  DaftarFeedResult  result;
  GError           *error;
} Refresh;

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Refresh *refresh = user_data;

  refresh->ok = daftar_feed_refresh_finish (DAFTAR_FEED (object), result, &refresh->result,
                                            &refresh->error);
  g_main_loop_quit (refresh->loop);
}

static int
market_refresh (DaftarCli  *cli,
                int         argc,
                char      **argv)
{
  g_autoptr(GError) error = NULL;
  GSettings *settings = daftar_cli_get_settings (cli, "market-feed-url");
  g_autoptr(GMainLoop) loop = NULL;
  const DaftarMarket *market = NULL;
  g_autofree char *url = NULL;
  Refresh refresh = { 0 };
  int status;
  GOptionEntry entries[] = {
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, N_("Download from this address (default: the one in the app’s preferences)"), N_("URL") },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— download newer market data from the feed"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;

  if (url == NULL && settings != NULL)
    url = g_settings_get_string (settings, "market-feed-url");
  if (url == NULL || url[0] == '\0')
    return daftar_cli_usage_error (cli, _("No feed address is set: give one with --url."));

  if (!daftar_cli_open_store (cli, &error))
    return daftar_cli_fail (cli, error);

  loop = g_main_loop_new (NULL, FALSE);
  refresh.loop = loop;
  daftar_feed_refresh_async (daftar_context_get_feed (cli->context), url, NULL, refreshed_cb, &refresh);
  g_main_loop_run (loop);

  if (!refresh.ok)
    {
      status = daftar_cli_fail (cli, refresh.error);
      g_error_free (refresh.error);
      return status;
    }

  if (settings != NULL)
    g_settings_set_int64 (settings, "market-last-refresh", daftar_context_now (cli->context));

  if (refresh.result == DAFTAR_FEED_RESULT_NOT_MODIFIED)
    {
      g_print ("%s\n", _("The market data is already up to date."));
      return DAFTAR_CLI_OK;
    }

  if (!(market = daftar_context_get_market (cli->context, NULL, &error)))
    return daftar_cli_fail (cli, error);

  {
    g_autofree char *publisher = daftar_text_isolate_n (market->publisher, 300);
    g_autofree char *count = daftar_format_integer (daftar_context_get_format (cli->context), market->bands->len);
    g_autofree char *as_of = as_of_text (cli, market->as_of);

    /* Translators: the dataset's publisher, its date, and how many rate bands it has. */
    g_print (_("Market data updated: %s, %s, %s rate bands."), publisher, as_of, count);
    g_print ("\n");
  }
  return DAFTAR_CLI_OK;
}

int
daftar_cli_market (DaftarCli  *cli,
                   int         argc,
                   char      **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    {
      cli->command_name = "market list";
      return market_list (cli, argc - 1, argv + 1);
    }
  if (argc >= 2 && g_str_equal (argv[1], "compare"))
    {
      cli->command_name = "market compare";
      return market_compare (cli, argc - 1, argv + 1);
    }
  if (argc >= 2 && g_str_equal (argv[1], "refresh"))
    {
      cli->command_name = "market refresh";
      return market_refresh (cli, argc - 1, argv + 1);
    }

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n", _("Usage: daftar-cli market list|compare|refresh [OPTIONS…]"));
      return DAFTAR_CLI_OK;
    }

  g_printerr ("daftar-cli market: %s\n", _("Give a subcommand: list, compare or refresh."));
  return DAFTAR_CLI_USAGE;
}
