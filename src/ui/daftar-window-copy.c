/* daftar-window-copy.c — Export… and Back Up Ledger… from the main menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is picked through the file-chooser portal (GtkFileChooserNative on
 * GTK 4.8, GtkFileDialog from 4.10), then written in a worker thread with a
 * connection of its own, while a toast shows the progress and can cancel it.
 * Both go through core: the export through daftar-export.c into a
 * DaftarSafeFile, the backup through daftar_store_backup_to(); so neither
 * writes over the ledger, and a failed or cancelled one leaves no file.
 */
#define G_LOG_DOMAIN "daftar-window"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-format-typed.h"
#include "daftar-export.h"
#include "daftar-format.h"
#include "daftar-safe-file.h"
#include "daftar-store-copy.h"
#include "daftar-text.h"
#include "daftar-window-copy.h"
#include "daftar-window-private.h"

#define JOB_KEY "daftar-copy-job"

/* Work done sooner needs no progress toast, only the result. */
#define PROGRESS_DELAY_MS 300

typedef struct
{
  DaftarWindowCopy  kind;
  char             *path;
  GCancellable     *cancellable;
  int               percent;      /* atomic: the last one the worker reported */

  /* Touched in the main thread only, and let go there when the work ends */
  DaftarWindow     *window;
  DaftarStore      *store;
  DaftarFormat     *format;       /* the window's context's, for the progress */
  GApplication     *app;          /* held until the work ends */
  AdwToast         *toast;        /* the progress toast, until it goes away */
  guint             show_id;      /* shows the toast when the work takes a while */
  GTask            *caller;
} CopyJob;

static void
copy_job_clear (CopyJob *job)
{
  g_free (job->path);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->format, daftar_format_unref);
}

static CopyJob *
copy_job_ref (CopyJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
copy_job_unref (CopyJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) copy_job_clear);
}

static void
set_actions_enabled (DaftarWindow *self,
                     gboolean      enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back-up", enabled);
}

/* A toast's title is markup in libadwaita 1.2: @text goes in escaped. */
static void
add_toast (DaftarWindow *self,
           const char   *text,
           gboolean      is_error)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  /* Normal priority, here and for the progress: libadwaita 1.2 aborts when a
   * high-priority toast pushes back one that is still hiding. */
  if (is_error)
    adw_toast_set_timeout (toast, 0);
  daftar_window_add_toast (self, toast);
}

static char *
progress_title (DaftarFormat     *format,
                DaftarWindowCopy  kind,
                int               percent)
{
  g_autofree char *number = NULL;

  if (kind != DAFTAR_WINDOW_COPY_BACKUP)
    return g_strdup (_("Exporting the ledger…"));
  if (percent < 0)
    return g_strdup (_("Backing up the ledger…"));

  number = daftar_format_percent (format, percent, 0);
  /* Translators: a toast while the backup runs; %s is a percentage, like 40% */
  return g_strdup_printf (_("Backing up the ledger… %s"), number);
}

static gboolean
update_progress_cb (gpointer user_data)
{
  CopyJob *job = user_data;

  if (job->toast != NULL)
    {
      g_autofree char *title = progress_title (job->format, job->kind, g_atomic_int_get (&job->percent));

      adw_toast_set_title (job->toast, title);
    }

  return G_SOURCE_REMOVE;
}

/* In the worker: the toast is updated in the main thread, once a percent. */
static void
backup_progress_cb (guint64  done,
                    guint64  total,
                    gpointer user_data)
{
  CopyJob *job = user_data;
  int percent = total > 0 ? (int) (done * 100 / total) : 0;

  if (g_atomic_int_get (&job->percent) == percent)
    return;

  g_atomic_int_set (&job->percent, percent);
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, update_progress_cb,
                              copy_job_ref (job), (GDestroyNotify) copy_job_unref);
}

static gboolean
export_to (CopyJob       *job,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(DaftarStore) reader = NULL;
  g_autoptr(DaftarSafeFile) file = NULL;
  GOutputStream *output;
  gboolean ok;

  if (!(reader = daftar_store_open_reader (job->store, error)) ||
      !(file = daftar_safe_file_new (reader, job->path, error)))
    return FALSE;

  output = daftar_safe_file_get_stream (file);
  ok = job->kind == DAFTAR_WINDOW_COPY_CSV ? daftar_export_csv (reader, output, cancellable, error)
                                           : daftar_export_json (reader, output, cancellable, error);

  return ok && daftar_safe_file_commit (file, error);
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CopyJob *job = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (job->kind == DAFTAR_WINDOW_COPY_BACKUP)
    ok = daftar_store_backup_to (job->store, job->path, cancellable, backup_progress_cb, job, &error);
  else
    ok = export_to (job, cancellable, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
open_folder_cb (AdwToast *toast,
                GFile    *file)
{
  GtkWidget *window = g_object_get_data (G_OBJECT (toast), "window");

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_open_containing_folder (launcher, GTK_WINDOW (window), NULL, NULL, NULL);
#else
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *uri = parent != NULL ? g_file_get_uri (parent) : NULL;

  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (window), uri, GDK_CURRENT_TIME);
#endif
}

static void
show_done (CopyJob *job)
{
  g_autoptr(GFile) file = g_file_new_for_path (job->path);
  g_autofree char *base = g_path_get_basename (job->path);
  g_autofree char *name = daftar_text_isolate (base);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (job->kind == DAFTAR_WINDOW_COPY_BACKUP)
    /* Translators: a toast; %s is the file's name */
    title = g_strdup_printf (_("Ledger backed up to “%s”"), escaped);
  else
    /* Translators: a toast; %s is the file's name */
    title = g_strdup_printf (_("Ledger exported to “%s”"), escaped);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("Open _Folder"));
  g_object_set_data (G_OBJECT (toast), "window", job->window);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_folder_cb),
                         g_steal_pointer (&file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  daftar_window_add_toast (job->window, toast);
}

