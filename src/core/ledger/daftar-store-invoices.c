/* daftar-store-invoices.c — invoices in the ledger (schema 9)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An invoice is built from a project's (or a client's projects') sessions in a period,
 * and recorded with the sessions it billed once its PDF is written. Numbers come from
 * invoice_sequence and are unique in the ledger: a number is never given twice, and a
 * number given by hand moves the sequence past it.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-fold.h"
#include "daftar-store-invoices.h"
#include "daftar-store-private.h"

void
daftar_invoice_record_free (DaftarInvoiceRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->number);
  g_free (record->client);
  g_free (record->pdf_sha256);
  g_free (record);
}

static const DaftarColumn billable_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarBillableSession, id) },
  { DAFTAR_COLUMN_INT, G_STRUCT_OFFSET (DaftarBillableSession, day) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarBillableSession, actual_seconds) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarBillableSession, paid_seconds) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarBillableSession, earned_minor),
    G_STRUCT_OFFSET (DaftarBillableSession, has_earned) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarBillableSession, note) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarBillableSession, invoiced_number) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarBillableSession, project_id) },
};

static const DaftarRecordType billable_type = {
  sizeof (DaftarBillableSession), billable_columns, G_N_ELEMENTS (billable_columns),
  (GDestroyNotify) daftar_billable_session_free,
};

/**
 * daftar_store_list_billable_sessions:
 *
 * Returns: (transfer full) (element-type DaftarBillableSession): @project_id's sessions
 *   that started on the days @from to @to, in time order, each with the first invoice
 *   that billed it
 */
GPtrArray *
daftar_store_list_billable_sessions (DaftarStore  *self,
                                     gint64        project_id,
                                     DaftarDay     from,
                                     DaftarDay     to,
                                     GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT s.id, s.local_day, s.actual_seconds, s.paid_seconds, "
                                     "  s.earned_minor, s.note, "
                                     "  (SELECT i.number FROM invoice_sessions x JOIN invoices i "
                                     "     ON i.id = x.invoice_id WHERE x.session_id = s.id "
                                     "     ORDER BY i.id LIMIT 1), s.project_id "
                                     "FROM sessions s WHERE s.project_id = ?1 "
                                     "  AND s.local_day BETWEEN ?2 AND ?3 "
                                     "ORDER BY s.start_utc, s.id", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_int64 (stmt, 2, from);
  sqlite3_bind_int64 (stmt, 3, to);
  return daftar_store_list_records (self, stmt, &billable_type, error);
}

/**
 * daftar_store_next_invoice_number:
 *
 * Returns: (transfer full): the number the next invoice gets unless given one
 */
char *
daftar_store_next_invoice_number (DaftarStore  *self,
                                  GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  gint64 next = 1;
  int rc;

  /* Past the sequence and past every number in the ledger, so a number never repeats. */
  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT max (coalesce ((SELECT next FROM invoice_sequence), 1), "
                                     "  coalesce ((SELECT max (CAST (number AS INTEGER)) + 1 FROM invoices "
                                     "    WHERE number NOT GLOB '*[^0-9]*' AND length (number) <= 18), 1))",
                                     error)))
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      daftar_store_set_sql_error (self, rc, error);
      return NULL;
    }
  next = sqlite3_column_int64 (stmt, 0);
  return g_strdup_printf ("%" G_GINT64_FORMAT, next);
}

static gboolean
add_project (DaftarStore           *self,
             DaftarInvoice         *invoice,
             const DaftarProject   *project,
             DaftarDay              from,
             DaftarDay              to,
             DaftarInvoiceGrouping  grouping,
             GError               **error)
{
  g_autoptr(GPtrArray) sessions = daftar_store_list_billable_sessions (self, project->id, from, to, error);

  return sessions != NULL && daftar_invoice_add_project (invoice, project, sessions, grouping, error);
}

/**
 * daftar_store_build_invoice:
 * @project: (nullable): a project's name or number
 * @client: (nullable): a client's name, when @project is %NULL: all its projects
 *
 * Returns: (transfer full): the invoice's lines and totals, numbered with the next
 *   number, or %NULL with @error set
 */
