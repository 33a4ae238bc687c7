/* daftar-import-batches.c — the imports in the ledger: listed, undone, their mappings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undoing a batch removes what it added and gives back what it changed, in one
 * transaction: its sessions, payments and costs; the fees it set on payments it did
 * not bring, back to what they were; the projects, clients and tools it created, unless
 * something added since still uses them; then the batch itself.  A ledger nothing
 * touched since the import is then the same as before it, row for row.
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "daftar-import-private.h"
#include "daftar-json.h"
#include "daftar-json-read.h"
#include "daftar-message.h"
#include "daftar-store-private.h"

G_DEFINE_QUARK (daftar-import-error-quark, daftar_import_error)

static const struct
{
  const char *key;
  const char *label;
} formats[] = {
  [DAFTAR_IMPORT_FORMAT_AUTO]     = { "auto", N_("Detected from the file") },
  [DAFTAR_IMPORT_FORMAT_TOGGL]    = { "toggl", N_("Toggl Track") },
  [DAFTAR_IMPORT_FORMAT_CLOCKIFY] = { "clockify", N_("Clockify") },
  [DAFTAR_IMPORT_FORMAT_HARVEST]  = { "harvest", N_("Harvest") },
  [DAFTAR_IMPORT_FORMAT_UPWORK]   = { "upwork", N_("Upwork") },
  [DAFTAR_IMPORT_FORMAT_DAFTAR]   = { "daftar", N_("Daftar export") },
  [DAFTAR_IMPORT_FORMAT_CSV]      = { "csv", N_("Other CSV") },
};

static const struct
{
  const char *key;
  const char *label;
} fields[] = {
  [DAFTAR_IMPORT_FIELD_IGNORE]   = { "ignore", N_("Not imported") },
  [DAFTAR_IMPORT_FIELD_DATE]     = { "date", N_("Date") },
  [DAFTAR_IMPORT_FIELD_START]    = { "start", N_("Start time") },
  [DAFTAR_IMPORT_FIELD_END]      = { "end", N_("End time") },
  [DAFTAR_IMPORT_FIELD_DURATION] = { "duration", N_("Duration") },
  [DAFTAR_IMPORT_FIELD_AMOUNT]   = { "amount", N_("Amount") },
  [DAFTAR_IMPORT_FIELD_CURRENCY] = { "currency", N_("Currency") },
  [DAFTAR_IMPORT_FIELD_PROJECT]  = { "project", N_("Project") },
  [DAFTAR_IMPORT_FIELD_NOTE]     = { "note", N_("Note") },
};

const char *
daftar_import_format_to_key (DaftarImportFormat format)
{
  g_return_val_if_fail (format < DAFTAR_N_IMPORT_FORMATS, NULL);
  return formats[format].key;
}

gboolean
daftar_import_format_from_key (const char         *key,
                               DaftarImportFormat *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (key, formats[i].key) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
daftar_import_format_get_label (DaftarImportFormat format)
{
  g_return_val_if_fail (format < DAFTAR_N_IMPORT_FORMATS, NULL);
  return _(formats[format].label);
}

const char *
daftar_import_field_to_key (DaftarImportField field)
{
  g_return_val_if_fail (field < DAFTAR_N_IMPORT_FIELDS, NULL);
  return fields[field].key;
}

gboolean
daftar_import_field_from_key (const char        *key,
                              DaftarImportField *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (key, fields[i].key) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
daftar_import_field_get_label (DaftarImportField field)
{
  g_return_val_if_fail (field < DAFTAR_N_IMPORT_FIELDS, NULL);
  return _(fields[field].label);
}

static void
bad_row_free (DaftarImportBadRow *bad)
{
  g_free (bad->reason);
  g_free (bad);
}

DaftarImportResult *
daftar_import_result_new (void)
{
  DaftarImportResult *result = g_new0 (DaftarImportResult, 1);

  result->bad_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) bad_row_free);
  result->created_projects = g_ptr_array_new_with_free_func (g_free);
  result->matched_projects = g_ptr_array_new_with_free_func (g_free);
  return result;
}

void
daftar_import_result_free (DaftarImportResult *result)
{
  if (result == NULL)
    return;

  g_free (result->timezone);
  g_ptr_array_unref (result->bad_rows);
  g_ptr_array_unref (result->created_projects);
  g_ptr_array_unref (result->matched_projects);
  g_strfreev (result->header);
  g_free (result);
}

void
daftar_import_batch_free (DaftarImportBatch *batch)
{
  if (batch == NULL)
    return;

  g_free (batch->source);
  g_free (batch->file_name);
  g_free (batch);
}

/* The key a header's mapping is remembered under: its folded names, in order. */
char *
daftar_import_header_key (const char * const *header)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; header[i] != NULL; i++)
    {
      g_autofree char *key = g_utf8_casefold (header[i], -1);

      g_strstrip (key);
      g_checksum_update (sum, (const guchar *) key, -1);
      g_checksum_update (sum, (const guchar *) "\x1f", 1);
    }

  return g_strdup (g_checksum_get_string (sum));
}

