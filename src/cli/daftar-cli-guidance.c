/* daftar-cli-guidance.c — daftar-cli guidance: the upskilling cards for a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-cli-private.h"
#include "daftar-date-format.h"
#include "daftar-json-guidance.h"
#include "daftar-json.h"
#include "daftar-guidance.h"
#include "daftar-market.h"
#include "daftar-money.h"
#include "daftar-text.h"

/* "dismissed", "done" or NULL: what the user did with the card in the app. */
static const char *
card_state (GSettings  *settings,
            const char *id)
{
  g_auto(GStrv) dismissed = NULL;
  g_auto(GStrv) done = NULL;

  if (settings == NULL)
    return NULL;

  dismissed = g_settings_get_strv (settings, "guidance-dismissed");
  done = g_settings_get_strv (settings, "guidance-done");
  if (g_strv_contains ((const char * const *) dismissed, id))
    return "dismissed";
  if (g_strv_contains ((const char * const *) done, id))
    return "done";
  return NULL;
}

static JsonNode *
guidance_to_json (const DaftarGuidance *guidance,
                  const char           *period,
                  GSettings            *settings)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_text (b, "period", period);
  daftar_json_add_day (b, "from", guidance->from);
  daftar_json_add_day (b, "to", guidance->to);
  daftar_json_add_text (b, "currency", guidance->currency);
  daftar_json_add_int (b, "actual_seconds", guidance->actual_seconds);
  json_builder_set_member_name (b, "cards");
  json_builder_begin_array (b);
  for (guint i = 0; i < guidance->cards->len; i++)
    {
      const DaftarGuidanceCard *card = g_ptr_array_index (guidance->cards, i);
      JsonNode *node = daftar_guidance_card_to_json (card, guidance->currency);
      const char *state = card_state (settings, card->id);

      if (state != NULL)
        json_object_set_string_member (json_node_get_object (node), "state", state);
      else
        json_object_set_null_member (json_node_get_object (node), "state");
      json_builder_add_value (b, node);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

static const char *
tone_label (DaftarGuidanceTone tone)
{
  switch (tone)
    {
    /* Translators: the kind of a guidance card, printed before its title. */
    case DAFTAR_GUIDANCE_TONE_WARNING:     return C_("guidance", "Warning");
    /* Translators: the kind of a guidance card, printed before its title. */
    case DAFTAR_GUIDANCE_TONE_OPPORTUNITY: return C_("guidance", "Opportunity");
    /* Translators: the kind of a guidance card, printed before its title. */
    case DAFTAR_GUIDANCE_TONE_INFO:        return C_("guidance", "Tip");
    default:                               g_return_val_if_reached ("");
    }
}

static void
print_source (const DaftarGuidanceSource *source,
              DaftarFormat               *format)
{
  g_autofree char *publisher = daftar_text_isolate_n (source->publisher, 300);
  g_autofree char *title = daftar_text_isolate_n (source->title, 300);
  g_autofree char *as_of = source->as_of ? daftar_format_digits (format, source->as_of) : NULL;

  /* Translators: a source: its figure, its publisher and title, the date of the
   * figure and how reliable it is: "−21% — Management Science, “Who Is AI
   * Replacing?”, 2023-07; confidence: High". */
  if (source->title != NULL)
    g_print (_("    • %s — %s, “%s”, %s; confidence: %s"), source->figure, publisher, title,
             as_of ? as_of : C_("date", "undated"), daftar_confidence_get_label (source->confidence));
  else
    /* Translators: a source with no headline: its figure, its publisher, the date of
     * the figure and how reliable it is: "$2.40 — Persian news agency, quoting
     * Shahrvand, 2025; confidence: Low". */
    g_print (_("    • %s — %s, %s; confidence: %s"), source->figure, publisher,
             as_of ? as_of : C_("date", "undated"), daftar_confidence_get_label (source->confidence));
  if (!source->verified)
    g_print (" — %s", _("unverified claim"));
  g_print ("\n");
  if (source->url != NULL)
    g_print ("      %s\n", source->url);
}

static void
print_guidance (const DaftarGuidance *guidance,
                DaftarFormat         *format,
                GSettings            *settings,
                gboolean              all)
{
  GDate first, last;
  g_autofree char *period = NULL;
  guint shown = 0, hidden = 0;

  daftar_day_to_date (guidance->from, &first);
  daftar_day_to_date (guidance->to, &last);
  period = daftar_format_period_label (format, &first, &last);
  /* Translators: %s is a period, like "Aug 24 – Nov 21, 2026". */
  g_print (_("Guidance for %s"), period);
  g_print ("\n");

  for (guint i = 0; i < guidance->cards->len; i++)
    {
      const DaftarGuidanceCard *card = g_ptr_array_index (guidance->cards, i);
      const char *state = card_state (settings, card->id);
      g_autofree char *number = NULL;

      if (state != NULL && !all)
        {
          hidden++;
          continue;
        }

      number = daftar_format_integer (format, ++shown);
      g_print ("\n%s. [%s] %s", number, tone_label (card->tone), card->title);
      if (g_strcmp0 (state, "dismissed") == 0)
        g_print (" (%s)", _("dismissed"));
      else if (g_strcmp0 (state, "done") == 0)
        g_print (" (%s)", _("done"));
      g_print ("\n   %s\n", card->body);
      /* Translators: followed by the user's own figures that made the card appear. */
      g_print ("   %s %s\n", _("Why you see this:"), card->why);
      g_print ("   %s\n", _("What you can do:"));
      for (guint j = 0; j < card->actions->len; j++)
        g_print ("    • %s\n", (const char *) g_ptr_array_index (card->actions, j));
      if (card->sources->len > 0)
        g_print ("   %s\n", _("Sources:"));
      for (guint j = 0; j < card->sources->len; j++)
        print_source (g_ptr_array_index (card->sources, j), format);
      g_print ("   %s %s\n", _("Card id:"), card->id);
    }

  if (hidden > 0)
    {
      g_autofree char *count = daftar_format_integer (format, hidden);

      g_print ("\n");
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "%s card you dismissed or marked done in the app is not shown; add --all to see it.",
                            "%s cards you dismissed or marked done in the app are not shown; add --all to see them.",
                            hidden), count);
      g_print ("\n");
    }
}

