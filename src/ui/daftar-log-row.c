/* daftar-log-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-log-row"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-duration.h"
#include "daftar-log-row.h"
#include "daftar-ui-format.h"
#include "daftar-widget-template.h"

struct _DaftarLogRow
{
  GtkWidget      parent_instance;

  DaftarContext *context;    /* for the format */

  GtkWidget *day_box;
  GtkLabel  *day_label;
  GtkLabel  *day_total;

  GtkWidget *session_box;
  GtkLabel  *project_label;
  GtkLabel  *time_label;
  GtkLabel  *note_label;
  GtkWidget *tools_box;
  GtkLabel  *actual_label;
  GtkLabel  *paid_label;
  GtkWidget *edit_button;
  GtkWidget *delete_button;

  gint64     session_id;
};

G_DEFINE_FINAL_TYPE (DaftarLogRow, daftar_log_row, GTK_TYPE_WIDGET)

static void
daftar_log_row_dispose (GObject *object)
{
  DaftarLogRow *self = DAFTAR_LOG_ROW (object);

  daftar_widget_dispose_template (GTK_WIDGET (object), DAFTAR_TYPE_LOG_ROW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_log_row_parent_class)->dispose (object);
}

static void
daftar_log_row_class_init (DaftarLogRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = daftar_log_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-log-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, day_box);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, day_total);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, session_box);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, project_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, note_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, tools_box);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, actual_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, paid_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarLogRow, delete_button);
}

static void
daftar_log_row_init (DaftarLogRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * daftar_log_row_new:
 * @context: the page's context, whose format writes the row's days, times and hours
 */
GtkWidget *
daftar_log_row_new (DaftarContext *context)
{
  DaftarLogRow *self;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);

  self = g_object_new (DAFTAR_TYPE_LOG_ROW, NULL);
  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

static void
set_day (DaftarLogRow  *self,
         DaftarLogItem *item)
{
  g_autofree char *day = daftar_ui_format_day (self->context, daftar_log_item_get_day (item));
  g_autofree char *total = daftar_ui_format_duration (self->context, daftar_log_item_get_total (item));
  g_autofree char *a11y = NULL;

  gtk_label_set_label (self->day_label, day);
  gtk_label_set_label (self->day_total, total);
  /* Translators: a day heading read by screen readers, e.g. "Friday, 21 March: 5:30 worked" */
  a11y = g_strdup_printf (_("%s: %s worked"), day, total);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

static void
set_session (DaftarLogRow        *self,
             const DaftarSession *s)
{
  g_autofree char *start = daftar_ui_format_time (self->context, s->start_utc, s->utc_offset);
  g_autofree char *end = daftar_ui_format_time (self->context, s->start_utc + s->actual_seconds, s->utc_offset);
  g_autofree char *range = NULL;
  g_autofree char *actual = daftar_ui_format_duration (self->context, s->actual_seconds);
  g_autofree char *paid = daftar_ui_format_duration (self->context, s->paid_seconds);
  g_autofree char *paid_text = NULL;
  g_autofree char *a11y = NULL;
  g_autoptr(GString) tools = g_string_new (NULL);
  GtkWidget *child;

  self->session_id = s->id;

  /* Translators: a time range, e.g. "09:30 – 11:00" */
  range = g_strdup_printf (_("%s – %s"), start, end);
  gtk_label_set_label (self->project_label, s->project_name ? s->project_name : "");
  gtk_label_set_label (self->time_label, range);
  gtk_label_set_label (self->note_label, s->note ? s->note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), s->note && *s->note);
  gtk_label_set_label (self->actual_label, actual);

  /* Translators: the time a platform paid for, e.g. "paid 1:00" */
  paid_text = g_strdup_printf (_("paid %s"), paid);
  gtk_label_set_label (self->paid_label, paid_text);
  if (s->paid_seconds < s->actual_seconds)
    gtk_widget_add_css_class (GTK_WIDGET (self->paid_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->paid_label), "warning");

  while ((child = gtk_widget_get_first_child (self->tools_box)))
    gtk_box_remove (GTK_BOX (self->tools_box), child);
  for (guint i = 0; i < s->tools->len; i++)
    {
      GtkWidget *chip = gtk_label_new (g_ptr_array_index (s->tools, i));

      gtk_widget_add_css_class (chip, "tool-chip");
      gtk_box_append (GTK_BOX (self->tools_box), chip);
      g_string_append_printf (tools, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (s->tools, i));
    }
  if (s->invoiced)
    {
      /* Translators: a mark on a session in the Log: an invoice billed it */
      GtkWidget *chip = gtk_label_new (_("Invoiced"));

      gtk_widget_add_css_class (chip, "tool-chip");
      gtk_widget_add_css_class (chip, "success");
      gtk_box_append (GTK_BOX (self->tools_box), chip);
    }
  gtk_widget_set_visible (self->tools_box, s->tools->len > 0 || s->invoiced);

  /* The action is named only once it has its target, so an unbound row
   * never offers an action it can't carry out. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "x", s->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "log.edit-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "x", s->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "log.delete-session");

  /* Translators: a session read by screen readers: project, time range, worked, paid, tools */
  a11y = g_strdup_printf (_("%s, %s, %s worked, %s, tools: %s"),
                          s->project_name ? s->project_name : "", range, actual, paid_text,
                          tools->len ? tools->str : _("none"));
  if (s->invoiced)
    {
      /* Translators: a session read by screen readers, then that an invoice billed it */
      char *invoiced = g_strdup_printf (_("%s, invoiced"), a11y);

      g_free (a11y);
      a11y = invoiced;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

void
daftar_log_row_set_item (DaftarLogRow  *self,
                         DaftarLogItem *item)
{
  gboolean is_day;

  g_return_if_fail (DAFTAR_IS_LOG_ROW (self));
  g_return_if_fail (DAFTAR_IS_LOG_ITEM (item));

  is_day = daftar_log_item_is_day (item);
  gtk_widget_set_visible (self->day_box, is_day);
  gtk_widget_set_visible (self->session_box, !is_day);

  if (is_day)
    set_day (self, item);
  else
    set_session (self, daftar_log_item_get_session (item));
}
