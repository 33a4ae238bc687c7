/* daftar-payments-window.c — the payments received, newest first, for one project or all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row opens the payment in DaftarPaymentDialog, to change or delete it; dates are
 * in the user's calendar and digits.  The list follows the ledger as it changes.
 */
#define G_LOG_DOMAIN "daftar-payments-window"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-list-box.h"
#include "daftar-money-format.h"
#include "daftar-payment-dialog.h"
#include "daftar-payments-window.h"
#include "daftar-plain-text.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

struct _DaftarPaymentsWindow
{
  AdwWindow      parent_instance;

  DaftarContext *context;
  DaftarStore   *store;          /* the context's */
  gulong         changed_id;
  GArray        *project_ids;    /* gint64, the filter's items after “All Projects” */
  GArray        *payment_ids;    /* gint64, the rows' payments, in order */
  gboolean       filling;

  GtkDropDown   *project_filter;
  GtkListBox    *list_box;
};

G_DEFINE_FINAL_TYPE (DaftarPaymentsWindow, daftar_payments_window, ADW_TYPE_WINDOW)

/**
 * daftar_payments_window_new:
 * @parent: (nullable): the app's window, where a deleted payment can be taken back
 * @context: the app's context, with its open ledger
 *
 * Returns: (transfer none): a window, not yet shown; it destroys itself when closed
 */
DaftarPaymentsWindow *
daftar_payments_window_new (GtkWindow     *parent,
                            DaftarContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);

  return g_object_new (DAFTAR_TYPE_PAYMENTS_WINDOW, "transient-for", parent, "context", context, NULL);
}

static gint64
filter_project (DaftarPaymentsWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->project_filter);

  return selected > 0 && selected - 1 < self->project_ids->len
         ? g_array_index (self->project_ids, gint64, selected - 1) : 0;
}

/* Each value isolated, so a Latin name or note keeps its order in a right-to-left row. */
static GtkWidget *
create_row (DaftarFormat        *format,
            const DaftarPayment *payment)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *money = daftar_format_money (format, &payment->amount);
  g_autofree char *amount = daftar_text_isolate (money);
  g_autofree char *project = daftar_text_isolate (payment->project_name);
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;
  g_autofree char *shown_day = NULL;
  g_autofree char *subtitle = NULL;
  GDate date;

  if (daftar_date_parse_iso (payment->date, &date, NULL))
    day = daftar_format_date (format, &date, DAFTAR_DATE_STYLE_MEDIUM);
  shown_day = daftar_text_isolate (day != NULL ? day : payment->date);

  /* Translators: a payment in the list: the amount, then the project, e.g. "$300.00 · Logo" */
  title = daftar_sentence_printf (_("%s · %s"), amount, project);
  if (payment->note != NULL && *payment->note != '\0')
    {
      g_autofree char *note = daftar_text_isolate (payment->note);

      /* Translators: a payment's date, then its note */
      subtitle = daftar_sentence_printf (_("%s · %s"), shown_day, note);
    }
  else
    subtitle = g_strdup (shown_day);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
fill_list (DaftarPaymentsWindow *self)
{
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  gint64 project = filter_project (self);

  daftar_list_box_remove_rows (self->list_box);
  g_array_set_size (self->payment_ids, 0);

  if (!(payments = daftar_store_list_payments (self->store, &error)))
    {
      g_warning ("Listing the payments: %s", error->message);
      return;
    }

  /* The store lists by date, oldest first: newest first here. */
  for (guint i = payments->len; i > 0; i--)
    {
      const DaftarPayment *payment = g_ptr_array_index (payments, i - 1);

      if (project != 0 && payment->project_id != project)
        continue;
      g_array_append_val (self->payment_ids, payment->id);
      gtk_list_box_append (self->list_box, create_row (daftar_context_get_format (self->context), payment));
    }
}

static void
fill_filter (DaftarPaymentsWindow *self)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 kept = filter_project (self);
  guint selected = 0;

  self->filling = TRUE;
  g_array_set_size (self->project_ids, 0);
  /* Translators: the payments list's filter: every project's payments */
  gtk_string_list_append (names, _("All Projects"));
  if ((projects = daftar_store_list_projects (self->store, TRUE, NULL)))
    for (guint i = 0; i < projects->len; i++)
      {
        const DaftarProject *project = g_ptr_array_index (projects, i);

        g_array_append_val (self->project_ids, project->id);
        gtk_string_list_append (names, project->name);
        if (project->id == kept)
          selected = self->project_ids->len;
      }

  gtk_drop_down_set_model (self->project_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->project_filter, selected);
  self->filling = FALSE;
}

