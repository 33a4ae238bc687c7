/* daftar-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-feed.h"
#include "daftar-goals-group.h"
#include "daftar-invoicing-group.h"
#include "daftar-money-format.h"
#include "daftar-money.h"
#include "daftar-plain-text.h"
#include "daftar-preferences-window.h"
#include "daftar-preferences-timer.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-validate.h"

struct _DaftarPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  DaftarStore          *store;
  GSettings            *settings;
  gulong                store_changed_id;
  gulong                currency_changed_id;
  gulong                feed_changed_id;
  /* tool id → its AdwExpanderRow, owned by tools_list */
  GHashTable           *tool_rows;

  AdwPreferencesGroup  *unsaved_group;
  AdwPreferencesPage   *general_page;
  AdwPreferencesGroup  *money_group;
  AdwPreferencesGroup  *language_group;
  AdwEntryRow          *currency_row;
  GtkMenuButton        *currency_menu_button;
  GtkLabel             *currency_error;
  AdwPreferencesGroup  *feed_group;
  AdwEntryRow          *feed_row;
  GtkLabel             *feed_error;
  AdwComboRow          *language_row;
  AdwActionRow         *latin_digits_row;
  GtkSwitch            *latin_digits_switch;
  AdwComboRow          *persian_calendar_row;
  AdwComboRow          *arabic_calendar_row;
  AdwPreferencesGroup  *add_group;
  AdwPreferencesGroup  *tools_group;
  AdwEntryRow          *add_row;
  GtkLabel             *add_error;
  GtkListBox           *tools_list;
};

G_DEFINE_FINAL_TYPE (DaftarPreferencesWindow, daftar_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Offered in the home-currency menu; any other ISO 4217 code can be typed. */
static const char * const common_currencies[] = {
  "USD", "EUR", "GBP", "IRR", "AED", "SAR", "EGP", "TRY", "QAR", "KWD", "JOD", "MAD",
  "CAD", "AUD", "INR", "PKR",
};

/* The settings' stored values, in the order of the combo rows' items. */
static const char * const language_values[] = { "", "en", "ar", "fa", NULL };
static const char * const persian_calendar_values[] = { "persian", "gregorian", NULL };
static const char * const arabic_calendar_values[] = { "", "gregorian", "islamic-umalqura", NULL };

/* What one tool row shows and edits. */
typedef struct
{
  DaftarPreferencesWindow *window;   /* unowned: the window outlives its rows */
  DaftarTool              *tool;     /* as last read from the store */
  AdwExpanderRow          *row;
  AdwEntryRow             *name_row;
  AdwEntryRow             *cost_row;
  AdwEntryRow             *cost_currency_row;
  GtkSwitch               *hidden_switch;
  GtkListBoxRow           *error_row;
  GtkLabel                *error_label;
  guint                    position;
} ToolRow;

static void
tool_row_free (ToolRow *tr)
{
  g_clear_pointer (&tr->tool, daftar_tool_free);
  g_free (tr);
}

/**
 * daftar_preferences_window_new:
 * @parent: (nullable): the window to stay above
 * @store: (nullable): the open ledger, for the AI-tool catalog
 * @settings: (nullable): the app's settings, %NULL when the schema is not installed
 */
DaftarPreferencesWindow *
daftar_preferences_window_new (GtkWindow   *parent,
                               DaftarStore *store,
                               GSettings   *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store == NULL || DAFTAR_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (DAFTAR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/* Names an entry row for assistive technology; the text inside is what gets the focus. */
static void
label_entry_row (AdwEntryRow *row,
                 const char  *label)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Shows @message under a field, or hides it when %NULL, and marks the field. */
static void
show_field_error (GtkWidget  *field,
                  GtkLabel   *label,
                  GtkWidget  *container,
                  const char *message)
{
  gboolean invalid = message != NULL;

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (container, invalid);

  if (field == NULL)
    return;

  if (invalid)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Replaces an entry's text unless the user is typing in it. */
static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row)))
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* General page */

static gboolean
get_choice_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *values = user_data;
  const char *stored = g_variant_get_string (variant, NULL);

  for (guint i = 0; values[i] != NULL; i++)
    {
      if (g_strcmp0 (values[i], stored) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
set_choice_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *values = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) values))
    return NULL;

  return g_variant_new_string (values[selected]);
}

