/* daftar-earnings-page-load.c — the Earnings page's report worked out in a worker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report reads the period's work, payments and costs and works out the totals,
 * the same by AI use, and net over time for the chart: on a big ledger, many
 * frames' worth. A worker does it on a reader of its own, with a format of its
 * own (ICU's formatters are not shared between threads); the page shows what it
 * had until the new report comes. A reload that comes meanwhile cancels the
 * worker and starts another, so only the newest report is shown. The market
 * comparison is made on the main thread, from the context's dataset, which the
 * feed may replace at any time.
 *
 * The worker's report is shown a part a frame: the totals and the chart, then
 * the breakdown, the fee rules, and the market comparison, so that no frame
 * waits on the whole page being made. The rows of the breakdown and of the
 * market comparison, each of a few wrapped lines, are laid out a few a frame;
 * a market row's sources are made when first opened.
 */
#define G_LOG_DOMAIN "daftar-earnings-page"

#include "config.h"

#include <string.h>

#include "daftar-earnings-page-private.h"
#include "daftar-earnings-series.h"
#include "daftar-worker.h"

/* Everything the worker touches is its own, but the fee rules: the context's,
 * which it keeps as long as the app runs. It may be freed in the worker's thread. */
typedef struct
{
  DaftarEarningsQuery   query;
  const DaftarFeeRules *rules;

  DaftarEarningsInput  *input;
  DaftarEarningsReport *report;
  DaftarEarningsReport *ai_report;   /* NULL for a period without work */
  DaftarEarningsSeries *series;      /* NULL too when it could not be worked out */
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->input, daftar_earnings_input_free);
  g_clear_pointer (&job->report, daftar_earnings_report_free);
  g_clear_pointer (&job->ai_report, daftar_earnings_report_free);
  g_clear_pointer (&job->series, daftar_earnings_series_free);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static gboolean
is_empty (const DaftarEarningsReport *report)
{
  const DaftarEarningsLine *t = report->totals;

  /* Money still awaited is worth a page of its own, even in a quiet period. */
  return t->n_sessions == 0 && t->gross_minor == 0 && t->withdrawal_fees_minor == 0 &&
         t->awaiting_minor == 0;
}

/* The report of @job's query, from @store: in the worker, or on the main thread. */
static gboolean
work_out (Job           *job,
          DaftarStore   *store,
          DaftarFormat  *format,
          GError       **error)
{
  const DaftarEarningsQuery *q = &job->query;
  g_autoptr(GError) series_error = NULL;

  if (!(job->input = daftar_store_load_earnings (store, q->from, q->to, q->currency, q->by,
                                                 job->rules, error)))
    return FALSE;
  job->input->query.basis = q->basis;
  if (!(job->report = daftar_earnings_compute (job->input, error)))
    return FALSE;
  if (is_empty (job->report))
    return TRUE;

  /* The same rows, by AI use, for the comparison. */
  job->input->query.by = DAFTAR_EARNINGS_BY_AI;
  if (!(job->ai_report = daftar_earnings_compute (job->input, error)))
    return FALSE;

  if (!(job->series = daftar_earnings_series_new (job->input, format, DAFTAR_EARNINGS_CHART_MAX_BARS,
                                                  &series_error)))
    g_warning ("Working out the chart: %s", series_error->message);
  return TRUE;
}

/* The next part of the report shown, after the frame that drew the last one. */
static gboolean
show_part_cb (gpointer data)
{
  DaftarEarningsPage *self = data;
  Job *job = self->shown_job;

  self->part_id = 0;
  switch (self->next_part++)
    {
    case 0:
      daftar_earnings_breakdown_show (self->breakdown, daftar_context_get_format (self->context),
                                      job->report, job->ai_report);
      daftar_earnings_breakdown_reveal_in_steps (self->breakdown);
      break;
    case 1:
      daftar_earnings_rules_show (self->rules_section, daftar_context_get_format (self->context),
                                  job->input, job->report);
      break;
    default:
      daftar_earnings_page_show_market (self, job->input);
      daftar_earnings_market_reveal_in_steps (self->market);
      g_clear_pointer (&self->shown_job, job_free);
      return G_SOURCE_REMOVE;
    }

  /* Under drawing's priority: after the next frame. */
  self->part_id = g_idle_add_full (G_PRIORITY_LOW, show_part_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

/* What @job worked out, in place of what the page showed: all at once, or,
 * @in_parts, a part a frame, @job then taken. */
static void
show_job (DaftarEarningsPage *self,
          Job                *job,
          const GError       *error,
          gboolean            in_parts)
{
  /* The parts of the report shown before, if some are still to come, give way
   * to this one's: the page shows one report. */
  g_clear_handle_id (&self->part_id, g_source_remove);
  g_clear_pointer (&self->shown_job, job_free);

  self->has_query = job->input != NULL;
  self->query = job->query;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "earnings.export-report", self->has_query);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "earnings.print-report", self->has_query);

  if (error != NULL)
    {
      daftar_earnings_page_show_error (self, daftar_context_get_format (self->context), error, job->input);
      return;
    }
  if (is_empty (job->report))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (!in_parts)
    {
      daftar_earnings_page_show_report (self, job->input, job->report, job->ai_report, job->series);
      daftar_earnings_page_show_market (self, job->input);
      return;
    }

  daftar_earnings_page_show_totals (self, job->report, job->series);
  self->shown_job = g_memdup2 (job, sizeof *job);
  memset (job, 0, sizeof *job);
  self->next_part = 0;
  /* Under drawing's priority: after the next frame. */
  self->part_id = g_idle_add_full (G_PRIORITY_LOW, show_part_cb, self, NULL);
}

