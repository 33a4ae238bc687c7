/* daftar-earnings-rate-card.c — what an hour is really worth: the effective and nominal rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-format-typed.h"
#include "daftar-dates.h"
#include "daftar-earnings-text.h"
#include "daftar-market-sources.h"
#include "daftar-plain-text.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-range-bar.h"
#include "daftar-rates-dialog.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-earnings-rate-card.h"

struct _DaftarEarningsRateCard
{
  AdwBin              parent_instance;

  GtkWidget           *card;
  GtkLabel            *effective_label;
  GtkLabel            *nominal_label;
  GtkLevelBar         *rate_bar;
  GtkLabel            *gap_label;
};

G_DEFINE_FINAL_TYPE (DaftarEarningsRateCard, daftar_earnings_rate_card, ADW_TYPE_BIN)

/* What an hour is really worth: effective against nominal, and the gap. */
void
daftar_earnings_rate_card_show (DaftarEarningsRateCard   *self,
                                DaftarFormat             *format,
                                const DaftarEarningsLine *t,
                                const char               *currency)
{
  g_autofree char *effective = daftar_earnings_text_rate (format, t->has_effective_rate, t->effective_rate_minor, currency);
  g_autofree char *nominal = daftar_earnings_text_rate (format, t->has_nominal_rate, t->nominal_rate_minor, currency);
  g_autofree char *summary = NULL;
  gboolean both = t->has_effective_rate && t->has_nominal_rate && t->nominal_rate_minor > 0;

  gtk_label_set_text (self->effective_label, effective);
  gtk_label_set_text (self->nominal_label, nominal);
  /* Translators: both hourly rates side by side, e.g. "Effective $21.16/h · Nominal $40.00/h" */
  summary = g_strdup_printf (_("Effective %s · Nominal %s"), effective, nominal);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);

  gtk_widget_set_visible (GTK_WIDGET (self->rate_bar), both);
  gtk_widget_remove_css_class (GTK_WIDGET (self->gap_label), "warning");
  if (both && t->effective_rate_minor < t->nominal_rate_minor)
    {
      gint64 gap = t->nominal_rate_minor - MAX (t->effective_rate_minor, G_GINT64_CONSTANT (0));
      g_autofree char *percent = daftar_format_percent (format,
                                                        (gap * 100 + t->nominal_rate_minor / 2) / t->nominal_rate_minor,
                                                        0);
      g_autofree char *text = NULL;

      /* Translators: %s is a percentage, e.g. "47%" */
      text = daftar_sentence_printf (_("Your effective rate is %s below the nominal rate: unpaid time, fees and costs take that share."),
                              percent);
      gtk_label_set_text (self->gap_label, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->gap_label), "warning");
    }
  else if (both)
    gtk_label_set_text (self->gap_label, _("Your effective rate matches the nominal rate: every hour worked was paid, and nothing was taken."));
  else
    gtk_label_set_text (self->gap_label, _("Rates need hours: log worked and paid time to see them."));

  /* The bar is drawn, not read: the sentence above carries the figure. */
  gtk_level_bar_set_value (self->rate_bar,
                           both ? CLAMP ((double) t->effective_rate_minor / (double) t->nominal_rate_minor, 0.0, 1.0)
                                : 0.0);
}

static void
daftar_earnings_rate_card_class_init (DaftarEarningsRateCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-earnings-rate-card.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsRateCard, card);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsRateCard, effective_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsRateCard, nominal_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsRateCard, rate_bar);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsRateCard, gap_label);
}

static void
daftar_earnings_rate_card_init (DaftarEarningsRateCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
