/* daftar-store.h — the ledger's SQLite file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "daftar-domain.h"
#include "daftar-validate.h"

G_BEGIN_DECLS

#define DAFTAR_STORE_ERROR (daftar_store_error_quark ())

typedef enum
{
  DAFTAR_STORE_ERROR_OPEN,
  DAFTAR_STORE_ERROR_NEWER_SCHEMA,
  DAFTAR_STORE_ERROR_MIGRATION,
  DAFTAR_STORE_ERROR_BACKUP,
  DAFTAR_STORE_ERROR_SQL,
  DAFTAR_STORE_ERROR_NOT_FOUND,
  DAFTAR_STORE_ERROR_BUSY,
  DAFTAR_STORE_ERROR_CORRUPT,
  DAFTAR_STORE_ERROR_FOREIGN,       /* not a Daftar ledger, or one carrying what Daftar did not make */
  DAFTAR_STORE_ERROR_LEDGER_FILE,   /* an output path that is the ledger or one of its files */
} DaftarStoreError;

/* What a write touched, in the store's ::changed signal. */
typedef enum
{
  DAFTAR_STORE_CHANGE_PROJECTS = 1 << 0,
  DAFTAR_STORE_CHANGE_SESSIONS = 1 << 1,
  DAFTAR_STORE_CHANGE_TOOLS    = 1 << 2,
  DAFTAR_STORE_CHANGE_PAYMENTS = 1 << 3,
  DAFTAR_STORE_CHANGE_TIMER    = 1 << 4,
  DAFTAR_STORE_CHANGE_RATES    = 1 << 5,
  DAFTAR_STORE_CHANGE_MARKET   = 1 << 6,   /* the market dataset or its refresh record */
  DAFTAR_STORE_CHANGE_GOALS    = 1 << 7,
  DAFTAR_STORE_CHANGE_ALL      = (1 << 8) - 1,
} DaftarStoreChange;

/* How long a program waits for another's write lock: a command, and the app
 * (whose main loop must not stall; it retries instead). How long a long
 * writer leaves the lock free between batches. */
#define DAFTAR_STORE_BUSY_TIMEOUT_MS      5000
#define DAFTAR_STORE_APP_BUSY_TIMEOUT_MS  40
#define DAFTAR_STORE_YIELD_MS             20

/* A session's place in the ledger, for lazy lists. */
typedef struct
{
  gint64 id;
  gint64 start_utc;
  gint32 utc_offset;
  gint32 actual_seconds;
} DaftarSessionKey;

typedef struct
{
  gint64 project_id;
  gint64 actual_seconds;
  gint64 paid_seconds;
  gint64 n_sessions;
} DaftarProjectTotals;

#define DAFTAR_TYPE_STORE (daftar_store_get_type ())

G_DECLARE_FINAL_TYPE (DaftarStore, daftar_store, DAFTAR, STORE, GObject)

GQuark        daftar_store_error_quark            (void);

char         *daftar_store_default_path           (void);
int           daftar_store_latest_version         (void);

DaftarStore  *daftar_store_open                   (const char   *path,
                                                   GError      **error);
gboolean      daftar_store_close                  (DaftarStore  *self,
                                                   GError      **error);
const char   *daftar_store_get_path               (DaftarStore  *self);
int           daftar_store_get_version            (DaftarStore  *self);
const char   *daftar_store_get_backup_path        (DaftarStore  *self);
gboolean      daftar_store_check_integrity        (DaftarStore  *self,
                                                   GError      **error);
gint64        daftar_store_get_change_count       (DaftarStore  *self);

/* Sharing the ledger with other programs */
void          daftar_store_set_busy_timeout       (DaftarStore  *self,
                                                   guint         timeout_ms);
gint64        daftar_store_get_lock_wait          (DaftarStore  *self);
void          daftar_store_yield                  (DaftarStore  *self);
gboolean      daftar_store_check_outside_changes  (DaftarStore  *self);

gboolean      daftar_store_begin                  (DaftarStore  *self,
                                                   GError      **error);
gboolean      daftar_store_begin_read             (DaftarStore  *self,
                                                   GError      **error);
gboolean      daftar_store_commit                 (DaftarStore  *self,
                                                   GError      **error);
void          daftar_store_rollback               (DaftarStore  *self);

/* Platforms and clients */
GPtrArray    *daftar_store_list_platforms         (DaftarStore  *self,
                                                   GError      **error);
DaftarPlatform *daftar_store_find_platform        (DaftarStore  *self,
                                                   const char   *key_or_name,
                                                   GError      **error);

/* Projects */
gboolean      daftar_store_add_project            (DaftarStore              *self,
                                                   const DaftarProjectDraft *draft,
                                                   gint64                   *out_id,
                                                   GError                  **error);
