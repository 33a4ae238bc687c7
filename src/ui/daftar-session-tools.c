/* daftar-session-tools.c — the session dialog's AI tools picker
 *
 * The catalog is read once into a list model (daftar-tool-item.h) and shown as
 * check rows in a one-column GtkGridView under a search entry: only a screenful of
 * rows exists, however many tools there are (GTK 4.8's GtkListView would keep 200).
 * What is ticked lives in the items, so it stays ticked when filtered out or
 * scrolled away. Below, a row adds a new tool to the catalog, ticked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-session-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-fold.h"
#include "daftar-grid-row.h"
#include "daftar-plain-text.h"
#include "daftar-session-dialog-private.h"
#include "daftar-tool-item.h"

/**
 * daftar_session_dialog_selected_tools:
 *
 * Returns: (transfer container) (element-type utf8): the names of the ticked
 *   tools in the catalog's order, %NULL-terminated, owned by the dialog's items
 */
GPtrArray *
daftar_session_dialog_selected_tools (DaftarSessionDialog *self)
{
  GListModel *items = G_LIST_MODEL (self->tool_items);
  GPtrArray *names = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaftarToolItem) item = g_list_model_get_item (items, i);

      if (daftar_tool_item_get_selected (item))
        g_ptr_array_add (names, (gpointer) daftar_tool_item_get_name (item));
    }
  g_ptr_array_add (names, NULL);

  return names;
}

void
daftar_session_dialog_update_tools_summary (DaftarSessionDialog *self)
{
  g_autoptr(GPtrArray) names = daftar_session_dialog_selected_tools (self);
  g_autoptr(GString) summary = g_string_new (NULL);

  for (guint i = 0; g_ptr_array_index (names, i) != NULL; i++)
    {
      if (summary->len > 0)
        /* Translators: separates the names of AI tools in a list, as in “ChatGPT, Claude” */
        g_string_append (summary, _(", "));
      g_string_append (summary, g_ptr_array_index (names, i));
    }

  adw_expander_row_set_subtitle (self->tools_row,
                                 summary->len > 0 ? summary->str
                                 /* Translators: no AI tool is ticked for the session */
                                 : C_("ai tools", "None"));
}

static void
tool_toggled_cb (DaftarSessionDialog *self)
{
  if (self->binding_tools)
    return;

  daftar_session_dialog_update_tools_summary (self);

  if (self->loading)
    return;

  daftar_form_touch (self->form, FIELD_TOOLS);
  daftar_session_dialog_revalidate (self, NULL);
}

/* The factory: a check row per tool on screen, its tick bound to the item. */

static void
setup_tool_row_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   DaftarSessionDialog      *self)
{
  /* A row that hands the focus to its check: the grid's arrows move from tool to tool */
  GtkWidget *row = g_object_new (DAFTAR_TYPE_GRID_ACTION_ROW, NULL);
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "daftar-check", check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (tool_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_tool_row_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  DaftarSessionDialog      *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  DaftarToolItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "daftar-check");
  GBinding *binding;

  /* The row's title names its check too (the activatable widget is labelled by it):
   * a label of its own would make a screen reader say the name twice. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), daftar_tool_item_get_name (item));
  self->binding_tools = TRUE;
  binding = g_object_bind_property (item, "selected", check, "active",
                                    G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  self->binding_tools = FALSE;
  g_object_set_data (G_OBJECT (row), "daftar-binding", binding);
}

static void
unbind_tool_row_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    DaftarSessionDialog      *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GBinding *binding = g_object_steal_data (G_OBJECT (row), "daftar-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

static gboolean
filter_tool (gpointer item,
             gpointer user_data)
{
  DaftarSessionDialog *self = user_data;

  return daftar_tool_item_matches (item, self->tool_search_key);
}

static void
tool_search_changed_cb (DaftarSessionDialog *self,
                        GtkSearchEntry      *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_clear_pointer (&self->tool_search_key, g_free);
  if (!daftar_form_text_is_blank (text))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      self->tool_search_key = daftar_fold (stripped, -1);
    }
  gtk_filter_changed (GTK_FILTER (self->tool_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static GtkWidget *
plain_row (GtkWidget *child)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  return row;
}

/* Builds the picker under the “AI Tools Used” row; called once, from init. */
void
daftar_session_dialog_setup_tools (DaftarSessionDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *grid;

  self->tool_items = g_list_store_new (DAFTAR_TYPE_TOOL_ITEM);
  self->tool_filter = gtk_custom_filter_new (filter_tool, self, NULL);
  self->tool_filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->tool_items)),
                                                   GTK_FILTER (g_object_ref (self->tool_filter)));

  g_object_set (search, "placeholder-text", _("Search AI Tools"), "margin-top", 6, "margin-bottom", 6,
                "margin-start", 6, "margin-end", 6, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search AI Tools"), -1);
  g_signal_connect_object (search, "search-changed", G_CALLBACK (tool_search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_row (self->tools_row, plain_row (search));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_tool_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_tool_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_tool_row_cb), self);
  grid = gtk_grid_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->tool_filtered)))),
                            factory);
  gtk_grid_view_set_max_columns (GTK_GRID_VIEW (grid), 1);
  gtk_widget_add_css_class (grid, "daftar-tools-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("AI Tools"), -1);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 300);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  adw_expander_row_add_row (self->tools_row, plain_row (scroller));
}

void
daftar_session_dialog_dispose_tools (DaftarSessionDialog *self)
{
  g_clear_object (&self->tool_filtered);
  g_clear_object (&self->tool_filter);
  g_clear_object (&self->tool_items);
  g_clear_pointer (&self->tool_search_key, g_free);
}

