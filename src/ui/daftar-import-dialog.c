/* daftar-import-dialog.c — a file's preview, its columns' mapping, and the import itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opened with a file (from Import… or dropped on the window).  The file is first
 * imported as a dry run, which writes nothing: the preview shows its format, the
 * time zone its times are read in, what would be created and matched, the rows
 * imported before, and each bad row with its line and why.  A CSV Daftar doesn't know
 * gets the mapping step first: a choice of meaning per column, remembered for the next
 * file like it.  Import runs the same in a GTask worker on its own connection, with a
 * progress bar and Cancel (which leaves nothing written); the window then shows a toast
 * whose Undo takes the whole batch back.
 *
 * Text from the file (column names, project names, reasons) is never markup.
 */
#define G_LOG_DOMAIN "daftar-import-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daftar-import-dialog.h"
#include "daftar-plain-text.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

#define MAX_BAD_ROWS_SHOWN 50

struct _DaftarImportDialog
{
  AdwWindow           parent_instance;

  DaftarWindow       *window;      /* weak */
  DaftarContext      *context;
  DaftarStore        *store;       /* the context's */
  GFile              *file;
  DaftarImportResult *preview;
  GHashTable         *mapping;     /* column → DaftarImportField; NULL until the mapping step */
  char              **header;      /* a CSV's columns, for the mapping step */
  gboolean            skip_bad_rows;
  gboolean            importing;
  GCancellable       *cancellable;
  gint                progress;    /* per mille, from the worker */
  guint               progress_id;

  GtkStack           *stack;
  AdwPreferencesPage *page;
  AdwStatusPage      *status;
  GtkProgressBar     *progress_bar;
  GtkWidget          *import_button;
  GtkWidget          *cancel_button;
  GList              *groups;      /* AdwPreferencesGroup in @page */
};

G_DEFINE_FINAL_TYPE (DaftarImportDialog, daftar_import_dialog, ADW_TYPE_WINDOW)

typedef struct
{
  char       *currency;
  char       *db_path;
  char       *file_path;
  GHashTable *mapping;
  gboolean    dry_run;
  gboolean    skip;
  gint       *progress;
  char      **header;    /* out, when the file needs a mapping */
  DaftarFormat *format;  /* the worker's copy, for the digits of the ledger's messages */
} Job;

static void
job_free (Job *job)
{
  g_free (job->currency);
  g_free (job->db_path);
  g_clear_pointer (&job->format, daftar_format_unref);
  g_free (job->file_path);
  g_clear_pointer (&job->mapping, g_hash_table_unref);
  g_strfreev (job->header);
  g_free (job);
}

static void
on_progress (guint64  done,
             guint64  total,
             gpointer user_data)
{
  Job *job = user_data;

  if (total > 0)
    g_atomic_int_set (job->progress, (gint) MIN (1000, done * 1000 / total));
}

/* In the worker: the import on a connection of its own. */
static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open_with_format (job->db_path, job->format, &error);
  DaftarImportResult *result;
  DaftarImportOptions options = {
    .format = job->mapping != NULL ? DAFTAR_IMPORT_FORMAT_CSV : DAFTAR_IMPORT_FORMAT_AUTO,
    .skip_bad_rows = job->skip,
    .dry_run = job->dry_run,
    .mapping = job->mapping,
    .cancellable = cancellable,
    .progress = on_progress,
    .progress_data = job,
  };

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  daftar_store_set_busy_timeout (store, DAFTAR_STORE_BUSY_TIMEOUT_MS);
  options.currency = job->currency;
  result = daftar_import_file (store, job->file_path, &options, &error);
  daftar_store_close (store, NULL);

  if (result == NULL)
    {
      if (g_error_matches (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_NEEDS_MAPPING))
        job->header = daftar_import_peek_header (job->file_path, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) daftar_import_result_free);
}

static void
clear_groups (DaftarImportDialog *self)
{
  for (GList *l = self->groups; l != NULL; l = l->next)
    adw_preferences_page_remove (self->page, l->data);
  g_clear_pointer (&self->groups, g_list_free);
}

