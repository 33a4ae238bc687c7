/* daftar-timer-button.h — the timer in the header bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-context.h"
#include "daftar-timer-popover.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_TIMER_BUTTON (daftar_timer_button_get_type ())

G_DECLARE_FINAL_TYPE (DaftarTimerButton, daftar_timer_button, DAFTAR, TIMER_BUTTON, AdwBin)

void                daftar_timer_button_set_context (DaftarTimerButton *self,
                                                     DaftarContext     *context);
void                daftar_timer_button_update      (DaftarTimerButton *self);
const DaftarTimer  *daftar_timer_button_get_timer   (DaftarTimerButton *self);
void                daftar_timer_button_popup       (DaftarTimerButton *self);
DaftarTimerPopover *daftar_timer_button_get_popover (DaftarTimerButton *self);

G_END_DECLS
