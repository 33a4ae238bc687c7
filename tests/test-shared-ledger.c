/* test-shared-ledger.c — the window and other programs on one ledger
 *
 * daftar-cli writes while the window is open: what it wrote shows within
 * two seconds. Another program holds the write lock: the window's write waits
 * without freezing it, and lands once the lock is free. All along, a timeout
 * firing every few milliseconds measures the longest stall of the main loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <sqlite3.h>
#include <stdio.h>

#include "daftar-busy-retry.h"
#include "daftar-demo.h"
#include "daftar-log-model.h"
#include "daftar-payment-dialog.h"
#include "daftar-project-chooser.h"
#include "daftar-project-dialog.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-rates-dialog.h"
#include "daftar-test-spawn.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-window.h"

/* The most the main thread may work between two runs of the main loop.
 * Under AddressSanitizer every allocation is checked and the same work takes
 * a few times longer, so the bound is looser there; it is still far below the
 * 5 s freeze it guards. */
#if defined(__SANITIZE_ADDRESS__)
# define MAX_STALL_MS 250
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define MAX_STALL_MS 250
# endif
#endif
#ifndef MAX_STALL_MS
# define MAX_STALL_MS 100
#endif

/* The longest the main thread may wait for another program's lock between
 * two runs of the main loop: a write waits at most
 * DAFTAR_STORE_APP_BUSY_TIMEOUT_MS before it is tried again later. */
#define MAX_LOCK_WAIT_MS 100

/* How soon another program's write must show. */
#define MAX_DELAY_MS 2000

static DaftarApplication *app;

/* How long a thread ran, and waited to run. */
typedef struct
{
  gint64 on_cpu;    /* µs */
  gint64 waiting;   /* µs */
} ThreadTimes;

typedef struct
{
  char         *dir;
  char         *path;
  DaftarStore  *store;
  DaftarWindow *window;

  guint         stall_id;
  gint64        last_tick;
  gboolean      has_times;
  ThreadTimes   last_times;
  gint64        last_lock_wait;
  gint64        max_gap;
  gint64        max_work;        /* the longest the main thread ran between two ticks */
  gint64        max_lock_wait;   /* the longest it waited for a lock */
} Fixture;

/* Stalls of the main loop
 *
 * A timeout every 2 ms; between two of its runs the main thread ran, waited
 * for a CPU, or slept: in the poll until the timeout, on a lock, or on another
 * process (the X server) that itself waits for a CPU. Two things freeze the
 * window, each with its bound: the thread's own work, the time it ran
 * (/proc/thread-self/schedstat, which the load hardly changes), and its waits
 * for another program's lock on the ledger, the sleeps the store's busy
 * handler takes (as the store counts them, which the load does not change).
 * The waits for a CPU, its own or another process's, are the machine's. */

static gboolean
thread_times (ThreadTimes *times)
{
  g_autofree char *text = NULL;
  guint64 on_cpu, waiting;

  if (!g_file_get_contents ("/proc/thread-self/schedstat", &text, NULL, NULL) ||
      sscanf (text, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, &on_cpu, &waiting) != 2)
    return FALSE;

  times->on_cpu = (gint64) (on_cpu / 1000);
  times->waiting = (gint64) (waiting / 1000);
  return TRUE;
}