static void
store_changed_cb (DaftarStore          *store,
                  guint                 changes,
                  DaftarPaymentsWindow *self)
{
  if (changes & DAFTAR_STORE_CHANGE_PROJECTS)
    fill_filter (self);
  if (changes & (DAFTAR_STORE_CHANGE_PROJECTS | DAFTAR_STORE_CHANGE_PAYMENTS))
    fill_list (self);
}

static void
filter_changed_cb (DaftarPaymentsWindow *self)
{
  if (!self->filling && self->store != NULL)
    fill_list (self);
}

static void
row_activated_cb (DaftarPaymentsWindow *self,
                  GtkListBoxRow        *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0 || (guint) index >= self->payment_ids->len)
    return;

  gtk_window_present (GTK_WINDOW (daftar_payment_dialog_new (GTK_WINDOW (self), self->context,
                                                             g_array_index (self->payment_ids, gint64, index),
                                                             0)));
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DaftarPaymentsWindow *self = DAFTAR_PAYMENTS_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (daftar_payment_dialog_new (GTK_WINDOW (self), self->context, 0,
                                                             filter_project (self))));
}

static void
daftar_payments_window_constructed (GObject *object)
{
  DaftarPaymentsWindow *self = DAFTAR_PAYMENTS_WINDOW (object);

  G_OBJECT_CLASS (daftar_payments_window_parent_class)->constructed (object);

  g_assert (DAFTAR_IS_STORE (self->store));
  fill_filter (self);
  fill_list (self);
  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (store_changed_cb), self);
}

static void
daftar_payments_window_dispose (GObject *object)
{
  DaftarPaymentsWindow *self = DAFTAR_PAYMENTS_WINDOW (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_PAYMENTS_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_payments_window_parent_class)->dispose (object);
}

static void
daftar_payments_window_finalize (GObject *object)
{
  DaftarPaymentsWindow *self = DAFTAR_PAYMENTS_WINDOW (object);

  g_clear_pointer (&self->project_ids, g_array_unref);
  g_clear_pointer (&self->payment_ids, g_array_unref);

  G_OBJECT_CLASS (daftar_payments_window_parent_class)->finalize (object);
}

static void
daftar_payments_window_class_init (DaftarPaymentsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_payments_window_constructed;
  object_class->dispose = daftar_payments_window_dispose;
  object_class->finalize = daftar_payments_window_finalize;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarPaymentsWindow, context),
                                   G_STRUCT_OFFSET (DaftarPaymentsWindow, store));

  gtk_widget_class_install_action (widget_class, "payments.record", NULL, record_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-payments-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentsWindow, project_filter);
  gtk_widget_class_bind_template_child (widget_class, DaftarPaymentsWindow, list_box);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
daftar_payments_window_init (DaftarPaymentsWindow *self)
{
  self->project_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->payment_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->list_box,
                                daftar_list_placeholder_new (_("No payments recorded yet.")));
}

/**
 * daftar_payments_window_show_project:
 * @project_id: a project, or 0 for all
 */
void
daftar_payments_window_show_project (DaftarPaymentsWindow *self,
                                     gint64                project_id)
{
  g_return_if_fail (DAFTAR_IS_PAYMENTS_WINDOW (self));

  for (guint i = 0; i < self->project_ids->len; i++)
    if (g_array_index (self->project_ids, gint64, i) == project_id)
      {
        gtk_drop_down_set_selected (self->project_filter, i + 1);
        return;
      }

  gtk_drop_down_set_selected (self->project_filter, 0);
}

/**
 * daftar_payments_window_get_payment_ids:
 *
 * Returns: (transfer none) (element-type gint64): the payments listed, in order
 */
GArray *
daftar_payments_window_get_payment_ids (DaftarPaymentsWindow *self)
{
  g_return_val_if_fail (DAFTAR_IS_PAYMENTS_WINDOW (self), NULL);

  return self->payment_ids;
}
