/* test-form.c — one form object: errors to their rows, marked for eye and screen
 * reader alike, the first one focused, and Save only while the form holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-form"

#include "config.h"

#include <adwaita.h>

#include "daftar-form.h"
#include "daftar-store.h"
#include "daftar-test-ui.h"

enum
{
  FIELD_NAME,
  FIELD_CURRENCY,
  FIELD_RATE,
  FIELD_NOTE,
  N_FIELDS
};

typedef struct
{
  GtkWidget  *window;
  GtkWidget  *rows[N_FIELDS];
  GtkWidget  *message;
  GtkWidget  *note_message;
  DaftarForm *form;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *list = gtk_list_box_new ();
  const char *titles[] = { "Name", "Currency", "Rate", "Note" };

  f->window = gtk_window_new ();

  for (guint i = 0; i < N_FIELDS; i++)
    {
      f->rows[i] = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->rows[i]), titles[i]);
      gtk_list_box_append (GTK_LIST_BOX (list), f->rows[i]);
    }
  f->message = gtk_label_new (NULL);
  f->note_message = gtk_label_new (NULL);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), f->message);
  gtk_box_append (GTK_BOX (box), f->note_message);
  gtk_window_set_child (GTK_WINDOW (f->window), box);

  f->form = daftar_form_new (f->window, NULL);
  daftar_form_add_field (f->form, FIELD_NAME, f->rows[FIELD_NAME], NULL, f->message);
  daftar_form_add_field (f->form, FIELD_CURRENCY, f->rows[FIELD_CURRENCY], NULL, f->message);
  daftar_form_add_field (f->form, FIELD_RATE, f->rows[FIELD_RATE], NULL, f->message);
  daftar_form_add_field (f->form, FIELD_NOTE, f->rows[FIELD_NOTE], NULL, f->note_message);
  daftar_form_map_code (f->form, FIELD_NAME, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_NAME);
  daftar_form_map_code (f->form, FIELD_NAME, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  daftar_form_map_code (f->form, FIELD_CURRENCY, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY);
  daftar_form_map_code (f->form, FIELD_RATE, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_RATE);
  daftar_form_map_code (f->form, FIELD_NOTE, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_NOTE);

  gtk_window_present (GTK_WINDOW (f->window));
  daftar_test_wait_frames (f->window, 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->form);
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
}

/* The checks of a draft with a wrong currency and a wrong rate: both at once. */
static DaftarValidation *
currency_and_rate_wrong (void)
{
  DaftarValidation *validation = daftar_validation_new ();

  daftar_validation_add (validation, DAFTAR_VALIDATION_ERROR_CURRENCY, "Choose a currency.");
  daftar_validation_add (validation, DAFTAR_VALIDATION_ERROR_RATE, "An hourly project needs an hourly rate.");
  return validation;
}

static gboolean
is_marked (GtkWidget *row)
{
  return gtk_widget_has_css_class (row, "error") &&
         gtk_test_accessible_has_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
test_errors_to_rows (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DaftarValidation) validation = currency_and_rate_wrong ();

  daftar_form_begin (f->form);
  daftar_form_add_validation (f->form, validation, FIELD_NAME);
  g_assert_false (daftar_form_end (f->form));

  g_assert_null (daftar_form_get_error (f->form, FIELD_NAME));
  g_assert_error ((GError *) daftar_form_get_error (f->form, FIELD_CURRENCY),
                  DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY);
  g_assert_error ((GError *) daftar_form_get_error (f->form, FIELD_RATE),
                  DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_RATE);

  /* Untouched fields keep quiet until Save is refused. */
  for (guint i = 0; i < N_FIELDS; i++)
    g_assert_false (is_marked (f->rows[i]));
  g_assert_false (gtk_widget_get_visible (f->message));

  daftar_form_touch (f->form, FIELD_RATE);
  daftar_form_refresh (f->form);
  g_assert_true (is_marked (f->rows[FIELD_RATE]));
  g_assert_false (is_marked (f->rows[FIELD_CURRENCY]));
  g_assert_true (gtk_widget_get_visible (f->message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (f->message)), ==, "An hourly project needs an hourly rate.");
}

static void
test_parse_error_wins (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DaftarValidation) validation = currency_and_rate_wrong ();
  GError **slot;

  daftar_form_begin (f->form);
  slot = daftar_form_error_slot (f->form, FIELD_CURRENCY);
  g_assert_nonnull (slot);
  g_set_error_literal (slot, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY, "“dollars” is no code.");
  /* Once a field has its error, there is no room for a second. */
  g_assert_null (daftar_form_error_slot (f->form, FIELD_CURRENCY));
  daftar_form_add_validation (f->form, validation, FIELD_NAME);
  daftar_form_end (f->form);

  g_assert_cmpstr (daftar_form_get_error (f->form, FIELD_CURRENCY)->message, ==, "“dollars” is no code.");
  g_assert_nonnull (daftar_form_get_error (f->form, FIELD_RATE));
}

