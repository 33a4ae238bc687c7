/* daftar-store-report.c — reading what an earnings report needs from the ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sessions are never read one by one: the store keeps their sums per day, project
 * and set of AI tools in day_totals (schema version 9), read in its key's order.
 * A year of a million sessions is a few thousand rows, and daftar-earnings.c does
 * the money on those.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <string.h>

#include "daftar-store-private.h"
#include "daftar-store-report.h"

static void
add_project_row (DaftarStmt *stmt,
                 gpointer    input)
{
  DaftarEarningsProject project = {
    .id = sqlite3_column_int64 (stmt, 0),
    .name = (char *) sqlite3_column_text (stmt, 1),
    .client_id = sqlite3_column_int64 (stmt, 2),
    .client = (char *) sqlite3_column_text (stmt, 3),
    .platform_key = (char *) sqlite3_column_text (stmt, 4),
    .platform_name = (char *) sqlite3_column_text (stmt, 5),
    .rate_minor = sqlite3_column_int64 (stmt, 9),
    .terms = {
      .has_contract_ppm = sqlite3_column_type (stmt, 10) != SQLITE_NULL,
      .contract_ppm = sqlite3_column_int (stmt, 10),
    },
    .has_override_ppm = sqlite3_column_type (stmt, 11) != SQLITE_NULL,
    .override_ppm = sqlite3_column_int (stmt, 11),
    .withdrawal_rule = (char *) sqlite3_column_text (stmt, 12),
    .has_price = sqlite3_column_type (stmt, 13) != SQLITE_NULL,
    .price_minor = sqlite3_column_int64 (stmt, 13),
  };

  if (!daftar_category_from_key ((const char *) sqlite3_column_text (stmt, 6), &project.category))
    project.category = DAFTAR_CATEGORY_OTHER;
  if (!daftar_pricing_from_key ((const char *) sqlite3_column_text (stmt, 7), &project.pricing))
    project.pricing = DAFTAR_PRICING_HOURLY;
  daftar_stmt_copy_text (stmt, 8, project.currency, sizeof project.currency);
  project.has_specialty = daftar_specialty_from_key ((const char *) sqlite3_column_text (stmt, 14),
                                                     &project.specialty);

  /* The input copies the strings, which live until the next step. */
  daftar_earnings_input_add_project (input, &project);
}

static void
add_tool_row (DaftarStmt *stmt,
              gpointer    input)
{
  DaftarEarningsTool tool = {
    .id = sqlite3_column_int64 (stmt, 0),
    .name = (char *) sqlite3_column_text (stmt, 1),
    .has_cost = sqlite3_column_type (stmt, 2) != SQLITE_NULL,
    .monthly_cost.minor = sqlite3_column_int64 (stmt, 2),
  };

  daftar_stmt_copy_text (stmt, 3, tool.monthly_cost.currency, sizeof tool.monthly_cost.currency);
  daftar_earnings_input_add_tool (input, &tool);
}

/* tools_key → tool set, parsed once per distinct key */
static guint
intern_tools_key (DaftarEarningsInput *input,
                  GHashTable          *known,
                  const char          *key)
{
  g_autoptr(GArray) ids = NULL;
  gpointer found;
  guint index;

  if (key == NULL || *key == '\0')
    return 0;

  if (g_hash_table_lookup_extended (known, key, NULL, &found))
    return GPOINTER_TO_UINT (found);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (const char *p = key; *p != '\0';)
    {
      char *end;
      gint64 id = g_ascii_strtoll (p, &end, 10);

      if (end == p)
        break;
      g_array_append_val (ids, id);
      p = *end == ',' ? end + 1 : end;
    }

  index = daftar_earnings_input_intern_tool_set (input, (const gint64 *) ids->data, ids->len);
  g_hash_table_insert (known, g_strdup (key), GUINT_TO_POINTER (index));
  return index;
}

typedef struct
{
  DaftarEarningsInput *input;
  GHashTable          *tool_keys;
  gint64               project_id;  /* 0: column 6 holds it */
} WorkRows;

/* The rows add_work_row reads: local_day, tools_key, count, actual, paid, earned; the
 * project or column 6. */
#define WORK_ROWS \
  "SELECT local_day, tools_key, n_sessions, actual_seconds, paid_seconds, earned_minor, project_id " \
  "FROM day_totals "

