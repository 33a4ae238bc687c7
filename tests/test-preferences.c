/* test-preferences.c — the preferences window writes settings and the AI-tool catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "daftar-application.h"
#include "daftar-preferences-tools.h"
#include "daftar-preferences-window.h"
#include "daftar-store-goals.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"

/* One registered application for the whole run, as in the real program. */
static DaftarApplication *app;

typedef struct
{
  char                    *dir;
  char                    *path;
  DaftarStore             *store;
  GSettings               *settings;
  DaftarContext           *context;
  DaftarPreferencesWindow *window;
} Fixture;

static void
present (GtkWindow *window)
{
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
}

static void
show_window (Fixture   *f,
             GSettings *settings)
{
  g_clear_object (&f->context);
  f->context = daftar_context_new (f->store, settings);
  f->window = daftar_preferences_window_new (NULL, f->context);
  present (GTK_WINDOW (f->window));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) keys = NULL;

  f->dir = daftar_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);

  /* The memory backend lives as long as the process: start each test from the defaults. */
  f->settings = g_settings_new (APP_ID);
  g_object_get (f->settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (f->settings, keys[i]);

  if (data == NULL)
    show_window (f, f->settings);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  g_clear_object (&f->context);
  g_clear_object (&f->settings);
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GtkWidget *
find_tool_row (Fixture    *f,
               const char *name)
{
  GtkWidget *row = daftar_test_find_row (GTK_WIDGET (f->window), ADW_TYPE_EXPANDER_ROW, name);

  g_assert_nonnull (row);
  return row;
}

/* The tool's row, opened: its fields are built when it first opens. */
static GtkWidget *
open_tool_row (Fixture    *f,
               const char *name)
{
  GtkWidget *row = find_tool_row (f, name);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  return row;
}

static void
apply_entry (GtkWidget  *row,
             const char *text)
{
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  daftar_test_iterate ();
}

static DaftarTool *
get_tool (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tools = daftar_store_list_tools (f->store, TRUE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < tools->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (tools, i);

      if (g_strcmp0 (tool->name, name) == 0)
        return g_ptr_array_steal_index (tools, i);
    }

  return NULL;
}

static gboolean
is_listed (Fixture    *f,
           const char *name,
           gboolean    include_hidden)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tools = daftar_store_list_tools (f->store, include_hidden, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < tools->len; i++)
    if (g_strcmp0 (((DaftarTool *) g_ptr_array_index (tools, i))->name, name) == 0)
      return TRUE;

  return FALSE;
}

static void
test_defaults (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *currency = daftar_test_find_row (window, ADW_TYPE_ENTRY_ROW, "Home Currency");
  GtkWidget *language = daftar_test_find_row (window, ADW_TYPE_COMBO_ROW, "Language");
  GtkWidget *persian = daftar_test_find_row (window, ADW_TYPE_COMBO_ROW, "Calendar for Persian");
  GtkWidget *arabic = daftar_test_find_row (window, ADW_TYPE_COMBO_ROW, "Calendar for Arabic");
  GtkWidget *digits = daftar_test_find_row (window, ADW_TYPE_ACTION_ROW, "Latin Digits");

  /* What the schema says, not the code */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "USD");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (language)), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (persian)), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (arabic)), ==, 0);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (daftar_test_find_row (digits, GTK_TYPE_SWITCH, NULL))));
  g_assert_true (gtk_widget_is_sensitive (currency));
  g_assert_false (gtk_widget_is_visible (daftar_test_find_row (window, ADW_TYPE_ACTION_ROW,
                                                   "Settings Can’t Be Saved")));
}

static void
test_language (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *language = daftar_test_find_row (GTK_WIDGET (f->window), ADW_TYPE_COMBO_ROW, "Language");
  g_autofree char *value = NULL;

  adw_combo_row_set_selected (ADW_COMBO_ROW (language), 3);
  value = g_settings_get_string (f->settings, "language");
  g_assert_cmpstr (value, ==, "fa");

  adw_combo_row_set_selected (ADW_COMBO_ROW (language), 0);
  g_free (value);
  value = g_settings_get_string (f->settings, "language");
  g_assert_cmpstr (value, ==, "");

  /* And back: a change made elsewhere shows */
  g_settings_set_string (f->settings, "language", "ar");
  daftar_test_iterate ();
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (language)), ==, 2);
}

