/* test-dialogs.c — the project and session dialogs: inline validation, saving, editing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With DAFTAR_SCREENSHOT_DIR set, /dialogs/screenshots renders each dialog, left to right
 * and right to left, to PNG files in that directory.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "daftar-application.h"
#include "daftar-project-dialog.h"
#include "daftar-session-dialog.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"

/* One registered application for the whole run, as in the real program. */
static DaftarApplication *app;

typedef struct
{
  char        *dir;
  DaftarStore *store;
  DaftarContext *context;
  gint64       saved_id;
  gboolean     destroyed;
  GtkWindow   *dialog;    /* weak: a closed dialog must be finalized */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = daftar_test_make_tmpdir ();
  path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  f->context = daftar_context_new (f->store, NULL);
  f->saved_id = 0;
  f->destroyed = FALSE;
  f->dialog = NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->dialog != NULL && !f->destroyed)
    gtk_window_destroy (f->dialog);
  daftar_test_iterate ();
  g_assert_null (f->dialog);

  g_clear_object (&f->context);
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->dir);
}

static void
saved_cb (GtkWindow *dialog,
          gint64     id,
          Fixture   *f)
{
  f->saved_id = id;
}

static void
destroyed_cb (GtkWindow *dialog,
              Fixture   *f)
{
  f->destroyed = TRUE;
}

static void
show_dialog (Fixture   *f,
             GtkWindow *dialog)
{
  if (f->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  f->dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &f->dialog);
  f->destroyed = FALSE;
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), f);
  g_signal_connect (dialog, "destroy", G_CALLBACK (destroyed_cb), f);
  gtk_window_present (dialog);
  while (!gtk_widget_get_mapped (GTK_WIDGET (dialog)))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
}

static GtkWidget *
row (GtkWindow  *dialog,
     const char *title)
{
  GtkWidget *found = daftar_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_ROW, title);

  g_assert_nonnull (found);
  return found;
}

static void
set_text (GtkWindow  *dialog,
          const char *title,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, title)), text);
}

static const char *
get_text (GtkWindow  *dialog,
          const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (row (dialog, title)));
}

static void
select_item (GtkWindow  *dialog,
             const char *title,
             const char *item)
{
  AdwComboRow *combo = ADW_COMBO_ROW (row (dialog, title));
  GListModel *model = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      g_autofree char *shown = daftar_test_combo_item_text (combo, object);

      if (g_strcmp0 (shown, item) == 0)
        {
          adw_combo_row_set_selected (combo, i);
          return;
        }
    }

  g_error ("No item “%s” in “%s”", item, title);
}

static GtkWidget *
save_button (GtkWindow *dialog)
{
  GtkWidget *button = daftar_test_find_button (GTK_WIDGET (dialog), "_Save");

  g_assert_nonnull (button);
  return button;
}

static gboolean
has_error (GtkWindow  *dialog,
           const char *title)
{
  return gtk_widget_has_css_class (row (dialog, title), "error");
}

static void
check_tool (GtkWindow  *dialog,
            const char *name)
{
  GtkWidget *tool_row = row (dialog, name);
  GtkWidget *check = daftar_test_find_by_type (tool_row, GTK_TYPE_CHECK_BUTTON);

  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
}

