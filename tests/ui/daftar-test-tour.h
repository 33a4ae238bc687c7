/* daftar-test-tour.h — every page, dialog and popover of Daftar, one after another
 *
 * The screenshot tool photographs each stop; the right-to-left test reads every
 * label at each. One list of stops, so both see the same app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-application.h"
#include "daftar-store.h"

G_BEGIN_DECLS

/* Called at each stop, once @toplevel (the window, a dialog or a popover) has
 * settled: mapped, styled, a few frames drawn. */
typedef void (*DaftarTourVisit) (GtkWidget  *toplevel,
                                 const char *name,
                                 gpointer    data);

typedef struct
{
  DaftarApplication *app;
  GtkWidget         *window;
  DaftarStore       *store;
  char              *dir;
} DaftarTour;

DaftarTour *daftar_tour_open          (gboolean         dark);
void        daftar_tour_close         (DaftarTour      *tour);
void        daftar_tour_run           (DaftarTour      *tour,
                                       DaftarTourVisit  visit,
                                       gpointer         data);
void        daftar_tour_run_store     (DaftarTour      *tour,
                                       int              width,
                                       int              height,
                                       DaftarTourVisit  visit,
                                       gpointer         data);

G_END_DECLS