static gboolean
tool_is_offered (const DaftarTool *tool,
                 GHashTable       *selected)
{
  /* A hidden tool shows only where it was used. */
  return !tool->hidden || g_hash_table_contains (selected, tool->name);
}

/* Lists the catalog again: the tools offered, and those in @selected ticked. */
static gboolean
load_tools (DaftarSessionDialog  *self,
            GHashTable           *selected,
            GError              **error)
{
  g_autoptr(GPtrArray) tools = daftar_store_list_tools (self->store, TRUE, error);
  g_autoptr(GPtrArray) offered = NULL;
  guint n;

  if (tools == NULL)
    return FALSE;

  offered = g_ptr_array_new ();
  for (guint i = 0; i < tools->len; i++)
    if (tool_is_offered (g_ptr_array_index (tools, i), selected))
      g_ptr_array_add (offered, g_ptr_array_index (tools, i));

  self->loading = TRUE;
  daftar_tool_items_update (self->tool_items, offered);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->tool_items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaftarToolItem) item = g_list_model_get_item (G_LIST_MODEL (self->tool_items), i);

      if (g_hash_table_contains (selected, daftar_tool_item_get_name (item)))
        daftar_tool_item_set_selected (item, TRUE);
    }
  self->loading = FALSE;

  return TRUE;
}

static DaftarToolItem *
find_tool (DaftarSessionDialog *self,
           const char          *name)
{
  g_autofree char *wanted = daftar_fold (name, -1);
  GListModel *items = G_LIST_MODEL (self->tool_items);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaftarToolItem) item = g_list_model_get_item (items, i);
      g_autofree char *folded = daftar_fold (daftar_tool_item_get_name (item), -1);

      if (g_strcmp0 (folded, wanted) == 0)
        return item;   /* the model keeps it */
    }

  return NULL;
}

/* Ticks a tool by name, adding it to the catalog first if it is new. */
static gboolean
select_new_tool (DaftarSessionDialog  *self,
                 const char           *typed,
                 GError              **error)
{
  g_autoptr(GError) add_error = NULL;
  g_autoptr(GHashTable) selected = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *name = g_strstrip (g_strdup (typed));
  DaftarToolItem *item;
  gint64 id = 0;

  if ((item = find_tool (self, name)) != NULL)
    {
      daftar_tool_item_set_selected (item, TRUE);
      return TRUE;
    }

  /* A name already taken is a hidden tool: it comes back, ticked. */
  if (!daftar_store_add_tool (self->store, name, NULL, &id, &add_error) &&
      !g_error_matches (add_error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE))
    {
      g_propagate_error (error, g_steal_pointer (&add_error));
      return FALSE;
    }

  /* The store tidies the name up; show it as stored. */
  names = daftar_session_dialog_selected_tools (self);
  for (guint i = 0; g_ptr_array_index (names, i) != NULL; i++)
    g_hash_table_add (selected, g_ptr_array_index (names, i));
  {
    g_autoptr(GPtrArray) tools = daftar_store_list_tools (self->store, TRUE, error);
    g_autofree char *wanted = daftar_fold (name, -1);
    g_autofree char *stored = NULL;

    if (tools == NULL)
      return FALSE;

    for (guint i = 0; i < tools->len && stored == NULL; i++)
      {
        DaftarTool *tool = g_ptr_array_index (tools, i);
        g_autofree char *folded = daftar_fold (tool->name, -1);

        if ((add_error == NULL && tool->id == id) ||
            (add_error != NULL && g_strcmp0 (folded, wanted) == 0))
          stored = g_strdup (tool->name);
      }

    if (stored != NULL)
      {
        /* Copies: the names in @selected belong to items that may go. */
        g_autoptr(GHashTable) keep = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        GHashTableIter iter;
        gpointer key;

        g_hash_table_iter_init (&iter, selected);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          g_hash_table_add (keep, g_strdup (key));
        g_hash_table_add (keep, g_steal_pointer (&stored));
        return load_tools (self, keep, error);
      }
  }

  if (add_error != NULL)
    g_propagate_error (error, g_steal_pointer (&add_error));
  else
    g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_NOT_FOUND,
                 _("The AI tool was added but can’t be found. Close the dialog and try again."));
  return FALSE;
}

void
daftar_session_dialog_new_tool_apply_cb (DaftarSessionDialog *self,
                                         AdwEntryRow         *row)
{
  g_autoptr(GError) error = NULL;

  if (daftar_form_text_is_blank (get_text (row)))
    return;

  daftar_form_set_store_error (self->form, FIELD_NEW_TOOL, NULL);
  if (select_new_tool (self, get_text (row), &error))
    {
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row), "");
      self->loading = FALSE;
      daftar_session_dialog_update_tools_summary (self);
      daftar_form_touch (self->form, FIELD_TOOLS);
    }
  else if (error != NULL)
    {
      daftar_form_set_store_error (self->form, FIELD_NEW_TOOL, g_steal_pointer (&error));
    }

  daftar_session_dialog_revalidate (self, NULL);
}

void
daftar_session_dialog_fill_tools (DaftarSessionDialog *self,
                                  GPtrArray           *selected)
{
  g_autoptr(GHashTable) ticked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; selected != NULL && i < selected->len; i++)
    if (g_ptr_array_index (selected, i) != NULL)
      g_hash_table_add (ticked, g_strdup (g_ptr_array_index (selected, i)));

  if (!load_tools (self, ticked, &error))
    {
      g_warning ("Listing AI tools: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
      return;
    }
}
