/* daftar-earnings-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the hours of a period earned: net, hours worked against hours paid, and the
 * effective rate next to the nominal one — the gap most freelancers never see. The
 * report is worked out once the page is on screen, and again whenever the ledger,
 * the home currency or the number format changes, never at construction: in a
 * worker (daftar-earnings-page-load.c), the page showing what it had meanwhile.
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-dates.h"
#include "daftar-application.h"
#include "daftar-earnings-page-private.h"
#include "daftar-feed.h"
#include "daftar-goals-view.h"
#include "daftar-plain-text.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-rates-dialog.h"
#include "daftar-store-market.h"
#include "daftar-store-report.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-widget-template.h"
#include "daftar-window.h"
#include "daftar-worker.h"

/* The period picker's items, in order. */
static const DaftarPeriodKind periods[] = {
  DAFTAR_PERIOD_THIS_WEEK,
  DAFTAR_PERIOD_LAST_WEEK,
  DAFTAR_PERIOD_THIS_MONTH,
  DAFTAR_PERIOD_LAST_MONTH,
  DAFTAR_PERIOD_THIS_QUARTER,
  DAFTAR_PERIOD_THIS_YEAR,
  DAFTAR_PERIOD_LAST_YEAR,
  DAFTAR_PERIOD_ALL,
};

#define DEFAULT_PERIOD 2   /* this month */


G_DEFINE_FINAL_TYPE (DaftarEarningsPage, daftar_earnings_page, GTK_TYPE_WIDGET)

/* The period and its settings */

static DaftarPeriodKind
selected_period (DaftarEarningsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);

  return selected < G_N_ELEMENTS (periods) ? periods[selected] : periods[DEFAULT_PERIOD];
}

static DaftarEarningsBy
selected_by (DaftarEarningsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->by_dropdown);

  return selected < DAFTAR_EARNINGS_N_BY ? (DaftarEarningsBy) selected : DAFTAR_EARNINGS_BY_PROJECT;
}

static DaftarEarningsBasis
selected_basis (DaftarEarningsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->basis_dropdown);

  return selected < DAFTAR_EARNINGS_N_BASES ? (DaftarEarningsBasis) selected : DAFTAR_EARNINGS_BASIS_WORK;
}

/* The picker follows the setting; the sentence under it says what the figures count. */
static void
show_basis (DaftarEarningsPage *self)
{
  if (selected_basis (self) == DAFTAR_EARNINGS_BASIS_PAID)
    gtk_label_set_text (self->basis_label, _("Received: payments count on the day they arrived."));
  else
    gtk_label_set_text (self->basis_label, _("Earned: fixed-price payments count on the days of the work they pay for."));
}

static void
load_basis_setting (DaftarEarningsPage *self)
{
  g_autofree char *key = NULL;
  DaftarEarningsBasis basis = DAFTAR_EARNINGS_BASIS_WORK;

  if (self->settings != NULL)
    {
      key = g_settings_get_string (self->settings, "earnings-basis");
      if (!daftar_earnings_basis_from_key (key, &basis))
        basis = DAFTAR_EARNINGS_BASIS_WORK;
    }

  if (selected_basis (self) != basis)
    gtk_drop_down_set_selected (self->basis_dropdown, basis);
  show_basis (self);
}

static char *
home_currency (DaftarEarningsPage *self)
{
  return daftar_ui_format_home_currency (self->context);
}

/* The feed */

static char *
feed_url (DaftarEarningsPage *self)
{
  g_autofree char *url = NULL;

  if (self->settings == NULL)
    return NULL;
  url = g_strstrip (g_settings_get_string (self->settings, "market-feed-url"));
  return url[0] != '\0' ? g_steal_pointer (&url) : NULL;
}

/* The last refresh, its error, and whether Refresh is offered. */
static void
update_feed (DaftarEarningsPage *self)
{
  g_autoptr(DaftarMarketState) state = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  gboolean busy = self->refresh_cancellable != NULL;

  if (self->store == NULL)   /* disposed */
    return;
  url = feed_url (self);
  if (!(state = daftar_store_get_market_state (self->store, &error)))
    g_warning ("Reading the market data’s state: %s", error->message);
  daftar_earnings_market_show_feed (self->market, daftar_context_get_format (self->context), state, url != NULL, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "earnings.refresh-market", !busy);
}

/* The result, as a toast when the page is in the app's window, else the page's own
 * labels say it (the error label, the data line). */
