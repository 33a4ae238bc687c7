/* test-payment-dialog.c — recording, changing and deleting a payment in the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog is opened from the main window's action (the menu item and Ctrl+Shift+P),
 * so a deletion's undo goes through the window's toast and Ctrl+Z.
 */
#include "config.h"

#include <adwaita.h>

#include "daftar-payment-dialog.h"
#include "daftar-payments-window.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-window.h"

static DaftarApplication *app;

typedef struct
{
  char         *dir;
  char         *path;
  DaftarStore  *store;
  DaftarWindow *window;
  gint64        logo;
  gint64        evals;
} Fixture;

static gint64
add_project (Fixture       *f,
             const char    *name,
             const char    *platform,
             DaftarPricing  pricing,
             const char    *currency)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = name,
    .platform = platform,
    .category = DAFTAR_CATEGORY_GRAPHIC_DESIGN,
    .pricing = pricing,
    .currency = currency,
    .has_rate = pricing == DAFTAR_PRICING_HOURLY,
    .rate_minor = 2000,
    .has_price = pricing == DAFTAR_PRICING_FIXED,
    .price_minor = 50000,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_project (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = daftar_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  f->evals = add_project (f, "Evals", "outlier", DAFTAR_PRICING_HOURLY, "EUR");
  f->logo = add_project (f, "Logo", "fiverr", DAFTAR_PRICING_FIXED, "USD");

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
  daftar_test_destroy_toplevels (DAFTAR_TYPE_PAYMENT_DIALOG);
  daftar_test_destroy_toplevels (DAFTAR_TYPE_PAYMENTS_WINDOW);
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static DaftarPaymentDialog *
find_dialog (void)
{
  return (DaftarPaymentDialog *) daftar_test_find_toplevel (DAFTAR_TYPE_PAYMENT_DIALOG);
}

static GtkWidget *
field (DaftarPaymentDialog *dialog,
       const char          *name)
{
  GtkWidget *row = daftar_test_find_by_name (GTK_WIDGET (dialog), name);

  g_assert_nonnull (row);
  return row;
}

static void
type (DaftarPaymentDialog *dialog,
      const char          *name,
      const char          *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, name)), text);
}

static const char *
text_of (DaftarPaymentDialog *dialog,
         const char          *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (field (dialog, name)));
}

static void
choose_project (DaftarPaymentDialog *dialog,
                const char          *name)
{
  AdwComboRow *row = ADW_COMBO_ROW (field (dialog, "payment-project"));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *shown = daftar_test_combo_item_text (row, item);

      if (g_str_equal (shown, name))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }

  g_assert_not_reached ();
}

static GPtrArray *
payments (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = daftar_store_list_payments (f->store, &error);

  g_assert_no_error (error);
  return list;
}

static DaftarPaymentDialog *
open_new (Fixture *f)
{
  DaftarPaymentDialog *dialog;

  /* The main menu's item and Ctrl+Shift+P */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.record-payment", NULL));
  daftar_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (daftar_payment_dialog_get_payment_id (dialog), ==, 0);
  return dialog;
}

static void
record_logo_milestone (Fixture *f)
{
  DaftarPaymentDialog *dialog = open_new (f);

  choose_project (dialog, "Logo");
  type (dialog, "payment-date", "2025-12-01");
  type (dialog, "payment-amount", "300");
  type (dialog, "payment-withdrawal-fee", "1");
  type (dialog, "payment-platform-fee", "60");
  type (dialog, "payment-note", "Milestone 1 of 2");
  daftar_payment_dialog_save (dialog);
  daftar_test_iterate ();
  g_assert_null (find_dialog ());
}

