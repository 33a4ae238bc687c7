/* daftar-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-window"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-earnings-page.h"
#include "daftar-log-page.h"
#include "daftar-plain-text.h"
#include "daftar-payment-dialog.h"
#include "daftar-project-dialog.h"
#include "daftar-projects-page.h"
#include "daftar-session-dialog.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-window-private.h"

G_DEFINE_FINAL_TYPE (DaftarWindow, daftar_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void ensure_projects_page (DaftarWindow *self);

/* A deletion waiting for its undo toast to go away. */
typedef struct
{
  DaftarWindow *window;
  AdwToast     *toast;     /* unowned; the overlay holds it */
  gint64        id;
  gboolean      is_project;
  gboolean      undone;
} PendingDelete;

/**
 * daftar_window_new:
 * @context: (nullable): the app's services, with the open ledger
 * @store_error: (nullable): why the ledger could not be opened
 */
DaftarWindow *
daftar_window_new (DaftarApplication *application,
                   DaftarContext     *context,
                   const GError      *store_error)
{
  DaftarWindow *self = g_object_new (DAFTAR_TYPE_WINDOW,
                                     "application", application,
                                     "context", context,
                                     NULL);

  if (store_error != NULL || self->store == NULL)
    {
      daftar_status_page_set_plain_description (self->error_page, store_error ? store_error->message : "");
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      gtk_widget_set_visible (GTK_WIDGET (self->switcher_title), FALSE);
      gtk_widget_set_visible (self->add_button, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->timer_button), FALSE);
      gtk_widget_set_visible (self->search_button, FALSE);
    }

  return self;
}

