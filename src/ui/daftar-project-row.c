/* daftar-project-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-project-row"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-project-row.h"
#include "daftar-plain-text.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-widget-template.h"

struct _DaftarProjectRow
{
  GtkWidget      parent_instance;

  DaftarContext *context;    /* for the format */

  GtkLabel  *name_label;
  GtkLabel  *details_label;
  GtkLabel  *terms_label;
  GtkLabel  *hours_label;
  GtkWidget *archived_label;
  GtkWidget *pay_button;
  GtkWidget *invoice_button;
  GtkWidget *edit_button;
  GtkWidget *archive_button;
  GtkWidget *delete_button;
};

G_DEFINE_FINAL_TYPE (DaftarProjectRow, daftar_project_row, GTK_TYPE_WIDGET)

static void
daftar_project_row_dispose (GObject *object)
{
  DaftarProjectRow *self = DAFTAR_PROJECT_ROW (object);

  daftar_widget_dispose_template (GTK_WIDGET (object), DAFTAR_TYPE_PROJECT_ROW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_project_row_parent_class)->dispose (object);
}

static void
daftar_project_row_class_init (DaftarProjectRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = daftar_project_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-project-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectRow, terms_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectRow, hours_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectRow, archived_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectRow, pay_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectRow, archive_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectRow, delete_button);
}

static void
daftar_project_row_init (DaftarProjectRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* New Invoice… for this project, before Edit */
  self->invoice_button = gtk_button_new_from_icon_name ("document-new-symbolic");
  gtk_widget_set_valign (self->invoice_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->invoice_button, "flat");
  gtk_widget_set_tooltip_text (self->invoice_button, _("New Invoice…"));
  gtk_widget_insert_before (self->invoice_button, gtk_widget_get_parent (self->edit_button), self->edit_button);
}

/**
 * daftar_project_row_new:
 * @context: the page's context, whose format writes the row's money and hours
 */
GtkWidget *
daftar_project_row_new (DaftarContext *context)
{
  DaftarProjectRow *self;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);

  self = g_object_new (DAFTAR_TYPE_PROJECT_ROW, NULL);
  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

static char *
format_terms (DaftarProjectRow    *self,
              const DaftarProject *p)
{
  DaftarMoney money = { 0 };
  g_autofree char *amount = NULL;

  g_strlcpy (money.currency, p->currency, sizeof money.currency);

  if (p->pricing == DAFTAR_PRICING_HOURLY && p->has_rate)
    {
      money.minor = p->rate_minor;
      amount = daftar_ui_format_money (self->context, &money);
      /* Translators: an hourly rate, e.g. "40.00 USD an hour" */
      return daftar_sentence_printf (_("%s an hour"), amount);
    }

  if (p->pricing == DAFTAR_PRICING_FIXED && p->has_price)
    {
      money.minor = p->price_minor;
      amount = daftar_ui_format_money (self->context, &money);
      /* Translators: a fixed price, e.g. "Fixed price: 150.00 USD" */
      return daftar_sentence_printf (_("Fixed price: %s"), amount);
    }

  /* Translators: per-task pricing, with the currency code, e.g. "Per task, USD" */
  return daftar_sentence_printf (_("Per task, %s"), p->currency);
}

void
daftar_project_row_set_item (DaftarProjectRow  *self,
                             DaftarProjectItem *item)
{
  const DaftarProject *p = daftar_project_item_get_project (item);
  const char *known_platform = daftar_platform_key_get_label (p->platform_key);
  g_autofree char *platform = NULL;
  g_autofree char *details = NULL;
  g_autofree char *terms = format_terms (self, p);
  g_autofree char *month = daftar_ui_format_duration (self->context, daftar_project_item_get_month_seconds (item));
  g_autofree char *hours = NULL;
  g_autofree char *a11y = NULL;

  /* Names from the ledger are isolated, so a right-to-left client does not
   * carry the platform and category along with it, and vice versa. */
  platform = known_platform != NULL ? g_strdup (known_platform) : daftar_text_isolate (p->platform_name);

  if (p->client != NULL)
    {
      g_autofree char *client = daftar_text_isolate (p->client);

      /* Translators: client · platform · category */
      details = daftar_sentence_printf (_("%s · %s · %s"), client, platform,
                                 daftar_category_get_label (p->category));
    }
  else
    /* Translators: platform · category */
    details = daftar_sentence_printf (_("%s · %s"), platform, daftar_category_get_label (p->category));

  /* Translators: hours worked on a project this month, e.g. "12:30 this month" */
  hours = daftar_sentence_printf (_("%s this month"), month);

  gtk_label_set_label (self->name_label, p->name);
  /* The line reads in the app's direction, whatever script the client's name
   * is in: the isolate doesn't hide the name from Pango's first-letter rule. */
  daftar_label_set_sentence (self->details_label, details);
  gtk_label_set_label (self->terms_label, terms);
  gtk_label_set_label (self->hours_label, hours);
  gtk_widget_set_visible (self->archived_label, p->archived);

  /* Named only once targeted: see daftar-log-row.c */
  /* Fixed-price work is paid by milestones: recording one is a click away. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->pay_button), "x", p->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->pay_button), "projects.record-payment");
  gtk_widget_set_visible (self->pay_button, p->pricing == DAFTAR_PRICING_FIXED && !p->archived);
  {
    /* Translators: accessible name of a project's button, e.g. "Record a payment for Logo" */
    g_autofree char *pay_label = g_strdup_printf (_("Record a payment for %s"), p->name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->pay_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    pay_label, -1);
  }
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->invoice_button), "x", p->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->invoice_button), "win.new-invoice");
  {
    /* Translators: accessible name of a project's button, e.g. "New invoice for Logo" */
    g_autofree char *invoice_label = g_strdup_printf (_("New invoice for %s"), p->name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->invoice_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    invoice_label, -1);
  }
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "x", p->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "projects.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->archive_button), "x", p->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->archive_button), "projects.archive");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "x", p->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "projects.delete");
  gtk_button_set_icon_name (GTK_BUTTON (self->archive_button),
                            p->archived ? "edit-undo-symbolic" : "folder-symbolic");
  gtk_widget_set_tooltip_text (self->archive_button,
                               p->archived ? _("Unarchive Project") : _("Archive Project"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->archive_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  p->archived ? _("Unarchive Project") : _("Archive Project"), -1);

  /* Translators: a project read by screen readers: name, details, terms, hours */
  a11y = g_strdup_printf (_("%s, %s, %s, %s"), p->name, details, terms, hours);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}