static gint64
add_project (Fixture       *f,
             const char    *name,
             DaftarPricing  pricing,
             const char    *currency)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = name,
    .platform = "outlier",
    .category = DAFTAR_CATEGORY_AI_TRAINING,
    .pricing = pricing,
    .currency = currency,
    .has_rate = pricing == DAFTAR_PRICING_HOURLY,
    .rate_minor = 4000,
    .has_price = pricing == DAFTAR_PRICING_FIXED,
    .price_minor = 100000,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_project (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

static guint
count_projects (Fixture *f)
{
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (f->store, TRUE, NULL);

  return projects->len;
}

/* 2025-03-10 09:00 UTC; the tests run with TZ=UTC */
#define MARCH_10_0900 G_GINT64_CONSTANT (1741597200)

static gint64
add_session (Fixture *f,
             gint64   project)
{
  static const char * const tools[] = { "ChatGPT", "Claude", NULL };
  g_autoptr(GError) error = NULL;
  DaftarSessionDraft draft = {
    .project_id = project,
    .start_utc = MARCH_10_0900,
    .actual_seconds = 5400,
    .has_paid = TRUE,
    .paid_seconds = 4500,
    .note = "Rated 12 answers",
    .tools = tools,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_session (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

/* Renders @window to DAFTAR_SCREENSHOT_DIR/@name.png with the window's own renderer. */
static void
save_screenshot (GtkWindow  *window,
                 const char *name)
{
  const char *dir = g_getenv ("DAFTAR_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
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
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_mkdir_with_parents (dir, 0755);
  file = g_strdup_printf ("%s-%s.png", name,
                          gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL ? "rtl" : "ltr");
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

static void
test_project_new (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, 0));
  g_autoptr(DaftarProject) project = NULL;
  GtkWidget *name_text;

  show_dialog (f, dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "New Project");
  g_assert_true (gtk_window_get_modal (dialog));

  /* Empty, so not savable; but not red before the user has typed anything */
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  g_assert_false (has_error (dialog, "Name"));
  g_assert_null (daftar_test_shown_error (GTK_WIDGET (dialog)));
  g_assert_cmpstr (get_text (dialog, "Currency"), ==, "USD");

  /* The name field has the focus */
  name_text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row (dialog, "Name"))));
  g_assert_true (gtk_window_get_focus (dialog) == name_text);

  /* Typed and erased: red, with core's message */
  set_text (dialog, "Name", "x");
  set_text (dialog, "Name", "");
  g_assert_true (has_error (dialog, "Name"));
  g_assert_cmpstr (daftar_test_shown_error (GTK_WIDGET (dialog)), ==, "Enter a name for the project.");
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));

  /* Enter says what else is missing: the hourly rate */
  gtk_widget_grab_focus (row (dialog, "Client"));
  g_signal_emit_by_name (row (dialog, "Client"), "entry-activated");
  g_assert_true (has_error (dialog, "Hourly Rate"));
  g_assert_true (gtk_window_get_focus (dialog) == name_text);
  g_assert_false (f->destroyed);

  set_text (dialog, "Name", "  Outlier evaluation ");
  set_text (dialog, "Client", "Outlier AI");
  select_item (dialog, "Platform", "Outlier");
  select_item (dialog, "Category", "AI training and evaluation");
  select_item (dialog, "Pricing", "Hourly");
  g_assert_false (has_error (dialog, "Name"));
  g_assert_true (gtk_widget_get_visible (row (dialog, "Hourly Rate")));
  g_assert_false (gtk_widget_get_visible (row (dialog, "Price")));

  /* Amounts are parsed in the chosen currency */
  set_text (dialog, "Currency", "usd");
  set_text (dialog, "Hourly Rate", "40.505");
  g_assert_true (has_error (dialog, "Hourly Rate"));
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  set_text (dialog, "Currency", "KWD");
  g_assert_false (has_error (dialog, "Hourly Rate"));
  set_text (dialog, "Currency", "dollars");
  g_assert_true (has_error (dialog, "Currency"));
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  set_text (dialog, "Currency", "usd");
  set_text (dialog, "Hourly Rate", "40.50");
  g_assert_false (has_error (dialog, "Hourly Rate"));
  g_assert_false (has_error (dialog, "Currency"));
  g_assert_null (daftar_test_shown_error (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  daftar_test_activate (save_button (dialog));
  g_assert_true (f->destroyed);
  g_assert_cmpint (f->saved_id, >, 0);

  project = daftar_store_get_project (f->store, f->saved_id, NULL);
  g_assert_nonnull (project);
  g_assert_cmpstr (project->name, ==, "Outlier evaluation");
  g_assert_cmpstr (project->client, ==, "Outlier AI");
  g_assert_cmpstr (project->platform_key, ==, "outlier");
  g_assert_cmpint (project->category, ==, DAFTAR_CATEGORY_AI_TRAINING);
  g_assert_cmpint (project->pricing, ==, DAFTAR_PRICING_HOURLY);
  g_assert_cmpstr (project->currency, ==, "USD");
  g_assert_true (project->has_rate);
  g_assert_cmpint (project->rate_minor, ==, 4050);
  g_assert_false (project->has_price);
}

/* Specialty: offered only where the category has specialties, saved, shown on editing,
 * and dropped with a category that has none. */
static void
test_project_specialty (Fixture       *f,
                        gconstpointer  data)
{
  GtkWindow *dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, 0));
  g_autoptr(DaftarProject) project = NULL;
  gint64 id;

  show_dialog (f, dialog);
  select_item (dialog, "Category", "Writing");
  g_assert_false (gtk_widget_get_visible (row (dialog, "Specialty")));
  select_item (dialog, "Category", "AI training and evaluation");
  g_assert_true (gtk_widget_get_visible (row (dialog, "Specialty")));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row (dialog, "Specialty"))), ==, 0);

  set_text (dialog, "Name", "Legal review");
  select_item (dialog, "Platform", "Mercor");
  select_item (dialog, "Pricing", "Hourly");
  set_text (dialog, "Hourly Rate", "90");
  select_item (dialog, "Specialty", "Professional (legal, medical, finance)");
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));
  daftar_test_activate (save_button (dialog));
  g_assert_true (f->destroyed);
  id = f->saved_id;
  project = daftar_store_get_project (f->store, id, NULL);
  g_assert_true (project->has_specialty);
  g_assert_cmpint (project->specialty, ==, DAFTAR_SPECIALTY_PROFESSIONAL);
  g_clear_pointer (&project, daftar_project_free);

  dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, id));
  show_dialog (f, dialog);
  g_assert_true (gtk_widget_get_visible (row (dialog, "Specialty")));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row (dialog, "Specialty"))), ==,
                    DAFTAR_SPECIALTY_PROFESSIONAL + 1);
  select_item (dialog, "Category", "Consulting and marketing");
  g_assert_false (gtk_widget_get_visible (row (dialog, "Specialty")));
  g_assert_null (daftar_test_shown_error (GTK_WIDGET (dialog)));
  daftar_test_activate (save_button (dialog));
  g_assert_true (f->destroyed);
  project = daftar_store_get_project (f->store, id, NULL);
  g_assert_cmpint (project->category, ==, DAFTAR_CATEGORY_CONSULTING);
  g_assert_false (project->has_specialty);
}