static void
test_calendars_and_digits (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *persian = daftar_test_find_row (window, ADW_TYPE_COMBO_ROW, "Calendar for Persian");
  GtkWidget *arabic = daftar_test_find_row (window, ADW_TYPE_COMBO_ROW, "Calendar for Arabic");
  GtkWidget *digits = daftar_test_find_row (daftar_test_find_row (window, ADW_TYPE_ACTION_ROW, "Latin Digits"),
                                GTK_TYPE_SWITCH, NULL);
  g_autofree char *persian_value = NULL;
  g_autofree char *arabic_value = NULL;

  /* Arabic starts with the region's own calendar: Umm al-Qura in Saudi Arabia */
  arabic_value = g_settings_get_string (f->settings, "arabic-calendar");
  g_assert_cmpstr (arabic_value, ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (arabic)), ==, 0);
  g_clear_pointer (&arabic_value, g_free);

  adw_combo_row_set_selected (ADW_COMBO_ROW (persian), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (arabic), 2);
  gtk_switch_set_active (GTK_SWITCH (digits), TRUE);

  persian_value = g_settings_get_string (f->settings, "persian-calendar");
  arabic_value = g_settings_get_string (f->settings, "arabic-calendar");
  g_assert_cmpstr (persian_value, ==, "gregorian");
  g_assert_cmpstr (arabic_value, ==, "islamic-umalqura");
  g_assert_true (g_settings_get_boolean (f->settings, "latin-digits"));
}

static void
test_home_currency (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *currency = daftar_test_find_row (window, ADW_TYPE_ENTRY_ROW, "Home Currency");
  GtkWidget *group = gtk_widget_get_ancestor (currency, ADW_TYPE_PREFERENCES_GROUP);
  g_autofree char *value = NULL;

  apply_entry (currency, " eur");
  value = g_settings_get_string (f->settings, "home-currency");
  g_assert_cmpstr (value, ==, "EUR");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "EUR");
  g_assert_null (daftar_test_shown_error (group));

  /* Nonsense is refused where it was typed, and the setting stays */
  apply_entry (currency, "Toman");
  g_assert_nonnull (daftar_test_shown_error (group));
  g_assert_true (gtk_widget_has_css_class (currency, "error"));
  g_free (value);
  value = g_settings_get_string (f->settings, "home-currency");
  g_assert_cmpstr (value, ==, "EUR");

  /* The menu of common codes */
  g_assert_true (gtk_widget_activate_action (window, "prefs.set-home-currency", "s", "IRR"));
  daftar_test_iterate ();
  g_free (value);
  value = g_settings_get_string (f->settings, "home-currency");
  g_assert_cmpstr (value, ==, "IRR");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "IRR");
  g_assert_null (daftar_test_shown_error (group));
  g_assert_false (gtk_widget_has_css_class (currency, "error"));
}

static void
get_goals (Fixture     *f,
           DaftarGoals *out)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (daftar_store_get_goals (f->store, out, &error));
  g_assert_no_error (error);
}

