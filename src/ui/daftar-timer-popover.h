/* daftar-timer-popover.h — the timer's project picker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_TIMER_POPOVER (daftar_timer_popover_get_type ())

G_DECLARE_FINAL_TYPE (DaftarTimerPopover, daftar_timer_popover, DAFTAR, TIMER_POPOVER, GtkPopover)

GtkWidget  *daftar_timer_popover_new           (DaftarContext      *context);
void        daftar_timer_popover_fill          (DaftarTimerPopover *self);

G_END_DECLS
