/* daftar-earnings-page-sections.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Earnings page shows of a report: the headline cards, the chart of net over
 * time, the comparison with and without AI tools, the breakdown, the rates and rules
 * used — and, when there is no report, why.
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "daftar-dates.h"
#include "daftar-earnings-page-private.h"
#include "daftar-market-sources.h"
#include "daftar-plain-text.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-range-bar.h"
#include "daftar-rates-dialog.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

/* More bars than this would be thinner than a pixel on most screens. */
#define MAX_BUCKETS 400

/* Text */

/* A value to place inside a sentence, isolated so that its own direction (an Arabic
 * amount ends in “US$”) can't reorder the words around it. Takes @text. */
static char *
isolate (char *text)
{
  char *isolated = daftar_text_isolate (text);

  g_free (text);
  return isolated;
}

static char *
money_text (gint64      minor,
            const char *currency)
{
  DaftarMoney money = { .minor = minor };

  g_strlcpy (money.currency, currency, sizeof money.currency);
  return daftar_ui_format_money (&money);
}

static char *
rate_text (gboolean    has_rate,
           gint64      minor,
           const char *currency)
{
  g_autofree char *money = NULL;

  if (!has_rate)
    return g_strdup ("—");

  money = money_text (minor, currency);
  /* Translators: an hourly rate, e.g. "$21.16/h" */
  return daftar_sentence_printf (_("%s/h"), money);
}

static char *
hours_text (gint64 seconds)
{
  g_autofree char *hours = daftar_format_hours (daftar_ui_format_get (), seconds);

  /* Translators: a number of hours, e.g. "10.5 h" */
  return daftar_sentence_printf (_("%s h"), hours);
}

static char *
day_text (DaftarDay       day,
          DaftarDateStyle style)
{
  GDate date;

  daftar_day_to_date (day, &date);
  return daftar_format_date (daftar_ui_format_get (), &date, style);
}

static void
set_label_take (GtkLabel *label,
                char     *text)
{
  gtk_label_set_text (label, text);
  g_free (text);
}

static void
set_label_money (GtkLabel   *label,
                 gint64      minor,
                 const char *currency)
{
  g_autofree char *text = money_text (minor, currency);

  gtk_label_set_text (label, text);
}

/* A missing exchange rate */

/* The earliest day the report needs a rate it lacks: core's message names one pair
 * and day in words; the page needs them as data to fill the rates dialog in. */
static gboolean
find_missing_rate (DaftarEarningsPage        *self,
                   const DaftarEarningsInput *input)
{
  g_autoptr(GHashTable) projects = g_hash_table_new (g_int64_hash, g_int64_equal);
  const DaftarEarningsProject *found = NULL;
  DaftarDay found_day = G_MAXINT32;

  for (guint i = 0; i < input->projects->len; i++)
    {
      DaftarEarningsProject *project = g_ptr_array_index (input->projects, i);

      g_hash_table_insert (projects, &project->id, project);
    }

  for (guint pass = 0; pass < 2; pass++)
    {
      guint n = pass == 0 ? input->work->len : input->payments->len;

      for (guint i = 0; i < n; i++)
        {
          const DaftarEarningsProject *project;
          gint64 project_id;
          DaftarDay day;
          gboolean inverse;

          if (pass == 0)
            {
              const DaftarWorkRow *row = &g_array_index (input->work, DaftarWorkRow, i);

              if (row->paid_seconds == 0 && row->earned_minor == 0)
                continue;
              project_id = row->project_id;
              day = row->day;
            }
          else
            {
              const DaftarPaymentRow *row = &g_array_index (input->payments, DaftarPaymentRow, i);

              if (row->amount_minor == 0)
                continue;
              project_id = row->project_id;
              day = row->day;
            }

          if (day < input->from || day > input->to || day >= found_day ||
              !(project = g_hash_table_lookup (projects, &project_id)) ||
              g_str_equal (project->currency, input->currency) ||
              daftar_rate_table_lookup (input->rates, project->currency, input->currency, day, &inverse))
            continue;

          found = project;
          found_day = day;
        }
    }

  self->has_missing = FALSE;
  if (found != NULL)
    {
      g_strlcpy (self->missing_base, found->currency, sizeof self->missing_base);
      self->missing_day = found_day;
      self->has_missing = TRUE;
    }
  else
    {
      /* Then the AI subscriptions, charged from the first month of the period. */
      DaftarDay month = daftar_day_month_start (input->from);

      for (guint i = 0; i < input->tools->len && !self->has_missing; i++)
        {
          const DaftarEarningsTool *tool = g_ptr_array_index (input->tools, i);
          gboolean inverse;

          if (tool->has_cost && !g_str_equal (tool->monthly_cost.currency, input->currency) &&
              !daftar_rate_table_lookup (input->rates, tool->monthly_cost.currency, input->currency,
                                         month, &inverse))
            {
              g_strlcpy (self->missing_base, tool->monthly_cost.currency, sizeof self->missing_base);
              self->missing_day = month;
              self->has_missing = TRUE;
            }
        }
    }

  g_strlcpy (self->missing_quote, input->currency, sizeof self->missing_quote);
  return self->has_missing;
}