static AdwPreferencesGroup *
add_group (DaftarImportDialog *self,
           const char         *title,
           const char         *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  if (title != NULL)
    adw_preferences_group_set_title (group, title);
  if (description != NULL)
    daftar_preferences_group_set_plain_description (group, description);
  adw_preferences_page_add (self->page, group);
  self->groups = g_list_append (self->groups, group);
  return group;
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  return row;
}

static void
add_count (DaftarFormat        *format,
           AdwPreferencesGroup *group,
           const char          *message,
           guint                n)
{
  g_autofree char *count = daftar_format_integer (format, n);
  g_auto(GStrv) parts = g_strsplit (message, "%s", 2);
  g_autofree char *text = g_strconcat (parts[0], count, parts[1] != NULL ? parts[1] : "", NULL);

  if (n > 0)
    add_row (group, text, NULL);
}

static char *
join_names (GPtrArray *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        /* Translators: between names in a list */
        g_string_append (text, _(", "));
      /* Each name isolated: Latin and Persian names side by side keep their order. */
      {
        g_autofree char *name = daftar_text_isolate (g_ptr_array_index (names, i));

        g_string_append (text, name);
      }
    }
  /* A list in the interface's language, whatever script its first name is in. */
  return daftar_sentence_take (g_string_free (text, FALSE));
}

static void
update_buttons (DaftarImportDialog *self)
{
  const DaftarImportResult *r = self->preview;
  gboolean ready = r != NULL && !self->importing &&
                   (r->bad_rows->len == 0 || self->skip_bad_rows) &&
                   r->sessions + r->payments + r->fees + r->costs + r->other_records +
                   r->created_projects->len > 0;

  gtk_widget_set_sensitive (self->import_button, ready);
}

static void
skip_toggled_cb (GtkSwitch          *button,
                 GParamSpec         *pspec,
                 DaftarImportDialog *self)
{
  self->skip_bad_rows = gtk_switch_get_active (button);
  update_buttons (self);
}

static void
show_preview (DaftarImportDialog *self)
{
  const DaftarImportResult *r = self->preview;
  DaftarFormat *format = daftar_context_get_format (self->context);
  AdwPreferencesGroup *group;

  clear_groups (self);

  group = add_group (self, _("File"), NULL);
  {
    g_autofree char *name = g_file_get_basename (self->file);

    add_row (group, _("Format"), daftar_import_format_get_label (r->format));
    add_row (group, _("Time zone"), r->timezone);
    add_row (group, _("File name"), name);
  }

  group = add_group (self, _("What will be imported"), NULL);
  add_count (format, group, g_dngettext (GETTEXT_PACKAGE, "%s session", "%s sessions", r->sessions), r->sessions);
  add_count (format, group, g_dngettext (GETTEXT_PACKAGE, "%s payment", "%s payments", r->payments), r->payments);
  add_count (format, group, g_dngettext (GETTEXT_PACKAGE, "%s platform fee set on its payment",
                                 "%s platform fees set on their payments", r->fees), r->fees);
  add_count (format, group, g_dngettext (GETTEXT_PACKAGE, "%s cost (withdrawal fee, connects, membership or refund)",
                                 "%s costs (withdrawal fees, connects, membership or refunds)", r->costs), r->costs);
  add_count (format, group, g_dngettext (GETTEXT_PACKAGE, "%s other record (tools, exchange rates, fee terms)",
                                 "%s other records (tools, exchange rates, fee terms)", r->other_records),
             r->other_records);
  if (r->created_projects->len > 0)
    {
      g_autofree char *names = join_names (r->created_projects);

      add_row (group, _("Projects created:"), names);
    }
  if (r->matched_projects->len > 0)
    {
      g_autofree char *names = join_names (r->matched_projects);

      add_row (group, _("Projects matched:"), names);
    }
  add_count (format, group, g_dngettext (GETTEXT_PACKAGE, "%s client created", "%s clients created", r->clients_created),
             r->clients_created);
  add_count (format, group, g_dngettext (GETTEXT_PACKAGE, "%s row skipped: imported before",
                                 "%s rows skipped: imported before", r->duplicates), r->duplicates);
  if (r->sessions + r->payments + r->fees + r->costs + r->other_records + r->created_projects->len == 0)
    add_row (group, _("Nothing new to import."), NULL);

  if (r->bad_rows->len > 0)
    {
      g_autofree char *count = daftar_format_integer (format, r->bad_rows->len);
      g_autofree char *title = NULL;
      GtkWidget *row, *toggle;

      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row can’t be imported",
                                            "%s rows can’t be imported", r->bad_rows->len), count);
      group = add_group (self, title,
                         _("A file with rows that can’t be imported imports nothing, unless you skip them."));
      row = add_row (group, _("Skip These Rows and Import the Others"), NULL);
      toggle = gtk_switch_new ();
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), self->skip_bad_rows);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Skip These Rows and Import the Others"), -1);
      g_signal_connect_object (toggle, "notify::active", G_CALLBACK (skip_toggled_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);

      for (guint i = 0; i < r->bad_rows->len && i < MAX_BAD_ROWS_SHOWN; i++)
        {
          const DaftarImportBadRow *bad = g_ptr_array_index (r->bad_rows, i);
          g_autofree char *line = daftar_format_integer (format, bad->line);
          g_autofree char *where = NULL;

          /* Translators: the line of the file a bad row is on */
          where = bad->line > 0 ? g_strdup_printf (_("Line %s"), line) : g_strdup (_("Daftar export"));
          add_row (group, where, bad->reason);
        }
    }

  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_buttons (self);
}

