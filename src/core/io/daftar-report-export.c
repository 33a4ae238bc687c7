/* daftar-report-export.c — an earnings report as JSON or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What `daftar-cli report --json` prints and Export Report… writes: the same report the
 * Earnings page shows, amounts as decimal strings in the report's currency.
 */
#define G_LOG_DOMAIN "daftar-report"

#include "config.h"

#include <string.h>

#include "daftar-fee-rules.h"
#include "daftar-json.h"
#include "daftar-report-export.h"

static void
add_line_members (JsonBuilder              *b,
                  const DaftarEarningsLine *line,
                  const char               *currency)
{
  json_builder_set_member_name (b, "sessions");
  json_builder_add_int_value (b, line->n_sessions);
  daftar_json_add_hours (b, "hours_actual", line->actual_seconds);
  daftar_json_add_hours (b, "hours_paid", line->paid_seconds);
  daftar_json_add_hours (b, "hours_unpaid", line->actual_seconds - line->paid_seconds);
  json_builder_set_member_name (b, "seconds_actual");
  json_builder_add_int_value (b, line->actual_seconds);
  json_builder_set_member_name (b, "seconds_paid");
  json_builder_add_int_value (b, line->paid_seconds);
  daftar_json_add_money (b, "gross", line->gross_minor, currency);
  daftar_json_add_money (b, "platform_fees", line->platform_fees_minor, currency);
  daftar_json_add_money (b, "withdrawal_fees", line->withdrawal_fees_minor, currency);
  daftar_json_add_money (b, "tool_costs", line->tool_costs_minor, currency);
  daftar_json_add_money (b, "platform_costs", line->platform_costs_minor, currency);
  daftar_json_add_money (b, "net", line->net_minor, currency);
  daftar_json_add_money (b, "awaiting_payment", line->awaiting_minor, currency);
  if (line->has_nominal_rate)
    daftar_json_add_money (b, "nominal_rate", line->nominal_rate_minor, currency);
  else
    {
      json_builder_set_member_name (b, "nominal_rate");
      json_builder_add_null_value (b);
    }
  if (line->has_effective_rate)
    daftar_json_add_money (b, "effective_rate", line->effective_rate_minor, currency);
  else
    {
      json_builder_set_member_name (b, "effective_rate");
      json_builder_add_null_value (b);
    }
}

JsonNode *
daftar_report_to_json (const DaftarEarningsReport *report,
                const char                 *period_key)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_period (b, report->query.from, report->query.to, period_key);

  json_builder_set_member_name (b, "currency");
  json_builder_add_string_value (b, report->query.currency);
  json_builder_set_member_name (b, "by");
  json_builder_add_string_value (b, daftar_earnings_by_to_key (report->query.by));
  json_builder_set_member_name (b, "basis");
  json_builder_add_string_value (b, daftar_earnings_basis_to_key (report->query.basis));

  json_builder_set_member_name (b, "totals");
  json_builder_begin_object (b);
  add_line_members (b, report->totals, report->query.currency);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "groups");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (report->groups, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "key");
      json_builder_add_string_value (b, line->key);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, line->label);
      json_builder_set_member_name (b, "id");
      if (line->id != 0)
        json_builder_add_int_value (b, line->id);
      else
        json_builder_add_null_value (b);
      add_line_members (b, line, report->query.currency);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "rates");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->rates->len; i++)
    {
      const DaftarEarningsRate *used = &g_array_index (report->rates, DaftarEarningsRate, i);
      g_autofree char *rate = daftar_rate_to_string (used->use.rate.rate_e8);
      char day[DAFTAR_DAY_ISO_LEN];

      daftar_day_to_iso (used->use.rate.day, day);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "base");
      json_builder_add_string_value (b, used->use.rate.base);
      json_builder_set_member_name (b, "quote");
      json_builder_add_string_value (b, used->use.rate.quote);
      json_builder_set_member_name (b, "date");
      json_builder_add_string_value (b, day);
      json_builder_set_member_name (b, "rate");
      json_builder_add_string_value (b, rate);
      json_builder_set_member_name (b, "source");
      json_builder_add_string_value (b, used->use.rate.source == DAFTAR_RATE_SOURCE_FEED ? "feed" : "user");
      json_builder_set_member_name (b, "inverted");
      json_builder_add_boolean_value (b, used->use.inverse);
      json_builder_set_member_name (b, "uses");
      json_builder_add_int_value (b, used->n_uses);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "fee_rules");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->rules->len; i++)
    json_builder_add_value (b, daftar_fee_rule_to_json (g_ptr_array_index (report->rules, i)));
  json_builder_end_array (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/* CSV */

static void
csv_field (GString    *out,
           const char *text)
{
  gboolean quote = strpbrk (text, ",\"\r\n") != NULL || text[0] == '=' || text[0] == '+' ||
                   text[0] == '-' || text[0] == '@';

  if (!quote)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  /* A leading =, +, - or @ is kept from spreadsheets' formulas by a quote mark. */
  if (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
csv_money (GString    *out,
           gint64      minor,
           const char *currency)
{
  /* The number only: the currency has its own column. */
  g_autofree char *number = daftar_json_decimal (minor, currency);

  g_string_append_c (out, ',');
  g_string_append (out, number);
}

static void
csv_line (GString                  *out,
          const char               *key,
          const char               *label,
          const DaftarEarningsLine *line,
          const char               *currency)
{
  char hours[3][32];

  csv_field (out, key);
  g_string_append_c (out, ',');
  csv_field (out, label);
  g_snprintf (hours[0], sizeof hours[0], ",%" G_GINT64_FORMAT, line->n_sessions);
  g_string_append (out, hours[0]);
  g_snprintf (hours[1], sizeof hours[1], ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
              line->actual_seconds, line->paid_seconds);
  g_string_append (out, hours[1]);
  g_string_append_c (out, ',');
  g_string_append (out, currency);
  csv_money (out, line->gross_minor, currency);
  csv_money (out, line->platform_fees_minor, currency);
  csv_money (out, line->withdrawal_fees_minor, currency);
  csv_money (out, line->tool_costs_minor, currency);
  csv_money (out, line->net_minor, currency);
  csv_money (out, line->awaiting_minor, currency);
  if (line->has_nominal_rate)
    csv_money (out, line->nominal_rate_minor, currency);
  else
    g_string_append_c (out, ',');
  if (line->has_effective_rate)
    csv_money (out, line->effective_rate_minor, currency);
  else
    g_string_append_c (out, ',');
  g_string_append (out, "\r\n");
}

/**
 * daftar_report_to_csv:
 *
 * Returns: (transfer full): one row per group and one for the total; amounts as plain
 *   numbers, durations in seconds
 */
GBytes *
daftar_report_to_csv (const DaftarEarningsReport *report)
{
  GString *out = g_string_new ("key,label,sessions,seconds_actual,seconds_paid,currency,gross,"
                               "platform_fees,withdrawal_fees,tool_costs,net,awaiting_payment,"
                               "nominal_rate,effective_rate\r\n");

  for (guint i = 0; i < report->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (report->groups, i);

      csv_line (out, line->key, line->label, line, report->query.currency);
    }
  csv_line (out, "total", "", report->totals, report->query.currency);

  return g_string_free_to_bytes (out);
}