/**
 * daftar_earnings_page_show_error:
 * @input: (nullable): the rows the report was worked out from, if they were read
 *
 * Shows why there is no report; for a missing exchange rate, which one, and the
 * button that adds it.
 */
void
daftar_earnings_page_show_error (DaftarEarningsPage        *self,
                                 const GError              *error,
                                 const DaftarEarningsInput *input)
{
  gboolean missing_rate = g_error_matches (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING);
  g_autofree char *description = NULL;

  self->has_missing = FALSE;

  if (missing_rate && input != NULL && find_missing_rate (self, input))
    {
      g_autofree char *day = isolate (day_text (self->missing_day, DAFTAR_DATE_STYLE_LONG));

      /* Translators: the first two %s are currency codes (EUR, USD), the third a date */
      description = daftar_sentence_printf (_("There is no exchange rate from %s to %s on or before %s, so amounts in %s can’t be counted in %s. Add one, and the report comes back."),
                                     self->missing_base, self->missing_quote, day,
                                     self->missing_base, self->missing_quote);
    }
  else
    description = g_strdup (error->message);

  daftar_status_page_set_plain_description (self->error_page, description);
  adw_status_page_set_title (self->error_page,
                             missing_rate ? _("An Exchange Rate Is Missing")
                                          : _("The Earnings Could Not Be Worked Out"));
  gtk_widget_set_visible (self->add_rate_button, missing_rate);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* The report */

static void
remove_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static void
show_totals (DaftarEarningsPage       *self,
             const DaftarEarningsLine *t,
             const char               *currency)
{
  g_autofree char *effective = rate_text (t->has_effective_rate, t->effective_rate_minor, currency);
  g_autofree char *nominal = rate_text (t->has_nominal_rate, t->nominal_rate_minor, currency);
  g_autofree char *summary = NULL;
  g_autofree char *worked = hours_text (t->actual_seconds);
  g_autofree char *paid = isolate (hours_text (t->paid_seconds));
  g_autofree char *unpaid = isolate (hours_text (t->actual_seconds - t->paid_seconds));
  g_autofree char *gross = isolate (money_text (t->gross_minor, currency));
  gint64 costs = t->platform_fees_minor + t->withdrawal_fees_minor + t->tool_costs_minor;
  gboolean both = t->has_effective_rate && t->has_nominal_rate && t->nominal_rate_minor > 0;

  gtk_label_set_text (self->effective_label, effective);
  gtk_label_set_text (self->nominal_label, nominal);
  /* Translators: both hourly rates side by side, e.g. "Effective $21.16/h · Nominal $40.00/h" */
  summary = g_strdup_printf (_("Effective %s · Nominal %s"), effective, nominal);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rate_card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);

  gtk_widget_set_visible (GTK_WIDGET (self->rate_bar), both);
  gtk_widget_remove_css_class (GTK_WIDGET (self->gap_label), "warning");
  if (both && t->effective_rate_minor < t->nominal_rate_minor)
    {
      gint64 gap = t->nominal_rate_minor - MAX (t->effective_rate_minor, G_GINT64_CONSTANT (0));
      g_autofree char *percent = daftar_format_integer (daftar_ui_format_get (),
                                                        (gap * 100 + t->nominal_rate_minor / 2) / t->nominal_rate_minor);
      g_autofree char *text = NULL;

      /* Translators: %s%% is a percentage, e.g. "47%"; Persian may prefer "٪" */
      text = daftar_sentence_printf (_("Your effective rate is %s%% below the nominal rate: unpaid time, fees and costs take that share."),
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

  set_label_money (self->net_label, t->net_minor, currency);
  if (t->net_minor < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->net_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->net_label), "error");
  /* Translators: the gross income under the net, e.g. "Gross $211.60" */
  set_label_take (self->gross_label, daftar_sentence_printf (_("Gross %s"), gross));
  if (t->awaiting_minor > 0)
    {
      g_autofree char *awaiting = money_text (t->awaiting_minor, currency);

      /* Translators: beside the net, fixed prices agreed and not yet received for work
       * already logged, e.g. "Awaiting payment $200.00" */
      set_label_take (self->awaiting_label, daftar_sentence_printf (_("Awaiting payment %s"), awaiting));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->awaiting_label), t->awaiting_minor > 0);

  gtk_label_set_text (self->hours_label, worked);
  /* Translators: e.g. "5.29 h paid" */
  set_label_take (self->paid_label, daftar_sentence_printf (_("%s paid"), paid));
  /* Translators: e.g. "4.71 h unpaid" */
  set_label_take (self->unpaid_label, daftar_sentence_printf (_("%s unpaid"), unpaid));
  if (t->actual_seconds > t->paid_seconds)
    gtk_widget_add_css_class (GTK_WIDGET (self->unpaid_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->unpaid_label), "warning");

  set_label_money (self->costs_label, costs, currency);
  set_label_money (self->platform_fees_label, t->platform_fees_minor, currency);
  set_label_money (self->withdrawal_fees_label, t->withdrawal_fees_minor, currency);
  set_label_money (self->tool_costs_label, t->tool_costs_minor, currency);
}

