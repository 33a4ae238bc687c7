/* test-project-picker.c — finding a project among hundreds by typing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The payment and invoice dialogs pick their project through DaftarProjectPicker:
 * activating the row opens a search over the projects; typing filters them, Down
 * moves to the first match, Enter picks, Escape closes and keeps the project.
 * Keys go through the widgets' controllers (daftar_test_press_key()).
 */
#include "config.h"

#include <adwaita.h>

#include "daftar-invoice-dialog.h"
#include "daftar-payment-dialog.h"
#include "daftar-project-chooser.h"
#include "daftar-project-picker.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"

#define N_FILLER 300
#define WANTED "طراحی لوگوی دفتر نور"

static DaftarApplication *app;

typedef struct
{
  DaftarTestLedger ledger;   /* a new ledger in a temporary folder */
  DaftarContext *context;
  GtkWindow     *parent;
  gint64         first;
  gint64         wanted;
} Fixture;

static gint64
add_project (Fixture    *f,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = name,
    .platform = "upwork",
    .category = DAFTAR_CATEGORY_GRAPHIC_DESIGN,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "USD",
    .has_rate = TRUE,
    .rate_minor = 2000,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_project (f->ledger.store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  daftar_test_ledger_set_up (&f->ledger, NULL);
  for (guint i = 0; i < N_FILLER; i++)
    {
      g_autofree char *name = g_strdup_printf ("Evaluation batch %u", i);
      gint64 id = add_project (f, name);

      if (i == 0)
        f->first = id;
    }
  f->wanted = add_project (f, WANTED);
  f->context = daftar_test_context_new (app, f->ledger.store);
  f->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (f->parent);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  daftar_test_destroy_toplevels (DAFTAR_TYPE_PAYMENT_DIALOG);
  daftar_test_destroy_toplevels (DAFTAR_TYPE_INVOICE_DIALOG);
  gtk_window_destroy (f->parent);
  daftar_test_iterate ();
  g_clear_object (&f->context);
  daftar_test_ledger_tear_down (&f->ledger, NULL);
}

static void
show (GtkWindow *dialog)
{
  gtk_window_present (dialog);
  while (!gtk_widget_get_mapped (GTK_WIDGET (dialog)))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
}

/* Activates @row as a click or Space would, and returns its chooser, shown. */
static DaftarProjectChooser *
open_picker (GtkWidget *row)
{
  DaftarProjectChooser *chooser =
    DAFTAR_PROJECT_CHOOSER (daftar_project_picker_get_chooser (DAFTAR_PROJECT_PICKER (row)));

  adw_action_row_activate (ADW_ACTION_ROW (row));
  daftar_test_wait_frames (row, 2);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chooser)));
  return chooser;
}

static const char *
picked_name (GtkWidget *row)
{
  const DaftarProject *project = daftar_project_picker_get_selected (ADW_COMBO_ROW (row));

  g_assert_nonnull (project);
  return project->name;
}

static GtkWidget *
focus_of (GtkWidget *widget)
{
  return gtk_root_get_focus (gtk_widget_get_root (widget));
}

/* Typing filters to the match, Down moves to it, Enter picks it. */
static void
search_and_pick (GtkWidget *row)
{
  DaftarProjectChooser *chooser = open_picker (row);
  GtkSearchEntry *search = daftar_project_chooser_get_search (chooser);
  GListModel *shown = daftar_project_chooser_get_shown (chooser);
  GtkWidget *focus;

  /* Opened: every project listed, the search named and empty. */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_FILLER + 1);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, "Search projects");

  gtk_widget_grab_focus (GTK_WIDGET (search));
  gtk_editable_set_text (GTK_EDITABLE (search), "لوگوی");
  daftar_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  g_assert_true (daftar_test_press_key (row, GDK_KEY_Down, 0));
  daftar_test_wait_frames (row, 1);
  focus = focus_of (row);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (chooser)));
  g_assert_false (gtk_widget_is_ancestor (focus, GTK_WIDGET (search)) || focus == GTK_WIDGET (search));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_LABEL, WANTED);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_ROLE_GRID_CELL);

  g_assert_true (daftar_test_press_key (row, GDK_KEY_Return, 0));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (chooser)));
  g_assert_cmpstr (picked_name (row), ==, WANTED);
}

