/* daftar-report-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statement lays out the very report `daftar-cli report --json` prints and the
 * Earnings page shows — totals, the chart of net over the period, the breakdown, the
 * exchange rates and fee rules used with their sources — in the document's language,
 * digits and calendar. It works nothing out of its own but the chart's parts, which
 * come from the same core code as the app's chart.
 */
#define G_LOG_DOMAIN "daftar-report-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-date-format.h"
#include "daftar-day.h"
#include "daftar-duration-format.h"
#include "daftar-earnings-series.h"
#include "daftar-fee-rules.h"
#include "daftar-money-format.h"
#include "daftar-rates.h"
#include "daftar-report-pdf.h"
#include "daftar-text.h"

#define MAX_BARS 400
#define CHART_HEIGHT 150.0

struct _DaftarStatement
{
  DaftarDoc                  *doc;
  const DaftarEarningsReport *report;   /* borrowed */
  DaftarEarningsSeries       *series;
  GArray                     *bars;     /* DaftarChartBar into series */
  char                       *name;
  GPtrArray                  *sessions; /* (nullable) DaftarSession, in the period */
};

#define T(msgid) daftar_doc_gettext (st->doc, (msgid))

static char *
money (DaftarStatement *st,
       gint64           minor)
{
  return daftar_doc_money (st->doc, minor, st->report->query.currency);
}

static char *
rate (DaftarStatement *st,
      gboolean         has,
      gint64           minor)
{
  return has ? money (st, minor) : g_strdup ("—");
}

static char *
hours (DaftarStatement *st,
       gint64           seconds)
{
  return daftar_format_hours (daftar_doc_get_format (st->doc), seconds);
}

static char *
period_text (DaftarStatement *st)
{
  GDate first, last;

  daftar_day_to_date (st->report->query.from, &first);
  daftar_day_to_date (st->report->query.to, &last);
  return daftar_format_period_label (daftar_doc_get_format (st->doc), &first, &last);
}

static const char *
by_title (DaftarStatement *st)
{
  switch (st->report->query.by)
    {
    case DAFTAR_EARNINGS_BY_PLATFORM: return T (N_("By Platform"));
    case DAFTAR_EARNINGS_BY_CATEGORY: return T (N_("By Category"));
    case DAFTAR_EARNINGS_BY_CLIENT:   return T (N_("By Client"));
    case DAFTAR_EARNINGS_BY_TOOL:     return T (N_("By AI Tool"));
    case DAFTAR_EARNINGS_BY_AI:       return T (N_("With and Without AI Tools"));
    case DAFTAR_EARNINGS_BY_PROJECT:
    case DAFTAR_EARNINGS_N_BY:
    default:
      return T (N_("By Project"));
    }
}

static void
pair (DaftarDoc  *doc,
      const char *label,
      char       *value)
{
  const char *cells[] = { label, value, NULL };

  daftar_doc_table_row (doc, DAFTAR_DOC_NORMAL, cells);
  g_free (value);
}

static void
draw_totals (DaftarStatement *st)
{
  const DaftarEarningsLine *t = st->report->totals;
  static const DaftarDocColumn columns[] = { { 2, FALSE }, { 1, TRUE } };
  DaftarDoc *doc = st->doc;

  daftar_doc_paragraph (doc, DAFTAR_DOC_HEADING, T (N_("Totals")));
  daftar_doc_table_begin (doc, columns, G_N_ELEMENTS (columns), NULL);
  pair (doc, T (N_("Gross")), money (st, t->gross_minor));
  pair (doc, T (N_("Platform fees")), money (st, t->platform_fees_minor));
  pair (doc, T (N_("Withdrawal fees")), money (st, t->withdrawal_fees_minor));
  pair (doc, T (N_("AI tools")), money (st, t->tool_costs_minor));
  if (t->platform_costs_minor != 0)
    /* Translators: Connects, membership: what a platform charged outside its fees */
    pair (doc, T (N_("Platform costs")), money (st, t->platform_costs_minor));
  {
    g_autofree char *net = money (st, t->net_minor);
    const char *cells[] = { T (N_("Net")), net, NULL };

    daftar_doc_table_row (doc, DAFTAR_DOC_BOLD, cells);
  }
  if (t->awaiting_minor > 0)
    pair (doc, T (N_("Awaiting payment (not in net)")), money (st, t->awaiting_minor));
  pair (doc, T (N_("Hours worked")), hours (st, t->actual_seconds));
  pair (doc, T (N_("Hours paid")), hours (st, t->paid_seconds));
  pair (doc, T (N_("Hours unpaid")), hours (st, t->actual_seconds - t->paid_seconds));
  pair (doc, T (N_("Nominal rate (gross per paid hour)")),
        rate (st, t->has_nominal_rate, t->nominal_rate_minor));
  pair (doc, T (N_("Effective rate (net per hour worked)")),
        rate (st, t->has_effective_rate, t->effective_rate_minor));
  daftar_doc_table_end (doc);
}