static gboolean
tick_cb (gpointer data)
{
  Fixture *f = data;
  gint64 now = g_get_monotonic_time ();
  gint64 gap = now - f->last_tick;
  ThreadTimes times;

  f->max_gap = MAX (f->max_gap, gap);
  if (f->has_times && thread_times (&times))
    {
      f->max_work = MAX (f->max_work, times.on_cpu - f->last_times.on_cpu);
      f->last_times = times;
    }
  else
    /* Without scheduler statistics the whole gap counts: the old wall-time bound. */
    f->max_work = MAX (f->max_work, gap);
  f->max_lock_wait = MAX (f->max_lock_wait, daftar_store_get_lock_wait (f->store) - f->last_lock_wait);
  f->last_lock_wait = daftar_store_get_lock_wait (f->store);
  f->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
watch_stalls (Fixture *f)
{
  f->max_gap = f->max_work = f->max_lock_wait = 0;
  f->has_times = thread_times (&f->last_times);
  f->last_lock_wait = daftar_store_get_lock_wait (f->store);
  f->last_tick = g_get_monotonic_time ();
  f->stall_id = g_timeout_add (2, tick_cb, f);
}

static void
assert_no_stall (Fixture *f)
{
  tick_cb (f);
  g_test_message ("longest main-loop stall: worked %" G_GINT64_FORMAT " ms, waited for a lock %"
                  G_GINT64_FORMAT " ms (%" G_GINT64_FORMAT " ms between two runs)",
                  f->max_work / 1000, f->max_lock_wait / 1000, f->max_gap / 1000);
  g_assert_cmpint (f->max_work / 1000, <=, MAX_STALL_MS);
  g_assert_cmpint (f->max_lock_wait / 1000, <=, MAX_LOCK_WAIT_MS);
}

/* Runs the main loop until @done says so, at most @ms milliseconds; returns
 * how long it took. */
static gint64
wait_until (Fixture  *f,
            gboolean (*done) (Fixture *f),
            gint64    ms)
{
  gint64 start = g_get_monotonic_time ();

  while (!done (f))
    {
      g_assert_cmpint (g_get_monotonic_time () - start, <, ms * 1000);
      g_main_context_iteration (NULL, TRUE);
    }

  return (g_get_monotonic_time () - start) / 1000;
}

/* Lets the main loop run for @ms milliseconds. */
static void
run_for (gint64 ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

static void
exited_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_wait_check_finish (G_SUBPROCESS (source), result, &error);
  g_assert_no_error (error);
  *(gboolean *) data = TRUE;
}

/* daftar-cli, started but waiting: forking this big process takes a while,
 * and that stall is the test's doing, not the app's, so it happens before the
 * stalls are measured. */
static GSubprocess *
prepare_cli (const char         *db,
             const char * const *args)
{
  g_autoptr(GError) error = NULL;
  GSubprocess *process = daftar_test_spawn_cli_paused (db, args, &error);

  g_assert_no_error (error);
  return process;
}

/* Lets it run to the end, with the main loop turning as the app's would. */
static void
run_cli (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;
  gboolean exited = FALSE;

  g_output_stream_close (g_subprocess_get_stdin_pipe (process), NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check_async (process, NULL, exited_cb, &exited);
  while (!exited)
    g_main_context_iteration (NULL, TRUE);
}

/* Another program holding the write lock: this test binary run again with
 * --hold-lock, which takes the lock, says "locked" and keeps it until its
 * input closes. */
static int
hold_lock (const char *path)
{
  sqlite3 *db = NULL;
  char buffer[64];

  if (sqlite3_open (path, &db) != SQLITE_OK)
    return 1;
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return 1;
  puts ("locked");
  fflush (stdout);
  while (fread (buffer, 1, sizeof buffer, stdin) > 0)
    ;
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return 0;
}

static GSubprocess *
spawn_lock_holder (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", &error);
  g_autofree char *line = NULL;
  GSubprocess *process;

  g_assert_no_error (error);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              self, "--hold-lock", f->path, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "locked");
  return process;
}

static void
release_lock (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;
  gboolean exited = FALSE;

  g_output_stream_close (g_subprocess_get_stdin_pipe (process), NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check_async (process, NULL, exited_cb, &exited);
  while (!exited)
    g_main_context_iteration (NULL, TRUE);
}

/* The window */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = { "Translation", "Nikan", "upwork", DAFTAR_CATEGORY_TRANSLATION,
                               DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };

  f->dir = daftar_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (daftar_store_add_project (f->store, &draft, NULL, &error));
  g_assert_no_error (error);

  {

    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);


    f->window = daftar_window_new (app, context, NULL);

  }
  daftar_test_show_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_handle_id (&f->stall_id, g_source_remove);
  gtk_window_destroy (GTK_WINDOW (f->window));
  daftar_test_iterate ();
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static guint
n_sessions_shown (Fixture *f)
{
  return daftar_log_model_get_n_sessions (daftar_log_page_get_model (daftar_window_get_log_page (f->window)));
}

static gboolean
session_shown (Fixture *f)
{
  return n_sessions_shown (f) == 1;
}

static gboolean
timer_shown (Fixture *f)
{
  return g_strcmp0 (daftar_test_timer_state (f->window), "running") == 0;
}

static gboolean
timer_gone (Fixture *f)
{
  return g_strcmp0 (daftar_test_timer_state (f->window), "idle") == 0;
}

static gboolean
not_waiting (Fixture *f)
{
  return !daftar_window_is_waiting_to_write (f->window);
}

/* Starts the timer as a click in the picker does. */
static void
click_start_timer (Fixture *f)
{
  GtkWidget *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-timer", NULL));
  daftar_test_iterate ();
  chooser = daftar_test_timer_part (f->window, "timer_projects");
  g_assert_nonnull (chooser);
  g_assert_cmpuint (g_list_model_get_n_items (daftar_project_chooser_get_shown (DAFTAR_PROJECT_CHOOSER (chooser))), >, 0);
  daftar_project_chooser_choose (DAFTAR_PROJECT_CHOOSER (chooser), 0);
}

/* A session logged and a timer started by daftar-cli show in the open window. */
static void
test_outside_writes (Fixture       *f,
                     gconstpointer  data)
{
  const char * const log[] = { "log", "Translation", "--date", "2025-03-21", "--start", "09:00",
                               "--duration", "1h30m", NULL };
  const char * const start[] = { "timer", "start", "Translation", NULL };
  g_autoptr(GSubprocess) logging = prepare_cli (f->path, log);
  g_autoptr(GSubprocess) starting = prepare_cli (f->path, start);
  gint64 ms;

  g_assert_cmpuint (n_sessions_shown (f), ==, 0);
  watch_stalls (f);

  run_cli (logging);
  ms = wait_until (f, session_shown, MAX_DELAY_MS);
  g_test_message ("the session showed after %" G_GINT64_FORMAT " ms", ms);

  run_cli (starting);
  ms = wait_until (f, timer_shown, MAX_DELAY_MS);
  g_test_message ("the timer showed after %" G_GINT64_FORMAT " ms", ms);
  assert_no_stall (f);

  /* Gone elsewhere (here another connection: a stop from daftar-cli a second
   * after the start would be refused as too short), gone here. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DaftarStore) other = daftar_store_open (f->path, &error);

    g_assert_no_error (error);
    g_assert_true (daftar_store_discard_timer (other, &error));
    g_assert_no_error (error);
  }
  wait_until (f, timer_gone, MAX_DELAY_MS);
  assert_no_stall (f);
}

/* Ctrl+T right after another program started the timer stops it; it does not
 * offer to start a second one, which would fail. */
static void
test_toggle_after_outside_start (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) other = daftar_store_open (f->path, &error);
  g_autoptr(DaftarTimer) timer = NULL;
  g_autoptr(GPtrArray) projects = NULL;

  g_assert_no_error (error);
  projects = daftar_store_list_projects (other, FALSE, &error);
  g_assert_no_error (error);
  daftar_window_set_watching (f->window, FALSE);   /* no help from the clock */
  g_assert_true (daftar_store_start_timer (other, ((DaftarProject *) g_ptr_array_index (projects, 0))->id,
                                           g_get_real_time () / G_USEC_PER_SEC - 600, 0, NULL, &error));
  g_assert_no_error (error);
  daftar_test_iterate ();
  g_assert_true (timer_gone (f));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.toggle-timer", NULL));
  daftar_test_iterate ();
  timer = daftar_store_get_timer (f->store, &error);
  g_assert_no_error (error);
  g_assert_null (timer);
  g_assert_cmpuint (n_sessions_shown (f), ==, 1);
  g_assert_true (timer_gone (f));
  g_assert_null (daftar_test_timer_part (f->window, "timer_popover"));
}

/* Whether the window's toasts say that a write waits for another program. */
static gboolean
shows_busy_toast (Fixture *f)
{
  GtkWidget *overlay = daftar_test_find_by_type (GTK_WIDGET (f->window), ADW_TYPE_TOAST_OVERLAY);

  return daftar_test_shows_text (overlay, "Another program is writing to the ledger", FALSE);
}

/* Another program holds the write lock: starting the timer neither freezes
 * the window nor fails; it lands once the lock is free. */
static void
test_busy_write_waits (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GSubprocess) holder = spawn_lock_holder (f);
  g_autoptr(DaftarTimer) timer = NULL;

  watch_stalls (f);
  click_start_timer (f);
  daftar_test_iterate ();

  /* Waiting, and saying so. */
  g_assert_true (daftar_window_is_waiting_to_write (f->window));
  g_assert_true (daftar_test_window_is_busy (f->window));
  g_assert_true (shows_busy_toast (f));
  run_for (600);
  g_assert_true (timer_gone (f));
  g_assert_true (daftar_window_is_waiting_to_write (f->window));
  assert_no_stall (f);

  release_lock (holder);
  wait_until (f, not_waiting, MAX_DELAY_MS);
  wait_until (f, timer_shown, MAX_DELAY_MS);
  g_assert_false (daftar_test_window_is_busy (f->window));
  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_nonnull (timer);
  assert_no_stall (f);
}