static void
bucket_labels (DaftarBucket  bucket,
               DaftarDay     first,
               DaftarDay     last,
               char        **out_label,
               char        **out_short)
{
  DaftarFormat *format = daftar_ui_format_get ();
  GDate a, b;
  int year, month, day;

  daftar_day_to_date (first, &a);
  daftar_day_to_date (last, &b);

  switch (bucket)
    {
    case DAFTAR_BUCKET_DAY:
      daftar_calendar_to_ymd (daftar_format_get_calendar (format), &a, &year, &month, &day);
      *out_label = daftar_format_date (format, &a, DAFTAR_DATE_STYLE_LONG);
      *out_short = daftar_format_integer (format, day);
      break;

    case DAFTAR_BUCKET_WEEK:
      *out_label = daftar_format_period_label (format, &a, &b);
      *out_short = daftar_format_date (format, &a, DAFTAR_DATE_STYLE_MEDIUM);
      break;

    case DAFTAR_BUCKET_MONTH:
    default:
      *out_label = daftar_format_date (format, &a, DAFTAR_DATE_STYLE_MONTH_YEAR);
      *out_short = g_strdup (*out_label);
      break;
    }
}

/* The last day of the bucket that starts on @start. */
static DaftarDay
bucket_end (DaftarBucket bucket,
            DaftarDay    start)
{
  DaftarFormat *format = daftar_ui_format_get ();
  GDate probe, next;

  switch (bucket)
    {
    case DAFTAR_BUCKET_DAY:
      return start;

    case DAFTAR_BUCKET_WEEK:
      return start + 6;

    case DAFTAR_BUCKET_MONTH:
    default:
      /* No month of any calendar here is longer than 31 days or shorter than 29. */
      daftar_day_to_date (start + 31, &probe);
      daftar_period_bucket_start (DAFTAR_BUCKET_MONTH, daftar_format_get_calendar (format),
                                  daftar_format_get_locale (format), &probe, &next);
      return daftar_day_from_date (&next) - 1;
    }
}

