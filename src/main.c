/* main.c — the Daftar app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <gio/gio.h>

#include "daftar-application.h"
#include "daftar-earnings-page.h"
#include "daftar-guidance-page.h"
#include "daftar-i18n.h"
#include "daftar-log-item.h"
#include "daftar-log-model.h"
#include "daftar-window.h"

/* The Language preference applies from the next start: it is read here,
 * before GTK picks the text direction from the language. */
static void
apply_language_preference (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *language = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    return;

  settings = g_settings_new (APP_ID);
  language = g_settings_get_string (settings, "language");
  if (language != NULL && *language != '\0')
    {
      static const struct { const char *language; const char *locale; } locales[] = {
        { "en", "en_US.UTF-8" }, { "ar", "ar_EG.UTF-8" }, { "fa", "fa_IR.UTF-8" },
      };

      g_setenv ("LANGUAGE", language, TRUE);
      /* Translations need a non-C locale; formats follow the language too. */
      for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
        if (g_str_equal (language, locales[i].language))
          g_setenv ("LC_ALL", locales[i].locale, TRUE);
    }
}

/* For tests/bench/bench-startup.c only. DAFTAR_BENCH_FIRST_FRAME=1 prints the
 * monotonic time of the first painted frame and quits, as the empty window it is
 * measured against does. =lazy goes on until the Log shows rows, then until it
 * has read the whole list, jumps to the middle and the end of the list, and
 * prints how many sessions were read each time; then searches the Log and
 * switches to the Earnings and Guidance pages. Each step prints the longest gap
 * between frames while it lasted: the stall probe. */
typedef struct
{
  GtkWidget *window;
  gboolean   lazy;
  guint      step;
  guint      frames;
  gint64     last_paint;   /* monotonic µs */
  gint64     last_waited;  /* µs the main thread waited for a CPU, until the last frame */
  gint64     last_on_cpu;  /* µs it ran, until the last frame */
  gint64     max_gap;      /* the longest between two frames in this step */
  gint64     max_stall;    /* … less the time the thread waited for a CPU */
  gint64     max_cpu;      /* the most the thread ran between two frames in this step */
  gint64     longest_gap;  /* … and in all */
  gint64     hidden_id;    /* the session hidden and shown back */
} BenchHook;

/* On a loaded machine the thread also waits for a CPU, which is no fault of the
 * app's: the time it was runnable but not running (@waited), and the time it ran
 * (@on_cpu), the one figure a busy machine hardly changes. */
