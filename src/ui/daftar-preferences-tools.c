/* daftar-preferences-tools.c — Preferences' AI-tool catalog: add, search, edit, hide
 *
 * The catalog is read once into a list model (daftar-tool-item.h) and shown in a
 * one-column GtkGridView: only the rows on screen exist, recycled by the factory as the list
 * scrolls, so ten thousand tools open as fast as ten. A search entry filters it by
 * folded name. Each row is an expander with the tool's name, monthly cost, its
 * currency and the Hidden switch, checked through a DaftarForm of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-fold.h"
#include "daftar-form.h"
#include "daftar-grid-row.h"
#include "daftar-money.h"
#include "daftar-plain-text.h"
#include "daftar-preferences-tools.h"
#include "daftar-preferences-window.h"
#include "daftar-text.h"
#include "daftar-tool-item.h"
#include "daftar-ui-format.h"
#include "daftar-validate.h"

struct _DaftarPreferencesTools
{
  AdwPreferencesGroup  parent_instance;

  DaftarContext       *context;
  DaftarStore         *store;       /* the context's, or NULL without a ledger */
  GSettings           *settings;    /* the context's, or NULL without the schema */
  gulong               store_changed_id;

  GListStore          *items;       /* (element-type DaftarToolItem) the whole catalog */
  GtkFilterListModel  *filtered;    /* what the search leaves */
  GtkCustomFilter     *filter;
  char                *search_key;  /* daftar_fold() of the search, or NULL */
  GHashTable          *expanded;    /* ids of the tools whose rows are open */

  AdwEntryRow         *add_row;
  GtkLabel            *add_error;
  DaftarForm          *add_form;
  GtkSearchEntry      *search_entry;
  GtkGridView         *list;       /* of one column: see setup_list() */
  GtkWidget           *scroller;
  GtkLabel            *placeholder;
};

G_DEFINE_FINAL_TYPE (DaftarPreferencesTools, daftar_preferences_tools, ADW_TYPE_PREFERENCES_GROUP)

/* A row's fields, in the order shown; the Hidden row takes what names no field. */
enum {
  TOOL_FIELD_NAME,
  TOOL_FIELD_COST,
  TOOL_FIELD_CURRENCY,
  TOOL_FIELD_HIDDEN,
};

/* What one row shows and edits; recycled from tool to tool as the list scrolls. */
typedef struct
{
  DaftarPreferencesTools *tools;    /* unowned: the group outlives its rows */
  DaftarToolItem          *item;     /* the tool bound to the row, or NULL */
  gulong                   item_changed_id;
  AdwExpanderRow          *row;
  AdwEntryRow             *name_row;
  AdwEntryRow             *cost_row;
  AdwEntryRow             *cost_currency_row;
  GtkSwitch               *hidden_switch;
  GtkListBoxRow           *error_row;
  GtkLabel                *error_label;
  DaftarForm              *form;      /* the fields are built on the first opening */
} ToolRow;

static void tool_row_build_fields (ToolRow *tr);
static void tool_row_update_fields (ToolRow  *tr,
                                    gboolean  fresh);