/* Net per day, week or month, each worked out over the same rows as the whole period
 * so that the bars add up to the total, AI subscriptions and fee tiers included. */
static void
show_chart (DaftarEarningsPage        *self,
            const DaftarEarningsInput *input)
{
  DaftarFormat *format = daftar_ui_format_get ();
  g_autoptr(GArray) bars = g_array_new (FALSE, TRUE, sizeof (DaftarBarChartBar));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gint64 n_days = (gint64) input->to - input->from + 1;
  DaftarBucket bucket = n_days <= 31 ? DAFTAR_BUCKET_DAY
                      : n_days <= 100 ? DAFTAR_BUCKET_WEEK
                      : DAFTAR_BUCKET_MONTH;
  const char *title;

  for (DaftarDay day = input->from; day <= input->to && bars->len < MAX_BUCKETS;)
    {
      g_autoptr(DaftarEarningsReport) part = NULL;
      g_autoptr(GError) error = NULL;
      DaftarEarningsInput sub = *input;
      DaftarBarChartBar bar = { 0 };
      GDate date, start;
      DaftarDay first, last;
      char *label, *short_label;

      daftar_day_to_date (day, &date);
      daftar_period_bucket_start (bucket, daftar_format_get_calendar (format),
                                  daftar_format_get_locale (format), &date, &start);
      first = MAX (daftar_day_from_date (&start), input->from);
      last = MIN (bucket_end (bucket, daftar_day_from_date (&start)), input->to);
      if (last < first)
        last = first;

      /* A shallow copy: the rows stay the input's. */
      sub.from = first;
      sub.to = last;
      sub.by = DAFTAR_EARNINGS_BY_AI;
      if ((part = daftar_earnings_compute (&sub, &error)) != NULL)
        bar.value = part->totals->net_minor;
      else
        g_warning ("Working out %d–%d: %s", first, last, error->message);

      bucket_labels (bucket, first, last, &label, &short_label);
      bar.label = label;
      bar.short_label = short_label;
      bar.value_text = money_text (bar.value, input->currency);
      g_ptr_array_add (texts, label);
      g_ptr_array_add (texts, short_label);
      g_ptr_array_add (texts, (char *) bar.value_text);
      g_array_append_val (bars, bar);

      day = last + 1;
    }

  title = bucket == DAFTAR_BUCKET_DAY ? _("Net by Day")
        : bucket == DAFTAR_BUCKET_WEEK ? _("Net by Week")
        : _("Net by Month");
  gtk_label_set_text (self->chart_title, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  daftar_bar_chart_set_bars (self->chart, (const DaftarBarChartBar *) bars->data, bars->len);
}

static void
show_ai_row (AdwActionRow             *row,
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
    g_autofree char *hours = isolate (hours_text (line->actual_seconds));
    g_autofree char *net = isolate (money_text (line->net_minor, currency));

    /* Translators: e.g. "10.5 h worked · net $400.00" */
    subtitle = daftar_sentence_printf (_("%s worked · net %s"), hours, net);
  }
  rate = rate_text (line->has_effective_rate, line->effective_rate_minor, currency);
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
show_ai (DaftarEarningsPage         *self,
         const DaftarEarningsReport *report)
{
  const DaftarEarningsLine *with = find_group (report, "with-ai");
  const DaftarEarningsLine *without = find_group (report, "without-ai");
  g_autofree char *description = NULL;

  show_ai_row (self->with_ai_row, self->with_ai_rate, with, report->currency);
  show_ai_row (self->without_ai_row, self->without_ai_rate, without, report->currency);

  if (with != NULL && without != NULL && with->has_effective_rate && without->has_effective_rate)
    {
      gint64 diff = with->effective_rate_minor - without->effective_rate_minor;
      g_autofree char *amount = isolate (money_text (ABS (diff), report->currency));

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
create_breakdown_row (const DaftarEarningsReport *report,
                      const DaftarEarningsLine   *line)
{
  g_autofree char *worked = isolate (hours_text (line->actual_seconds));
  g_autofree char *paid = isolate (hours_text (line->paid_seconds));
  g_autofree char *gross = isolate (money_text (line->gross_minor, report->currency));
  g_autofree char *fees = isolate (money_text (line->platform_fees_minor + line->withdrawal_fees_minor +
                                              line->tool_costs_minor, report->currency));
  g_autofree char *net = isolate (money_text (line->net_minor, report->currency));
  g_autofree char *rate = rate_text (line->has_effective_rate, line->effective_rate_minor,
                                     report->currency);
  g_autofree char *subtitle = NULL;
  g_autofree char *rate_name = NULL;
  const char *label = line->label;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *rate_label;

  /* Platforms Daftar knows have translated names. */
  if (report->by == DAFTAR_EARNINGS_BY_PLATFORM && daftar_platform_key_get_label (line->key) != NULL)
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

  if (report->by == DAFTAR_EARNINGS_BY_PROJECT && line->id > 0)
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
show_breakdown (DaftarEarningsPage         *self,
                const DaftarEarningsReport *report)
{
  remove_rows (self->breakdown_list);
  adw_preferences_group_set_title (self->breakdown_group, breakdown_title (report->by));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->breakdown_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  breakdown_title (report->by), -1);
  adw_preferences_group_set_description (self->breakdown_group,
                                         report->by == DAFTAR_EARNINGS_BY_TOOL
                                         ? _("A session with several AI tools counts under each, so the tools add up to more than the total.")
                                         : NULL);

  for (guint i = 0; i < report->groups->len; i++)
    gtk_list_box_append (self->breakdown_list,
                         create_breakdown_row (report, g_ptr_array_index (report->groups, i)));
}

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

static void
show_sources (DaftarEarningsPage         *self,
              const DaftarEarningsInput  *input,
              const DaftarEarningsReport *report)
{
  remove_rows (self->sources_list);

  for (guint i = 0; i < report->rates->len; i++)
    {
      const DaftarEarningsRate *used = &g_array_index (report->rates, DaftarEarningsRate, i);
      g_autofree char *title = daftar_rates_dialog_describe_rate (&used->use.rate);
      g_autofree char *day = isolate (day_text (used->use.rate.day, DAFTAR_DATE_STYLE_LONG));
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
      g_autofree char *what = daftar_project_fees_dialog_describe_rule (rule);
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

/* The market comparison */

static GtkWidget *
create_market_row (const DaftarComparisonRow *row,
                   const char                *currency)
{
  GtkWidget *action_row = adw_action_row_new ();
  /* The generic entries (“Direct client”) in the user's language; brands as named. */
  const char *label = daftar_platform_key_get_label (row->platform_key);
  g_autofree char *platform = daftar_text_isolate_n (label != NULL ? label : row->platform_name, 300);
  g_autofree char *title = NULL;
  g_autofree char *rate = isolate (rate_text (TRUE, row->effective_rate_minor, currency));
  g_autofree char *subtitle = NULL;
  g_autofree char *work = daftar_comparison_row_get_work_label (row);

  /* Translators: a platform and a category, e.g. "Outlier · AI training" */
  title = daftar_sentence_printf (_("%s · %s"), platform, work);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (action_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), title);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (action_row), 8);

  if (row->matches->len == 0)
    {
      /* Translators: an effective rate and a note: "$21.16/h · No reported hourly rates for this." */
      subtitle = daftar_sentence_printf (_("%s · %s"), rate, _("No reported hourly rates for this."));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);
      return action_row;
    }

  {
    const DaftarBandMatch *best = &g_array_index (row->matches, DaftarBandMatch, 0);
    g_autofree char *position = daftar_band_match_describe (best, daftar_ui_format_get ());
    const char *note = daftar_band_kind_get_comparison_note (best->band->kind);
    g_autofree char *band = daftar_range_bar_describe_band (best, currency);
    g_autofree char *reported = NULL;
    g_autofree char *line = NULL;
    g_autofree char *name = NULL;
    GtkWidget *bar = daftar_range_bar_new ();
    GtkWidget *button = gtk_menu_button_new ();
    GtkWidget *sources = daftar_market_sources_new ();

    if (best->single_figure)
      /* Translators: the one figure a source reports, a rate is compared with, e.g. "Reported figure: $2.40" */
      reported = daftar_sentence_printf (_("Reported figure: %s"), band);
    else
      /* Translators: the reported band a rate is compared with, e.g. "Reported: $35.00 – $50.00 (typical $40.00)" */
      reported = daftar_sentence_printf (_("Reported: %s"), band);
    /* Translators: an effective rate, how it compares, and the band: "$21.16/h · Below the band by 39.5%" */
    line = daftar_sentence_printf (_("%s · %s"), rate, position);
    if (note != NULL)
      subtitle = g_strdup_printf ("%s\n%s\n%s", line, reported, note);
    else
      subtitle = g_strdup_printf ("%s\n%s", line, reported);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);

    daftar_range_bar_set_match (DAFTAR_RANGE_BAR (bar), best, row->effective_rate_minor, currency);
    gtk_widget_set_size_request (bar, 160, -1);
    adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), bar);

    for (guint i = 0; i < row->matches->len; i++)
      daftar_market_sources_add_match (DAFTAR_MARKET_SOURCES (sources),
                                       &g_array_index (row->matches, DaftarBandMatch, i), currency);
    gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Sources…"));
    gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
    gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), sources);
    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    /* Translators: accessible name of a button, e.g. "Sources for Outlier · AI training" */
    name = g_strdup_printf (_("Sources for %s"), title);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), button);
  }

  return action_row;
}