static void
bind_choice (DaftarPreferencesWindow *self,
             const char              *key,
             AdwComboRow             *row,
             const char * const      *values)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                get_choice_mapping, set_choice_mapping,
                                (gpointer) values, NULL);
}

static void
home_currency_changed_cb (DaftarPreferencesWindow *self,
                          const char              *key,
                          GSettings               *settings)
{
  g_autofree char *code = g_settings_get_string (settings, "home-currency");

  set_entry_text (self->currency_row, code);
}

static void
apply_home_currency (DaftarPreferencesWindow *self,
                     const char              *text)
{
  g_autoptr(GError) error = NULL;
  char code[4];

  if (self->settings == NULL)
    return;

  if (!daftar_currency_normalize (text, code, &error))
    {
      show_field_error (GTK_WIDGET (self->currency_row), self->currency_error,
                        GTK_WIDGET (self->currency_error), error->message);
      return;
    }

  show_field_error (GTK_WIDGET (self->currency_row), self->currency_error,
                    GTK_WIDGET (self->currency_error), NULL);
  g_settings_set_string (self->settings, "home-currency", code);
  /* Shown as stored (“usd” becomes “USD”), even while the entry has the focus. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), code) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->currency_row), code);
}

static void
currency_row_applied_cb (DaftarPreferencesWindow *self)
{
  apply_home_currency (self, gtk_editable_get_text (GTK_EDITABLE (self->currency_row)));
}

static void
set_home_currency_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DaftarPreferencesWindow *self = DAFTAR_PREFERENCES_WINDOW (widget);

  apply_home_currency (self, g_variant_get_string (parameter, NULL));
}

static void
build_currency_menu (DaftarPreferencesWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (common_currencies); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (common_currencies[i], NULL);

      g_menu_item_set_action_and_target (item, "prefs.set-home-currency", "s",
                                         common_currencies[i]);
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->currency_menu_button, G_MENU_MODEL (menu));
}

static void
feed_url_changed_cb (DaftarPreferencesWindow *self,
                     const char              *key,
                     GSettings               *settings)
{
  g_autofree char *url = g_settings_get_string (settings, "market-feed-url");

  set_entry_text (self->feed_row, url);
}

/* Empty, an https:// address, or http:// to this computer: as the feed checks it. */
static void
feed_row_applied_cb (DaftarPreferencesWindow *self)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->feed_row))));
  g_autoptr(GError) error = NULL;

  if (self->settings == NULL)
    return;

  if (url[0] != '\0' && !daftar_feed_check_url (url, &error))
    {
      show_field_error (GTK_WIDGET (self->feed_row), self->feed_error,
                        GTK_WIDGET (self->feed_error), error->message);
      return;
    }

  show_field_error (GTK_WIDGET (self->feed_row), self->feed_error, GTK_WIDGET (self->feed_error), NULL);
  g_settings_set_string (self->settings, "market-feed-url", url);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->feed_row)), url) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->feed_row), url);
}

static void
setup_general_page (DaftarPreferencesWindow *self)
{
  build_currency_menu (self);
  label_entry_row (self->currency_row, _("Home Currency"));
  label_entry_row (self->feed_row, _("Feed Address"));

  if (self->settings == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->unsaved_group), TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->money_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->language_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->feed_group), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.set-home-currency", FALSE);
      return;
    }

  daftar_preferences_timer_add (ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (self->language_group),
                                                                               ADW_TYPE_PREFERENCES_PAGE)),
                                self->settings);

  home_currency_changed_cb (self, "home-currency", self->settings);
  self->currency_changed_id =
    g_signal_connect_object (self->settings, "changed::home-currency",
                             G_CALLBACK (home_currency_changed_cb), self, G_CONNECT_SWAPPED);

  bind_choice (self, "language", self->language_row, language_values);
  bind_choice (self, "persian-calendar", self->persian_calendar_row, persian_calendar_values);
  bind_choice (self, "arabic-calendar", self->arabic_calendar_row, arabic_calendar_values);
  g_settings_bind (self->settings, "latin-digits", self->latin_digits_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  feed_url_changed_cb (self, "market-feed-url", self->settings);
  self->feed_changed_id =
    g_signal_connect_object (self->settings, "changed::market-feed-url",
                             G_CALLBACK (feed_url_changed_cb), self, G_CONNECT_SWAPPED);
}