static void
field_selected_cb (AdwComboRow        *row,
                   GParamSpec         *pspec,
                   DaftarImportDialog *self)
{
  const char *column = g_object_get_data (G_OBJECT (row), "column");

  g_hash_table_insert (self->mapping, g_strdup (column), GUINT_TO_POINTER (adw_combo_row_get_selected (row)));
}

static void apply_clicked_cb (GtkButton *button, DaftarImportDialog *self);

/* A first guess from a column's name, in English as payout sheets name them; the
 * user checks it before anything is imported. */
static DaftarImportField
guess_field (const char *column)
{
  static const struct { const char *word; DaftarImportField field; } words[] = {
    { "currency", DAFTAR_IMPORT_FIELD_CURRENCY }, { "date", DAFTAR_IMPORT_FIELD_DATE },
    { "day", DAFTAR_IMPORT_FIELD_DATE }, { "start", DAFTAR_IMPORT_FIELD_START },
    { "end", DAFTAR_IMPORT_FIELD_END }, { "hours", DAFTAR_IMPORT_FIELD_DURATION },
    { "duration", DAFTAR_IMPORT_FIELD_DURATION }, { "time spent", DAFTAR_IMPORT_FIELD_DURATION },
    { "amount", DAFTAR_IMPORT_FIELD_AMOUNT }, { "payout", DAFTAR_IMPORT_FIELD_AMOUNT },
    { "earned", DAFTAR_IMPORT_FIELD_AMOUNT }, { "paid", DAFTAR_IMPORT_FIELD_AMOUNT },
    { "project", DAFTAR_IMPORT_FIELD_PROJECT }, { "queue", DAFTAR_IMPORT_FIELD_PROJECT },
    { "note", DAFTAR_IMPORT_FIELD_NOTE }, { "comment", DAFTAR_IMPORT_FIELD_NOTE },
    { "description", DAFTAR_IMPORT_FIELD_NOTE },
  };
  g_autofree char *lower = g_utf8_strdown (column, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (lower, words[i].word) != NULL)
      return words[i].field;
  return DAFTAR_IMPORT_FIELD_IGNORE;
}

static void
show_mapping (DaftarImportDialog *self,
              const char         *message)
{
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  AdwPreferencesGroup *group;
  GtkWidget *button;

  clear_groups (self);
  g_clear_pointer (&self->preview, daftar_import_result_free);
  if (self->mapping == NULL)
    self->mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint f = 0; f < DAFTAR_N_IMPORT_FIELDS; f++)
    gtk_string_list_append (fields, daftar_import_field_get_label (f));

  group = add_group (self, _("What Each Column Holds"), message);
  for (guint i = 0; self->header != NULL && self->header[i] != NULL; i++)
    {
      GtkWidget *row = adw_combo_row_new ();
      gpointer field = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->header[i]);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (fields));
      g_object_set_data_full (G_OBJECT (row), "column", g_strdup (self->header[i]), g_free);
      if (!g_hash_table_lookup_extended (self->mapping, self->header[i], NULL, &field))
        {
          field = GUINT_TO_POINTER (guess_field (self->header[i]));
          g_hash_table_insert (self->mapping, g_strdup (self->header[i]), field);
        }
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), GPOINTER_TO_UINT (field));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (field_selected_cb), self, 0);
      adw_preferences_group_add (group, row);
    }

  button = gtk_button_new_with_mnemonic (_("_Preview"));
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  g_signal_connect_object (button, "clicked", G_CALLBACK (apply_clicked_cb), self, 0);
  adw_preferences_group_add (group, button);

  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_buttons (self);
}