static void
show_refresh_result (DaftarEarningsPage *self,
                     const char         *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast;

  if (!DAFTAR_IS_WINDOW (root))
    return;

  /* The message may come from the network. */
  toast = daftar_toast_new_plain (message);
  daftar_window_add_toast (DAFTAR_WINDOW (root), toast);
}

static void
refreshed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(DaftarEarningsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  DaftarFeedResult feed_result = DAFTAR_FEED_RESULT_UPDATED;
  gboolean ok = daftar_feed_refresh_finish (DAFTAR_FEED (object), result, &feed_result, &error);

  /* Cancelled: the page is going away. */
  if (!ok && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->refresh_cancellable);

  if (ok && self->settings != NULL)
    g_settings_set_int64 (self->settings, "market-last-refresh", g_get_real_time () / G_USEC_PER_SEC);

  if (!ok)
    {
      g_autofree char *message = daftar_text_isolate_n (error->message, 500);

      show_refresh_result (self, message);
    }
  else if (feed_result == DAFTAR_FEED_RESULT_NOT_MODIFIED)
    show_refresh_result (self, _("The market data is already up to date."));
  else
    show_refresh_result (self, _("Market data updated."));

  /* The store's ::changed redraws the comparison; the button comes back at once. */
  update_feed (self);
}

static void
refresh_market_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DaftarEarningsPage *self = DAFTAR_EARNINGS_PAGE (widget);
  g_autofree char *url = feed_url (self);
  g_autoptr(DaftarFeed) feed = NULL;

  if (url == NULL || self->refresh_cancellable != NULL)
    return;

  self->refresh_cancellable = g_cancellable_new ();
  feed = g_object_ref (daftar_context_get_feed (self->context));
  /* The context's feed, the app's one; the page is held until the callback runs. */
  daftar_feed_refresh_async (feed, url, self->refresh_cancellable, refreshed_cb, g_object_ref (self));
  update_feed (self);
}

/* The effective rates against the market dataset in use: the feed's when one was
 * stored, else the bundled one. Without a dataset, the section says why. On the
 * main thread: the context replaces the dataset when the feed stores a newer one. */
void
daftar_earnings_page_show_market (DaftarEarningsPage  *self,
                                  DaftarEarningsInput *input)
{
  const DaftarMarket *market;
  g_autoptr(DaftarComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  DaftarEarningsBy by = input->query.by;

  /* The comparison is by platform and category, from the rows by project. */
  input->query.by = DAFTAR_EARNINGS_BY_PROJECT;
  /* Parsed once by the context, again only when the feed stores a newer one. */
  if ((market = daftar_context_get_market (self->context, NULL, &error)))
    comparison = daftar_market_compare (market, input, &error);
  input->query.by = by;

  if (comparison == NULL)
    g_warning ("Comparing with the market rates: %s", error->message);
  daftar_earnings_market_show (self->market, daftar_context_get_format (self->context), market, comparison, error);
  update_feed (self);
}

/**
 * daftar_earnings_page_prepare:
 * @query: (out): the period, currency and pickers to work the report out for
 *
 * What a reload starts with, on the main thread: the period resolved, the range
 * and the goals' progress shown.
 *
 * Returns: %FALSE when the period can't be worked out, the error shown
 */
gboolean
daftar_earnings_page_prepare (DaftarEarningsPage  *self,
                              DaftarEarningsQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = NULL;
  DaftarDay from, to;

  daftar_page_reload_begin (&self->reload);
  currency = home_currency (self);

  if (!daftar_context_resolve_period (self->context, selected_period (self), &from, &to, &error))
    {
      daftar_earnings_page_cancel_load (self);
      daftar_earnings_page_show_error (self, daftar_context_get_format (self->context), error, NULL);
      return FALSE;
    }
  daftar_earnings_page_show_range (self, from, to, currency);
  daftar_goals_view_update (DAFTAR_GOALS_VIEW (self->goals_view), self->context, currency);

  *query = (DaftarEarningsQuery) { from, to, "", selected_by (self), selected_basis (self) };
  g_strlcpy (query->currency, currency, sizeof query->currency);
  return TRUE;
}

static void
settings_changed_cb (DaftarEarningsPage *self,
                     const char         *key,
                     GSettings          *settings)
{
  if (daftar_page_reload_follows_setting (key))
    daftar_page_reload_queue (&self->reload);
  /* Refresh is offered only with a feed address. */
  else if (g_str_equal (key, "market-feed-url"))
    update_feed (self);
  else if (g_str_equal (key, "earnings-basis"))
    load_basis_setting (self);
}

static void
picker_changed_cb (DaftarEarningsPage *self)
{
  if (self->ready)
    daftar_page_reload_queue (&self->reload);
}

static void
basis_changed_cb (DaftarEarningsPage *self)
{
  DaftarEarningsBasis basis = selected_basis (self);

  show_basis (self);
  if (!self->ready)
    return;

  /* Remembered for next time; the setting's ::changed comes back to a picker already set. */
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "earnings-basis", daftar_earnings_basis_to_key (basis));
  daftar_page_reload_queue (&self->reload);
}

