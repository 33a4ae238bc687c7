/* daftar-window-private.h — what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-guidance-page.h"
#include "daftar-log-page.h"
#include "daftar-projects-page.h"
#include "daftar-window.h"

G_BEGIN_DECLS

struct _DaftarWindow
{
  AdwApplicationWindow  parent_instance;

  DaftarStore          *store;
  gulong                changed_id;
  DaftarTimer          *timer;
  guint                 timer_tick_id;
  guint                 load_id;
  gboolean              loaded;
  GPtrArray            *pending_deletes;

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
  GtkStack             *timer_stack;
  GtkMenuButton        *timer_menu_button;
  GtkPopover           *timer_popover;
  GtkListBox           *timer_projects;
  GtkWidget            *timer_stop_button;
  GtkLabel             *timer_label;
};

G_END_DECLS