gboolean      daftar_store_update_project         (DaftarStore              *self,
                                                   gint64                    id,
                                                   const DaftarProjectDraft *draft,
                                                   GError                  **error);
gboolean      daftar_store_set_project_archived   (DaftarStore  *self,
                                                   gint64        id,
                                                   gboolean      archived,
                                                   GError      **error);
gboolean      daftar_store_delete_project         (DaftarStore  *self,
                                                   gint64        id,
                                                   GError      **error);
GPtrArray    *daftar_store_list_projects          (DaftarStore  *self,
                                                   gboolean      include_archived,
                                                   GError      **error);
GPtrArray    *daftar_store_list_recent_projects   (DaftarStore  *self,
                                                   gint64       *out_last_id,
                                                   GError      **error);
DaftarProject *daftar_store_get_project           (DaftarStore  *self,
                                                   gint64        id,
                                                   GError      **error);
DaftarProject *daftar_store_find_project          (DaftarStore  *self,
                                                   const char   *name_or_id,
                                                   GError      **error);

/* Work sessions */
typedef gboolean (*DaftarSessionForeachFunc) (const DaftarSession *session,
                                              gpointer             user_data);

gboolean      daftar_store_foreach_session        (DaftarStore              *self,
                                                   gint64                    from_utc,
                                                   gint64                    to_utc,
                                                   DaftarSessionForeachFunc  func,
                                                   gpointer                  user_data,
                                                   GError                  **error);
gboolean      daftar_store_add_session            (DaftarStore              *self,
                                                   const DaftarSessionDraft *draft,
                                                   gint64                   *out_id,
                                                   GError                  **error);
gboolean      daftar_store_update_session         (DaftarStore              *self,
                                                   gint64                    id,
                                                   const DaftarSessionDraft *draft,
                                                   GError                  **error);
gboolean      daftar_store_delete_session         (DaftarStore  *self,
                                                   gint64        id,
                                                   GError      **error);
GArray       *daftar_store_list_session_keys      (DaftarStore  *self,
                                                   const char   *search,
                                                   GError      **error);
GPtrArray    *daftar_store_get_sessions           (DaftarStore  *self,
                                                   const gint64 *ids,
                                                   guint         n_ids,
                                                   GError      **error);
GPtrArray    *daftar_store_list_sessions          (DaftarStore  *self,
                                                   gint64        from_utc,
                                                   gint64        to_utc,
                                                   GError      **error);
DaftarSession *daftar_store_get_session           (DaftarStore  *self,
                                                   gint64        id,
                                                   GError      **error);
GArray       *daftar_store_sum_by_project         (DaftarStore  *self,
                                                   gint64        from_utc,
                                                   gint64        to_utc,
                                                   GError      **error);

/* AI tools */
gboolean      daftar_store_add_tool               (DaftarStore       *self,
                                                   const char        *name,
                                                   const DaftarMoney *monthly_cost,
                                                   gint64            *out_id,
                                                   GError           **error);
gboolean      daftar_store_update_tool            (DaftarStore       *self,
                                                   gint64             id,
                                                   const char        *name,
                                                   const DaftarMoney *monthly_cost,
                                                   gboolean           hidden,
                                                   GError           **error);
GPtrArray    *daftar_store_list_tools             (DaftarStore  *self,
                                                   gboolean      include_hidden,
                                                   GError      **error);

/* Payments */
gboolean      daftar_store_add_payment            (DaftarStore              *self,
                                                   const DaftarPaymentDraft *draft,
                                                   gint64                   *out_id,
                                                   GError                  **error);
gboolean      daftar_store_update_payment         (DaftarStore              *self,
                                                   gint64                    id,
                                                   const DaftarPaymentDraft *draft,
                                                   GError                  **error);
gboolean      daftar_store_delete_payment         (DaftarStore  *self,
                                                   gint64        id,
                                                   GError      **error);
GPtrArray    *daftar_store_list_payments          (DaftarStore  *self,
                                                   GError      **error);
DaftarPayment *daftar_store_get_payment           (DaftarStore  *self,
                                                   gint64        id,
                                                   GError      **error);

/* The running timer */
DaftarTimer  *daftar_store_get_timer              (DaftarStore  *self,
                                                   GError      **error);
gboolean      daftar_store_start_timer            (DaftarStore  *self,
                                                   gint64        project_id,
                                                   gint64        start_utc,
                                                   gint32        utc_offset,
                                                   const char   *note,
                                                   GError      **error);
gboolean      daftar_store_discard_timer          (DaftarStore  *self,
                                                   GError      **error);
gboolean      daftar_store_stop_timer             (DaftarStore  *self,
                                                   gint64        stop_utc,
                                                   gint64       *out_session_id,
                                                   GError      **error);
gboolean      daftar_store_resume_timer           (DaftarStore  *self,
                                                   gint64        session_id,
                                                   GError      **error);

G_END_DECLS
