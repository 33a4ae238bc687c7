/* empty-window.c — the yardstick for Daftar's startup: an empty AdwApplicationWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by bench-startup. With DAFTAR_BENCH_FIRST_FRAME set it prints the
 * monotonic time of its first painted frame, as Daftar does (src/main.c),
 * and quits. Same size and application flags as Daftar's first window.
 */
#include <adwaita.h>
#include <stdio.h>

static void
after_paint_cb (GdkFrameClock  *clock,
                GApplication   *app)
{
  printf ("DAFTAR_BENCH first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, app);
  g_application_quit (app);
}

static void
realized_cb (GtkWidget    *window,
             GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), app);
}

static void
activated_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_title (GTK_WINDOW (window), "Empty");
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 680);
  if (g_getenv ("DAFTAR_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (realized_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.daftar.EmptyWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activated_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