static void
add_work_row (DaftarStmt *stmt,
              gpointer    data)
{
  WorkRows *rows = data;
  DaftarWorkRow row = {
    .day = sqlite3_column_int (stmt, 0),
    .tool_set = intern_tools_key (rows->input, rows->tool_keys, (const char *) sqlite3_column_text (stmt, 1)),
    .n_sessions = sqlite3_column_int64 (stmt, 2),
    .actual_seconds = sqlite3_column_int64 (stmt, 3),
    .paid_seconds = sqlite3_column_int64 (stmt, 4),
    .earned_minor = sqlite3_column_int64 (stmt, 5),
    .project_id = rows->project_id > 0 ? rows->project_id : sqlite3_column_int64 (stmt, 6),
  };

  daftar_earnings_input_add_work (rows->input, &row);
}

/* The rows add_payment_row reads */
#define PAYMENT_ROWS \
  "SELECT project_id, received_on, amount_minor, withdrawal_fee_minor, platform_fee_minor " \
  "FROM payments "

static void
add_payment_row (DaftarStmt *stmt,
                 gpointer    input)
{
  DaftarPaymentRow row = {
    .project_id = sqlite3_column_int64 (stmt, 0),
    .amount_minor = sqlite3_column_int64 (stmt, 2),
    .withdrawal_fee_minor = sqlite3_column_int64 (stmt, 3),
    .has_platform_fee = sqlite3_column_type (stmt, 4) != SQLITE_NULL,
    .platform_fee_minor = sqlite3_column_int64 (stmt, 4),
  };

  if (daftar_day_from_iso ((const char *) sqlite3_column_text (stmt, 1), &row.day))
    daftar_earnings_input_add_payment (input, &row);
}

static void
add_cost_row (DaftarStmt *stmt,
              gpointer    input)
{
  DaftarCostRow row = {
    .project_id = sqlite3_column_int64 (stmt, 0),
    .platform_key = (char *) sqlite3_column_text (stmt, 1),
    .platform_name = (char *) sqlite3_column_text (stmt, 2),
    .amount_minor = sqlite3_column_int64 (stmt, 5),
  };

  daftar_stmt_copy_text (stmt, 6, row.currency, sizeof row.currency);
  if (daftar_cost_kind_from_key ((const char *) sqlite3_column_text (stmt, 3), &row.kind) &&
      daftar_day_from_iso ((const char *) sqlite3_column_text (stmt, 4), &row.day))
    daftar_earnings_input_add_cost (input, &row);
}

/* Reads the rows of @sql into @input; ?1 and ?2, when @sql has them, are the period's
 * first and last days in ISO. */
static gboolean
load_rows (DaftarStore          *self,
           const char           *sql,
           DaftarEarningsInput  *input,
           DaftarRowFunc         add,
           GError              **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  char from[DAFTAR_DAY_ISO_LEN], to[DAFTAR_DAY_ISO_LEN];

  if (!(stmt = daftar_store_prepare (self, sql, error)))
    return FALSE;

  daftar_day_to_iso (input->query.from, from);
  daftar_day_to_iso (input->query.to, to);
  if (sqlite3_bind_parameter_count (stmt) == 2)
    {
      sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
    }
  return daftar_store_each_row (self, stmt, add, input, error);
}

static gboolean
load_work (DaftarStore          *self,
           DaftarEarningsInput  *input,
           DaftarDay             first,
           DaftarDay             last,
           GHashTable           *tool_keys,
           GError              **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  WorkRows rows = { input, tool_keys, 0 };

  if (!(stmt = daftar_store_prepare (self, WORK_ROWS "WHERE local_day BETWEEN ?1 AND ?2", error)))
    return FALSE;

  sqlite3_bind_int (stmt, 1, first);
  sqlite3_bind_int (stmt, 2, last);
  return daftar_store_each_row (self, stmt, add_work_row, &rows, error);
}

/* A project's work before the month @first and payments before the period, or
 * (@after) its work after the month ending @last and payments after the period. */
static gboolean
load_history (DaftarStore          *self,
              DaftarEarningsInput  *input,
              gint64                project_id,
              gboolean              after,
              DaftarDay             first,
              DaftarDay             last,
              GHashTable           *tool_keys,
              GError              **error)
{
  g_autoptr(DaftarStmt) work = NULL;
  g_autoptr(DaftarStmt) payments = NULL;
  WorkRows rows = { input, tool_keys, project_id };
  char iso[DAFTAR_DAY_ISO_LEN];

  if (!(work = daftar_store_prepare (self,
                                     after ?
                                     WORK_ROWS "WHERE project_id = ?1 AND local_day > ?2" :
                                     WORK_ROWS "WHERE project_id = ?1 AND local_day < ?2", error)))
    return FALSE;

  sqlite3_bind_int64 (work, 1, project_id);
  sqlite3_bind_int (work, 2, after ? last : first);
  if (!daftar_store_each_row (self, work, add_work_row, &rows, error))
    return FALSE;

  if (!(payments = daftar_store_prepare (self,
                                         after ?
                                         PAYMENT_ROWS "WHERE project_id = ?1 AND received_on > ?2" :
                                         PAYMENT_ROWS "WHERE project_id = ?1 AND received_on < ?2", error)))
    return FALSE;

  daftar_day_to_iso (after ? input->query.to : input->query.from, iso);
  sqlite3_bind_int64 (payments, 1, project_id);
  sqlite3_bind_text (payments, 2, iso, -1, SQLITE_TRANSIENT);
  return daftar_store_each_row (self, payments, add_payment_row, input, error);
}