void
daftar_window_add_toast (DaftarWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (DAFTAR_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_toast_dismissed_cb (AdwToast     *toast,
                         DaftarWindow *self)
{
  if (self->undo_toast == toast)
    g_clear_weak_pointer (&self->undo_toast);
}

/**
 * daftar_window_add_undo_toast:
 * @toast: a toast whose button takes something back
 *
 * Shows @toast; until it goes away, Ctrl+Z (win.undo) presses its button, when no
 * deletion of a session or project is waiting.
 */
void
daftar_window_add_undo_toast (DaftarWindow *self,
                              AdwToast     *toast)
{
  g_return_if_fail (DAFTAR_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_set_weak_pointer (&self->undo_toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
daftar_window_show_error (DaftarWindow *self,
                          const GError *error)
{
  AdwToast *toast = daftar_toast_new_plain (error->message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  daftar_window_add_toast (self, toast);
}

/* Undoable deletion */

static void
pending_delete_free (PendingDelete *pending)
{
  g_free (pending);
}

/* Shows the row again: it is gone from the ledger, or the deletion was
 * undone or could not be made. */
static void
unhide (PendingDelete *pending)
{
  DaftarWindow *self = pending->window;

  if (pending->is_project)
    {
      if (self->projects_page != NULL)
        daftar_projects_page_set_hidden (self->projects_page, pending->id, FALSE);
    }
  else
    daftar_log_model_set_hidden (daftar_log_page_get_model (self->log_page), pending->id, FALSE);
}

static gboolean
delete_write (DaftarWindow  *self,
              gpointer       data,
              GError       **error)
{
  PendingDelete *pending = data;

  return pending->is_project ? daftar_store_delete_project (self->store, pending->id, error)
                             : daftar_store_delete_session (self->store, pending->id, error);
}

static void
delete_write_free (PendingDelete *pending)
{
  unhide (pending);
  g_free (pending);
}

static void
finish_delete (PendingDelete *pending)
{
  DaftarWindow *self = pending->window;

  if (!pending->undone && self->store != NULL)
    daftar_window_write (self, delete_write, g_memdup2 (pending, sizeof *pending),
                         (GDestroyNotify) delete_write_free);
  else
    unhide (pending);
}

static void
undo_clicked_cb (AdwToast      *toast,
                 PendingDelete *pending)
{
  pending->undone = TRUE;
}

static void
toast_dismissed_cb (AdwToast      *toast,
                    PendingDelete *pending)
{
  DaftarWindow *self = pending->window;

  /* The pending list owns the record; removing it frees it. */
  if (g_ptr_array_find (self->pending_deletes, pending, NULL))
    {
      finish_delete (pending);
      g_ptr_array_remove (self->pending_deletes, pending);
    }
}

static void
delete_with_undo (DaftarWindow *self,
                  gint64        id,
                  gboolean      is_project,
                  const char   *message)
{
  PendingDelete *pending = g_new0 (PendingDelete, 1);
  AdwToast *toast = daftar_toast_new_plain (message);

  pending->window = self;
  pending->toast = toast;
  pending->id = id;
  pending->is_project = is_project;
  g_ptr_array_add (self->pending_deletes, pending);

  if (is_project)
    {
      ensure_projects_page (self);
      daftar_projects_page_set_hidden (self->projects_page, id, TRUE);
    }
  else
    daftar_log_model_set_hidden (daftar_log_page_get_model (self->log_page), id, TRUE);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), pending);
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), pending);
  daftar_window_add_toast (self, toast);
}

/* Takes back the last deletion whose toast still shows; FALSE when there is none. */
gboolean
daftar_window_undo_delete (DaftarWindow *self)
{
  for (guint i = self->pending_deletes->len; i > 0; i--)
    {
      PendingDelete *pending = g_ptr_array_index (self->pending_deletes, i - 1);

      if (!pending->undone)
        {
          pending->undone = TRUE;
          /* Dismissing the toast restores the row. */
          adw_toast_dismiss (pending->toast);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * daftar_window_flush_deletes:
 *
 * Carries out deletions whose undo toast is still showing, as when the
 * window closes.
 */
void
daftar_window_flush_deletes (DaftarWindow *self)
{
  g_return_if_fail (DAFTAR_IS_WINDOW (self));

  while (self->pending_deletes->len > 0)
    {
      PendingDelete *pending = g_ptr_array_index (self->pending_deletes, 0);

      /* The toast outlives the record: cut it loose first. A toast still in
       * the overlay exists, since a dismissed one has removed its record. */
      g_signal_handlers_disconnect_by_data (pending->toast, pending);
      adw_toast_dismiss (pending->toast);
      finish_delete (pending);
      g_ptr_array_remove_index (self->pending_deletes, 0);
    }
}

/* Page signals */

static void
edit_session_cb (DaftarLogPage *page,
                 gint64         id,
                 DaftarWindow  *self)
{
  gtk_window_present (GTK_WINDOW (daftar_session_dialog_new (GTK_WINDOW (self), self->context, id, 0)));
}

static void
delete_session_cb (DaftarLogPage *page,
                   gint64         id,
                   DaftarWindow  *self)
{
  delete_with_undo (self, id, FALSE, _("Session deleted"));
}

static void
edit_project_cb (DaftarProjectsPage *page,
                 gint64              id,
                 DaftarWindow       *self)
{
  gtk_window_present (GTK_WINDOW (daftar_project_dialog_new (GTK_WINDOW (self), self->context, id)));
}

typedef struct
{
  gint64   id;
  gboolean archived;
} Archive;

static gboolean
archive_write (DaftarWindow  *self,
               gpointer       data,
               GError       **error)
{
  Archive *archive = data;

  return daftar_store_set_project_archived (self->store, archive->id, archive->archived, error);
}

static void
record_payment_cb (DaftarProjectsPage *page,
                   gint64              id,
                   DaftarWindow       *self)
{
  gtk_window_present (GTK_WINDOW (daftar_payment_dialog_new (GTK_WINDOW (self), self->context, 0, id)));
}

static void
archive_project_cb (DaftarProjectsPage *page,
                    gint64              id,
                    DaftarWindow       *self)
{
  g_autoptr(DaftarProject) project = daftar_store_get_project (self->store, id, NULL);
  Archive *archive;

  if (project == NULL)
    return;

  archive = g_new0 (Archive, 1);
  archive->id = id;
  archive->archived = !project->archived;
  daftar_window_write (self, archive_write, archive, g_free);
}

static void
delete_project_cb (DaftarProjectsPage *page,
                   gint64              id,
                   DaftarWindow       *self)
{
  g_autoptr(DaftarProject) project = daftar_store_get_project (self->store, id, NULL);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (project == NULL)
    return;

  name = daftar_text_isolate (project->name);
  /* Translators: toast after deleting a project, with its sessions and payments */
  message = g_strdup_printf (_("Project “%s” deleted with its sessions"), name);
  delete_with_undo (self, id, TRUE, message);
}

static gboolean
load_log_cb (gpointer user_data)
{
  DaftarWindow *self = user_data;

  self->load_id = 0;
  daftar_log_page_load (self->log_page);
  return G_SOURCE_REMOVE;
}

static void
mapped_cb (DaftarWindow *self)
{
  /* After the first frame: a big ledger never delays the window. */
  if (self->log_page != NULL && self->load_id == 0 && !self->loaded)
    {
      self->loaded = TRUE;
      self->load_id = g_idle_add_full (G_PRIORITY_LOW, load_log_cb, self, NULL);
    }
}

/* Digits and calendars apply at once: rebuild the format and redraw the pages. */
static void
format_setting_changed_cb (GSettings    *settings,
                           const char   *key,
                           DaftarWindow *self)
{
  daftar_context_reload_format (self->context);
  if (self->log_page != NULL && self->loaded)
    daftar_log_page_load (self->log_page);
  if (self->projects_page != NULL)
    daftar_projects_page_reload (self->projects_page);
}

static void
bind_settings (DaftarWindow *self)
{
  GSettings *settings = self->context != NULL ? daftar_context_get_settings (self->context) : NULL;

  if (settings == NULL)
    return;

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  if (self->log_page != NULL)
    g_settings_bind (settings, "last-page", self->view_stack, "visible-child-name",
                     G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (settings, "changed::latin-digits",
                           G_CALLBACK (format_setting_changed_cb), self, 0);
  g_signal_connect_object (settings, "changed::persian-calendar",
                           G_CALLBACK (format_setting_changed_cb), self, 0);
  g_signal_connect_object (settings, "changed::arabic-calendar",
                           G_CALLBACK (format_setting_changed_cb), self, 0);
}

static void
ensure_projects_page (DaftarWindow *self)
{
  if (self->projects_page != NULL || self->projects_slot == NULL)
    return;

  self->projects_page = DAFTAR_PROJECTS_PAGE (daftar_projects_page_new (self->context));
  g_signal_connect (self->projects_page, "edit-project", G_CALLBACK (edit_project_cb), self);
  g_signal_connect (self->projects_page, "archive-project", G_CALLBACK (archive_project_cb), self);
  g_signal_connect (self->projects_page, "delete-project", G_CALLBACK (delete_project_cb), self);
  g_signal_connect (self->projects_page, "record-payment", G_CALLBACK (record_payment_cb), self);
  adw_bin_set_child (self->projects_slot, GTK_WIDGET (self->projects_page));
}

static void
ensure_earnings_page (DaftarWindow *self)
{
  if (self->earnings_page != NULL || self->earnings_slot == NULL)
    return;

  self->earnings_page = daftar_earnings_page_new (self->context);
  adw_bin_set_child (self->earnings_slot, self->earnings_page);
}

static void
ensure_guidance_page (DaftarWindow *self)
{
  if (self->guidance_page != NULL || self->guidance_slot == NULL)
    return;

  self->guidance_page = DAFTAR_GUIDANCE_PAGE (daftar_guidance_page_new (self->context));
  adw_bin_set_child (self->guidance_slot, GTK_WIDGET (self->guidance_page));
}

static void
ensure_visible_page (DaftarWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (name, "projects") == 0)
    ensure_projects_page (self);
  else if (g_strcmp0 (name, "earnings") == 0)
    ensure_earnings_page (self);
  else if (g_strcmp0 (name, "guidance") == 0)
    ensure_guidance_page (self);
}

static void
add_pages (DaftarWindow *self)
{
  AdwViewStackPage *page;

  self->log_page = DAFTAR_LOG_PAGE (daftar_log_page_new (self->context));
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->log_page), "log", _("Log"));
  adw_view_stack_page_set_icon_name (page, "document-open-recent-symbolic");
  g_signal_connect (self->log_page, "edit-session", G_CALLBACK (edit_session_cb), self);
  g_signal_connect (self->log_page, "delete-session", G_CALLBACK (delete_session_cb), self);
  daftar_log_page_set_key_capture_widget (self->log_page, GTK_WIDGET (self));

  /* The other pages are built when first shown: the window then lays out
   * one page, not four, before its first frame. */
  self->projects_slot = ADW_BIN (adw_bin_new ());
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->projects_slot),
                                    "projects", _("Projects"));
  adw_view_stack_page_set_icon_name (page, "folder-symbolic");

  self->earnings_slot = ADW_BIN (adw_bin_new ());
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->earnings_slot),
                                    "earnings", _("Earnings"));
  adw_view_stack_page_set_icon_name (page, "x-office-spreadsheet-symbolic");

  self->guidance_slot = ADW_BIN (adw_bin_new ());
  /* Translators: the page of advice worked out from the ledger */
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->guidance_slot),
                                    "guidance", _("Guidance"));
  adw_view_stack_page_set_icon_name (page, "starred-symbolic");

  g_signal_connect_swapped (self->view_stack, "notify::visible-child",
                            G_CALLBACK (ensure_visible_page), self);
}