static char *
describe_tool (DaftarPreferencesTools *self,
               const DaftarTool       *tool)
{
  g_autofree char *cost = NULL;
  g_autofree char *amount = NULL;

  if (tool->has_cost)
    {
      g_autofree char *money = daftar_ui_format_money (self->context, &tool->monthly_cost);

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

/* Shows what the store said about @field (none: clears the row's errors). */
static void
tool_row_show_error (ToolRow *tr,
                     int      field,
                     GError  *error)
{
  if (tr->form == NULL)
    {
      if (error == NULL)
        return;
      tool_row_build_fields (tr);
    }

  for (int f = TOOL_FIELD_NAME; f <= TOOL_FIELD_HIDDEN; f++)
    daftar_form_set_store_error (tr->form, f, NULL);
  if (error != NULL)
    daftar_form_set_store_error (tr->form, field, error);

  daftar_form_begin (tr->form);
  daftar_form_end (tr->form);
  gtk_widget_set_visible (GTK_WIDGET (tr->error_row), error != NULL);
  if (error != NULL)
    adw_expander_row_set_expanded (tr->row, TRUE);
}

static void
tool_row_fail (ToolRow *tr,
               GError  *error)
{
  int field = daftar_form_field_for_error (tr->form, error);

  if (field == DAFTAR_FORM_FIELD_NONE)
    field = error->domain == DAFTAR_VALIDATION_ERROR ? TOOL_FIELD_NAME : TOOL_FIELD_HIDDEN;
  tool_row_show_error (tr, field, error);
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
tool_row_applied_cb (AdwEntryRow *entry,
                     ToolRow     *tr)
{
  g_autoptr(GError) error = NULL;
  /* Copies: the store's ::changed refreshes this row before the call returns. */
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (tr->name_row)));
  g_autoptr(DaftarToolItem) item = tr->item != NULL ? g_object_ref (tr->item) : NULL;
  gboolean has_cost = FALSE;
  DaftarMoney cost = { 0 };

  if (item == NULL)
    return;

  if (!tool_row_read_cost (tr, &has_cost, &cost, &error) ||
      !daftar_store_update_tool (tr->tools->store, daftar_tool_item_get_tool (item)->id, name,
                                 has_cost ? &cost : NULL, daftar_tool_item_get_tool (item)->hidden,
                                 &error))
    {
      tool_row_fail (tr, g_steal_pointer (&error));
      return;
    }

  tool_row_show_error (tr, TOOL_FIELD_NAME, NULL);
}

static void
tool_row_hidden_cb (GtkSwitch  *toggle,
                    GParamSpec *pspec,
                    ToolRow    *tr)
{
  g_autoptr(GError) error = NULL;
  gboolean hidden = gtk_switch_get_active (toggle);
  g_autofree char *name = NULL;
  const DaftarTool *tool;
  DaftarMoney cost;

  if (tr->item == NULL || hidden == (tool = daftar_tool_item_get_tool (tr->item))->hidden)
    return;

  /* Copies: the store's ::changed refreshes this row before the call returns. */
  name = g_strdup (tool->name);
  cost = tool->monthly_cost;

  /* Only the switch: what is typed in the other fields waits for its own apply. */
  if (!daftar_store_update_tool (tr->tools->store, tool->id, name,
                                 tool->has_cost ? &cost : NULL, hidden, &error))
    {
      tool_row_show_error (tr, TOOL_FIELD_HIDDEN, g_steal_pointer (&error));
      gtk_switch_set_active (toggle, daftar_tool_item_get_tool (tr->item)->hidden);
    }
}

static void
tool_row_expanded_cb (AdwExpanderRow *row,
                      GParamSpec     *pspec,
                      ToolRow        *tr)
{
  gint64 id;

  if (tr->item == NULL)
    return;

  id = daftar_tool_item_get_tool (tr->item)->id;
  if (adw_expander_row_get_expanded (row) && tr->form == NULL)
    {
      tool_row_build_fields (tr);
    }
  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (tr->tools->expanded, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (tr->tools->expanded, &id);
}

/* Fills the fields from the bound tool; fields being edited keep what the user
 * typed, unless the row has just been given another tool (@fresh). */
static void
tool_row_update_fields (ToolRow  *tr,
                        gboolean  fresh)
{
  DaftarPreferencesTools *self = tr->tools;
  const DaftarTool *tool = daftar_tool_item_get_tool (tr->item);
  void (*set_text) (AdwEntryRow *, const char *) =
    fresh ? (void (*) (AdwEntryRow *, const char *)) gtk_editable_set_text
          : daftar_preferences_set_entry_text;
  g_autofree char *amount = NULL;
  g_autofree char *home = NULL;
  g_autofree char *label = NULL;
  g_autofree char *shown = daftar_text_isolate (tool->name);

  if (tr->form == NULL)
    return;

  set_text (tr->name_row, tool->name);
  amount = daftar_ui_format_amount_for_entry (self->context, tool->has_cost,
                                              tool->monthly_cost.minor, tool->monthly_cost.currency);
  set_text (tr->cost_row, amount);

  /* A tool without a cost is most likely paid in the home currency. */
  if (!tool->has_cost && self->settings != NULL)
    home = g_settings_get_string (self->settings, "home-currency");
  set_text (tr->cost_currency_row, tool->has_cost ? tool->monthly_cost.currency : home != NULL ? home : "");

  if (gtk_switch_get_active (tr->hidden_switch) != tool->hidden)
    gtk_switch_set_active (tr->hidden_switch, tool->hidden);

  /* Translators: read by screen readers for a tool's name field; %s is the tool, e.g. “ChatGPT” */
  label = g_strdup_printf (_("Name of %s"), shown);
  daftar_preferences_label_entry_row (tr->name_row, label);
  g_free (label);
  /* Translators: read by screen readers for a tool's cost field; %s is the tool, e.g. “ChatGPT” */
  label = g_strdup_printf (_("Monthly cost of %s"), shown);
  daftar_preferences_label_entry_row (tr->cost_row, label);
  g_free (label);
  /* Translators: read by screen readers for the currency of a tool's cost; %s is the tool */
  label = g_strdup_printf (_("Currency of the cost of %s"), shown);
  daftar_preferences_label_entry_row (tr->cost_currency_row, label);
  g_free (label);
  /* Translators: read by screen readers for a tool's “Hidden” switch; %s is the tool */
  label = g_strdup_printf (_("Hide %s"), shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tr->hidden_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Shows the bound tool: its name and summary, and its fields once they are built. */
static void
tool_row_update (ToolRow  *tr,
                 gboolean  fresh)
{
  const DaftarTool *tool = daftar_tool_item_get_tool (tr->item);
  g_autofree char *summary = describe_tool (tr->tools, tool);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (tr->row), tool->name);
  adw_expander_row_set_subtitle (tr->row, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tr->row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tool->name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
  tool_row_update_fields (tr, fresh);
}

static void
tool_item_changed_cb (DaftarToolItem *item,
                      GParamSpec     *pspec,
                      ToolRow        *tr)
{
  tool_row_update (tr, FALSE);
}

static void
tool_row_bind (ToolRow        *tr,
               DaftarToolItem *item)
{
  gint64 id = daftar_tool_item_get_tool (item)->id;

  tr->item = g_object_ref (item);
  tr->item_changed_id = g_signal_connect (item, "notify::name", G_CALLBACK (tool_item_changed_cb), tr);
  if (tr->form != NULL)
    {
      daftar_form_reset (tr->form);
      tool_row_show_error (tr, TOOL_FIELD_NAME, NULL);
    }
  tool_row_update (tr, TRUE);
  adw_expander_row_set_expanded (tr->row, g_hash_table_contains (tr->tools->expanded, &id));
}

static void
tool_row_unbind (ToolRow *tr)
{
  if (tr->item != NULL)
    g_clear_signal_handler (&tr->item_changed_id, tr->item);
  g_clear_object (&tr->item);
}

static void
tool_row_free (ToolRow *tr)
{
  tool_row_unbind (tr);
  g_clear_object (&tr->form);
  g_free (tr);
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

static void
tool_row_setup_form (ToolRow   *tr,
                     GtkWidget *hidden_row)
{
  static const int cost_codes[] = {
    DAFTAR_MONEY_ERROR_MALFORMED, DAFTAR_MONEY_ERROR_TOO_MANY_DECIMALS, DAFTAR_MONEY_ERROR_NEGATIVE,
    DAFTAR_MONEY_ERROR_OVERFLOW, DAFTAR_MONEY_ERROR_CURRENCY_MISMATCH,
  };
  GtkWidget *message = GTK_WIDGET (tr->error_label);

  tr->form = daftar_form_new (GTK_WIDGET (tr->row), NULL);
  daftar_form_add_field (tr->form, TOOL_FIELD_NAME, GTK_WIDGET (tr->name_row), NULL, message);
  daftar_form_add_field (tr->form, TOOL_FIELD_COST, GTK_WIDGET (tr->cost_row), NULL, message);
  daftar_form_add_field (tr->form, TOOL_FIELD_CURRENCY, GTK_WIDGET (tr->cost_currency_row), NULL, message);
  daftar_form_add_field (tr->form, TOOL_FIELD_HIDDEN, hidden_row, GTK_WIDGET (tr->hidden_switch), message);

  daftar_form_map_code (tr->form, TOOL_FIELD_NAME, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_NAME);
  daftar_form_map_code (tr->form, TOOL_FIELD_NAME, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_TOOL);
  daftar_form_map_code (tr->form, TOOL_FIELD_NAME, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE);
  daftar_form_map_code (tr->form, TOOL_FIELD_COST, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_AMOUNT);
  daftar_form_map_code (tr->form, TOOL_FIELD_CURRENCY, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY);
  for (guint i = 0; i < G_N_ELEMENTS (cost_codes); i++)
    daftar_form_map_code (tr->form, TOOL_FIELD_COST, DAFTAR_MONEY_ERROR, cost_codes[i]);
  daftar_form_map_code (tr->form, TOOL_FIELD_CURRENCY, DAFTAR_MONEY_ERROR, DAFTAR_MONEY_ERROR_UNKNOWN_CURRENCY);
}

/* The fields under the row: built when it is first opened, so that the rows
 * the list makes to scroll through stay light. */
static void
tool_row_build_fields (ToolRow *tr)
{
  AdwActionRow *hidden_row;

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

  tool_row_setup_form (tr, GTK_WIDGET (hidden_row));
  if (tr->item != NULL)
    tool_row_update_fields (tr, TRUE);
  /* After the first update, which sets the switch from the store */
  g_signal_connect (tr->hidden_switch, "notify::active", G_CALLBACK (tool_row_hidden_cb), tr);
}

static ToolRow *
tool_row_new (DaftarPreferencesTools *self)
{
  ToolRow *tr = g_new0 (ToolRow, 1);

  tr->tools = self;
  /* A row that hands the focus to its header: the grid's arrows move from tool to tool */
  tr->row = ADW_EXPANDER_ROW (g_object_new (DAFTAR_TYPE_GRID_EXPANDER_ROW, NULL));
  /* A width of its own: measured for a height by the grid, the row's title box
   * otherwise asks more than its minimum with some Persian names (a GTK critical). */
  gtk_widget_set_size_request (GTK_WIDGET (tr->row), 200, -1);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (tr->row), FALSE);
  g_object_set_data_full (G_OBJECT (tr->row), "daftar-tool-row", tr, (GDestroyNotify) tool_row_free);
  g_signal_connect (tr->row, "notify::expanded", G_CALLBACK (tool_row_expanded_cb), tr);
  return tr;
}

/* The list's factory */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              DaftarPreferencesTools   *self)
{
  ToolRow *tr = tool_row_new (self);

  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_list_item_set_child (list_item, GTK_WIDGET (tr->row));
}

static ToolRow *
list_item_row (GtkListItem *list_item)
{
  return g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "daftar-tool-row");
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             DaftarPreferencesTools   *self)
{
  tool_row_bind (list_item_row (list_item), gtk_list_item_get_item (list_item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               DaftarPreferencesTools   *self)
{
  tool_row_unbind (list_item_row (list_item));
}

/* The catalog */

static void
update_placeholder (DaftarPreferencesTools *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  if (empty && g_list_model_get_n_items (G_LIST_MODEL (self->items)) > 0)
    {
      g_autofree char *shown = daftar_text_isolate (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      /* Translators: the AI-tool search of Preferences found nothing; %s is what was typed */
      g_autofree char *text = daftar_sentence_printf (_("No AI tool matches “%s”."), shown);

      gtk_label_set_text (self->placeholder, text);
    }
  else
    gtk_label_set_text (self->placeholder, _("No AI tools yet. Add the ones you use above."));

  gtk_widget_set_visible (GTK_WIDGET (self->placeholder), empty);
  gtk_widget_set_visible (self->scroller, !empty);
}

static void
refresh_tools (DaftarPreferencesTools *self)
{
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GError) error = NULL;

  tools = daftar_store_list_tools (self->store, TRUE, &error);
  if (tools == NULL)
    {
      g_warning ("Listing AI tools: %s", error->message);
      return;
    }

  daftar_tool_items_update (self->items, tools);
}

static void
store_changed_cb (DaftarPreferencesTools *self,
                  guint                   changes,
                  DaftarStore            *store)
{
  if (changes & DAFTAR_STORE_CHANGE_TOOLS)
    refresh_tools (self);
}

static gboolean
filter_tool (gpointer item,
             gpointer user_data)
{
  DaftarPreferencesTools *self = user_data;

  return daftar_tool_item_matches (item, self->search_key);
}

static void
search_changed_cb (DaftarPreferencesTools *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search_key, g_free);
  if (!daftar_form_text_is_blank (text))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      self->search_key = daftar_fold (stripped, -1);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The row showing tool @id, when it is on screen. */
static ToolRow *
find_bound_row (DaftarPreferencesTools *self,
                gint64                  id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      ToolRow *tr = row != NULL ? g_object_get_data (G_OBJECT (row), "daftar-tool-row") : NULL;

      if (tr != NULL && tr->item != NULL && daftar_tool_item_get_tool (tr->item)->id == id)
        return tr;
    }

  return NULL;
}

static void
add_row_applied_cb (DaftarPreferencesTools *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->add_row));
  DaftarToolItem *item;
  ToolRow *tr;
  guint position;
  gint64 id = 0;

  if (self->store == NULL)
    return;

  if (!daftar_store_add_tool (self->store, name, NULL, &id, &error))
    {
      daftar_form_set_store_error (self->add_form, 0, g_steal_pointer (&error));
      daftar_form_begin (self->add_form);
      daftar_form_end (self->add_form);
      return;
    }

  daftar_form_set_store_error (self->add_form, 0, NULL);
  daftar_form_begin (self->add_form);
  daftar_form_end (self->add_form);
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");

  /* Open the new tool, to set its cost, and bring it into view. */
  g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  if ((tr = find_bound_row (self, id)) != NULL)
    adw_expander_row_set_expanded (tr->row, TRUE);
  if (daftar_tool_items_find (G_LIST_MODEL (self->filtered), id, NULL) == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if ((item = daftar_tool_items_find (G_LIST_MODEL (self->filtered), id, &position)) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}

static void
setup_list (DaftarPreferencesTools *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->items = g_list_store_new (DAFTAR_TYPE_TOOL_ITEM);
  self->filter = gtk_custom_filter_new (filter_tool, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->items)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_placeholder), self,
                           G_CONNECT_SWAPPED);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  /* Translators: the placeholder of the search over the AI-tool catalog */
  g_object_set (self->search_entry, "placeholder-text", _("Search AI Tools"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search AI Tools"), -1);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  /* A grid of one column rather than a GtkListView: GTK 4.8's list view keeps 200 rows
   * alive whatever its height (GTK_LIST_VIEW_MAX_LIST_ITEMS), its grid view 30 rows
   * per column, a screenful. */
  self->list = GTK_GRID_VIEW (gtk_grid_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)))),
                                                 factory));
  gtk_grid_view_set_max_columns (self->list, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "daftar-tools-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("AI Tools"), -1);

  /* As tall as the tools, up to a screenful; the list scrolls inside. */
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scroller), 440);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));
  gtk_widget_add_css_class (self->scroller, "card");
  gtk_box_append (GTK_BOX (box), self->scroller);

  self->placeholder = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->placeholder, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "dim-label");
  g_object_set (self->placeholder, "margin-top", 18, "margin-bottom", 18,
                "margin-start", 12, "margin-end", 12, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->placeholder));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), box);
}