/* The Goals group writes the ledger; refused values mark their row and write nothing. */
static void
test_goals (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *net = daftar_test_find_row (window, ADW_TYPE_ENTRY_ROW, "Monthly Net Income");
  GtkWidget *hours = daftar_test_find_row (window, ADW_TYPE_ENTRY_ROW, "Weekly Hours");
  GtkWidget *rate = daftar_test_find_row (window, ADW_TYPE_ENTRY_ROW, "Target Effective Rate per Hour");
  GtkWidget *group = gtk_widget_get_ancestor (net, ADW_TYPE_PREFERENCES_GROUP);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  DaftarGoals goals;

  g_assert_nonnull (hours);
  g_assert_nonnull (rate);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (net)), ==, "");

  apply_entry (net, "3,000");
  apply_entry (hours, "20");
  apply_entry (rate, "۲۵٫۵۰");
  get_goals (f, &goals);
  g_assert_cmpstr (goals.currency, ==, "USD");
  g_assert_true (goals.has_monthly_net);
  g_assert_cmpint (goals.monthly_net_minor, ==, 300000);
  g_assert_cmpint (goals.weekly_seconds, ==, 20 * 3600);
  g_assert_cmpint (goals.target_rate_minor, ==, 2550);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rate)), ==, "25.50");
  g_assert_null (daftar_test_shown_error (group));

  /* Refused: the parser's message, then the core's, each on its own row */
  before = daftar_test_dump_db (f->path);
  apply_entry (net, "lots");
  g_assert_nonnull (daftar_test_shown_error (group));
  g_assert_true (gtk_widget_has_css_class (net, "error"));
  apply_entry (hours, "200h");
  g_assert_cmpstr (daftar_test_shown_error (group), ==, "The weekly hours goal must be more than zero and at most a week.");
  g_assert_true (gtk_widget_has_css_class (hours, "error"));
  g_assert_false (gtk_widget_has_css_class (net, "error"));
  apply_entry (rate, "0");
  g_assert_cmpstr (daftar_test_shown_error (group), ==, "The target rate must be more than zero.");
  g_assert_true (gtk_widget_has_css_class (rate, "error"));
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (after, ==, before);

  /* Empty removes that goal only */
  apply_entry (hours, "");
  get_goals (f, &goals);
  g_assert_false (goals.has_weekly_hours);
  g_assert_true (goals.has_monthly_net);
  g_assert_null (daftar_test_shown_error (group));

  /* daftar-cli's changes show */
  goals.monthly_net_minor = 450000;
  g_assert_true (daftar_store_set_goals (f->store, &goals, &error));
  g_assert_no_error (error);
  daftar_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (net)), ==, "4500.00");
}

static void
test_tool_cost (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *row = open_tool_row (f, "ChatGPT");
  GtkWidget *cost = daftar_test_find_row (row, ADW_TYPE_ENTRY_ROW, "Monthly Cost");
  GtkWidget *currency = daftar_test_find_row (row, ADW_TYPE_ENTRY_ROW, "Currency");
  g_autoptr(DaftarTool) tool = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* A free tool is offered the home currency */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "USD");

  gtk_editable_set_text (GTK_EDITABLE (currency), "usd");
  apply_entry (cost, "20");

  tool = get_tool (f, "ChatGPT");
  g_assert_true (tool->has_cost);
  g_assert_cmpint (tool->monthly_cost.minor, ==, 2000);
  g_assert_cmpstr (tool->monthly_cost.currency, ==, "USD");
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "20.00"));
  g_assert_null (daftar_test_shown_error (row));

  /* A bad amount is shown on the cost field and writes nothing */
  before = daftar_test_dump_db (f->path);
  apply_entry (cost, "twenty");
  g_assert_nonnull (daftar_test_shown_error (row));
  g_assert_true (gtk_widget_has_css_class (cost, "error"));
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);

  /* Emptying the amount ends the subscription */
  apply_entry (cost, "");
  g_clear_pointer (&tool, daftar_tool_free);
  tool = get_tool (f, "ChatGPT");
  g_assert_false (tool->has_cost);
  g_assert_null (daftar_test_shown_error (row));
  g_assert_false (gtk_widget_has_css_class (cost, "error"));
}

static void
test_add_tool (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *add = daftar_test_find_row (window, ADW_TYPE_ENTRY_ROW, "Add AI Tool");
  GtkWidget *group = gtk_widget_get_ancestor (add, ADW_TYPE_PREFERENCES_GROUP);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *message;

  apply_entry (add, "Suno");
  g_assert_true (is_listed (f, "Suno", FALSE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");
  /* The list follows the store, and the new tool is open for its cost */
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (find_tool_row (f, "Suno"))));
  g_assert_null (daftar_test_shown_error (group));

  before = daftar_test_dump_db (f->path);
  apply_entry (add, "Claude");
  message = daftar_test_shown_error (group);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "Claude"));
  g_assert_true (gtk_widget_has_css_class (add, "error"));
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);

  /* Renaming onto another tool is refused the same way */
  {
    GtkWidget *row = open_tool_row (f, "ChatGPT");
    GtkWidget *name = daftar_test_find_row (row, ADW_TYPE_ENTRY_ROW, "Name");

    apply_entry (name, "Claude");
    g_assert_nonnull (daftar_test_shown_error (row));
    g_assert_true (gtk_widget_has_css_class (name, "error"));
    g_assert_true (is_listed (f, "ChatGPT", TRUE));

    apply_entry (name, "ChatGPT Plus");
    g_assert_null (daftar_test_shown_error (row));
    g_assert_true (is_listed (f, "ChatGPT Plus", TRUE));
    g_assert_false (is_listed (f, "ChatGPT", TRUE));
    g_assert_true (find_tool_row (f, "ChatGPT Plus") == row);
  }
}