static void
draw_chart (DaftarStatement *st)
{
  const char *title;

  if (st->bars->len == 0)
    return;

  title = st->series->bucket == DAFTAR_BUCKET_DAY ? T (N_("Net by Day"))
        : st->series->bucket == DAFTAR_BUCKET_WEEK ? T (N_("Net by Week"))
        : T (N_("Net by Month"));
  daftar_doc_paragraph (st->doc, DAFTAR_DOC_HEADING, title);
  daftar_doc_chart (st->doc, (const DaftarChartBar *) st->bars->data, st->bars->len, CHART_HEIGHT);
}

static void
draw_groups (DaftarStatement *st)
{
  static const DaftarDocColumn columns[] = {
    { 3.2, FALSE }, { 1.1, TRUE }, { 1.6, TRUE }, { 1.6, TRUE }, { 1.6, TRUE }, { 1.6, TRUE },
  };
  const char *header[] = {
    T (N_("Name")), T (N_("Hours")), T (N_("Gross")), T (N_("Costs")), T (N_("Net")),
    T (N_("Effective rate")), NULL,
  };
  DaftarDoc *doc = st->doc;

  daftar_doc_paragraph (doc, DAFTAR_DOC_HEADING, by_title (st));
  if (st->report->groups->len == 0)
    {
      daftar_doc_paragraph (doc, DAFTAR_DOC_NORMAL, T (N_("No work or payments in this period.")));
      return;
    }

  daftar_doc_table_begin (doc, columns, G_N_ELEMENTS (columns), header);
  for (guint i = 0; i < st->report->groups->len && !daftar_doc_is_cancelled (doc); i++)
    {
      const DaftarEarningsLine *line = g_ptr_array_index (st->report->groups, i);
      g_autofree char *worked = hours (st, line->actual_seconds);
      g_autofree char *gross = money (st, line->gross_minor);
      g_autofree char *costs = money (st, line->platform_fees_minor + line->withdrawal_fees_minor +
                                          line->tool_costs_minor + line->platform_costs_minor);
      g_autofree char *net = money (st, line->net_minor);
      g_autofree char *effective = rate (st, line->has_effective_rate, line->effective_rate_minor);
      const char *cells[] = { line->label, worked, gross, costs, net, effective, NULL };

      daftar_doc_table_row (doc, DAFTAR_DOC_NORMAL, cells);
    }
  daftar_doc_table_end (doc);
  if (st->report->query.by == DAFTAR_EARNINGS_BY_TOOL)
    daftar_doc_paragraph (doc, DAFTAR_DOC_SMALL,
                          T (N_("A session with several AI tools counts under each, so the tools add up to more than the total.")));
}

