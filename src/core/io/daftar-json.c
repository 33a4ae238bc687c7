/* daftar-json.c — ledger records as locale-independent JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Money is a decimal string in Latin digits ("1234.50"), times are ISO 8601 with
 * the user's offset plus UTC seconds, durations are seconds. README.md documents it.
 */
#define G_LOG_DOMAIN "daftar-json"

#include "config.h"

#include "daftar-dates.h"
#include "daftar-int64.h"
#include "daftar-json.h"

/**
 * daftar_json_to_text:
 * @node: the value to write
 * @pretty: indented, one member a line
 *
 * The one way Daftar writes JSON. Text from a ledger may hold bytes that are
 * not UTF-8, which json-glib copies as they are; they become U+FFFD here, so
 * what is written is always valid JSON.
 *
 * Returns: (transfer full): the JSON text, valid UTF-8
 */
char *
daftar_json_to_text (JsonNode *node,
                     gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, pretty);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);

  if (g_utf8_validate (text, -1, NULL))
    return g_steal_pointer (&text);

  /* Outside strings json-glib writes ASCII, so only string contents change. */
  return g_utf8_make_valid (text, -1);
}

/**
 * daftar_json_add_money:
 *
 * Adds @minor units of @currency as a decimal string in Latin digits, "1234.50".
 */
void
daftar_json_add_money (JsonBuilder *builder,
                       const char  *member,
                       gint64       minor,
                       const char  *currency)
{
  DaftarMoney money = { .minor = minor };
  g_autofree char *text = NULL;

  g_strlcpy (money.currency, currency, sizeof money.currency);
  text = daftar_money_to_decimal_string (&money);
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

/* Adds the amount when @has, else null. */
void
daftar_json_add_money_or_null (JsonBuilder *builder,
                               const char  *member,
                               gboolean     has,
                               gint64       minor,
                               const char  *currency)
{
  if (has)
    daftar_json_add_money (builder, member, minor, currency);
  else
    daftar_json_add_null (builder, member);
}

/**
 * daftar_json_add_hours:
 * @seconds: a duration
 *
 * Adds @seconds as hours, a number rounded to 0.0001 h with the one rounding rule:
 * as report --json, Export Report… and goal show --json write them.
 */
void
daftar_json_add_hours (JsonBuilder *builder,
                       const char  *member,
                       gint64       seconds)
{
  gint64 ten_thousandths = 0;

  daftar_int64_mul_div_round (seconds, 10000, 3600, &ten_thousandths);
  json_builder_set_member_name (builder, member);
  json_builder_add_double_value (builder, ten_thousandths / 10000.0);
}

/* Adds @value when @has, else null. */
void
daftar_json_add_int_or_null (JsonBuilder *builder,
                             const char  *member,
                             gboolean     has,
                             gint64       value)
{
  if (has)
    daftar_json_add_int (builder, member, value);
  else
    daftar_json_add_null (builder, member);
}

/* Adds @values, strings, as an array. */
void
daftar_json_add_strings (JsonBuilder *builder,
                         const char  *member,
                         GPtrArray   *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < values->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (values, i));
  json_builder_end_array (builder);
}

/**
 * daftar_json_add_fee_terms:
 *
 * Adds a project's own fee terms, as the export and `daftar-cli fee show --json`
 * write them: "contract_ppm" and "override_ppm" (parts per million, or null) and
 * "withdrawal_rule" (a rule's id, or null).
 */
void
daftar_json_add_fee_terms (JsonBuilder             *builder,
                           const DaftarProjectFees *fees)
{
  daftar_json_add_int_or_null (builder, "contract_ppm", fees->has_contract_ppm, fees->contract_ppm);
  daftar_json_add_int_or_null (builder, "override_ppm", fees->has_override_ppm, fees->override_ppm);
  daftar_json_add_string (builder, "withdrawal_rule", fees->withdrawal_rule);
}

/**
 * daftar_json_add_string:
 *
 * Adds @value, or null when it is %NULL.
 */
