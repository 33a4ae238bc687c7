/* daftar-fee-rules-json.c — one fee rule from and to JSON, checked member by member
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/market/README.md documents the format. Public so that the market dataset, which
 * carries fee rules beside rate bands, reads them the same way.
 */
#define G_LOG_DOMAIN "daftar-fee-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-data-read.h"
#include "daftar-fee-rules.h"
#include "daftar-format.h"
#include "daftar-json-write.h"

/* Plain text for people: valid UTF-8 (json-glib checks), no control characters. */
static gboolean
is_clean_text (const char *text,
               guint       max_chars,
               gboolean    may_be_empty)
{
  glong n_chars = g_utf8_strlen (text, -1);

  if ((!may_be_empty && n_chars == 0) || n_chars > (glong) max_chars)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_web_url (const char *text)
{
  if (!g_str_has_prefix (text, "https://") && !g_str_has_prefix (text, "http://"))
    return FALSE;

  if (strlen (text) > DAFTAR_DATA_URL_MAX_CHARS)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || (guchar) *p >= 0x7f)
      return FALSE;

  return TRUE;
}

static gboolean
get_ppm (JsonObject  *object,
         const char  *member,
         gint32      *out,
         GError     **error)
{
  JsonNode *node = get_node (object, member, G_TYPE_INT64, error,
                             /* Translators: %s is a field of the data file, like “rate_ppm”. */
                             _("“%s” must be a whole number of parts per million (100000 is 10%%)."));
  gint64 value;

  if (node == NULL)
    return FALSE;

  value = json_node_get_int (node);
  if (value < 0)
    {
      set_invalid (error, member,
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” can’t be negative."));
      return FALSE;
    }
  if (value > DAFTAR_PPM_ONE)
    {
      set_invalid (error, member,
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” can’t be more than 100%% (1000000)."));
      return FALSE;
    }

  *out = (gint32) value;
  return TRUE;
}

/* A decimal string in Latin digits (“5.00”), no more decimals than the currency has. */
static gboolean
parse_amount (const char  *member,
              const char  *text,
              const char  *currency,
              gint64      *out_minor,
              GError     **error)
{
  DaftarMoney money;

  if (!daftar_money_parse (text, currency, DAFTAR_MONEY_PARSE_PLAIN, &money, NULL, NULL))
    {
      set_invalid (error, member,
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be an amount written with Latin digits and a point, like \"5.00\", "
                     "with no more decimals than its currency has."));
      return FALSE;
    }

  *out_minor = money.minor;
  return TRUE;
}

/* { "amount": "5.00", "currency": "USD" } */
static gboolean
get_money (JsonObject  *object,
           const char  *member,
           DaftarMoney *out,
           GError     **error)
{
  JsonObject *money = get_object (object, member, error,
                                  /* Translators: %s is a field of the data file, like “rate_ppm”. */
                                  _("“%s” must be an object with “amount” and “currency”."));
  const char *amount;

  if (money == NULL)
    return FALSE;

  if (!get_currency (money, "currency", out->currency, error) ||
      !(amount = get_string (money, "amount", TRUE, error)) ||
      !parse_amount ("amount", amount, out->currency, &out->minor, error))
    {
      g_prefix_error (error, "%s: ", member);
      return FALSE;
    }

  return TRUE;
}

static gboolean
get_day (JsonObject  *object,
         const char  *member,
         gboolean    *out_has,
         DaftarDay   *out_day,
         GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;

  *out_has = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!(text = get_string (object, member, TRUE, error)))
    return FALSE;

  if (!daftar_day_from_iso (text, out_day))
    {
      set_invalid (error, member,
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be a date as YYYY-MM-DD, or null."));
      return FALSE;
    }

  *out_has = TRUE;
  return TRUE;
}

static gboolean
read_pricings (JsonObject     *object,
               DaftarFeeRule  *rule,
               GError        **error)
{
  JsonNode *node = get_member (object, "applies_to", TRUE, error);
  JsonArray *array;

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (array = json_node_get_array (node)) == 0)
    {
      set_invalid (error, "applies_to",
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must list at least one of “hourly”, “fixed” and “per-task”."));
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      DaftarPricing pricing;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING ||
          !daftar_pricing_from_key (json_node_get_string (element), &pricing) ||
          !g_str_equal (json_node_get_string (element), daftar_pricing_to_key (pricing)) ||
          (rule->pricings & (1u << pricing)) != 0)
        {
          set_invalid (error, "applies_to",
                       /* Translators: %s is a field of the data file, like “rate_ppm”. */
                       _("“%s” must list “hourly”, “fixed” and “per-task”, each at most once."));
          return FALSE;
        }

      rule->pricings |= 1u << pricing;
    }

  return TRUE;
}