/**
 * daftar_earnings_page_show_market:
 * @market: (nullable): the dataset in use
 * @comparison: (nullable): the period's effective rates against it
 * @error: (nullable): why there is no comparison
 */
void
daftar_earnings_page_show_market (DaftarEarningsPage     *self,
                                  const DaftarMarket     *market,
                                  const DaftarComparison *comparison,
                                  const GError           *error)
{
  g_autofree char *publisher = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  remove_rows (self->market_list);
  gtk_widget_set_visible (GTK_WIDGET (self->market_group),
                          market != NULL && comparison != NULL && comparison->rows->len > 0);
  /* The data in use is named below the comparison even when nothing compares. */
  gtk_widget_set_visible (GTK_WIDGET (self->market_label), market != NULL);
  if (market == NULL)
    return;

  for (guint i = 0; comparison != NULL && i < comparison->rows->len; i++)
    gtk_list_box_append (self->market_list,
                         create_market_row (g_ptr_array_index (comparison->rows, i), comparison->currency));

  publisher = daftar_text_isolate_n (market->publisher, 300);
  date = isolate (daftar_market_sources_format_as_of (market->as_of));
  /* Translators: "Market data: Daftar, 2026-11-22" */
  text = daftar_sentence_printf (_("Market data: %s, %s"), publisher, date);
  gtk_label_set_text (self->market_label, text);
}

