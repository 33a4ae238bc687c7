/* daftar-rates-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-rates-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-busy-retry.h"
#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-list-box.h"
#include "daftar-plain-text.h"
#include "daftar-rates-dialog.h"
#include "daftar-form.h"
#include "daftar-store-report.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

typedef enum
{
  FIELD_DATE,
  FIELD_BASE,
  FIELD_QUOTE,
  FIELD_RATE,
  N_FIELDS
} Field;

struct _DaftarRatesDialog
{
  AdwWindow        parent_instance;

  DaftarContext   *context;
  DaftarStore     *store;        /* the context's */
  gulong           changed_id;
  GArray          *rates;        /* DaftarExchangeRate, as listed */
  DaftarForm      *form;

  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *date_row;
  GtkLabel        *date_hint;
  AdwEntryRow     *base_row;
  AdwEntryRow     *quote_row;
  AdwEntryRow     *rate_row;
  GtkLabel        *preview_label;
  GtkLabel        *error_label;
  GtkWidget       *add_button;
  GtkListBox      *list_box;
};

G_DEFINE_FINAL_TYPE (DaftarRatesDialog, daftar_rates_dialog, ADW_TYPE_WINDOW)

/**
 * daftar_rates_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @context: the app's context, with its open ledger
 *
 * Returns: (transfer none): a modal dialog, not yet shown; it destroys itself when closed
 */
DaftarRatesDialog *
daftar_rates_dialog_new (GtkWindow     *parent,
                         DaftarContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);

  return g_object_new (DAFTAR_TYPE_RATES_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

/* A rate as people write it: no more decimals than it has, at least two. */
static char *
format_rate_value (DaftarFormat *format,
                   gint64        rate_e8)
{
  int decimals = DAFTAR_RATE_DECIMALS;

  while (decimals > 2 && rate_e8 % 10 == 0)
    {
      rate_e8 /= 10;
      decimals--;
    }

  return daftar_format_decimal (format, rate_e8, decimals);
}

/* For an accessible name, which takes no marks */
static char *
describe_rate_plain (DaftarFormat *format,
                     const char   *base,
                     const char   *quote,
                     gint64        rate_e8)
{
  g_autofree char *one = daftar_format_integer (format, 1);
  g_autofree char *value = format_rate_value (format, rate_e8);

  /* Translators: an exchange rate, e.g. "1 EUR = 1.08 USD": the number one, a
   * currency code, the rate, the other currency code. */
  return g_strdup_printf (_("%s %s = %s %s"), one, base, value, quote);
}

/* The equation reads left to right in every language, alone or inside a
 * right-to-left sentence ("۱ EUR = ۱٫۰۸ USD"), as the PDF statement writes it. */
static char *
describe_rate (DaftarFormat *format,
               const char   *base,
               const char   *quote,
               gint64        rate_e8)
{
  g_autofree char *plain = describe_rate_plain (format, base, quote, rate_e8);

  return g_strconcat ("\u2066", plain, "\u2069", NULL);
}

/* A value to place inside a sentence, isolated from the words around it. Takes @text. */
static char *
isolate (char *text)
{
  char *isolated = daftar_text_isolate (text);

  g_free (text);
  return isolated;
}

/**
 * daftar_rates_dialog_describe_rate:
 *
 * Returns: (transfer full): the rate as people write it, like “1 EUR = 1.08 USD”, in
 *   the user's digits, isolated to read left to right
 */
char *
daftar_rates_dialog_describe_rate (DaftarFormat             *format,
                                   const DaftarExchangeRate *rate)
{
  g_return_val_if_fail (rate != NULL, NULL);

  return describe_rate (format, rate->base, rate->quote, rate->rate_e8);
}

static char *
format_day (DaftarFormat *format,
            DaftarDay     day)
{
  GDate date;

  daftar_day_to_date (day, &date);
  return daftar_format_date (format, &date, DAFTAR_DATE_STYLE_LONG);
}

/* Reads the form into @out, with what is wrong with each field in the form. */
static gboolean
read_form (DaftarRatesDialog  *self,
           DaftarExchangeRate *out)
{
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  gboolean base_read, quote_read;
  GDate date;

  memset (out, 0, sizeof *out);
  out->source = DAFTAR_RATE_SOURCE_USER;
  daftar_form_begin (self->form);

  if (daftar_format_parse_date (daftar_context_get_format (self->context), date_text, &date,
                                daftar_form_error_slot (self->form, FIELD_DATE)))
    out->day = daftar_day_from_date (&date);

  base_read = daftar_currency_normalize (gtk_editable_get_text (GTK_EDITABLE (self->base_row)), out->base,
                                         daftar_form_error_slot (self->form, FIELD_BASE));
  quote_read = daftar_currency_normalize (gtk_editable_get_text (GTK_EDITABLE (self->quote_row)), out->quote,
                                          daftar_form_error_slot (self->form, FIELD_QUOTE));
  if (base_read && quote_read && g_str_equal (out->base, out->quote))
    g_set_error (daftar_form_error_slot (self->form, FIELD_QUOTE),
                 DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY,
                 /* Translators: %s is a currency code, like USD. */
                 _("An exchange rate needs two different currencies, not %s twice."), out->base);

  daftar_rate_parse (gtk_editable_get_text (GTK_EDITABLE (self->rate_row)), &out->rate_e8,
                     daftar_form_error_slot (self->form, FIELD_RATE));

  return daftar_form_end (self->form);
}

/* Shows what is wrong with the fields the user has been to, and what the rate will be. */
static gboolean
revalidate (DaftarRatesDialog *self)
{
  DaftarExchangeRate rate;
  gboolean valid = read_form (self, &rate);

  /* The date as the user's calendar writes it in full, to check what was typed. */
  if (daftar_form_get_error (self->form, FIELD_DATE) == NULL)
    {
      g_autofree char *day = format_day (daftar_context_get_format (self->context), rate.day);

      gtk_label_set_text (self->date_hint, day);
    }
  else
    gtk_label_set_text (self->date_hint, "");

  if (valid)
    {
      g_autofree char *text = describe_rate (daftar_context_get_format (self->context), rate.base, rate.quote, rate.rate_e8);
      g_autofree char *day = isolate (format_day (daftar_context_get_format (self->context), rate.day));
      g_autofree char *preview = NULL;

      /* Translators: what will be recorded, e.g. "1 EUR = 1.08 USD from March 1, 2025 on" */
      preview = daftar_sentence_printf (_("%s from %s on"), text, day);
      gtk_label_set_text (self->preview_label, preview);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->preview_label), valid);

  return valid;
}