static gboolean
read_tiers (JsonObject     *params,
            DaftarFeeRule  *rule,
            DaftarFormat   *format,
            GError        **error)
{
  JsonNode *node;
  JsonArray *array;
  const char *basis;
  guint n;

  if (!(basis = get_string (params, "basis", TRUE, error)))
    return FALSE;
  if (!g_str_equal (basis, "client-lifetime-billings"))
    {
      set_invalid (error, "basis",
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be “client-lifetime-billings”."));
      return FALSE;
    }

  if (!get_currency (params, "currency", rule->tier_currency, error))
    return FALSE;

  if (!(node = get_member (params, "tiers", TRUE, error)))
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (node) ||
      (n = json_array_get_length (array = json_node_get_array (node))) == 0 ||
      n > DAFTAR_FEE_MAX_TIERS)
    {
      set_invalid (error, "tiers",
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be a list of 1 to 8 tiers."));
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *tier;
      JsonNode *up_to;
      DaftarFeeTier *out = &rule->tiers[i];

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          set_invalid (error, "tiers",
                       /* Translators: %s is a field of the data file, like “rate_ppm”. */
                       _("“%s” must hold objects with “up_to” and “rate_ppm”."));
          return FALSE;
        }

      tier = json_node_get_object (element);
      if (!get_ppm (tier, "rate_ppm", &out->rate_ppm, error))
        goto bad_tier;

      up_to = get_member (tier, "up_to", TRUE, error);
      if (up_to == NULL)
        goto bad_tier;

      out->bounded = !JSON_NODE_HOLDS_NULL (up_to);
      if (out->bounded)
        {
          const char *text = get_string (tier, "up_to", TRUE, error);

          if (text == NULL ||
              !parse_amount ("up_to", text, rule->tier_currency, &out->up_to_minor, error))
            goto bad_tier;

          if (out->up_to_minor <= (i > 0 ? rule->tiers[i - 1].up_to_minor : 0))
            {
              set_invalid (error, "up_to",
                           /* Translators: %s is a field of the data file, like “rate_ppm”. */
                           _("“%s” must be above zero and above the tier before."));
              goto bad_tier;
            }
        }

      /* Only the last tier is open-ended, and it has to be. */
      if (out->bounded == (i == n - 1))
        {
          set_invalid (error, "up_to",
                       /* Translators: %s is a field of the data file, like “rate_ppm”. */
                       _("“%s” must be null in the last tier and only there."));
          goto bad_tier;
        }

      continue;

    bad_tier:
      {
        g_autofree char *number = daftar_format_integer (format, i + 1);

        /* Translators: %s is a tier's position, 1 for the first. */
        g_prefix_error (error, _("tier %s: "), number);
      }
      return FALSE;
    }

  rule->n_tiers = n;
  return TRUE;
}