/* "March 21, 2026, 14:05" in the user's calendar, digits and time zone. */
static char *
moment_text (gint64 utc)
{
  DaftarFormat *format = daftar_ui_format_get ();
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (utc);
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  GDate day;

  if (local == NULL)
    return g_strdup ("—");

  daftar_date_from_date_time (local, &day);
  date = daftar_format_date (format, &day, DAFTAR_DATE_STYLE_LONG);
  time = daftar_format_time (format, utc, (gint32) (g_date_time_get_utc_offset (local) / G_USEC_PER_SEC));
  /* Translators: a date and a time of day, e.g. "March 21, 2026, 14:05" */
  return daftar_sentence_printf (_("%s, %s"), date, time);
}

/**
 * daftar_earnings_page_show_feed:
 * @state: (nullable): the stored dataset and last refresh, %NULL when unreadable
 * @has_url: whether a feed address is set, so Refresh can be offered
 *
 * The last refresh and the error of the last failed one, under the data in use.
 */
void
daftar_earnings_page_show_feed (DaftarEarningsPage      *self,
                                const DaftarMarketState *state,
                                gboolean                 has_url)
{
  g_autofree char *refresh = NULL;
  g_autofree char *error = NULL;
  gboolean busy = self->refresh_cancellable != NULL;

  if (state != NULL && state->has_success)
    {
      g_autofree char *when = isolate (moment_text (state->success_utc));

      /* Translators: when market data last came from the feed, e.g. "Last refreshed: March 21, 2026, 14:05" */
      refresh = daftar_sentence_printf (_("Last refreshed: %s"), when);
    }
  else if (has_url)
    refresh = g_strdup (_("Not refreshed yet"));

  if (state != NULL && state->has_refresh && state->error != NULL)
    {
      /* Text from the network: isolated, shown as plain text, never as markup. */
      g_autofree char *message = daftar_text_isolate_n (state->error, 500);
      g_autofree char *when = isolate (moment_text (state->attempt_utc));

      /* Translators: the time of a failed market data refresh, then why it failed */
      error = daftar_sentence_printf (_("The refresh on %s failed: %s"), when, message);
    }

  gtk_label_set_text (self->refresh_label, refresh != NULL ? refresh : "");
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_label), refresh != NULL);
  gtk_label_set_text (self->refresh_error_label, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_error_label), error != NULL);

  gtk_widget_set_visible (self->refresh_button, has_url || busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "earnings.refresh-market", !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->refresh_spinner), busy);
  gtk_spinner_set_spinning (self->refresh_spinner, busy);
}