static void
test_show_all_focuses_first (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(DaftarValidation) validation = currency_and_rate_wrong ();

  gtk_widget_grab_focus (f->rows[FIELD_NOTE]);
  daftar_form_begin (f->form);
  daftar_form_add_validation (f->form, validation, FIELD_NAME);
  daftar_form_end (f->form);
  daftar_form_show_all (f->form);
  daftar_test_iterate ();

  g_assert_true (is_marked (f->rows[FIELD_CURRENCY]));
  g_assert_true (is_marked (f->rows[FIELD_RATE]));
  g_assert_false (is_marked (f->rows[FIELD_NAME]));
  g_assert_false (is_marked (f->rows[FIELD_NOTE]));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->rows[FIELD_CURRENCY]),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Choose a currency.");
  /* One message per group: the first field's. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (f->message)), ==, "Choose a currency.");
  g_assert_false (gtk_widget_get_visible (f->note_message));

  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), f->rows[FIELD_CURRENCY]) ||
                 gtk_root_get_focus (GTK_ROOT (f->window)) == f->rows[FIELD_CURRENCY]);

  /* A hidden row is not where the user can fix anything: the next one takes the focus. */
  gtk_widget_set_visible (f->rows[FIELD_CURRENCY], FALSE);
  g_assert_true (daftar_form_focus_first_error (f->form));
  daftar_test_iterate ();
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), f->rows[FIELD_RATE]) ||
                 gtk_root_get_focus (GTK_ROOT (f->window)) == f->rows[FIELD_RATE]);
}

static void
test_save_sensitivity (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DaftarForm) form = daftar_form_new (f->window, NULL);
  g_autoptr(DaftarValidation) validation = currency_and_rate_wrong ();
  g_autoptr(DaftarValidation) sound = daftar_validation_new ();

  daftar_form_add_field (form, 0, f->rows[FIELD_CURRENCY], NULL, NULL);
  daftar_form_add_field (form, 1, f->rows[FIELD_RATE], NULL, NULL);
  daftar_form_map_code (form, 0, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY);
  daftar_form_map_code (form, 1, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_RATE);

  daftar_form_begin (form);
  daftar_form_add_validation (form, validation, 0);
  g_assert_false (daftar_form_end (form));
  g_assert_false (daftar_form_is_valid (form));

  daftar_form_begin (form);
  daftar_form_add_validation (form, sound, 0);
  g_assert_true (daftar_form_end (form));
  g_assert_true (daftar_form_is_valid (form));
  for (guint i = 0; i < N_FIELDS; i++)
    g_assert_false (is_marked (f->rows[i]));
}

/* What the store said of no field shows first under the first group, leaves Save as
 * the fields have it, and goes once any field changes. */
static void
test_store_error_of_no_field (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(DaftarValidation) wrong = currency_and_rate_wrong ();
  g_autoptr(DaftarValidation) sound = daftar_validation_new ();

  daftar_form_set_store_error (f->form, DAFTAR_FORM_FIELD_NONE,
                               g_error_new_literal (DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_RATE,
                                                    "The ledger refused it."));
  daftar_form_begin (f->form);
  daftar_form_add_validation (f->form, sound, 0);
  g_assert_true (daftar_form_end (f->form));
  g_assert_true (gtk_widget_get_visible (f->message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (f->message)), ==, "The ledger refused it.");
  g_assert_false (gtk_widget_get_visible (f->note_message));
  for (guint i = 0; i < N_FIELDS; i++)
    g_assert_false (is_marked (f->rows[i]));

  /* Before the fields' own errors, which still mark their rows */
  daftar_form_begin (f->form);
  daftar_form_add_validation (f->form, wrong, 0);
  daftar_form_show_all (f->form);
  g_assert_false (daftar_form_end (f->form));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (f->message)), ==, "The ledger refused it.");
  g_assert_true (is_marked (f->rows[FIELD_CURRENCY]));

  /* A change to any field, even one it shares no group with, ends it */
  daftar_form_touch (f->form, FIELD_NOTE);
  daftar_form_begin (f->form);
  daftar_form_add_validation (f->form, sound, 0);
  g_assert_true (daftar_form_end (f->form));
  g_assert_false (gtk_widget_get_visible (f->message));

  /* So does filling the fields afresh */
  daftar_form_set_store_error (f->form, DAFTAR_FORM_FIELD_NONE,
                               g_error_new_literal (DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_RATE,
                                                    "The ledger refused it."));
  daftar_form_reset (f->form);
  daftar_form_refresh (f->form);
  g_assert_false (gtk_widget_get_visible (f->message));
}

