/* test-icons.c — the app icon at every size a desktop shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The full-colour icon renders at 16 to 512 px, square, filling a sensible part of
 * its square at every size; the symbolic icon renders at 16 px in one colour, as
 * GTK recolours it.
 */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <string.h>

static char *
icon_path (const char *folder,
           const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "icons", "hicolor", folder, "apps", name,
                                NULL);
}

/* The share of pixels that are more than half opaque. */
static double
coverage (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *pixels = gdk_pixbuf_read_pixels (pixbuf);
  guint covered = 0;

  g_assert_true (gdk_pixbuf_get_has_alpha (pixbuf));
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (pixels[y * stride + x * 4 + 3] > 127)
        covered++;
  return (double) covered / (width * height);
}

static void
test_app_icon_sizes (void)
{
  const int sizes[] = { 16, 24, 32, 48, 64, 128, 256, 512 };
  g_autofree char *path = icon_path ("scalable", "io.github.daftar.Daftar.svg");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_file_at_size (path, sizes[i], sizes[i], &error);
      double covered;

      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, sizes[i]);
      g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, sizes[i]);
      /* GNOME's app icons leave a margin and a shadow, and are not mostly empty. */
      covered = coverage (pixbuf);
      g_test_message ("%d px: %.0f%% covered", sizes[i], covered * 100);
      g_assert_cmpfloat (covered, >, 0.35);
      g_assert_cmpfloat (covered, <, 0.95);
    }
}

static void
test_symbolic_icon (void)
{
  g_autofree char *path = icon_path ("symbolic", "io.github.daftar.Daftar-symbolic.svg");
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_file_at_size (path, 16, 16, &error);
  const guchar *pixels;
  int stride;
  guint opaque = 0;
  guchar colour[3] = { 0 };

  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 16);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 16);
  pixels = gdk_pixbuf_read_pixels (pixbuf);
  stride = gdk_pixbuf_get_rowstride (pixbuf);
  for (int y = 0; y < 16; y++)
    for (int x = 0; x < 16; x++)
      {
        const guchar *p = pixels + y * stride + x * 4;

        if (p[3] < 250)
          continue;
        if (opaque++ == 0)
          memcpy (colour, p, 3);
        /* One colour: GTK recolours a symbolic icon as a whole. */
        g_assert_cmpmem (p, 3, colour, 3);
      }
  g_assert_cmpuint (opaque, >, 16);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/icons/app-sizes", test_app_icon_sizes);
  g_test_add_func ("/icons/symbolic", test_symbolic_icon);
  return g_test_run ();
}
