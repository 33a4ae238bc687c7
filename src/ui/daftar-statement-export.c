/* daftar-statement-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Earnings page's report leaves the app as a file or on paper. The file is picked
 * through the file-chooser portal (GtkFileChooserNative), with the document's language as
 * a choice; the report is worked out again and written in a worker thread on a read
 * connection of its own, so the main loop never waits, with a toast while it takes long.
 * PDF is the statement core draws (daftar-report-pdf.c); CSV and JSON are what
 * `daftar-cli report` writes. Printing draws the very same pages through GtkPrintOperation,
 * once the worker has the report.
 */
#define G_LOG_DOMAIN "daftar-statement-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "daftar-fee-rules.h"
#include "daftar-format.h"
#include "daftar-json.h"
#include "daftar-report-export.h"
#include "daftar-report-pdf.h"
#include "daftar-safe-file.h"
#include "daftar-statement-export.h"
#include "daftar-store-copy.h"
#include "daftar-store-report.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-window.h"

#define PROGRESS_DELAY_MS 300

typedef struct
{
  DaftarEarningsQuery   query;
  DaftarContext        *context;
  DaftarStore          *store;      /* the context's */
  DaftarFormat         *user_format; /* the context's, as the job began */
  char                 *name;       /* the invoice name setting, or NULL */
  const DaftarFeeRules *rules;      /* the context's; the input points to them */
  GError               *rules_error; /* why there are none */
  char                 *path;       /* NULL: only the report, for printing */
  char                 *format;     /* "pdf", "csv" or "json" */
  char                 *language;
  DaftarEarningsInput  *input;      /* the worker's result, for printing */
  DaftarEarningsReport *report;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_clear_pointer (&job->user_format, daftar_format_unref);
  g_clear_object (&job->context);
  g_free (job->name);
  g_clear_error (&job->rules_error);
  g_free (job->path);
  g_free (job->format);
  g_free (job->language);
  g_clear_pointer (&job->input, daftar_earnings_input_free);
  g_clear_pointer (&job->report, daftar_earnings_report_free);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

/* What the worker needs from the context, taken on the main thread. */
static Job *
job_new (DaftarContext             *context,
         const DaftarEarningsQuery *query)
{
  Job *job = g_new0 (Job, 1);
  GSettings *settings = daftar_context_get_settings (context);

  job->query = *query;
  job->context = g_object_ref (context);
  job->store = g_object_ref (daftar_context_get_store (context));
  job->user_format = daftar_format_ref (daftar_context_get_format (context));
  job->name = settings != NULL ? g_settings_get_string (settings, "invoice-name") : NULL;
  job->rules = daftar_context_get_fee_rules (context, &job->rules_error);
  return job;
}

/**
 * daftar_statement_default_language:
 * @context: the app's context
 *
 * Returns: the language documents are in unless chosen: the app's, when it is Persian
 *   or Arabic, else English
 */
const char *
daftar_statement_default_language (DaftarContext *context)
{
  const char *locale = daftar_format_get_locale (daftar_context_get_format (context));

  if (g_str_has_prefix (locale, "fa"))
    return "fa";
  if (g_str_has_prefix (locale, "ar"))
    return "ar";
  return "en";
}

/* In the worker: the report, on a connection of its own. */
static gboolean
load_report (Job     *job,
             GError **error)
{
  g_autoptr(DaftarStore) reader = NULL;

  if (job->rules == NULL)
    {
      g_propagate_error (error, g_error_copy (job->rules_error));
      return FALSE;
    }
  if (!(reader = daftar_store_open_reader (job->store, error)) ||
      !(job->input = daftar_store_load_earnings (reader, job->query.from, job->query.to,
                                                 job->query.currency, job->query.by, job->rules, error)))
    return FALSE;
  job->input->query.basis = job->query.basis;
  job->report = daftar_earnings_compute (job->input, error);
  return job->report != NULL;
}

static GBytes *
statement_pdf (Job           *job,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(DaftarStatement) statement = NULL;
  DaftarStatementOptions options = {
    .language = job->language,
    .user_format = job->user_format,
    .paper = daftar_paper_for_locale (daftar_format_get_locale (job->user_format)),
    .name = job->name,
  };

  if (!(statement = daftar_statement_new (job->input, job->report, &options, error)))
    return NULL;
  daftar_doc_set_cancellable (daftar_statement_get_doc (statement), cancellable);
  return daftar_statement_to_pdf (statement, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (!load_report (job, &error))
    goto fail;
  if (job->path == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (g_str_equal (job->format, "json"))
    {
      g_autoptr(JsonNode) root = daftar_report_to_json (job->report, NULL);
      g_autofree char *text = daftar_json_to_text (root, TRUE);

      bytes = g_bytes_new_take (g_strconcat (text, "\n", NULL), strlen (text) + 1);
    }
  else if (g_str_equal (job->format, "csv"))
    bytes = daftar_report_to_csv (job->report);
  else if (!(bytes = statement_pdf (job, cancellable, &error)))
    goto fail;

  if (!daftar_safe_file_save_bytes (job->store, job->path, bytes, cancellable, &error))
    goto fail;

  g_task_return_boolean (task, TRUE);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

static void
add_toast (GtkWidget  *widget,
           const char *text)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (DAFTAR_IS_WINDOW (root))
    daftar_window_add_toast (DAFTAR_WINDOW (root), adw_toast_new (escaped));
}

typedef struct
{
  GtkWidget *widget;
  AdwToast  *progress;
  guint      show_id;
  char      *name;
  GTask     *caller;
} Ui;

static void
ui_free (Ui *ui)
{
  g_clear_handle_id (&ui->show_id, g_source_remove);
  if (ui->progress != NULL)
    adw_toast_dismiss (ui->progress);
  g_clear_object (&ui->progress);
  g_clear_object (&ui->widget);
  g_clear_object (&ui->caller);
  g_free (ui->name);
  g_free (ui);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  Ui *ui = user_data;
  GtkRoot *root = gtk_widget_get_root (ui->widget);

  ui->show_id = 0;
  if (DAFTAR_IS_WINDOW (root))
    {
      /* Translators: a toast while a report is being written */
      ui->progress = g_object_ref (adw_toast_new (_("Writing the report…")));
      adw_toast_set_timeout (ui->progress, 0);
      daftar_window_add_toast (DAFTAR_WINDOW (root), ui->progress);
    }
  return G_SOURCE_REMOVE;
}

static Ui *
ui_new (GtkWidget  *widget,
        const char *path)
{
  Ui *ui = g_new0 (Ui, 1);

  ui->widget = g_object_ref (widget);
  ui->name = path != NULL ? g_path_get_basename (path) : NULL;
  ui->show_id = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, ui);
  return ui;
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Ui *ui = user_data;
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = daftar_text_isolate (ui->name);
      /* Translators: a toast; %s is the file's name */
      g_autofree char *text = g_strdup_printf (_("Report saved to “%s”"), name);

      add_toast (ui->widget, text);
      g_task_return_boolean (ui->caller, TRUE);
    }
  else
    {
      add_toast (ui->widget, error->message);
      g_task_return_error (ui->caller, g_steal_pointer (&error));
    }
  ui_free (ui);
}

/**
 * daftar_statement_export_to:
 * @format: "pdf", "csv" or "json"
 * @language: the PDF's language: "en", "fa" or "ar"
 *
 * Writes the report to @file in a worker thread, then shows a toast naming the file or
 * the error. What Export Report… does once a file is picked; tests call it directly.
 */
void
daftar_statement_export_to (GtkWidget                 *widget,
                            DaftarContext             *context,
                            const DaftarEarningsQuery *query,
                            GFile                     *file,
                            const char                *format,
                            const char                *language,
                            GAsyncReadyCallback        callback,
                            gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(Job) job = job_new (context, query);
  Ui *ui;

  job->path = g_file_get_path (file);
  job->format = g_strdup (format);
  job->language = g_strdup (language);

  ui = ui_new (widget, job->path);
  ui->caller = g_task_new (widget, NULL, callback, user_data);
  if (job->path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("That is not a file on this computer. Nothing was written; choose a local file."));

      add_toast (widget, error->message);
      g_task_return_error (ui->caller, g_steal_pointer (&error));
      ui_free (ui);
      return;
    }

  task = g_task_new (NULL, NULL, export_done_cb, ui);
  g_task_set_task_data (task, g_steal_pointer (&job), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
daftar_statement_export_finish (GAsyncResult  *result,
                                GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Picking the file */

static void
chooser_response_cb (GtkNativeDialog *native,
                     int              response,
                     gpointer         user_data)
{
  Job *job = user_data;
  GtkWidget *widget = g_object_get_data (G_OBJECT (native), "widget");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));
      const char *language = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "language");
      g_autofree char *base = file != NULL ? g_file_get_basename (file) : NULL;
      g_autofree char *lower = base != NULL ? g_ascii_strdown (base, -1) : NULL;
      const char *format = filter != NULL ? g_object_get_data (G_OBJECT (filter), "format") : "pdf";

      /* The name's extension wins over the filter. */
      if (lower != NULL && g_str_has_suffix (lower, ".csv"))
        format = "csv";
      else if (lower != NULL && g_str_has_suffix (lower, ".json"))
        format = "json";
      else if (lower != NULL && g_str_has_suffix (lower, ".pdf"))
        format = "pdf";

      if (file != NULL)
        daftar_statement_export_to (widget, job->context, &job->query, file, format != NULL ? format : "pdf",
                                    language != NULL ? language : daftar_statement_default_language (job->context),
                                    NULL, NULL);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  job_free (job);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *pattern,
            const char     *format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data (G_OBJECT (filter), "format", (gpointer) format);
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

/**
 * daftar_statement_export:
 *
 * Export Report…: asks where, in which format and language, then writes it.
 */
void
daftar_statement_export (GtkWidget                 *widget,
                         DaftarContext             *context,
                         const DaftarEarningsQuery *query)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *native;
  Job *job = job_new (context, query);
  char from[DAFTAR_DAY_ISO_LEN];
  g_autofree char *name = NULL;
  const char *ids[] = { "en", "fa", "ar", NULL };
  /* Translators: the languages a report or an invoice can be written in, each in itself */
  const char *labels[] = { "English", "فارسی", "العربية", NULL };

  daftar_day_to_iso (query->from, from);
  name = g_strdup_printf ("daftar-statement-%s.pdf", from);

  native = gtk_file_chooser_native_new (_("Export Report"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  add_filter (GTK_FILE_CHOOSER (native), _("PDF statement"), "application/pdf", "*.pdf", "pdf");
  add_filter (GTK_FILE_CHOOSER (native), _("CSV (spreadsheets)"), "text/csv", "*.csv", "csv");
  add_filter (GTK_FILE_CHOOSER (native), _("JSON"), "application/json", "*.json", "json");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (native), "language", _("Language"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (native), "language", daftar_statement_default_language (context));
  g_object_set_data_full (G_OBJECT (native), "widget", g_object_ref (widget), g_object_unref);
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Printing */

typedef struct
{
  Job             *job;
  DaftarStatement *statement;
} Print;

static void
print_free (Print *print)
{
  g_clear_pointer (&print->statement, daftar_statement_free);
  g_clear_pointer (&print->job, job_free);
  g_free (print);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Print             *print)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;

  daftar_doc_get_size (daftar_statement_get_doc (print->statement), &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width,
               gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  daftar_statement_draw_page (print->statement, cr, page);
  cairo_restore (cr);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               Print                   *print)
{
  print_free (print);
  g_object_unref (operation);
}

static void
print_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Ui *ui = user_data;
  g_autoptr(GError) error = NULL;
  Job *job = g_task_get_task_data (G_TASK (result));
  GtkRoot *root = gtk_widget_get_root (ui->widget);
  DaftarFormat *format = job->user_format;
  DaftarPaper paper = daftar_paper_for_locale (daftar_format_get_locale (format));
  DaftarStatementOptions options = { daftar_statement_default_language (job->context), format, paper, job->name };
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper == DAFTAR_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                                 : GTK_PAPER_NAME_A4);
  GtkPrintOperation *operation;
  Print *print;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      add_toast (ui->widget, error->message);
      job_free (job);
      ui_free (ui);
      return;
    }

  print = g_new0 (Print, 1);
  /* The job's input and report stay with the statement that draws them. */
  print->job = job;
  print->statement = daftar_statement_new (print->job->input, print->job->report, &options, &error);
  if (print->statement == NULL)
    {
      add_toast (ui->widget, error->message);
      print_free (print);
      ui_free (ui);
      return;
    }

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, size);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, daftar_statement_count_pages (print->statement));
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("Earnings Statement"));
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), print);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), print);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    add_toast (ui->widget, error->message);
  ui_free (ui);
}

/**
 * daftar_statement_print:
 *
 * Print…: works the report out in a worker, then prints the statement's pages.
 */
void
daftar_statement_print (GtkWidget                 *widget,
                        DaftarContext             *context,
                        const DaftarEarningsQuery *query)
{
  g_autoptr(GTask) task = NULL;
  Job *job = job_new (context, query);

  task = g_task_new (NULL, NULL, print_loaded_cb, ui_new (widget, NULL));
  /* Let go in print_loaded_cb: printing keeps it. */
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, export_thread);
}