/* Actions */

static GtkWindow *
get_parent_window (DaftarEarningsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DaftarEarningsPage *self = DAFTAR_EARNINGS_PAGE (widget);

  if (self->store != NULL && self->has_query)
    daftar_statement_export (widget, self->context, &self->query);
}

static void
print_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DaftarEarningsPage *self = DAFTAR_EARNINGS_PAGE (widget);

  if (self->store != NULL && self->has_query)
    daftar_statement_print (widget, self->context, &self->query);
}

static void
exchange_rates_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DaftarEarningsPage *self = DAFTAR_EARNINGS_PAGE (widget);
  DaftarRatesDialog *dialog = daftar_rates_dialog_new (get_parent_window (self), self->context);

  if (g_str_equal (action_name, "earnings.add-missing-rate"))
    {
      if (self->has_missing)
        {
          GDate day;

          daftar_day_to_date (self->missing.day, &day);
          daftar_rates_dialog_prefill (dialog, self->missing.base, self->missing.quote, &day);
        }
      else
        {
          g_autofree char *currency = home_currency (self);

          daftar_rates_dialog_prefill (dialog, NULL, currency, NULL);
        }
    }

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fee_terms_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DaftarEarningsPage *self = DAFTAR_EARNINGS_PAGE (widget);
  gint64 project_id = g_variant_get_int64 (parameter);

  if (project_id <= 0)
    return;

  gtk_window_present (GTK_WINDOW (daftar_project_fees_dialog_new (get_parent_window (self),
                                                                  self->context, project_id)));
}

/* Object */

static void
daftar_earnings_page_constructed (GObject *object)
{
  DaftarEarningsPage *self = (DaftarEarningsPage *)object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (daftar_earnings_page_parent_class)->constructed (object);

  g_assert (DAFTAR_IS_STORE (self->store));

  if (daftar_context_get_settings (self->context) != NULL)
    {
      self->settings = g_object_ref (daftar_context_get_settings (self->context));
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  /* Without the bundled rules the report still adds up, with no platform fees. */
  if (!(self->rules = daftar_context_get_fee_rules (self->context, &error)))
    g_warning ("Loading the fee rules: %s", error->message);

  load_basis_setting (self);
  daftar_page_reload_watch (&self->reload, self, self->store, (DaftarPageFunc) daftar_earnings_page_load,
                            (DaftarPageFunc) daftar_earnings_page_stop_worker);
  self->ready = TRUE;
}

static void
daftar_earnings_page_dispose (GObject *object)
{
  DaftarEarningsPage *self = (DaftarEarningsPage *)object;

  daftar_page_reload_clear (&self->reload);
  daftar_earnings_page_cancel_load (self);
  /* A refresh under way stops here; its callback then leaves the page alone. */
  daftar_worker_cancel (&self->refresh_cancellable);
  daftar_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_EARNINGS_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (daftar_earnings_page_parent_class)->dispose (object);
}

static void
daftar_earnings_page_class_init (DaftarEarningsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_earnings_page_constructed;
  object_class->dispose = daftar_earnings_page_dispose;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarEarningsPage, context),
                                   G_STRUCT_OFFSET (DaftarEarningsPage, store));

  gtk_widget_class_install_action (widget_class, "earnings.exchange-rates", NULL, exchange_rates_action);
  gtk_widget_class_install_action (widget_class, "earnings.add-missing-rate", NULL, exchange_rates_action);
  gtk_widget_class_install_action (widget_class, "earnings.fee-terms", "x", fee_terms_action);
  gtk_widget_class_install_action (widget_class, "earnings.refresh-market", NULL, refresh_market_action);
  gtk_widget_class_install_action (widget_class, "earnings.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "earnings.print-report", NULL, print_report_action);

  g_type_ensure (DAFTAR_TYPE_EARNINGS_RATE_CARD);
  g_type_ensure (DAFTAR_TYPE_EARNINGS_TOTALS);
  g_type_ensure (DAFTAR_TYPE_EARNINGS_CHART);
  g_type_ensure (DAFTAR_TYPE_EARNINGS_BREAKDOWN);
  g_type_ensure (DAFTAR_TYPE_EARNINGS_MARKET);
  g_type_ensure (DAFTAR_TYPE_EARNINGS_RULES);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-earnings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, by_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, basis_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, basis_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, range_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, report_box);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, rate_card);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, totals);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, chart_section);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, breakdown);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, market);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, rules_section);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, add_rate_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsPage, log_button);
  gtk_widget_class_bind_template_callback (widget_class, picker_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, basis_changed_cb);
}