static gboolean
daftar_window_close_request (GtkWindow *window)
{
  daftar_window_flush_deletes (DAFTAR_WINDOW (window));
  daftar_window_finish_writes (DAFTAR_WINDOW (window));

  return GTK_WINDOW_CLASS (daftar_window_parent_class)->close_request (window);
}

/* Other programs' writes (daftar-cli, another window) show within a second,
 * and at once when the window comes to the front. */
static gboolean
watch_cb (gpointer user_data)
{
  DaftarWindow *self = user_data;

  daftar_store_check_outside_changes (self->store);
  return G_SOURCE_CONTINUE;
}

static void
active_cb (DaftarWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    daftar_store_check_outside_changes (self->store);
}

static void
daftar_window_constructed (GObject *object)
{
  DaftarWindow *self = (DaftarWindow *)object;

  G_OBJECT_CLASS (daftar_window_parent_class)->constructed (object);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  if (self->context != NULL)
    self->store = daftar_context_get_store (self->context);
  if (self->store != NULL)
    g_object_ref (self->store);

  if (self->store != NULL)
    {
      /* The main loop never waits long for another program's lock; a busy
       * write is retried (daftar-window-write.c). */
      daftar_store_set_busy_timeout (self->store, DAFTAR_STORE_APP_BUSY_TIMEOUT_MS);
      add_pages (self);
      self->watch_id = g_timeout_add (DAFTAR_WINDOW_WATCH_MS, watch_cb, self);
      g_signal_connect (self, "notify::is-active", G_CALLBACK (active_cb), NULL);
      daftar_timer_button_set_context (self->timer_button, self->context);
      g_signal_connect_object (self->timer_button, "start-timer",
                               G_CALLBACK (daftar_window_timer_start), self, G_CONNECT_SWAPPED);
      g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
    }

  bind_settings (self);
}