static void
test_hidden (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *row = open_tool_row (f, "Gemini");
  GtkWidget *toggle = daftar_test_find_row (daftar_test_find_row (row, ADW_TYPE_ACTION_ROW, "Hidden"), GTK_TYPE_SWITCH, NULL);

  g_assert_true (is_listed (f, "Gemini", FALSE));
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  daftar_test_iterate ();
  g_assert_false (is_listed (f, "Gemini", FALSE));
  g_assert_true (is_listed (f, "Gemini", TRUE));
  /* Still listed here, to be shown again */
  g_assert_true (find_tool_row (f, "Gemini") == row);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "Hidden"));

  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  daftar_test_iterate ();
  g_assert_true (is_listed (f, "Gemini", FALSE));
}

static void
test_store_changes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarMoney cost = { .minor = 1000, .currency = "USD" };
  g_autoptr(DaftarTool) tool = get_tool (f, "Midjourney");
  GtkWidget *row = open_tool_row (f, "Midjourney");

  /* Written elsewhere (the timer dialog, daftar-cli), shown here */
  g_assert_true (daftar_store_add_tool (f->store, "Sora", NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_update_tool (f->store, tool->id, tool->name, &cost, FALSE, &error));
  g_assert_no_error (error);
  daftar_test_iterate ();

  find_tool_row (f, "Sora");
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "10.00"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (daftar_test_find_row (row, ADW_TYPE_ENTRY_ROW,
                                                                   "Monthly Cost"))), ==, "10.00");
}

/* The tool rows the catalog's list has made */
static guint
count_tool_rows (Fixture *f)
{
  GtkWidget *tools = daftar_test_find_by_type (GTK_WIDGET (f->window), DAFTAR_TYPE_PREFERENCES_TOOLS);
  GtkWidget *list = daftar_test_find_by_type (tools, GTK_TYPE_GRID_VIEW);

  g_assert_nonnull (list);
  return daftar_test_count_children (list);
}

static void
test_tool_search (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *tools = daftar_test_find_by_type (GTK_WIDGET (f->window), DAFTAR_TYPE_PREFERENCES_TOOLS);
  GtkWidget *search = daftar_test_find_by_type (tools, GTK_TYPE_SEARCH_ENTRY);
  guint all;

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (f->window), "tools");
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
  all = count_tool_rows (f);
  g_assert_cmpuint (all, >, 2);

  /* Folded: case and composition don't matter, and only the matches are listed */
  gtk_editable_set_text (GTK_EDITABLE (search), "GEM");
  g_signal_emit_by_name (search, "search-changed");
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (count_tool_rows (f), ==, 1);
  find_tool_row (f, "Gemini");
  g_assert_null (daftar_test_find_row (GTK_WIDGET (f->window), ADW_TYPE_EXPANDER_ROW, "ChatGPT"));

  /* Nothing found says so */
  gtk_editable_set_text (GTK_EDITABLE (search), "zzz");
  g_signal_emit_by_name (search, "search-changed");
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (count_tool_rows (f), ==, 0);
  g_assert_nonnull (daftar_test_find_row (tools, GTK_TYPE_LABEL, NULL));

  /* A tool added while searching is shown, the search cleared */
  apply_entry (daftar_test_find_row (GTK_WIDGET (f->window), ADW_TYPE_ENTRY_ROW, "Add AI Tool"), "Suno");
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_cmpuint (count_tool_rows (f), ==, all + 1);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (find_tool_row (f, "Suno"))));
}

