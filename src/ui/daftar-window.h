/* daftar-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-application.h"
#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_WINDOW (daftar_window_get_type ())

G_DECLARE_FINAL_TYPE (DaftarWindow, daftar_window, DAFTAR, WINDOW, AdwApplicationWindow)

DaftarWindow *daftar_window_new (DaftarApplication *application,
                                 DaftarStore       *store,
                                 const GError      *store_error);

G_END_DECLS