static void
test_project_duplicate (Fixture       *f,
                        gconstpointer  data)
{
  GtkWindow *dialog;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  before = daftar_test_dump_db (daftar_store_get_path (f->store));

  dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, 0));
  show_dialog (f, dialog);
  set_text (dialog, "Name", "Outlier evaluation");
  select_item (dialog, "Pricing", "Per task");
  g_assert_false (gtk_widget_get_visible (row (dialog, "Hourly Rate")));
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  /* Only the store knows the name is taken: said inline, the dialog stays */
  daftar_test_activate (save_button (dialog));
  g_assert_false (f->destroyed);
  g_assert_cmpint (f->saved_id, ==, 0);
  g_assert_true (has_error (dialog, "Name"));
  g_assert_nonnull (strstr (daftar_test_shown_error (GTK_WIDGET (dialog)), "already exists"));
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  g_assert_true (gtk_window_get_focus (dialog) ==
                 GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row (dialog, "Name")))));
  g_assert_cmpuint (count_projects (f), ==, 1);
  after = daftar_test_dump_db (daftar_store_get_path (f->store));
  g_assert_cmpstr (before, ==, after);

  /* A new name clears it */
  set_text (dialog, "Name", "Outlier evaluation 2");
  g_assert_false (has_error (dialog, "Name"));
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  gtk_window_destroy (dialog);
  daftar_test_iterate ();
}

static void
test_project_edit (Fixture       *f,
                   gconstpointer  data)
{
  gint64 id = add_project (f, "Logo for Sara", DAFTAR_PRICING_HOURLY, "EUR");
  GtkWindow *dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, id));
  g_autoptr(DaftarProject) project = NULL;

  show_dialog (f, dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Edit Project");
  g_assert_cmpstr (get_text (dialog, "Name"), ==, "Logo for Sara");
  g_assert_cmpstr (get_text (dialog, "Currency"), ==, "EUR");
  g_assert_cmpstr (get_text (dialog, "Hourly Rate"), ==, "40.00");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row (dialog, "Platform"))), ==, 4);
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  /* Fixed price: the rate goes, a price is needed */
  select_item (dialog, "Pricing", "Fixed price");
  g_assert_false (gtk_widget_get_visible (row (dialog, "Hourly Rate")));
  g_assert_true (gtk_widget_get_visible (row (dialog, "Price")));
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  set_text (dialog, "Price", "1,200");
  select_item (dialog, "Platform", "Direct client");
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  /* The Save button's action */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  daftar_test_iterate ();
  g_assert_true (f->destroyed);
  g_assert_cmpint (f->saved_id, ==, id);

  project = daftar_store_get_project (f->store, id, NULL);
  g_assert_cmpint (project->pricing, ==, DAFTAR_PRICING_FIXED);
  g_assert_cmpstr (project->platform_key, ==, "direct");
  g_assert_false (project->has_rate);
  g_assert_true (project->has_price);
  g_assert_cmpint (project->price_minor, ==, 120000);
}

/* A fixed-price project shows what came of its agreed price; an hourly one doesn't. */
static void
test_project_received (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_project (f, "Logo", DAFTAR_PRICING_FIXED, "USD");
  gint64 hourly = add_project (f, "Evals", DAFTAR_PRICING_HOURLY, "USD");
  DaftarPaymentDraft payment = { .project_id = id, .date = "2025-03-10", .amount_minor = 25000 };
  GtkWindow *dialog;

  g_assert_true (daftar_store_add_payment (f->store, &payment, NULL, &error));
  payment.amount_minor = 5000;
  g_assert_true (daftar_store_add_payment (f->store, &payment, NULL, &error));
  payment.project_id = hourly;
  g_assert_true (daftar_store_add_payment (f->store, &payment, NULL, &error));
  g_assert_no_error (error);

  dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, id));
  show_dialog (f, dialog);
  g_assert_true (gtk_widget_get_visible (daftar_test_find_by_name (GTK_WIDGET (dialog), "received")));
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (dialog), "received"), ==,
                   "Received $300.00 of $1,000.00 agreed");
  /* Not about hourly work */
  select_item (dialog, "Pricing", "Hourly");
  g_assert_false (gtk_widget_get_visible (daftar_test_find_by_name (GTK_WIDGET (dialog), "received")));
  gtk_window_destroy (dialog);
  daftar_test_iterate ();

  dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, hourly));
  show_dialog (f, dialog);
  g_assert_false (gtk_widget_get_visible (daftar_test_find_by_name (GTK_WIDGET (dialog), "received")));
}

