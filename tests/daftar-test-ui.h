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
guint       daftar_test_count_children (GtkWidget *widget);
char       *daftar_test_combo_item_text (gpointer   combo,
                                         GObject   *item);
const char *daftar_test_label_text  (GtkWidget  *root,
                                     const char *name);
char       *daftar_test_without_marks (const char *text);
GtkWidget  *daftar_test_timer_part  (gpointer    window,
                                     const char *name);
const char *daftar_test_timer_state (gpointer    window);

gboolean    daftar_test_shows_text     (GtkWidget  *root,
                                        const char *literal,
                                        gboolean    raw);
GtkWidget  *daftar_test_find_by_type   (GtkWidget  *root,
                                        GType       type);
GtkWidget  *daftar_test_find_by_action (GtkWidget  *root,
                                        const char *action_name);
GtkWidget  *daftar_test_find_nth_row   (GtkWidget  *root,
                                        GType       type,
                                        const char *title,
                                        guint       n);
GtkWidget  *daftar_test_find_row       (GtkWidget  *root,
                                        GType       type,
                                        const char *title);
GtkWidget  *daftar_test_find_button    (GtkWidget  *root,
                                        const char *label);
GtkWidget  *daftar_test_find_label     (GtkWidget  *root,
                                        const char *text);
GtkWidget  *daftar_test_find_label_with (GtkWidget *root,
                                         const char *literal);
GtkWidget  *daftar_test_find_shown     (GtkWidget  *root,
                                        GType       type,
                                        const char *text);
const char *daftar_test_shown_error    (GtkWidget  *root);
void        daftar_test_activate       (GtkWidget  *button);
gboolean    daftar_test_press_key      (GtkWidget  *widget,
                                        guint       keyval,
                                        GdkModifierType modifiers);

GtkWindow  *daftar_test_find_toplevel     (GType       type);
GtkWindow  *daftar_test_wait_for_toplevel (GType       type);
void        daftar_test_destroy_toplevels (GType       type);

void        daftar_test_show_window    (gpointer    window);
void        daftar_test_wait_log       (gpointer    window);
void        daftar_test_show_page      (gpointer    window,
                                        const char *name);
const char *daftar_test_visible_page   (gpointer    window);
GtkSelectionModel *daftar_test_window_pages (gpointer window);
GtkWidget  *daftar_test_window_error_page (gpointer  window);
gboolean    daftar_test_window_is_busy (gpointer    window);

void               daftar_test_ui_init     (int               *argc,
                                           char            ***argv);
DaftarApplication *daftar_test_app_new     (const char        *dir);
DaftarContext     *daftar_test_context_new (DaftarApplication *app,
                                           DaftarStore       *store);

G_END_DECLS
