/* daftar-test-ui.h — helpers shared by the GTK tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-application.h"
#include "daftar-context.h"

G_BEGIN_DECLS

void        daftar_test_iterate     (void);
void        daftar_test_wait_frames (GtkWidget  *widget,
                                     int         n);
GtkWidget  *daftar_test_find_by_name (GtkWidget  *root,
                                      const char *name);
GtkWidget  *daftar_test_find_by_type (GtkWidget  *root,
                                      GType       type);
guint       daftar_test_count_children (GtkWidget *widget);
char       *daftar_test_combo_item_text (gpointer   combo,
                                         GObject   *item);
const char *daftar_test_label_text  (GtkWidget  *root,
                                     const char *name);
char       *daftar_test_without_marks (const char *text);
GtkWidget  *daftar_test_timer_part  (gpointer    window,
                                     const char *name);
const char *daftar_test_timer_state (gpointer    window);

DaftarApplication *daftar_test_app_new     (const char        *dir);
DaftarContext     *daftar_test_context_new (DaftarApplication *app,
                                           DaftarStore       *store);

G_END_DECLS