static void
test_project_cancel (Fixture       *f,
                     gconstpointer  data)
{
  GtkWindow *dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, 0));

  daftar_project_dialog_set_default_currency (DAFTAR_PROJECT_DIALOG (dialog), "IRR");
  show_dialog (f, dialog);
  g_assert_cmpstr (get_text (dialog, "Currency"), ==, "IRR");
  set_text (dialog, "Name", "Never saved");
  select_item (dialog, "Pricing", "Per task");
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  /* Escape and Cancel both run window.close */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  daftar_test_iterate ();
  g_assert_true (f->destroyed);
  g_assert_cmpint (f->saved_id, ==, 0);
  g_assert_cmpuint (count_projects (f), ==, 0);
}

static void
test_session_new (Fixture       *f,
                  gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  GtkWindow *dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, project));
  g_autoptr(DaftarSession) session = NULL;
  GtkTextView *note;

  show_dialog (f, dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Log Session");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row (dialog, "Project"))), ==, 0);

  /* No duration yet: not savable, not red */
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  g_assert_false (has_error (dialog, "Duration"));
  g_assert_nonnull (daftar_test_find_label (GTK_WIDGET (dialog), "Same as worked"));

  set_text (dialog, "Date", "2025-03-10");
  set_text (dialog, "Start Time", "09:00");
  set_text (dialog, "Duration", "1h30m");
  g_assert_cmpstr (get_text (dialog, "End Time"), ==, "10:30");
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  set_text (dialog, "Paid Time", "1:15");
  check_tool (dialog, "ChatGPT");
  check_tool (dialog, "Claude");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row (dialog, "AI Tools Used"))), ==,
                   "ChatGPT, Claude");
  note = GTK_TEXT_VIEW (daftar_test_find_by_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "Rated 12 answers", -1);
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  daftar_test_activate (save_button (dialog));
  g_assert_true (f->destroyed);
  g_assert_cmpint (f->saved_id, >, 0);

  session = daftar_store_get_session (f->store, f->saved_id, NULL);
  g_assert_nonnull (session);
  g_assert_cmpint (session->project_id, ==, project);
  g_assert_cmpint (session->start_utc, ==, MARCH_10_0900);
  g_assert_cmpint (session->utc_offset, ==, 0);
  g_assert_cmpint (session->actual_seconds, ==, 5400);
  g_assert_cmpint (session->paid_seconds, ==, 4500);
  g_assert_false (session->has_earned);
  g_assert_cmpstr (session->note, ==, "Rated 12 answers");
  g_assert_cmpuint (session->tools->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (session->tools, "ChatGPT", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (session->tools, "Claude", g_str_equal, NULL));
}

static void
test_session_edit (Fixture       *f,
                   gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  gint64 id = add_session (f, project);
  GtkWindow *dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, id, 0));
  g_autoptr(DaftarSession) session = NULL;

  show_dialog (f, dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Edit Session");
  g_assert_cmpstr (get_text (dialog, "Date"), ==, "2025-03-10");
  g_assert_cmpstr (get_text (dialog, "Start Time"), ==, "09:00");
  g_assert_cmpstr (get_text (dialog, "Duration"), ==, "1:30");
  g_assert_cmpstr (get_text (dialog, "End Time"), ==, "10:30");
  g_assert_cmpstr (get_text (dialog, "Paid Time"), ==, "1:15");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row (dialog, "AI Tools Used"))), ==,
                   "ChatGPT, Claude");
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  /* Paid longer than worked: red, and not savable */
  set_text (dialog, "Paid Time", "3:00");
  g_assert_true (has_error (dialog, "Paid Time"));
  g_assert_cmpstr (daftar_test_shown_error (GTK_WIDGET (dialog)), ==,
                   "Paid time can’t be longer than the time you worked.");
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));

  /* The duration follows the end, in Persian digits too */
  set_text (dialog, "End Time", "۱۱:۰۰");
  g_assert_cmpstr (get_text (dialog, "Duration"), ==, "2:00");
  set_text (dialog, "Duration", "2h");
  g_assert_cmpstr (get_text (dialog, "End Time"), ==, "11:00");
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  set_text (dialog, "Paid Time", "1:45");
  g_assert_false (has_error (dialog, "Paid Time"));
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  daftar_test_activate (save_button (dialog));
  g_assert_true (f->destroyed);
  g_assert_cmpint (f->saved_id, ==, id);

  session = daftar_store_get_session (f->store, id, NULL);
  g_assert_cmpint (session->start_utc, ==, MARCH_10_0900);
  g_assert_cmpint (session->actual_seconds, ==, 7200);
  g_assert_cmpint (session->paid_seconds, ==, 6300);
  g_assert_cmpstr (session->note, ==, "Rated 12 answers");
  g_assert_cmpuint (session->tools->len, ==, 2);
}