static void
test_record (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DaftarPaymentDialog *dialog;
  const DaftarPayment *y;

  /* Refused input says why, on the field, and writes nothing */
  before = daftar_test_dump_db (f->path);
  dialog = open_new (f);
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (dialog), "currency"), ==, "EUR");
  choose_project (dialog, "Logo");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (dialog), "currency"), ==, "USD");
  type (dialog, "payment-date", "2025-12-01");
  type (dialog, "payment-amount", "abc");
  daftar_payment_dialog_save (dialog);
  g_assert_true (find_dialog () == dialog);
  g_assert_true (gtk_widget_has_css_class (field (dialog, "payment-amount"), "error"));
  g_assert_true (gtk_widget_get_visible (field (dialog, "payment-error")));

  type (dialog, "payment-amount", "100");
  type (dialog, "payment-withdrawal-fee", "1");
  type (dialog, "payment-platform-fee", "99.01");
  daftar_payment_dialog_save (dialog);
  g_assert_true (find_dialog () == dialog);
  g_assert_true (gtk_widget_has_css_class (field (dialog, "payment-platform-fee"), "error"));
  g_assert_false (gtk_widget_has_css_class (field (dialog, "payment-amount"), "error"));
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (dialog), "payment-error"), ==,
                   "The platform fee and the withdrawal fee together can’t be more than the payment.");

  type (dialog, "payment-platform-fee", "");
  type (dialog, "payment-date", "2999-01-01");
  daftar_payment_dialog_save (dialog);
  g_assert_true (find_dialog () == dialog);
  g_assert_true (gtk_widget_has_css_class (field (dialog, "payment-date"), "error"));
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);
  gtk_window_destroy (GTK_WINDOW (dialog));
  daftar_test_iterate ();

  record_logo_milestone (f);
  list = payments (f);
  g_assert_cmpuint (list->len, ==, 1);
  y = g_ptr_array_index (list, 0);
  g_assert_cmpint (y->project_id, ==, f->logo);
  g_assert_cmpstr (y->date, ==, "2025-12-01");
  g_assert_cmpint (y->amount.minor, ==, 30000);
  g_assert_cmpstr (y->amount.currency, ==, "USD");
  g_assert_cmpint (y->withdrawal_fee_minor, ==, 100);
  g_assert_true (y->has_platform_fee);
  g_assert_cmpint (y->platform_fee_minor, ==, 6000);
  g_assert_cmpstr (y->note, ==, "Milestone 1 of 2");
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  DaftarPaymentDialog *dialog;
  const DaftarPayment *y;
  gint64 id;

  record_logo_milestone (f);
  list = payments (f);
  id = ((DaftarPayment *) g_ptr_array_index (list, 0))->id;
  g_clear_pointer (&list, g_ptr_array_unref);

  dialog = daftar_payment_dialog_new (GTK_WINDOW (f->window), daftar_window_get_context (f->window), id, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  daftar_test_iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Payment");
  g_assert_cmpstr (text_of (dialog, "payment-date"), ==, "2025-12-01");
  g_assert_cmpstr (text_of (dialog, "payment-amount"), ==, "300.00");
  g_assert_cmpstr (text_of (dialog, "payment-withdrawal-fee"), ==, "1.00");
  g_assert_cmpstr (text_of (dialog, "payment-platform-fee"), ==, "60.00");
  g_assert_cmpstr (text_of (dialog, "payment-note"), ==, "Milestone 1 of 2");

  /* The platform didn't say after all: the fee is worked out by rule again */
  type (dialog, "payment-amount", "350.50");
  type (dialog, "payment-platform-fee", "");
  type (dialog, "payment-date", "2025-12-02");
  daftar_payment_dialog_save (dialog);
  daftar_test_iterate ();
  g_assert_null (find_dialog ());

  list = payments (f);
  g_assert_cmpuint (list->len, ==, 1);
  y = g_ptr_array_index (list, 0);
  g_assert_cmpint (y->id, ==, id);
  g_assert_cmpint (y->amount.minor, ==, 35050);
  g_assert_cmpstr (y->date, ==, "2025-12-02");
  g_assert_false (y->has_platform_fee);
  g_assert_cmpint (y->withdrawal_fee_minor, ==, 100);
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) back = NULL;
  DaftarPaymentDialog *dialog;
  const DaftarPayment *y;

  record_logo_milestone (f);
  list = payments (f);

  dialog = daftar_payment_dialog_new (GTK_WINDOW (f->window), daftar_window_get_context (f->window),
                                      ((DaftarPayment *) g_ptr_array_index (list, 0))->id, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  daftar_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "payment.delete", NULL));
  daftar_test_iterate ();
  g_assert_null (find_dialog ());
  g_clear_pointer (&back, g_ptr_array_unref);
  back = payments (f);
  g_assert_cmpuint (back->len, ==, 0);

  /* Ctrl+Z while the toast shows: the same payment is back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  daftar_test_iterate ();
  g_clear_pointer (&back, g_ptr_array_unref);
  back = payments (f);
  g_assert_cmpuint (back->len, ==, 1);
  y = g_ptr_array_index (back, 0);
  g_assert_cmpint (y->project_id, ==, f->logo);
  g_assert_cmpstr (y->date, ==, "2025-12-01");
  g_assert_cmpint (y->amount.minor, ==, 30000);
  g_assert_cmpint (y->withdrawal_fee_minor, ==, 100);
  g_assert_true (y->has_platform_fee);
  g_assert_cmpint (y->platform_fee_minor, ==, 6000);
  g_assert_cmpstr (y->note, ==, "Milestone 1 of 2");

  /* Only once: a second Ctrl+Z has nothing of the payment's to take back */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  daftar_test_iterate ();
  g_clear_pointer (&back, g_ptr_array_unref);
  back = payments (f);
  g_assert_cmpuint (back->len, ==, 1);
  g_assert_true (daftar_store_check_integrity (f->store, NULL));
}