/* 10,000 tools make a screenful of rows, not one each. */
static void
test_many_tools (Fixture       *f,
                 gconstpointer  data)
{
  daftar_test_add_tools (f->store, 10000);
  show_window (f, f->settings);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (f->window), "tools");
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);

  g_assert_cmpuint (count_tool_rows (f), >, 0);
  g_assert_cmpuint (count_tool_rows (f), <=, 40);

  /* Every one is found by the search */
  {
    GtkWidget *tools = daftar_test_find_by_type (GTK_WIDGET (f->window), DAFTAR_TYPE_PREFERENCES_TOOLS);
    GtkWidget *search = daftar_test_find_by_type (tools, GTK_TYPE_SEARCH_ENTRY);

    gtk_editable_set_text (GTK_EDITABLE (search), "bulk tool 09999");
    g_signal_emit_by_name (search, "search-changed");
    daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
    g_assert_cmpuint (count_tool_rows (f), ==, 1);
    find_tool_row (f, "Bulk tool 09999");
  }
}

static void
test_no_settings (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *window;
  GtkWidget *note;
  GtkWidget *currency;

  show_window (f, NULL);
  window = GTK_WIDGET (f->window);

  note = daftar_test_find_row (window, ADW_TYPE_ACTION_ROW, "Settings Can’t Be Saved");
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_is_visible (note));

  currency = daftar_test_find_row (window, ADW_TYPE_ENTRY_ROW, "Home Currency");
  g_assert_false (gtk_widget_is_sensitive (currency));
  g_assert_false (gtk_widget_is_sensitive (daftar_test_find_row (window, ADW_TYPE_COMBO_ROW, "Language")));
  g_assert_false (gtk_widget_is_sensitive (daftar_test_find_row (window, ADW_TYPE_COMBO_ROW,
                                                     "Calendar for Persian")));

  /* The tools live in the ledger, not in settings */
  g_assert_true (gtk_widget_is_sensitive (daftar_test_find_row (window, ADW_TYPE_ENTRY_ROW, "Add AI Tool")));
  find_tool_row (f, "ChatGPT");
}

static const char *
combo_item (GtkWidget  *window,
            const char *name,
            guint       position)
{
  AdwComboRow *row = ADW_COMBO_ROW (daftar_test_find_by_name (window, name));

  g_assert_nonnull (row);
  return gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (row)), position);
}

/* Two windows with two contexts: each Preferences writes its numbers in its own
 * context's digits, at the same time. */
static void
test_own_context (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DaftarFormat) english_format = daftar_format_new ("en_US", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) persian_format = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(DaftarContext) persian_context = daftar_context_new (f->store, f->settings);
  GtkWidget *english, *persian, *english_tool, *persian_tool;
  const char *subtitle;

  f->context = daftar_context_new (f->store, f->settings);
  daftar_context_set_format (f->context, english_format);
  daftar_context_set_format (persian_context, persian_format);
  f->window = daftar_preferences_window_new (NULL, f->context);
  english = GTK_WIDGET (f->window);
  persian = GTK_WIDGET (daftar_preferences_window_new (NULL, persian_context));
  present (GTK_WINDOW (english));
  present (GTK_WINDOW (persian));

  g_assert_cmpstr (combo_item (english, "idle_threshold_row", 1), ==, "After 5 minutes");
  g_assert_cmpstr (combo_item (persian, "idle_threshold_row", 1), ==, "After ۵ minutes");
  g_assert_cmpstr (combo_item (english, "long_timer_row", 1), ==, "After 4 hours");
  g_assert_cmpstr (combo_item (persian, "long_timer_row", 1), ==, "After ۴ hours");

  /* A cost typed in one window shows in both, each in its own digits */
  english_tool = open_tool_row (f, "ChatGPT");
  apply_entry (daftar_test_find_row (english_tool, ADW_TYPE_ENTRY_ROW, "Monthly Cost"), "20");
  persian_tool = daftar_test_find_row (persian, ADW_TYPE_EXPANDER_ROW, "ChatGPT");
  g_assert_nonnull (persian_tool);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (persian_tool), TRUE);
  daftar_test_iterate ();

  subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (english_tool));
  g_assert_nonnull (strstr (subtitle, "20.00"));
  subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (persian_tool));
  g_assert_nonnull (strstr (subtitle, "۲۰٫۰۰"));
  g_assert_null (strstr (subtitle, "20"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (daftar_test_find_row (persian_tool, ADW_TYPE_ENTRY_ROW,
                                                                              "Monthly Cost"))), ==, "۲۰٫۰۰");

  gtk_window_destroy (GTK_WINDOW (persian));
}