static void
show_error (DaftarImportDialog *self,
            const GError       *error)
{
  adw_status_page_set_title (self->status, _("This File Can’t Be Imported"));
  daftar_status_page_set_plain_description (self->status, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_sensitive (self->import_button, FALSE);
}

static void undo_clicked_cb (AdwToast *toast, gpointer user_data);

static void
imported (DaftarImportDialog *self,
          DaftarImportResult *result)
{
  guint n = result->sessions + result->payments + result->fees + result->costs + result->other_records;
  g_autofree char *count = daftar_format_integer (daftar_context_get_format (self->context), n);
  g_autofree char *title = NULL;
  AdwToast *toast;

  daftar_store_check_outside_changes (self->store);
  if (self->window == NULL)
    return;

  if (result->batch_id > 0)
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %s record", "Imported %s records", n), count);
      toast = daftar_toast_new_plain (title);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
      g_object_set_data (G_OBJECT (toast), "batch", GSIZE_TO_POINTER ((gsize) result->batch_id));
      g_object_set_data (G_OBJECT (toast), "window", self->window);
      g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), NULL);
      daftar_window_add_undo_toast (self->window, toast);
    }
  else
    daftar_window_add_toast (self->window, daftar_toast_new_plain (_("Nothing new to import.")));
}

static void
undo_clicked_cb (AdwToast *toast,
                 gpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  DaftarStore *store = g_object_get_data (G_OBJECT (toast), "store");
  gint64 batch = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "batch"));
  DaftarWindow *window = g_object_get_data (G_OBJECT (toast), "window");

  if (!daftar_import_undo (store, batch, &error))
    daftar_window_add_toast (window, daftar_toast_new_plain (error->message));
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  DaftarImportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
job_done_cb (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  DaftarImportDialog *self = DAFTAR_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  Job *job = g_task_get_task_data (G_TASK (res));
  gboolean dry_run = job->dry_run;
  DaftarImportResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  g_clear_handle_id (&self->progress_id, g_source_remove);
  self->importing = FALSE;
  gtk_widget_set_sensitive (self->cancel_button, TRUE);

  if (result == NULL)
    {
      if (g_error_matches (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_NEEDS_MAPPING) && job->header != NULL)
        {
          g_strfreev (self->header);
          self->header = g_strdupv (job->header);
          show_mapping (self, error->message);
        }
      else if (!dry_run && self->preview != NULL &&
               (g_error_matches (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_CANCELLED) ||
                g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)))
        show_preview (self);
      else
        show_error (self, error);
      return;
    }

  if (dry_run)
    {
      g_clear_pointer (&self->preview, daftar_import_result_free);
      self->preview = result;
      show_preview (self);
      return;
    }

  imported (self, result);
  daftar_import_result_free (result);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
