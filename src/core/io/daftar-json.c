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
 * daftar_json_decimal:
 *
 * Returns: (transfer full): @minor units of @currency as a decimal string in Latin
 *   digits, "1234.50", as the JSON and CSV files write amounts
 */
char *
daftar_json_decimal (gint64      minor,
                     const char *currency)
{
  DaftarMoney money = { .minor = minor };

  g_strlcpy (money.currency, currency, sizeof money.currency);
  return daftar_money_to_decimal_string (&money);
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
  g_autofree char *text = daftar_json_decimal (minor, currency);

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
 * daftar_json_add_fields:
 * @record: the struct @fields describe
 *
 * Adds each of @fields, in order, from @record: the members records write as they
 * are stored, one table a record instead of one call a member.
 */
void
daftar_json_add_fields (JsonBuilder           *builder,
                        gconstpointer          record,
                        const DaftarJsonField *fields,
                        gsize                  n_fields)
{
  const guint8 *base = record;

  for (gsize i = 0; i < n_fields; i++)
    {
      const DaftarJsonField *f = &fields[i];
      gconstpointer value = base + f->offset;
      const char *text;

      if (f->has != 0 && !*(const gboolean *) (base + f->has))
        {
          if (!f->omit)
            daftar_json_add_null (builder, f->member);
          continue;
        }

      switch (f->kind)
        {
        case DAFTAR_JSON_INT:
          daftar_json_add_int (builder, f->member, *(const gint64 *) value);
          break;
        case DAFTAR_JSON_TEXT:
          text = *(char * const *) value;
          daftar_json_add_text (builder, f->member, text != NULL ? text : "");
          break;
        case DAFTAR_JSON_CHARS:
          daftar_json_add_text (builder, f->member, value);
          break;
        case DAFTAR_JSON_STRING:
          daftar_json_add_string (builder, f->member, *(char * const *) value);
          break;
        case DAFTAR_JSON_BOOLEAN:
          daftar_json_add_boolean (builder, f->member, *(const gboolean *) value);
          break;
        case DAFTAR_JSON_MONEY:
          daftar_json_add_money (builder, f->member, *(const gint64 *) value,
                                 (const char *) base + f->currency);
          break;
        case DAFTAR_JSON_STRINGS:
          daftar_json_add_strings (builder, f->member, *(GPtrArray * const *) value);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * daftar_json_record:
 *
 * Returns: (transfer full): an object of @fields from @record
 */
JsonNode *
daftar_json_record (gconstpointer          record,
                    const DaftarJsonField *fields,
                    gsize                  n_fields)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_fields (b, record, fields, n_fields);
  json_builder_end_object (b);

  return json_builder_get_root (b);
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

static const DaftarJsonField project_names[] = {
  { "id", DAFTAR_JSON_INT, G_STRUCT_OFFSET (DaftarProject, id) },
  { "name", DAFTAR_JSON_TEXT, G_STRUCT_OFFSET (DaftarProject, name) },
  { "client", DAFTAR_JSON_STRING, G_STRUCT_OFFSET (DaftarProject, client) },
  { "platform", DAFTAR_JSON_TEXT, G_STRUCT_OFFSET (DaftarProject, platform_key) },
  { "platform_name", DAFTAR_JSON_TEXT, G_STRUCT_OFFSET (DaftarProject, platform_name) },
};

static const DaftarJsonField project_terms[] = {
  { "currency", DAFTAR_JSON_CHARS, G_STRUCT_OFFSET (DaftarProject, currency) },
  { "rate", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarProject, rate_minor), G_STRUCT_OFFSET (DaftarProject, currency), G_STRUCT_OFFSET (DaftarProject, has_rate) },
  { "price", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarProject, price_minor), G_STRUCT_OFFSET (DaftarProject, currency), G_STRUCT_OFFSET (DaftarProject, has_price) },
  { "archived", DAFTAR_JSON_BOOLEAN, G_STRUCT_OFFSET (DaftarProject, archived) },
  { "created_utc", DAFTAR_JSON_INT, G_STRUCT_OFFSET (DaftarProject, created_utc) },
};

JsonNode *
daftar_project_to_json (const DaftarProject *p)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_fields (b, p, project_names, G_N_ELEMENTS (project_names));
  daftar_json_add_text (b, "category", daftar_category_to_key (p->category));
  daftar_json_add_string (b, "specialty", p->has_specialty ? daftar_specialty_to_key (p->specialty) : NULL);
  daftar_json_add_text (b, "pricing", daftar_pricing_to_key (p->pricing));
  daftar_json_add_fields (b, p, project_terms, G_N_ELEMENTS (project_terms));
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

static const DaftarJsonField session_work[] = {
  { "actual_seconds", DAFTAR_JSON_INT, G_STRUCT_OFFSET (DaftarSession, actual_seconds) },
  { "paid_seconds", DAFTAR_JSON_INT, G_STRUCT_OFFSET (DaftarSession, paid_seconds) },
  { "currency", DAFTAR_JSON_CHARS, G_STRUCT_OFFSET (DaftarSession, currency) },
  { "earned", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarSession, earned_minor), G_STRUCT_OFFSET (DaftarSession, currency), G_STRUCT_OFFSET (DaftarSession, has_earned) },
  { "tools", DAFTAR_JSON_STRINGS, G_STRUCT_OFFSET (DaftarSession, tools) },
  { "note", DAFTAR_JSON_TEXT, G_STRUCT_OFFSET (DaftarSession, note) },
};

JsonNode *
daftar_session_to_json (const DaftarSession *s)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_int (b, "id", s->id);
  add_start (b, s->project_id, s->project_name, s->start_utc, s->utc_offset);
  daftar_json_add_fields (b, s, session_work, G_N_ELEMENTS (session_work));
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

static const DaftarJsonField tool_fields[] = {
  { "id", DAFTAR_JSON_INT, G_STRUCT_OFFSET (DaftarTool, id) },
  { "name", DAFTAR_JSON_TEXT, G_STRUCT_OFFSET (DaftarTool, name) },
  { "monthly_cost", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarTool, monthly_cost.minor), G_STRUCT_OFFSET (DaftarTool, monthly_cost.currency), G_STRUCT_OFFSET (DaftarTool, has_cost) },
  { "currency", DAFTAR_JSON_CHARS, G_STRUCT_OFFSET (DaftarTool, monthly_cost.currency), 0, G_STRUCT_OFFSET (DaftarTool, has_cost) },
  { "builtin", DAFTAR_JSON_BOOLEAN, G_STRUCT_OFFSET (DaftarTool, builtin) },
  { "hidden", DAFTAR_JSON_BOOLEAN, G_STRUCT_OFFSET (DaftarTool, hidden) },
};