/* Renders the window as the user sees it, for a person to look at. */
static void
save_screenshot (GtkWidget  *window,
                 const char *dir,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  /* Time for the frame clock to lay out and draw what the test changed */
  daftar_test_wait_frames (window, 2);
  gdk_paintable_snapshot (paintable, snapshot,
                          gdk_paintable_get_intrinsic_width (paintable),
                          gdk_paintable_get_intrinsic_height (paintable));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* With DAFTAR_SCREENSHOT_DIR set, both pages in both directions. */
static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  const char *dir = g_getenv ("DAFTAR_SCREENSHOT_DIR");
  static const GtkTextDirection directions[] = { GTK_TEXT_DIR_LTR, GTK_TEXT_DIR_RTL };

  if (dir == NULL)
    {
      g_test_skip ("DAFTAR_SCREENSHOT_DIR is not set");
      return;
    }

  g_mkdir_with_parents (dir, 0755);
  /* Expanders caught half open make poor pictures */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (directions); i++)
    {
      const char *suffix = directions[i] == GTK_TEXT_DIR_RTL ? "rtl" : "ltr";
      g_autofree char *general = g_strdup_printf ("preferences-general-%s.png", suffix);
      g_autofree char *tools = g_strdup_printf ("preferences-tools-%s.png", suffix);
      g_autofree char *error_name = g_strdup_printf ("preferences-tools-error-%s.png", suffix);
      GtkWidget *window;
      GtkWidget *row;

      gtk_widget_set_default_direction (directions[i]);
      if (f->window != NULL)
        gtk_window_destroy (GTK_WINDOW (f->window));
      show_window (f, f->settings);
      window = GTK_WIDGET (f->window);

      save_screenshot (window, dir, general);

      adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "tools");
      row = find_tool_row (f, "ChatGPT");
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      apply_entry (daftar_test_find_row (row, ADW_TYPE_ENTRY_ROW, "Monthly Cost"), "20");
      save_screenshot (window, dir, tools);

      apply_entry (daftar_test_find_row (window, ADW_TYPE_ENTRY_ROW, "Add AI Tool"), "Claude");
      apply_entry (daftar_test_find_row (row, ADW_TYPE_ENTRY_ROW, "Monthly Cost"), "20,0");
      save_screenshot (window, dir, error_name);
    }

  /* An uninstalled build: nothing on the General page can be kept */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  gtk_window_destroy (GTK_WINDOW (f->window));
  show_window (f, NULL);
  save_screenshot (GTK_WIDGET (f->window), dir, "preferences-general-unsaved-ltr.png");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func, shown) \
  g_test_add ("/preferences/" name, Fixture, shown ? NULL : GINT_TO_POINTER (1), \
              fixture_set_up, func, fixture_tear_down)

  ADD ("defaults", test_defaults, TRUE);
  ADD ("language", test_language, TRUE);
  ADD ("calendars-and-digits", test_calendars_and_digits, TRUE);
  ADD ("home-currency", test_home_currency, TRUE);
  ADD ("goals", test_goals, TRUE);
  ADD ("tool-cost", test_tool_cost, TRUE);
  ADD ("add-tool", test_add_tool, TRUE);
  ADD ("hidden", test_hidden, TRUE);
  ADD ("store-changes", test_store_changes, TRUE);
  ADD ("tool-search", test_tool_search, TRUE);
  ADD ("many-tools", test_many_tools, FALSE);
  ADD ("no-settings", test_no_settings, FALSE);
  ADD ("own-context", test_own_context, FALSE);
  ADD ("screenshots", test_screenshots, FALSE);

#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
