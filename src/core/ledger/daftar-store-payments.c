/* daftar-store-payments.c — payments received: record, list, change, delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts are in the project's currency.  A payment's platform fee is the one the
 * platform reported, when the user has it; without one, reports work it out by rule.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-dates.h"
#include "daftar-day.h"
#include "daftar-format.h"
#include "daftar-message.h"
#include "daftar-store-private.h"

/* The draft's date in Latin digits, after the draft is checked and its project found. */
static gboolean
check_draft (DaftarStore              *self,
             const DaftarPaymentDraft *draft,
             char                      iso[DAFTAR_DAY_ISO_LEN],
             GError                  **error)
{
  g_autoptr(DaftarProject) project = NULL;
  GDate date;

  if (!daftar_validate_payment_draft (draft, self->format, error) ||
      !daftar_date_parse_iso (draft->date, &date, error))
    return FALSE;

  /* Stored in Latin digits whatever digits were typed. */
  daftar_day_to_iso (daftar_day_from_date (&date), iso);

  return (project = daftar_store_get_project (self, draft->project_id, error)) != NULL;
}

/* Adds @draft as a new payment, or replaces payment @id with it. */
static gboolean
write_payment (DaftarStore               *self,
               gboolean                   add,
               gint64                     id,
               const DaftarPaymentDraft  *draft,
               gint64                    *out_id,
               GError                   **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  char iso[DAFTAR_DAY_ISO_LEN];

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!check_draft (self, draft, iso, error) ||
      !(stmt = daftar_store_prepare (self,
                                     add
                                     ? "INSERT INTO payments (project_id, received_on, amount_minor, "
                                       "  withdrawal_fee_minor, note, platform_fee_minor) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                                     : "UPDATE payments SET project_id = ?1, received_on = ?2, "
                                       "  amount_minor = ?3, withdrawal_fee_minor = ?4, note = ?5, "
                                       "  platform_fee_minor = ?6 WHERE id = ?7", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, draft->project_id);
  sqlite3_bind_text (stmt, 2, iso, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, draft->amount_minor);
  sqlite3_bind_int64 (stmt, 4, draft->withdrawal_fee_minor);
  sqlite3_bind_text (stmt, 5, draft->note ? draft->note : "", -1, SQLITE_TRANSIENT);
  if (draft->has_platform_fee)
    sqlite3_bind_int64 (stmt, 6, draft->platform_fee_minor);
  else
    sqlite3_bind_null (stmt, 6);

  if (add)
    {
      if (!daftar_store_step_done (self, stmt, error))
        return FALSE;
      if (out_id != NULL)
        *out_id = sqlite3_last_insert_rowid (self->db);
    }
  else
    {
      sqlite3_bind_int64 (stmt, 7, id);
      if (!daftar_store_step_changed (self, stmt, id, error,
                                      _("There is no payment with the number %s.")))
        return FALSE;
    }

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_PAYMENTS);
  return TRUE;
}

/**
 * daftar_store_add_payment:
 * @out_id: (out) (optional): the new payment's id
 *
 * The amounts are in the project's currency.
 */
gboolean
daftar_store_add_payment (DaftarStore               *self,
                          const DaftarPaymentDraft  *draft,
                          gint64                    *out_id,
                          GError                   **error)
{
  return write_payment (self, TRUE, 0, draft, out_id, error);
}

/**
 * daftar_store_update_payment:
 *
 * Replaces payment @id with @draft, checked as when it was added.
 */
gboolean
daftar_store_update_payment (DaftarStore               *self,
                             gint64                     id,
                             const DaftarPaymentDraft  *draft,
                             GError                   **error)
{
  return write_payment (self, FALSE, id, draft, NULL, error);
}

/**
 * daftar_store_delete_payment:
 */
gboolean
daftar_store_delete_payment (DaftarStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!daftar_store_delete_row (self, "DELETE FROM payments WHERE id = ?1", id, error,
                                _("There is no payment with the number %s.")))
    return FALSE;

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_PAYMENTS);
  return TRUE;
}

static const DaftarColumn payment_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarPayment, id) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarPayment, project_id) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarPayment, project_name) },
  { DAFTAR_COLUMN_CHARS, G_STRUCT_OFFSET (DaftarPayment, date), 0, G_SIZEOF_MEMBER (DaftarPayment, date) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarPayment, amount.minor) },
  { DAFTAR_COLUMN_CHARS, G_STRUCT_OFFSET (DaftarPayment, amount.currency), 0, G_SIZEOF_MEMBER (DaftarPayment, amount.currency) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarPayment, withdrawal_fee_minor) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarPayment, note) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarPayment, platform_fee_minor), G_STRUCT_OFFSET (DaftarPayment, has_platform_fee) },
};

static const DaftarRecordType payment_type = {
  sizeof (DaftarPayment), payment_columns, G_N_ELEMENTS (payment_columns), (GDestroyNotify) daftar_payment_free,
};

static GPtrArray *
read_payments (DaftarStore  *self,
               gint64        id,
               GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT y.id, y.project_id, p.name, y.received_on, y.amount_minor, "
                                     "  p.currency, y.withdrawal_fee_minor, y.note, y.platform_fee_minor "
                                     "FROM payments y JOIN projects p ON p.id = y.project_id "
                                     "WHERE ?1 = 0 OR y.id = ?1 "
                                     "ORDER BY y.received_on, y.id", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  return daftar_store_list_records (self, stmt, &payment_type, error);
}

/**
 * daftar_store_list_payments:
 *
 * Returns: (transfer full) (element-type DaftarPayment): payments by date
 */
GPtrArray *
daftar_store_list_payments (DaftarStore  *self,
                            GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  return read_payments (self, 0, error);
}

/**
 * daftar_store_get_payment:
 *
 * Returns: (transfer full): payment @id, or %NULL with %DAFTAR_STORE_ERROR_NOT_FOUND
 */
DaftarPayment *
daftar_store_get_payment (DaftarStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (id <= 0 || !(found = read_payments (self, id, error)) || found->len == 0)
    {
      if (error == NULL || *error == NULL)
        daftar_message_set_error_id (self->format, error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND,
                     _("There is no payment with the number %s."), id);
      return NULL;
    }

  return g_ptr_array_steal_index (found, 0);
}
