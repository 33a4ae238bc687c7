/* daftar-window-import.c — Import… in the main menu, and files dropped on the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both open the import dialog on the file (daftar-import-dialog.c), which previews it
 * before anything is written.
 */
#define G_LOG_DOMAIN "daftar-window"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-import-dialog.h"
#include "daftar-window-private.h"

/**
 * daftar_window_import_file:
 *
 * Opens the import dialog on @file.
 */
DaftarImportDialog *
daftar_window_import_file (DaftarWindow *self,
                           GFile        *file)
{
  DaftarImportDialog *dialog;

  g_return_val_if_fail (DAFTAR_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  dialog = daftar_import_dialog_new (self, self->context, file);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     DaftarWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        daftar_window_import_file (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DaftarWindow *self = DAFTAR_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) files = gtk_file_filter_new ();

  if (self->store == NULL)
    return;   /* no ledger to import into */

  /* Through the file chooser portal inside the Flatpak. */
  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (files, _("CSV, text and Daftar exports"));
  gtk_file_filter_add_mime_type (files, "text/csv");
  gtk_file_filter_add_mime_type (files, "text/plain");
  gtk_file_filter_add_mime_type (files, "application/json");
  gtk_file_filter_add_pattern (files, "*.csv");
  gtk_file_filter_add_pattern (files, "*.txt");
  gtk_file_filter_add_pattern (files, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), files);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         DaftarWindow  *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (self->store == NULL || files == NULL || files->next != NULL)
    return FALSE;   /* one file at a time */
  daftar_window_import_file (self, files->data);
  return TRUE;
}

/* Installs win.import on the window's class. */
void
daftar_window_import_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
}

/* A file dropped on the window opens the import dialog. */
void
daftar_window_import_init (DaftarWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
