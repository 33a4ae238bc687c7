/* daftar-window-timer.c — starting and stopping the timer, and the Save
 * Session dialog that stopping it opens
 *
 * The button in the header bar (DaftarTimerButton) shows the timer; the
 * window makes the writes, which may wait for another program's lock.
 * Stopping makes a session at once
 * (the timer is never lost); cancelling its dialog asks whether to discard
 * that session or take the stop back and keep timing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daftar-plain-text.h"
#include "daftar-session-dialog.h"
#include "daftar-window-private.h"

/* A timer started when asked, even if another program made it wait. */
typedef struct
{
  gint64 project_id;
  gint64 start_utc;
  gint32 utc_offset;
} TimerStart;

static gboolean
start_timer_write (DaftarWindow  *self,
                   gpointer       data,
                   GError       **error)
{
  TimerStart *start = data;

  return daftar_store_start_timer (self->store, start->project_id, start->start_utc,
                                   start->utc_offset, NULL, error);
}

void
daftar_window_timer_start (DaftarWindow *self,
                           gint64        project_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TimerStart *start = g_new0 (TimerStart, 1);

  start->project_id = project_id;
  start->start_utc = g_date_time_to_unix (now);
  start->utc_offset = (gint32) (g_date_time_get_utc_offset (now) / G_TIME_SPAN_SECOND);
  daftar_window_write (self, start_timer_write, start, g_free);
}

static gboolean
discard_timer_write (DaftarWindow  *self,
                     gpointer       data,
                     GError       **error)
{
  return daftar_store_discard_timer (self->store, error);
}

static void
discard_timer_cb (AdwToast     *toast,
                  DaftarWindow *self)
{
  daftar_window_write (self, discard_timer_write, NULL, NULL);
}

/* Save Session: Cancel discards the timed session or keeps timing */

static gboolean
discard_session_write (DaftarWindow  *self,
                       gpointer       data,
                       GError       **error)
{
  return daftar_store_delete_session (self->store, *(gint64 *) data, error);
}

static gboolean
keep_timing_write (DaftarWindow  *self,
                   gpointer       data,
                   GError       **error)
{
  return daftar_store_resume_timer (self->store, *(gint64 *) data, error);
}

static gboolean
destroy_dialog_cb (gpointer dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

static void
cancel_response_cb (AdwMessageDialog    *question,
                    const char          *response,
                    DaftarSessionDialog *dialog)
{
  DaftarWindow *self = DAFTAR_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  DaftarWindowWriteFunc func;
  gint64 *session_id;

  if (g_strcmp0 (response, "discard") == 0)
    func = discard_session_write;
  else if (g_strcmp0 (response, "keep") == 0)
    func = keep_timing_write;
  else
    return;  /* back to the dialog */

  session_id = g_new (gint64, 1);
  *session_id = daftar_session_dialog_get_session_id (dialog);
  daftar_window_write (self, func, session_id, g_free);

  /* The question closes itself after this signal: the dialog it belongs to
   * goes once it has. */
  g_object_set_data (G_OBJECT (dialog), "daftar-timer-decided", GINT_TO_POINTER (TRUE));
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, destroy_dialog_cb, g_object_ref (dialog), g_object_unref);
}

/* Cancel, Escape and the window's close button all come here. */
static gboolean
save_dialog_close_request_cb (DaftarSessionDialog *dialog,
                              DaftarWindow        *self)
{
  AdwMessageDialog *question;

  if (g_object_get_data (G_OBJECT (dialog), "daftar-timer-decided"))
    return FALSE;

  question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (dialog),
                                                         _("Discard the Timed Session?"),
                                                         _("Discarding forgets the time the timer counted. "
                                                           "Keep timing to let the timer run on from when "
                                                           "it started.")));
  adw_message_dialog_add_responses (question,
                                    "keep", _("_Keep Timing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (question, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (question, "keep");
  /* Escape here goes back to the dialog, deciding nothing. */
  adw_message_dialog_set_close_response (question, "back");
  g_signal_connect_object (question, "response", G_CALLBACK (cancel_response_cb), dialog, 0);
  gtk_window_present (GTK_WINDOW (question));
  return TRUE;
}

static gboolean
stop_timer_write (DaftarWindow  *self,
                  gpointer       data,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  DaftarSessionDialog *dialog;
  gint64 session_id = 0;

  if (!daftar_store_stop_timer (self->store, *(gint64 *) data, &session_id, &local_error))
    {
      AdwToast *toast;

      if (g_error_matches (local_error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      toast = daftar_toast_new_plain (local_error->message);

      /* The session would break a rule (say, the timer ran all night): keep
       * the timer and let the user decide. */
      adw_toast_set_button_label (toast, _("_Discard Timer"));
      adw_toast_set_timeout (toast, 0);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (discard_timer_cb), self, 0);
      daftar_window_add_toast (self, toast);
      return TRUE;
    }

  /* Open the new session so the user can add AI tools and paid time (unless
   * the window is closing with this write the last it waited for). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      dialog = daftar_session_dialog_new (GTK_WINDOW (self), self->context, session_id, 0);
      /* Translators: title of the dialog that opens when the timer stops */
      gtk_window_set_title (GTK_WINDOW (dialog), _("Save Session"));
      g_signal_connect_object (dialog, "close-request",
                               G_CALLBACK (save_dialog_close_request_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  return TRUE;
}

static void
stop_timer (DaftarWindow *self)
{
  gint64 *stop_utc = g_new (gint64, 1);

  *stop_utc = g_get_real_time () / G_USEC_PER_SEC;
  daftar_window_write (self, stop_timer_write, stop_utc, g_free);
}

/* Ctrl+T: stops the timer, or opens the picker to start it. */
void
daftar_window_timer_toggle (DaftarWindow *self)
{
  /* Another program may have started or stopped the timer a moment ago. */
  if (self->store != NULL)
    daftar_store_check_outside_changes (self->store);

  if (daftar_timer_button_get_timer (self->timer_button) != NULL)
    stop_timer (self);
  else
    daftar_timer_button_popup (self->timer_button);
}
