/* daftar-idle-question.c — what to do with the time away from the running timer
 *
 * Keep it (nothing changes), discard it (the work before becomes a session
 * and the timer runs again from the return: see daftar-store-idle.c), or
 * discard it and stop the timer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-idle"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-idle-question.h"
#include "daftar-store-idle.h"
#include "daftar-ui-format.h"
#include "daftar-window-private.h"

typedef struct
{
  gint64   since;
  gint64   until;
  gboolean keep_running;
} Cut;

static gboolean
cut_write (DaftarWindow  *window,
           gpointer       data,
           GError       **error)
{
  DaftarStore *store = g_object_get_data (G_OBJECT (window), "daftar-idle-store");
  Cut *cut = data;
  g_autoptr(GError) local_error = NULL;

  if (store == NULL)
    return TRUE;
  if (!daftar_store_cut_timer (store, cut->since, cut->until, cut->keep_running, NULL, &local_error))
    {
      if (g_error_matches (local_error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      daftar_window_add_toast (window, adw_toast_new (local_error->message));
    }
  return TRUE;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  DaftarWindow *window = DAFTAR_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  Cut *cut;

  if (g_strcmp0 (response, DAFTAR_IDLE_DISCARD) != 0 && g_strcmp0 (response, DAFTAR_IDLE_STOP) != 0)
    return;

  cut = g_new0 (Cut, 1);
  cut->since = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "daftar-since");
  cut->until = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "daftar-until");
  cut->keep_running = g_strcmp0 (response, DAFTAR_IDLE_DISCARD) == 0;
  daftar_window_write (window, cut_write, cut, g_free);
}

static void
set_time (GObject    *object,
          const char *key,
          gint64      value)
{
  gint64 *copy = g_new (gint64, 1);

  *copy = value;
  g_object_set_data_full (object, key, copy, g_free);
}

/**
 * daftar_idle_question_new:
 * @since_utc: when the user stepped away (or Daftar was last seen running)
 * @until_utc: when they came back (or Daftar started again)
 * @app_was_closed: the span is a time Daftar was not running, not one the
 *   session was seen idle
 *
 * Returns: (transfer none): the question, transient for @window, not yet shown
 */
GtkWidget *
daftar_idle_question_new (DaftarWindow  *window,
                          DaftarContext *context,
                          gint64         since_utc,
                          gint64         until_utc,
                          gboolean       app_was_closed)
{
  DaftarStore *store = daftar_context_get_store (context);
  g_autoptr(DaftarTimer) timer = daftar_store_get_timer (store, NULL);
  g_autofree char *span = daftar_ui_format_duration (context, until_utc - since_utc);
  g_autofree char *since = daftar_ui_format_time (context, since_utc, timer != NULL ? timer->utc_offset : 0);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (app_was_closed)
    /* Translators: "%1$s" is a project, "%2$s" a duration ("1 h 20 min"), "%3$s" a time of day */
    body = g_strdup_printf (_("The timer for %1$s ran for %2$s while Daftar was closed, since %3$s. "
                              "Were you working?"),
                            timer != NULL ? timer->project_name : "", span, since);
  else
    /* Translators: "%1$s" is a duration ("25 min"), "%2$s" a time of day, "%3$s" a project */
    body = g_strdup_printf (_("You were away for %1$s, since %2$s, while the timer for %3$s ran."),
                            span, since, timer != NULL ? timer->project_name : "");

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("Keep the Time Away?"), body));
  adw_message_dialog_add_responses (dialog,
                                    DAFTAR_IDLE_STOP, _("Discard and _Stop Timer"),
                                    DAFTAR_IDLE_DISCARD, _("_Discard Time Away"),
                                    DAFTAR_IDLE_KEEP, _("_Keep Time"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, DAFTAR_IDLE_STOP, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, DAFTAR_IDLE_DISCARD, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, DAFTAR_IDLE_KEEP);
  adw_message_dialog_set_close_response (dialog, DAFTAR_IDLE_KEEP);
  gtk_widget_set_name (GTK_WIDGET (dialog), "idle_question");

  set_time (G_OBJECT (dialog), "daftar-since", since_utc);
  set_time (G_OBJECT (dialog), "daftar-until", until_utc);
  g_object_set_data_full (G_OBJECT (window), "daftar-idle-store", g_object_ref (store), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  return GTK_WIDGET (dialog);
}