static gboolean
load_everything (DaftarStore           *self,
                 DaftarEarningsInput   *input,
                 GError               **error)
{
  g_autoptr(GHashTable) tool_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DaftarRateTable *rates;
  DaftarDay first = daftar_day_month_start (input->query.from);
  DaftarDay last = daftar_day_month_end (input->query.to);

  if (!load_rows (self,
                  "SELECT p.id, p.name, p.client_id, c.name, pl.key, pl.name, "
                  "  p.category, p.pricing, p.currency, p.rate_minor, "
                  "  f.contract_ppm, f.override_ppm, f.withdrawal_rule, p.price_minor, p.specialty "
                  "FROM projects p JOIN platforms pl ON pl.id = p.platform_id "
                  "LEFT JOIN clients c ON c.id = p.client_id "
                  "LEFT JOIN project_fees f ON f.project_id = p.id "
                  "ORDER BY p.id", input, add_project_row, error) ||
      !load_rows (self,
                  "SELECT id, name, monthly_cost_minor, cost_currency FROM tools "
                  "ORDER BY id", input, add_tool_row, error))
    return FALSE;

  if (!(rates = daftar_store_load_rates (self, error)))
    return FALSE;
  daftar_rate_table_free (input->rates);
  input->rates = rates;

  /* Whole months, for the AI subscriptions of the period's first and last months;
   * the period's payments and its costs outside payments (imports' withdrawal
   * fees, Connects…). */
  if (!load_work (self, input, first, last, tool_keys, error) ||
      !load_rows (self, PAYMENT_ROWS "WHERE received_on BETWEEN ?1 AND ?2", input, add_payment_row, error) ||
      !load_rows (self,
                  "SELECT c.project_id, pl.key, pl.name, c.kind, c.day, "
                  "  c.amount_minor, c.currency "
                  "FROM costs c JOIN platforms pl ON pl.id = c.platform_id "
                  "WHERE c.day BETWEEN ?1 AND ?2 ORDER BY c.id", input, add_cost_row, error))
    return FALSE;

  /* Lifetime billings: what came before, for projects whose fees depend on them:
   * work before the first month, payments before the period (the rest is in).
   * Fixed-price projects: everything, before and after, for the work each payment
   * covers and the price still awaited. */
  for (guint i = 0; i < input->projects->len; i++)
    {
      const DaftarEarningsProject *project = g_ptr_array_index (input->projects, i);
      gboolean fixed = project->pricing == DAFTAR_PRICING_FIXED;

      if ((fixed || (input->rules != NULL &&
                     daftar_fee_rules_platform_may_be_tiered (input->rules, project->platform_key,
                                                              project->pricing, input->query.to))) &&
          !load_history (self, input, project->id, FALSE, first, last, tool_keys, error))
        return FALSE;

      if (fixed && !load_history (self, input, project->id, TRUE, first, last, tool_keys, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * daftar_store_load_earnings:
 * @from: the period's first day
 * @to: the period's last day
 * @currency: the home currency
 * @rules: (nullable): the fee rules; borrowed by the input, so keep them alive
 *
 * Reads the rows an earnings report over @from – @to needs, in one read transaction:
 * all projects and tools, the exchange rates, work summed per day, project and set of
 * AI tools over the whole months the period touches, the period's payments and costs, for
 * projects whose platform fee may depend on lifetime billings with a client their
 * earlier work and payments, and for fixed-price projects all their work and payments.
 *
 * Returns: (transfer full): the input for daftar_earnings_compute()
 */
DaftarEarningsInput *
daftar_store_load_earnings (DaftarStore            *self,
                            DaftarDay               from,
                            DaftarDay               to,
                            const char             *currency,
                            DaftarEarningsBy        by,
                            const DaftarFeeRules   *rules,
                            GError                **error)
{
  g_autoptr(DaftarEarningsInput) input = NULL;
  gboolean ok;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);
  g_return_val_if_fail (currency != NULL, NULL);

  input = daftar_earnings_input_new (from, to, currency, by);
  input->rules = rules;
  /* Its messages in the store's digits; a reader for a worker has none: Latin. */
  if (self->format != NULL)
    input->format = daftar_format_ref (self->format);

  if (!daftar_store_begin_read (self, error))
    return NULL;

  ok = load_everything (self, input, error);
  daftar_store_rollback (self);

  return ok ? g_steal_pointer (&input) : NULL;
}

/**
 * daftar_store_report_earnings:
 *
 * daftar_store_load_earnings() then daftar_earnings_compute().
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
DaftarEarningsReport *
daftar_store_report_earnings (DaftarStore            *self,
                              DaftarDay               from,
                              DaftarDay               to,
                              const char             *currency,
                              DaftarEarningsBy        by,
                              const DaftarFeeRules   *rules,
                              GError                **error)
{
  g_autoptr(DaftarEarningsInput) input = NULL;

  if (!(input = daftar_store_load_earnings (self, from, to, currency, by, rules, error)))
    return NULL;

  return daftar_earnings_compute (input, error);
}

/**
 * daftar_store_get_activity_range:
 * @out_any: (out): %FALSE when the ledger has no sessions, payments or costs
 * @out_first: (out): the first day with a session, a payment or a cost
 * @out_last: (out): the last one
 *
 * For reports over “all time”.
 */
gboolean
daftar_store_get_activity_range (DaftarStore  *self,
                                 gboolean     *out_any,
                                 DaftarDay    *out_first,
                                 DaftarDay    *out_last,
                                 GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  gboolean any = FALSE;
  DaftarDay first = 0, last = 0;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT (SELECT min (local_day) FROM sessions), "
                                     "  (SELECT max (local_day) FROM sessions), "
                                     "  (SELECT min (received_on) FROM payments), "
                                     "  (SELECT max (received_on) FROM payments), "
                                     "  (SELECT min (day) FROM costs), "
                                     "  (SELECT max (day) FROM costs)", error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return daftar_store_set_sql_error (self, rc, error);

  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      any = TRUE;
      first = sqlite3_column_int (stmt, 0);
      last = sqlite3_column_int (stmt, 1);
    }

  for (int column = 2; column <= 5; column++)
    {
      DaftarDay day;

      if (!daftar_day_from_iso ((const char *) sqlite3_column_text (stmt, column), &day))
        continue;
      first = any ? MIN (first, day) : day;
      last = any ? MAX (last, day) : day;
      any = TRUE;
    }

  *out_any = any;
  *out_first = first;
  *out_last = last;
  return TRUE;
}

static void
add_currency (DaftarStmt *stmt,
              gpointer    builder)
{
  g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
}

/**
 * daftar_store_list_project_currencies:
 *
 * Returns: (transfer full): the currencies the projects are in, alphabetically
 */
GStrv
daftar_store_list_project_currencies (DaftarStore  *self,
                                      GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT DISTINCT currency FROM projects ORDER BY currency", error)) ||
      !daftar_store_each_row (self, stmt, add_currency, builder, error))
    return NULL;

  return g_strv_builder_end (builder);
}

/**
 * daftar_store_get_home_currency:
 * @self: (nullable): the ledger, or %NULL to leave its projects out
 * @settings: (nullable): the app's settings, with a "home-currency" key
 *
 * The currency reports are in when none is asked for, for the app and daftar-cli
 * alike: the one chosen in the preferences; else, when every project is in one
 * currency, that one; else the setting's default; else US dollars.
 *
 * Returns: (transfer full): the currency, or %NULL with @error set when the ledger
 *   can't say which currencies its projects are in
 */
char *
daftar_store_get_home_currency (DaftarStore  *self,
                                GSettings    *settings,
                                GError      **error)
{
  g_autoptr(GVariant) user_value = NULL;
  g_auto(GStrv) currencies = NULL;

  g_return_val_if_fail (self == NULL || DAFTAR_IS_STORE (self), NULL);

  if (settings != NULL &&
      (user_value = g_settings_get_user_value (settings, "home-currency")) != NULL &&
      daftar_currency_is_valid (g_variant_get_string (user_value, NULL)))
    return g_variant_dup_string (user_value, NULL);

  if (self != NULL && !(currencies = daftar_store_list_project_currencies (self, error)))
    return NULL;

  if (currencies != NULL && g_strv_length (currencies) == 1 && daftar_currency_is_valid (currencies[0]))
    return g_strdup (currencies[0]);

  if (settings != NULL)
    {
      g_autofree char *home = g_settings_get_string (settings, "home-currency");

      if (daftar_currency_is_valid (home))
        return g_steal_pointer (&home);
    }

  return g_strdup ("USD");
}