/* AI Tools page */

static char *
describe_tool (const DaftarTool *tool)
{
  g_autofree char *cost = NULL;
  g_autofree char *amount = NULL;

  if (tool->has_cost)
    {
      g_autofree char *money = daftar_format_money (daftar_ui_format_get (), &tool->monthly_cost);

      /* An amount reads left to right even in a right-to-left sentence. */
      amount = daftar_text_isolate (money);
      /* Translators: a tool's subscription, e.g. “20.00 USD a month” */
      cost = daftar_sentence_printf (_("%s a month"), amount);
    }
  else
    cost = g_strdup (_("No subscription"));

  if (tool->hidden)
    /* Translators: a tool's summary: “Hidden · 20.00 USD a month”. Hidden tools don't
     * appear where sessions are logged. */
    return daftar_sentence_printf (_("Hidden · %s"), cost);

  return g_steal_pointer (&cost);
}

static void
tool_row_show_error (ToolRow    *tr,
                     GtkWidget  *field,
                     const char *message)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (tr->name_row), GTK_WIDGET (tr->cost_row), GTK_WIDGET (tr->cost_currency_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != field)
      show_field_error (fields[i], tr->error_label, GTK_WIDGET (tr->error_row), NULL);

  show_field_error (field, tr->error_label, GTK_WIDGET (tr->error_row), message);
  if (message != NULL)
    adw_expander_row_set_expanded (tr->row, TRUE);
}

/* Where an error from the store belongs. */
static GtkWidget *
tool_row_field_for_error (ToolRow      *tr,
                          const GError *error)
{
  if (error->domain == DAFTAR_MONEY_ERROR)
    return error->code == DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY
           ? GTK_WIDGET (tr->cost_currency_row) : GTK_WIDGET (tr->cost_row);

  if (g_error_matches (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY))
    return GTK_WIDGET (tr->cost_currency_row);

  if (g_error_matches (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_AMOUNT))
    return GTK_WIDGET (tr->cost_row);

  /* The name: empty, too long, or another tool's */
  if (error->domain == DAFTAR_VALIDATION_ERROR)
    return GTK_WIDGET (tr->name_row);

  return NULL;
}

/* Reads the cost fields: FALSE with @error when they don't make an amount;
 * TRUE with *has_cost FALSE when the amount is left empty. */
static gboolean
tool_row_read_cost (ToolRow      *tr,
                    gboolean     *has_cost,
                    DaftarMoney  *cost,
                    GError      **error)
{
  g_autofree char *amount = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (tr->cost_row))));
  const char *currency = gtk_editable_get_text (GTK_EDITABLE (tr->cost_currency_row));
  char code[4];

  *has_cost = *amount != '\0';
  if (!*has_cost)
    return TRUE;

  return daftar_currency_normalize (currency, code, error) &&
         daftar_money_parse (amount, code, DAFTAR_MONEY_PARSE_DEFAULT, cost, error);
}

static void
tool_row_save (ToolRow *tr)
{
  DaftarPreferencesWindow *self = tr->window;
  g_autoptr(GError) error = NULL;
  /* A copy: the store's ::changed refreshes this row before the call returns. */
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (tr->name_row)));
  gboolean has_cost = FALSE;
  DaftarMoney cost = { 0 };

  if (!tool_row_read_cost (tr, &has_cost, &cost, &error) ||
      !daftar_store_update_tool (self->store, tr->tool->id, name, has_cost ? &cost : NULL,
                                 tr->tool->hidden, &error))
    {
      tool_row_show_error (tr, tool_row_field_for_error (tr, error), error->message);
      return;
    }

  tool_row_show_error (tr, NULL, NULL);
}

static void
tool_row_applied_cb (AdwEntryRow *entry,
                     ToolRow     *tr)
{
  tool_row_save (tr);
}

