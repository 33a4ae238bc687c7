/* screenshot-tool.c — every page and dialog of Daftar as a PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   screenshot-tool [--dark] OUTDIR PREFIX
 *   screenshot-tool [--dark] --store OUTDIR PREFIX
 *
 * Run by `make screenshots`, once per language, under Xvfb with
 * GSK_RENDERER=cairo: the locale comes from the environment (LANGUAGE, LANG,
 * LC_ALL), as in the app. Writes OUTDIR/PREFIX-NN-NAME.png. The ledger is a
 * fresh temporary file, first empty, then filled with the sample month.
 * --store writes only the shots the app store shows (OUTDIR/PREFIX-NAME.png): the
 * main window alone, at a size that fits the store's limit, with the sample month.
 * Never installed.
 */
#include "config.h"

#include "daftar-test-tour.h"

/* Flathub shows screenshots of at most 1000×700. */
#define STORE_WIDTH  960
#define STORE_HEIGHT 640

static const char *out_dir;
static const char *prefix;
static guint n_shots;
static gboolean store_shots;

static void
shoot (GtkWidget  *window,
       const char *name,
       gpointer    data)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  paintable = gtk_widget_paintable_new (window);
  /* GTK draws nothing of a window while a change waits for its layout (a list
   * grown a step, a row made again): let the next frame lay it out. */
  for (guint tries = 0; node == NULL && tries < 200; tries++)
    {
      if (tries > 0)
        g_main_context_iteration (NULL, TRUE);
      width = gtk_widget_get_width (window);
      height = gtk_widget_get_height (window);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  if (node == NULL)
    g_error ("%s: nothing was drawn", name);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  if (store_shots)
    file = g_strdup_printf ("%s-%s.png", prefix, name);
  else
    file = g_strdup_printf ("%s-%02u-%s.png", prefix, ++n_shots, name);
  path = g_build_filename (out_dir, file, NULL);
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s (%d×%d)\n", path, width, height);
}

int
main (int   argc,
      char *argv[])
{
  DaftarTour *tour;
  const char *language;
  gboolean dark;
  int arg = 1;

  dark = argc > arg && g_str_equal (argv[arg], "--dark");
  arg += dark;
  store_shots = argc > arg && g_str_equal (argv[arg], "--store");
  arg += store_shots;
  if (argc != arg + 2)
    {
      g_printerr ("Usage: %s [--dark] [--store] OUTDIR PREFIX\n", argv[0]);
      return 2;
    }
  out_dir = argv[arg];
  prefix = argv[arg + 1];
  if (g_mkdir_with_parents (out_dir, 0755) != 0)
    g_error ("Could not create %s", out_dir);

  tour = daftar_tour_open (dark);

  /* Persian and Arabic must come out right to left. */
  language = g_getenv ("LANGUAGE");
  if (language != NULL && (g_str_has_prefix (language, "fa") || g_str_has_prefix (language, "ar")) &&
      gtk_widget_get_default_direction () != GTK_TEXT_DIR_RTL)
    {
      g_printerr ("LANGUAGE=%s but GTK is left-to-right\n", language);
      return 1;
    }

  if (store_shots)
    daftar_tour_run_store (tour, STORE_WIDTH, STORE_HEIGHT, shoot, NULL);
  else
    daftar_tour_run (tour, shoot, NULL);

  daftar_tour_close (tour);
  return 0;
}