char *
daftar_import_mapping_to_json (GHashTable *mapping)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GList) keys = g_list_sort (g_hash_table_get_keys (mapping), (GCompareFunc) g_strcmp0);

  json_builder_begin_object (b);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      json_builder_set_member_name (b, l->data);
      json_builder_add_string_value (b, daftar_import_field_to_key (GPOINTER_TO_UINT (g_hash_table_lookup (mapping, l->data))));
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return daftar_json_to_text (root, FALSE);
}

/**
 * daftar_import_saved_mapping:
 *
 * Returns: (transfer full) (nullable): the mapping used last for a CSV with @header
 */
GHashTable *
daftar_import_saved_mapping (DaftarStore         *store,
                             const char * const  *header,
                             GError             **error)
{
  g_autofree char *key = daftar_import_header_key (header);
  g_autoptr(DaftarStmt) stmt = daftar_store_prepare (store,
                                                     "SELECT mapping FROM import_batches WHERE header_key = ?1 "
                                                     "AND mapping IS NOT NULL ORDER BY id DESC LIMIT 1", error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) mapping = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    return daftar_store_set_sql_error (store, rc, error), NULL;

  /* Through the one strict door, like every JSON Daftar reads (a ledger can be hostile). */
  {
    const char *stored = (const char *) sqlite3_column_text (stmt, 0);
    g_autoptr(GBytes) bytes = g_bytes_new (stored, stored != NULL ? strlen (stored) : 0);

    if (!daftar_json_load (parser, bytes, NULL) ||
        !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
      return NULL;
  }

  mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  object = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (object);
  for (GList *m = members; m != NULL; m = m->next)
    {
      DaftarImportField field;
      JsonNode *node = json_object_get_member (object, m->data);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          daftar_import_field_from_key (json_node_get_string (node), &field))
        g_hash_table_insert (mapping, g_strdup (m->data), GUINT_TO_POINTER (field));
    }

  return g_steal_pointer (&mapping);
}

static const DaftarColumn batch_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarImportBatch, id) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarImportBatch, source) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarImportBatch, file_name) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarImportBatch, imported_utc) },
  { DAFTAR_COLUMN_INT, G_STRUCT_OFFSET (DaftarImportBatch, created) },
  { DAFTAR_COLUMN_INT, G_STRUCT_OFFSET (DaftarImportBatch, matched) },
  { DAFTAR_COLUMN_INT, G_STRUCT_OFFSET (DaftarImportBatch, duplicates) },
  { DAFTAR_COLUMN_INT, G_STRUCT_OFFSET (DaftarImportBatch, refused) },
};

static const DaftarRecordType batch_type = {
  sizeof (DaftarImportBatch), batch_columns, G_N_ELEMENTS (batch_columns),
  (GDestroyNotify) daftar_import_batch_free,
};

/**
 * daftar_import_list_batches:
 *
 * Returns: (transfer full) (element-type DaftarImportBatch): the imports, oldest first
 */
GPtrArray *
daftar_import_list_batches (DaftarStore  *store,
                            GError      **error)
{
  g_autoptr(DaftarStmt) stmt = daftar_store_prepare (store,
                                                     "SELECT id, source, file_name, imported_utc, created, matched, "
                                                     "  duplicates, refused FROM import_batches ORDER BY id", error);

  if (stmt == NULL)
    return NULL;

  return daftar_store_list_records (store, stmt, &batch_type, error);
}

#define OF_BATCH(kind) "(SELECT target_id FROM import_rows WHERE batch_id = ?1 AND kind = '" kind "')"