/* The user may give up waiting: nothing is written, even after the lock frees. */
static void
test_busy_write_cancelled (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GSubprocess) holder = spawn_lock_holder (f);
  g_autoptr(DaftarTimer) timer = NULL;

  click_start_timer (f);
  daftar_test_iterate ();
  g_assert_true (daftar_window_is_waiting_to_write (f->window));
  g_assert_true (shows_busy_toast (f));
  /* The toast's Cancel */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.cancel-writes", NULL));
  g_assert_false (daftar_window_is_waiting_to_write (f->window));
  g_assert_false (daftar_test_window_is_busy (f->window));

  release_lock (holder);
  run_for (300);
  timer = daftar_store_get_timer (f->store, NULL);
  g_assert_null (timer);
  g_assert_true (timer_gone (f));
}

static guint
count_projects (Fixture *f)
{
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (f->store, TRUE, NULL);

  return projects->len;
}

static GtkWidget *dialog_alive;

static gboolean
dialog_closed (Fixture *f)
{
  return dialog_alive == NULL;
}

static GtkWidget *rates_dialog;

static gboolean
not_waiting_rates (Fixture *f)
{
  return !daftar_busy_retry_is_waiting (rates_dialog);
}

/* A dialog's save refused as busy: the dialog stays, with what was typed,
 * and saves (and closes) once the other program lets go. */
