/* daftar-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAFTAR_TYPE_APPLICATION (daftar_application_get_type ())

typedef struct _DaftarTimerWatch DaftarTimerWatch;
typedef struct _DaftarContext DaftarContext;

G_DECLARE_FINAL_TYPE (DaftarApplication, daftar_application, DAFTAR, APPLICATION, AdwApplication)

DaftarApplication *daftar_application_new          (void);
GSettings         *daftar_application_get_settings (DaftarApplication *self);
DaftarContext     *daftar_application_get_context  (DaftarApplication *self);
DaftarTimerWatch  *daftar_application_get_timer_watch (DaftarApplication *self);

G_END_DECLS
