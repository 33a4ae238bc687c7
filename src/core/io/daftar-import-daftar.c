/* daftar-import-daftar.c — Daftar's own JSON export, back into a ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export (daftar-export.c, README "Export format") holds the whole ledger:
 * platforms, projects, AI tools, sessions with their offsets and tools, payments with
 * their fees, exchange rates, projects' fee terms and the running timer.  Read back
 * into an empty ledger, in the exported order of ids, it exports again as it was.
 * Into a ledger with data, projects, clients, platforms and tools are matched by
 * name (folded) or key; sessions and payments are keyed by what they hold, so an
 * export imported twice, or one overlapping another, adds each once.
 *
 * The file is read whole (json-glib has no streaming parser) through the strict
 * reader: RFC 8259 only, with a depth limit.  A record that can't go in is a bad
 * row, numbered by its place in its list.
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "daftar-day.h"
#include "daftar-fee-rules.h"
#include "daftar-fold.h"
#include "daftar-format.h"
#include "daftar-import-private.h"
#include "daftar-json-read.h"
#include "daftar-money.h"
#include "daftar-rates.h"
#include "daftar-store-private.h"
#include "daftar-store-report.h"

#define MAX_EXPORT_BYTES (G_GINT64_CONSTANT (1) << 30)

typedef struct
{
  DaftarImportWriter *writer;
  DaftarStore        *store;
  DaftarImportResult *result;
  GHashTable         *projects;     /* exported id → ledger id */
  GHashTable         *created;      /* ledger ids of projects this import created */
  GHashTable         *occurrences;
  GPtrArray          *tools;        /* the ledger's tools before the import */
  DaftarFeeRules     *rules;        /* loaded for the first fee terms */
} Reader;

/* Reads the record at @i of its list; %FALSE only when the import must stop. */
typedef gboolean (*ReadOne) (Reader      *r,
                             guint        i,
                             JsonObject  *o,
                             GError     **error);

static const char *
str (JsonObject *o,
     const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
num (JsonObject *o,
     const char *member,
     gint64     *out)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
flag (JsonObject *o,
      const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (node);
}

static gboolean
money (JsonObject  *o,
       const char  *member,
       const char  *currency,
       gboolean    *out_has,
       gint64      *out_minor,
       DaftarFormat *format,
       GError     **error)
{
  const char *text = str (o, member);
  DaftarMoney m;

  *out_has = FALSE;
  *out_minor = 0;
  if (text == NULL)
    return TRUE;
  if (!daftar_money_parse (text, currency, DAFTAR_MONEY_PARSE_DEFAULT, &m, format, error))
    return FALSE;
  *out_has = TRUE;
  *out_minor = m.minor;
  return TRUE;
}

static JsonArray *
list (JsonObject *root,
      const char *member)
{
  JsonNode *node = json_object_get_member (root, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
item (JsonArray *array,
      guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const gint64 *x = a, *y = b;

  return x[0] != y[0] ? (x[0] < y[0] ? -1 : 1) : (x[1] < y[1] ? -1 : x[1] > y[1]);
}

/* Reads each record of @array with @read_one: in the order of their exported ids
 * when @by_id, so that an empty ledger gives them the same ids again, else in the
 * list's order. */
static gboolean
read_each (Reader      *r,
           JsonArray   *array,
           gboolean     by_id,
           ReadOne      read_one,
           GError     **error)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (gint64) * 2, n);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *o = item (array, i);
      gint64 pair[2] = { by_id ? G_MAXINT64 : 0, i };

      if (o != NULL && by_id)
        num (o, "id", &pair[0]);
      g_array_append_vals (order, pair, 1);
    }
  g_array_sort (order, compare_pairs);

  for (guint k = 0; k < n; k++)
    {
      guint i = (guint) ((gint64 *) order->data)[k * 2 + 1];

      if (!read_one (r, i, item (array, i), error))
        return FALSE;
    }
  return TRUE;
}

static void
bad (Reader     *r,
     guint       index,
     const char *what,
     const char *reason)
{
  g_autofree char *number = daftar_format_integer (daftar_store_get_format (r->store), index + 1);
  /* Translators: a record of a Daftar export that can't be imported: its kind, its
   * place in its list, and why. */
  g_autofree char *message = g_strdup_printf (_("%s, item %s: %s"), what, number, reason);

  daftar_import_writer_bad_row (r->writer, 0, message);
}