static void
test_dialog_save_waits (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GSubprocess) holder = spawn_lock_holder (f);
  GtkWidget *dialog = GTK_WIDGET (daftar_project_dialog_new (GTK_WINDOW (f->window), daftar_window_get_context (DAFTAR_WINDOW (f->window)), 0));

  dialog_alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog_alive);
  gtk_window_present (GTK_WINDOW (dialog));
  daftar_test_wait_frames (dialog, 2);
  gtk_editable_set_text (GTK_EDITABLE (daftar_test_find_row (dialog, ADW_TYPE_ENTRY_ROW, "Name")), "Waited for");
  gtk_editable_set_text (GTK_EDITABLE (daftar_test_find_row (dialog, ADW_TYPE_ENTRY_ROW, "Currency")), "USD");
  gtk_editable_set_text (GTK_EDITABLE (daftar_test_find_row (dialog, ADW_TYPE_ENTRY_ROW, "Hourly Rate")), "40");

  watch_stalls (f);
  g_assert_true (gtk_widget_activate_action (dialog, "dialog.save", NULL));
  daftar_test_iterate ();
  g_assert_nonnull (dialog_alive);
  g_assert_true (daftar_busy_retry_is_waiting (dialog));
  run_for (400);
  g_assert_nonnull (dialog_alive);
  g_assert_cmpuint (count_projects (f), ==, 1);
  assert_no_stall (f);

  release_lock (holder);
  wait_until (f, dialog_closed, MAX_DELAY_MS);
  g_assert_cmpuint (count_projects (f), ==, 2);
  assert_no_stall (f);
}

