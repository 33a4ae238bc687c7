/* daftar-log-model-changes.c — how the Log's model tells its list of a change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list view makes a row for each of the first 200 items it is given (GTK 4.8
 * keeps that many around what it shows), all in the one main loop iteration
 * that tells it of them: at a few milliseconds a row, a frozen window. So the
 * list is shown a screenful first and grows a screenful a frame after that, up
 * to more than the list view makes rows for; the rest then comes at once.
 *
 * Letting a row go costs about a fifth of making one, and a list view in GTK 4.8
 * lets all its rows go in the change that removes their items: when a search
 * replaces a long list, the old rows go a few at a time too, a step a frame,
 * before the new list's first screenful. The frame with the worker's answer
 * only takes it in; the next step drops the items the list has no rows for, all
 * at once, and the steps after that the rows, from the last. The model knows
 * which items have rows: those it made that are still alive.
 *
 * A change of a few sessions (one hidden for its undo toast, shown back, added,
 * edited or deleted) changes those rows alone, in place: the list stays where
 * it was scrolled.
 */
#define G_LOG_DOMAIN "daftar-log-model"

#include "config.h"

#include <string.h>

#include "daftar-log-model-private.h"

static void show_more (DaftarLogModel *self,
                       gboolean        was_loading);

void
daftar_log_model_row_gone_cb (gpointer  data,
                              GObject  *where_the_item_was)
{
  DaftarLogModel *self = data;

  g_hash_table_remove (self->rows, where_the_item_was);
}

/* Tells the list of a change, and moves the items it has rows for along. */
static void
changed (DaftarLogModel *self,
         guint           position,
         guint           removed,
         guint           added)
{
  GHashTableIter iter;
  gpointer item, value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &item, &value))
    {
      guint at = GPOINTER_TO_UINT (value);

      if (at >= position + removed)
        g_hash_table_iter_replace (&iter, GUINT_TO_POINTER (at - removed + added));
      else if (at >= position)
        {
          g_object_weak_unref (item, daftar_log_model_row_gone_cb, self);
          g_hash_table_iter_remove (&iter);
        }
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The items the list has rows for, of the first @n: the most in a row, from
 * @first to before @end. Those around what it shows; it may have another for
 * the item with the focus, elsewhere. */
static void
rows_span (DaftarLogModel *self,
           guint           n,
           guint          *first,
           guint          *end)
{
  g_autoptr(GArray) at = g_array_sized_new (FALSE, FALSE, sizeof (guint), g_hash_table_size (self->rows));
  GHashTableIter iter;
  gpointer value;
  guint run_first = 0;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      guint p = GPOINTER_TO_UINT (value);

      if (p < n)
        g_array_append_val (at, p);
    }
  g_array_sort (at, compare_uint);

  *first = *end = 0;
  for (guint i = 0; i < at->len; i++)
    {
      guint p = g_array_index (at, guint, i);

      if (i == 0 || p > g_array_index (at, guint, i - 1) + 1)
        run_first = p;
      if (p + 1 - run_first > *end - *first)
        {
          *first = run_first;
          *end = p + 1;
        }
    }
}

/* The list has the first @n entries of the listing, or all when fewer. */
static void
show_up_to (DaftarLogModel *self,
            guint           n)
{
  guint old_n = self->n_shown;

  n = MIN (n, self->listing.entries->len);
  if (n <= old_n)
    return;
  self->n_shown = n;
  changed (self, old_n, 0, n - old_n);
}

/* The list lets the last @n rows of the old listing go. */
static void
release (DaftarLogModel *self,
         guint           n)
{
  n = MIN (n, self->old_n);
  if (n == 0)
    return;
  self->old_n -= n;
  if (self->old_n == 0)
    daftar_log_listing_clear (&self->old);
  changed (self, self->old_n, n, 0);
}

/* The next step in letting the old rows go: the items the list has no rows for,
 * all of them at once, or else the last rows. */