static void
entry_changed_cb (GtkEditable       *editable,
                  DaftarRatesDialog *self)
{
  int field = daftar_form_field_for_widget (self->form, editable);

  if (field != DAFTAR_FORM_FIELD_NONE)
    daftar_form_touch (self->form, field);
  revalidate (self);
}

/* Rates list */

static int
compare_rates (gconstpointer a,
               gconstpointer b)
{
  const DaftarExchangeRate *x = a, *y = b;
  int cmp;

  /* The newest first, then by pair. */
  if (x->day != y->day)
    return x->day > y->day ? -1 : 1;
  if ((cmp = g_strcmp0 (x->base, y->base)) != 0)
    return cmp;
  if ((cmp = g_strcmp0 (x->quote, y->quote)) != 0)
    return cmp;
  return (int) x->source - (int) y->source;
}

static GtkWidget *
create_rate_row (DaftarFormat             *format,
                 const DaftarExchangeRate *rate)
{
  g_autofree char *title = describe_rate (format, rate->base, rate->quote, rate->rate_e8);
  g_autofree char *plain = describe_rate_plain (format, rate->base, rate->quote, rate->rate_e8);
  g_autofree char *day = isolate (format_day (format, rate->day));
  g_autofree char *plain_day = format_day (format, rate->day);
  g_autofree char *subtitle = NULL;
  g_autofree char *delete_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  subtitle = g_strdup_printf ("%s · %s", day,
                              rate->source == DAFTAR_RATE_SOURCE_FEED
                              /* Translators: where an exchange rate came from */
                              ? _("From the market feed")
                              /* Translators: where an exchange rate came from */
                              : _("Entered by you"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete Rate"));
  /* Translators: accessible name of a delete button, e.g. "Delete 1 EUR = 1.08 USD, March 1, 2025" */
  delete_label = g_strdup_printf (_("Delete %s, %s"), plain, plain_day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  delete_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "rates.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", rate->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
fill_list (DaftarRatesDialog *self)
{
  g_autoptr(DaftarRateTable) table = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  daftar_list_box_remove_rows (self->list_box);
  g_array_set_size (self->rates, 0);

  if (!(table = daftar_store_load_rates (self->store, &error)))
    {
      g_warning ("Reading exchange rates: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
      return;
    }

  n = daftar_rate_table_get_n_rates (table);
  for (guint i = 0; i < n; i++)
    g_array_append_val (self->rates, *daftar_rate_table_get_rate (table, i));
  g_array_sort (self->rates, compare_rates);

  for (guint i = 0; i < self->rates->len; i++)
    gtk_list_box_append (self->list_box,
                         create_rate_row (daftar_context_get_format (self->context), &g_array_index (self->rates, DaftarExchangeRate, i)));
}

static void
store_changed_cb (DaftarStore       *store,
                  guint              changes,
                  DaftarRatesDialog *self)
{
  if (changes & DAFTAR_STORE_CHANGE_RATES)
    fill_list (self);
}

/* Adding and deleting */

static void
retry_add (GtkWidget *widget)
{
  daftar_rates_dialog_add (DAFTAR_RATES_DIALOG (widget));
}

/**
 * daftar_rates_dialog_add:
 *
 * Records the rate in the form, as the Add button does.
 *
 * Returns: %TRUE when the rate was written
 */
gboolean
daftar_rates_dialog_add (DaftarRatesDialog *self)
{
  g_autoptr(GError) error = NULL;
  DaftarExchangeRate rate;

  g_return_val_if_fail (DAFTAR_IS_RATES_DIALOG (self), FALSE);

  if (!revalidate (self))
    {
      daftar_form_save_refused (self->form);
      revalidate (self);
      return FALSE;
    }

  read_form (self, &rate);

  if (!daftar_store_add_rate (self->store, &rate, NULL, &error))
    {
      /* Another program is writing: the rate is added again soon. */
      if (daftar_busy_retry_handle (GTK_WIDGET (self), self->toast_overlay, error, retry_add))
        return FALSE;

      /* What the store said on adding comes before what the fields say. */
      daftar_form_set_store_error (self->form, DAFTAR_FORM_FIELD_NONE, g_steal_pointer (&error));
      revalidate (self);
      return FALSE;
    }

  daftar_busy_retry_done (GTK_WIDGET (self));
  adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (_("Exchange rate added")));

  /* Ready for the next rate of the same pair. */
  gtk_editable_set_text (GTK_EDITABLE (self->rate_row), "");
  daftar_form_reset (self->form);
  revalidate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rate_row));
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  daftar_rates_dialog_add (DAFTAR_RATES_DIALOG (widget));
}

static void
entry_activated_cb (DaftarRatesDialog *self,
                    AdwEntryRow       *row)
{
  daftar_rates_dialog_add (self);
}

typedef struct
{
  DaftarRatesDialog  *self;
  DaftarExchangeRate  rate;
} UndoDelete;

static void
undo_delete_cb (AdwToast   *toast,
                UndoDelete *undo)
{
  g_autoptr(GError) error = NULL;

  if (!daftar_store_add_rate (undo->self->store, &undo->rate, NULL, &error))
    adw_toast_overlay_add_toast (undo->self->toast_overlay, daftar_toast_new_plain (error->message));
}

static void
undo_delete_free (gpointer  data,
                  GClosure *closure)
{
  g_free (data);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DaftarRatesDialog *self = DAFTAR_RATES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);
  UndoDelete *undo = NULL;
  AdwToast *toast;

  for (guint i = 0; i < self->rates->len; i++)
    {
      if (g_array_index (self->rates, DaftarExchangeRate, i).id == id)
        {
          undo = g_new0 (UndoDelete, 1);
          undo->self = self;
          undo->rate = g_array_index (self->rates, DaftarExchangeRate, i);
        }
    }

  if (!daftar_store_delete_rate (self->store, id, &error))
    {
      g_free (undo);
      adw_toast_overlay_add_toast (self->toast_overlay, daftar_toast_new_plain (error->message));
      return;
    }

  toast = daftar_toast_new_plain (_("Exchange rate deleted"));
  if (undo != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb), undo,
                             undo_delete_free, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * daftar_rates_dialog_prefill:
 * @base: (nullable): the currency to convert from
 * @quote: (nullable): the currency to convert to
 * @day: (nullable): the day the rate is needed on
 *
 * Fills the form for a rate the ledger lacks, leaving the rate itself to the user.
 */
void
daftar_rates_dialog_prefill (DaftarRatesDialog *self,
                             const char        *base,
                             const char        *quote,
                             const GDate       *day)
{
  g_return_if_fail (DAFTAR_IS_RATES_DIALOG (self));

  if (day != NULL && g_date_valid (day))
    {
      g_autofree char *text = daftar_format_date (daftar_context_get_format (self->context), day, DAFTAR_DATE_STYLE_NUMERIC);

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
    }
  if (base != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->base_row), base);
  if (quote != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->quote_row), quote);

  /* Prefilled is not typed: say nothing yet about the empty rate. */
  daftar_form_reset (self->form);
  revalidate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rate_row));
}