static void
tool_row_hidden_cb (GtkSwitch  *toggle,
                    GParamSpec *pspec,
                    ToolRow    *tr)
{
  g_autoptr(GError) error = NULL;
  gboolean hidden = gtk_switch_get_active (toggle);
  g_autofree char *name = NULL;
  DaftarMoney cost;

  if (hidden == tr->tool->hidden)
    return;

  /* Copies: the store's ::changed refreshes this row before the call returns. */
  name = g_strdup (tr->tool->name);
  cost = tr->tool->monthly_cost;

  /* Only the switch: what is typed in the other fields waits for its own apply. */
  if (!daftar_store_update_tool (tr->window->store, tr->tool->id, name,
                                 tr->tool->has_cost ? &cost : NULL, hidden, &error))
    {
      tool_row_show_error (tr, NULL, error->message);
      gtk_switch_set_active (toggle, tr->tool->hidden);
    }
}

static AdwEntryRow *
tool_row_add_entry (ToolRow    *tr,
                    const char *title)
{
  AdwEntryRow *entry = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (entry, TRUE);
  g_signal_connect (entry, "apply", G_CALLBACK (tool_row_applied_cb), tr);
  adw_expander_row_add_row (tr->row, GTK_WIDGET (entry));
  return entry;
}

/* Shows @tool in @tr; fields being edited keep what the user typed. */
static void
tool_row_update (ToolRow          *tr,
                 const DaftarTool *tool)
{
  DaftarPreferencesWindow *self = tr->window;
  g_autofree char *summary = describe_tool (tool);
  g_autofree char *amount = NULL;
  g_autofree char *home = NULL;
  g_autofree char *label = NULL;
  g_autofree char *shown = daftar_text_isolate (tool->name);

  g_clear_pointer (&tr->tool, daftar_tool_free);
  tr->tool = g_new0 (DaftarTool, 1);
  *tr->tool = *tool;
  tr->tool->name = g_strdup (tool->name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (tr->row), tool->name);
  adw_expander_row_set_subtitle (tr->row, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tr->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tool->name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);

  set_entry_text (tr->name_row, tool->name);
  amount = daftar_ui_format_amount_for_entry (daftar_ui_format_get_context (), tool->has_cost,
                                              tool->monthly_cost.minor, tool->monthly_cost.currency);
  set_entry_text (tr->cost_row, amount);

  /* A tool without a cost is most likely paid in the home currency. */
  if (!tool->has_cost && self->settings != NULL)
    home = g_settings_get_string (self->settings, "home-currency");
  set_entry_text (tr->cost_currency_row,
                  tool->has_cost ? tool->monthly_cost.currency : home != NULL ? home : "");

  if (gtk_switch_get_active (tr->hidden_switch) != tool->hidden)
    gtk_switch_set_active (tr->hidden_switch, tool->hidden);

  /* Translators: read by screen readers for a tool's name field; %s is the tool, e.g. “ChatGPT” */
  label = g_strdup_printf (_("Name of %s"), shown);
  label_entry_row (tr->name_row, label);
  g_free (label);
  /* Translators: read by screen readers for a tool's cost field; %s is the tool, e.g. “ChatGPT” */
  label = g_strdup_printf (_("Monthly cost of %s"), shown);
  label_entry_row (tr->cost_row, label);
  g_free (label);
  /* Translators: read by screen readers for the currency of a tool's cost; %s is the tool */
  label = g_strdup_printf (_("Currency of the cost of %s"), shown);
  label_entry_row (tr->cost_currency_row, label);
  g_free (label);
  /* Translators: read by screen readers for a tool's “Hidden” switch; %s is the tool */
  label = g_strdup_printf (_("Hide %s"), shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tr->hidden_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static ToolRow *
tool_row_new (DaftarPreferencesWindow *self)
{
  ToolRow *tr = g_new0 (ToolRow, 1);
  AdwActionRow *hidden_row;

  tr->window = self;
  tr->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (tr->row), FALSE);
  g_object_set_data_full (G_OBJECT (tr->row), "daftar-tool-row", tr,
                          (GDestroyNotify) tool_row_free);

  /* Translators: an AI tool's name, as an editable field */
  tr->name_row = tool_row_add_entry (tr, _("Name"));
  /* Translators: what a tool's subscription costs a month; left empty for a free tool */
  tr->cost_row = tool_row_add_entry (tr, _("Monthly Cost"));
  /* Translators: the currency of a tool's monthly cost, as an editable field */
  tr->cost_currency_row = tool_row_add_entry (tr, _("Currency"));
  adw_entry_row_set_input_hints (tr->cost_currency_row,
                                 GTK_INPUT_HINT_UPPERCASE_CHARS | GTK_INPUT_HINT_NO_SPELLCHECK);

  hidden_row = ADW_ACTION_ROW (adw_action_row_new ());
  /* Translators: a switch that takes a tool out of the session dialog's choices */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hidden_row), _("Hidden"));
  adw_action_row_set_subtitle (hidden_row, _("Hidden tools are not offered when you log a session"));
  tr->hidden_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (tr->hidden_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (hidden_row, GTK_WIDGET (tr->hidden_switch));
  adw_action_row_set_activatable_widget (hidden_row, GTK_WIDGET (tr->hidden_switch));
  adw_expander_row_add_row (tr->row, GTK_WIDGET (hidden_row));

  tr->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (tr->error_label, TRUE);
  gtk_label_set_xalign (tr->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (tr->error_label), "error");
  g_object_set (tr->error_label, "margin-top", 12, "margin-bottom", 12,
                "margin-start", 12, "margin-end", 12, NULL);
  tr->error_row = GTK_LIST_BOX_ROW (gtk_list_box_row_new ());
  gtk_list_box_row_set_child (tr->error_row, GTK_WIDGET (tr->error_label));
  gtk_list_box_row_set_activatable (tr->error_row, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (tr->error_row), FALSE);
  adw_expander_row_add_row (tr->row, GTK_WIDGET (tr->error_row));

  /* Connected after the first update, which sets the switch from the store. */
  return tr;
}

