/* test-invoice-dialog.c — New Invoice… and Export Report… in the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The invoice dialog opens from the window's action (the main menu and a project's row),
 * draws its preview in a worker, saves a PDF the ledger records, warns when the same
 * sessions were billed, and refuses fields it can't read without writing anything. The
 * Earnings page's export writes PDF and CSV from a worker. With DAFTAR_SCREENSHOT_DIR set,
 * the dialog is also saved as a PNG, in the direction and language of the environment.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "daftar-date-format.h"
#include "daftar-invoice-dialog.h"
#include "daftar-statement-export.h"
#include "daftar-store-invoices.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-ui-format.h"
#include "daftar-window.h"

static DaftarApplication *app;

typedef struct
{
  char         *dir;
  char         *path;
  DaftarStore  *store;
  DaftarWindow *window;
  gint64        project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = "Contract translation",
    .client = "Nordlicht GmbH",
    .platform = "direct",
    .category = DAFTAR_CATEGORY_TRANSLATION,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "EUR",
    .has_rate = TRUE,
    .rate_minor = 4000,
  };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  f->dir = daftar_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_store_add_project (f->store, &draft, &f->project, &error));
  g_assert_no_error (error);

  /* A session every other day for ten weeks: last month in any calendar has some. */
  for (int i = 1; i <= 70; i += 2)
    {
      DaftarSessionDraft session = {
        .project_id = f->project,
        .start_utc = (now / 86400 - i) * 86400 + 9 * 3600,
        .actual_seconds = 5400,
        .has_paid = TRUE,
        .paid_seconds = 3600,
        .note = i % 4 == 1 ? "Chapter review" : "",
      };

      g_assert_true (daftar_store_add_session (f->store, &session, NULL, &error));
      g_assert_no_error (error);
    }

  {
    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);

    f->window = daftar_window_new (app, context, NULL);
  }
  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->window)))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  daftar_test_destroy_toplevels (DAFTAR_TYPE_INVOICE_DIALOG);
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static DaftarInvoiceDialog *
find_dialog (void)
{
  return (DaftarInvoiceDialog *) daftar_test_find_toplevel (DAFTAR_TYPE_INVOICE_DIALOG);
}

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* Redraws the preview now; returns whether there is an invoice. */
static gboolean
refresh (DaftarInvoiceDialog  *dialog,
         GError              **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  daftar_invoice_dialog_refresh (dialog, result_cb, &result);
  return daftar_invoice_dialog_refresh_finish (dialog, wait_for (&result), error);
}

static DaftarInvoiceDialog *
open_dialog (Fixture *f,
             gint64   project)
{
  DaftarInvoiceDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-invoice", "x", project));
  daftar_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  return dialog;
}

