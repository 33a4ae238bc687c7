/* daftar-store-fees.c — per-project fee terms in the ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-fees.h"
#include "daftar-store-private.h"
#include "daftar-store-fees.h"
#include "daftar-text.h"

void
daftar_project_fees_free (DaftarProjectFees *fees)
{
  if (fees == NULL)
    return;

  g_free (fees->withdrawal_rule);
  g_free (fees);
}

/**
 * daftar_store_get_project_fees:
 *
 * Returns: (transfer full): the project's fee terms, all unset when it has none
 */
DaftarProjectFees *
daftar_store_get_project_fees (DaftarStore  *self,
                               gint64        project_id,
                               GError      **error)
{
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autoptr(DaftarProjectFees) fees = g_new0 (DaftarProjectFees, 1);
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (!(project = daftar_store_get_project (self, project_id, error)))
    return NULL;

  fees->project_id = project_id;

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT contract_ppm, override_ppm, withdrawal_rule "
                                     "FROM project_fees WHERE project_id = ?1", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, project_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      fees->has_contract_ppm = sqlite3_column_type (stmt, 0) != SQLITE_NULL;
      fees->contract_ppm = sqlite3_column_int (stmt, 0);
      fees->has_override_ppm = sqlite3_column_type (stmt, 1) != SQLITE_NULL;
      fees->override_ppm = sqlite3_column_int (stmt, 1);
      fees->withdrawal_rule = daftar_stmt_dup_text (stmt, 2);
    }
  else if (rc != SQLITE_DONE)
    {
      daftar_store_set_sql_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&fees);
}

/* A contract rate only means something under a per-contract rule, and has to fit it. */
static gboolean
check_contract_rate (const DaftarProject   *project,
                     gint32                 contract_ppm,
                     const DaftarFeeRules  *rules,
                     DaftarFormat          *format,
                     GError               **error)
{
  gboolean found = FALSE;

  for (guint i = 0; i < rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (rules->rules, i);
      DaftarFeeTerms terms = { TRUE, contract_ppm };
      gint32 ppm;

      if (rule->shape != DAFTAR_FEE_SHAPE_PER_CONTRACT ||
          !g_str_equal (rule->platform, project->platform_key) ||
          (rule->pricings & (1u << project->pricing)) == 0)
        continue;

      found = TRUE;
      if (!daftar_fee_contract_rate (rule, &terms, &ppm, format, error))
        return FALSE;
    }

  if (!found)
    {
      g_autofree char *shown = daftar_text_isolate (project->platform_name);

      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE,
                   /* Translators: %s is a platform's name, like Fiverr. */
                   _("%s does not set its fee per contract. To use another fee for this "
                     "project, set an override instead."),
                   shown);
      return FALSE;
    }

  return TRUE;
}

/**
 * daftar_store_set_project_fees:
 * @fees: the project's terms; all unset clears them
 * @rules: the fee rules, to check a contract rate and a withdrawal rule against
 *
 * Writes the terms in one transaction, or nothing when they don't fit the rules: a
 * contract rate needs a per-contract rule for the project's platform and has to lie
 * within its bounds; a withdrawal rule must exist.
 */
gboolean
daftar_store_set_project_fees (DaftarStore              *self,
                               const DaftarProjectFees  *fees,
                               const DaftarFeeRules     *rules,
                               GError                  **error)
{
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarStmt) stmt = NULL;
  gboolean clear;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (fees != NULL, FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  if (!(project = daftar_store_get_project (self, fees->project_id, error)))
    return FALSE;

  if ((fees->has_contract_ppm && (fees->contract_ppm < 0 || fees->contract_ppm > DAFTAR_PPM_ONE)) ||
      (fees->has_override_ppm && (fees->override_ppm < 0 || fees->override_ppm > DAFTAR_PPM_ONE)))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE,
                           _("A fee is a percentage from 0 to 100."));
      return FALSE;
    }

  if (fees->has_contract_ppm && !check_contract_rate (project, fees->contract_ppm, rules, self->format, error))
    return FALSE;

  if (fees->withdrawal_rule != NULL)
    {
      const DaftarFeeRule *rule = daftar_fee_rules_get (rules, fees->withdrawal_rule);

      if (rule == NULL || rule->shape != DAFTAR_FEE_SHAPE_WITHDRAWAL)
        {
          g_autofree char *shown = daftar_text_isolate (fees->withdrawal_rule);

          g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE,
                       /* Translators: %s is what the user typed. Keep “daftar-cli fee rules”. */
                       _("There is no withdrawal rule “%s”. “daftar-cli fee rules” lists them."),
                       shown);
          return FALSE;
        }
    }

  clear = !fees->has_contract_ppm && !fees->has_override_ppm && fees->withdrawal_rule == NULL;

  if (!(stmt = daftar_store_prepare (self,
                                     clear
                                     ? "DELETE FROM project_fees WHERE project_id = ?1"
                                     : "INSERT INTO project_fees (project_id, contract_ppm, override_ppm, "
                                       "  withdrawal_rule) VALUES (?1, ?2, ?3, ?4) "
                                       "ON CONFLICT (project_id) DO UPDATE SET "
                                       "  contract_ppm = excluded.contract_ppm, "
                                       "  override_ppm = excluded.override_ppm, "
                                       "  withdrawal_rule = excluded.withdrawal_rule", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, fees->project_id);
  if (!clear)
    {
      if (fees->has_contract_ppm)
        sqlite3_bind_int (stmt, 2, fees->contract_ppm);
      if (fees->has_override_ppm)
        sqlite3_bind_int (stmt, 3, fees->override_ppm);
      if (fees->withdrawal_rule != NULL)
        sqlite3_bind_text (stmt, 4, fees->withdrawal_rule, -1, SQLITE_TRANSIENT);
    }

  if (!daftar_store_step_done (self, stmt, error))
    return FALSE;

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_PROJECTS);
  return TRUE;
}