static void
daftar_earnings_page_init (DaftarEarningsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_selected (self->period_dropdown, DEFAULT_PERIOD);

  /* Export Report… and Print…, after the pickers */
  {
    g_autoptr(GMenu) menu = g_menu_new ();
    GtkWidget *button = gtk_menu_button_new ();

    g_menu_append (menu, _("_Export Report…"), "earnings.export-report");
    g_menu_append (menu, _("_Print…"), "earnings.print-report");
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-save-symbolic");
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
    gtk_widget_set_tooltip_text (button, _("Export or Print the Report"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Export or Print the Report"), -1);
    gtk_widget_set_name (button, "report-menu");
    gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->by_dropdown))), button);
  }

  /* The goals' progress, under what an hour is worth (daftar-goals-view.c) */
  self->goals_view = daftar_goals_view_new ();
  gtk_box_insert_child_after (self->report_box, self->goals_view, GTK_WIDGET (self->rate_card));

  daftar_accessible_name_from_child (GTK_WIDGET (self->add_rate_button));
  daftar_accessible_name_from_child (GTK_WIDGET (self->log_button));
}

GtkWidget *
daftar_earnings_page_new (DaftarContext *context)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);

  return g_object_new (DAFTAR_TYPE_EARNINGS_PAGE, "context", context, NULL);
}

gboolean
daftar_earnings_page_set_period (DaftarEarningsPage *self,
                                 DaftarPeriodKind    period)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_PAGE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      if (periods[i] == period)
        {
          gtk_drop_down_set_selected (self->period_dropdown, i);
          return TRUE;
        }
    }

  return FALSE;
}

DaftarPeriodKind
daftar_earnings_page_get_period (DaftarEarningsPage *self)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_PAGE (self), DAFTAR_PERIOD_THIS_MONTH);

  return selected_period (self);
}

gboolean
daftar_earnings_page_set_group_by (DaftarEarningsPage *self,
                                   DaftarEarningsBy    by)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_PAGE (self), FALSE);
  g_return_val_if_fail (by < DAFTAR_EARNINGS_N_BY, FALSE);

  gtk_drop_down_set_selected (self->by_dropdown, by);
  return TRUE;
}

DaftarEarningsBy
daftar_earnings_page_get_group_by (DaftarEarningsPage *self)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_PAGE (self), DAFTAR_EARNINGS_BY_PROJECT);

  return selected_by (self);
}

gboolean
daftar_earnings_page_set_basis (DaftarEarningsPage  *self,
                                DaftarEarningsBasis  basis)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_PAGE (self), FALSE);
  g_return_val_if_fail (basis < DAFTAR_EARNINGS_N_BASES, FALSE);

  gtk_drop_down_set_selected (self->basis_dropdown, basis);
  return TRUE;
}

DaftarEarningsBasis
daftar_earnings_page_get_basis (DaftarEarningsPage *self)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_PAGE (self), DAFTAR_EARNINGS_BASIS_WORK);

  return selected_basis (self);
}

/**
 * daftar_earnings_page_get_state:
 *
 * Returns: what the page shows: "loading" before its first report, "report", "empty"
 *   for a period without work, or "error" (a missing exchange rate, say)
 */
const char *
daftar_earnings_page_get_state (DaftarEarningsPage *self)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * daftar_earnings_page_get_chart:
 *
 * Returns: (transfer none): the chart of net over time
 */
DaftarBarChart *
daftar_earnings_page_get_chart (DaftarEarningsPage *self)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_PAGE (self), NULL);

  return daftar_earnings_chart_get_chart (self->chart_section);
}
