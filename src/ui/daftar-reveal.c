/* daftar-reveal.c — a container's children shown a few a frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laying out a card or a row of wrapped lines is the most a frame of a page does:
 * a page that gets many at once shows the first, then one more each frame.
 */
#include "config.h"

#include "daftar-reveal.h"

/* Children shown a frame while they are revealed: one card is a frame's work. */
#define REVEAL_STEP 1

/**
 * daftar_reveal_stop:
 *
 * Stops revealing @parent's children: those still hidden stay hidden. Call it
 * before removing them.
 */
void
daftar_reveal_stop (GtkWidget *parent)
{
  guint id = GPOINTER_TO_UINT (g_object_steal_data (G_OBJECT (parent), "daftar-reveal-id"));

  if (id != 0)
    gtk_widget_remove_tick_callback (parent, id);
}

/* Shows the next REVEAL_STEP children hidden to be revealed; returns whether more are. */
static gboolean
reveal_step (GtkWidget *parent)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_object_get_data (G_OBJECT (child), "daftar-revealing") == NULL)
        continue;
      if (n == REVEAL_STEP)
        return TRUE;
      g_object_set_data (G_OBJECT (child), "daftar-revealing", NULL);
      gtk_widget_set_visible (child, TRUE);
      n++;
    }

  return FALSE;
}

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  if (reveal_step (widget))
    return G_SOURCE_CONTINUE;

  g_object_set_data (G_OBJECT (widget), "daftar-reveal-id", NULL);
  return G_SOURCE_REMOVE;
}

/**
 * daftar_reveal_in_steps:
 *
 * Hides the children of @parent after the first, and shows them again one
 * a frame, so that no frame lays out all of them.
 */
void
daftar_reveal_in_steps (GtkWidget *parent)
{
  guint n = 0;
  guint id;

  daftar_reveal_stop (parent);
  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (n++ >= REVEAL_STEP && gtk_widget_get_visible (child))
      {
        g_object_set_data (G_OBJECT (child), "daftar-revealing", GINT_TO_POINTER (TRUE));
        gtk_widget_set_visible (child, FALSE);
      }

  if (n <= REVEAL_STEP)
    return;
  id = gtk_widget_add_tick_callback (parent, reveal_tick_cb, NULL, NULL);
  g_object_set_data (G_OBJECT (parent), "daftar-reveal-id", GUINT_TO_POINTER (id));
}

/**
 * daftar_reveal_is_busy:
 *
 * Returns: whether some children of @parent are still to be shown again
 */
gboolean
daftar_reveal_is_busy (GtkWidget *parent)
{
  return g_object_get_data (G_OBJECT (parent), "daftar-reveal-id") != NULL;
}
