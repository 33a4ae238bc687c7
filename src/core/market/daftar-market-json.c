/* daftar-market-json.c — reading and checking the market dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/market/README.md documents the format.  The dataset may come from a feed on
 * the network, so nothing in it is trusted: every member is checked, and one bad
 * entry rejects the whole file with a message that names the entry.
 */
#define G_LOG_DOMAIN "daftar-market"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-data-read.h"
#include "daftar-day.h"
#include "daftar-format.h"
#include "daftar-market.h"
#include "daftar-text.h"

#define VALUE_MAX_CHARS   32
#define MAX_ENTRIES       5000

/**
 * daftar_market_text_is_clean:
 * @text: text from the dataset
 * @max_chars: the most characters it may have
 *
 * Text from a feed is shown as plain text, never as markup, and wrapped in isolates
 * where it sits in a sentence.  What can't be made harmless that way is refused:
 * control characters, and format characters (bidi embeddings, overrides, isolates
 * and marks) other than the ZERO WIDTH (NON-)JOINER Persian spelling needs.
 *
 * Returns: %TRUE for non-empty plain text of at most @max_chars characters
 */
gboolean
daftar_market_text_is_clean (const char *text,
                             guint       max_chars)
{
  glong n_chars;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  n_chars = g_utf8_strlen (text, -1);
  if (n_chars == 0 || n_chars > (glong) max_chars)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_CONTROL || type == G_UNICODE_LINE_SEPARATOR ||
          type == G_UNICODE_PARAGRAPH_SEPARATOR || type == G_UNICODE_UNASSIGNED ||
          type == G_UNICODE_PRIVATE_USE || type == G_UNICODE_SURROGATE)
        return FALSE;
      if (type == G_UNICODE_FORMAT && c != 0x200C && c != 0x200D)
        return FALSE;
    }

  return TRUE;
}

/* https only: the dataset's links open in the browser. */
static gboolean
is_https_url (const char *text)
{
  g_autoptr(GUri) uri = NULL;

  if (!g_str_has_prefix (text, "https://") || strlen (text) > DAFTAR_DATA_URL_MAX_CHARS)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || (guchar) *p >= 0x7f)
      return FALSE;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  return uri != NULL && g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0';
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real date from 1990 on. */
static gboolean
is_as_of (const char *text)
{
  gsize len = strlen (text);
  DaftarDay day;
  char full[DAFTAR_DAY_ISO_LEN];

  if (len == 4)
    g_snprintf (full, sizeof full, "%s-01-01", text);
  else if (len == 7)
    g_snprintf (full, sizeof full, "%s-01", text);
  else if (len == 10)
    g_strlcpy (full, text, sizeof full);
  else
    return FALSE;

  for (gsize i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? full[i] != '-' : !g_ascii_isdigit (full[i]))
      return FALSE;

  return daftar_day_from_iso (full, &day) && strncmp (full, "1990", 4) >= 0;
}

static gboolean
get_text (JsonObject  *object,
          const char  *member,
          gboolean     required,
          guint        max_chars,
          char       **out,
          DaftarFormat *format,
          GError     **error)
{
  GError *local_error = NULL;
  const char *text = get_string (object, member, required, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (text == NULL)
    return TRUE;

  if (!daftar_market_text_is_clean (text, max_chars))
    {
      g_autofree char *one = daftar_format_integer (format, 1);
      g_autofree char *most = daftar_format_integer (format, max_chars);

      g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID,
                   /* Translators: the first %s is a field of the data file, like “role”;
                    * then the fewest and the most characters, 1 and a number. */
                   _("“%s” must be plain text of %s to %s characters, without control or "
                     "text-direction characters."), member, one, most);
      return FALSE;
    }

  *out = g_strdup (text);
  return TRUE;
}