static void
thread_times_us (gint64 *on_cpu,
                 gint64 *waited)
{
  g_autofree char *text = NULL;
  guint64 ran, waiting;

  *on_cpu = *waited = 0;
  if (!g_file_get_contents ("/proc/thread-self/schedstat", &text, NULL, NULL) ||
      sscanf (text, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, &ran, &waiting) != 2)
    return;

  *on_cpu = (gint64) (ran / 1000);
  *waited = (gint64) (waiting / 1000);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether the page shown is still working out what it shows, in a worker */
static gboolean
page_loading (GtkWidget *window)
{
  GtkWidget *earnings = find_widget (window, DAFTAR_TYPE_EARNINGS_PAGE);
  GtkWidget *guidance = find_widget (window, DAFTAR_TYPE_GUIDANCE_PAGE);

  return (earnings != NULL && gtk_widget_get_mapped (earnings) &&
          daftar_earnings_page_is_loading (DAFTAR_EARNINGS_PAGE (earnings))) ||
         (guidance != NULL && gtk_widget_get_mapped (guidance) &&
          daftar_guidance_page_is_loading (DAFTAR_GUIDANCE_PAGE (guidance)));
}

static GtkAdjustment *
find_log_adjustment (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkAdjustment *adjustment = find_log_adjustment (child);

      if (adjustment != NULL)
        return adjustment;
    }
  return NULL;
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      BenchHook     *hook)
{
  DaftarLogPage *page = daftar_window_get_log_page (DAFTAR_WINDOW (hook->window));
  DaftarLogModel *model = page ? daftar_log_page_get_model (page) : NULL;
  GtkAdjustment *adjustment = page ? find_log_adjustment (GTK_WIDGET (page)) : NULL;
  enum { FIRST_FRAME, LOG_FRAME, LOG_COMPLETE, SCROLLED_MIDDLE, DELETED, UNDONE,
         SCROLLED_END, SEARCHED, EARNINGS, GUIDANCE };
  static const char * const steps[] = { "first-frame", "log-frame", "log-complete",
                                        "scrolled-middle", "deleted", "undone",
                                        "scrolled-end", "searched", "earnings", "guidance" };

  /* The stall probe: with the frame clock running, the longest gap between
   * frames is the longest the main loop was busy. */
  {
    gint64 now = g_get_monotonic_time ();
    gint64 on_cpu, waited;

    thread_times_us (&on_cpu, &waited);

    if (hook->last_paint != 0)
      {
        hook->max_gap = MAX (hook->max_gap, now - hook->last_paint);
        hook->max_stall = MAX (hook->max_stall, now - hook->last_paint - (waited - hook->last_waited));
        hook->max_cpu = MAX (hook->max_cpu, on_cpu - hook->last_on_cpu);
      }
    hook->last_paint = now;
    hook->last_waited = waited;
    hook->last_on_cpu = on_cpu;
  }

  hook->frames++;
  if (hook->step == LOG_FRAME && (model == NULL || daftar_log_model_get_n_sessions (model) == 0) &&
      hook->frames < 600)
    return;
  if ((hook->step == LOG_COMPLETE || hook->step == DELETED || hook->step == UNDONE ||
       hook->step == SEARCHED) &&
      model != NULL && daftar_log_model_is_loading (model) && hook->frames < 6000)
    return;
  if (hook->step >= SCROLLED_MIDDLE && hook->frames < (hook->step >= EARNINGS ? 30u : 3u))
    return;
  /* Earnings and Guidance: until their report and cards are shown */
  if (hook->step >= EARNINGS && page_loading (hook->window) && hook->frames < 6000)
    return;

  g_print ("DAFTAR_BENCH %s %" G_GINT64_FORMAT " loaded %u of %u\n", steps[hook->step],
           g_get_monotonic_time (), model ? daftar_log_model_get_n_loaded (model) : 0,
           model ? daftar_log_model_get_n_sessions (model) : 0);
  if (hook->step > 0)
    g_print ("DAFTAR_BENCH gap %s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
             steps[hook->step], hook->max_gap, hook->max_stall, hook->max_cpu);
  fflush (stdout);
  hook->longest_gap = MAX (hook->longest_gap, hook->max_gap);
  hook->max_gap = hook->max_stall = hook->max_cpu = 0;
  hook->frames = 0;
  if (hook->step == SCROLLED_END && model != NULL)
    daftar_log_model_set_search (model, "onboarding");
  else if (hook->step == SEARCHED || hook->step == EARNINGS)
    {
      GtkWidget *stack = find_widget (hook->window, ADW_TYPE_VIEW_STACK);

      if (stack != NULL)
        adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack),
                                               hook->step == SEARCHED ? "earnings" : "guidance");
    }
  else if ((hook->step == SCROLLED_MIDDLE || hook->step == DELETED) && model != NULL)
    {
      /* A session in the middle hidden while its undo toast would show, and
       * back: what the Log does for a delete and its undo, the ledger untouched. */
      for (guint i = g_list_model_get_n_items (G_LIST_MODEL (model)) / 2; hook->hidden_id == 0; i++)
        {
          g_autoptr(DaftarLogItem) item = g_list_model_get_item (G_LIST_MODEL (model), i);

          if (item == NULL)
            break;
          if (!daftar_log_item_is_day (item))
            hook->hidden_id = daftar_log_item_get_session (item)->id;
        }
      daftar_log_model_set_hidden (model, hook->hidden_id, hook->step == SCROLLED_MIDDLE);
    }
  else if (hook->step == UNDONE && adjustment != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  else if (hook->step == LOG_COMPLETE && adjustment != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);

  if (++hook->step == G_N_ELEMENTS (steps) || !hook->lazy || model == NULL)
    {
      if (hook->lazy)
        g_print ("DAFTAR_BENCH longest-gap %" G_GINT64_FORMAT "\n", hook->longest_gap);
      g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, hook);
      if (hook->lazy)
        gdk_frame_clock_end_updating (clock);
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (hook->window))));
    }
}

static void
bench_realized_cb (GtkWidget *window,
                   BenchHook *hook)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  hook->window = window;
  g_signal_connect (clock, "after-paint", G_CALLBACK (bench_after_paint_cb), hook);
  /* The lazy run goes on drawing frames while nothing changes on screen. */
  if (hook->lazy)
    gdk_frame_clock_begin_updating (clock);
}

static void
bench_window_added_cb (GtkApplication *app,
                       GtkWindow      *window,
                       BenchHook      *hook)
{
  if (DAFTAR_IS_WINDOW (window) && hook->window == NULL)
    g_signal_connect (window, "realize", G_CALLBACK (bench_realized_cb), hook);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(DaftarApplication) app = NULL;
  const char *localedir = g_getenv ("DAFTAR_LOCALEDIR");

  apply_language_preference ();
  daftar_i18n_init (localedir != NULL ? localedir : LOCALEDIR);
  /* GTK would set the locale again, and fail the same way for a locale that was
   * never generated; the text direction still follows LANGUAGE. */
  gtk_disable_setlocale ();

  app = daftar_application_new ();
  if (g_getenv ("DAFTAR_BENCH_FIRST_FRAME") != NULL)
    {
      static BenchHook hook;

      hook.lazy = g_str_equal (g_getenv ("DAFTAR_BENCH_FIRST_FRAME"), "lazy");
      g_signal_connect (app, "window-added", G_CALLBACK (bench_window_added_cb), &hook);
    }
  return g_application_run (G_APPLICATION (app), argc, argv);
}
