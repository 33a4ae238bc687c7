/* daftar-form-row.c — the pieces every form's rows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-form-row.h"

/**
 * daftar_form_text_is_blank:
 * @text: (nullable): what was typed
 *
 * Returns: whether @text holds nothing but white space, in any script
 */
gboolean
daftar_form_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/**
 * daftar_form_row_set_error:
 * @row: a form's row
 * @message: (nullable): what is wrong with it, or %NULL when nothing is
 *
 * Marks @row invalid the same way everywhere: the error style for the eye, the
 * invalid state and the message as its description for a screen reader.
 */
void
daftar_form_row_set_error (GtkWidget  *row,
                           const char *message)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (row);

  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (accessible, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (accessible, GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}