static void
setup_add_row (DaftarPreferencesTools *self)
{
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "list-add-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *list = gtk_list_box_new ();

  self->add_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("Add AI Tool"));
  adw_entry_row_set_show_apply_button (self->add_row, TRUE);
  adw_entry_row_add_prefix (self->add_row, icon);
  g_signal_connect_object (self->add_row, "apply", G_CALLBACK (add_row_applied_cb), self, G_CONNECT_SWAPPED);
  daftar_preferences_label_entry_row (self->add_row, _("Add AI Tool"));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->add_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), list);

  self->add_error = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->add_error), FALSE);
  gtk_label_set_wrap (self->add_error, TRUE);
  gtk_label_set_xalign (self->add_error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->add_error), "error");
  g_object_set (self->add_error, "margin-top", 6, "margin-start", 6, "margin-end", 6, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->add_error));

  self->add_form = daftar_form_new (GTK_WIDGET (self), NULL);
  daftar_form_add_field (self->add_form, 0, GTK_WIDGET (self->add_row), NULL, GTK_WIDGET (self->add_error));
}

/**
 * daftar_preferences_tools_new:
 * @context: the app's context: its ledger (without one the group is insensitive),
 *   its settings for the home currency a new cost starts in, and its format
 */
DaftarPreferencesTools *
daftar_preferences_tools_new (DaftarContext *context)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);

  return g_object_new (DAFTAR_TYPE_PREFERENCES_TOOLS,
                       "context", context,
                       "title", _("Your AI Tools"),
                       "description", _("Tools you mark as used on a session appear in your earnings; a monthly cost is shared across that month’s projects."),
                       NULL);
}