/* The same for a project's fee terms. */
static void
test_fees_save_waits (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (f->store, TRUE, NULL);
  gint64 id = ((DaftarProject *) g_ptr_array_index (projects, 0))->id;
  GtkWidget *dialog = GTK_WIDGET (daftar_project_fees_dialog_new (GTK_WINDOW (f->window), daftar_window_get_context (f->window), id));
  g_autoptr(GSubprocess) holder = NULL;

  dialog_alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog_alive);
  gtk_window_present (GTK_WINDOW (dialog));
  daftar_test_wait_frames (dialog, 2);
  holder = spawn_lock_holder (f);

  watch_stalls (f);
  g_assert_false (daftar_project_fees_dialog_save (DAFTAR_PROJECT_FEES_DIALOG (dialog)));
  g_assert_nonnull (dialog_alive);
  g_assert_true (daftar_busy_retry_is_waiting (dialog));
  run_for (300);
  g_assert_nonnull (dialog_alive);
  assert_no_stall (f);

  release_lock (holder);
  wait_until (f, dialog_closed, MAX_DELAY_MS);
  assert_no_stall (f);
}

static guint
count_payments (Fixture *f)
{
  g_autoptr(GPtrArray) payments = daftar_store_list_payments (f->store, NULL);

  return payments->len;
}

/* The same for a payment: the dialog used to give up at once with the store's
 * error in a toast, and what was typed had to be saved again by hand. */
static void
test_payment_save_waits (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (f->store, TRUE, NULL);
  gint64 id = ((DaftarProject *) g_ptr_array_index (projects, 0))->id;
  GtkWidget *dialog = GTK_WIDGET (daftar_payment_dialog_new (GTK_WINDOW (f->window), daftar_window_get_context (f->window), 0, id));
  g_autoptr(GSubprocess) holder = NULL;

  dialog_alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog_alive);
  gtk_window_present (GTK_WINDOW (dialog));
  daftar_test_wait_frames (dialog, 2);
  gtk_editable_set_text (GTK_EDITABLE (daftar_test_find_row (dialog, ADW_TYPE_ENTRY_ROW, "Amount")), "120");
  g_assert_cmpuint (count_payments (f), ==, 0);
  holder = spawn_lock_holder (f);

  watch_stalls (f);
  daftar_payment_dialog_save (DAFTAR_PAYMENT_DIALOG (dialog));
  daftar_test_iterate ();
  g_assert_nonnull (dialog_alive);
  g_assert_true (daftar_busy_retry_is_waiting (dialog));
  run_for (300);
  g_assert_nonnull (dialog_alive);
  g_assert_cmpuint (count_payments (f), ==, 0);
  assert_no_stall (f);

  release_lock (holder);
  wait_until (f, dialog_closed, MAX_DELAY_MS);
  g_assert_cmpuint (count_payments (f), ==, 1);
  assert_no_stall (f);
}

