/* daftar-earnings-breakdown.c — the report line by line, and with and without AI tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-dates.h"
#include "daftar-earnings-text.h"
#include "daftar-reveal.h"
#include "daftar-market-sources.h"
#include "daftar-plain-text.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-range-bar.h"
#include "daftar-rates-dialog.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-earnings-breakdown.h"

struct _DaftarEarningsBreakdown
{
  AdwBin              parent_instance;

  AdwPreferencesGroup *ai_group;
  AdwActionRow        *with_ai_row;
  AdwActionRow        *without_ai_row;
  GtkLabel            *with_ai_rate;
  GtkLabel            *without_ai_rate;
  AdwPreferencesGroup *breakdown_group;
  GtkListBox          *breakdown_list;
};

G_DEFINE_FINAL_TYPE (DaftarEarningsBreakdown, daftar_earnings_breakdown, ADW_TYPE_BIN)

static void
show_ai_row (DaftarFormat             *format,
             AdwActionRow             *row,
             GtkLabel                 *rate_label,
             const DaftarEarningsLine *line,
             const char               *currency)
{
  g_autofree char *rate = NULL;
  g_autofree char *subtitle = NULL;

  if (line == NULL || (line->n_sessions == 0 && line->actual_seconds == 0))
    {
      adw_action_row_set_subtitle (row, _("No sessions in this period"));
      gtk_label_set_text (rate_label, "—");
      return;
    }

  {
    g_autofree char *hours = daftar_earnings_text_isolate (daftar_earnings_text_hours (format, line->actual_seconds));
    g_autofree char *net = daftar_earnings_text_isolate (daftar_earnings_text_money (format, line->net_minor, currency));

    /* Translators: e.g. "10.5 h worked · net $400.00" */
    subtitle = daftar_sentence_printf (_("%s worked · net %s"), hours, net);
  }
  rate = daftar_earnings_text_rate (format, line->has_effective_rate, line->effective_rate_minor, currency);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_label_set_text (rate_label, rate);
  gtk_widget_set_tooltip_text (GTK_WIDGET (rate_label), _("Effective rate"));
}

static const DaftarEarningsLine *
find_group (const DaftarEarningsReport *report,
            const char                 *key)
{
  for (guint i = 0; i < report->groups->len; i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (report->groups, i);

      if (g_strcmp0 (line->key, key) == 0)
        return line;
    }

  return NULL;
}

static void
show_ai (DaftarEarningsBreakdown    *self,
         DaftarFormat               *format,
         const DaftarEarningsReport *report)
{
  const DaftarEarningsLine *with = find_group (report, "with-ai");
  const DaftarEarningsLine *without = find_group (report, "without-ai");
  g_autofree char *description = NULL;

  show_ai_row (format, self->with_ai_row, self->with_ai_rate, with, report->query.currency);
  show_ai_row (format, self->without_ai_row, self->without_ai_rate, without, report->query.currency);

  if (with != NULL && without != NULL && with->has_effective_rate && without->has_effective_rate)
    {
      gint64 diff = with->effective_rate_minor - without->effective_rate_minor;
      g_autofree char *amount = daftar_earnings_text_isolate (daftar_earnings_text_money (format, ABS (diff), report->query.currency));

      if (diff > 0)
        /* Translators: e.g. "With AI tools, an hour of work earns $5.00 more, their subscriptions paid." */
        description = daftar_sentence_printf (_("With AI tools, an hour of work earns %s more, their subscriptions paid."), amount);
      else if (diff < 0)
        /* Translators: e.g. "With AI tools, an hour of work earns $5.00 less, their subscriptions paid." */
        description = daftar_sentence_printf (_("With AI tools, an hour of work earns %s less, their subscriptions paid."), amount);
      else
        description = g_strdup (_("An hour of work earns the same with AI tools as without, their subscriptions paid."));
    }

  daftar_preferences_group_set_plain_description (self->ai_group, description);
}

static const char *
breakdown_title (DaftarEarningsBy by)
{
  switch (by)
    {
    case DAFTAR_EARNINGS_BY_PROJECT:  return _("By Project");
    case DAFTAR_EARNINGS_BY_PLATFORM: return _("By Platform");
    case DAFTAR_EARNINGS_BY_CATEGORY: return _("By Category");
    case DAFTAR_EARNINGS_BY_CLIENT:   return _("By Client");
    case DAFTAR_EARNINGS_BY_TOOL:     return _("By AI Tool");
    case DAFTAR_EARNINGS_BY_AI:       return _("With and Without AI Tools");
    case DAFTAR_EARNINGS_N_BY:
    default:
      g_return_val_if_reached ("");
    }
}