void
daftar_json_add_string (JsonBuilder *builder,
                        const char  *member,
                        const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Adds @value as it is, "" for an empty string. */
void
daftar_json_add_text (JsonBuilder *builder,
                      const char  *member,
                      const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

void
daftar_json_add_int (JsonBuilder *builder,
                     const char  *member,
                     gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

void
daftar_json_add_boolean (JsonBuilder *builder,
                         const char  *member,
                         gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

void
daftar_json_add_null (JsonBuilder *builder,
                      const char  *member)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_null_value (builder);
}

/* Where a session or the timer starts: its project, and its start local and in UTC. */
static void
add_start (JsonBuilder *b,
           gint64       project_id,
           const char  *project_name,
           gint64       start_utc,
           int          utc_offset)
{
  g_autofree char *start = daftar_utc_to_iso_local (start_utc, utc_offset);

  daftar_json_add_int (b, "project_id", project_id);
  daftar_json_add_text (b, "project", project_name);
  daftar_json_add_text (b, "start", start);
  daftar_json_add_int (b, "start_utc", start_utc);
  daftar_json_add_int (b, "utc_offset", utc_offset);
}

JsonNode *
daftar_project_to_json (const DaftarProject *p)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_int (b, "id", p->id);
  daftar_json_add_text (b, "name", p->name);
  daftar_json_add_string (b, "client", p->client);
  daftar_json_add_text (b, "platform", p->platform_key);
  daftar_json_add_text (b, "platform_name", p->platform_name);
  daftar_json_add_text (b, "category", daftar_category_to_key (p->category));
  daftar_json_add_string (b, "specialty", p->has_specialty ? daftar_specialty_to_key (p->specialty) : NULL);
  daftar_json_add_text (b, "pricing", daftar_pricing_to_key (p->pricing));
  daftar_json_add_text (b, "currency", p->currency);
  daftar_json_add_money_or_null (b, "rate", p->has_rate, p->rate_minor, p->currency);
  daftar_json_add_money_or_null (b, "price", p->has_price, p->price_minor, p->currency);
  daftar_json_add_boolean (b, "archived", p->archived);
  daftar_json_add_int (b, "created_utc", p->created_utc);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_session_to_json (const DaftarSession *s)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_int (b, "id", s->id);
  add_start (b, s->project_id, s->project_name, s->start_utc, s->utc_offset);
  daftar_json_add_int (b, "actual_seconds", s->actual_seconds);
  daftar_json_add_int (b, "paid_seconds", s->paid_seconds);
  daftar_json_add_text (b, "currency", s->currency);
  daftar_json_add_money_or_null (b, "earned", s->has_earned, s->earned_minor, s->currency);
  daftar_json_add_strings (b, "tools", s->tools);
  daftar_json_add_text (b, "note", s->note ? s->note : "");
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_tool_to_json (const DaftarTool *t)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_int (b, "id", t->id);
  daftar_json_add_text (b, "name", t->name);
  if (t->has_cost)
    {
      daftar_json_add_money (b, "monthly_cost", t->monthly_cost.minor, t->monthly_cost.currency);
      daftar_json_add_text (b, "currency", t->monthly_cost.currency);
    }
  else
    {
      daftar_json_add_null (b, "monthly_cost");
      daftar_json_add_null (b, "currency");
    }
  daftar_json_add_boolean (b, "builtin", t->builtin);
  daftar_json_add_boolean (b, "hidden", t->hidden);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_payment_to_json (const DaftarPayment *y)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_int (b, "id", y->id);
  daftar_json_add_int (b, "project_id", y->project_id);
  daftar_json_add_text (b, "project", y->project_name);
  daftar_json_add_text (b, "date", y->date);
  daftar_json_add_text (b, "currency", y->amount.currency);
  daftar_json_add_money (b, "amount", y->amount.minor, y->amount.currency);
  daftar_json_add_money (b, "withdrawal_fee", y->withdrawal_fee_minor, y->amount.currency);
  daftar_json_add_money_or_null (b, "platform_fee", y->has_platform_fee, y->platform_fee_minor, y->amount.currency);
  daftar_json_add_text (b, "note", y->note ? y->note : "");
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_platform_to_json (const DaftarPlatform *p)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_int (b, "id", p->id);
  daftar_json_add_text (b, "key", p->key);
  daftar_json_add_text (b, "name", p->name);
  daftar_json_add_boolean (b, "builtin", p->builtin);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_timer_to_json (const DaftarTimer *t)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  add_start (b, t->project_id, t->project_name, t->start_utc, t->utc_offset);
  daftar_json_add_text (b, "note", t->note ? t->note : "");
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/**
 * daftar_json_rate:
 *
 * An exchange rate as daftar-cli and the export write it.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
daftar_json_rate (const DaftarExchangeRate *rate)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *value = daftar_rate_to_string (rate->rate_e8);
  char day[DAFTAR_DAY_ISO_LEN];

  daftar_day_to_iso (rate->day, day);
  json_builder_begin_object (b);
  daftar_json_add_int (b, "id", rate->id);
  daftar_json_add_text (b, "date", day);
  daftar_json_add_text (b, "base", rate->base);
  daftar_json_add_text (b, "quote", rate->quote);
  daftar_json_add_text (b, "rate", value);
  daftar_json_add_text (b, "source", rate->source == DAFTAR_RATE_SOURCE_FEED ? "feed" : "user");
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