/* In Persian the end the dialog works out is in Persian digits, as the start is. */
static void
test_session_end_in_user_digits (Fixture       *f,
                                 gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  gint64 id = add_session (f, project);
  g_autoptr(DaftarFormat) persian = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  GtkWindow *dialog;

  daftar_context_set_format (f->context, persian);
  dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, id, 0));
  show_dialog (f, dialog);
  set_text (dialog, "Duration", "2h");
  g_assert_cmpstr (get_text (dialog, "End Time"), ==, "۱۱:۰۰");
  gtk_window_destroy (dialog);
}

/* Two windows with two contexts: each session dialog writes in its own context's
 * digits and calendar, at the same time, and works its times out in them. */
static void
test_session_own_context (Fixture       *f,
                          gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  gint64 id = add_session (f, project);
  g_autoptr(DaftarFormat) english_format = daftar_format_new ("en_US", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) persian_format = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(DaftarContext) persian_context = daftar_context_new (f->store, NULL);
  g_autoptr(DaftarSession) session = NULL;
  GtkWindow *english, *persian;

  daftar_context_set_format (f->context, english_format);
  daftar_context_set_format (persian_context, persian_format);
  english = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, id, 0));
  persian = GTK_WINDOW (daftar_session_dialog_new (NULL, persian_context, id, 0));
  gtk_window_present (persian);
  show_dialog (f, english);

  g_assert_cmpstr (get_text (english, "Date"), ==, "2025-03-10");
  g_assert_cmpstr (get_text (english, "Start Time"), ==, "09:00");
  g_assert_cmpstr (get_text (english, "Duration"), ==, "1:30");
  g_assert_cmpstr (get_text (english, "End Time"), ==, "10:30");
  g_assert_cmpstr (get_text (english, "Paid Time"), ==, "1:15");

  /* 20 Esfand 1403 */
  g_assert_cmpstr (get_text (persian, "Date"), ==, "۱۴۰۳/۱۲/۲۰");
  g_assert_cmpstr (get_text (persian, "Start Time"), ==, "۰۹:۰۰");
  g_assert_cmpstr (get_text (persian, "Duration"), ==, "۱:۳۰");
  g_assert_cmpstr (get_text (persian, "End Time"), ==, "۱۰:۳۰");
  g_assert_cmpstr (get_text (persian, "Paid Time"), ==, "۱:۱۵");

  /* Each works the end out in its own digits; the other does not move */
  set_text (persian, "Duration", "2h");
  g_assert_cmpstr (get_text (persian, "End Time"), ==, "۱۱:۰۰");
  g_assert_cmpstr (get_text (english, "End Time"), ==, "10:30");
  set_text (english, "Duration", "3h");
  g_assert_cmpstr (get_text (english, "End Time"), ==, "12:00");
  g_assert_cmpstr (get_text (persian, "End Time"), ==, "۱۱:۰۰");

  /* The Persian dialog reads its own date back: a day later is saved as one */
  set_text (persian, "Date", "۱۴۰۳/۱۲/۲۱");
  g_assert_true (gtk_widget_is_sensitive (save_button (persian)));
  daftar_test_activate (save_button (persian));
  daftar_test_iterate ();
  session = daftar_store_get_session (f->store, id, NULL);
  g_assert_cmpint (session->start_utc, ==, MARCH_10_0900 + 24 * 60 * 60);
  g_assert_cmpint (session->actual_seconds, ==, 2 * 60 * 60);

  gtk_window_destroy (english);
}

static void
test_session_paid_too_long (Fixture       *f,
                            gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  gint64 id = add_session (f, project);
  GtkWindow *dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, id, 0));
  g_autofree char *before = daftar_test_dump_db (daftar_store_get_path (f->store));
  g_autofree char *after = NULL;

  show_dialog (f, dialog);
  set_text (dialog, "Paid Time", "2h");
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));

  /* Enter on an invalid form writes nothing and focuses the faulty field */
  gtk_widget_grab_focus (row (dialog, "Duration"));
  g_signal_emit_by_name (row (dialog, "Duration"), "entry-activated");
  daftar_test_iterate ();
  g_assert_false (f->destroyed);
  g_assert_true (gtk_window_get_focus (dialog) ==
                 GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row (dialog, "Paid Time")))));

  gtk_window_destroy (dialog);
  daftar_test_iterate ();
  after = daftar_test_dump_db (daftar_store_get_path (f->store));
  g_assert_cmpstr (before, ==, after);
}

/* Berlin's clocks skipped 02:00–03:00 on 2025-03-30: core refuses a start in
 * the gap, and the dialog shows why, writing nothing. */