static void
release_step (DaftarLogModel *self)
{
  guint first, end;

  rows_span (self, self->old_n, &first, &end);
  if (end == self->old_n && first == 0)
    {
      release (self, RELEASE_STEP);
      return;
    }

  release (self, self->old_n - end);
  if (first > 0)
    {
      self->old_first += first;
      self->old_n -= first;
      changed (self, 0, first, 0);
    }
}

static gboolean
show_step_cb (gpointer data)
{
  DaftarLogModel *self = data;

  self->show_id = 0;
  show_more (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* The next step: old rows let go, or else the listing's next rows, or the rest
 * once the list view has made all its rows; the step after that a frame later.
 * @was_loading: what the model said before, to tell when that changes. */
static void
show_more (DaftarLogModel *self,
           gboolean        was_loading)
{
  if (self->old_n > 0)
    release_step (self);
  else
    show_up_to (self, self->n_shown == 0 ? SHOW_FIRST
                      : self->n_shown < SHOW_ALL_FROM ? self->n_shown + SHOW_STEP : G_MAXUINT);
  if (self->old_n > 0 || self->n_shown < self->listing.entries->len)
    {
      if (self->show_id == 0)
        self->show_id = g_timeout_add_full (G_PRIORITY_LOW, SHOW_STEP_MS, show_step_cb, self, NULL);
    }
  else
    g_clear_handle_id (&self->show_id, g_source_remove);

  if (was_loading != daftar_log_model_is_loading (self))
    g_object_notify (G_OBJECT (self), "loading");
}

/* Shows @listing in place of what the list showed. When @grown, the sessions are
 * those shown before and more after them (the rest of the first page): the rows
 * shown stay, and the last day's heading is made again. Otherwise sessions may
 * have changed in place, and every row is made again: the old rows go first, a
 * step at a time, and the new ones come after them. A listing coming while old
 * rows still go takes the place of the one that was to come.
 *
 * A list view looks for the items a change removed among all those it adds, one
 * by one: a change never both removes and adds more than a row, or it would read
 * every session. */
void
daftar_log_model_apply_listing (DaftarLogModel   *self,
                                DaftarLogListing *listing,
                                gboolean          grown)
{
  guint old_n = self->listing.entries->len;
  gboolean was_loading = daftar_log_model_is_loading (self);
  guint first, end;

  if (grown && self->old_n == 0 && listing->entries->len >= old_n)
    {
      guint same = daftar_log_listing_count_same (&self->listing, listing);

      if (daftar_log_listing_only_heading_differs (&self->listing, listing, same))
        {
          daftar_log_listing_clear (&self->listing);
          self->listing = *listing;
          memset (listing, 0, sizeof *listing);
          if (same < self->n_shown)
            changed (self, same, 1, 1);
          if (self->n_shown == old_n)
            show_more (self, daftar_log_model_is_loading (self));
          return;
        }
    }

  g_hash_table_remove_all (self->loaded);
  if (self->old_n == 0)
    {
      daftar_log_listing_clear (&self->old);
      self->old = self->listing;
      self->old_first = 0;
      self->old_n = self->n_shown;
    }
  else
    daftar_log_listing_clear (&self->listing);
  self->listing = *listing;
  memset (listing, 0, sizeof *listing);
  self->n_shown = 0;

  /* A few rows go at once, and the new list's first come with them; more go
   * from the next step on, for this frame has had the worker's answer. */
  rows_span (self, self->old_n, &first, &end);
  if (end - first <= RELEASE_STEP)
    release (self, self->old_n);
  if (self->old_n == 0)
    {
      daftar_log_listing_clear (&self->old);
      show_more (self, was_loading);
    }
  else if (self->show_id == 0)
    {
      self->show_id = g_timeout_add_full (G_PRIORITY_LOW, SHOW_STEP_MS, show_step_cb, self, NULL);
      if (!was_loading)
        g_object_notify (G_OBJECT (self), "loading");
    }
}

/* The rows left whose sessions read otherwise in @fresh (id → DaftarSession),
 * or are not in it: their positions, or %NULL when there are more than @most. */
static GArray *
stale_rows (DaftarLogModel *self,
            GHashTable     *fresh,
            guint           most)
{
  g_autoptr(GArray) stale = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTableIter iter;
  gpointer item, value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &item, &value))
    {
      const DaftarSession *shown, *now;
      guint at = GPOINTER_TO_UINT (value);

      if (daftar_log_item_is_day (item))
        continue;
      shown = daftar_log_item_get_session (item);
      now = g_hash_table_lookup (fresh, &shown->id);
      if (now != NULL && daftar_session_equal (shown, now))
        continue;
      if (stale->len == most)
        return NULL;
      g_array_append_val (stale, at);
    }
  return g_steal_pointer (&stale);
}

