/* daftar-session-times.c — the session dialog's date and time fields
 *
 * Start, duration and end stay in step: the end follows the start and the duration,
 * the duration follows an end typed by the user, and a new session ends now until
 * the user places it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-session-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-duration-format.h"
#include "daftar-duration.h"
#include "daftar-session-dialog-private.h"

#define MINUTES_PER_DAY (24 * 60)

/* Dates and times are shown in the user's calendar and digits, and read
 * back the same way (daftar_format_parse_date()). */
char *
daftar_session_format_day (DaftarSessionDialog *self,
                           GDateTime           *dt)
{
  GDate day;

  daftar_date_from_date_time (dt, &day);
  return daftar_format_date (daftar_context_get_format (self->context), &day, DAFTAR_DATE_STYLE_NUMERIC);
}

char *
daftar_session_format_time (DaftarSessionDialog *self,
                            GDateTime           *dt)
{
  return daftar_format_time (daftar_context_get_format (self->context), g_date_time_to_unix (dt),
                             (gint32) (g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND));
}

gboolean
daftar_session_parse_clock (AdwEntryRow *row,
             int         *out_minutes)
{
  int hour, minute;

  if (!daftar_time_parse (get_text (row), &hour, &minute, NULL))
    return FALSE;

  *out_minutes = hour * 60 + minute;
  return TRUE;
}

static void
set_text_quietly (DaftarSessionDialog *self,
                  AdwEntryRow         *row,
                  const char          *text)
{
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  self->syncing = FALSE;
}

/* The end follows the start and the duration. */
void
daftar_session_dialog_sync_end (DaftarSessionDialog *self)
{
  g_autofree char *latin = NULL;
  g_autofree char *text = NULL;
  gint64 duration;
  int start, end;

  if (!daftar_session_parse_clock (self->start_row, &start) ||
      !daftar_duration_parse (get_text (self->duration_row), &duration, NULL))
    return;

  end = (int) ((start + duration / 60) % MINUTES_PER_DAY);
  /* In the user's digits, as the start is written */
  latin = g_strdup_printf ("%02d:%02d", end / 60, end % 60);
  text = daftar_format_digits (daftar_context_get_format (self->context), latin);
  set_text_quietly (self, self->end_row, text);
}

/* The duration follows an end typed by the user; an end before the start is the next day. */
void
daftar_session_dialog_sync_duration (DaftarSessionDialog *self)
{
  g_autofree char *text = NULL;
  int start, end, minutes;

  if (!daftar_session_parse_clock (self->start_row, &start) || !daftar_session_parse_clock (self->end_row, &end))
    return;

  minutes = end - start;
  if (minutes < 0)
    minutes += MINUTES_PER_DAY;

  text = daftar_format_duration (daftar_context_get_format (self->context), (gint64) minutes * 60);
  set_text_quietly (self, self->duration_row, text);
}

/* A new session ends now, until the user says otherwise: the duration moves its start. */
void
daftar_session_dialog_sync_anchored_start (DaftarSessionDialog *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *end = NULL;
  gint64 duration = 0;

  if (self->anchor == NULL)
    return;

  if (!daftar_form_text_is_blank (get_text (self->duration_row)) &&
      !daftar_duration_parse (get_text (self->duration_row), &duration, NULL))
    return;

  start = g_date_time_add_seconds (self->anchor, (gdouble) -MIN (duration, DAFTAR_DURATION_MAX_SECONDS));
  if (start == NULL)
    return;

  date = daftar_session_format_day (self, start);
  time = daftar_session_format_time (self, start);
  end = daftar_session_format_time (self, self->anchor);
  set_text_quietly (self, self->date_row, date);
  set_text_quietly (self, self->start_row, time);
  set_text_quietly (self, self->end_row, end);
}

void
daftar_session_dialog_read_start (DaftarSessionDialog *self,
            Form                *form)
{
  DaftarSessionDraft *draft = &form->draft;
  const char *date_text = get_text (self->date_row);
  const char *start_text = get_text (self->start_row);
  GDate date;
  int hour, minute;
  gboolean have_date, have_time;

  /* Unchanged, the stored moment stays exact, seconds and offset included. */
  if (self->session != NULL &&
      g_strcmp0 (date_text, self->loaded_date) == 0 &&
      g_strcmp0 (start_text, self->loaded_start) == 0)
    {
      draft->start_utc = self->session->start_utc;
      draft->utc_offset = self->session->utc_offset;
      return;
    }

  have_date = daftar_format_parse_date (daftar_context_get_format (self->context), date_text, &date,
                                       daftar_form_error_slot (self->form, FIELD_DATE));
  have_time = daftar_time_parse (start_text, &hour, &minute,
                                 daftar_form_error_slot (self->form, FIELD_START));
  if (have_date && have_time)
    daftar_local_to_utc (&date, hour, minute, self->tz, &draft->start_utc, &draft->utc_offset,
                         daftar_form_error_slot (self->form, FIELD_START));
}

void
daftar_session_dialog_set_start (DaftarSessionDialog *self,
           GDateTime           *start)
{
  g_autofree char *date = daftar_session_format_day (self, start);
  g_autofree char *time = daftar_session_format_time (self, start);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), time);
}