/* Visible buttons named @name under @root, counted. */
static guint
count_shown (GtkWidget  *root,
             const char *name,
             GtkWidget **out_last)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0 && gtk_widget_get_visible (child))
        {
          *out_last = child;
          n++;
        }
      n += count_shown (child, name, out_last);
    }

  return n;
}

/* A fixed-price project's row records a payment for that project; an hourly one's doesn't. */
static void
test_from_project_row (Fixture       *f,
                       gconstpointer  data)
{
  DaftarProjectsPage *page = daftar_window_get_projects_page (f->window);
  GtkWidget *button = NULL;
  DaftarPaymentDialog *dialog;

  daftar_test_show_page (f->window, "projects");
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
  daftar_test_iterate ();
  g_assert_cmpuint (daftar_projects_page_get_n_shown (page), ==, 2);
  g_assert_cmpuint (count_shown (GTK_WIDGET (page), "record-payment", &button), ==, 1);

  /* A click (gtk_widget_activate () would click only after showing the press) */
  g_signal_emit_by_name (button, "clicked");
  daftar_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (dialog), "currency"), ==, "USD");
  type (dialog, "payment-amount", "120");
  daftar_payment_dialog_save (dialog);
  daftar_test_iterate ();
  g_assert_null (find_dialog ());
  {
    g_autoptr(GPtrArray) list = payments (f);

    g_assert_cmpuint (list->len, ==, 1);
    g_assert_cmpint (((DaftarPayment *) g_ptr_array_index (list, 0))->project_id, ==, f->logo);
    g_assert_cmpint (((DaftarPayment *) g_ptr_array_index (list, 0))->amount.minor, ==, 12000);
  }
}

static void
add_payment (Fixture    *f,
             gint64      project,
             const char *date,
             gint64      amount)
{
  g_autoptr(GError) error = NULL;
  DaftarPaymentDraft draft = { .project_id = project, .date = date, .amount_minor = amount };

  g_assert_true (daftar_store_add_payment (f->store, &draft, NULL, &error));
  g_assert_no_error (error);
}

static DaftarPaymentsWindow *
find_payments_window (void)
{
  return (DaftarPaymentsWindow *) daftar_test_find_toplevel (DAFTAR_TYPE_PAYMENTS_WINDOW);
}

/* The Payments window: newest first, all projects or one, a row opens its payment, and a
 * payment deleted from there comes back with Ctrl+Z in the main window. */
static void
test_payments_window (Fixture       *f,
                      gconstpointer  data)
{
  DaftarPaymentsWindow *payments_window;
  GtkListBox *list;
  DaftarPaymentDialog *dialog;
  GArray *ids;
  gint64 newest;

  add_payment (f, f->logo, "2025-11-20", 10000);
  add_payment (f, f->evals, "2025-12-05", 4000);
  add_payment (f, f->logo, "2025-12-01", 20000);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.payments", NULL));
  daftar_test_iterate ();
  payments_window = find_payments_window ();
  g_assert_nonnull (payments_window);
  ids = daftar_payments_window_get_payment_ids (payments_window);
  g_assert_cmpuint (ids->len, ==, 3);
  /* Newest first */
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, 1);

  daftar_payments_window_show_project (payments_window, f->logo);
  g_assert_cmpuint (ids->len, ==, 2);
  newest = g_array_index (ids, gint64, 0);
  g_assert_cmpint (newest, ==, 3);

  /* A row opens its payment; deleting it updates the list */
  list = GTK_LIST_BOX (daftar_test_find_by_name (GTK_WIDGET (payments_window), "payments"));
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  daftar_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (daftar_payment_dialog_get_payment_id (dialog), ==, newest);
  daftar_payment_dialog_delete (dialog);
  daftar_test_iterate ();
  g_assert_cmpuint (ids->len, ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  daftar_test_iterate ();
  g_assert_cmpuint (ids->len, ==, 2);
}