/**
 * daftar_log_model_is_steady:
 *
 * Returns: whether the list shows the whole listing, with no step to come:
 *   what a change in place starts from
 */
gboolean
daftar_log_model_is_steady (DaftarLogModel *self)
{
  return self->old_n == 0 && self->n_shown >= self->listing.entries->len;
}

/* Shows @listing in place of the one shown when they differ in a few entries
 * alone (a session hidden, shown back, added, changed or deleted, and its day's
 * heading): @change as daftar_log_listing_diff() tells it. Makes the rows again whose sessions read
 * otherwise in @fresh (the sessions with rows, read again after a change; %NULL
 * when none can have changed). The list stays where it was scrolled, with its
 * other rows. Returns %FALSE and changes nothing when more differs: the list is
 * then made again. */
gboolean
daftar_log_model_apply_in_place (DaftarLogModel        *self,
                                 DaftarLogListing      *listing,
                                 const DaftarLogChange *change,
                                 GPtrArray             *fresh)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) stale = NULL;
  guint removed = change->removed, added = change->added;

  /* (The listing itself changed in place: the caller saw it steady before.) */
  if (listing != &self->listing && !daftar_log_model_is_steady (self))
    return FALSE;
  /* A list view looks for the items a change removed among those it adds. */
  if (change->headings->len > IN_PLACE_HEADINGS || removed > RELEASE_STEP || added > SHOW_STEP ||
      (removed > 0 && added > 1))
    return FALSE;
  if (fresh != NULL)
    {
      for (guint i = 0; i < fresh->len; i++)
        {
          DaftarSession *session = g_ptr_array_index (fresh, i);

          g_hash_table_insert (by_id, &session->id, session);
        }
      /* Rows in the run that changes go with it; the others are made again. */
      stale = stale_rows (self, by_id, SHOW_STEP + removed);
      if (stale == NULL)
        return FALSE;
      g_clear_pointer (&stale, g_array_unref);
    }

  /* The listing itself, changed in place, or another in its place */
  if (listing != &self->listing)
    {
      daftar_log_listing_clear (&self->listing);
      self->listing = *listing;
      memset (listing, 0, sizeof *listing);
    }
  self->n_shown = self->listing.entries->len;
  if (removed > 0 || added > 0)
    changed (self, change->position, removed, added);
  for (guint i = 0; i < change->headings->len; i++)
    changed (self, g_array_index (change->headings, guint, i), 1, 1);
  if (fresh == NULL)
    return TRUE;

  stale = stale_rows (self, by_id, G_MAXUINT);
  g_hash_table_remove_all (self->loaded);
  for (guint i = 0; i < fresh->len; i++)
    {
      DaftarSession *session = g_ptr_array_index (fresh, i);

      g_hash_table_insert (self->loaded, &session->id, session);
    }
  g_ptr_array_set_free_func (fresh, NULL);
  g_ptr_array_set_size (fresh, 0);
  for (guint i = 0; i < stale->len; i++)
    changed (self, g_array_index (stale, guint, i), 1, 1);
  return TRUE;
}