static void
save_screenshot (GtkWindow  *window,
                 const char *name)
{
  const char *dir = g_getenv ("DAFTAR_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL)
    return;

  daftar_test_wait_frames (GTK_WIDGET (window), 3);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* How many visible labels under @root read @text. */
static guint
count_labels (GtkWidget  *root,
              const char *text)
{
  guint n = GTK_IS_LABEL (root) && gtk_widget_is_visible (root) &&
            g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);
  return n;
}

static gboolean
shows_invoiced (gpointer window)
{
  return count_labels (GTK_WIDGET (window), "Invoiced") > 0;
}

/* The preview is drawn, Save writes the PDF and the ledger records it. */
static void
test_preview_and_save (Fixture       *f,
                       gconstpointer  data)
{
  DaftarInvoiceDialog *dialog = open_dialog (f, f->project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) invoices = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "invoice.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *screenshot = NULL;
  GdkPaintable *preview;

  daftar_invoice_dialog_set_field (dialog, "tax", "VAT:9");
  daftar_invoice_dialog_set_field (dialog, "notes", "Thank you!");
  g_assert_true (refresh (dialog, &error));
  g_assert_no_error (error);
  preview = daftar_invoice_dialog_get_preview (dialog);
  g_assert_nonnull (preview);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (preview), >, 300);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (preview), >, gdk_paintable_get_intrinsic_width (preview));
  g_assert_cmpstr (daftar_invoice_dialog_get_message (dialog), ==, "");

  screenshot = g_strdup_printf ("invoice-dialog-%s.png",
                                gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL ? "rtl" : "ltr");
  save_screenshot (GTK_WINDOW (dialog), screenshot);

  file = g_file_new_for_path (pdf);
  daftar_invoice_dialog_save_to (dialog, file, result_cb, &result);
  g_assert_true (daftar_invoice_dialog_save_finish (dialog, wait_for (&result), &error));
  g_assert_no_error (error);
  daftar_test_iterate ();
  g_assert_null (find_dialog ());

  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  invoices = daftar_store_list_invoices (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (invoices->len, ==, 1);
  g_assert_cmpstr (((DaftarInvoiceRecord *) g_ptr_array_index (invoices, 0))->number, ==, "1");
  g_assert_cmpint (((DaftarInvoiceRecord *) g_ptr_array_index (invoices, 0))->n_sessions, >, 0);

  /* The Log marks the billed sessions. */
  daftar_test_show_page (f->window, "log");
  if (g_str_has_prefix (daftar_format_get_locale (daftar_context_get_format (daftar_window_get_context (f->window))), "en"))
    {
      /* The Log reloads in a worker and shows its rows a few a frame:
       * wait for the mark rather than for a number of frames. */
      daftar_test_wait_until (shows_invoiced, f->window, 10000);
      g_assert_cmpuint (count_labels (GTK_WIDGET (f->window), "Invoiced"), >, 0);
    }

  /* The same sessions again: the next number, and a warning. */
  dialog = open_dialog (f, f->project);
  g_assert_true (refresh (dialog, &error));
  g_assert_cmpstr (daftar_invoice_dialog_get_message (dialog), !=, "");
  if (g_str_has_prefix (daftar_format_get_locale (daftar_context_get_format (daftar_window_get_context (f->window))), "en"))
    g_assert_nonnull (strstr (daftar_invoice_dialog_get_message (dialog), "already billed"));
}