static int
sort_tool_rows (GtkListBoxRow *a,
                GtkListBoxRow *b,
                gpointer       user_data)
{
  ToolRow *ta = g_object_get_data (G_OBJECT (a), "daftar-tool-row");
  ToolRow *tb = g_object_get_data (G_OBJECT (b), "daftar-tool-row");

  return ta->position < tb->position ? -1 : ta->position > tb->position;
}

static void
refresh_tools (DaftarPreferencesWindow *self)
{
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer value;

  tools = daftar_store_list_tools (self->store, TRUE, &error);
  if (tools == NULL)
    {
      g_warning ("Listing AI tools: %s", error->message);
      return;
    }

  for (guint i = 0; i < tools->len; i++)
    {
      const DaftarTool *tool = g_ptr_array_index (tools, i);
      AdwExpanderRow *row = g_hash_table_lookup (self->tool_rows, &tool->id);
      ToolRow *tr;

      if (row == NULL)
        {
          gint64 *key = g_new (gint64, 1);

          tr = tool_row_new (self);
          *key = tool->id;
          g_hash_table_insert (self->tool_rows, key, tr->row);
          gtk_list_box_append (self->tools_list, GTK_WIDGET (tr->row));
          tool_row_update (tr, tool);
          g_signal_connect (tr->hidden_switch, "notify::active",
                            G_CALLBACK (tool_row_hidden_cb), tr);
        }
      else
        {
          tr = g_object_get_data (G_OBJECT (row), "daftar-tool-row");
          tool_row_update (tr, tool);
        }

      tr->position = i;
      g_hash_table_add (seen, &tr->tool->id);
    }

  /* Tools can't be deleted yet, but the ledger may be changed by another program. */
  g_hash_table_iter_init (&iter, self->tool_rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      ToolRow *tr = g_object_get_data (G_OBJECT (value), "daftar-tool-row");

      if (!g_hash_table_contains (seen, &tr->tool->id))
        {
          gtk_list_box_remove (self->tools_list, GTK_WIDGET (value));
          g_hash_table_iter_remove (&iter);
        }
    }

  gtk_list_box_invalidate_sort (self->tools_list);
}

static void
store_changed_cb (DaftarPreferencesWindow *self,
                  guint                    changes,
                  DaftarStore             *store)
{
  if (changes & DAFTAR_STORE_CHANGE_TOOLS)
    refresh_tools (self);
}

