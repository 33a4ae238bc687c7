/* daftar-invoicing-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sender printed on invoices (and the name on statements): name, address, tax ID
 * and payment details, each a row bound to its setting, saved as typed.
 */
#define G_LOG_DOMAIN "daftar-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-invoicing-group.h"

static void
add_row (AdwPreferencesGroup *group,
         GSettings           *settings,
         const char          *key,
         const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, key);
  g_settings_bind (settings, key, row, "text", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (group, row);
}

/**
 * daftar_invoicing_group_new:
 * @settings: the app's settings
 *
 * Returns: (transfer floating): the Invoicing group
 */
GtkWidget *
daftar_invoicing_group_new (GSettings *settings)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  /* Translators: a group of Preferences */
  adw_preferences_group_set_title (group, _("Invoicing"));
  adw_preferences_group_set_description (group, _("Printed as the sender of your invoices; your name also heads your statements."));
  add_row (group, settings, "invoice-name", _("Name"));
  add_row (group, settings, "invoice-address", _("Address"));
  add_row (group, settings, "invoice-tax-id", _("Tax ID"));
  add_row (group, settings, "invoice-payment-details", _("Payment Details"));
  return GTK_WIDGET (group);
}
