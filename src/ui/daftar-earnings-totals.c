/* daftar-earnings-totals.c — the period's net, hours and costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-dates.h"
#include "daftar-earnings-text.h"
#include "daftar-market-sources.h"
#include "daftar-plain-text.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-range-bar.h"
#include "daftar-rates-dialog.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-earnings-totals.h"

struct _DaftarEarningsTotals
{
  AdwBin              parent_instance;

  GtkLabel            *net_label;
  GtkLabel            *gross_label;
  GtkLabel            *awaiting_label;
  GtkLabel            *hours_label;
  GtkLabel            *paid_label;
  GtkLabel            *unpaid_label;
  GtkLabel            *costs_label;
  GtkLabel            *platform_fees_label;
  GtkLabel            *withdrawal_fees_label;
  GtkLabel            *tool_costs_label;
};

G_DEFINE_FINAL_TYPE (DaftarEarningsTotals, daftar_earnings_totals, ADW_TYPE_BIN)

/* Net, hours, costs */
void
daftar_earnings_totals_show (DaftarEarningsTotals     *self,
                             DaftarFormat             *format,
                             const DaftarEarningsLine *t,
                             const char               *currency)
{
  g_autofree char *worked = daftar_earnings_text_hours (format, t->actual_seconds);
  g_autofree char *paid = daftar_earnings_text_isolate (daftar_earnings_text_hours (format, t->paid_seconds));
  g_autofree char *unpaid = daftar_earnings_text_isolate (daftar_earnings_text_hours (format, t->actual_seconds - t->paid_seconds));
  g_autofree char *gross = daftar_earnings_text_isolate (daftar_earnings_text_money (format, t->gross_minor, currency));
  gint64 costs = t->platform_fees_minor + t->withdrawal_fees_minor + t->tool_costs_minor +
                 t->platform_costs_minor;

  daftar_earnings_label_money (self->net_label, format, t->net_minor, currency);
  if (t->net_minor < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->net_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->net_label), "error");
  /* Translators: the gross income under the net, e.g. "Gross $211.60" */
  daftar_earnings_label_take (self->gross_label, daftar_sentence_printf (_("Gross %s"), gross));
  if (t->awaiting_minor > 0)
    {
      g_autofree char *awaiting = daftar_earnings_text_money (format, t->awaiting_minor, currency);

      /* Translators: beside the net, fixed prices agreed and not yet received for work
       * already logged, e.g. "Awaiting payment $200.00" */
      daftar_earnings_label_take (self->awaiting_label, daftar_sentence_printf (_("Awaiting payment %s"), awaiting));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->awaiting_label), t->awaiting_minor > 0);

  gtk_label_set_text (self->hours_label, worked);
  /* Translators: e.g. "5.29 h paid" */
  daftar_earnings_label_take (self->paid_label, daftar_sentence_printf (_("%s paid"), paid));
  /* Translators: e.g. "4.71 h unpaid" */
  daftar_earnings_label_take (self->unpaid_label, daftar_sentence_printf (_("%s unpaid"), unpaid));
  if (t->actual_seconds > t->paid_seconds)
    gtk_widget_add_css_class (GTK_WIDGET (self->unpaid_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->unpaid_label), "warning");

  daftar_earnings_label_money (self->costs_label, format, costs, currency);
  daftar_earnings_label_money (self->platform_fees_label, format, t->platform_fees_minor, currency);
  daftar_earnings_label_money (self->withdrawal_fees_label, format, t->withdrawal_fees_minor, currency);
  daftar_earnings_label_money (self->tool_costs_label, format, t->tool_costs_minor, currency);
}

/* Under the costs, when platforms reported the fees they charged: those fees beside
 * what their rules predict for the same payments, marked when they differ. */
void
daftar_earnings_totals_show_fees_charged (DaftarEarningsTotals       *self,
                                          DaftarFormat               *format,
                                          const DaftarEarningsReport *report)
{
  GtkWidget *grid = gtk_widget_get_parent (GTK_WIDGET (self->platform_fees_label));
  GtkLabel *label = g_object_get_data (G_OBJECT (grid), "daftar-fees-charged");
  g_autofree char *charged = NULL;
  g_autofree char *predicted = NULL;

  if (label == NULL)
    {
      label = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_set_name (GTK_WIDGET (label), "fees-charged");
      gtk_label_set_xalign (label, 0);
      gtk_label_set_wrap (label, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (label), "caption");
      gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (label), 0, 10, 2, 1);
      g_object_set_data (G_OBJECT (grid), "daftar-fees-charged", label);
    }

  gtk_widget_set_visible (GTK_WIDGET (label), report->n_fees_charged > 0);
  if (report->n_fees_charged == 0)
    return;

  charged = daftar_earnings_text_isolate (daftar_earnings_text_money (format, report->fees_charged_minor, report->query.currency));
  predicted = daftar_earnings_text_isolate (daftar_earnings_text_money (format, report->fees_predicted_minor,
                                                                        report->query.currency));
  if (report->fees_charged_minor != report->fees_predicted_minor)
    {
      /* Translators: fees the platforms reported they charged, then what their published
       * rules give for the same payments, e.g. "Charged $700.00; the rules predict $1,000.00" */
      daftar_earnings_label_take (label, g_strdup_printf (_("Charged %s; the rules predict %s"), charged, predicted));
      gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
    }
  else
    {
      /* Translators: fees the platforms reported they charged, as their rules predict */
      daftar_earnings_label_take (label, g_strdup_printf (_("Charged %s, as the rules predict"), charged));
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
    }
}

static void
daftar_earnings_totals_class_init (DaftarEarningsTotalsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-earnings-totals.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, net_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, gross_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, awaiting_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, hours_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, paid_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, unpaid_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, costs_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, platform_fees_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, withdrawal_fees_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsTotals, tool_costs_label);
}

static void
daftar_earnings_totals_init (DaftarEarningsTotals *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