static void
daftar_window_dispose (GObject *object)
{
  DaftarWindow *self = (DaftarWindow *)object;

  if (self->pending_deletes != NULL)
    daftar_window_flush_deletes (self);
  daftar_window_finish_writes (self);
  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_handle_id (&self->load_id, g_source_remove);
  g_clear_weak_pointer (&self->undo_toast);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_window_parent_class)->dispose (object);
}

static void
daftar_window_finalize (GObject *object)
{
  DaftarWindow *self = (DaftarWindow *)object;

  g_clear_pointer (&self->pending_deletes, g_ptr_array_unref);

  G_OBJECT_CLASS (daftar_window_parent_class)->finalize (object);
}

static void
daftar_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DaftarWindow *self = DAFTAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DaftarWindow *self = DAFTAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      daftar_context_set_from_value (value, &self->context, NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_window_class_init (DaftarWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = daftar_window_constructed;
  object_class->dispose = daftar_window_dispose;
  object_class->finalize = daftar_window_finalize;
  object_class->get_property = daftar_window_get_property;
  object_class->set_property = daftar_window_set_property;
  window_class->close_request = daftar_window_close_request;

  properties[PROP_CONTEXT] = daftar_context_param_spec ();
  /* The context's ledger, NULL when it could not be opened */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DAFTAR_TYPE_STORE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  daftar_window_actions_class_init (widget_class);
  daftar_window_import_class_init (widget_class);

  g_type_ensure (DAFTAR_TYPE_TIMER_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, timer_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, busy_spinner);
}

static void
daftar_window_init (DaftarWindow *self)
{
  self->pending_deletes = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_delete_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  daftar_window_import_init (self);
}

/**
 * daftar_window_get_log_page:
 *
 * Returns: (transfer none) (nullable): the Log page, %NULL without a ledger
 */
DaftarLogPage *
daftar_window_get_log_page (DaftarWindow *self)
{
  g_return_val_if_fail (DAFTAR_IS_WINDOW (self), NULL);
  return self->log_page;
}

/**
 * daftar_window_get_projects_page:
 *
 * Returns: (transfer none) (nullable): the Projects page, %NULL without a ledger
 */
DaftarProjectsPage *
daftar_window_get_projects_page (DaftarWindow *self)
{
  g_return_val_if_fail (DAFTAR_IS_WINDOW (self), NULL);
  ensure_projects_page (self);
  return self->projects_page;
}

/**
 * daftar_window_get_guidance_page:
 *
 * Returns: (transfer none) (nullable): the Guidance page, %NULL without a ledger
 */
DaftarGuidancePage *
daftar_window_get_guidance_page (DaftarWindow *self)
{
  g_return_val_if_fail (DAFTAR_IS_WINDOW (self), NULL);
  ensure_guidance_page (self);
  return self->guidance_page;
}

/**
 * daftar_window_get_context:
 *
 * Returns: (transfer none) (nullable): the window's context, or %NULL when the
 *   ledger could not be opened
 */
DaftarContext *
daftar_window_get_context (DaftarWindow *self)
{
  g_return_val_if_fail (DAFTAR_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * daftar_window_has_loaded_log:
 *
 * Returns: whether the Log page has been asked to read its sessions, which it
 *   is once the window has drawn its first frame
 */
gboolean
daftar_window_has_loaded_log (DaftarWindow *self)
{
  g_return_val_if_fail (DAFTAR_IS_WINDOW (self), FALSE);

  return self->loaded && self->load_id == 0;
}

/**
 * daftar_window_set_watching:
 * @watching: whether to look for other programs' writes every second
 *
 * The window looks for other programs' writes to the ledger every second and
 * when it becomes active; tests turn the clock off to see what the window
 * does without it.
 */
void
daftar_window_set_watching (DaftarWindow *self,
                            gboolean      watching)
{
  g_return_if_fail (DAFTAR_IS_WINDOW (self));

  g_clear_handle_id (&self->watch_id, g_source_remove);
  if (watching && self->store != NULL)
    self->watch_id = g_timeout_add (DAFTAR_WINDOW_WATCH_MS, watch_cb, self);
}
