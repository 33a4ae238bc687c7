/* daftar-page-reload.c — a page worked out again when shown, once what it shows has changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Earnings and Guidance work out what they show from the period's work,
 * payments, rates, market and goals. A change to any of them marks the page to
 * be worked out again: soon, if it is on screen, else when it is shown. Changes
 * that come together (a session and its tools) are worked out once.
 */
#define G_LOG_DOMAIN "daftar-page-reload"

#include "config.h"

#include "daftar-page-reload.h"

/* What a page of the period's figures is made from. */
#define FOLLOWED_CHANGES (DAFTAR_STORE_CHANGE_PROJECTS | DAFTAR_STORE_CHANGE_SESSIONS | \
                          DAFTAR_STORE_CHANGE_TOOLS | DAFTAR_STORE_CHANGE_PAYMENTS |      \
                          DAFTAR_STORE_CHANGE_RATES | DAFTAR_STORE_CHANGE_MARKET |        \
                          DAFTAR_STORE_CHANGE_GOALS)

static gboolean
idle_cb (gpointer data)
{
  DaftarPageReload *self = data;

  self->idle_id = 0;
  self->load (self->page);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (DaftarStore      *store,
                  guint             changes,
                  DaftarPageReload *self)
{
  if (changes & FOLLOWED_CHANGES)
    daftar_page_reload_queue (self);
}

static void
page_mapped_cb (DaftarPageReload *self)
{
  if (self->dirty)
    daftar_page_reload_queue (self);
}

/**
 * daftar_page_reload_watch:
 * @self: the page's, zeroed, kept in the page until it is finalized
 * @page: (type GtkWidget): the page
 * @store: the ledger it shows, followed until daftar_page_reload_clear()
 * @load: works @page out again, in a worker
 * @stop: (nullable): stops @page's worker at once when what it works out has
 *   changed: it would show what is already out of date
 *
 * Marks @page to be worked out when first shown, and again whenever the ledger
 * changes what it shows.
 */
void
daftar_page_reload_watch (DaftarPageReload *self,
                          gpointer          page,
                          DaftarStore      *store,
                          DaftarPageFunc    load,
                          DaftarPageFunc    stop)
{
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (DAFTAR_IS_STORE (store));

  self->page = page;
  self->store = store;
  self->load = load;
  self->stop = stop;
  self->dirty = TRUE;
  /* After the page's own map: on screen by then. */
  g_signal_connect_swapped (page, "map", G_CALLBACK (page_mapped_cb), self);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
}

/**
 * daftar_page_reload_queue:
 *
 * What the page shows has changed: it is worked out soon, if on screen; else
 * when it is shown.
 */
void
daftar_page_reload_queue (DaftarPageReload *self)
{
  if (self->stop != NULL)
    self->stop (self->page);
  self->dirty = TRUE;
  if (self->idle_id == 0 && gtk_widget_get_mapped (self->page))
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, idle_cb, self, NULL);
}

/**
 * daftar_page_reload_begin:
 *
 * The page is being worked out again, now: what was queued is done.
 */
void
daftar_page_reload_begin (DaftarPageReload *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->dirty = FALSE;
}

/**
 * daftar_page_reload_is_queued:
 *
 * Returns: whether the page is about to be worked out again
 */
gboolean
daftar_page_reload_is_queued (DaftarPageReload *self)
{
  return self->idle_id != 0;
}

/**
 * daftar_page_reload_clear:
 *
 * The page is going: nothing more is queued, nor followed. Safe to call again.
 */
void
daftar_page_reload_clear (DaftarPageReload *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  self->store = NULL;
}

/**
 * daftar_page_reload_follows_setting:
 * @key: a setting that changed
 *
 * Returns: whether a page of figures is worked out again for @key: the home
 *   currency, and the digits and calendar the app's format follows
 */
gboolean
daftar_page_reload_follows_setting (const char *key)
{
  return g_str_equal (key, "home-currency") || g_str_equal (key, "latin-digits") ||
         g_str_equal (key, "persian-calendar") || g_str_equal (key, "arabic-calendar");
}