/* Another project, with a session every third day of the last month. */
static void
add_project (Fixture    *f,
             const char *name,
             const char *client,
             gint64      rate_minor)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = name,
    .client = client,
    .platform = "direct",
    .category = DAFTAR_CATEGORY_TRANSLATION,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "EUR",
    .has_rate = TRUE,
    .rate_minor = rate_minor,
  };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 id;

  g_assert_true (daftar_store_add_project (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  for (int i = 2; i <= 30; i += 3)
    {
      DaftarSessionDraft session = {
        .project_id = id,
        .start_utc = (now / 86400 - i) * 86400 + 10 * 3600,
        .actual_seconds = 7200,
        .has_paid = TRUE,
        .paid_seconds = 7200,
        .note = "Drafts",
      };

      g_assert_true (daftar_store_add_session (f->store, &session, NULL, &error));
      g_assert_no_error (error);
    }
}

/* Types the last forty days into From and To, as the user's calendar writes them. */
static void
set_period (DaftarInvoiceDialog *dialog,
            DaftarDay           *out_from,
            DaftarDay           *out_to)
{
  GDate from, to;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autoptr(DaftarContext) context = NULL;

  g_object_get (dialog, "context", &context, NULL);
  g_date_set_time_t (&to, time (NULL));
  g_date_subtract_days (&to, 1);
  from = to;
  g_date_subtract_days (&from, 39);
  from_text = daftar_format_date (daftar_context_get_format (context), &from, DAFTAR_DATE_STYLE_NUMERIC);
  to_text = daftar_format_date (daftar_context_get_format (context), &to, DAFTAR_DATE_STYLE_NUMERIC);
  daftar_invoice_dialog_set_field (dialog, "from", from_text);
  daftar_invoice_dialog_set_field (dialog, "to", to_text);
  *out_from = daftar_day_from_date (&from);
  *out_to = daftar_day_from_date (&to);
}

/* What core bills for @project alone, or for @client. */
static DaftarInvoice *
core_invoice (Fixture               *f,
              const char            *project,
              const char            *client,
              DaftarDay              from,
              DaftarDay              to,
              DaftarInvoiceGrouping  grouping)
{
  g_autoptr(GError) error = NULL;
  DaftarInvoice *invoice = daftar_store_build_invoice (f->store, project, client, from, to, grouping, &error);

  g_assert_no_error (error);
  g_assert_true (daftar_invoice_finish (invoice, &error));
  g_assert_no_error (error);
  return invoice;
}

/* Billing a client: the sessions of all its projects, and no other client's. */
static void
test_client (Fixture       *f,
             gconstpointer  data)
{
  DaftarInvoiceDialog *dialog;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) invoices = NULL;
  g_autoptr(DaftarInvoice) first = NULL;
  g_autoptr(DaftarInvoice) second = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "client.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  const DaftarInvoice *invoice;
  const DaftarInvoiceRecord *record;
  DaftarDay from, to;
  gint64 total;

  add_project (f, "Website copy", "Nordlicht GmbH", 5000);
  add_project (f, "Logo", "Andalus Studio", 9000);
  dialog = open_dialog (f, f->project);
  set_period (dialog, &from, &to);
  daftar_invoice_dialog_set_field (dialog, "client", "Nordlicht GmbH");
  g_assert_true (refresh (dialog, &error));
  g_assert_no_error (error);

  first = core_invoice (f, "Contract translation", NULL, from, to, DAFTAR_INVOICE_BY_DAY);
  second = core_invoice (f, "Website copy", NULL, from, to, DAFTAR_INVOICE_BY_DAY);
  g_assert_cmpint (first->total_minor, >, 0);
  g_assert_cmpint (second->total_minor, ==, 10 * 2 * 5000);
  total = first->total_minor + second->total_minor;

  invoice = daftar_invoice_dialog_get_invoice (dialog);
  g_assert_nonnull (invoice);
  g_assert_cmpstr (invoice->client, ==, "Nordlicht GmbH");
  g_assert_cmpint (invoice->project_id, ==, 0);
  g_assert_cmpint (invoice->total_minor, ==, total);
  g_assert_cmpuint (invoice->session_ids->len, ==, first->session_ids->len + second->session_ids->len);
  g_assert_true (daftar_invoice_dialog_can_save (dialog));

  daftar_invoice_dialog_save_to (dialog, file, result_cb, &result);
  g_assert_true (daftar_invoice_dialog_save_finish (dialog, wait_for (&result), &error));
  g_assert_no_error (error);
  invoices = daftar_store_list_invoices (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (invoices->len, ==, 1);
  record = g_ptr_array_index (invoices, 0);
  g_assert_cmpstr (record->client, ==, "Nordlicht GmbH");
  g_assert_cmpint (record->total_minor, ==, total);
  g_assert_cmpint (record->n_sessions, ==, first->session_ids->len + second->session_ids->len);
}

/* By task: one line per note, as core groups them, and the preview follows the choice. */
static void
test_by_task (Fixture       *f,
              gconstpointer  data)
{
  DaftarInvoiceDialog *dialog = open_dialog (f, f->project);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarInvoice) by_task = NULL;
  const DaftarInvoice *invoice;
  DaftarDay from, to;
  guint by_day_lines;
  gboolean chapter = FALSE;

  set_period (dialog, &from, &to);
  g_assert_true (refresh (dialog, &error));
  g_assert_no_error (error);
  by_day_lines = daftar_invoice_dialog_get_invoice (dialog)->lines->len;

  daftar_invoice_dialog_set_field (dialog, "group", "task");
  g_assert_true (refresh (dialog, &error));
  g_assert_no_error (error);
  invoice = daftar_invoice_dialog_get_invoice (dialog);
  by_task = core_invoice (f, "Contract translation", NULL, from, to, DAFTAR_INVOICE_BY_NOTE);

  /* Sessions every other day, every other one a chapter review: two tasks. */
  g_assert_cmpuint (invoice->lines->len, ==, 2);
  g_assert_cmpuint (by_day_lines, >, invoice->lines->len);
  g_assert_cmpuint (invoice->lines->len, ==, by_task->lines->len);
  for (guint i = 0; i < invoice->lines->len; i++)
    {
      const DaftarInvoiceLine *line = g_ptr_array_index (invoice->lines, i);
      const DaftarInvoiceLine *expected = g_ptr_array_index (by_task->lines, i);

      g_assert_cmpstr (line->description, ==, expected->description);
      g_assert_cmpint (line->seconds, ==, expected->seconds);
      g_assert_cmpint (line->amount_minor, ==, expected->amount_minor);
      chapter |= g_strcmp0 (line->description, "Chapter review") == 0;
    }
  g_assert_true (chapter);
  g_assert_cmpint (invoice->total_minor, ==, by_task->total_minor);
}