static void
copy_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  CopyJob *job = user_data;
  g_autoptr(GTask) caller = g_steal_pointer (&job->caller);
  g_autoptr(DaftarWindow) window = g_steal_pointer (&job->window);
  g_autoptr(DaftarStore) store = g_steal_pointer (&job->store);
  g_autoptr(GApplication) app = g_steal_pointer (&job->app);
  g_autoptr(AdwToast) toast = g_steal_pointer (&job->toast);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  job->window = window;
  if (toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (toast, job);
      if (job->show_id == 0)
        adw_toast_dismiss (toast);
    }
  g_clear_handle_id (&job->show_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (window, job);
  g_object_set_data (G_OBJECT (window), JOB_KEY, NULL);
  set_actions_enabled (window, TRUE);

  if (gtk_widget_in_destruction (GTK_WIDGET (window)))
    ;  /* closed meanwhile (and so cancelled): no toast to show */
  else if (ok)
    show_done (job);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    add_toast (window,
               job->kind == DAFTAR_WINDOW_COPY_BACKUP ? _("Backup cancelled. Nothing was written.")
                                                      : _("Export cancelled. Nothing was written."),
               FALSE);
  else
    add_toast (window, error->message, TRUE);
  job->window = NULL;

  if (error != NULL)
    g_task_return_error (caller, g_steal_pointer (&error));
  else
    g_task_return_boolean (caller, TRUE);
  copy_job_unref (job);
  if (app != NULL)
    g_application_release (app);
}

/* A window closed while the work runs cancels it: no partial file is left. */
static void
window_destroyed_cb (GtkWidget *window,
                     CopyJob   *job)
{
  g_cancellable_cancel (job->cancellable);
}

static void
cancel_clicked_cb (AdwToast *toast,
                   CopyJob  *job)
{
  g_cancellable_cancel (job->cancellable);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  CopyJob *job = user_data;

  job->show_id = 0;
  if (job->toast != NULL && !gtk_widget_in_destruction (GTK_WIDGET (job->window)))
    daftar_window_add_toast (job->window, job->toast);
  return G_SOURCE_REMOVE;
}

/* The progress toast went away (closed, or pushed out): the work goes on. */
static void
progress_dismissed_cb (AdwToast *toast,
                       CopyJob  *job)
{
  g_signal_handlers_disconnect_by_data (toast, job);
  g_clear_object (&job->toast);
}

/**
 * daftar_window_copy_to:
 * @kind: a backup, or an export and its format
 * @file: a local file to write; never the ledger
 *
 * Writes @file off the main thread, showing a toast with the progress and a
 * Cancel button, then one naming the file or the error. What Export… and Back
 * Up Ledger… do once a file is picked; the tests call it with a file.
 */
void
daftar_window_copy_to (DaftarWindow        *self,
                       DaftarWindowCopy     kind,
                       GFile               *file,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) caller = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;
  g_autofree char *path = NULL;
  CopyJob *job;

  g_return_if_fail (DAFTAR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  caller = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (caller, daftar_window_copy_to);

  if (self->store == NULL)
    {
      g_task_return_new_error (caller, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                               _("No ledger is open."));
      return;
    }
  if (g_object_get_data (G_OBJECT (self), JOB_KEY) != NULL)
    {
      g_task_return_new_error (caller, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("An export or a backup is already running. Wait for it to finish, or cancel it."));
      return;
    }

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      GError *error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                   _("%s is not a file on this computer. Nothing was written; choose a local file."),
                                   uri);

      add_toast (self, error->message, TRUE);
      g_task_return_error (caller, error);
      return;
    }

  job = g_atomic_rc_box_new0 (CopyJob);
  job->kind = kind;
  job->path = g_steal_pointer (&path);
  job->percent = -1;
  job->cancellable = g_cancellable_new ();
  job->window = g_object_ref (self);
  job->store = g_object_ref (self->store);
  job->format = daftar_format_ref (daftar_context_get_format (self->context));
  job->caller = g_steal_pointer (&caller);
  if (gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    {
      /* The app stays until the worker is done, even with its window closed. */
      job->app = G_APPLICATION (g_object_ref (gtk_window_get_application (GTK_WINDOW (self))));
      g_application_hold (job->app);
    }
  g_signal_connect (self, "destroy", G_CALLBACK (window_destroyed_cb), job);

  title = progress_title (job->format, kind, -1);
  job->toast = g_object_ref (adw_toast_new (title));
  adw_toast_set_button_label (job->toast, _("_Cancel"));
  adw_toast_set_timeout (job->toast, 0);
  g_signal_connect (job->toast, "button-clicked", G_CALLBACK (cancel_clicked_cb), job);
  g_signal_connect (job->toast, "dismissed", G_CALLBACK (progress_dismissed_cb), job);
  job->show_id = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, job);

  g_object_set_data (G_OBJECT (self), JOB_KEY, job);
  set_actions_enabled (self, FALSE);

  /* No source object: the task may be let go in the worker, the window never. */
  task = g_task_new (NULL, job->cancellable, copy_done_cb, job);
  g_task_set_source_tag (task, daftar_window_copy_to);
  /* A file already in place is reported as written, whenever Cancel came. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, copy_job_ref (job), (GDestroyNotify) copy_job_unref);
  g_task_run_in_thread (task, copy_thread);
}

gboolean
daftar_window_copy_finish (DaftarWindow  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Picking the file */

