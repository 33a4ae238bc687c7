/* daftar-store-goals.c — the goals row, and progress from the earnings reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row (id 1) or none.  The goals live in the ledger so that the app and
 * daftar-cli share them, as they share everything else the user enters.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-store-goals.h"
#include "daftar-store-private.h"
#include "daftar-store-report.h"
#include "daftar-validate.h"

static void
column_optional (DaftarStmt *stmt,
                 int         column,
                 gboolean   *out_has,
                 gint64     *out_value)
{
  *out_has = sqlite3_column_type (stmt, column) != SQLITE_NULL;
  *out_value = *out_has ? sqlite3_column_int64 (stmt, column) : 0;
}

/**
 * daftar_store_get_goals:
 * @out: (out): the goals; all unset when there are none
 */
gboolean
daftar_store_get_goals (DaftarStore  *self,
                        DaftarGoals  *out,
                        GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  memset (out, 0, sizeof *out);
  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT currency, monthly_net_minor, weekly_seconds, "
                                     "target_rate_minor FROM goals WHERE id = 1", error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      daftar_stmt_copy_text (stmt, 0, out->currency, sizeof out->currency);
      column_optional (stmt, 1, &out->has_monthly_net, &out->monthly_net_minor);
      column_optional (stmt, 2, &out->has_weekly_hours, &out->weekly_seconds);
      column_optional (stmt, 3, &out->has_target_rate, &out->target_rate_minor);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return daftar_store_set_sql_error (self, rc, error);

  return TRUE;
}

static void
bind_optional (DaftarStmt *stmt,
               int         index,
               gboolean    has,
               gint64      value)
{
  if (has)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

/**
 * daftar_store_set_goals:
 *
 * Replaces the goals; none set removes the row.  Refused goals change nothing.
 */
gboolean
daftar_store_set_goals (DaftarStore        *self,
                        const DaftarGoals  *goals,
                        GError            **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  const char *currency = goals->currency;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!daftar_goals_validate (goals, error))
    return FALSE;

  /* Hours alone need no currency; the column does. */
  if (!daftar_currency_is_valid (currency))
    currency = "XXX";

  if (!daftar_goals_any (goals))
    stmt = daftar_store_prepare (self, "DELETE FROM goals", error);
  else if ((stmt = daftar_store_prepare (self,
                                         "INSERT OR REPLACE INTO goals (id, currency, "
                                         "monthly_net_minor, weekly_seconds, target_rate_minor) "
                                         "VALUES (1, ?1, ?2, ?3, ?4)", error)))
    {
      sqlite3_bind_text (stmt, 1, currency, -1, SQLITE_TRANSIENT);
      bind_optional (stmt, 2, goals->has_monthly_net, goals->monthly_net_minor);
      bind_optional (stmt, 3, goals->has_weekly_hours, goals->weekly_seconds);
      bind_optional (stmt, 4, goals->has_target_rate, goals->target_rate_minor);
    }
  if (stmt == NULL || !daftar_store_step_done (self, stmt, error))
    return FALSE;

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_GOALS);
  return TRUE;
}

static DaftarEarningsReport *
report_period (DaftarStore           *self,
               DaftarPeriodKind       kind,
               const char            *currency,
               DaftarCalendar         calendar,
               const char            *locale,
               const GDate           *today,
               const DaftarFeeRules  *rules,
               GError               **error)
{
  GDate first, last;

  if (!daftar_period_resolve (kind, calendar, locale, today, &first, &last))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("That period can’t be worked out for today’s date."));
      return NULL;
    }

  return daftar_store_report_earnings (self, daftar_day_from_date (&first),
                                       daftar_day_from_date (&last), currency,
                                       DAFTAR_EARNINGS_BY_PROJECT, rules, error);
}

/**
 * daftar_store_goals_progress:
 * @home_currency: the currency when no money goal names one
 * @today: the day whose month and week count
 * @out: (out): the progress
 *
 * The month's and the week's earnings reports in @calendar, on the default basis,
 * against @goals.
 */
gboolean
daftar_store_goals_progress (DaftarStore           *self,
                             const DaftarGoals     *goals,
                             const char            *home_currency,
                             DaftarCalendar         calendar,
                             const char            *locale,
                             const GDate           *today,
                             const DaftarFeeRules  *rules,
                             DaftarGoalsProgress   *out,
                             GError               **error)
{
  g_autoptr(DaftarEarningsReport) month = NULL;
  g_autoptr(DaftarEarningsReport) week = NULL;
  const char *currency = goals->currency;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!(goals->has_monthly_net || goals->has_target_rate) || !daftar_currency_is_valid (currency))
    currency = home_currency;

  if (!(month = report_period (self, DAFTAR_PERIOD_THIS_MONTH, currency, calendar, locale,
                               today, rules, error)) ||
      !(week = report_period (self, DAFTAR_PERIOD_THIS_WEEK, currency, calendar, locale,
                              today, rules, error)))
    return FALSE;

  daftar_goals_progress_init (out, goals, month, week, daftar_day_from_date (today));
  return TRUE;
}
