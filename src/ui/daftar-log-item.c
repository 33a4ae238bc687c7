/* daftar-log-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-log-item"

#include "config.h"

#include "daftar-log-item.h"

struct _DaftarLogItem
{
  GObject        parent_instance;

  GDate          day;
  gint64         total_seconds;
  guint          n_sessions;
  DaftarSession *session;     /* NULL for a day heading */
};

G_DEFINE_FINAL_TYPE (DaftarLogItem, daftar_log_item, G_TYPE_OBJECT)

static void
daftar_log_item_finalize (GObject *object)
{
  DaftarLogItem *self = (DaftarLogItem *)object;

  g_clear_pointer (&self->session, daftar_session_free);

  G_OBJECT_CLASS (daftar_log_item_parent_class)->finalize (object);
}

static void
daftar_log_item_class_init (DaftarLogItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = daftar_log_item_finalize;
}

static void
daftar_log_item_init (DaftarLogItem *self)
{
  g_date_clear (&self->day, 1);
}

DaftarLogItem *
daftar_log_item_new_day (const GDate *day,
                         gint64       total_seconds,
                         guint        n_sessions)
{
  DaftarLogItem *self = g_object_new (DAFTAR_TYPE_LOG_ITEM, NULL);

  self->day = *day;
  self->total_seconds = total_seconds;
  self->n_sessions = n_sessions;
  return self;
}

/**
 * daftar_log_item_new_session:
 * @session: copied
 */
DaftarLogItem *
daftar_log_item_new_session (const DaftarSession *session)
{
  DaftarLogItem *self = g_object_new (DAFTAR_TYPE_LOG_ITEM, NULL);

  self->session = g_new0 (DaftarSession, 1);
  *self->session = *session;
  self->session->project_name = g_strdup (session->project_name);
  self->session->note = g_strdup (session->note);
  self->session->tools = g_ptr_array_ref (session->tools);
  return self;
}

gboolean
daftar_log_item_is_day (DaftarLogItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_ITEM (self), FALSE);
  return self->session == NULL;
}

const GDate *
daftar_log_item_get_day (DaftarLogItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_ITEM (self), NULL);
  return &self->day;
}

gint64
daftar_log_item_get_total (DaftarLogItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_ITEM (self), 0);
  return self->total_seconds;
}

guint
daftar_log_item_get_n_sessions (DaftarLogItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_ITEM (self), 0);
  return self->n_sessions;
}

/**
 * daftar_log_item_get_session:
 *
 * Returns: (transfer none) (nullable): the session, or %NULL for a day heading
 */
const DaftarSession *
daftar_log_item_get_session (DaftarLogItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_ITEM (self), NULL);
  return self->session;
}