int
daftar_cli_guidance (DaftarCli  *cli,
                     int         argc,
                     char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarFormat) json_format = NULL;
  DaftarFormat *format = NULL;
  g_autoptr(DaftarGuidance) guidance = NULL;
  GSettings *settings = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *currency_text = NULL;
  g_autofree char *currency = NULL;
  DaftarPeriodKind kind = DAFTAR_PERIOD_LAST_90_DAYS;
  gboolean json = FALSE, all = FALSE;
  DaftarDay from, to;
  char code[4] = "";
  int status;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("last-90-days (the default), today, this-week, last-week, this-month, last-month, this-quarter, this-year, last-year or all; or day, week, month, quarter, year"), N_("PERIOD") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency_text, N_("Currency for the figures (default: the home currency)"), N_("CODE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Also show the cards dismissed or marked done in the app"), NULL },
    daftar_cli_json_option (&json),
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, NULL, _("— what the sources say about your work, and what to do next"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;
  if (!daftar_cli_read_period_currency (cli, period_text, &kind, currency_text, code, &status))
    return status;

  format = daftar_context_get_format (cli->context);
  if (json)
    {
      /* JSON keeps Latin digits, whatever the locale. */
      json_format = daftar_format_new (daftar_format_get_locale (format),
                                       daftar_format_get_calendar (format), TRUE);
      format = json_format;
    }

  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_context_resolve_period (cli->context, kind, &from, &to, &error) ||
      !(currency = daftar_cli_currency (cli, code, &error)) ||
      !(guidance = daftar_context_load_guidance (cli->context, from, to, currency, format, &error)))
    return daftar_cli_fail (cli, error);

  settings = daftar_cli_get_settings (cli, "guidance-dismissed");
  if (json)
    {
      g_autoptr(JsonNode) root = guidance_to_json (guidance, daftar_period_kind_to_key (kind), settings);

      daftar_cli_print_json (root);
    }
  else
    print_guidance (guidance, format, settings, all);

  return DAFTAR_CLI_OK;
}