static void
test_save_action_follows (void)
{
  GtkWidget *button;
  g_autoptr(DaftarValidation) validation = daftar_validation_new ();
  g_autoptr(DaftarForm) form = NULL;
  GtkWidget *dialog = GTK_WIDGET (adw_window_new ());
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  /* Save is an action installed on the dialog's class; window.close stands in for it. */
  button = gtk_button_new_with_label ("Save");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "window.close");
  gtk_box_append (GTK_BOX (box), row);
  gtk_box_append (GTK_BOX (box), button);
  adw_window_set_content (ADW_WINDOW (dialog), box);
  gtk_window_present (GTK_WINDOW (dialog));
  daftar_test_wait_frames (dialog, 2);

  daftar_validation_add (validation, DAFTAR_VALIDATION_ERROR_CURRENCY, "Choose a currency.");
  form = daftar_form_new (dialog, "window.close");
  daftar_form_add_field (form, 0, row, NULL, NULL);
  daftar_form_map_code (form, 0, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY);

  daftar_form_begin (form);
  daftar_form_add_validation (form, validation, 0);
  daftar_form_end (form);
  daftar_test_iterate ();
  g_assert_false (gtk_widget_get_sensitive (button));

  /* The store's word on a field keeps Save off until the field changes. */
  {
    g_autoptr(GError) taken = g_error_new_literal (DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY,
                                                   "Taken.");
    g_autoptr(DaftarValidation) sound = daftar_validation_new ();

    g_assert_true (daftar_form_take_store_error (form, &taken));
    g_assert_null (taken);
    daftar_form_begin (form);
    daftar_form_add_validation (form, sound, 0);
    g_assert_false (daftar_form_end (form));
    daftar_test_iterate ();
    g_assert_false (gtk_widget_get_sensitive (button));
    /* The store's error shows at once, without the field being touched. */
    g_assert_true (is_marked (row));

    daftar_form_touch (form, 0);
    daftar_form_begin (form);
    daftar_form_add_validation (form, sound, 0);
    g_assert_true (daftar_form_end (form));
    daftar_test_iterate ();
    g_assert_true (gtk_widget_get_sensitive (button));
    g_assert_false (is_marked (row));
  }

  g_clear_object (&form);
  gtk_window_destroy (GTK_WINDOW (dialog));
  daftar_test_iterate ();
}

static guint retries;

static void
count_retry (GtkWidget *owner)
{
  retries++;
}

/* Whether the focus is on @row or inside it. */
static gboolean
has_focus_in (GtkWidget *window,
              GtkWidget *row)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus == row || (focus != NULL && gtk_widget_is_ancestor (focus, row));
}

/* What every dialog does once the store answers its Save: wait while another program
 * writes, put a store error naming a field at the field, toast any other, and stop
 * waiting once saved or refused. */
static void
test_save_finish (void)
{
  GtkWidget *window = GTK_WIDGET (adw_window_new ());
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *name_row = adw_entry_row_new ();
  GtkWidget *note_row = adw_entry_row_new ();
  g_autoptr(DaftarValidation) sound = daftar_validation_new ();
  g_autoptr(DaftarForm) form = NULL;
  GError *error = NULL;

  gtk_list_box_append (GTK_LIST_BOX (list), name_row);
  gtk_list_box_append (GTK_LIST_BOX (list), note_row);
  adw_toast_overlay_set_child (overlay, list);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (overlay));
  gtk_window_present (GTK_WINDOW (window));
  daftar_test_wait_frames (window, 2);

  form = daftar_form_new (window, NULL);
  daftar_form_add_field (form, FIELD_NAME, name_row, NULL, NULL);
  daftar_form_add_field (form, 1, note_row, NULL, NULL);
  daftar_form_map_code (form, FIELD_NAME, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  daftar_form_begin (form);
  daftar_form_add_validation (form, sound, FIELD_NAME);
  g_assert_true (daftar_form_end (form));
  gtk_widget_grab_focus (note_row);

  /* The ledger busy: the dialog waits and says so; nothing else happens yet. */
  retries = 0;
  error = g_error_new_literal (DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY, "Busy.");
  g_assert_false (daftar_form_save_finish (form, overlay, FALSE, &error, count_retry));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (daftar_busy_retry_is_waiting (window));
  g_assert_cmpuint (retries, ==, 0);
  daftar_test_iterate ();
  g_assert_true (daftar_test_shows_text (window, "Another program is writing to the ledger.", TRUE));

  /* Saved at last: the wait ends, and the caller is told to close. */
  g_assert_true (daftar_form_save_finish (form, overlay, TRUE, NULL, count_retry));
  g_assert_false (daftar_busy_retry_is_waiting (window));
  g_assert_cmpuint (retries, ==, 0);

  /* The store's word on a field: taken from the caller, shown at the row, which takes
   * the focus, and the form no longer holds. */
  error = g_error_new_literal (DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE, "Name taken.");
  g_assert_false (daftar_form_save_finish (form, overlay, FALSE, &error, count_retry));
  g_assert_null (error);
  daftar_test_iterate ();
  g_assert_false (daftar_form_is_valid (form));
  g_assert_true (is_marked (name_row));
  g_assert_cmpstr (daftar_form_get_error (form, FIELD_NAME)->message, ==, "Name taken.");
  g_assert_true (has_focus_in (window, name_row));
  g_assert_false (daftar_busy_retry_is_waiting (window));

  /* Any other error: a toast with the store's message; the caller keeps the error. */
  error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NO_SPACE, "The disk is full.");
  g_assert_false (daftar_form_save_finish (form, overlay, FALSE, &error, count_retry));
  g_assert_nonnull (error);
  g_clear_error (&error);
  daftar_test_iterate ();
  g_assert_true (daftar_test_shows_text (window, "The disk is full.", TRUE));
  g_assert_false (daftar_busy_retry_is_waiting (window));

  /* A retried save the fields no longer allow: the wait ends, every error shows. */
  error = g_error_new_literal (DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_BUSY, "Busy.");
  daftar_form_save_finish (form, overlay, FALSE, &error, count_retry);
  g_clear_error (&error);
  g_assert_true (daftar_busy_retry_is_waiting (window));
  daftar_form_save_refused (form);
  g_assert_false (daftar_busy_retry_is_waiting (window));
  g_assert_cmpuint (retries, ==, 0);

  g_clear_object (&form);
  gtk_window_destroy (GTK_WINDOW (window));
  daftar_test_iterate ();
}

