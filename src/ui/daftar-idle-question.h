/* daftar-idle-question.h — what to do with the time away from the running timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-window.h"

G_BEGIN_DECLS

/* The responses: keep the time, discard it, discard it and stop the timer. */
#define DAFTAR_IDLE_KEEP    "keep"
#define DAFTAR_IDLE_DISCARD "discard"
#define DAFTAR_IDLE_STOP    "stop"

GtkWidget *daftar_idle_question_new (DaftarWindow  *window,
                                     DaftarContext *context,
                                     gint64         since_utc,
                                     gint64         until_utc,
                                     gboolean       app_was_closed);

G_END_DECLS