DaftarInvoice *
daftar_store_build_invoice (DaftarStore            *self,
                            const char             *project,
                            const char             *client,
                            DaftarDay               from,
                            DaftarDay               to,
                            DaftarInvoiceGrouping   grouping,
                            GError                **error)
{
  g_autoptr(DaftarInvoice) invoice = daftar_invoice_new ();
  g_autoptr(GPtrArray) projects = NULL;

  g_return_val_if_fail ((project == NULL) != (client == NULL), NULL);

  invoice->from = from;
  invoice->to = to;
  if (!(invoice->number = daftar_store_next_invoice_number (self, error)))
    return NULL;

  if (project != NULL)
    {
      g_autoptr(DaftarProject) found = daftar_store_find_project (self, project, error);

      if (found == NULL)
        return NULL;
      invoice->project_id = found->id;
      /* Without a client, the project bills under its own name. */
      invoice->client = g_strdup (found->client != NULL ? found->client : found->name);
      if (!add_project (self, invoice, found, from, to, grouping, error))
        return NULL;
    }
  else
    {
      g_autofree char *key = daftar_fold (client, -1);
      guint n_found = 0;

      if (!(projects = daftar_store_list_projects (self, TRUE, error)))
        return NULL;
      for (guint i = 0; i < projects->len; i++)
        {
          const DaftarProject *p = g_ptr_array_index (projects, i);
          g_autofree char *name = p->client != NULL ? daftar_fold (p->client, -1) : NULL;

          if (name == NULL || !g_str_equal (name, key))
            continue;
          if (invoice->client == NULL)
            invoice->client = g_strdup (p->client);
          n_found++;
          if (!add_project (self, invoice, p, from, to, grouping, error))
            return NULL;
        }
      if (n_found == 0)
        {
          g_set_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_CLIENT,
                       _("No project has the client “%s”."), client);
          return NULL;
        }
    }

  return g_steal_pointer (&invoice);
}

/**
 * daftar_store_record_invoice:
 * @pdf_sha256: the hash of the PDF sent
 *
 * Records @invoice and the sessions it billed, in one transaction. A number the
 * ledger already has is refused, and nothing changes.
 */
gboolean
daftar_store_record_invoice (DaftarStore          *self,
                             const DaftarInvoice  *invoice,
                             const char           *pdf_sha256,
                             gint64               *out_id,
                             GError              **error)
{
  char from[DAFTAR_DAY_ISO_LEN], to[DAFTAR_DAY_ISO_LEN], issued[DAFTAR_DAY_ISO_LEN], due[DAFTAR_DAY_ISO_LEN];
  gint64 id, numeric = 0;
  const char *number = invoice->number;
  gboolean digits = number[0] != '\0' && strspn (number, "0123456789") == strlen (number) &&
                    strlen (number) <= 18;

  daftar_day_to_iso (invoice->from, from);
  daftar_day_to_iso (invoice->to, to);
  daftar_day_to_iso (invoice->issued, issued);
  daftar_day_to_iso (invoice->due, due);

  if (!daftar_store_begin (self, error))
    return FALSE;

  {
    g_autoptr(DaftarStmt) used = daftar_store_prepare (self, "SELECT 1 FROM invoices WHERE number = ?1", error);
    int rc;

    if (used == NULL)
      goto fail;
    sqlite3_bind_text (used, 1, number, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step (used);
    if (rc == SQLITE_ROW)
      {
        g_set_error (error, DAFTAR_INVOICE_ERROR, DAFTAR_INVOICE_ERROR_NUMBER,
                     _("The ledger already has an invoice numbered “%s”: invoice numbers never repeat."), number);
        goto fail;
      }
    if (rc != SQLITE_DONE)
      {
        daftar_store_set_sql_error (self, rc, error);
        goto fail;
      }
  }

  {
    g_autoptr(DaftarStmt) insert = daftar_store_prepare (self,
                                                         "INSERT INTO invoices (number, client, project_id, "
                                                         "from_day, to_day, issued_on, due_on, currency, total_minor, "
                                                         "pdf_sha256, created_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                                         "?8, ?9, ?10, ?11)", error);

    if (insert == NULL)
      goto fail;
    sqlite3_bind_text (insert, 1, number, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (insert, 2, invoice->client, -1, SQLITE_TRANSIENT);
    if (invoice->project_id > 0)
      sqlite3_bind_int64 (insert, 3, invoice->project_id);
    else
      sqlite3_bind_null (insert, 3);
    sqlite3_bind_text (insert, 4, from, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (insert, 5, to, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (insert, 6, issued, -1, SQLITE_TRANSIENT);
    if (invoice->has_due)
      sqlite3_bind_text (insert, 7, due, -1, SQLITE_TRANSIENT);
    else
      sqlite3_bind_null (insert, 7);
    sqlite3_bind_text (insert, 8, invoice->currency, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (insert, 9, invoice->total_minor);
    sqlite3_bind_text (insert, 10, pdf_sha256, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (insert, 11, g_get_real_time () / G_USEC_PER_SEC);
    if (!daftar_store_step_done (self, insert, error))
      goto fail;
    id = sqlite3_last_insert_rowid (self->db);
  }

  for (guint i = 0; i < invoice->session_ids->len; i++)
    {
      g_autoptr(DaftarStmt) link = daftar_store_prepare (self,
                                                         "INSERT INTO invoice_sessions (invoice_id, session_id) "
                                                         "VALUES (?1, ?2)", error);

      if (link == NULL)
        goto fail;
      sqlite3_bind_int64 (link, 1, id);
      sqlite3_bind_int64 (link, 2, g_array_index (invoice->session_ids, gint64, i));
      if (!daftar_store_step_done (self, link, error))
        goto fail;
    }

  {
    g_autoptr(DaftarStmt) sequence = daftar_store_prepare (self,
                                                           "INSERT INTO invoice_sequence (id, next) VALUES (1, ?1) "
                                                           "ON CONFLICT (id) DO UPDATE SET next = max (next, ?1)",
                                                           error);

    if (sequence == NULL)
      goto fail;
    if (digits)
      numeric = g_ascii_strtoll (number, NULL, 10);
    sqlite3_bind_int64 (sequence, 1, MAX (numeric, 0) + 1);
    if (!daftar_store_step_done (self, sequence, error))
      goto fail;
  }

  /* The Log marks invoiced sessions. */
  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_SESSIONS);
  if (!daftar_store_commit (self, error))
    goto fail;

  if (out_id != NULL)
    *out_id = id;
  return TRUE;

fail:
  daftar_store_rollback (self);
  return FALSE;
}

static const DaftarColumn invoice_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarInvoiceRecord, id) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarInvoiceRecord, number) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarInvoiceRecord, client) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarInvoiceRecord, project_id) },
  { DAFTAR_COLUMN_DAY, G_STRUCT_OFFSET (DaftarInvoiceRecord, from) },
  { DAFTAR_COLUMN_DAY, G_STRUCT_OFFSET (DaftarInvoiceRecord, to) },
  { DAFTAR_COLUMN_DAY, G_STRUCT_OFFSET (DaftarInvoiceRecord, issued) },
  { DAFTAR_COLUMN_DAY, G_STRUCT_OFFSET (DaftarInvoiceRecord, due), G_STRUCT_OFFSET (DaftarInvoiceRecord, has_due) },
  { DAFTAR_COLUMN_CHARS, G_STRUCT_OFFSET (DaftarInvoiceRecord, currency), 0, G_SIZEOF_MEMBER (DaftarInvoiceRecord, currency) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarInvoiceRecord, total_minor) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarInvoiceRecord, pdf_sha256) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarInvoiceRecord, created_utc) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarInvoiceRecord, n_sessions) },
};