static void
daftar_preferences_tools_constructed (GObject *object)
{
  DaftarPreferencesTools *self = DAFTAR_PREFERENCES_TOOLS (object);

  G_OBJECT_CLASS (daftar_preferences_tools_parent_class)->constructed (object);

  g_set_object (&self->store, daftar_context_get_store (self->context));
  g_set_object (&self->settings, daftar_context_get_settings (self->context));
  setup_add_row (self);
  setup_list (self);

  if (self->store == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
      update_placeholder (self);
      return;
    }

  self->store_changed_id = g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                                                    G_CONNECT_SWAPPED);
  refresh_tools (self);
  update_placeholder (self);
}

static void
daftar_preferences_tools_dispose (GObject *object)
{
  DaftarPreferencesTools *self = DAFTAR_PREFERENCES_TOOLS (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  g_clear_object (&self->add_form);

  G_OBJECT_CLASS (daftar_preferences_tools_parent_class)->dispose (object);
}

static void
daftar_preferences_tools_finalize (GObject *object)
{
  DaftarPreferencesTools *self = DAFTAR_PREFERENCES_TOOLS (object);

  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->items);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_free (self->search_key);

  G_OBJECT_CLASS (daftar_preferences_tools_parent_class)->finalize (object);
}

static void
daftar_preferences_tools_class_init (DaftarPreferencesToolsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = daftar_preferences_tools_constructed;
  object_class->dispose = daftar_preferences_tools_dispose;
  object_class->finalize = daftar_preferences_tools_finalize;

  daftar_context_install_property (object_class, G_STRUCT_OFFSET (DaftarPreferencesTools, context), -1);
}

static void
daftar_preferences_tools_init (DaftarPreferencesTools *self)
{
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}