void
daftar_earnings_page_show_range (DaftarEarningsPage *self,
                                 DaftarDay           from,
                                 DaftarDay           to,
                                 const char         *currency)
{
  g_autofree char *period = NULL;
  g_autofree char *text = NULL;
  GDate first, last;

  daftar_day_to_date (from, &first);
  daftar_day_to_date (to, &last);
  period = isolate (daftar_format_period_label (daftar_ui_format_get (), &first, &last));
  /* Translators: the report's period and currency, e.g. "November 2026 · USD" */
  text = daftar_sentence_printf (_("%s · %s"), period, currency);
  gtk_label_set_text (self->range_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->range_label), text);
}

/**
 * daftar_earnings_page_show_report:
 * @input: the rows @report was worked out from; the chart works out its bars from them
 * @report: the report, by the chosen dimension
 * @ai_report: the same, with and without AI tools
 */
void
daftar_earnings_page_show_report (DaftarEarningsPage         *self,
                                  const DaftarEarningsInput  *input,
                                  const DaftarEarningsReport *report,
                                  const DaftarEarningsReport *ai_report)
{
  show_totals (self, report->totals, report->currency);
  show_chart (self, input);
  show_ai (self, ai_report);
  show_breakdown (self, report);
  show_sources (self, input, report);
  gtk_stack_set_visible_child_name (self->stack, "report");
}
