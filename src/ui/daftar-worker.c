/* daftar-worker.c — work for a page or a model done in a thread, cancelled when superseded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Log's keys, Earnings' report and Guidance's cards are worked out in a
 * thread, each on a reader of its own, while the window goes on drawing. A job
 * holds everything its thread touches; the owner is held until @done runs on
 * the main thread, where it checks the cancellable before showing anything.
 */
#define G_LOG_DOMAIN "daftar-worker"

#include "config.h"

#include "daftar-store-copy.h"
#include "daftar-store-search.h"
#include "daftar-ui-format.h"
#include "daftar-worker.h"

/**
 * daftar_worker_run:
 * @owner: (type GObject): the page or model, held until @done has run
 * @job: (transfer full): what @thread_func works on, its task data, freed with
 *   @job_free, maybe in the thread
 * @done: called on this thread with the task and @owner, which it lets go
 *
 * Returns: (transfer full): cancels the job; the owner keeps it, to tell
 *   whether it is still at work
 */
GCancellable *
daftar_worker_run (gpointer             owner,
                   gpointer             job,
                   GDestroyNotify       job_free,
                   GTaskThreadFunc      thread_func,
                   GAsyncReadyCallback  done,
                   gpointer             source_tag)
{
  GCancellable *cancellable = g_cancellable_new ();
  g_autoptr(GTask) task = NULL;

  /* No source object: the owner is let go in @done, on this thread. */
  task = g_task_new (NULL, cancellable, done, g_object_ref (owner));
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, thread_func);
  return cancellable;
}

/**
 * daftar_worker_cancel:
 * @cancellable: (inout) (nullable): of the job at work, if any; cleared
 *
 * Stops the job: its @done sees it cancelled, and shows nothing.
 */
void
daftar_worker_cancel (GCancellable **cancellable)
{
  if (*cancellable != NULL)
    g_cancellable_cancel (*cancellable);
  g_clear_object (cancellable);
}

/* A job on a reader: the reader and the format are the worker's own. */
typedef struct
{
  DaftarStore      *reader;
  DaftarFormat     *format;
  gpointer          job;
  GDestroyNotify    job_free;
  DaftarWorkerFunc  work;
  DaftarWorkerDone  done;
} ReaderJob;

static void
reader_job_free (ReaderJob *rj)
{
  g_clear_object (&rj->reader);
  g_clear_pointer (&rj->format, daftar_format_unref);
  g_clear_pointer (&rj->job, rj->job_free);
  g_free (rj);
}

static void
reader_job_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  ReaderJob *rj = data;
  GError *error = NULL;
  gboolean ok;

  daftar_store_set_cancellable (rj->reader, cancellable);
  ok = rj->work (rj->job, rj->reader, rj->format, &error);
  daftar_store_set_cancellable (rj->reader, NULL);

  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
reader_job_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  g_autoptr(GObject) owner = data;
  ReaderJob *rj = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* Cancelled: a newer job is at work, or the owner went away. */
  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  rj->done (owner, rj->job, error);
}

/**
 * daftar_worker_run_on_reader:
 * @owner: (type GObject): the page or model, held until @done has run
 * @store: the ledger the worker reads
 * @context: (nullable): whose format the worker copies; %NULL: none, Latin digits
 * @job: (transfer full): what @work works on, freed with @job_free, maybe in
 *   the thread; when this fails, still the caller's
 * @work: called in the thread with @job, a reader of @store and a copy of
 *   @context's format, the reader's messages in it (ICU's formatters are not
 *   shared between threads)
 * @done: called on this thread with @owner, @job and the error of @work,
 *   unless the job was cancelled
 *
 * Opens a reader of the ledger (here: the store is the main thread's) and works
 * @job out on it in a thread.
 *
 * Returns: (transfer full) (nullable): cancels the job, as daftar_worker_run()'s;
 *   %NULL with @error set when the reader could not be opened
 */
GCancellable *
daftar_worker_run_on_reader (gpointer           owner,
                             DaftarStore       *store,
                             DaftarContext     *context,
                             gpointer           job,
                             GDestroyNotify     job_free,
                             DaftarWorkerFunc   work,
                             DaftarWorkerDone   done,
                             GError           **error)
{
  g_autoptr(DaftarStore) reader = NULL;
  ReaderJob *rj;

  if (!(reader = daftar_store_open_reader (store, error)))
    return NULL;

  rj = g_new0 (ReaderJob, 1);
  rj->reader = g_steal_pointer (&reader);
  if (context != NULL)
    {
      rj->format = daftar_ui_format_new_copy (context);
      daftar_store_set_format (rj->reader, rj->format);
    }
  rj->job = job;
  rj->job_free = job_free;
  rj->work = work;
  rj->done = done;
  return daftar_worker_run (owner, rj, (GDestroyNotify) reader_job_free, reader_job_thread,
                            reader_job_done, daftar_worker_run_on_reader);
}
