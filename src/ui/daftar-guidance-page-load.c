/* daftar-guidance-page-load.c — the Guidance page's cards worked out in a worker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Guidance reads the period's work, the market dataset and the goals: on a big
 * ledger, longer than a frame. A worker does it on a reader of its own, with a
 * format of its own (ICU's formatters are not shared between threads); the page
 * shows the cards it had until the new ones come. A change that comes meanwhile
 * cancels the worker and starts another.
 */
#define G_LOG_DOMAIN "daftar-guidance-page"

#include "config.h"

#include "daftar-guidance-load.h"
#include "daftar-guidance-page-private.h"
#include "daftar-store-copy.h"
#include "daftar-store-search.h"
#include "daftar-ui-format.h"
#include "daftar-worker.h"

/* Everything the worker touches is its own: it may be freed in its thread. */
typedef struct
{
  DaftarStore    *reader;
  DaftarDay       from;
  DaftarDay       to;
  GDate           first;
  GDate           last;
  char           *currency;
  DaftarFormat   *format;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->reader);
  g_free (job->currency);
  g_clear_pointer (&job->format, daftar_format_unref);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Job *job = data;
  DaftarGuidance *guidance;
  GError *error = NULL;

  daftar_store_set_cancellable (job->reader, cancellable);
  guidance = daftar_store_load_guidance (job->reader, job->from, job->to, job->currency, job->format, &error);
  daftar_store_set_cancellable (job->reader, NULL);

  if (guidance == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, guidance, (GDestroyNotify) daftar_guidance_free);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(DaftarGuidancePage) self = data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  DaftarGuidance *guidance;

  guidance = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->loading);
  daftar_guidance_page_show_in_steps (self, guidance, &job->first, &job->last, error);
}

/**
 * daftar_guidance_page_load:
 *
 * Works the cards out again in a worker, in place of any still at work.
 */
void
daftar_guidance_page_load (DaftarGuidancePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) reader = NULL;
  g_autofree char *currency = NULL;
  GDate first, last;
  Job *job;

  daftar_guidance_page_cancel_load (self);
  if (!daftar_guidance_page_prepare (self, &first, &last, &currency))
    return;

  if (!(reader = daftar_store_open_reader (self->store, &error)))
    {
      daftar_guidance_page_show (self, NULL, &first, &last, error);
      return;
    }

  job = g_new0 (Job, 1);
  job->reader = g_steal_pointer (&reader);
  job->first = first;
  job->last = last;
  job->from = daftar_day_from_date (&first);
  job->to = daftar_day_from_date (&last);
  job->currency = g_steal_pointer (&currency);
  job->format = daftar_ui_format_new_copy (self->context);
  self->loading = daftar_worker_run (self, job, (GDestroyNotify) job_free, load_thread, load_done,
                                     daftar_guidance_page_load);
}

/**
 * daftar_guidance_page_cancel_load:
 *
 * Stops the worker working the cards out, if any: its cards are not shown.
 */
void
daftar_guidance_page_cancel_load (DaftarGuidancePage *self)
{
  daftar_worker_cancel (&self->loading);
}

/**
 * daftar_guidance_page_is_loading:
 *
 * Returns: whether a worker is working the cards out, or the cards it worked
 *   out are still coming on screen a couple a frame; the page shows the last
 *   ones meanwhile
 */
gboolean
daftar_guidance_page_is_loading (DaftarGuidancePage *self)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), FALSE);
  return self->loading != NULL || daftar_guidance_page_is_revealing (self);
}
