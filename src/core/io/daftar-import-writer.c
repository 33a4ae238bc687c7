/* daftar-import-writer.c — records into the ledger as one import batch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole import is one transaction: the batch row first, then every record.  A
 * record whose key the ledger already holds (this file imported before, or an
 * overlapping one) is a duplicate and adds nothing.  A record the ledger refuses
 * (a session longer than a day, a payment in another currency than its project's)
 * is a bad row, reported with its line; the caller decides whether the rest may
 * go in.  Projects and clients are found by their folded name or created, and
 * what the batch created is recorded beside the rows, so that undo removes
 * exactly that.
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-fold.h"
#include "daftar-import-private.h"
#include "daftar-store-private.h"
#include "daftar-text.h"

typedef struct
{
  gint64        id;
  DaftarPricing pricing;
  char          currency[4];
  gboolean      created;      /* by this batch: its rate or price may still be learnt */
  gboolean      rate_known;
} ProjectInfo;

struct _DaftarImportWriter
{
  DaftarStore        *store;
  DaftarImportFormat  format;
  const char         *source;
  DaftarImportResult *result;
  gint64              batch_id;
  gboolean            open;
  GHashTable         *projects;   /* folded name → ProjectInfo */
  GHashTable         *tools;      /* folded name → tool name as stored */
  guint               refused;
};

DaftarStore *
daftar_import_writer_get_store (DaftarImportWriter *writer)
{
  return writer->store;
}

DaftarImportResult *
daftar_import_writer_get_result (DaftarImportWriter *writer)
{
  return writer->result;
}

gint64
daftar_import_writer_get_batch (DaftarImportWriter *writer)
{
  return writer->batch_id;
}

static gboolean
load_tools (DaftarImportWriter  *writer,
            GError             **error)
{
  g_autoptr(GPtrArray) tools = daftar_store_list_tools (writer->store, TRUE, error);

  if (tools == NULL)
    return FALSE;

  for (guint i = 0; i < tools->len; i++)
    {
      const DaftarTool *tool = g_ptr_array_index (tools, i);

      g_hash_table_insert (writer->tools, daftar_fold (tool->name, -1), g_strdup (tool->name));
    }

  return TRUE;
}

/**
 * daftar_import_writer_new:
 *
 * Opens the import's transaction and its batch.
 */