run_job (DaftarImportDialog *self,
         gboolean            dry_run)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  /* For files that name no currency: the one the app shows money in. */
  job->currency = daftar_ui_format_home_currency (self->context);
  job->db_path = g_strdup (daftar_store_get_path (self->store));
  job->format = daftar_ui_format_new_copy (self->context);
  job->file_path = g_file_get_path (self->file);
  job->dry_run = dry_run;
  job->skip = self->skip_bad_rows;
  job->progress = &self->progress;
  if (self->mapping != NULL && self->header != NULL)
    job->mapping = g_hash_table_ref (self->mapping);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->importing = TRUE;
  g_atomic_int_set (&self->progress, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_set_sensitive (self->import_button, FALSE);
  self->progress_id = g_timeout_add (100, progress_tick_cb, self);

  task = g_task_new (self, self->cancellable, job_done_cb, NULL);
  /* What the worker did, even when Cancel came too late to stop it. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, import_thread);
}

static void
apply_clicked_cb (GtkButton          *button,
                  DaftarImportDialog *self)
{
  daftar_import_dialog_apply_mapping (self);
}

static void
import_clicked_cb (GtkButton          *button,
                   DaftarImportDialog *self)
{
  daftar_import_dialog_start (self);
}

static void
cancel_clicked_cb (GtkButton          *button,
                   DaftarImportDialog *self)
{
  if (self->importing)
    daftar_import_dialog_cancel (self);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
daftar_import_dialog_dispose (GObject *object)
{
  DaftarImportDialog *self = DAFTAR_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->preview, daftar_import_result_free);
  g_clear_pointer (&self->mapping, g_hash_table_unref);
  g_clear_pointer (&self->header, g_strfreev);
  g_clear_pointer (&self->groups, g_list_free);

  G_OBJECT_CLASS (daftar_import_dialog_parent_class)->dispose (object);
}

static void
daftar_import_dialog_class_init (DaftarImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = daftar_import_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
daftar_import_dialog_init (DaftarImportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *progress_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label, *spinner;

  gtk_window_set_title (GTK_WINDOW (self), _("Import"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_object (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked_cb), self, 0);
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  gtk_widget_set_sensitive (self->import_button, FALSE);
  g_signal_connect_object (self->import_button, "clicked", G_CALLBACK (import_clicked_cb), self, 0);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->cancel_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  gtk_box_append (GTK_BOX (box), header);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->page), "preview");

  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->status, "dialog-warning-symbolic");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->status), "error");

  gtk_widget_set_valign (progress_box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (progress_box, 36);
  gtk_widget_set_margin_end (progress_box, 36);
  spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_box_append (GTK_BOX (progress_box), spinner);
  label = gtk_label_new (_("Reading the file…"));
  gtk_box_append (GTK_BOX (progress_box), label);
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import progress"), -1);
  gtk_box_append (GTK_BOX (progress_box), GTK_WIDGET (self->progress_bar));
  gtk_stack_add_named (self->stack, progress_box, "progress");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * daftar_import_dialog_new:
 *
 * Opens on a dry run of @file: nothing is written until Import.
 */
DaftarImportDialog *
daftar_import_dialog_new (DaftarWindow  *window,
                          DaftarContext *context,
                          GFile         *file)
{
  DaftarImportDialog *self = g_object_new (DAFTAR_TYPE_IMPORT_DIALOG, NULL);

  g_return_val_if_fail (daftar_context_get_store (context) != NULL, self);

  g_set_weak_pointer (&self->window, window);
  if (window != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (window));
  self->context = g_object_ref (context);
  self->store = g_object_ref (daftar_context_get_store (context));
  self->file = g_object_ref (file);
  run_job (self, TRUE);
  return self;
}

const DaftarImportResult *
daftar_import_dialog_get_preview (DaftarImportDialog *self)
{
  return self->preview;
}

gboolean
daftar_import_dialog_is_busy (DaftarImportDialog *self)
{
  return self->importing;
}

const char *
daftar_import_dialog_get_page (DaftarImportDialog *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

void
daftar_import_dialog_set_field (DaftarImportDialog *self,
                                const char         *column,
                                DaftarImportField   field)
{
  g_return_if_fail (self->mapping != NULL);
  g_hash_table_insert (self->mapping, g_strdup (column), GUINT_TO_POINTER (field));
}

/* The preview again, with the mapping chosen. */
void
daftar_import_dialog_apply_mapping (DaftarImportDialog *self)
{
  run_job (self, TRUE);
}

void
daftar_import_dialog_set_skip_bad_rows (DaftarImportDialog *self,
                                        gboolean            skip)
{
  self->skip_bad_rows = skip;
  update_buttons (self);
}

void
daftar_import_dialog_start (DaftarImportDialog *self)
{
  g_return_if_fail (!self->importing);
  run_job (self, FALSE);
}

/* Stops the running import: nothing of it is written. */
void
daftar_import_dialog_cancel (DaftarImportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}