guint
daftar_rates_dialog_get_n_rates (DaftarRatesDialog *self)
{
  g_return_val_if_fail (DAFTAR_IS_RATES_DIALOG (self), 0);

  return self->rates->len;
}

/* Object */

static void
daftar_rates_dialog_constructed (GObject *object)
{
  DaftarRatesDialog *self = (DaftarRatesDialog *)object;
  GDate today;

  G_OBJECT_CLASS (daftar_rates_dialog_parent_class)->constructed (object);

  g_assert (DAFTAR_IS_STORE (self->store));

  daftar_date_today (&today);
  daftar_rates_dialog_prefill (self, NULL, NULL, &today);

  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (store_changed_cb), self);
  fill_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->base_row));
}

static void
daftar_rates_dialog_dispose (GObject *object)
{
  DaftarRatesDialog *self = (DaftarRatesDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_RATES_DIALOG);
  g_clear_object (&self->form);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_rates_dialog_parent_class)->dispose (object);
}

static void
daftar_rates_dialog_finalize (GObject *object)
{
  DaftarRatesDialog *self = (DaftarRatesDialog *)object;

  g_clear_pointer (&self->rates, g_array_unref);

  G_OBJECT_CLASS (daftar_rates_dialog_parent_class)->finalize (object);
}

static void
daftar_rates_dialog_class_init (DaftarRatesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_rates_dialog_constructed;
  object_class->dispose = daftar_rates_dialog_dispose;
  object_class->finalize = daftar_rates_dialog_finalize;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarRatesDialog, context),
                                   G_STRUCT_OFFSET (DaftarRatesDialog, store));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-rates-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, date_hint);
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, base_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, quote_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, rate_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarRatesDialog, list_box);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "rates.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "rates.delete", "x", delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
daftar_rates_dialog_init (DaftarRatesDialog *self)
{
  self->rates = g_array_new (FALSE, TRUE, sizeof (DaftarExchangeRate));
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = daftar_form_new (GTK_WIDGET (self), NULL);
  daftar_form_add_field (self->form, FIELD_DATE, GTK_WIDGET (self->date_row), NULL, GTK_WIDGET (self->error_label));
  daftar_form_add_field (self->form, FIELD_BASE, GTK_WIDGET (self->base_row), NULL, GTK_WIDGET (self->error_label));
  daftar_form_add_field (self->form, FIELD_QUOTE, GTK_WIDGET (self->quote_row), NULL, GTK_WIDGET (self->error_label));
  daftar_form_add_field (self->form, FIELD_RATE, GTK_WIDGET (self->rate_row), NULL, GTK_WIDGET (self->error_label));

  daftar_accessible_name_from_child (GTK_WIDGET (self->add_button));

  /* Without rates the list says so, rather than showing nothing. */
  gtk_list_box_set_placeholder (self->list_box,
                                daftar_list_placeholder_new (_("No exchange rates yet. Rates are needed only for projects in other currencies than your home currency.")));
}
