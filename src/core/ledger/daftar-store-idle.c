/* daftar-store-idle.c — cutting time away from the running timer
 *
 * When the user was away, "discard the idle time" means: the time worked
 * before stepping away becomes a session that ends when the idleness began,
 * and (unless the user also stops) a new timer for the same project and note
 * runs from when they came back. The log stays true to the clock: a session
 * shows when the work really happened. Moving the timer's start forward
 * instead would keep one session but date it wrong (it could even move it
 * to another day), and hide that there was a gap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-store-idle.h"
#include "daftar-store-private.h"

/**
 * daftar_store_cut_timer:
 * @since_utc: when the idleness began
 * @until_utc: when the user came back
 * @keep_running: start the timer again from @until_utc
 * @out_session_id: (out) (optional): the session for the time before
 *   @since_utc, or 0 when the timer started after it
 *
 * Drops [@since_utc, @until_utc) from the running timer, in one transaction.
 * When the session would break a rule (say, it ran longer than a day),
 * nothing changes.
 */
gboolean
daftar_store_cut_timer (DaftarStore  *self,
                        gint64        since_utc,
                        gint64        until_utc,
                        gboolean      keep_running,
                        gint64       *out_session_id,
                        GError      **error)
{
  g_autoptr(DaftarTimer) timer = NULL;
  gint64 session_id = 0;
  gboolean ok;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (since_utc <= until_utc, FALSE);

  if (!daftar_store_begin (self, error))
    return FALSE;

  if (!(timer = daftar_store_require_timer (self, error)))
    return daftar_store_end (self, FALSE, 0, error);

  if (since_utc > timer->start_utc)
    ok = daftar_store_stop_timer (self, since_utc, &session_id, error);
  else
    ok = daftar_store_discard_timer (self, error);

  if (ok && keep_running)
    ok = daftar_store_start_timer (self, timer->project_id, MAX (until_utc, timer->start_utc),
                                   timer->utc_offset, timer->note, error);

  if (!daftar_store_end (self, ok, 0, error))
    return FALSE;
  if (out_session_id != NULL)
    *out_session_id = session_id;
  return TRUE;
}