DaftarImportWriter *
daftar_import_writer_new (DaftarStore         *store,
                          DaftarImportFormat   format,
                          const char          *file_name,
                          DaftarImportResult  *result,
                          GError             **error)
{
  g_autoptr(DaftarImportWriter) writer = g_new0 (DaftarImportWriter, 1);
  g_autoptr(DaftarStmt) stmt = NULL;

  writer->store = g_object_ref (store);
  writer->format = format;
  writer->source = daftar_import_format_to_key (format);
  writer->result = result;
  writer->projects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  writer->tools = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* The savepoints of payments and projects journal in memory, not in a temporary file;
   * a large import's pages stay in a cache of 16 MiB rather than spilling mid-way. */
  if (store->depth == 0 &&
      !daftar_store_exec (store, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384", error))
    return NULL;

  if (!daftar_store_begin (store, error))
    return NULL;
  writer->open = TRUE;

  if (!load_tools (writer, error) ||
      !(stmt = daftar_store_prepare (store,
                                     "INSERT INTO import_batches (source, file_name, imported_utc) "
                                     "VALUES (?1, ?2, ?3)", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, writer->source, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, file_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
  if (!daftar_store_step_done (store, stmt, error))
    return NULL;

  writer->batch_id = sqlite3_last_insert_rowid (store->db);
  return g_steal_pointer (&writer);
}

void
daftar_import_writer_free (DaftarImportWriter *writer)
{
  if (writer == NULL)
    return;

  if (writer->open)
    daftar_store_rollback (writer->store);
  g_clear_object (&writer->store);
  g_clear_pointer (&writer->projects, g_hash_table_unref);
  g_clear_pointer (&writer->tools, g_hash_table_unref);
  g_free (writer);
}

void
daftar_import_writer_bad_row (DaftarImportWriter *writer,
                              guint               line,
                              const char         *reason)
{
  writer->refused++;
  if (writer->result->bad_rows->len < DAFTAR_IMPORT_MAX_BAD_ROWS)
    {
      DaftarImportBadRow *bad = g_new0 (DaftarImportBadRow, 1);

      bad->line = line;
      bad->reason = g_strdup (reason);
      g_ptr_array_add (writer->result->bad_rows, bad);
    }
}

/* @sql with the writer's source as ?1 and @key as ?2; NULL with @error set when it fails */
static DaftarStmt *
prepare_keyed (DaftarImportWriter  *writer,
               const char          *sql,
               const char          *key,
               GError             **error)
{
  DaftarStmt *stmt = daftar_store_prepare (writer->store, sql, error);

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, writer->source, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
    }
  return stmt;
}

/**
 * daftar_import_writer_seen:
 *
 * Whether a row with @key came in before, from this source.
 */
gboolean
daftar_import_writer_seen (DaftarImportWriter  *writer,
                           const char          *key,
                           gboolean            *out_seen,
                           GError             **error)
{
  g_autoptr(DaftarStmt) stmt = prepare_keyed (writer, "SELECT 1 FROM import_rows WHERE source = ?1 AND row_key = ?2",
                                              key, error);

  return stmt != NULL && daftar_store_step_row (writer->store, stmt, out_seen, error);
}

static gboolean
add_row_key (DaftarImportWriter  *writer,
             const char          *kind,
             const char          *key,
             gint64               target_id,
             gboolean             has_prior,
             gint64               prior_minor,
             const char          *prior_text,
             GError             **error)
{
  g_autoptr(DaftarStmt) stmt = prepare_keyed (writer,
                                              "INSERT INTO import_rows (source, row_key, batch_id, kind, "
                                              "  target_id, prior_minor, prior_text) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                              key, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 3, writer->batch_id);
  sqlite3_bind_text (stmt, 4, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, target_id);
  if (has_prior)
    sqlite3_bind_int64 (stmt, 6, prior_minor);
  if (prior_text != NULL)
    sqlite3_bind_text (stmt, 7, prior_text, -1, SQLITE_TRANSIENT);
  return daftar_store_step_done (writer->store, stmt, error);
}

/**
 * daftar_import_writer_add_row_key:
 * @out_seen: (out) (optional): set when the key was there already; nothing is added then
 *
 * Records that the row @key became @target_id, a thing of @kind.
 */
gboolean
daftar_import_writer_add_row_key (DaftarImportWriter  *writer,
                                  const char          *kind,
                                  const char          *key,
                                  gint64               target_id,
                                  gboolean            *out_seen,
                                  GError             **error)
{
  gboolean seen = FALSE;

  if (!daftar_import_writer_seen (writer, key, &seen, error))
    return FALSE;
  if (out_seen != NULL)
    *out_seen = seen;
  if (seen)
    return TRUE;

  return add_row_key (writer, kind, key, target_id, FALSE, 0, NULL, error);
}

/**
 * daftar_import_writer_note_created:
 * @prior_text: (nullable): what undo puts back, for a 'tool-terms' change
 *
 * Records what the batch created or changed, under a key no row of a file can have.
 */
gboolean
daftar_import_writer_note_created (DaftarImportWriter  *writer,
                                   const char          *kind,
                                   gint64               id,
                                   const char          *prior_text,
                                   GError             **error)
{
  g_autofree char *key = g_strdup_printf ("+%s:%" G_GINT64_FORMAT, kind, id);

  return add_row_key (writer, kind, key, id, FALSE, 0, prior_text, error);
}

static gboolean
note_created (DaftarImportWriter  *writer,
              const char          *kind,
              gint64               id,
              GError             **error)
{
  return daftar_import_writer_note_created (writer, kind, id, NULL, error);
}

static gint64
find_client (DaftarImportWriter  *writer,
             const char          *name,
             GError             **error)
{
  gint64 id;

  if (!daftar_store_find_id (writer->store, "SELECT id FROM clients WHERE name_key = daftar_fold (?1)", name,
                             &id, error))
    return -1;
  return id;
}

static gboolean
find_project (DaftarImportWriter  *writer,
              const char          *name,
              ProjectInfo         *out,
              GError             **error)
{
  g_autoptr(DaftarStmt) stmt = daftar_store_prepare (writer->store,
                                                     "SELECT id, pricing, currency FROM projects "
                                                     "WHERE name_key = daftar_fold (?1)", error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;

  out->id = 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!daftar_store_step_row (writer->store, stmt, &row, error))
    return FALSE;
  if (row)
    {
      out->id = sqlite3_column_int64 (stmt, 0);
      daftar_pricing_from_key ((const char *) sqlite3_column_text (stmt, 1), &out->pricing);
      g_strlcpy (out->currency, (const char *) sqlite3_column_text (stmt, 2), sizeof out->currency);
    }
  return TRUE;
}

static gboolean
is_bad_row_error (const GError *error)
{
  return error->domain == DAFTAR_VALIDATION_ERROR ||
         error->domain == DAFTAR_MONEY_ERROR ||
         g_error_matches (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED) ||
         g_error_matches (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND);
}

/* The project a record belongs to, created with the record's currency and pricing if new. */
static ProjectInfo *
ensure_project (DaftarImportWriter  *writer,
                DaftarImportRecord  *record,
                GError             **error)
{
  g_autofree char *clean = daftar_text_clean_name (record->project != NULL ? record->project : "");
  g_autofree char *fold = NULL;
  ProjectInfo *info;
  ProjectInfo found = { 0 };

  if (*clean == '\0')
    {
      g_free (clean);
      clean = g_strdup (daftar_import_format_get_label (writer->format));
    }
  fold = daftar_fold (clean, -1);

  if ((info = g_hash_table_lookup (writer->projects, fold)) != NULL)
    return info;

  if (!find_project (writer, clean, &found, error))
    return NULL;

  if (found.id > 0)
    g_ptr_array_add (writer->result->matched_projects, g_strdup (clean));
  else
    {
      g_autofree char *client = daftar_text_clean_name (record->client != NULL ? record->client : "");
      DaftarProjectDraft draft = {
        .name = clean,
        .client = client,
        .platform = record->platform != NULL ? record->platform : "direct",
        .category = DAFTAR_CATEGORY_OTHER,
        .pricing = record->pricing,
        .currency = record->currency,
      };
      gint64 client_id = 0;

      /* An hourly project's rate is the file's, or what a row earned in its time,
       * learnt from the first row that tells it (0 until then).  A fixed-price
       * project's price is what its payments add up to. */
      draft.has_rate = record->pricing == DAFTAR_PRICING_HOURLY;
      draft.rate_minor = 0;
      draft.has_price = record->pricing == DAFTAR_PRICING_FIXED;
      draft.price_minor = 0;

      if (*client != '\0' && (client_id = find_client (writer, client, error)) < 0)
        return NULL;
      if (!daftar_store_add_project (writer->store, &draft, &found.id, error))
        return NULL;
      if (*client != '\0' && client_id == 0)
        {
          if ((client_id = find_client (writer, client, error)) < 0 ||
              !note_created (writer, "client", client_id, error))
            return NULL;
          writer->result->clients_created++;
        }
      if (!note_created (writer, "project", found.id, error))
        return NULL;
      found.pricing = record->pricing;
      found.created = TRUE;
      g_strlcpy (found.currency, record->currency, sizeof found.currency);
      g_ptr_array_add (writer->result->created_projects, g_strdup (clean));
    }

  info = g_memdup2 (&found, sizeof found);
  g_hash_table_insert (writer->projects, g_steal_pointer (&fold), info);
  return info;
}

/* What a row tells of a project this batch created: its hourly rate, or more of its price. */
static gboolean
learn_terms (DaftarImportWriter  *writer,
             DaftarImportRecord  *record,
             ProjectInfo         *project,
             GError             **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  gint64 rate;

  if (!project->created || !record->has_amount || record->amount_minor <= 0)
    return TRUE;

  if (project->pricing == DAFTAR_PRICING_HOURLY && !project->rate_known &&
      (record->has_rate || (record->kind == DAFTAR_IMPORT_RECORD_SESSION && record->seconds > 0)))
    {
      rate = record->has_rate ? record->rate_minor
                              : (record->amount_minor * 3600 + record->seconds / 2) / record->seconds;
      if (!(stmt = daftar_store_prepare (writer->store, "UPDATE projects SET rate_minor = ?2 WHERE id = ?1", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, project->id);
      sqlite3_bind_int64 (stmt, 2, rate);
      project->rate_known = TRUE;
      return daftar_store_step_done (writer->store, stmt, error);
    }

  if (project->pricing == DAFTAR_PRICING_FIXED && record->kind == DAFTAR_IMPORT_RECORD_PAYMENT)
    {
      if (!(stmt = daftar_store_prepare (writer->store,
                                         "UPDATE projects SET price_minor = price_minor + ?2 WHERE id = ?1", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, project->id);
      sqlite3_bind_int64 (stmt, 2, record->amount_minor);
      return daftar_store_step_done (writer->store, stmt, error);
    }

  return TRUE;
}

static gboolean
add_session (DaftarImportWriter  *writer,
             DaftarImportRecord  *record,
             const ProjectInfo   *project,
             gint64              *out_id,
             GError             **error)
{
  g_autoptr(GPtrArray) tools = g_ptr_array_new ();
  DaftarSessionDraft draft = {
    .project_id = project->id,
    .start_utc = record->start_utc,
    .utc_offset = record->utc_offset,
    .actual_seconds = record->seconds,
    .note = record->note,
    .has_paid = record->unpaid,
  };

  for (guint i = 0; record->tags != NULL && record->tags[i] != NULL; i++)
    {
      g_autofree char *fold = daftar_fold (record->tags[i], -1);
      const char *tool = g_hash_table_lookup (writer->tools, fold);

      if (tool != NULL && !g_ptr_array_find_with_equal_func (tools, tool, g_str_equal, NULL))
        g_ptr_array_add (tools, (gpointer) tool);
    }
  g_ptr_array_add (tools, NULL);
  draft.tools = (const char * const *) tools->pdata;

  if (project->pricing == DAFTAR_PRICING_PER_TASK && record->has_amount)
    {
      draft.has_earned = TRUE;
      draft.earned_minor = record->amount_minor;
    }

  /* Validated before it is written: a refused row writes nothing, without a savepoint. */
  return daftar_store_insert_session (writer->store, &draft, project->pricing, out_id, error);
}

static gboolean
check_currency (const ProjectInfo   *project,
                DaftarImportRecord  *record,
                GError             **error)
{
  if (g_str_equal (project->currency, record->currency))
    return TRUE;

  g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
               _("The amount is in %s but its project is kept in %s."),
               record->currency, project->currency);
  return FALSE;
}

static gboolean
add_cost (DaftarImportWriter  *writer,
          DaftarImportRecord  *record,
          const ProjectInfo   *project,
          gint64              *out_id,
          GError             **error)
{
  g_autoptr(DaftarStmt) stmt = daftar_store_prepare (writer->store,
                                                     "INSERT INTO costs (platform_id, project_id, kind, day, "
                                                     "  amount_minor, currency, note) "
                                                     "SELECT id, ?2, ?3, ?4, ?5, ?6, ?7 FROM platforms WHERE key = ?1",
                                                     error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, record->platform != NULL ? record->platform : "other", -1, SQLITE_TRANSIENT);
  if (project != NULL)
    sqlite3_bind_int64 (stmt, 2, project->id);
  sqlite3_bind_text (stmt, 3, record->cost_kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, record->date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, record->amount_minor);
  sqlite3_bind_text (stmt, 6, record->currency, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, record->note != NULL ? record->note : "", -1, SQLITE_TRANSIENT);
  if (!daftar_store_step_done (writer->store, stmt, error))
    return FALSE;

  *out_id = sqlite3_last_insert_rowid (writer->store->db);
  daftar_store_note_change (writer->store, DAFTAR_STORE_CHANGE_PAYMENTS);
  return TRUE;
}

/* A fee on a payment this or an earlier import brought: its key is @record->ref. */
static gboolean
add_fee (DaftarImportWriter  *writer,
         DaftarImportRecord  *record,
         gint64              *out_id,
         GError             **error)
{
  g_autoptr(DaftarStmt) find = prepare_keyed (writer,
                                              "SELECT r.target_id, p.platform_fee_minor, p.currency_ok "
                                              "FROM import_rows r JOIN (SELECT pay.id, pay.platform_fee_minor, "
                                              "  pr.currency = ?3 AS currency_ok FROM payments pay "
                                              "  JOIN projects pr ON pr.id = pay.project_id) p ON p.id = r.target_id "
                                              "WHERE r.source = ?1 AND r.row_key = ?2 AND r.kind = 'payment'",
                                              record->ref, error);
  g_autoptr(DaftarStmt) update = NULL;
  gboolean had_fee;
  gint64 prior, payment_id;
  int rc;

  if (find == NULL)
    return FALSE;

  sqlite3_bind_text (find, 3, record->currency, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (find);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                   _("The fee is for payment %s, which is neither in this file nor in an earlier import."),
                   record->ref);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return daftar_store_set_sql_error (writer->store, rc, error);
  if (!sqlite3_column_int (find, 2))
    {
      g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                   _("The fee is in %s, but its payment is not."), record->currency);
      return FALSE;
    }

  payment_id = sqlite3_column_int64 (find, 0);
  had_fee = sqlite3_column_type (find, 1) != SQLITE_NULL;
  prior = sqlite3_column_int64 (find, 1);

  if (!(update = daftar_store_prepare (writer->store,
                                       "UPDATE payments SET platform_fee_minor = ?2 WHERE id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (update, 1, payment_id);
  sqlite3_bind_int64 (update, 2, prior + record->amount_minor);
  rc = sqlite3_step (update);
  if (rc == SQLITE_CONSTRAINT)
    {
      g_set_error_literal (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                           _("The fee is larger than its payment."));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return daftar_store_set_sql_error (writer->store, rc, error);

  daftar_store_note_change (writer->store, DAFTAR_STORE_CHANGE_PAYMENTS);
  *out_id = payment_id;
  return add_row_key (writer, "fee", record->key, payment_id, had_fee, prior, NULL, error);
}

/**
 * daftar_import_writer_add:
 *
 * Writes @record unless it came in before.  A record the ledger can't take is
 * reported as a bad row, and the import goes on.
 *
 * Returns: %FALSE only when the import can't go on
 */
gboolean
daftar_import_writer_add (DaftarImportWriter  *writer,
                          DaftarImportRecord  *record,
                          GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  ProjectInfo *project = NULL;
  gboolean seen = FALSE;
  gint64 id = 0;
  gboolean ok;

  if (!daftar_import_writer_seen (writer, record->key, &seen, error))
    return FALSE;
  if (seen)
    {
      writer->result->duplicates++;
      return TRUE;
    }

  /* No savepoint per row: each step below either writes in full or writes nothing and
   * says why, so a bad row leaves nothing behind but, at most, its new project. */
  if (record->kind != DAFTAR_IMPORT_RECORD_FEE &&
      (record->kind != DAFTAR_IMPORT_RECORD_COST || record->project != NULL))
    {
      project = ensure_project (writer, record, &local_error);
      ok = project != NULL && learn_terms (writer, record, project, &local_error);
    }
  else
    ok = TRUE;

  if (ok)
    switch (record->kind)
      {
      case DAFTAR_IMPORT_RECORD_SESSION:
        ok = add_session (writer, record, project, &id, &local_error) &&
             add_row_key (writer, "session", record->key, id, FALSE, 0, NULL, &local_error);
        if (ok)
          writer->result->sessions++;
        break;

      case DAFTAR_IMPORT_RECORD_PAYMENT:
        {
          DaftarPaymentDraft draft = {
            .project_id = project->id,
            .date = record->date,
            .amount_minor = record->amount_minor,
            .note = record->note,
          };

          ok = check_currency (project, record, &local_error) &&
               daftar_store_add_payment (writer->store, &draft, &id, &local_error) &&
               add_row_key (writer, "payment", record->key, id, FALSE, 0, NULL, &local_error);
          if (ok)
            writer->result->payments++;
        }
        break;

      case DAFTAR_IMPORT_RECORD_FEE:
        ok = add_fee (writer, record, &id, &local_error);
        if (ok)
          writer->result->fees++;
        break;

      case DAFTAR_IMPORT_RECORD_COST:
        ok = add_cost (writer, record, project, &id, &local_error) &&
             add_row_key (writer, "cost", record->key, id, FALSE, 0, NULL, &local_error);
        if (ok)
          writer->result->costs++;
        break;

      default:
        g_assert_not_reached ();
      }

  if (ok)
    return TRUE;

  if (!is_bad_row_error (local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  daftar_import_writer_bad_row (writer, record->line, local_error->message);
  return TRUE;
}

/**
 * daftar_import_writer_finish:
 * @commit: %FALSE for a dry run: everything is rolled back
 *
 * Ends the import: with bad rows, nothing is written unless the options said to skip
 * them; with nothing new, nothing is written either.
 */
gboolean
daftar_import_writer_finish (DaftarImportWriter  *writer,
                             const char          *header_key,
                             const char          *mapping,
                             gboolean             commit,
                             GError             **error)
{
  DaftarImportResult *r = writer->result;
  guint created = r->sessions + r->payments + r->fees + r->costs + r->other_records +
                  r->created_projects->len + r->clients_created;
  g_autoptr(DaftarStmt) stmt = NULL;

  r->projects_created = 0;
  r->projects_matched = r->matched_projects->len;
  r->projects_created = r->created_projects->len;

  if (!commit || created == 0)
    {
      daftar_store_rollback (writer->store);
      writer->open = FALSE;
      r->batch_id = 0;
      return TRUE;
    }

  if (!(stmt = daftar_store_prepare (writer->store,
                                     "UPDATE import_batches SET created = ?2, matched = ?3, duplicates = ?4, "
                                     "  refused = ?5, header_key = ?6, mapping = ?7 WHERE id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, writer->batch_id);
  sqlite3_bind_int64 (stmt, 2, created);
  sqlite3_bind_int64 (stmt, 3, r->projects_matched);
  sqlite3_bind_int64 (stmt, 4, r->duplicates);
  sqlite3_bind_int64 (stmt, 5, writer->refused);
  sqlite3_bind_text (stmt, 6, header_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, mapping, -1, SQLITE_TRANSIENT);
  if (!daftar_store_step_done (writer->store, stmt, error))
    return FALSE;

  writer->open = FALSE;
  if (!daftar_store_commit (writer->store, error))
    return FALSE;

  r->batch_id = writer->batch_id;
  return TRUE;
}
