/* daftar-session-tools.c — the session dialog's AI tools picker
 *
 * A tick per tool in the catalog, a summary of the ticked ones, and a row that adds
 * a new tool to the catalog, ticked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-session-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-fold.h"
#include "daftar-plain-text.h"
#include "daftar-session-dialog-private.h"

void
daftar_session_dialog_update_tools_summary (DaftarSessionDialog *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  for (guint i = 0; i < self->tool_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->tool_checks, i);

      if (!gtk_check_button_get_active (check))
        continue;

      if (summary->len > 0)
        /* Translators: separates the names of AI tools in a list, as in “ChatGPT, Claude” */
        g_string_append (summary, _(", "));
      g_string_append (summary, g_object_get_data (G_OBJECT (check), "tool-name"));
    }

  adw_expander_row_set_subtitle (self->tools_row,
                                 summary->len > 0 ? summary->str
                                 /* Translators: no AI tool is ticked for the session */
                                 : C_("ai tools", "None"));
}

static void
tool_toggled_cb (DaftarSessionDialog *self,
                 GtkCheckButton      *check)
{
  daftar_session_dialog_update_tools_summary (self);

  if (self->loading)
    return;

  daftar_form_touch (self->form, FIELD_TOOLS);
  daftar_session_dialog_revalidate (self, NULL);
}

static GtkCheckButton *
add_tool_check (DaftarSessionDialog *self,
                const char          *name,
                gboolean             active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_object_set_data_full (G_OBJECT (check), "tool-name", g_strdup (name), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (tool_toggled_cb), self, G_CONNECT_SWAPPED);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_expander_row_add_row (self->tools_row, row);
  g_ptr_array_add (self->tool_checks, check);

  return GTK_CHECK_BUTTON (check);
}

static GtkCheckButton *
find_tool_check (DaftarSessionDialog *self,
                 const char          *name)
{
  g_autofree char *wanted = daftar_fold (name, -1);

  for (guint i = 0; i < self->tool_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->tool_checks, i);
      g_autofree char *folded = daftar_fold (g_object_get_data (G_OBJECT (check), "tool-name"), -1);

      if (g_strcmp0 (folded, wanted) == 0)
        return check;
    }

  return NULL;
}

/* Ticks a tool by name, adding it to the catalog first if it is new. */
static gboolean
select_new_tool (DaftarSessionDialog  *self,
                 const char           *typed,
                 GError              **error)
{
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GError) add_error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (typed));
  g_autofree char *wanted = daftar_fold (name, -1);
  GtkCheckButton *check;
  gint64 id = 0;

  if ((check = find_tool_check (self, name)) != NULL)
    {
      gtk_check_button_set_active (check, TRUE);
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
  if (!(tools = daftar_store_list_tools (self->store, TRUE, error)))
    return FALSE;

  for (guint i = 0; i < tools->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (tools, i);
      g_autofree char *folded = daftar_fold (tool->name, -1);

      if ((add_error == NULL && tool->id == id) ||
          (add_error != NULL && g_strcmp0 (folded, wanted) == 0))
        {
          add_tool_check (self, tool->name, TRUE);
          return TRUE;
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
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GError) error = NULL;

  tools = daftar_store_list_tools (self->store, TRUE, &error);
  if (tools == NULL)
    {
      g_warning ("Listing AI tools: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
      return;
    }

  for (guint i = 0; i < tools->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (tools, i);
      gboolean active = selected != NULL &&
                        g_ptr_array_find_with_equal_func (selected, tool->name, g_str_equal, NULL);

      /* A hidden tool shows only where it was used. */
      if (!tool->hidden || active)
        add_tool_check (self, tool->name, active);
    }
}