static void
test_session_daylight_saving (Fixture       *f,
                              gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  g_autofree char *before = daftar_test_dump_db (daftar_store_get_path (f->store));
  g_autofree char *after = NULL;
  g_autoptr(DaftarSession) session = NULL;
  GtkWindow *dialog;

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, project));
  show_dialog (f, dialog);
  set_text (dialog, "Date", "2025-03-30");
  set_text (dialog, "Start Time", "02:30");
  set_text (dialog, "Duration", "1h");
  g_assert_true (has_error (dialog, "Start Time"));
  g_assert_nonnull (strstr (daftar_test_shown_error (GTK_WIDGET (dialog)), "daylight saving"));
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  after = daftar_test_dump_db (daftar_store_get_path (f->store));
  g_assert_cmpstr (before, ==, after);

  set_text (dialog, "Start Time", "03:00");
  g_assert_false (has_error (dialog, "Start Time"));
  daftar_test_activate (save_button (dialog));
  g_setenv ("TZ", "UTC", TRUE);
  g_assert_true (f->destroyed);

  session = daftar_store_get_session (f->store, f->saved_id, NULL);
  g_assert_cmpint (session->start_utc, ==, 1743296400);   /* 2025-03-30T01:00Z */
  g_assert_cmpint (session->utc_offset, ==, 7200);
}

static void
test_session_per_task (Fixture       *f,
                       gconstpointer  data)
{
  gint64 project = add_project (f, "Translation tasks", DAFTAR_PRICING_PER_TASK, "EUR");
  GtkWindow *dialog;
  g_autoptr(DaftarSession) session = NULL;

  add_project (f, "Hourly work", DAFTAR_PRICING_HOURLY, "USD");
  dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, project));
  show_dialog (f, dialog);

  g_assert_true (gtk_widget_get_visible (row (dialog, "Earned")));
  g_assert_nonnull (daftar_test_find_label (row (dialog, "Earned"), "EUR"));
  select_item (dialog, "Project", "Hourly work");
  g_assert_false (gtk_widget_get_visible (row (dialog, "Earned")));
  select_item (dialog, "Project", "Translation tasks");

  set_text (dialog, "Date", "2025-03-10");
  set_text (dialog, "Start Time", "9:00");
  set_text (dialog, "Duration", "45m");
  set_text (dialog, "Earned", "12.505");
  g_assert_true (has_error (dialog, "Earned"));
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  set_text (dialog, "Earned", "12.50");
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  daftar_test_activate (save_button (dialog));
  session = daftar_store_get_session (f->store, f->saved_id, NULL);
  g_assert_nonnull (session);
  g_assert_true (session->has_earned);
  g_assert_cmpint (session->earned_minor, ==, 1250);
  g_assert_cmpint (session->actual_seconds, ==, 2700);
  g_assert_cmpint (session->paid_seconds, ==, 2700);
  g_assert_cmpuint (session->tools->len, ==, 0);
}

static int
clock_minutes (const char *text)
{
  int hour = -1, minute = -1;

  g_assert_cmpint (sscanf (text, "%d:%d", &hour, &minute), ==, 2);
  return hour * 60 + minute;
}

static void
test_session_ends_now (Fixture       *f,
                       gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  GtkWindow *dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, project));
  int start, end;

  show_dialog (f, dialog);

  /* A new session ends now, rounded down to five minutes; the duration moves its start */
  end = clock_minutes (get_text (dialog, "End Time"));
  g_assert_cmpint (end % 5, ==, 0);
  g_assert_cmpstr (get_text (dialog, "Start Time"), ==, get_text (dialog, "End Time"));

  daftar_session_dialog_set_duration (DAFTAR_SESSION_DIALOG (dialog), 2 * 3600 + 5 * 60);
  g_assert_cmpstr (get_text (dialog, "Duration"), ==, "2:05");
  start = clock_minutes (get_text (dialog, "Start Time"));
  g_assert_cmpint (clock_minutes (get_text (dialog, "End Time")), ==, end);
  g_assert_cmpint ((end - start + 24 * 60) % (24 * 60), ==, 125);
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  /* Once the user moves the start, the duration moves the end */
  set_text (dialog, "Start Time", "08:00");
  set_text (dialog, "Duration", "0:30");
  g_assert_cmpstr (get_text (dialog, "End Time"), ==, "08:30");
  g_assert_cmpstr (get_text (dialog, "Start Time"), ==, "08:00");

  /* A start in the future is refused */
  set_text (dialog, "Date", "2999-01-01");
  g_assert_true (has_error (dialog, "Start Time"));
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  set_text (dialog, "Date", "2025-02-30");
  g_assert_true (has_error (dialog, "Date"));
  g_assert_false (has_error (dialog, "Start Time"));

  gtk_window_destroy (dialog);
  daftar_test_iterate ();
}

static gint64
march_10_1032 (gpointer user_data)
{
  return MARCH_10_0900 + 92 * 60 + 17;
}

