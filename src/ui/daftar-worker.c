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
