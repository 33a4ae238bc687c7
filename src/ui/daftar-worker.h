/* daftar-worker.h — work for a page or a model done in a thread, cancelled when superseded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-context.h"

G_BEGIN_DECLS

/**
 * DaftarWorkerFunc:
 * @job: the caller's job
 * @reader: the worker's own reader of the ledger, its messages in @format
 * @format: (nullable): the worker's own format
 *
 * Works @job out, in the worker's thread, keeping what it finds in @job.
 *
 * Returns: %FALSE with @error set when it could not
 */
typedef gboolean (*DaftarWorkerFunc) (gpointer       job,
                                      DaftarStore   *reader,
                                      DaftarFormat  *format,
                                      GError       **error);

/**
 * DaftarWorkerDone:
 * @owner: the page or model that started the worker
 * @job: the job, as the worker left it; freed after
 * @error: (nullable): why the work failed
 *
 * Called on the main thread with what the worker found, unless it was
 * cancelled meanwhile.
 */
typedef void (*DaftarWorkerDone) (gpointer      owner,
                                  gpointer      job,
                                  const GError *error);

GCancellable *daftar_worker_run           (gpointer              owner,
                                           gpointer              job,
                                           GDestroyNotify        job_free,
                                           GTaskThreadFunc       thread_func,
                                           GAsyncReadyCallback   done,
                                           gpointer              source_tag);
GCancellable *daftar_worker_run_on_reader (gpointer              owner,
                                           DaftarStore          *store,
                                           DaftarContext        *context,
                                           gpointer              job,
                                           GDestroyNotify        job_free,
                                           DaftarWorkerFunc      work,
                                           DaftarWorkerDone      done,
                                           GError              **error);
void          daftar_worker_cancel        (GCancellable        **cancellable);

G_END_DECLS