static gboolean
get_bool (JsonObject  *object,
          const char  *member,
          gboolean    *out,
          GError     **error)
{
  JsonNode *node = get_node (object, member, G_TYPE_BOOLEAN, error,
                             /* Translators: %s is a field of the data file, like “verified”. */
                             _("“%s” must be true or false."));

  if (node == NULL)
    return FALSE;

  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
get_as_of (JsonObject  *object,
           const char  *member,
           gboolean     may_be_null,
           char       **out,
           GError     **error)
{
  GError *local_error = NULL;
  JsonNode *node = get_member (object, member, TRUE, error);
  const char *text;

  if (node == NULL)
    return FALSE;
  if (may_be_null && JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  text = get_string (object, member, TRUE, &local_error);
  if (text == NULL || !(may_be_null ? is_as_of (text) : (strlen (text) == 10 && is_as_of (text))))
    {
      g_clear_error (&local_error);
      if (may_be_null)
        set_invalid (error, member,
                     /* Translators: %s is a field of the data file, like “as_of”. Keep the formats. */
                     _("“%s” must be a date written YYYY, YYYY-MM or YYYY-MM-DD, or null."));
      else
        set_invalid (error, member,
                     /* Translators: %s is a field of the data file, like “as_of”. Keep the format. */
                     _("“%s” must be a date written YYYY-MM-DD."));
      return FALSE;
    }

  *out = g_strdup (text);
  return TRUE;
}

static gboolean
get_id (JsonObject  *object,
        char       **out,
        GError     **error)
{
  const char *id = get_slug (object, "id", DAFTAR_DATA_ID_MAX_CHARS, error,
                            /* Translators: %s is a field of the data file, “id”. */
                            _("“%s” must be 1 to 64 of a–z, 0–9, “-” and “.”."));

  if (id == NULL)
    return FALSE;

  *out = g_strdup (id);
  return TRUE;
}

static gboolean
get_category (JsonObject      *object,
              gboolean        *out_any,
              DaftarCategory  *out,
              GError         **error)
{
  const char *key = get_string (object, "category", TRUE, error);

  if (key == NULL)
    return FALSE;

  *out_any = g_str_equal (key, DAFTAR_MARKET_ANY);
  if (!*out_any && !daftar_category_from_key (key, out))
    {
      set_invalid (error, "category",
                   /* Translators: %s is a field of the data file, “category”. Keep the keys. */
                   _("“%s” must be “any” or one of writing, translation, graphic-design, "
                     "web-software, data-entry, data-science, ai-training, prompt-engineering, "
                     "video, consulting and other."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
get_source (JsonObject          *object,
            DaftarMarketSource  *out,
            DaftarFormat        *format,
            GError             **error)
{
  JsonObject *source = get_object (object, "source", error,
                                   /* Translators: %s is a field of the data file, “source”. Keep the names. */
                                   _("“%s” must be an object with “publisher”, “title” and “url”."));
  const char *url;
  GError *local_error = NULL;

  if (source == NULL)
    return FALSE;

  if (!get_text (source, "publisher", TRUE, DAFTAR_DATA_TEXT_MAX_CHARS, &out->publisher, format, &local_error) ||
      /* Optional: an article without a headline has none (null). */
      !get_text (source, "title", FALSE, DAFTAR_DATA_TEXT_MAX_CHARS, &out->title, format, &local_error))
    goto fail;

  if (get_member (source, "url", TRUE, &local_error) == NULL)
    goto fail;
  url = get_string (source, "url", FALSE, &local_error);
  if (local_error != NULL)
    goto fail;
  if (url != NULL && !is_https_url (url))
    {
      set_invalid (&local_error, "url",
                   /* Translators: %s is a field of the data file, “url”. */
                   _("“%s” must be an https:// address of at most 2000 characters, or null."));
      goto fail;
    }
  out->url = g_strdup (url);
  return TRUE;

fail:
  g_propagate_prefixed_error (error, local_error, "source: ");
  return FALSE;
}

/* A decimal string in Latin digits, no more decimals than the currency has. */
static gboolean
get_amount (JsonObject  *object,
            const char  *member,
            const char  *currency,
            gboolean    *out_has,
            gint64      *out_minor,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;
  DaftarMoney money;

  *out_has = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    goto bad;

  text = json_node_get_string (node);
  if (text[0] == '-')
    {
      set_invalid (error, member,
                   /* Translators: %s is a field of the data file, like “low”. */
                   _("“%s” can’t be negative."));
      return FALSE;
    }

  if (strlen (text) > 15 || !daftar_money_parse (text, currency, DAFTAR_MONEY_PARSE_PLAIN, &money, NULL, NULL))
    goto bad;

  *out_has = TRUE;
  *out_minor = money.minor;
  return TRUE;

bad:
  set_invalid (error, member,
               /* Translators: %s is a field of the data file, like “low”. Keep the example. */
               _("“%s” must be an amount in a string, with Latin digits and a point, like "
                 "\"25.00\", with no more decimals than its currency has."));
  return FALSE;
}

static DaftarRateBand *
read_band (JsonNode      *node,
           DaftarFormat  *format,
           GError       **error)
{
  g_autoptr(DaftarRateBand) band = g_new0 (DaftarRateBand, 1);
  GError *local_error = NULL;
  JsonObject *object;
  const char *platform, *key;

  if (!(object = get_entry (node, error, _("Each rate band must be a JSON object."))))
    return NULL;

  if (!get_id (object, &band->id, &local_error))
    goto fail;

  if (!(platform = get_slug (object, "platform", DAFTAR_DATA_ID_MAX_CHARS, &local_error,
                             /* Translators: %s is a field of the data file, “platform”. */
                             _("“%s” must be a platform key like “upwork”, or “any”."))))
    goto fail;
  band->platform = g_strdup (platform);

  if (!get_category (object, &band->any_category, &band->category, &local_error) ||
      !get_text (object, "role", TRUE, DAFTAR_DATA_TEXT_MAX_CHARS, &band->role, format, &local_error))
    goto fail;

  if (!(key = get_string (object, "unit", TRUE, &local_error)))
    goto fail;
  if (!daftar_rate_unit_from_key (key, &band->unit))
    {
      set_invalid (&local_error, "unit",
                   /* Translators: %s is a field of the data file, “unit”. Keep the keys. */
                   _("“%s” must be “hour”, “word” or “task”."));
      goto fail;
    }

  if (!get_currency (object, "currency", band->currency, &local_error))
    goto fail;

  if (!get_amount (object, "low", band->currency, &band->has_low, &band->low_minor, &local_error) ||
      !get_amount (object, "typical", band->currency, &band->has_typical, &band->typical_minor, &local_error) ||
      !get_amount (object, "high", band->currency, &band->has_high, &band->high_minor, &local_error))
    goto fail;

  if (!band->has_low && !band->has_typical && !band->has_high)
    {
      set_invalid (&local_error, "typical",
                   /* Translators: %s is a field of the data file, “typical”. */
                   _("A band needs at least one of “low”, “%s” and “high”."));
      goto fail;
    }
  if ((band->has_low && band->has_typical && band->low_minor > band->typical_minor) ||
      (band->has_typical && band->has_high && band->typical_minor > band->high_minor) ||
      (band->has_low && band->has_high && band->low_minor > band->high_minor))
    {
      set_invalid (&local_error, "low",
                   /* Translators: %s is a field of the data file, “low”. */
                   _("“%s” ≤ “typical” ≤ “high” does not hold."));
      goto fail;
    }

  if (!(key = get_string (object, "kind", TRUE, &local_error)))
    goto fail;
  if (!daftar_band_kind_from_key (key, &band->kind))
    {
      set_invalid (&local_error, "kind",
                   /* Translators: %s is a field of the data file, “kind”. Keep the keys. */
                   _("“%s” must be one of “advertised”, “effective”, “median”, “average” and “minimum”."));
      goto fail;
    }

  /* Optional: the kind of work, where the role names one (README, “specialty”). */
  key = get_string (object, "specialty", FALSE, &local_error);
  if (local_error != NULL)
    goto fail;
  if (key != NULL)
    {
      if (!daftar_specialty_from_key (key, &band->specialty) || band->any_category ||
          !daftar_category_has_specialties (band->category))
        {
          set_invalid (&local_error, "specialty",
                       /* Translators: %s is a field of the data file, “specialty”. Keep the keys. */
                       _("“%s” must be one of “generalist”, “coding”, “stem”, “language” and "
                         "“professional”, on an “ai-training” band."));
          goto fail;
        }
      band->has_specialty = TRUE;
    }

  if (!get_as_of (object, "as_of", TRUE, &band->as_of, &local_error) ||
      !get_source (object, &band->source, format, &local_error) ||
      !get_confidence (object, &band->confidence, &local_error) ||
      !get_bool (object, "verified", &band->verified, &local_error) ||
      !get_text (object, "ref", FALSE, DAFTAR_DATA_ID_MAX_CHARS, &band->ref, format, &local_error) ||
      !get_text (object, "note", FALSE, DAFTAR_DATA_NOTE_MAX_CHARS, &band->note, format, &local_error))
    goto fail;

  return g_steal_pointer (&band);

fail:
  daftar_data_prefix_entry (error, local_error,
                            /* Translators: %s is a rate band's id, like e12-mercor-range. */
                            _("Rate band “%s”: "), band->id);
  return NULL;
}

static DaftarMarketClaim *
read_claim (JsonNode      *node,
            DaftarFormat  *format,
            GError       **error)
{
  g_autoptr(DaftarMarketClaim) claim = g_new0 (DaftarMarketClaim, 1);
  GError *local_error = NULL;
  JsonObject *object;

  if (!(object = get_entry (node, error, _("Each claim must be a JSON object."))))
    return NULL;

  if (!get_id (object, &claim->id, &local_error) ||
      !get_category (object, &claim->any_category, &claim->category, &local_error) ||
      !get_text (object, "value", TRUE, VALUE_MAX_CHARS, &claim->value, format, &local_error) ||
      !get_text (object, "text", TRUE, DAFTAR_DATA_NOTE_MAX_CHARS, &claim->text, format, &local_error) ||
      !get_as_of (object, "as_of", TRUE, &claim->as_of, &local_error) ||
      !get_source (object, &claim->source, format, &local_error) ||
      !get_confidence (object, &claim->confidence, &local_error) ||
      !get_bool (object, "verified", &claim->verified, &local_error) ||
      !get_text (object, "ref", FALSE, DAFTAR_DATA_ID_MAX_CHARS, &claim->ref, format, &local_error) ||
      !get_text (object, "note", FALSE, DAFTAR_DATA_NOTE_MAX_CHARS, &claim->note, format, &local_error))
    {
      daftar_data_prefix_entry (error, local_error,
                                /* Translators: %s is a claim's id, like e29-image-posts. */
                                _("Claim “%s”: "), claim->id);
      return NULL;
    }

  return g_steal_pointer (&claim);
}

static gboolean
read_exchange_rate (JsonNode            *node,
                    guint                index,
                    DaftarExchangeRate  *out,
                    DaftarFormat        *format,
                    GError             **error)
{
  GError *local_error = NULL;
  JsonObject *object;
  const char *date, *base, *quote, *rate;

  memset (out, 0, sizeof *out);
  out->source = DAFTAR_RATE_SOURCE_FEED;

  if (!(object = get_entry (node, &local_error,
                            _("It must be a JSON object with “date”, “base”, “quote” and “rate”."))))
    goto fail;

  if (!(date = get_string (object, "date", TRUE, &local_error)) ||
      !(base = get_string (object, "base", TRUE, &local_error)) ||
      !(quote = get_string (object, "quote", TRUE, &local_error)) ||
      !(rate = get_string (object, "rate", TRUE, &local_error)))
    goto fail;

  if (strlen (date) != 10 || !is_as_of (date) || !daftar_day_from_iso (date, &out->day))
    {
      set_invalid (&local_error, "date",
                   /* Translators: %s is a field of the data file, “date”. Keep the format. */
                   _("“%s” must be a date written YYYY-MM-DD."));
      goto fail;
    }
  if (!daftar_currency_is_valid (base) || !daftar_currency_is_valid (quote) ||
      g_str_equal (base, quote))
    {
      set_invalid (&local_error, "base",
                   /* Translators: %s is a field of the data file, “base”. */
                   _("“%s” and “quote” must be two different ISO 4217 currency codes."));
      goto fail;
    }
  g_strlcpy (out->base, base, sizeof out->base);
  g_strlcpy (out->quote, quote, sizeof out->quote);

  if (!daftar_rate_parse (rate, &out->rate_e8, NULL) || !g_ascii_isdigit (rate[0]))
    {
      set_invalid (&local_error, "rate",
                   /* Translators: %s is a field of the data file, “rate”. Keep the example. */
                   _("“%s” must be a number above zero in a string, with at most eight "
                     "decimals, like \"0.92\"."));
      goto fail;
    }

  return TRUE;

fail:
  {
    g_autofree char *number = daftar_format_integer (format, index + 1);

    g_propagate_prefixed_error (error, local_error,
                                /* Translators: %s is the position of an exchange rate in the file, 1 for the first. */
                                _("Exchange rate %s: "), number);
  }
  return FALSE;
}

/* Fee rules from a feed: the fee-rule reader accepts http:// sources and does not
 * look for text-direction characters; hold them to the dataset's stricter rules. */
static gboolean
check_fee_rules (const DaftarFeeRules  *rules,
                 GError               **error)
{
  for (guint i = 0; i < rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (rules->rules, i);

      if (!daftar_market_text_is_clean (rule->source_publisher, DAFTAR_DATA_TEXT_MAX_CHARS) ||
          !daftar_market_text_is_clean (rule->source_title, DAFTAR_DATA_TEXT_MAX_CHARS) ||
          (rule->note != NULL && !daftar_market_text_is_clean (rule->note, DAFTAR_DATA_NOTE_MAX_CHARS)) ||
          (rule->method != NULL && !daftar_market_text_is_clean (rule->method, DAFTAR_DATA_ID_MAX_CHARS)) ||
          !is_https_url (rule->source_url))
        {
          g_autofree char *shown = daftar_text_isolate (rule->id);

          g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID,
                       /* Translators: %s is a fee rule's id, like upwork-2023-flat. */
                       _("Fee rule “%s”: its source needs an https:// address, and its text "
                         "must be plain, without control or text-direction characters."),
                       shown);
          return FALSE;
        }
    }

  return TRUE;
}

static JsonArray *
get_array (JsonObject  *root,
           const char  *member,
           gboolean     required,
           GError     **error)
{
  JsonNode *node = json_object_get_member (root, member);

  if (node == NULL && !required)
    return NULL;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (json_node_get_array (node)) > MAX_ENTRIES)
    {
      g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID,
                   /* Translators: %s is a field of the data file, like “rate_bands”. */
                   _("The market data needs “%s” as a list of at most 5000 entries."), member);
      return NULL;
    }

  return json_node_get_array (node);
}

/**
 * daftar_market_load_bytes:
 * @bytes: a market dataset, `{ "schema": 1, "rate_bands": […], … }`
 * @format: (nullable): the digits of an error's numbers; %NULL for Latin
 *
 * Parses and checks a whole dataset.  Unknown top-level members are ignored.
 *
 * Returns: (transfer full): the dataset, or %NULL and nothing at all on any error
 */
DaftarMarket *
daftar_market_load_bytes (GBytes        *bytes,
                          DaftarFormat  *format,
                          GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DaftarMarket) market = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonNode *schema;
  JsonArray *array;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!daftar_json_load (parser, bytes, format, &local_error))
    {
      g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED,
                   /* Translators: %s is the JSON parser's own message, maybe empty. */
                   _("The market data is not valid JSON. %s"), local_error->message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED,
                           _("The market data must be a JSON object."));
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  schema = json_object_get_member (root, "schema");
  if (schema == NULL || !JSON_NODE_HOLDS_VALUE (schema) ||
      json_node_get_value_type (schema) != G_TYPE_INT64 ||
      json_node_get_int (schema) != DAFTAR_MARKET_SCHEMA)
    {
      g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_SCHEMA,
                   /* Translators: %d is a version number, 1. Keep “schema”. */
                   _("The market data is not in a format this version of Daftar reads "
                     "(it reads “schema”: %d)."), DAFTAR_MARKET_SCHEMA);
      return NULL;
    }

  market = g_new0 (DaftarMarket, 1);
  market->bands = g_ptr_array_new_with_free_func ((GDestroyNotify) daftar_rate_band_free);
  market->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) daftar_market_claim_free);
  market->exchange_rates = g_array_new (FALSE, TRUE, sizeof (DaftarExchangeRate));

  if (!get_text (root, "publisher", TRUE, DAFTAR_DATA_TEXT_MAX_CHARS, &market->publisher, format, &local_error) ||
      !get_as_of (root, "as_of", FALSE, &market->as_of, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("The market data: "));
      return NULL;
    }

  if (!(array = get_array (root, "rate_bands", TRUE, error)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DaftarRateBand *band = read_band (json_array_get_element (array, i), format, error);

      if (band == NULL)
        return NULL;
      g_ptr_array_add (market->bands, band);
    }

  if (!(array = get_array (root, "claims", TRUE, error)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DaftarMarketClaim *claim = read_claim (json_array_get_element (array, i), format, error);

      if (claim == NULL)
        return NULL;
      g_ptr_array_add (market->claims, claim);
    }

  /* Ids are unique across bands and claims: links and tests name entries by id. */
  for (guint i = 0; i < market->bands->len + market->claims->len; i++)
    {
      const char *id = i < market->bands->len
        ? ((DaftarRateBand *) g_ptr_array_index (market->bands, i))->id
        : ((DaftarMarketClaim *) g_ptr_array_index (market->claims, i - market->bands->len))->id;

      if (!g_hash_table_add (ids, (gpointer) id))
        {
          g_autofree char *shown = daftar_text_isolate (id);

          g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID,
                       /* Translators: %s is an entry's id, like e12-mercor-range. */
                       _("The id “%s” is used twice in the market data."), shown);
          return NULL;
        }
    }

  if ((array = get_array (root, "fee_rules", FALSE, &local_error)) != NULL)
    {
      if (!(market->fee_rules = daftar_fee_rules_from_json_array (array, format, error)) ||
          !check_fee_rules (market->fee_rules, error))
        return NULL;
    }
  else if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  else
    market->fee_rules = daftar_fee_rules_new ();

  if ((array = get_array (root, "exchange_rates", FALSE, &local_error)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          DaftarExchangeRate rate;

          if (!read_exchange_rate (json_array_get_element (array, i), i, &rate, format, error))
            return NULL;
          g_array_append_val (market->exchange_rates, rate);
        }
    }
  else if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&market);
}
