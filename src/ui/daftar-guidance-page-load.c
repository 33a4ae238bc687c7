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
#include "daftar-worker.h"

/* Everything the worker touches is its own: it may be freed in its thread. */
typedef struct
{
  DaftarDay       from;
  DaftarDay       to;
  GDate           first;
  GDate           last;
  char           *currency;
  DaftarGuidance *guidance;
} Job;

static void
job_free (Job *job)
{
  g_free (job->currency);
  g_clear_pointer (&job->guidance, daftar_guidance_free);
  g_free (job);
}

static gboolean
load_work (gpointer       data,
           DaftarStore   *reader,
           DaftarFormat  *format,
           GError       **error)
{
  Job *job = data;

  job->guidance = daftar_store_load_guidance (reader, job->from, job->to, job->currency, format, error);
  return job->guidance != NULL;
}

static void
load_done (gpointer      owner,
           gpointer      data,
           const GError *error)
{
  DaftarGuidancePage *self = owner;
  Job *job = data;

  g_clear_object (&self->loading);
  daftar_guidance_page_show_in_steps (self, g_steal_pointer (&job->guidance), &job->first, &job->last,
                                      error);
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
  g_autofree char *currency = NULL;
  GDate first, last;
  Job *job;

  daftar_guidance_page_cancel_load (self);
  if (!daftar_guidance_page_prepare (self, &first, &last, &currency))
    return;

  job = g_new0 (Job, 1);
  job->first = first;
  job->last = last;
  job->from = daftar_day_from_date (&first);
  job->to = daftar_day_from_date (&last);
  job->currency = g_steal_pointer (&currency);
  self->loading = daftar_worker_run_on_reader (self, self->store, self->context, job, (GDestroyNotify) job_free,
                                               load_work, load_done, &error);
  if (self->loading == NULL)
    {
      daftar_guidance_page_show (self, NULL, &first, &last, error);
      job_free (job);
    }
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
