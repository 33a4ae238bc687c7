/* daftar-busy-retry.c — a dialog's save, tried again while another program writes
 *
 * The app's store waits only a moment for another program's write lock (see
 * daftar-store-watch.c). A dialog whose save was refused as busy stays open
 * with what the user typed, says so in a toast that can cancel, and saves
 * again every RETRY_INTERVAL_MS until the lock is free. The main window's
 * own writes queue in daftar-window-write.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daftar-busy-retry.h"
#include "daftar-plain-text.h"
#include "daftar-store.h"

#define RETRY_INTERVAL_MS 100
#define GIVE_UP_AFTER_S   120
#define STATE_KEY         "daftar-busy-retry"

typedef struct
{
  GtkWidget           *owner;     /* unowned: the state lives on it */
  DaftarBusyRetryFunc  retry;
  AdwToastOverlay     *overlay;
  AdwToast            *toast;
  guint                timeout_id;
  gulong               destroy_id;
  gint64               since;
} Waiting;

static void
waiting_free (Waiting *waiting)
{
  g_clear_handle_id (&waiting->timeout_id, g_source_remove);
  g_clear_signal_handler (&waiting->destroy_id, waiting->owner);
  if (waiting->toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (waiting->toast, waiting);
      adw_toast_dismiss (waiting->toast);
    }
  g_clear_object (&waiting->toast);
  g_free (waiting);
}

static gboolean
retry_cb (gpointer data)
{
  Waiting *waiting = data;

  waiting->timeout_id = 0;
  /* Calls daftar_busy_retry_handle() again, or daftar_busy_retry_done(). */
  waiting->retry (waiting->owner);
  return G_SOURCE_REMOVE;
}

static void
cancel_clicked_cb (AdwToast *toast,
                   Waiting  *waiting)
{
  /* The dialog stays open with what the user typed. */
  daftar_busy_retry_done (waiting->owner);
}

/**
 * daftar_busy_retry_handle:
 * @owner: the dialog
 * @error: why its save failed
 * @retry: saves again
 *
 * Returns: %TRUE when @error says the ledger is busy: @retry runs again soon,
 *   and the user is told; %FALSE for any other error, for the caller to show
 */
gboolean
daftar_busy_retry_handle (GtkWidget           *owner,
                          AdwToastOverlay     *overlay,
                          const GError        *error,
                          DaftarBusyRetryFunc  retry)
{
  Waiting *waiting = g_object_get_data (G_OBJECT (owner), STATE_KEY);

  if (!g_error_matches (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY))
    {
      daftar_busy_retry_done (owner);
      return FALSE;
    }

  if (waiting == NULL)
    {
      waiting = g_new0 (Waiting, 1);
      waiting->owner = owner;
      waiting->overlay = overlay;
      waiting->since = g_get_monotonic_time ();
      waiting->toast = daftar_toast_new_plain (_("Another program is writing to the ledger. Saving when it is done…"));
      g_object_ref (waiting->toast);
      adw_toast_set_button_label (waiting->toast, _("_Cancel"));
      adw_toast_set_timeout (waiting->toast, 0);
      adw_toast_set_priority (waiting->toast, ADW_TOAST_PRIORITY_HIGH);
      g_signal_connect (waiting->toast, "button-clicked", G_CALLBACK (cancel_clicked_cb), waiting);
      adw_toast_overlay_add_toast (overlay, g_object_ref (waiting->toast));
      /* A dialog closed while waiting stops waiting: nothing is saved. */
      waiting->destroy_id = g_signal_connect (owner, "destroy", G_CALLBACK (daftar_busy_retry_done), NULL);
      g_object_set_data_full (G_OBJECT (owner), STATE_KEY, waiting, (GDestroyNotify) waiting_free);
    }
  else if (g_get_monotonic_time () - waiting->since > GIVE_UP_AFTER_S * G_USEC_PER_SEC)
    {
      AdwToast *toast = daftar_toast_new_plain (_("Not saved: another program kept the ledger busy for two minutes. Close it and try again."));

      daftar_busy_retry_done (owner);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (overlay, toast);
      return TRUE;
    }

  waiting->retry = retry;
  g_clear_handle_id (&waiting->timeout_id, g_source_remove);
  waiting->timeout_id = g_timeout_add (RETRY_INTERVAL_MS, retry_cb, waiting);
  return TRUE;
}

/* The save went through, failed for another reason, or was cancelled. */
void
daftar_busy_retry_done (GtkWidget *owner)
{
  g_object_set_data (G_OBJECT (owner), STATE_KEY, NULL);
}

gboolean
daftar_busy_retry_is_waiting (GtkWidget *owner)
{
  return g_object_get_data (G_OBJECT (owner), STATE_KEY) != NULL;
}