static void
add_row_applied_cb (DaftarPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->add_row));
  gint64 id = 0;

  if (self->store == NULL)
    return;

  if (!daftar_store_add_tool (self->store, name, NULL, &id, &error))
    {
      show_field_error (GTK_WIDGET (self->add_row), self->add_error,
                        GTK_WIDGET (self->add_error), error->message);
      return;
    }

  show_field_error (GTK_WIDGET (self->add_row), self->add_error, GTK_WIDGET (self->add_error), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");

  /* Open the new tool, to set its cost. */
  {
    AdwExpanderRow *row = g_hash_table_lookup (self->tool_rows, &id);

    if (row != NULL)
      adw_expander_row_set_expanded (row, TRUE);
  }
}

static GtkWidget *
create_tools_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("No AI tools yet. Add the ones you use above."));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  g_object_set (label, "margin-top", 18, "margin-bottom", 18,
                "margin-start", 12, "margin-end", 12, NULL);
  return label;
}

static void
setup_tools_page (DaftarPreferencesWindow *self)
{
  label_entry_row (self->add_row, _("Add AI Tool"));
  gtk_list_box_set_sort_func (self->tools_list, sort_tool_rows, NULL, NULL);
  gtk_list_box_set_placeholder (self->tools_list, create_tools_placeholder ());

  if (self->store == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_group), FALSE);
      return;
    }

  /* Who sends the invoices (daftar-invoicing-group.c) */
  if (self->settings != NULL)
    adw_preferences_page_add (self->general_page,
                              ADW_PREFERENCES_GROUP (daftar_invoicing_group_new (self->settings)));

  /* Goals are in the ledger (daftar-goals-group.c): the last group of the page. Until
   * Preferences is handed the app's context, a context over its ledger and settings. */
  {
    g_autoptr(DaftarContext) context = daftar_context_new (self->store, self->settings);

    adw_preferences_page_add (self->general_page,
                              ADW_PREFERENCES_GROUP (daftar_goals_group_new (context)));
  }

  self->store_changed_id = g_signal_connect_object (self->store, "changed",
                                                    G_CALLBACK (store_changed_cb), self,
                                                    G_CONNECT_SWAPPED);
  refresh_tools (self);
}

/* GObject */

static void
daftar_preferences_window_constructed (GObject *object)
{
  DaftarPreferencesWindow *self = (DaftarPreferencesWindow *)object;

  G_OBJECT_CLASS (daftar_preferences_window_parent_class)->constructed (object);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  setup_general_page (self);
  setup_tools_page (self);
}

static void
daftar_preferences_window_dispose (GObject *object)
{
  DaftarPreferencesWindow *self = (DaftarPreferencesWindow *)object;

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  if (self->settings != NULL)
    g_clear_signal_handler (&self->currency_changed_id, self->settings);
  if (self->settings != NULL)
    g_clear_signal_handler (&self->feed_changed_id, self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_PREFERENCES_WINDOW);
  g_clear_pointer (&self->tool_rows, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (daftar_preferences_window_parent_class)->dispose (object);
}

static void
daftar_preferences_window_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  DaftarPreferencesWindow *self = DAFTAR_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_preferences_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  DaftarPreferencesWindow *self = DAFTAR_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_preferences_window_class_init (DaftarPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_preferences_window_constructed;
  object_class->dispose = daftar_preferences_window_dispose;
  object_class->get_property = daftar_preferences_window_get_property;
  object_class->set_property = daftar_preferences_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DAFTAR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "prefs.set-home-currency", "s",
                                   set_home_currency_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/daftar-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, unsaved_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, general_page);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, money_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, language_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, currency_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, currency_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, feed_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, feed_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, feed_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, latin_digits_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, latin_digits_switch);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, persian_calendar_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, arabic_calendar_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, add_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, tools_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, add_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, add_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, tools_list);
  gtk_widget_class_bind_template_callback (widget_class, currency_row_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, feed_row_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_row_applied_cb);
}

static void
daftar_preferences_window_init (DaftarPreferencesWindow *self)
{
  self->tool_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}
