/* test-worker.c — work done in a thread on a reader of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-worker"

#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "daftar-test-util.h"
#include "daftar-worker.h"

/* What the test sees of a job, kept after the job is freed. */
typedef struct
{
  DaftarStore  *store;          /* the main thread's */
  DaftarFormat *format;         /* the context's */
  gboolean      reader_is_own;
  gboolean      format_is_own;
  gboolean      done;
  char         *message;        /* of the error @done was given */
  gboolean      freed;
} Seen;

typedef struct
{
  Seen *seen;
} Job;

static void
seen_clear (Seen *seen)
{
  g_free (seen->message);
}

static void
job_free (Job *job)
{
  job->seen->freed = TRUE;
  g_free (job);
}

/* Asks the reader for a session that is not there: its error has a number. */
static gboolean
missing_session_work (gpointer       data,
                      DaftarStore   *reader,
                      DaftarFormat  *format,
                      GError       **error)
{
  Seen *seen = ((Job *) data)->seen;
  g_autoptr(DaftarSession) session = NULL;

  seen->reader_is_own = reader != seen->store;
  seen->format_is_own = format != NULL && format != seen->format &&
                        daftar_store_get_format (reader) == format;
  session = daftar_store_get_session (reader, 12, error);
  return session != NULL;
}

static void
record_done (gpointer      owner,
             gpointer      data,
             const GError *error)
{
  Seen *seen = ((Job *) data)->seen;

  g_assert_true (G_IS_OBJECT (owner));
  g_assert_false (seen->freed);
  seen->done = TRUE;
  seen->message = g_strdup (error != NULL ? error->message : NULL);
}

static gboolean
is_freed (gpointer data)
{
  return ((Seen *) data)->freed;
}

/* A context in Persian, with Persian digits, over @f's ledger. */
static DaftarContext *
persian_context (DaftarTestLedger *f)
{
  DaftarContext *context = daftar_context_new (f->store, NULL);
  g_autoptr(DaftarFormat) format = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_PERSIAN, FALSE);

  daftar_context_set_format (context, format);
  return context;
}

static Job *
job_new (DaftarContext *context,
         Seen          *seen)
{
  Job *job = g_new0 (Job, 1);

  seen->store = daftar_context_get_store (context);
  seen->format = daftar_context_get_format (context);
  job->seen = seen;
  return job;
}

/* The worker reads on a reader of its own, with a format of its own: its
 * messages are in the user's digits. */
static void
test_reader_format (DaftarTestLedger *f,
                    gconstpointer     data)
{
  g_autoptr(DaftarContext) context = persian_context (f);
  g_autoptr(GObject) owner = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GError) error = NULL;
  Seen seen = { 0 };

  cancellable = daftar_worker_run_on_reader (owner, f->store, context, job_new (context, &seen),
                                             (GDestroyNotify) job_free, missing_session_work,
                                             record_done, &error);
  g_assert_no_error (error);
  g_assert_nonnull (cancellable);
  daftar_test_wait_until (is_freed, &seen, 5000);

  g_assert_true (seen.reader_is_own);
  g_assert_true (seen.format_is_own);
  g_assert_true (seen.done);
  g_assert_nonnull (seen.message);
  g_assert_nonnull (strstr (seen.message, "۱۲"));
  g_assert_null (strstr (seen.message, "12"));
  /* The owner was let go once done. */
  g_assert_cmpuint (owner->ref_count, ==, 1);
  seen_clear (&seen);
}

/* Without a context the reader has no format: Latin digits, as the store's own. */
static void
test_no_context (DaftarTestLedger *f,
                 gconstpointer     data)
{
  g_autoptr(GObject) owner = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GError) error = NULL;
  Seen seen = { f->store, NULL };
  Job *job = g_new0 (Job, 1);

  job->seen = &seen;
  cancellable = daftar_worker_run_on_reader (owner, f->store, NULL, job, (GDestroyNotify) job_free,
                                             missing_session_work, record_done, &error);
  g_assert_no_error (error);
  daftar_test_wait_until (is_freed, &seen, 5000);

  g_assert_true (seen.reader_is_own);
  g_assert_false (seen.format_is_own);
  g_assert_true (seen.done);
  g_assert_nonnull (strstr (seen.message, "12"));
  seen_clear (&seen);
}

/* A job cancelled meanwhile is freed, and its owner never told. */
static void
test_cancelled (DaftarTestLedger *f,
                gconstpointer     data)
{
  g_autoptr(DaftarContext) context = persian_context (f);
  g_autoptr(GObject) owner = g_object_new (G_TYPE_OBJECT, NULL);
  GCancellable *cancellable = NULL;
  g_autoptr(GError) error = NULL;
  Seen seen = { 0 };

  cancellable = daftar_worker_run_on_reader (owner, f->store, context, job_new (context, &seen),
                                             (GDestroyNotify) job_free, missing_session_work,
                                             record_done, &error);
  g_assert_no_error (error);
  daftar_worker_cancel (&cancellable);
  g_assert_null (cancellable);
  daftar_test_wait_until (is_freed, &seen, 5000);
  /* The owner is let go just after the job. */
  while (owner->ref_count > 1)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (seen.done);
  seen_clear (&seen);
}

/* A ledger that can't be read: nothing runs, and the job is still the caller's. */
static void
test_no_reader (DaftarTestLedger *f,
                gconstpointer     data)
{
  g_autoptr(DaftarContext) context = persian_context (f);
  g_autoptr(GObject) owner = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GError) error = NULL;
  Seen seen = { 0 };
  Job *job = job_new (context, &seen);

  /* The store keeps its connection; a reader opens the file anew. */
  g_assert_cmpint (g_unlink (f->path), ==, 0);
  cancellable = daftar_worker_run_on_reader (owner, f->store, context, job, (GDestroyNotify) job_free,
                                             missing_session_work, record_done, &error);
  g_assert_null (cancellable);
  g_assert_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_OPEN);
  g_assert_false (seen.freed);
  g_assert_false (seen.done);
  g_assert_cmpuint (owner->ref_count, ==, 1);
  job_free (job);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/worker/reader-format", DaftarTestLedger, NULL, daftar_test_ledger_set_up,
              test_reader_format, daftar_test_ledger_tear_down);
  g_test_add ("/worker/no-context", DaftarTestLedger, NULL, daftar_test_ledger_set_up,
              test_no_context, daftar_test_ledger_tear_down);
  g_test_add ("/worker/cancelled", DaftarTestLedger, NULL, daftar_test_ledger_set_up,
              test_cancelled, daftar_test_ledger_tear_down);
  g_test_add ("/worker/no-reader", DaftarTestLedger, NULL, daftar_test_ledger_set_up,
              test_no_reader, daftar_test_ledger_tear_down);

  return g_test_run ();
}
