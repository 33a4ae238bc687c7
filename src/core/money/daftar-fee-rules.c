/* daftar-fee-rules.c — platform fee rules as data: parsing, validation, lookup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules ship in data/market/fee-rules.json, compiled into the core GResource;
 * data/market/README.md documents the format.  Everything read is checked before it
 * is used, and a file with one bad rule yields no rules at all.  The parsing of one
 * rule (daftar_fee_rule_from_json()) and of a list of them
 * (daftar_fee_rules_from_json_array()) is public so that the market dataset, which
 * carries fee rules beside rate bands, can reuse it.
 */
#define G_LOG_DOMAIN "daftar-fee-rules"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "daftar-core-resources.h"
#include "daftar-fee-rules.h"
#include "daftar-json-read.h"

static const char * const shape_keys[DAFTAR_N_FEE_SHAPES] = {
  "flat",
  "per-contract",
  "minimum",
  "tiered",
  "withdrawal",
};

static const char * const confidence_keys[DAFTAR_N_CONFIDENCES] = {
  "low",
  "medium-low",
  "medium",
  "medium-high",
  "high",
};

DAFTAR_DEFINE_KEYS (DaftarFeeShape, daftar_fee_shape, shape_keys, DAFTAR_KEYS_EXACT)

DAFTAR_DEFINE_KEYS (DaftarConfidence, daftar_confidence, confidence_keys, DAFTAR_KEYS_EXACT)

DaftarFeeRule *
daftar_fee_rule_copy (const DaftarFeeRule *rule)
{
  DaftarFeeRule *copy;

  g_return_val_if_fail (rule != NULL, NULL);

  copy = g_memdup2 (rule, sizeof *rule);
  copy->id = g_strdup (rule->id);
  copy->platform = g_strdup (rule->platform);
  copy->method = g_strdup (rule->method);
  copy->source_publisher = g_strdup (rule->source_publisher);
  copy->source_title = g_strdup (rule->source_title);
  copy->source_url = g_strdup (rule->source_url);
  copy->note = g_strdup (rule->note);
  return copy;
}

void
daftar_fee_rule_free (DaftarFeeRule *rule)
{
  if (rule == NULL)
    return;

  g_free (rule->id);
  g_free (rule->platform);
  g_free (rule->method);
  g_free (rule->source_publisher);
  g_free (rule->source_title);
  g_free (rule->source_url);
  g_free (rule->note);
  g_free (rule);
}

/**
 * daftar_fee_rule_in_force:
 *
 * Returns: %TRUE if @day falls within the rule's effective dates
 */
gboolean
daftar_fee_rule_in_force (const DaftarFeeRule *rule,
                          DaftarDay            day)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  return (!rule->has_from || day >= rule->effective_from) &&
         (!rule->has_to || day <= rule->effective_to);
}

DaftarFeeRules *
daftar_fee_rules_new (void)
{
  DaftarFeeRules *rules = g_new0 (DaftarFeeRules, 1);

  rules->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) daftar_fee_rule_free);
  return rules;
}

void
daftar_fee_rules_free (DaftarFeeRules *rules)
{
  if (rules == NULL)
    return;

  g_ptr_array_unref (rules->rules);
  g_free (rules->compiled);
  g_free (rules);
}

static gboolean
ranges_overlap (const DaftarFeeRule *a,
                const DaftarFeeRule *b)
{
  gboolean a_ends_first = a->has_to && b->has_from && a->effective_to < b->effective_from;
  gboolean b_ends_first = b->has_to && a->has_from && b->effective_to < a->effective_from;

  return !a_ends_first && !b_ends_first;
}

/* Two rules compete when they could both apply to one payment. */
static gboolean
rules_compete (const DaftarFeeRule *a,
               const DaftarFeeRule *b)
{
  if (!g_str_equal (a->platform, b->platform))
    return FALSE;

  if ((a->shape == DAFTAR_FEE_SHAPE_WITHDRAWAL) != (b->shape == DAFTAR_FEE_SHAPE_WITHDRAWAL))
    return FALSE;

  if (a->shape == DAFTAR_FEE_SHAPE_WITHDRAWAL)
    {
      if (!g_str_equal (a->method, b->method))
        return FALSE;
    }
  else if ((a->pricings & b->pricings) == 0)
    return FALSE;

  return ranges_overlap (a, b);
}

/**
 * daftar_fee_rules_add:
 * @rule: (transfer full): a rule from daftar_fee_rule_from_json()
 *
 * Adds @rule unless its id is taken or it competes with a rule already there (same
 * platform and pricing, or same withdrawal method, with overlapping dates): a
 * payment must have one rule or none.  @rule is freed on error.
 */
gboolean
daftar_fee_rules_add (DaftarFeeRules  *rules,
                      DaftarFeeRule   *rule,
                      GError         **error)
{
  g_autoptr(DaftarFeeRule) owned = rule;

  g_return_val_if_fail (rules != NULL, FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  for (guint i = 0; i < rules->rules->len; i++)
    {
      const DaftarFeeRule *other = g_ptr_array_index (rules->rules, i);

      if (g_str_equal (other->id, rule->id))
        {
          g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID,
                       _("Two fee rules have the id “%s”."), rule->id);
          return FALSE;
        }

      if (rules_compete (other, rule))
        {
          g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID,
                       /* Translators: both %s are fee rule ids. */
                       _("Fee rules “%s” and “%s” apply to the same payments on the same days."),
                       other->id, rule->id);
          return FALSE;
        }
    }

  g_ptr_array_add (rules->rules, g_steal_pointer (&owned));
  return TRUE;
}