static gboolean
read_parameters (JsonObject     *object,
                 DaftarFeeRule  *rule,
                 DaftarFormat   *format,
                 GError        **error)
{
  JsonObject *params = get_object (object, "parameters", error,
                                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                                   _("“%s” must be an object."));

  if (params == NULL)
    return FALSE;

  switch (rule->shape)
    {
    case DAFTAR_FEE_SHAPE_FLAT:
      return get_ppm (params, "rate_ppm", &rule->rate_ppm, error);

    case DAFTAR_FEE_SHAPE_PER_CONTRACT:
      if (!get_ppm (params, "min_ppm", &rule->min_ppm, error) ||
          !get_ppm (params, "max_ppm", &rule->max_ppm, error) ||
          !get_ppm (params, "default_ppm", &rule->default_ppm, error))
        return FALSE;
      if (rule->min_ppm > rule->default_ppm || rule->default_ppm > rule->max_ppm)
        {
          set_invalid (error, "default_ppm",
                       /* Translators: %s is a field of the data file, like “rate_ppm”. */
                       _("“%s” must lie between “min_ppm” and “max_ppm”."));
          return FALSE;
        }
      return TRUE;

    case DAFTAR_FEE_SHAPE_MINIMUM:
      return get_ppm (params, "rate_ppm", &rule->rate_ppm, error) &&
             get_money (params, "minimum", &rule->minimum, error);

    case DAFTAR_FEE_SHAPE_TIERED:
      return read_tiers (params, rule, format, error);

    case DAFTAR_FEE_SHAPE_WITHDRAWAL:
      return get_money (params, "flat", &rule->flat, error) &&
             get_ppm (params, "fx_ppm", &rule->fx_ppm, error);

    case DAFTAR_N_FEE_SHAPES:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
read_source (JsonObject     *object,
             DaftarFeeRule  *rule,
             GError        **error)
{
  JsonObject *source = get_object (object, "source", error,
                                   /* Translators: %s is a field of the data file, “source”. Keep the names. */
                                   _("“%s” must be an object with “publisher”, “title” and “url”."));
  const char *publisher, *title, *url;

  if (source == NULL)
    return FALSE;

  if (!(publisher = get_string (source, "publisher", TRUE, error)) ||
      !(title = get_string (source, "title", TRUE, error)) ||
      !(url = get_string (source, "url", TRUE, error)))
    goto fail;

  if (!is_clean_text (publisher, DAFTAR_DATA_TEXT_MAX_CHARS, FALSE))
    {
      set_invalid (error, "publisher",
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be plain text of 1 to 300 characters."));
      goto fail;
    }
  if (!is_clean_text (title, DAFTAR_DATA_TEXT_MAX_CHARS, FALSE))
    {
      set_invalid (error, "title",
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be plain text of 1 to 300 characters."));
      goto fail;
    }
  if (!is_web_url (url))
    {
      set_invalid (error, "url",
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be an http or https address without spaces."));
      goto fail;
    }

  rule->source_publisher = g_strdup (publisher);
  rule->source_title = g_strdup (title);
  rule->source_url = g_strdup (url);
  return TRUE;

fail:
  g_prefix_error (error, "source: ");
  return FALSE;
}

/**
 * daftar_fee_rule_from_json:
 * @node: one rule, as documented in data/market/README.md
 * @format: (nullable): the digits of the error's numbers; %NULL for Latin
 *
 * Reads and checks one rule: a known shape, rates from 0 to 100%, real currencies,
 * amounts with the right decimals, tiers that rise, dates in order, a source.
 *
 * Returns: (transfer full): the rule, or %NULL with %DAFTAR_DATA_ERROR_INVALID
 */
DaftarFeeRule *
daftar_fee_rule_from_json (JsonNode      *node,
                           DaftarFormat  *format,
                           GError       **error)
{
  g_autoptr(DaftarFeeRule) rule = g_new0 (DaftarFeeRule, 1);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  const char *id, *platform, *shape, *method, *note;

  g_return_val_if_fail (node != NULL, NULL);

  if (!(object = get_entry (node, error, _("A fee rule must be a JSON object."))))
    return NULL;

  if (!(id = get_slug (object, "id", DAFTAR_DATA_ID_MAX_CHARS, &local_error,
                       /* Translators: %s is a field of the data file, like “rate_ppm”. */
                       _("“%s” must be 1 to 64 lower-case letters, digits, “-” or “.”."))))
    goto fail;
  rule->id = g_strdup (id);

  if (!(platform = get_slug (object, "platform", 32, &local_error,
                             /* Translators: %s is a field of the data file, like “rate_ppm”. */
                             _("“%s” must be a platform key like “upwork”."))))
    goto fail;
  rule->platform = g_strdup (platform);

  if (!(shape = get_string (object, "shape", TRUE, &local_error)))
    goto fail;
  if (!daftar_fee_shape_from_key (shape, &rule->shape))
    {
      set_invalid (&local_error, "shape",
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be one of “flat”, “per-contract”, “minimum”, “tiered” and “withdrawal”."));
      goto fail;
    }

  /* Withdrawal rules apply to a way of taking money out; the others to pricings. */
  if (rule->shape == DAFTAR_FEE_SHAPE_WITHDRAWAL)
    {
      if (json_object_has_member (object, "applies_to"))
        {
          set_invalid (&local_error, "applies_to",
                       /* Translators: %s is a field of the data file, like “rate_ppm”. */
                       _("“%s” has no place in a withdrawal rule."));
          goto fail;
        }
      if (!(method = get_slug (object, "method", 32, &local_error,
                               /* Translators: %s is a field of the data file, like “rate_ppm”. */
                               _("“%s” must be a key like “wire”."))))
        goto fail;
      rule->method = g_strdup (method);
    }
  else
    {
      if (json_object_has_member (object, "method"))
        {
          set_invalid (&local_error, "method",
                       /* Translators: %s is a field of the data file, like “rate_ppm”. */
                       _("“%s” belongs only in withdrawal rules."));
          goto fail;
        }
      if (!read_pricings (object, rule, &local_error))
        goto fail;
    }

  if (!read_parameters (object, rule, format, &local_error))
    {
      g_prefix_error (&local_error, "parameters: ");
      goto fail;
    }

  if (!get_day (object, "effective_from", &rule->has_from, &rule->effective_from, &local_error) ||
      !get_day (object, "effective_to", &rule->has_to, &rule->effective_to, &local_error))
    goto fail;
  if (rule->has_from && rule->has_to && rule->effective_to < rule->effective_from)
    {
      set_invalid (&local_error, "effective_to",
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” can’t be before “effective_from”."));
      goto fail;
    }

  if (!read_source (object, rule, &local_error))
    goto fail;

  if (!get_confidence (object, &rule->confidence, &local_error))
    goto fail;

  note = get_string (object, "note", FALSE, &local_error);
  if (local_error != NULL)
    goto fail;
  if (note != NULL && !is_clean_text (note, DAFTAR_DATA_NOTE_MAX_CHARS, TRUE))
    {
      set_invalid (&local_error, "note",
                   /* Translators: %s is a field of the data file, like “rate_ppm”. */
                   _("“%s” must be plain text of at most 2000 characters."));
      goto fail;
    }
  rule->note = g_strdup (note);

  return g_steal_pointer (&rule);

fail:
  daftar_data_prefix_entry (error, g_steal_pointer (&local_error),
                            /* Translators: %s is a fee rule's id, like upwork-2023-flat. */
                            _("Fee rule “%s”: "), rule->id);
  return NULL;
}

static void
add_money (JsonBuilder       *b,
           const char        *member,
           const DaftarMoney *money)
{
  g_autofree char *amount = daftar_money_to_decimal_string (money);

  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  daftar_json_add_text (b, "amount", amount);
  daftar_json_add_text (b, "currency", money->currency);
  json_builder_end_object (b);
}

static void
add_day (JsonBuilder *b,
         const char  *member,
         gboolean     has,
         DaftarDay    day)
{
  char iso[DAFTAR_DAY_ISO_LEN];

  if (has)
    daftar_day_to_iso (day, iso);
  daftar_json_add_string (b, member, has ? iso : NULL);
}

/**
 * daftar_fee_rule_to_json:
 *
 * Returns: (transfer full): @rule in the format it is read from
 */
JsonNode *
daftar_fee_rule_to_json (const DaftarFeeRule *rule)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (rule != NULL, NULL);

  json_builder_begin_object (b);
  daftar_json_add_text (b, "id", rule->id);
  daftar_json_add_text (b, "platform", rule->platform);
  if (rule->shape == DAFTAR_FEE_SHAPE_WITHDRAWAL)
    daftar_json_add_text (b, "method", rule->method);
  else
    {
      json_builder_set_member_name (b, "applies_to");
      json_builder_begin_array (b);
      for (guint p = 0; p < DAFTAR_N_PRICINGS; p++)
        if (rule->pricings & (1u << p))
          json_builder_add_string_value (b, daftar_pricing_to_key (p));
      json_builder_end_array (b);
    }
  daftar_json_add_text (b, "shape", daftar_fee_shape_to_key (rule->shape));

  json_builder_set_member_name (b, "parameters");
  json_builder_begin_object (b);
  switch (rule->shape)
    {
    case DAFTAR_FEE_SHAPE_FLAT:
      daftar_json_add_int (b, "rate_ppm", rule->rate_ppm);
      break;

    case DAFTAR_FEE_SHAPE_PER_CONTRACT:
      daftar_json_add_int (b, "min_ppm", rule->min_ppm);
      daftar_json_add_int (b, "max_ppm", rule->max_ppm);
      daftar_json_add_int (b, "default_ppm", rule->default_ppm);
      break;

    case DAFTAR_FEE_SHAPE_MINIMUM:
      daftar_json_add_int (b, "rate_ppm", rule->rate_ppm);
      add_money (b, "minimum", &rule->minimum);
      break;

    case DAFTAR_FEE_SHAPE_TIERED:
      daftar_json_add_text (b, "basis", "client-lifetime-billings");
      daftar_json_add_text (b, "currency", rule->tier_currency);
      json_builder_set_member_name (b, "tiers");
      json_builder_begin_array (b);
      for (guint i = 0; i < rule->n_tiers; i++)
        {
          DaftarMoney limit = { .minor = rule->tiers[i].up_to_minor };
          g_autofree char *text = NULL;

          memcpy (limit.currency, rule->tier_currency, 4);
          if (rule->tiers[i].bounded)
            text = daftar_money_to_decimal_string (&limit);
          json_builder_begin_object (b);
          daftar_json_add_string (b, "up_to", text);
          daftar_json_add_int (b, "rate_ppm", rule->tiers[i].rate_ppm);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      break;

    case DAFTAR_FEE_SHAPE_WITHDRAWAL:
      add_money (b, "flat", &rule->flat);
      daftar_json_add_int (b, "fx_ppm", rule->fx_ppm);
      break;

    case DAFTAR_N_FEE_SHAPES:
    default:
      g_assert_not_reached ();
    }
  json_builder_end_object (b);

  add_day (b, "effective_from", rule->has_from, rule->effective_from);
  add_day (b, "effective_to", rule->has_to, rule->effective_to);

  daftar_json_add_source (b, rule->source_publisher, rule->source_title, rule->source_url);

  daftar_json_add_text (b, "confidence", daftar_confidence_to_key (rule->confidence));
  daftar_json_add_string (b, "note", rule->note);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