static gint64
id_of_project (Reader *r,
               gint64  exported)
{
  return GPOINTER_TO_SIZE (g_hash_table_lookup (r->projects, GSIZE_TO_POINTER ((gsize) exported)));
}

/* Keeps a record the ledger refuses as a bad row; any other error stops the import. */
static gboolean
keep_or_fail (Reader   *r,
              guint     i,
              const char *what,
              GError   *local_error,
              GError  **error)
{
  if (local_error->domain == DAFTAR_VALIDATION_ERROR || local_error->domain == DAFTAR_MONEY_ERROR ||
      g_error_matches (local_error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND))
    {
      bad (r, i, what, local_error->message);
      g_error_free (local_error);
      return TRUE;
    }
  g_propagate_error (error, local_error);
  return FALSE;
}

/* Notes a record the import created, for its undo, and counts it. */
static gboolean
created (Reader      *r,
         const char  *kind,
         gint64       id,
         const char  *prior,
         GError     **error)
{
  if (!daftar_import_writer_note_created (r->writer, kind, id, prior, error))
    return FALSE;
  r->result->other_records++;
  return TRUE;
}

static gboolean
read_platform (Reader      *r,
               guint        i,
               JsonObject  *o,
               GError     **error)
{
  const char *key = o ? str (o, "key") : NULL;
  const char *name = o ? str (o, "name") : NULL;
  g_autoptr(DaftarPlatform) existing = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DaftarStmt) stmt = NULL;

  if (key == NULL || name == NULL || !daftar_json_is_slug (key, 64) ||
      !daftar_validate_text (name, FALSE, 100, DAFTAR_VALIDATION_ERROR_PLATFORM, NULL, NULL))
    {
      bad (r, i, _("Platform"), _("It lacks a valid key or name."));
      return TRUE;
    }
  if ((existing = daftar_store_find_platform (r->store, key, &local_error)) != NULL)
    return TRUE;
  if (local_error != NULL && local_error->domain != DAFTAR_VALIDATION_ERROR)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!(stmt = daftar_store_prepare (r->store, "INSERT INTO platforms (key, name) VALUES (?1, ?2)", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  return daftar_store_step_done (r->store, stmt, error) &&
         created (r, "platform", sqlite3_last_insert_rowid (r->store->db), NULL, error);
}

/* The tool the ledger had before the import under @name, folded. */
static const DaftarTool *
find_tool (Reader     *r,
           const char *name)
{
  g_autofree char *fold = daftar_fold (name, -1);

  for (guint t = 0; t < r->tools->len; t++)
    {
      const DaftarTool *tool = g_ptr_array_index (r->tools, t);
      g_autofree char *other = daftar_fold (tool->name, -1);

      if (g_str_equal (fold, other))
        return tool;
    }
  return NULL;
}

static gboolean
read_tool (Reader      *r,
           guint        i,
           JsonObject  *o,
           GError     **error)
{
  const char *name = o ? str (o, "name") : NULL;
  const char *currency = o ? str (o, "currency") : NULL;
  GError *local_error = NULL;
  DaftarMoney cost = { 0 };
  gboolean has_cost = FALSE, hidden;
  const DaftarTool *existing;
  g_autofree char *prior = NULL;
  gint64 id;

  if (name == NULL)
    {
      bad (r, i, _("AI tool"), _("It has no name."));
      return TRUE;
    }
  if (currency != NULL &&
      (!daftar_currency_normalize (currency, cost.currency, &local_error) ||
       !money (o, "monthly_cost", cost.currency, &has_cost, &cost.minor, daftar_store_get_format (r->store), &local_error)))
    {
      bad (r, i, _("AI tool"), local_error->message);
      g_error_free (local_error);
      return TRUE;
    }
  hidden = flag (o, "hidden");

  if ((existing = find_tool (r, name)) == NULL)
    {
      if (!daftar_store_add_tool (r->store, name, has_cost ? &cost : NULL, &id, &local_error) ||
          (hidden && !daftar_store_update_tool (r->store, id, name, has_cost ? &cost : NULL, TRUE, &local_error)))
        return keep_or_fail (r, i, _("AI tool"), local_error, error);
      return created (r, "tool", id, NULL, error);
    }

  if (existing->has_cost == has_cost && existing->hidden == hidden &&
      (!has_cost || (existing->monthly_cost.minor == cost.minor &&
                     g_str_equal (existing->monthly_cost.currency, cost.currency))))
    return TRUE;

  prior = existing->has_cost
    ? g_strdup_printf ("%" G_GINT64_FORMAT " %s %d", existing->monthly_cost.minor,
                       existing->monthly_cost.currency, existing->hidden)
    : g_strdup_printf ("- - %d", existing->hidden);
  if (!daftar_store_update_tool (r->store, existing->id, existing->name, has_cost ? &cost : NULL, hidden,
                                 &local_error))
    return keep_or_fail (r, i, _("AI tool"), local_error, error);
  return created (r, "tool-terms", existing->id, prior, error);
}

static gboolean
read_project (Reader      *r,
              guint        i,
              JsonObject  *o,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(DaftarStmt) stmt = NULL;
  DaftarProjectDraft draft = { 0 };
  gint64 exported = 0, id = 0, created_utc = 0, client_id = 0;
  const char *category, *pricing, *currency;
  gboolean new_client;

  if (o == NULL || !num (o, "id", &exported) || (draft.name = str (o, "name")) == NULL)
    {
      bad (r, i, _("Project"), _("It lacks an id or a name."));
      return TRUE;
    }

  /* The same name: the same project. */
  if (!daftar_store_find_id (r->store, "SELECT id FROM projects WHERE name_key = daftar_fold (?1)", draft.name,
                             &id, error))
    return FALSE;
  if (id > 0)
    {
      g_hash_table_insert (r->projects, GSIZE_TO_POINTER ((gsize) exported), GSIZE_TO_POINTER ((gsize) id));
      g_ptr_array_add (r->result->matched_projects, g_strdup (draft.name));
      return TRUE;
    }

  draft.client = str (o, "client");
  draft.platform = str (o, "platform");
  draft.specialty = str (o, "specialty");
  category = str (o, "category");
  pricing = str (o, "pricing");
  currency = str (o, "currency");
  if (category == NULL || pricing == NULL || currency == NULL || draft.platform == NULL ||
      !daftar_category_from_key (category, &draft.category) ||
      !daftar_pricing_from_key (pricing, &draft.pricing))
    {
      bad (r, i, _("Project"), _("Its category, pricing, platform or currency is missing or unknown."));
      return TRUE;
    }
  draft.currency = currency;
  if (!money (o, "rate", currency, &draft.has_rate, &draft.rate_minor, daftar_store_get_format (r->store), &local_error) ||
      !money (o, "price", currency, &draft.has_price, &draft.price_minor, daftar_store_get_format (r->store), &local_error))
    {
      bad (r, i, _("Project"), local_error->message);
      return TRUE;
    }

  new_client = draft.client != NULL && *draft.client != '\0';
  if (new_client &&
      !daftar_store_find_id (r->store, "SELECT id FROM clients WHERE name_key = daftar_fold (?1)", draft.client,
                             &client_id, error))
    return FALSE;
  new_client = new_client && client_id == 0;

  if (!daftar_store_add_project (r->store, &draft, &id, &local_error))
    {
      if (local_error->domain != DAFTAR_VALIDATION_ERROR && local_error->domain != DAFTAR_STORE_ERROR)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      bad (r, i, _("Project"), local_error->message);
      return TRUE;
    }

  if (new_client)
    {
      g_autoptr(DaftarStmt) client = NULL;

      if (!(client = daftar_store_prepare (r->store, "SELECT client_id FROM projects WHERE id = ?1", error)))
        return FALSE;
      sqlite3_bind_int64 (client, 1, id);
      if (sqlite3_step (client) == SQLITE_ROW && sqlite3_column_type (client, 0) != SQLITE_NULL)
        {
          if (!daftar_import_writer_note_created (r->writer, "client", sqlite3_column_int64 (client, 0),
                                                  NULL, error))
            return FALSE;
          r->result->clients_created++;
        }
    }

  /* What the store sets itself, as the export had it. */
  if (!num (o, "created_utc", &created_utc))
    created_utc = g_get_real_time () / G_USEC_PER_SEC;
  if (!(stmt = daftar_store_prepare (r->store, "UPDATE projects SET archived = ?2, created_utc = ?3 WHERE id = ?1",
                                     error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, flag (o, "archived"));
  sqlite3_bind_int64 (stmt, 3, created_utc);
  if (!daftar_store_step_done (r->store, stmt, error) ||
      !daftar_import_writer_note_created (r->writer, "project", id, NULL, error))
    return FALSE;

  g_hash_table_insert (r->projects, GSIZE_TO_POINTER ((gsize) exported), GSIZE_TO_POINTER ((gsize) id));
  g_hash_table_add (r->created, GSIZE_TO_POINTER ((gsize) id));
  g_ptr_array_add (r->result->created_projects, g_strdup (draft.name));
  return TRUE;
}

/* A key for a record without a stable id of its own: what it holds, counted. */
static char *
content_key (Reader     *r,
             const char *kind,
             JsonObject *o)
{
  g_autoptr(JsonObject) copy = json_object_new ();
  g_autoptr(JsonNode) copy_node = NULL;
  g_autoptr(GList) members = NULL;
  g_autofree char *text = NULL;

  /* Ids differ between ledgers; the rest is the record. */
  members = json_object_get_members (o);
  for (GList *m = members; m != NULL; m = m->next)
    if (!g_str_equal (m->data, "id") && !g_str_equal (m->data, "project_id"))
      json_object_set_member (copy, m->data, json_node_copy (json_object_get_member (o, m->data)));
  copy_node = json_node_init_object (json_node_alloc (), copy);
  text = json_to_string (copy_node, FALSE);
  return daftar_import_occurrence_key (r->occurrences, daftar_import_hash_key (kind, text, NULL));
}

typedef gboolean (*AddDraft) (DaftarStore    *store,
                              gconstpointer   draft,
                              gint64         *out_id,
                              GError        **error);

static gboolean
add_session (DaftarStore    *store,
             gconstpointer   draft,
             gint64         *out_id,
             GError        **error)
{
  return daftar_store_add_session (store, draft, out_id, error);
}

static gboolean
add_payment (DaftarStore    *store,
             gconstpointer   draft,
             gint64         *out_id,
             GError        **error)
{
  return daftar_store_add_payment (store, draft, out_id, error);
}

/* Adds a record keyed by what it holds, once: one imported before is a duplicate. */
static gboolean
add_keyed (Reader         *r,
           guint           i,
           JsonObject     *o,
           const char     *what,
           const char     *kind,
           AddDraft        add,
           gconstpointer   draft,
           guint          *count,
           GError        **error)
{
  g_autofree char *key = content_key (r, kind, o);
  GError *local_error = NULL;
  gboolean seen;
  gint64 id;

  if (!daftar_import_writer_seen (r->writer, key, &seen, error))
    return FALSE;
  if (seen)
    {
      r->result->duplicates++;
      return TRUE;
    }
  if (!add (r->store, draft, &id, &local_error))
    return keep_or_fail (r, i, what, local_error, error);
  if (!daftar_import_writer_add_row_key (r->writer, kind, key, id, NULL, error))
    return FALSE;
  (*count)++;
  return TRUE;
}

static gboolean
read_session (Reader      *r,
              guint        i,
              JsonObject  *o,
              GError     **error)
{
  g_autoptr(GPtrArray) tools = g_ptr_array_new ();
  GError *local_error = NULL;
  DaftarSessionDraft draft = { 0 };
  gint64 exported = 0, offset = 0;
  const char *currency;
  JsonArray *names;

  if (o == NULL || !num (o, "project_id", &exported) || !num (o, "start_utc", &draft.start_utc) ||
      !num (o, "utc_offset", &offset) || !num (o, "actual_seconds", &draft.actual_seconds) ||
      !num (o, "paid_seconds", &draft.paid_seconds) || (currency = str (o, "currency")) == NULL ||
      (draft.project_id = id_of_project (r, exported)) == 0 || offset < G_MININT32 || offset > G_MAXINT32)
    {
      bad (r, i, _("Session"), _("Its project, start or times are missing."));
      return TRUE;
    }
  draft.utc_offset = offset;
  draft.has_paid = TRUE;
  draft.note = str (o, "note");
  if (!money (o, "earned", currency, &draft.has_earned, &draft.earned_minor, daftar_store_get_format (r->store), &local_error))
    return keep_or_fail (r, i, _("Session"), local_error, error);
  names = list (o, "tools");
  for (guint t = 0; names != NULL && t < json_array_get_length (names); t++)
    {
      JsonNode *n = json_array_get_element (names, t);

      if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
        g_ptr_array_add (tools, (gpointer) json_node_get_string (n));
    }
  g_ptr_array_add (tools, NULL);
  draft.tools = (const char * const *) tools->pdata;

  return add_keyed (r, i, o, _("Session"), "session", add_session, &draft, &r->result->sessions, error);
}

static gboolean
read_payment (Reader      *r,
              guint        i,
              JsonObject  *o,
              GError     **error)
{
  GError *local_error = NULL;
  DaftarPaymentDraft draft = { 0 };
  gint64 exported = 0;
  const char *currency;
  gboolean has;

  if (o == NULL || !num (o, "project_id", &exported) || (currency = str (o, "currency")) == NULL ||
      (draft.date = str (o, "date")) == NULL || (draft.project_id = id_of_project (r, exported)) == 0)
    {
      bad (r, i, _("Payment"), _("Its project, date or currency is missing."));
      return TRUE;
    }
  draft.note = str (o, "note");
  if (!money (o, "amount", currency, &has, &draft.amount_minor, daftar_store_get_format (r->store), &local_error) ||
      !money (o, "withdrawal_fee", currency, &has, &draft.withdrawal_fee_minor, daftar_store_get_format (r->store), &local_error) ||
      !money (o, "platform_fee", currency, &draft.has_platform_fee, &draft.platform_fee_minor, daftar_store_get_format (r->store), &local_error))
    return keep_or_fail (r, i, _("Payment"), local_error, error);

  return add_keyed (r, i, o, _("Payment"), "payment", add_payment, &draft, &r->result->payments, error);
}

static gboolean
read_rate (Reader      *r,
           guint        i,
           JsonObject  *o,
           GError     **error)
{
  g_autoptr(DaftarStmt) find = NULL;
  GError *local_error = NULL;
  DaftarExchangeRate rate = { 0 };
  const char *date = o ? str (o, "date") : NULL;
  const char *base = o ? str (o, "base") : NULL;
  const char *quote = o ? str (o, "quote") : NULL;
  const char *value = o ? str (o, "rate") : NULL;
  const char *source = o ? str (o, "source") : NULL;
  gint64 id;

  if (date == NULL || base == NULL || quote == NULL || value == NULL ||
      !daftar_day_from_iso (date, &rate.day) ||
      !daftar_currency_normalize (base, rate.base, NULL) ||
      !daftar_currency_normalize (quote, rate.quote, NULL) ||
      !daftar_rate_parse (value, &rate.rate_e8, NULL))
    {
      bad (r, i, _("Exchange rate"), _("Its day, currencies or rate can’t be read."));
      return TRUE;
    }
  rate.source = g_strcmp0 (source, "feed") == 0 ? DAFTAR_RATE_SOURCE_FEED : DAFTAR_RATE_SOURCE_USER;

  if (!(find = daftar_store_prepare (r->store,
                                     "SELECT 1 FROM exchange_rates WHERE base = ?1 AND quote = ?2 AND day = ?3 "
                                     "AND source = ?4", error)))
    return FALSE;
  sqlite3_bind_text (find, 1, rate.base, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (find, 2, rate.quote, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (find, 3, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (find, 4, rate.source == DAFTAR_RATE_SOURCE_FEED ? "feed" : "user", -1, SQLITE_STATIC);
  if (sqlite3_step (find) == SQLITE_ROW)
    {
      r->result->duplicates++;
      return TRUE;
    }

  if (!daftar_store_add_rate (r->store, &rate, &id, &local_error))
    return keep_or_fail (r, i, _("Exchange rate"), local_error, error);
  return created (r, "rate", id, NULL, error);
}

static gboolean
read_fee_terms (Reader      *r,
                guint        i,
                JsonObject  *o,
                GError     **error)
{
  GError *local_error = NULL;
  DaftarProjectFees fees = { 0 };
  gint64 exported = 0, ppm;

  if (o == NULL || !num (o, "project_id", &exported) || (fees.project_id = id_of_project (r, exported)) == 0)
    {
      bad (r, i, _("Fee terms"), _("Their project is missing."));
      return TRUE;
    }
  /* A matched project keeps its own terms. */
  if (!g_hash_table_contains (r->created, GSIZE_TO_POINTER ((gsize) fees.project_id)))
    return TRUE;

  if ((fees.has_contract_ppm = num (o, "contract_ppm", &ppm)))
    fees.contract_ppm = CLAMP (ppm, -1, 1000001);
  if ((fees.has_override_ppm = num (o, "override_ppm", &ppm)))
    fees.override_ppm = CLAMP (ppm, -1, 1000001);
  fees.withdrawal_rule = (char *) str (o, "withdrawal_rule");

  if (r->rules == NULL && !(r->rules = daftar_fee_rules_load_default (error)))
    return FALSE;
  if (!daftar_store_set_project_fees (r->store, &fees, r->rules, &local_error))
    return keep_or_fail (r, i, _("Fee terms"), local_error, error);
  return created (r, "fees", fees.project_id, NULL, error);
}

static gboolean
read_timer (Reader      *r,
            JsonObject  *root,
            GError     **error)
{
  JsonNode *node = json_object_get_member (root, "timer");
  g_autoptr(DaftarTimer) running = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *o;
  gint64 exported = 0, start = 0, offset = 0, project_id;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return TRUE;
  o = json_node_get_object (node);
  if (!num (o, "project_id", &exported) || !num (o, "start_utc", &start) || !num (o, "utc_offset", &offset) ||
      (project_id = id_of_project (r, exported)) == 0 || offset < -14 * 3600 || offset > 14 * 3600)
    {
      bad (r, 0, _("Timer"), _("Its project or start is missing."));
      return TRUE;
    }

  /* Only into a ledger with no timer of its own. */
  running = daftar_store_get_timer (r->store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (running != NULL)
    return TRUE;

  if (!daftar_store_start_timer (r->store, project_id, start, offset, str (o, "note"), &local_error))
    return keep_or_fail (r, 0, _("Timer"), g_steal_pointer (&local_error), error);
  return created (r, "timer", 1, NULL, error);
}

/**
 * daftar_import_daftar_json:
 *
 * Reads a whole Daftar export into @writer's batch.
 */
gboolean
daftar_import_daftar_json (DaftarImportWriter        *writer,
                           GInputStream              *input,
                           const DaftarImportOptions *options,
                           GError                   **error)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) projects = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) created = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) occurrences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(DaftarFeeRules) rules = NULL;
  Reader r = { writer, daftar_import_writer_get_store (writer), NULL, projects, created, occurrences, NULL, NULL };
  gboolean ok;
  JsonNode *root_node;
  JsonObject *root;
  gint64 version = 0;
  gssize n;

  r.result = daftar_import_writer_get_result (writer);

  n = g_output_stream_splice (memory, input, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, options->cancellable, error);
  if (n < 0)
    return FALSE;
  if (n > MAX_EXPORT_BYTES)
    {
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                           _("The file is too large to be a Daftar export."));
      return FALSE;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));

  if (!daftar_json_load (parser, bytes, daftar_store_get_format (r.store), error))
    {
      if (error != NULL && *error != NULL)
        {
          g_autofree char *message = g_strdup ((*error)->message);

          g_clear_error (error);
          g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                       _("The file is not a Daftar export: %s"), message);
        }
      return FALSE;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node) ||
      g_strcmp0 (str (root = json_node_get_object (root_node), "format"), "daftar-export") != 0 ||
      !num (root, "version", &version) || version != 1)
    {
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_UNKNOWN_FORMAT,
                           _("The file is JSON, but not a Daftar export this version can read."));
      return FALSE;
    }

  ok = read_each (&r, list (root, "platforms"), FALSE, read_platform, error) &&
       (r.tools = tools = daftar_store_list_tools (r.store, TRUE, error)) != NULL &&
       read_each (&r, list (root, "tools"), TRUE, read_tool, error) &&
       read_each (&r, list (root, "projects"), TRUE, read_project, error) &&
       read_each (&r, list (root, "sessions"), TRUE, read_session, error) &&
       read_each (&r, list (root, "payments"), TRUE, read_payment, error) &&
       read_each (&r, list (root, "exchange_rates"), TRUE, read_rate, error) &&
       read_each (&r, list (root, "project_fees"), FALSE, read_fee_terms, error) &&
       read_timer (&r, root, error);
  rules = r.rules;
  return ok;
}