static const char *const undo_steps[] = {
  /* Fees set on payments from before the batch: back to the smallest value they had. */
  "UPDATE payments SET platform_fee_minor = (SELECT prior_minor FROM import_rows"
  "    WHERE batch_id = ?1 AND kind = 'fee' AND target_id = payments.id"
  "    ORDER BY prior_minor IS NOT NULL, prior_minor LIMIT 1)"
  "  WHERE id IN " OF_BATCH ("fee") " AND id NOT IN " OF_BATCH ("payment"),
  "DELETE FROM note_search WHERE rowid IN " OF_BATCH ("session"),
  "DELETE FROM sessions WHERE id IN " OF_BATCH ("session"),
  "DELETE FROM payments WHERE id IN " OF_BATCH ("payment"),
  "DELETE FROM costs WHERE id IN " OF_BATCH ("cost"),
  "DELETE FROM exchange_rates WHERE id IN " OF_BATCH ("rate"),
  "DELETE FROM project_fees WHERE project_id IN " OF_BATCH ("fees"),
  "DELETE FROM timer WHERE id IN " OF_BATCH ("timer"),
  "DELETE FROM projects WHERE id IN " OF_BATCH ("project")
  "  AND NOT EXISTS (SELECT 1 FROM sessions WHERE project_id = projects.id)"
  "  AND NOT EXISTS (SELECT 1 FROM payments WHERE project_id = projects.id)"
  "  AND NOT EXISTS (SELECT 1 FROM costs WHERE project_id = projects.id)"
  "  AND NOT EXISTS (SELECT 1 FROM timer WHERE project_id = projects.id)",
  "DELETE FROM clients WHERE id IN " OF_BATCH ("client")
  "  AND NOT EXISTS (SELECT 1 FROM projects WHERE client_id = clients.id)",
  "DELETE FROM tools WHERE id IN " OF_BATCH ("tool")
  "  AND NOT EXISTS (SELECT 1 FROM session_tools WHERE tool_id = tools.id)",
  "DELETE FROM platforms WHERE id IN " OF_BATCH ("platform")
  "  AND NOT EXISTS (SELECT 1 FROM projects WHERE platform_id = platforms.id)"
  "  AND NOT EXISTS (SELECT 1 FROM costs WHERE platform_id = platforms.id)",
  "DELETE FROM import_rows WHERE batch_id = ?1",
  "DELETE FROM import_batches WHERE id = ?1",
};

/* AI tools' costs and hidden flags that a Daftar export set, as they were. */
static gboolean
restore_tools (DaftarStore  *store,
               gint64        batch_id,
               GError      **error)
{
  g_autoptr(DaftarStmt) rows = daftar_store_prepare (store,
                                                     "SELECT target_id, prior_text FROM import_rows "
                                                     "WHERE batch_id = ?1 AND kind = 'tool-terms'", error);
  int rc;

  if (rows == NULL)
    return FALSE;

  sqlite3_bind_int64 (rows, 1, batch_id);
  while ((rc = sqlite3_step (rows)) == SQLITE_ROW)
    {
      g_autoptr(DaftarStmt) update = daftar_store_prepare (store,
                                                           "UPDATE tools SET monthly_cost_minor = ?2, "
                                                           "  cost_currency = ?3, hidden = ?4 WHERE id = ?1", error);
      g_auto(GStrv) prior = g_strsplit ((const char *) sqlite3_column_text (rows, 1), " ", 3);

      if (update == NULL)
        return FALSE;
      if (g_strv_length (prior) != 3)
        continue;
      sqlite3_bind_int64 (update, 1, sqlite3_column_int64 (rows, 0));
      if (!g_str_equal (prior[0], "-"))
        {
          sqlite3_bind_int64 (update, 2, g_ascii_strtoll (prior[0], NULL, 10));
          sqlite3_bind_text (update, 3, prior[1], -1, SQLITE_TRANSIENT);
        }
      sqlite3_bind_int (update, 4, g_str_equal (prior[2], "1"));
      if (!daftar_store_step_done (store, update, error))
        return FALSE;
    }

  return rc == SQLITE_DONE || daftar_store_set_sql_error (store, rc, error);
}

/**
 * daftar_import_undo:
 *
 * Removes what the batch @batch_id added, in one transaction.
 */
gboolean
daftar_import_undo (DaftarStore  *store,
                    gint64        batch_id,
                    GError      **error)
{
  g_autoptr(DaftarStmt) find = NULL;
  int rc;

  if (!daftar_store_begin (store, error))
    return FALSE;

  if (!(find = daftar_store_prepare (store, "SELECT 1 FROM import_batches WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (find, 1, batch_id);
  rc = sqlite3_step (find);
  if (rc == SQLITE_DONE)
    {
      daftar_message_set_error_id (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_NOT_FOUND,
                                   _("There is no import numbered %s. See them with “daftar-cli import list”."),
                                   batch_id);
      goto fail;
    }
  if (rc != SQLITE_ROW)
    {
      daftar_store_set_sql_error (store, rc, error);
      goto fail;
    }

  if (!restore_tools (store, batch_id, error))
    goto fail;

  for (guint i = 0; i < G_N_ELEMENTS (undo_steps); i++)
    {
      g_autoptr(DaftarStmt) stmt = daftar_store_prepare (store, undo_steps[i], error);

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, batch_id);
      if (!daftar_store_step_done (store, stmt, error))
        goto fail;
    }

  daftar_store_note_change (store, DAFTAR_STORE_CHANGE_ALL & ~DAFTAR_STORE_CHANGE_MARKET);
  return daftar_store_commit (store, error);

fail:
  daftar_store_rollback (store);
  return FALSE;
}
