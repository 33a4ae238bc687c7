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

JsonNode *
daftar_project_to_json (const DaftarProject *p)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, p->id);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, p->name);
  json_builder_set_member_name (b, "client");
  if (p->client != NULL)
    json_builder_add_string_value (b, p->client);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "platform");
  json_builder_add_string_value (b, p->platform_key);
  json_builder_set_member_name (b, "platform_name");
  json_builder_add_string_value (b, p->platform_name);
  json_builder_set_member_name (b, "category");
  json_builder_add_string_value (b, daftar_category_to_key (p->category));
  json_builder_set_member_name (b, "specialty");
  if (p->has_specialty)
    json_builder_add_string_value (b, daftar_specialty_to_key (p->specialty));
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "pricing");
  json_builder_add_string_value (b, daftar_pricing_to_key (p->pricing));
  json_builder_set_member_name (b, "currency");
  json_builder_add_string_value (b, p->currency);
  if (p->has_rate)
    daftar_json_add_money (b, "rate", p->rate_minor, p->currency);
  else
    {
      json_builder_set_member_name (b, "rate");
      json_builder_add_null_value (b);
    }
  if (p->has_price)
    daftar_json_add_money (b, "price", p->price_minor, p->currency);
  else
    {
      json_builder_set_member_name (b, "price");
      json_builder_add_null_value (b);
    }
  json_builder_set_member_name (b, "archived");
  json_builder_add_boolean_value (b, p->archived);
  json_builder_set_member_name (b, "created_utc");
  json_builder_add_int_value (b, p->created_utc);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_session_to_json (const DaftarSession *s)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *start = daftar_utc_to_iso_local (s->start_utc, s->utc_offset);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, s->id);
  json_builder_set_member_name (b, "project_id");
  json_builder_add_int_value (b, s->project_id);
  json_builder_set_member_name (b, "project");
  json_builder_add_string_value (b, s->project_name);
  json_builder_set_member_name (b, "start");
  json_builder_add_string_value (b, start);
  json_builder_set_member_name (b, "start_utc");
  json_builder_add_int_value (b, s->start_utc);
  json_builder_set_member_name (b, "utc_offset");
  json_builder_add_int_value (b, s->utc_offset);
  json_builder_set_member_name (b, "actual_seconds");
  json_builder_add_int_value (b, s->actual_seconds);
  json_builder_set_member_name (b, "paid_seconds");
  json_builder_add_int_value (b, s->paid_seconds);
  json_builder_set_member_name (b, "currency");
  json_builder_add_string_value (b, s->currency);
  if (s->has_earned)
    daftar_json_add_money (b, "earned", s->earned_minor, s->currency);
  else
    {
      json_builder_set_member_name (b, "earned");
      json_builder_add_null_value (b);
    }
  json_builder_set_member_name (b, "tools");
  json_builder_begin_array (b);
  for (guint i = 0; i < s->tools->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (s->tools, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "note");
  json_builder_add_string_value (b, s->note ? s->note : "");
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_tool_to_json (const DaftarTool *t)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, t->id);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, t->name);
  if (t->has_cost)
    {
      daftar_json_add_money (b, "monthly_cost", t->monthly_cost.minor, t->monthly_cost.currency);
      json_builder_set_member_name (b, "currency");
      json_builder_add_string_value (b, t->monthly_cost.currency);
    }
  else
    {
      json_builder_set_member_name (b, "monthly_cost");
      json_builder_add_null_value (b);
      json_builder_set_member_name (b, "currency");
      json_builder_add_null_value (b);
    }
  json_builder_set_member_name (b, "builtin");
  json_builder_add_boolean_value (b, t->builtin);
  json_builder_set_member_name (b, "hidden");
  json_builder_add_boolean_value (b, t->hidden);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_payment_to_json (const DaftarPayment *y)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, y->id);
  json_builder_set_member_name (b, "project_id");
  json_builder_add_int_value (b, y->project_id);
  json_builder_set_member_name (b, "project");
  json_builder_add_string_value (b, y->project_name);
  json_builder_set_member_name (b, "date");
  json_builder_add_string_value (b, y->date);
  json_builder_set_member_name (b, "currency");
  json_builder_add_string_value (b, y->amount.currency);
  daftar_json_add_money (b, "amount", y->amount.minor, y->amount.currency);
  daftar_json_add_money (b, "withdrawal_fee", y->withdrawal_fee_minor, y->amount.currency);
  if (y->has_platform_fee)
    daftar_json_add_money (b, "platform_fee", y->platform_fee_minor, y->amount.currency);
  else
    {
      json_builder_set_member_name (b, "platform_fee");
      json_builder_add_null_value (b);
    }
  json_builder_set_member_name (b, "note");
  json_builder_add_string_value (b, y->note ? y->note : "");
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_platform_to_json (const DaftarPlatform *p)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, p->id);
  json_builder_set_member_name (b, "key");
  json_builder_add_string_value (b, p->key);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, p->name);
  json_builder_set_member_name (b, "builtin");
  json_builder_add_boolean_value (b, p->builtin);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

JsonNode *
daftar_timer_to_json (const DaftarTimer *t)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *start = daftar_utc_to_iso_local (t->start_utc, t->utc_offset);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "project_id");
  json_builder_add_int_value (b, t->project_id);
  json_builder_set_member_name (b, "project");
  json_builder_add_string_value (b, t->project_name);
  json_builder_set_member_name (b, "start");
  json_builder_add_string_value (b, start);
  json_builder_set_member_name (b, "start_utc");
  json_builder_add_int_value (b, t->start_utc);
  json_builder_set_member_name (b, "utc_offset");
  json_builder_add_int_value (b, t->utc_offset);
  json_builder_set_member_name (b, "note");
  json_builder_add_string_value (b, t->note ? t->note : "");
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
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, rate->id);
  json_builder_set_member_name (b, "date");
  json_builder_add_string_value (b, day);
  json_builder_set_member_name (b, "base");
  json_builder_add_string_value (b, rate->base);
  json_builder_set_member_name (b, "quote");
  json_builder_add_string_value (b, rate->quote);
  json_builder_set_member_name (b, "rate");
  json_builder_add_string_value (b, value);
  json_builder_set_member_name (b, "source");
  json_builder_add_string_value (b, rate->source == DAFTAR_RATE_SOURCE_FEED ? "feed" : "user");
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