/* The format of an export: from the file's name, else the filter picked. */
static DaftarWindowCopy
export_kind_for (GFile   *file,
                 gboolean csv_filter)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *lower = base != NULL ? g_ascii_strdown (base, -1) : g_strdup ("");

  if (g_str_has_suffix (lower, ".csv"))
    return DAFTAR_WINDOW_COPY_CSV;
  if (g_str_has_suffix (lower, ".json"))
    return DAFTAR_WINDOW_COPY_JSON;
  return csv_filter ? DAFTAR_WINDOW_COPY_CSV : DAFTAR_WINDOW_COPY_JSON;
}

static void
add_filter (GListStore *filters,
            const char *name,
            const char *mime_type,
            const char *pattern,
            const char *format)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data (G_OBJECT (filter), "format", (gpointer) format);
  g_list_store_append (filters, filter);
}

static void
picked (DaftarWindow  *self,
        gboolean       backup,
        GFile         *file,
        GtkFileFilter *filter)
{
  gboolean csv_filter = filter != NULL &&
                        g_strcmp0 (g_object_get_data (G_OBJECT (filter), "format"), "csv") == 0;

  daftar_window_copy_to (self, backup ? DAFTAR_WINDOW_COPY_BACKUP : export_kind_for (file, csv_filter),
                         file, NULL, NULL);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(DaftarWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean backup = GPOINTER_TO_INT (g_object_get_data (object, "backup"));

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file != NULL)
    picked (self, backup, file, NULL);
  else if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) &&
           !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
    add_toast (self, error->message, TRUE);
}
#else
static void
chooser_response_cb (GtkNativeDialog *native,
                     int              response,
                     DaftarWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));   /* transfer none */

      if (file != NULL)
        picked (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "backup")), file, filter);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}
#endif

static void
pick_file (DaftarWindow *self,
           gboolean      backup)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = g_strdup_printf (backup ? "daftar-backup-%s.db" : "daftar-export-%s.json", day);
  const char *title = backup ? _("Back Up Ledger") : _("Export Ledger as JSON or CSV");
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  if (backup)
    add_filter (filters, _("Daftar ledger"), "application/vnd.sqlite3", "*.db", "db");
  else
    {
      add_filter (filters, _("JSON"), "application/json", "*.json", "json");
      add_filter (filters, _("CSV (spreadsheets)"), "text/csv", "*.csv", "csv");
    }

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_initial_name (dialog, name);
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    gtk_file_dialog_set_modal (dialog, TRUE);
    g_object_set_data (G_OBJECT (dialog), "backup", GINT_TO_POINTER (backup));
    gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, save_done_cb, g_object_ref (self));
  }
#else
  {
    GtkFileChooserNative *native =
      gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                   _("_Save"), _("_Cancel"));

    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filters)); i++)
      {
        g_autoptr(GtkFileFilter) filter = g_list_model_get_item (G_LIST_MODEL (filters), i);

        gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
      }
    g_object_set_data (G_OBJECT (native), "backup", GINT_TO_POINTER (backup));
    g_signal_connect_object (native, "response", G_CALLBACK (chooser_response_cb), self, 0);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  if (DAFTAR_WINDOW (widget)->store != NULL && g_object_get_data (G_OBJECT (widget), JOB_KEY) == NULL)
    pick_file (DAFTAR_WINDOW (widget), FALSE);
}

static void
back_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  if (DAFTAR_WINDOW (widget)->store != NULL && g_object_get_data (G_OBJECT (widget), JOB_KEY) == NULL)
    pick_file (DAFTAR_WINDOW (widget), TRUE);
}

/* Installs win.export (Ctrl+E) and win.back-up on the window's class. */
void
daftar_window_copy_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.back-up", NULL, back_up_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}