static const DaftarRecordType invoice_type = {
  sizeof (DaftarInvoiceRecord), invoice_columns, G_N_ELEMENTS (invoice_columns),
  (GDestroyNotify) daftar_invoice_record_free,
};

/**
 * daftar_store_list_invoices:
 *
 * Returns: (transfer full) (element-type DaftarInvoiceRecord): every invoice, oldest first
 */
GPtrArray *
daftar_store_list_invoices (DaftarStore  *self,
                            GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT id, number, client, project_id, from_day, to_day, issued_on, "
                                     "  due_on, currency, total_minor, pdf_sha256, created_utc, "
                                     "  (SELECT count (*) FROM invoice_sessions WHERE invoice_id = invoices.id) "
                                     "FROM invoices ORDER BY id", error)))
    return NULL;

  return daftar_store_list_records (self, stmt, &invoice_type, error);
}

/**
 * daftar_store_invoiced_sessions:
 * @ids: (array length=n_ids): sessions
 *
 * Returns: (transfer full): the ids among @ids that an invoice billed, as a set of
 *   gint64 pointers (GINT64 keys via g_int64_hash), for the Log
 */
GHashTable *
daftar_store_invoiced_sessions (DaftarStore   *self,
                                const gint64  *ids,
                                guint          n_ids,
                                GError       **error)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(DaftarStmt) stmt = daftar_store_prepare (self,
                                                         "SELECT 1 FROM invoice_sessions WHERE session_id = ?1 LIMIT 1",
                                                         error);
      int rc;

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, ids[i]);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_hash_table_add (set, g_memdup2 (&ids[i], sizeof ids[i]));
      else if (rc != SQLITE_DONE)
        {
          daftar_store_set_sql_error (self, rc, error);
          return NULL;
        }
    }

  return g_steal_pointer (&set);
}