/* The same for an exchange rate: added once the lock is free. */
static void
test_rate_add_waits (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *dialog = GTK_WIDGET (daftar_rates_dialog_new (GTK_WINDOW (f->window), daftar_window_get_context (DAFTAR_WINDOW (f->window))));
  g_autoptr(GSubprocess) holder = NULL;
  DaftarRatesDialog *rates = DAFTAR_RATES_DIALOG (dialog);

  rates_dialog = dialog;

  gtk_window_present (GTK_WINDOW (dialog));
  daftar_test_wait_frames (dialog, 2);
  gtk_editable_set_text (GTK_EDITABLE (daftar_test_find_row (dialog, ADW_TYPE_ENTRY_ROW, "Date")), "2025-03-10");
  gtk_editable_set_text (GTK_EDITABLE (daftar_test_find_row (dialog, ADW_TYPE_ENTRY_ROW, "From Currency")), "EUR");
  gtk_editable_set_text (GTK_EDITABLE (daftar_test_find_row (dialog, ADW_TYPE_ENTRY_ROW, "To Currency")), "USD");
  gtk_editable_set_text (GTK_EDITABLE (daftar_test_find_row (dialog, ADW_TYPE_ENTRY_ROW, "Rate")), "1.08");
  g_assert_cmpuint (daftar_rates_dialog_get_n_rates (rates), ==, 0);
  holder = spawn_lock_holder (f);

  watch_stalls (f);
  g_assert_false (daftar_rates_dialog_add (rates));
  g_assert_true (daftar_busy_retry_is_waiting (dialog));
  run_for (300);
  g_assert_cmpuint (daftar_rates_dialog_get_n_rates (rates), ==, 0);
  assert_no_stall (f);

  release_lock (holder);
  wait_until (f, not_waiting_rates, MAX_DELAY_MS);
  daftar_test_iterate ();
  g_assert_cmpuint (daftar_rates_dialog_get_n_rates (rates), ==, 1);
  assert_no_stall (f);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

typedef struct
{
  DaftarStore *store;
  gboolean     exited;
} Writer;

/* Whether the writer's first batch is in; it must not have finished yet. */
static gboolean
first_batch_in (gpointer data)
{
  Writer *writer = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = daftar_store_list_session_keys (writer->store, NULL, &error);

  g_assert_no_error (error);
  g_assert_false (writer->exited);
  return keys->len > 0;
}

/* A long writer (demo --append, 10 000 sessions to a transaction) leaves the
 * lock free between its batches: a write from another program gets in
 * between them, rather than waiting for the whole run or failing as busy. */
static void
test_long_writer_yields (void)
{
  const char * const demo[] = { "demo", "--append", "--sessions", "40000", NULL };
  DaftarProjectDraft draft = { "Interloper", NULL, "upwork", DAFTAR_CATEGORY_TRANSLATION,
                               DAFTAR_PRICING_HOURLY, "USD", TRUE, 2500, FALSE, 0 };
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "daftar.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GArray) keys = NULL;
  Writer writer = { store, FALSE };
  gboolean began;

  g_assert_no_error (error);
  g_assert_true (daftar_store_add_project (store, &draft, NULL, &error));
  g_assert_no_error (error);

  process = daftar_test_spawn_cli (path, demo, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check_async (process, NULL, exited_cb, &writer.exited);

  /* Once the first batch is in, write while the demo writes the next. A batch
   * of the ASan build on a busy machine can hold the lock longer than the
   * store's five seconds: what is checked is that the write comes between two
   * batches, not how long one takes. */
  daftar_test_wait_until (first_batch_in, &writer, 60000);
  daftar_store_set_busy_timeout (store, 60000);

  began = daftar_store_begin (store, &error);
  g_assert_no_error (error);
  g_assert_true (began);
  g_clear_pointer (&keys, g_array_unref);
  keys = daftar_store_list_session_keys (store, NULL, &error);
  g_assert_no_error (error);
  draft.name = "Interloper 2";
  g_assert_true (daftar_store_add_project (store, &draft, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_store_commit (store, &error));
  g_assert_no_error (error);

  /* In between: some batches were in, not all. */
  g_test_message ("wrote after %u of 40000 sessions", keys->len);
  g_assert_cmpuint (keys->len, >, 0);
  g_assert_cmpuint (keys->len, <, 40000);
  g_assert_cmpuint (keys->len % DAFTAR_DEMO_BATCH, ==, 0);

  while (!writer.exited)
    g_main_context_iteration (NULL, TRUE);
  g_clear_pointer (&keys, g_array_unref);
  keys = daftar_store_list_session_keys (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (keys->len, ==, 40000);
  g_clear_object (&store);
  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  if (argc == 3 && g_strcmp0 (argv[1], "--hold-lock") == 0)
    return hold_lock (argv[2]);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func) \
  g_test_add ("/shared-ledger/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("outside-writes", test_outside_writes);
  ADD ("toggle-after-outside-start", test_toggle_after_outside_start);
  ADD ("busy-write-waits", test_busy_write_waits);
  ADD ("busy-write-cancelled", test_busy_write_cancelled);
  ADD ("dialog-save-waits", test_dialog_save_waits);
  ADD ("fees-save-waits", test_fees_save_waits);
  ADD ("payment-save-waits", test_payment_save_waits);
  ADD ("rate-add-waits", test_rate_add_waits);
#undef ADD
  g_test_add_func ("/shared-ledger/long-writer-yields", test_long_writer_yields);

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