/* "Now" is the context's clock: a new session ends then, and a start after it is refused. */
static void
test_session_context_clock (Fixture       *f,
                            gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  GtkWindow *dialog;

  daftar_context_set_clock (f->context, march_10_1032, NULL, NULL);
  dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, project));
  show_dialog (f, dialog);

  g_assert_cmpstr (get_text (dialog, "Date"), ==, "2025-03-10");
  g_assert_cmpstr (get_text (dialog, "End Time"), ==, "10:30");
  set_text (dialog, "Duration", "1:00");
  g_assert_cmpstr (get_text (dialog, "Start Time"), ==, "09:30");
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  /* A day past the context's now, with its tolerance for time zones */
  set_text (dialog, "Date", "2025-03-11");
  set_text (dialog, "Start Time", "10:40");
  g_assert_true (has_error (dialog, "Start Time"));
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));

  gtk_window_destroy (dialog);
  daftar_test_iterate ();
}

static void
test_session_add_tool (Fixture       *f,
                       gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  GtkWindow *dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, project));
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(DaftarSession) session = NULL;
  gboolean found = FALSE;

  show_dialog (f, dialog);
  set_text (dialog, "Duration", "1:00");

  set_text (dialog, "Add Another AI Tool", "  Kagi Assistant ");
  g_signal_emit_by_name (row (dialog, "Add Another AI Tool"), "apply");
  g_assert_cmpstr (get_text (dialog, "Add Another AI Tool"), ==, "");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row (dialog, "AI Tools Used"))), ==,
                   "Kagi Assistant");

  /* An existing tool, in another case, is ticked rather than added twice */
  set_text (dialog, "Add Another AI Tool", "chatgpt");
  g_signal_emit_by_name (row (dialog, "Add Another AI Tool"), "apply");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row (dialog, "AI Tools Used"))), ==,
                   "ChatGPT, Kagi Assistant");

  /* A name with a control character is refused inline, but doesn't block saving */
  set_text (dialog, "Add Another AI Tool", "Bad\u202Ename");
  g_signal_emit_by_name (row (dialog, "Add Another AI Tool"), "apply");
  g_assert_true (has_error (dialog, "Add Another AI Tool"));
  g_assert_true (gtk_widget_is_sensitive (save_button (dialog)));

  tools = daftar_store_list_tools (f->store, TRUE, NULL);
  for (guint i = 0; i < tools->len; i++)
    found |= g_strcmp0 (((DaftarTool *) g_ptr_array_index (tools, i))->name, "Kagi Assistant") == 0;
  g_assert_true (found);

  daftar_test_activate (save_button (dialog));
  session = daftar_store_get_session (f->store, f->saved_id, NULL);
  g_assert_nonnull (session);
  g_assert_cmpuint (session->tools->len, ==, 2);
}

/* The tool rows the session's picker has made */
static guint
count_tool_rows (GtkWindow *dialog)
{
  GtkWidget *grid = daftar_test_find_by_type (row (dialog, "AI Tools Used"), GTK_TYPE_GRID_VIEW);

  g_assert_nonnull (grid);
  return daftar_test_count_children (grid);
}

static void
search_tools (GtkWindow  *dialog,
              const char *text)
{
  GtkWidget *search = daftar_test_find_by_type (row (dialog, "AI Tools Used"), GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), text);
  g_signal_emit_by_name (search, "search-changed");
  daftar_test_wait_frames (GTK_WIDGET (dialog), 2);
}

/* The picker's search lists only the matching tools; a tick stays while hidden by it. */
static void
test_session_tool_search (Fixture       *f,
                          gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  GtkWindow *dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, project));
  g_autoptr(DaftarSession) session = NULL;
  guint all;

  show_dialog (f, dialog);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row (dialog, "AI Tools Used")), TRUE);
  daftar_test_wait_frames (GTK_WIDGET (dialog), 2);
  all = count_tool_rows (dialog);
  g_assert_cmpuint (all, >, 2);

  search_tools (dialog, "claude");
  g_assert_cmpuint (count_tool_rows (dialog), ==, 1);
  check_tool (dialog, "Claude");
  g_assert_null (daftar_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_ROW, "ChatGPT"));

  search_tools (dialog, "");
  g_assert_cmpuint (count_tool_rows (dialog), ==, all);
  check_tool (dialog, "ChatGPT");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row (dialog, "AI Tools Used"))), ==,
                   "ChatGPT, Claude");

  set_text (dialog, "Duration", "1:00");
  search_tools (dialog, "gem");
  daftar_test_activate (save_button (dialog));
  session = daftar_store_get_session (f->store, f->saved_id, NULL);
  g_assert_nonnull (session);
  g_assert_cmpuint (session->tools->len, ==, 2);
}

/* 10,000 tools make a screenful of check rows, not one each. */
static void
test_session_many_tools (Fixture       *f,
                         gconstpointer  data)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  GtkWindow *dialog;

  daftar_test_add_tools (f->store, 10000);
  dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, project));
  show_dialog (f, dialog);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row (dialog, "AI Tools Used")), TRUE);
  daftar_test_wait_frames (GTK_WIDGET (dialog), 2);

  g_assert_cmpuint (count_tool_rows (dialog), >, 0);
  g_assert_cmpuint (count_tool_rows (dialog), <=, 40);

  search_tools (dialog, "Bulk tool 09999");
  g_assert_cmpuint (count_tool_rows (dialog), ==, 1);
  check_tool (dialog, "Bulk tool 09999");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row (dialog, "AI Tools Used"))), ==,
                   "Bulk tool 09999");
}