static void
test_blank (void)
{
  g_assert_true (daftar_form_text_is_blank (NULL));
  g_assert_true (daftar_form_text_is_blank (""));
  g_assert_true (daftar_form_text_is_blank (" \t\u3000\u00a0"));
  g_assert_false (daftar_form_text_is_blank (" a "));
  g_assert_false (daftar_form_text_is_blank ("ب"));
}

static const char *
row_amount (GtkWidget     *row,
            DaftarContext *context,
            gboolean       has_amount,
            gint64         minor,
            const char    *currency)
{
  daftar_form_row_set_amount (row, context, has_amount, minor, currency);
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* An amount goes back into its field as it is typed, no symbol: in the digits of the
 * context's format, not of a format of the app's. */
static void
test_amount_text (void)
{
  GtkWidget *row = g_object_ref_sink (adw_entry_row_new ());
  g_autoptr(DaftarContext) english = daftar_context_new (NULL, NULL);
  g_autoptr(DaftarContext) persian = daftar_context_new (NULL, NULL);
  DaftarFormat *latin = daftar_format_new ("en", DAFTAR_CALENDAR_GREGORIAN, TRUE);
  DaftarFormat *native = daftar_format_new ("fa", DAFTAR_CALENDAR_PERSIAN, FALSE);

  daftar_context_set_format (english, latin);
  daftar_context_set_format (persian, native);

  g_assert_cmpstr (row_amount (row, english, TRUE, 15050, "USD"), ==, "150.50");
  g_assert_cmpstr (row_amount (row, english, TRUE, 1500, "JPY"), ==, "1500");
  g_assert_cmpstr (row_amount (row, english, FALSE, 15050, "USD"), ==, "");
  g_assert_cmpstr (row_amount (row, english, TRUE, 15050, "XYZ1"), ==, "");
  g_assert_cmpstr (row_amount (row, persian, TRUE, 2500, "EUR"), ==, "۲۵٫۰۰");
  g_assert_cmpstr (row_amount (row, english, TRUE, 2500, "EUR"), ==, "25.00");
  g_assert_cmpstr (row_amount (row, persian, FALSE, 2500, "EUR"), ==, "");

  daftar_format_unref (latin);
  daftar_format_unref (native);
  g_object_unref (row);
}

int
main (int   argc,
      char *argv[])
{
  /* The test backend keeps the accessible state where the assertions can read it. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  daftar_test_ui_init (&argc, &argv);

#define ADD(name, func) g_test_add ("/form/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("errors-to-rows", test_errors_to_rows);
  ADD ("parse-error-wins", test_parse_error_wins);
  ADD ("show-all-focuses-first", test_show_all_focuses_first);
  ADD ("save-sensitivity", test_save_sensitivity);
  ADD ("store-error-of-no-field", test_store_error_of_no_field);
#undef ADD
  g_test_add_func ("/form/save-action-follows", test_save_action_follows);
  g_test_add_func ("/form/save-finish", test_save_finish);
  g_test_add_func ("/form/blank", test_blank);
  g_test_add_func ("/form/amount-text", test_amount_text);

  return g_test_run ();
}
