/* daftar-window-private.h — what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-guidance-page.h"
#include "daftar-log-page.h"
#include "daftar-projects-page.h"
#include "daftar-timer-button.h"
#include "daftar-window.h"

G_BEGIN_DECLS

/* How often the window looks for other programs' writes to the ledger. */
#define DAFTAR_WINDOW_WATCH_MS 1000

struct _DaftarWindow
{
  AdwApplicationWindow  parent_instance;

  DaftarContext        *context;         /* NULL or without a ledger when it could not be opened */
  DaftarStore          *store;           /* the context's */
  guint                 load_id;
  gboolean              loaded;
  GPtrArray            *pending_deletes;
  GQueue               *writes;          /* PendingWrite: waiting for another program's lock */
  guint                 write_retry_id;
  gint64                writes_since;    /* monotonic µs, when the first waiting write was tried */
  AdwToast             *busy_toast;
  guint                 watch_id;        /* looks for other programs' writes */

  DaftarLogPage        *log_page;
  DaftarProjectsPage   *projects_page;   /* built on first visit */
  GtkWidget            *earnings_page;   /* built on first visit */
  DaftarGuidancePage   *guidance_page;   /* built on first visit */
  AdwBin               *projects_slot;
  AdwBin               *earnings_slot;
  AdwBin               *guidance_slot;

  AdwToastOverlay      *toast_overlay;
  AdwToast             *undo_toast;      /* weak: an undo toast Ctrl+Z takes up */
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  GtkWidget            *add_button;
  GtkWidget            *search_button;
  DaftarTimerButton    *timer_button;
  GtkWidget            *busy_spinner;
};

/* Import… and dropped files, in daftar-window-import.c */
void                daftar_window_import_class_init (GtkWidgetClass *widget_class);
void                daftar_window_import_init       (DaftarWindow   *self);

/* Writes that wait their turn, in daftar-window-write.c */

/* Returns FALSE with @error set when the write failed; a write that handled
 * its own failure returns TRUE. */
typedef gboolean (*DaftarWindowWriteFunc) (DaftarWindow  *self,
                                           gpointer       data,
                                           GError       **error);

void     daftar_window_write                (DaftarWindow          *self,
                                            DaftarWindowWriteFunc  func,
                                            gpointer               data,
                                            GDestroyNotify         destroy);
void     daftar_window_finish_writes        (DaftarWindow          *self);
void     daftar_window_cancel_writes        (DaftarWindow          *self);

/* Starting and stopping the timer, in daftar-window-timer.c */

void     daftar_window_timer_start          (DaftarWindow          *self,
                                            gint64                 project_id);
void     daftar_window_timer_toggle         (DaftarWindow          *self);

/* The actions and their shortcuts, in daftar-window-actions.c */

void     daftar_window_actions_class_init   (GtkWidgetClass        *widget_class);

/* In daftar-window.c */

gboolean daftar_window_undo_delete          (DaftarWindow          *self);

G_END_DECLS