static Job *
job_new (DaftarEarningsPage *self)
{
  Job *job = g_new0 (Job, 1);

  if (!daftar_earnings_page_prepare (self, &job->query))
    {
      job_free (job);
      return NULL;
    }
  job->rules = self->rules;
  return job;
}

/**
 * daftar_earnings_page_reload:
 *
 * Works the report out again, now, on the main thread, in place of any worker
 * at it. The page works it out by itself in a worker once it is shown and
 * whenever what it shows changes; tests call this to be done at once.
 */
void
daftar_earnings_page_reload (DaftarEarningsPage *self)
{
  g_autoptr(Job) job = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DAFTAR_IS_EARNINGS_PAGE (self));

  daftar_earnings_page_cancel_load (self);
  if (!(job = job_new (self)))
    return;

  work_out (job, self->store, daftar_context_get_format (self->context), &error);
  show_job (self, job, error, FALSE);
}

static gboolean
load_work (gpointer       job,
           DaftarStore   *reader,
           DaftarFormat  *format,
           GError       **error)
{
  return work_out (job, reader, format, error);
}

static void
load_done (gpointer      owner,
           gpointer      job,
           const GError *error)
{
  DaftarEarningsPage *self = owner;

  g_clear_object (&self->loading);
  show_job (self, job, error, TRUE);
}

/**
 * daftar_earnings_page_load:
 *
 * Works the report out again in a worker, in place of any still at work; the
 * page shows what it had until the report comes.
 */
void
daftar_earnings_page_load (DaftarEarningsPage *self)
{
  g_autoptr(GError) error = NULL;
  Job *job;

  /* The parts of the last report still to come keep coming: new totals are
   * never shown with the breakdown of the report before. */
  daftar_earnings_page_stop_worker (self);
  if (!(job = job_new (self)))
    return;

  self->loading = daftar_worker_run_on_reader (self, self->store, self->context, job, (GDestroyNotify) job_free,
                                               load_work, load_done, &error);
  if (self->loading == NULL)
    {
      show_job (self, job, error, FALSE);
      job_free (job);
    }
}

/**
 * daftar_earnings_page_stop_worker:
 *
 * Stops the worker working the report out, if any: its report is not shown.
 * The parts of the last report still to come are shown all the same.
 */
void
daftar_earnings_page_stop_worker (DaftarEarningsPage *self)
{
  daftar_worker_cancel (&self->loading);
}

/**
 * daftar_earnings_page_cancel_load:
 *
 * Stops the worker working the report out, if any: its report is not shown;
 * nor the parts of the last one still to come.
 */
void
daftar_earnings_page_cancel_load (DaftarEarningsPage *self)
{
  daftar_worker_cancel (&self->loading);
  g_clear_handle_id (&self->part_id, g_source_remove);
  g_clear_pointer (&self->shown_job, job_free);
}

/**
 * daftar_earnings_page_is_loading:
 *
 * Returns: whether a worker is working the report out, or is about to; the page
 *   shows the last one meanwhile
 */
gboolean
daftar_earnings_page_is_loading (DaftarEarningsPage *self)
{
  g_return_val_if_fail (DAFTAR_IS_EARNINGS_PAGE (self), FALSE);
  return self->loading != NULL || daftar_page_reload_is_queued (&self->reload) || self->part_id != 0 ||
         daftar_earnings_breakdown_is_revealing (self->breakdown) ||
         daftar_earnings_market_is_revealing (self->market);
}