JsonNode *
daftar_tool_to_json (const DaftarTool *t)
{
  return daftar_json_record (t, tool_fields, G_N_ELEMENTS (tool_fields));
}

static const DaftarJsonField payment_fields[] = {
  { "id", DAFTAR_JSON_INT, G_STRUCT_OFFSET (DaftarPayment, id) },
  { "project_id", DAFTAR_JSON_INT, G_STRUCT_OFFSET (DaftarPayment, project_id) },
  { "project", DAFTAR_JSON_TEXT, G_STRUCT_OFFSET (DaftarPayment, project_name) },
  { "date", DAFTAR_JSON_CHARS, G_STRUCT_OFFSET (DaftarPayment, date) },
  { "currency", DAFTAR_JSON_CHARS, G_STRUCT_OFFSET (DaftarPayment, amount.currency) },
  { "amount", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarPayment, amount.minor), G_STRUCT_OFFSET (DaftarPayment, amount.currency), 0 },
  { "withdrawal_fee", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarPayment, withdrawal_fee_minor), G_STRUCT_OFFSET (DaftarPayment, amount.currency), 0 },
  { "platform_fee", DAFTAR_JSON_MONEY, G_STRUCT_OFFSET (DaftarPayment, platform_fee_minor), G_STRUCT_OFFSET (DaftarPayment, amount.currency), G_STRUCT_OFFSET (DaftarPayment, has_platform_fee) },
  { "note", DAFTAR_JSON_TEXT, G_STRUCT_OFFSET (DaftarPayment, note) },
};

JsonNode *
daftar_payment_to_json (const DaftarPayment *y)
{
  return daftar_json_record (y, payment_fields, G_N_ELEMENTS (payment_fields));
}

static const DaftarJsonField platform_fields[] = {
  { "id", DAFTAR_JSON_INT, G_STRUCT_OFFSET (DaftarPlatform, id) },
  { "key", DAFTAR_JSON_TEXT, G_STRUCT_OFFSET (DaftarPlatform, key) },
  { "name", DAFTAR_JSON_TEXT, G_STRUCT_OFFSET (DaftarPlatform, name) },
  { "builtin", DAFTAR_JSON_BOOLEAN, G_STRUCT_OFFSET (DaftarPlatform, builtin) },
};

JsonNode *
daftar_platform_to_json (const DaftarPlatform *p)
{
  return daftar_json_record (p, platform_fields, G_N_ELEMENTS (platform_fields));
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
