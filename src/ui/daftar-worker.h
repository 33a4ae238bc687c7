/* daftar-worker.h — work for a page or a model done in a thread, cancelled when superseded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GCancellable *daftar_worker_run    (gpointer              owner,
                                    gpointer              job,
                                    GDestroyNotify        job_free,
                                    GTaskThreadFunc       thread_func,
                                    GAsyncReadyCallback   done,
                                    gpointer              source_tag);
void          daftar_worker_cancel (GCancellable        **cancellable);

G_END_DECLS