static void
draw_sources (DaftarStatement *st)
{
  DaftarDoc *doc = st->doc;
  DaftarFormat *format = daftar_doc_get_format (doc);

  if (st->report->rates->len > 0)
    daftar_doc_paragraph (doc, DAFTAR_DOC_HEADING, T (N_("Exchange Rates Used")));
  for (guint i = 0; i < st->report->rates->len; i++)
    {
      const DaftarEarningsRate *used = &g_array_index (st->report->rates, DaftarEarningsRate, i);
      g_autofree char *value = daftar_rate_to_string (used->use.rate.rate_e8);
      g_autofree char *digits = daftar_format_digits (format, value);
      g_autofree char *one = daftar_format_integer (format, 1);
      g_autofree char *day = NULL;
      g_autofree char *equation = NULL;
      g_autofree char *text = NULL;
      GDate date;

      daftar_day_to_date (used->use.rate.day, &date);
      day = daftar_format_date (format, &date, DAFTAR_DATE_STYLE_MEDIUM);
      /* The equation reads left to right in every language: "1 EUR = 1.08 USD". */
      equation = g_strdup_printf ("\u2066%s %s = %s %s\u2069", one, used->use.rate.base, digits,
                                  used->use.rate.quote);
      /* Translators: an exchange rate a statement used: "1 EUR = 1.08000000 USD, rate of
       * Mar 1, 2025"; the first %s is the whole equation, the second the rate's date */
      text = g_strdup_printf (T (N_("%s, rate of %s")), equation, day);
      daftar_doc_paragraph (doc, DAFTAR_DOC_NORMAL, text);
    }

  if (st->report->rules->len > 0)
    daftar_doc_paragraph (doc, DAFTAR_DOC_HEADING, T (N_("Fee Rules Applied")));
  for (guint i = 0; i < st->report->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (st->report->rules, i);
      g_autofree char *publisher = daftar_text_isolate_n (rule->source_publisher, 300);
      g_autofree char *title = daftar_text_isolate_n (rule->source_title, 300);
      g_autofree char *id = daftar_text_isolate_n (rule->id, 100);
      g_autofree char *url = daftar_text_isolate_n (rule->source_url, 500);
      g_autofree char *text = NULL;

      /* Translators: a fee rule a statement applied: its id, then its source's publisher,
       * title and address */
      text = g_strdup_printf (T (N_("%s — %s, “%s”, %s")), id, publisher, title, url);
      daftar_doc_paragraph (doc, DAFTAR_DOC_SMALL, text);
    }
}

/* The sessions of the period, when asked for: day, project, time worked and paid, note. */
static void
draw_sessions (DaftarStatement *st)
{
  static const DaftarDocColumn columns[] = {
    { 1.6, FALSE }, { 2.6, FALSE }, { 1.0, TRUE }, { 1.0, TRUE }, { 3.4, FALSE },
  };
  const char *header[] = {
    T (N_("Date")), T (N_("Project")), T (N_("Worked")), T (N_("Paid")), T (N_("Note")), NULL,
  };
  DaftarDoc *doc = st->doc;

  if (st->sessions == NULL)
    return;

  daftar_doc_paragraph (doc, DAFTAR_DOC_HEADING, T (N_("Sessions")));
  if (st->sessions->len == 0)
    {
      daftar_doc_paragraph (doc, DAFTAR_DOC_NORMAL, T (N_("No work or payments in this period.")));
      return;
    }
  daftar_doc_table_begin (doc, columns, G_N_ELEMENTS (columns), header);
  for (guint i = 0; i < st->sessions->len && !daftar_doc_is_cancelled (doc); i++)
    {
      const DaftarSession *s = g_ptr_array_index (st->sessions, i);
      g_autofree char *day = daftar_doc_day (doc, (DaftarDay) ((s->start_utc + s->utc_offset + 86400) / 86400 - 1),
                                             DAFTAR_DATE_STYLE_MEDIUM);
      g_autofree char *project = daftar_text_isolate_n (s->project_name != NULL ? s->project_name : "", 300);
      g_autofree char *worked = hours (st, s->actual_seconds);
      g_autofree char *paid = hours (st, s->paid_seconds);
      g_autofree char *note = daftar_text_isolate_n (s->note != NULL ? s->note : "", 500);
      const char *cells[] = { day, project, worked, paid, note, NULL };

      daftar_doc_table_row (doc, DAFTAR_DOC_SMALL, cells);
    }
  daftar_doc_table_end (doc);
}

