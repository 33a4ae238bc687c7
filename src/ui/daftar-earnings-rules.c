/* daftar-earnings-rules.c — where the figures come from: the exchange rates and fee rules a report used
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-earnings-text.h"
#include "daftar-list-box.h"
#include "daftar-market-sources.h"
#include "daftar-plain-text.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-range-bar.h"
#include "daftar-rates-dialog.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"
#include "daftar-earnings-rules.h"

struct _DaftarEarningsRules
{
  AdwBin              parent_instance;

  GtkListBox          *sources_list;
  GtkWidget           *rates_button;
};

G_DEFINE_FINAL_TYPE (DaftarEarningsRules, daftar_earnings_rules, ADW_TYPE_BIN)

/* A platform's name as the ledger has it, for a fee rule's platform key. */
static const char *
platform_name (const DaftarEarningsInput *input,
               const char                *key)
{
  const char *label = daftar_platform_key_get_label (key);

  if (label != NULL)
    return label;

  for (guint i = 0; i < input->projects->len; i++)
    {
      const DaftarEarningsProject *project = g_ptr_array_index (input->projects, i);

      if (g_strcmp0 (project->platform_key, key) == 0)
        return project->platform_name;
    }

  return key;
}

/**
 * daftar_earnings_rules_show:
 * @input: the rows @report was worked out from, for the platforms' names
 * @report: the report whose exchange rates and fee rules are listed
 */
void
daftar_earnings_rules_show (DaftarEarningsRules        *self,
                            DaftarFormat               *format,
                            const DaftarEarningsInput  *input,
                            const DaftarEarningsReport *report)
{
  daftar_earnings_list_clear (self->sources_list);

  for (guint i = 0; i < report->rates->len; i++)
    {
      const DaftarEarningsRate *used = &g_array_index (report->rates, DaftarEarningsRate, i);
      g_autofree char *title = daftar_rates_dialog_describe_rate (format, &used->use.rate);
      g_autofree char *day = daftar_earnings_text_isolate (daftar_earnings_text_day (format, used->use.rate.day, DAFTAR_DATE_STYLE_LONG));
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: under an exchange rate the report used, e.g. "Rate of March 1, 2025" */
      subtitle = daftar_sentence_printf (_("Rate of %s"), day);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->sources_list, row);
    }

  for (guint i = 0; i < report->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (report->rules, i);
      const char *platform = platform_name (input, rule->platform);
      g_autofree char *what = daftar_project_fees_dialog_describe_rule (format, rule);
      g_autofree char *source = daftar_project_fees_dialog_describe_source (rule);
      g_autofree char *title = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: a fee rule the report applied, e.g. "Fiverr: 20% of each payment" */
      title = daftar_sentence_printf (_("%s: %s"), platform, what);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), source);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      if (rule->source_url != NULL && *rule->source_url != '\0')
        {
          GtkWidget *link = gtk_link_button_new_with_label (rule->source_url, _("Source"));
          g_autofree char *name = NULL;

          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          /* Translators: accessible name of a link, e.g. "Source: Upwork, “Fees”" */
          name = g_strdup_printf (_("Source: %s"), source);
          gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
        }
      gtk_list_box_append (self->sources_list, row);
    }
}

static void
daftar_earnings_rules_class_init (DaftarEarningsRulesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-earnings-rules.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsRules, sources_list);
  gtk_widget_class_bind_template_child (widget_class, DaftarEarningsRules, rates_button);
}

static void
daftar_earnings_rules_init (DaftarEarningsRules *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  daftar_accessible_name_from_child (GTK_WIDGET (self->rates_button));

  gtk_list_box_set_placeholder (self->sources_list,
                                daftar_list_placeholder_new (_("No exchange rates or fee rules were needed.")));
}