/* A field that can't be read: no invoice, Save offers nothing, the ledger as it was. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  DaftarInvoiceDialog *dialog = open_dialog (f, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "bad.pdf", NULL);

  daftar_invoice_dialog_set_field (dialog, "from", "the day after");
  g_assert_false (refresh (dialog, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpstr (daftar_invoice_dialog_get_message (dialog), !=, "");
  /* The form marks the row for the eye and for a screen reader, and Save waits. */
  g_assert_true (gtk_test_accessible_has_state (GTK_ACCESSIBLE (daftar_invoice_dialog_get_field_row (dialog, "from")),
                                                GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_true (gtk_widget_has_css_class (daftar_invoice_dialog_get_field_row (dialog, "from"), "error"));
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (daftar_invoice_dialog_get_field_row (dialog, "to")),
                                                 GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_false (daftar_invoice_dialog_can_save (dialog));

  g_clear_object (&f->store);
  before = daftar_test_dump_db (f->path);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (pdf);
  daftar_invoice_dialog_save_to (dialog, file, result_cb, &result);
  g_assert_false (daftar_invoice_dialog_save_finish (dialog, wait_for (&result), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  /* The refused Save puts the focus on the first field at fault. */
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (dialog));

    g_assert_nonnull (focus);
    g_assert_true (focus == daftar_invoice_dialog_get_field_row (dialog, "from") ||
                   gtk_widget_is_ancestor (focus, daftar_invoice_dialog_get_field_row (dialog, "from")));
  }
  g_assert_false (daftar_invoice_dialog_can_save (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  daftar_test_iterate ();
  g_clear_object (&f->store);
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (after, ==, before);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
test_export_report (Fixture       *f,
                    gconstpointer  data)
{
  const char *formats[] = { "pdf", "csv", "json" };
  DaftarEarningsQuery query = { 0, 0, "EUR", DAFTAR_EARNINGS_BY_PROJECT, DAFTAR_EARNINGS_BASIS_WORK };
  gint64 today = g_get_real_time () / G_USEC_PER_SEC / 86400;

  query.from = (DaftarDay) (today - 80);
  query.to = (DaftarDay) today;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("report.%s", formats[i]);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;

      daftar_statement_export_to (GTK_WIDGET (f->window), daftar_window_get_context (f->window), &query, file, formats[i], "fa",
                                  result_cb, &result);
      g_assert_true (daftar_statement_export_finish (wait_for (&result), &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      if (i == 0)
        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      else if (i == 1)
        g_assert_true (g_str_has_prefix (contents, "key,label,"));
      else
        g_assert_nonnull (strstr (contents, "\"Contract translation\""));
    }

  /* Never over the ledger. */
  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) file = g_file_new_for_path (f->path);

    daftar_statement_export_to (GTK_WIDGET (f->window), daftar_window_get_context (f->window), &query, file, "pdf", "en",
                                result_cb, &result);
    g_assert_false (daftar_statement_export_finish (wait_for (&result), &error));
    g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_LEDGER_FILE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  const char *language = g_getenv ("LANGUAGE");
  int status;

  /* The accessible states the form sets are kept for the tests to read. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  daftar_test_ui_init (&argc, &argv);
  if (g_getenv ("DAFTAR_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("DAFTAR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* gtk_test_init () speaks English: Persian and Arabic screenshots set the direction. */
  if (language != NULL && (g_str_has_prefix (language, "fa") || g_str_has_prefix (language, "ar")))
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/invoice-dialog/preview-and-save", test_preview_and_save);
  ADD ("/invoice-dialog/client", test_client);
  ADD ("/invoice-dialog/by-task", test_by_task);
  ADD ("/invoice-dialog/refused", test_refused);
  ADD ("/invoice-dialog/export-report", test_export_report);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