static void
draw (DaftarDoc *doc,
      gpointer   user_data)
{
  DaftarStatement *st = user_data;
  g_autofree char *period = period_text (st);
  g_autofree char *name = st->name != NULL ? daftar_text_isolate (st->name) : g_strdup ("");

  daftar_doc_side_by_side (doc, DAFTAR_DOC_TITLE, T (N_("Earnings Statement")), name);
  daftar_doc_side_by_side (doc, DAFTAR_DOC_NORMAL, period, st->report->query.currency);
  daftar_doc_paragraph (doc, DAFTAR_DOC_SMALL,
                        st->report->query.basis == DAFTAR_EARNINGS_BASIS_PAID
                        ? T (N_("Received: payments count on the day they arrived."))
                        : T (N_("Earned: fixed-price payments count on the days of the work they pay for.")));
  daftar_doc_space (doc, 10);
  draw_totals (st);
  daftar_doc_space (doc, 6);
  draw_chart (st);
  daftar_doc_space (doc, 6);
  draw_groups (st);
  draw_sources (st);
  draw_sessions (st);
}

/**
 * daftar_statement_new:
 * @input: the rows @report was worked out from; the chart is cut from them
 * @report: (transfer none): kept, not copied: it must outlive the statement
 *
 * Returns: (transfer full): the statement, or %NULL with @error set
 */
DaftarStatement *
daftar_statement_new (const DaftarEarningsInput    *input,
                      const DaftarEarningsReport   *report,
                      const DaftarStatementOptions *options,
                      GError                      **error)
{
  g_autoptr(DaftarStatement) st = g_new0 (DaftarStatement, 1);
  g_autofree char *period = NULL;
  g_autofree char *footer = NULL;

  if (!daftar_doc_language_is_known (options->language))
    {
      g_set_error (error, DAFTAR_DOC_ERROR, DAFTAR_DOC_ERROR_LANGUAGE,
                   _("Documents are written in en, fa or ar, not in “%s”."), options->language);
      return NULL;
    }

  st->doc = daftar_doc_new (options->language, options->user_format, options->paper);
  st->report = report;
  st->name = g_strdup (options->name != NULL && options->name[0] != '\0' ? options->name : NULL);
  st->bars = g_array_new (FALSE, TRUE, sizeof (DaftarChartBar));
  st->sessions = options->sessions != NULL ? g_ptr_array_ref (options->sessions) : NULL;

  if (!(st->series = daftar_earnings_series_new (input, daftar_doc_get_format (st->doc), MAX_BARS, error)))
    return NULL;
  for (guint i = 0; i < st->series->points->len; i++)
    {
      const DaftarSeriesPoint *point = &g_array_index (st->series->points, DaftarSeriesPoint, i);
      DaftarChartBar bar = { point->short_label, point->value_text, point->net_minor };

      g_array_append_val (st->bars, bar);
    }

  period = period_text (st);
  /* Translators: at the foot of every page of a statement: "Earnings statement, Mar 1 – 31, 2025" */
  footer = g_strdup_printf (T (N_("Earnings statement, %s")), period);
  daftar_doc_set_footer (st->doc, footer);

  return g_steal_pointer (&st);
}

void
daftar_statement_free (DaftarStatement *st)
{
  if (st == NULL)
    return;

  g_clear_pointer (&st->bars, g_array_unref);
  g_clear_pointer (&st->sessions, g_ptr_array_unref);
  g_clear_pointer (&st->series, daftar_earnings_series_free);
  g_clear_pointer (&st->doc, daftar_doc_free);
  g_free (st->name);
  g_free (st);
}

DaftarDoc *
daftar_statement_get_doc (DaftarStatement *st)
{
  return st->doc;
}

DAFTAR_DOC_DEFINE_OUTPUT (DaftarStatement, daftar_statement, draw)
