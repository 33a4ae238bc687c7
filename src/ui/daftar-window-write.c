/* daftar-window-write.c — writes that wait for another program, without freezing
 *
 * The window's store waits at most DAFTAR_STORE_APP_BUSY_TIMEOUT_MS for a lock
 * another program (daftar-cli, a second window) holds. A write refused as busy
 * joins a queue retried from a timeout, while a spinner turns and a toast
 * offers to cancel; later writes queue behind it, so they land in order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daftar-plain-text.h"
#include "daftar-window-private.h"

#define RETRY_INTERVAL_MS 100
#define GIVE_UP_AFTER_S   120

typedef struct
{
  DaftarWindowWriteFunc func;
  gpointer              data;
  GDestroyNotify        destroy;
} PendingWrite;

static void
pending_write_free (PendingWrite *write)
{
  if (write->destroy != NULL)
    write->destroy (write->data);
  g_free (write);
}

static gboolean
is_busy (const GError *error)
{
  return g_error_matches (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY);
}

static void
set_waiting (DaftarWindow *self,
             gboolean      waiting)
{
  gtk_widget_set_visible (self->busy_spinner, waiting);
  gtk_spinner_set_spinning (GTK_SPINNER (self->busy_spinner), waiting);

  if (!waiting)
    {
      g_clear_handle_id (&self->write_retry_id, g_source_remove);
      if (self->busy_toast != NULL)
        adw_toast_dismiss (self->busy_toast);
      g_clear_object (&self->busy_toast);
    }
}

static void
drop_writes (DaftarWindow *self)
{
  g_queue_clear_full (self->writes, (GDestroyNotify) pending_write_free);
  set_waiting (self, FALSE);
}

/* The busy toast's Cancel (win.cancel-writes): the waiting writes are dropped. */
void
daftar_window_cancel_writes (DaftarWindow *self)
{
  if (!daftar_window_is_waiting_to_write (self))
    return;
  drop_writes (self);
  daftar_window_add_toast (self, daftar_toast_new_plain (_("Not saved: the change was cancelled")));
}

/* Tries the queue's writes in order; stops at the first still refused as busy.
 * Returns whether the queue is empty. */
static gboolean
try_writes (DaftarWindow *self)
{
  PendingWrite *write;

  while ((write = g_queue_peek_head (self->writes)) != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!write->func (self, write->data, &error) && is_busy (error))
        return FALSE;

      g_queue_pop_head (self->writes);
      if (error != NULL)
        daftar_window_show_error (self, error);
      pending_write_free (write);
    }

  return TRUE;
}

static gboolean
retry_cb (gpointer user_data)
{
  DaftarWindow *self = user_data;

  if (try_writes (self))
    {
      self->write_retry_id = 0;
      set_waiting (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  if (g_get_monotonic_time () - self->writes_since > GIVE_UP_AFTER_S * G_USEC_PER_SEC)
    {
      g_autoptr(GError) error = NULL;

      g_set_error_literal (&error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY,
                           _("Not saved: another program kept the ledger busy for two minutes. Close it and try again."));
      self->write_retry_id = 0;
      drop_writes (self);
      daftar_window_show_error (self, error);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
start_waiting (DaftarWindow *self)
{
  AdwToast *toast;

  self->writes_since = g_get_monotonic_time ();
  self->write_retry_id = g_timeout_add (RETRY_INTERVAL_MS, retry_cb, self);
  set_waiting (self, TRUE);

  toast = daftar_toast_new_plain (_("Another program is writing to the ledger. Saving when it is done…"));
  adw_toast_set_button_label (toast, _("_Cancel"));
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_action_name (toast, "win.cancel-writes");
  self->busy_toast = g_object_ref (toast);
  daftar_window_add_toast (self, toast);
}

/**
 * daftar_window_write:
 * @func: does the write through the window's store
 * @data: (transfer full): for @func
 * @destroy: frees @data once the write is done, failed or cancelled
 *
 * Runs @func now, or, while another program holds the ledger, later: the main
 * loop never waits for the lock longer than the store's busy timeout.
 */
void
daftar_window_write (DaftarWindow          *self,
                     DaftarWindowWriteFunc  func,
                     gpointer               data,
                     GDestroyNotify         destroy)
{
  PendingWrite *write = g_new0 (PendingWrite, 1);

  g_return_if_fail (DAFTAR_IS_WINDOW (self));

  write->func = func;
  write->data = data;
  write->destroy = destroy;

  if (self->writes == NULL)
    self->writes = g_queue_new ();

  g_queue_push_tail (self->writes, write);
  if (self->write_retry_id != 0)
    return;   /* behind the writes already waiting */

  if (!try_writes (self))
    start_waiting (self);
}

gboolean
daftar_window_is_waiting_to_write (DaftarWindow *self)
{
  g_return_val_if_fail (DAFTAR_IS_WINDOW (self), FALSE);
  return self->writes != NULL && !g_queue_is_empty (self->writes);
}

/* When the window goes: the waiting writes get one last, patient try. */
void
daftar_window_finish_writes (DaftarWindow *self)
{
  if (self->writes == NULL)
    return;

  if (!g_queue_is_empty (self->writes) && self->store != NULL)
    {
      daftar_store_set_busy_timeout (self->store, DAFTAR_STORE_BUSY_TIMEOUT_MS);
      if (!try_writes (self))
        g_warning ("The ledger stayed busy: %u changes were not saved",
                   g_queue_get_length (self->writes));
      daftar_store_set_busy_timeout (self->store, DAFTAR_STORE_APP_BUSY_TIMEOUT_MS);
    }

  g_queue_free_full (g_steal_pointer (&self->writes), (GDestroyNotify) pending_write_free);
  g_clear_handle_id (&self->write_retry_id, g_source_remove);
  g_clear_object (&self->busy_toast);
}