/* The placeholder of the Payments list, shown in place of rows */
static gboolean
says_no_payments (DaftarPaymentsWindow *payments_window)
{
  GtkWidget *list = daftar_test_find_by_name (GTK_WIDGET (payments_window), "payments");
  GtkWidget *label = daftar_test_find_label (list, "No payments recorded yet.");

  return label != NULL && gtk_widget_get_parent (label) == list && gtk_widget_get_child_visible (label);
}

/* An empty list says so: when first opened, for a project without payments, and once
 * its last payment is deleted (the list's refill kept its placeholder). */
static void
test_payments_window_empty (Fixture       *f,
                            gconstpointer  data)
{
  DaftarPaymentsWindow *payments_window;
  GtkListBox *list;
  DaftarPaymentDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.payments", NULL));
  daftar_test_iterate ();
  payments_window = find_payments_window ();
  g_assert_nonnull (payments_window);
  g_assert_true (says_no_payments (payments_window));
  gtk_window_destroy (GTK_WINDOW (payments_window));
  daftar_test_iterate ();

  add_payment (f, f->logo, "2025-12-01", 20000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.payments", NULL));
  daftar_test_iterate ();
  payments_window = find_payments_window ();
  g_assert_false (says_no_payments (payments_window));

  daftar_payments_window_show_project (payments_window, f->evals);
  g_assert_true (says_no_payments (payments_window));
  daftar_payments_window_show_project (payments_window, f->logo);
  g_assert_false (says_no_payments (payments_window));

  list = GTK_LIST_BOX (daftar_test_find_by_name (GTK_WIDGET (payments_window), "payments"));
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  daftar_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  daftar_payment_dialog_delete (dialog);
  daftar_test_iterate ();
  g_assert_true (says_no_payments (payments_window));
}

typedef struct
{
  GListModel *shown;
  guint       n;
} Shown;

static gboolean
shows_n (gpointer data)
{
  Shown *shown = data;

  return g_list_model_get_n_items (shown->shown) == shown->n;
}

/* The project filter finds a project by typing: its popup has a search, and
 * what it lists narrows to the projects whose name starts with the text. */
static void
test_filter_search (Fixture       *f,
                    gconstpointer  data)
{
  DaftarPaymentsWindow *payments_window;
  GtkWidget *filter, *search, *list;
  Shown shown;

  add_project (f, "طراحی لوگوی دفتر نور", "fiverr", DAFTAR_PRICING_FIXED, "USD");
  add_project (f, "طراحی جلد کتاب", "fiverr", DAFTAR_PRICING_FIXED, "USD");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.payments", NULL));
  daftar_test_iterate ();
  payments_window = find_payments_window ();
  filter = daftar_test_find_by_type (GTK_WIDGET (payments_window), GTK_TYPE_DROP_DOWN);
  g_assert_true (gtk_drop_down_get_enable_search (GTK_DROP_DOWN (filter)));

  search = daftar_test_find_by_type (filter, GTK_TYPE_SEARCH_ENTRY);
  list = daftar_test_find_by_type (filter, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (search);
  g_assert_nonnull (list);
  shown.shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  /* All Projects, Evals, Logo and the two Persian ones */
  g_assert_cmpuint (g_list_model_get_n_items (shown.shown), ==, 5);

  gtk_editable_set_text (GTK_EDITABLE (search), "طراحی");
  shown.n = 2;
  daftar_test_wait_until (shows_n, &shown, 5000);
  g_assert_cmpuint (g_list_model_get_n_items (shown.shown), ==, 2);

  gtk_editable_set_text (GTK_EDITABLE (search), "lo");
  shown.n = 1;
  daftar_test_wait_until (shows_n, &shown, 5000);
  g_assert_cmpuint (g_list_model_get_n_items (shown.shown), ==, 1);
  {
    g_autoptr(GtkStringObject) item = g_list_model_get_item (shown.shown, 0);

    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "Logo");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  daftar_test_ui_init (&argc, &argv);

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/payment-dialog/record", test_record);
  ADD ("/payment-dialog/edit", test_edit);
  ADD ("/payment-dialog/delete-and-undo", test_delete_and_undo);
  ADD ("/payment-dialog/from-project-row", test_from_project_row);
  ADD ("/payment-dialog/payments-window", test_payments_window);
  ADD ("/payment-dialog/payments-window-empty", test_payments_window_empty);
  ADD ("/payment-dialog/payments-filter-search", test_filter_search);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