static void
test_payment_dialog (Fixture       *f,
                     gconstpointer  data)
{
  DaftarPaymentDialog *dialog = daftar_payment_dialog_new (f->parent, f->context, 0, 0);
  GtkWidget *row;

  show (GTK_WINDOW (dialog));
  row = daftar_test_find_by_name (GTK_WIDGET (dialog), "payment-project");
  g_assert_true (DAFTAR_IS_PROJECT_PICKER (row));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  g_assert_cmpstr (picked_name (row), ==, "Evaluation batch 0");

  search_and_pick (row);
}

/* Enter in the search picks the first match, without leaving it. */
static void
test_invoice_dialog (Fixture       *f,
                     gconstpointer  data)
{
  DaftarInvoiceDialog *dialog = daftar_invoice_dialog_new (f->parent, f->context, f->first);
  GtkWidget *row;
  DaftarProjectChooser *chooser;
  GtkSearchEntry *search;

  show (GTK_WINDOW (dialog));
  row = daftar_invoice_dialog_get_field_row (dialog, "project");
  g_assert_true (DAFTAR_IS_PROJECT_PICKER (row));
  g_assert_cmpstr (picked_name (row), ==, "Evaluation batch 0");

  chooser = open_picker (row);
  search = daftar_project_chooser_get_search (chooser);
  gtk_widget_grab_focus (GTK_WIDGET (search));
  gtk_editable_set_text (GTK_EDITABLE (search), "نور");
  daftar_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (daftar_project_chooser_get_shown (chooser)), ==, 1);
  g_signal_emit_by_name (search, "activate");
  daftar_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (chooser)));
  g_assert_cmpstr (picked_name (row), ==, WANTED);
}

/* Escape closes the search and keeps the project; a search with no match says so. */
static void
test_escape_and_no_match (Fixture       *f,
                          gconstpointer  data)
{
  DaftarPaymentDialog *dialog = daftar_payment_dialog_new (f->parent, f->context, 0, f->wanted);
  GtkWidget *row;
  DaftarProjectChooser *chooser;
  GtkSearchEntry *search;

  show (GTK_WINDOW (dialog));
  row = daftar_test_find_by_name (GTK_WIDGET (dialog), "payment-project");
  g_assert_cmpstr (picked_name (row), ==, WANTED);

  /* Opening focuses the project picked, far down the list */
  chooser = open_picker (row);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (focus_of (row)), GTK_ACCESSIBLE_PROPERTY_LABEL, WANTED);

  search = daftar_project_chooser_get_search (chooser);
  gtk_widget_grab_focus (GTK_WIDGET (search));
  gtk_editable_set_text (GTK_EDITABLE (search), "zzz");
  daftar_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (daftar_project_chooser_get_shown (chooser)), ==, 0);
  g_assert_true (daftar_test_shows_text (GTK_WIDGET (chooser), "No project matches “\u2068zzz\u2069”.", TRUE));

  g_assert_true (daftar_test_press_key (row, GDK_KEY_Escape, 0));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (chooser)));
  g_assert_cmpstr (picked_name (row), ==, WANTED);
}

/* Closing the dialog while its search is open (Escape is not the only way
 * out: the window manager, Ctrl+W) leaves no popover behind and warns of nothing. */
static void
test_close_with_search_open (Fixture       *f,
                             gconstpointer  data)
{
  DaftarPaymentDialog *dialog = daftar_payment_dialog_new (f->parent, f->context, 0, f->wanted);
  g_autoptr(GtkWidget) kept = NULL;
  GtkWidget *row;
  DaftarProjectChooser *chooser;

  show (GTK_WINDOW (dialog));
  row = daftar_test_find_by_name (GTK_WIDGET (dialog), "payment-project");
  chooser = open_picker (row);
  kept = g_object_ref (GTK_WIDGET (chooser));
  gtk_editable_set_text (GTK_EDITABLE (daftar_project_chooser_get_search (chooser)), "نور");
  daftar_test_iterate ();

  gtk_window_close (GTK_WINDOW (dialog));
  daftar_test_wait_frames (GTK_WIDGET (f->parent), 3);
  g_assert_false (gtk_widget_get_mapped (kept));
  g_assert_null (gtk_widget_get_root (kept));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  /* The accessible tree, kept in memory, so the names can be read */
  g_setenv ("GTK_A11Y", "test", TRUE);
  daftar_test_ui_init (&argc, &argv);

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/project-picker/payment-dialog", test_payment_dialog);
  ADD ("/project-picker/invoice-dialog", test_invoice_dialog);
  ADD ("/project-picker/escape-and-no-match", test_escape_and_no_match);
  ADD ("/project-picker/close-with-search-open", test_close_with_search_open);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