/**
 * daftar_fee_rules_from_json_array:
 * @array: the rules
 *
 * Returns: (transfer full): every rule in @array, or %NULL if any is invalid
 */
DaftarFeeRules *
daftar_fee_rules_from_json_array (JsonArray     *array,
                                  DaftarFormat  *format,
                                  GError       **error)
{
  g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_new ();

  g_return_val_if_fail (array != NULL, NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      DaftarFeeRule *rule = daftar_fee_rule_from_json (json_array_get_element (array, i), format, error);

      if (rule == NULL || !daftar_fee_rules_add (rules, rule, error))
        return NULL;
    }

  return g_steal_pointer (&rules);
}

/**
 * daftar_fee_rules_load_bytes:
 * @bytes: a fee-rules file: `{ "schema": 1, "rules": [ … ] }`
 * @format: (nullable): the digits of an error's numbers; %NULL for Latin
 *
 * Other top-level members are ignored, so the rules may sit in a larger dataset.
 *
 * Returns: (transfer full): the rules, or %NULL and nothing at all on any error
 */
DaftarFeeRules *
daftar_fee_rules_load_bytes (GBytes        *bytes,
                             DaftarFormat  *format,
                             GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DaftarFeeRules) rules = NULL;
  JsonObject *root;
  JsonNode *schema, *list, *compiled;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!daftar_json_load (parser, bytes, format, &local_error))
    {
      g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED,
                   _("The fee rules are not valid JSON: %s"), local_error->message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED,
                           _("The fee rules must be a JSON object."));
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  schema = json_object_get_member (root, "schema");
  if (schema == NULL || !JSON_NODE_HOLDS_VALUE (schema) ||
      json_node_get_value_type (schema) != G_TYPE_INT64 ||
      json_node_get_int (schema) != DAFTAR_FEE_RULES_SCHEMA)
    {
      g_set_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_SCHEMA,
                   _("The fee rules are not in a format this version of Daftar reads "
                     "(it reads “schema”: %d)."), DAFTAR_FEE_RULES_SCHEMA);
      return NULL;
    }

  list = json_object_get_member (root, "rules");
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error_literal (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED,
                           _("The fee rules have no “rules” list."));
      return NULL;
    }

  if (!(rules = daftar_fee_rules_from_json_array (json_node_get_array (list), format, error)))
    return NULL;

  compiled = json_object_get_member (root, "compiled");
  if (compiled != NULL && JSON_NODE_HOLDS_VALUE (compiled) &&
      json_node_get_value_type (compiled) == G_TYPE_STRING)
    {
      DaftarDay day;

      if (daftar_day_from_iso (json_node_get_string (compiled), &day))
        rules->compiled = g_strdup (json_node_get_string (compiled));
    }

  return g_steal_pointer (&rules);
}

/**
 * daftar_fee_rules_load_default:
 *
 * Loads the rules bundled with Daftar, from the core GResource.
 *
 * Returns: (transfer full): the rules, or %NULL with @error set
 */
DaftarFeeRules *
daftar_fee_rules_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  /* Naming the resource here links it into every program that loads the rules, even
   * from the static library, and needs no registration. */
  bytes = g_resource_lookup_data (daftar_core_get_resource (), DAFTAR_FEE_RULES_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  /* Shipped with Daftar and checked by its tests: no message for a user's digits. */
  return daftar_fee_rules_load_bytes (bytes, NULL, error);
}

/**
 * daftar_fee_rules_find:
 * @platform: a platform key, like “upwork”
 * @pricing: how the project is paid
 * @day: the day of the payment or work
 *
 * Returns: (transfer none) (nullable): the platform-fee rule in force, or %NULL when
 *   the data has none (the platform's fee is then taken as unknown, and zero)
 */
const DaftarFeeRule *
daftar_fee_rules_find (const DaftarFeeRules *rules,
                       const char           *platform,
                       DaftarPricing         pricing,
                       DaftarDay             day)
{
  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (platform != NULL, NULL);

  for (guint i = 0; i < rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (rules->rules, i);

      if (rule->shape != DAFTAR_FEE_SHAPE_WITHDRAWAL &&
          (rule->pricings & (1u << pricing)) != 0 &&
          g_str_equal (rule->platform, platform) &&
          daftar_fee_rule_in_force (rule, day))
        return rule;
    }

  return NULL;
}

/**
 * daftar_fee_rules_get:
 *
 * Returns: (transfer none) (nullable): the rule called @id
 */
const DaftarFeeRule *
daftar_fee_rules_get (const DaftarFeeRules *rules,
                      const char           *id)
{
  g_return_val_if_fail (rules != NULL, NULL);

  for (guint i = 0; id != NULL && i < rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (rules->rules, i);

      if (g_str_equal (rule->id, id))
        return rule;
    }

  return NULL;
}

/**
 * daftar_fee_rules_platform_may_be_tiered:
 * @until: the last day of interest
 *
 * Whether a rule by lifetime billings could apply to @platform's @pricing on or
 * before @until, so that a report must know the billings before its period.
 */
gboolean
daftar_fee_rules_platform_may_be_tiered (const DaftarFeeRules *rules,
                                         const char           *platform,
                                         DaftarPricing         pricing,
                                         DaftarDay             until)
{
  g_return_val_if_fail (rules != NULL, FALSE);

  for (guint i = 0; i < rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (rules->rules, i);

      if (rule->shape == DAFTAR_FEE_SHAPE_TIERED &&
          (rule->pricings & (1u << pricing)) != 0 &&
          g_str_equal (rule->platform, platform) &&
          (!rule->has_from || rule->effective_from <= until))
        return TRUE;
    }

  return FALSE;
}