static GtkWidget *
create_breakdown_row (DaftarFormat               *format,
                      const DaftarEarningsReport *report,
                      const DaftarEarningsLine   *line)
{
  g_autofree char *worked = daftar_earnings_text_isolate (daftar_earnings_text_hours (format, line->actual_seconds));
  g_autofree char *paid = daftar_earnings_text_isolate (daftar_earnings_text_hours (format, line->paid_seconds));
  g_autofree char *gross = daftar_earnings_text_isolate (daftar_earnings_text_money (format, line->gross_minor, report->query.currency));
  g_autofree char *fees = daftar_earnings_text_isolate (daftar_earnings_text_money (format, line->platform_fees_minor + line->withdrawal_fees_minor +
                                              line->tool_costs_minor + line->platform_costs_minor,
                                              report->query.currency));
  g_autofree char *net = daftar_earnings_text_isolate (daftar_earnings_text_money (format, line->net_minor, report->query.currency));
  g_autofree char *rate = daftar_earnings_text_rate (format, line->has_effective_rate, line->effective_rate_minor,
                                     report->query.currency);
  g_autofree char *subtitle = NULL;
  g_autofree char *rate_name = NULL;
  const char *label = line->label;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *rate_label;

  /* Platforms Daftar knows have translated names. */
  if (report->query.by == DAFTAR_EARNINGS_BY_PLATFORM && daftar_platform_key_get_label (line->key) != NULL)
    label = daftar_platform_key_get_label (line->key);

  /* Translators: one line of the earnings breakdown, e.g. "10 h worked · 5.29 h paid
   * · gross $211.60 · fees and costs $0.00 · net $211.60" */
  subtitle = daftar_sentence_printf (_("%s worked · %s paid · gross %s · fees and costs %s · net %s"),
                              worked, paid, gross, fees, net);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  rate_label = gtk_label_new (rate);
  gtk_widget_add_css_class (rate_label, "heading");
  gtk_widget_add_css_class (rate_label, "numeric");
  gtk_widget_set_tooltip_text (rate_label, _("Effective rate"));
  /* Translators: accessible name of a breakdown line's rate, e.g. "Effective rate $21.16/h" */
  rate_name = g_strdup_printf (_("Effective rate %s"), rate);
  gtk_accessible_update_property (GTK_ACCESSIBLE (rate_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rate_name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rate_label);

  if (report->query.by == DAFTAR_EARNINGS_BY_PROJECT && line->id > 0)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Fee Terms…"));
      g_autofree char *name = NULL;

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "earnings.fee-terms");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", line->id);
      /* Translators: accessible name of the Fee Terms button of a project's line */
      name = g_strdup_printf (_("Fee terms of %s"), line->label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
show_breakdown (DaftarEarningsBreakdown    *self,
                DaftarFormat               *format,
                const DaftarEarningsReport *report)
{
  daftar_earnings_list_clear (self->breakdown_list);
  adw_preferences_group_set_title (self->breakdown_group, breakdown_title (report->query.by));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->breakdown_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  breakdown_title (report->query.by), -1);
  adw_preferences_group_set_description (self->breakdown_group,
                                         report->query.by == DAFTAR_EARNINGS_BY_TOOL
                                         ? _("A session with several AI tools counts under each, so the tools add up to more than the total.")
                                         : NULL);

  for (guint i = 0; i < report->groups->len; i++)
    gtk_list_box_append (self->breakdown_list,
                         create_breakdown_row (format, report, g_ptr_array_index (report->groups, i)));
}

/**
 * daftar_earnings_breakdown_show:
 * @report: the report, by the chosen dimension
 * @ai_report: the same, with and without AI tools
 */
void
daftar_earnings_breakdown_show (DaftarEarningsBreakdown    *self,
                                DaftarFormat               *format,
                                const DaftarEarningsReport *report,
                                const DaftarEarningsReport *ai_report)
{
  g_return_if_fail (DAFTAR_IS_EARNINGS_BREAKDOWN (self));

  show_ai (self, format, ai_report);
  show_breakdown (self, format, report);
}

/**
 * daftar_earnings_breakdown_reveal_in_steps:
 *
 * Shows the rows just shown a few a frame: see daftar_reveal_in_steps().
 */
void
daftar_earnings_breakdown_reveal_in_steps (DaftarEarningsBreakdown *self)
{
  g_return_if_fail (DAFTAR_IS_EARNINGS_BREAKDOWN (self));
  daftar_reveal_in_steps (GTK_WIDGET (self->breakdown_list));
}

gboolean
daftar_earnings_breakdown_is_revealing (DaftarEarningsBreakdown *self)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_BREAKDOWN (self), FALSE);
  return daftar_reveal_is_busy (GTK_WIDGET (self->breakdown_list));
}

static void
daftar_earnings_breakdown_class_init (DaftarEarningsBreakdownClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-earnings-breakdown.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsBreakdown, ai_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsBreakdown, with_ai_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsBreakdown, without_ai_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsBreakdown, with_ai_rate);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsBreakdown, without_ai_rate);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsBreakdown, breakdown_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsBreakdown, breakdown_list);
}

static void
daftar_earnings_breakdown_init (DaftarEarningsBreakdown *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
