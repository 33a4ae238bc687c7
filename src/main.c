/* main.c — the Daftar app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>

#include "daftar-application.h"
#include "daftar-i18n.h"
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
 * measured against does. =lazy goes on until the Log shows rows, jumps to the
 * middle and the end of the list, and prints how many sessions were read each time. */
typedef struct
{
  GtkWidget *window;
  gboolean   lazy;
  guint      step;
  guint      frames;
} BenchHook;

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
  static const char * const steps[] = { "first-frame", "log-frame", "scrolled-middle", "scrolled-end" };

  hook->frames++;
  if (hook->step == 1 && (model == NULL || daftar_log_model_get_n_sessions (model) == 0) &&
      hook->frames < 600)
    return;
  if (hook->step >= 2 && hook->frames < 3)
    return;

  g_print ("DAFTAR_BENCH %s %" G_GINT64_FORMAT " loaded %u of %u\n", steps[hook->step],
           g_get_monotonic_time (), model ? daftar_log_model_get_n_loaded (model) : 0,
           model ? daftar_log_model_get_n_sessions (model) : 0);
  fflush (stdout);
  hook->frames = 0;
  if (hook->step == 2 && adjustment != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  else if (hook->step == 1 && adjustment != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);

  if (++hook->step == G_N_ELEMENTS (steps) || !hook->lazy || model == NULL)
    {
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