static void
test_session_no_projects (Fixture       *f,
                          gconstpointer  data)
{
  GtkWindow *dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, 0));

  show_dialog (f, dialog);
  set_text (dialog, "Duration", "1:00");
  g_assert_false (gtk_widget_is_sensitive (save_button (dialog)));
  g_signal_emit_by_name (row (dialog, "Duration"), "entry-activated");
  g_assert_true (has_error (dialog, "Project"));
  g_assert_cmpstr (daftar_test_shown_error (GTK_WIDGET (dialog)), ==, "Choose the project you worked on.");
  g_assert_false (f->destroyed);

  gtk_window_destroy (dialog);
  daftar_test_iterate ();
}

static void
scroll_to_end (GtkWindow *dialog)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (daftar_test_find_by_type (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  daftar_test_wait_frames (GTK_WIDGET (dialog), 2);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
take_screenshots (Fixture *f)
{
  gint64 project = add_project (f, "Outlier evaluation", DAFTAR_PRICING_HOURLY, "USD");
  gint64 per_task = add_project (f, "Translation tasks", DAFTAR_PRICING_PER_TASK, "EUR");
  gint64 session = add_session (f, project);
  GtkWindow *dialog;

  dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, 0));
  show_dialog (f, dialog);
  save_screenshot (dialog, "project-new");
  set_text (dialog, "Name", "x");
  set_text (dialog, "Name", "");
  set_text (dialog, "Hourly Rate", "40.505");
  save_screenshot (dialog, "project-new-errors");
  gtk_window_destroy (dialog);

  {
    g_autoptr(GError) error = NULL;
    DaftarProjectDraft draft = {
      .name = "Outlier evaluation", .platform = "outlier", .category = DAFTAR_CATEGORY_AI_TRAINING,
      .pricing = DAFTAR_PRICING_HOURLY, .currency = "USD", .has_rate = TRUE, .rate_minor = 4000,
      .specialty = "language",
    };

    g_assert_true (daftar_store_update_project (f->store, project, &draft, &error));
    g_assert_no_error (error);
  }
  dialog = GTK_WINDOW (daftar_project_dialog_new (NULL, f->context, project));
  show_dialog (f, dialog);
  save_screenshot (dialog, "project-edit");
  gtk_window_destroy (dialog);

  dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, 0, per_task));
  show_dialog (f, dialog);
  set_text (dialog, "Duration", "1:30");
  set_text (dialog, "Earned", "12.50");
  save_screenshot (dialog, "session-new");
  gtk_window_destroy (dialog);

  dialog = GTK_WINDOW (daftar_session_dialog_new (NULL, f->context, session, 0));
  show_dialog (f, dialog);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row (dialog, "AI Tools Used")), TRUE);
  set_text (dialog, "Paid Time", "3:00");
  save_screenshot (dialog, "session-edit-errors");
  scroll_to_end (dialog);
  save_screenshot (dialog, "session-edit-end");
  gtk_window_destroy (dialog);
  daftar_test_iterate ();
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  if (g_getenv ("DAFTAR_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("Set DAFTAR_SCREENSHOT_DIR to render the dialogs");
      return;
    }

  take_screenshots (f);
  fixture_tear_down (f, data);
  fixture_set_up (f, data);

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  take_screenshots (f);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  /* Rows fade their text in; screenshots and checks want the end state */
  daftar_test_ui_init (&argc, &argv);

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/dialogs/project/new", test_project_new);
  ADD ("/dialogs/project/duplicate", test_project_duplicate);
  ADD ("/dialogs/project/specialty", test_project_specialty);
  ADD ("/dialogs/project/edit", test_project_edit);
  ADD ("/dialogs/project/cancel", test_project_cancel);
  ADD ("/dialogs/project/received", test_project_received);
  ADD ("/dialogs/session/new", test_session_new);
  ADD ("/dialogs/session/edit", test_session_edit);
  ADD ("/dialogs/session/paid-too-long", test_session_paid_too_long);
  ADD ("/dialogs/session/per-task", test_session_per_task);
  ADD ("/dialogs/session/daylight-saving", test_session_daylight_saving);
  ADD ("/dialogs/session/ends-now", test_session_ends_now);
  ADD ("/dialogs/session/context-clock", test_session_context_clock);
  ADD ("/dialogs/session/end-in-user-digits", test_session_end_in_user_digits);
  ADD ("/dialogs/session/own-context", test_session_own_context);
  ADD ("/dialogs/session/add-tool", test_session_add_tool);
  ADD ("/dialogs/session/tool-search", test_session_tool_search);
  ADD ("/dialogs/session/many-tools", test_session_many_tools);
  ADD ("/dialogs/session/no-projects", test_session_no_projects);
  ADD ("/dialogs/screenshots", test_screenshots);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
