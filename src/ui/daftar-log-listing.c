/* daftar-log-listing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A listing is built from the session keys alone (in a worker too): a heading
 * before each day, with the day's total. A session is read in full only when
 * its row is asked for, with a page of its neighbours, into the model's cache.
 */
#define G_LOG_DOMAIN "daftar-log-listing"

#include "config.h"

#include <string.h>

#include "daftar-log-listing.h"

#define PAGE_SIZE 64

static void
day_of_key (const DaftarSessionKey *key,
            GDate                  *out)
{
  /* The day the user saw on their clock when the session started. */
  gint64 local_days = (key->start_utc + key->utc_offset) / 86400;

  if (key->start_utc + key->utc_offset < 0)
    local_days--;
  g_date_clear (out, 1);
  g_date_set_julian (out, (guint32) (local_days + 719163));   /* 1970-01-01 is day 719163 */
}

void
daftar_log_listing_init (DaftarLogListing *listing)
{
  listing->keys = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
  listing->days = g_array_new (FALSE, FALSE, sizeof (DaftarLogDay));
  listing->entries = g_array_new (FALSE, FALSE, sizeof (DaftarLogEntry));
}

void
daftar_log_listing_clear (DaftarLogListing *listing)
{
  g_clear_pointer (&listing->keys, g_array_unref);
  g_clear_pointer (&listing->days, g_array_unref);
  g_clear_pointer (&listing->entries, g_array_unref);
}

/**
 * daftar_log_change_init:
 *
 * An empty change, with no headings yet.
 */
void
daftar_log_change_init (DaftarLogChange *change)
{
  change->position = change->removed = change->added = 0;
  change->headings = g_array_new (FALSE, FALSE, sizeof (guint));
}

void
daftar_log_change_clear (DaftarLogChange *change)
{
  g_clear_pointer (&change->headings, g_array_unref);
}

/**
 * daftar_log_listing_share:
 *
 * Makes @dst hold what @src holds, the same arrays, for a worker to read: while
 * it may, @src is not changed in place (daftar_log_listing_copy() first).
 */
void
daftar_log_listing_share (DaftarLogListing       *dst,
                          const DaftarLogListing *src)
{
  dst->keys = g_array_ref (src->keys);
  dst->days = g_array_ref (src->days);
  dst->entries = g_array_ref (src->entries);
}

/**
 * daftar_log_listing_copy:
 *
 * Makes @dst a listing of its own with what @src holds.
 */
void
daftar_log_listing_copy (DaftarLogListing       *dst,
                         const DaftarLogListing *src)
{
  dst->keys = g_array_copy (src->keys);
  dst->days = g_array_copy (src->days);
  dst->entries = g_array_copy (src->entries);
}

/**
 * daftar_log_listing_build:
 *
 * @all without the @hidden ids, a heading before each day: in a worker too.
 */
void
daftar_log_listing_build (DaftarLogListing *listing,
                          GArray           *all,
                          GHashTable       *hidden)
{
  gboolean any_hidden = hidden != NULL && g_hash_table_size (hidden) > 0;

  daftar_log_listing_init (listing);
  for (guint i = 0; i < all->len; i++)
    {
      const DaftarSessionKey *key = &g_array_index (all, DaftarSessionKey, i);
      DaftarLogEntry entry;
      DaftarLogDay *last;
      GDate day;

      if (any_hidden && g_hash_table_contains (hidden, &key->id))
        continue;

      day_of_key (key, &day);
      if (listing->days->len == 0 ||
          g_date_compare (&g_array_index (listing->days, DaftarLogDay, listing->days->len - 1).day, &day) != 0)
        {
          DaftarLogDay d = { day, 0, 0 };

          g_array_append_val (listing->days, d);
          entry.is_day = TRUE;
          entry.index = listing->days->len - 1;
          g_array_append_val (listing->entries, entry);
        }

      last = &g_array_index (listing->days, DaftarLogDay, listing->days->len - 1);
      last->total_seconds += key->actual_seconds;
      last->n_sessions++;

      g_array_append_val (listing->keys, *key);
      entry.is_day = FALSE;
      entry.index = listing->keys->len - 1;
      g_array_append_val (listing->entries, entry);
    }
}

static gboolean
entry_equal (const DaftarLogListing *a,
             guint                   i,
             const DaftarLogListing *b,
             guint                   j)
{
  DaftarLogEntry x = g_array_index (a->entries, DaftarLogEntry, i);
  DaftarLogEntry y = g_array_index (b->entries, DaftarLogEntry, j);

  if (x.is_day != y.is_day)
    return FALSE;
  if (x.is_day)
    {
      const DaftarLogDay *d = &g_array_index (a->days, DaftarLogDay, x.index);
      const DaftarLogDay *e = &g_array_index (b->days, DaftarLogDay, y.index);

      return g_date_compare (&d->day, &e->day) == 0 &&
             d->total_seconds == e->total_seconds && d->n_sessions == e->n_sessions;
    }

  return memcmp (&g_array_index (a->keys, DaftarSessionKey, x.index),
                 &g_array_index (b->keys, DaftarSessionKey, y.index), sizeof (DaftarSessionKey)) == 0;
}

/**
 * daftar_log_listing_count_same:
 *
 * Returns: how many entries @a and @b start with alike
 */
guint
daftar_log_listing_count_same (const DaftarLogListing *a,
                               const DaftarLogListing *b)
{
  guint same = 0;

  while (same < a->entries->len && same < b->entries->len && entry_equal (a, same, b, same))
    same++;
  return same;
}

/**
 * daftar_log_listing_only_heading_differs:
 *
 * Whether @b starts with what @a holds, but for the heading at @same, if any:
 * the last day @a shows, with more sessions in @b.
 */
gboolean
daftar_log_listing_only_heading_differs (const DaftarLogListing *a,
                                         const DaftarLogListing *b,
                                         guint                   same)
{
  guint n = a->entries->len;

  if (same == n)
    return TRUE;
  if (!g_array_index (a->entries, DaftarLogEntry, same).is_day)
    return FALSE;
  for (guint k = same + 1; k < n; k++)
    if (!entry_equal (a, k, b, k))
      return FALSE;
  return TRUE;
}

static gboolean
same_day_heading (const DaftarLogListing *a,
                  const DaftarLogListing *b,
                  guint                   i)
{
  DaftarLogEntry x = g_array_index (a->entries, DaftarLogEntry, i);
  DaftarLogEntry y = g_array_index (b->entries, DaftarLogEntry, i);

  return x.is_day && y.is_day &&
         g_date_compare (&g_array_index (a->days, DaftarLogDay, x.index).day,
                         &g_array_index (b->days, DaftarLogDay, y.index).day) == 0;
}

/**
 * daftar_log_listing_diff:
 * @change: (out caller-allocates): an initialized change, to tell
 *
 * Tells what changes @a into @b: the headings of the days whose totals differ,
 * and one run of entries, between what both start with and what both end with.
 * A session hidden, shown or changed is that run (its heading too if it was the
 * day's only one) and its day's heading.
 */
void
daftar_log_listing_diff (const DaftarLogListing *a,
                         const DaftarLogListing *b,
                         DaftarLogChange        *change)
{
  guint n_a = a->entries->len, n_b = b->entries->len;
  guint p = 0, s = 0;

  for (;;)
    {
      while (p < n_a && p < n_b && entry_equal (a, p, b, p))
        p++;
      if (p < n_a && p < n_b && same_day_heading (a, b, p))
        {
          g_array_append_val (change->headings, p);
          p++;
          continue;
        }
      break;
    }

  while (s < n_a - p && s < n_b - p && entry_equal (a, n_a - 1 - s, b, n_b - 1 - s))
    s++;

  change->position = p;
  change->removed = n_a - p - s;
  change->added = n_b - p - s;
}

/* The session keys come newest first: by start, then by id. */
static gboolean
comes_before (const DaftarSessionKey *a,
              const DaftarSessionKey *b)
{
  return a->start_utc > b->start_utc || (a->start_utc == b->start_utc && a->id > b->id);
}

/* The day of the session at @key_index, and where its day's sessions start. */
static guint
day_of_index (const DaftarLogListing *listing,
              guint                   key_index,
              guint                  *out_first)
{
  guint d = 0, first = 0;

  while (first + g_array_index (listing->days, DaftarLogDay, d).n_sessions <= key_index)
    first += g_array_index (listing->days, DaftarLogDay, d++).n_sessions;
  *out_first = first;
  return d;
}

/* @n_out elements of @array from @at taken out, and @items put in there. */
static void
splice (GArray        *array,
        guint          at,
        guint          n_out,
        gconstpointer  items,
        guint          n_in)
{
  if (n_out > 0)
    g_array_remove_range (array, at, n_out);
  if (n_in > 0)
    g_array_insert_vals (array, at, items, n_in);
}

/* Moves the indexes of the entries from @from on by @delta: the sessions', and
 * the headings' too when @days. */
static void
shift_entries (GArray   *entries,
               guint     from,
               int       delta,
               gboolean  days)
{
  for (guint i = from; i < entries->len; i++)
    {
      DaftarLogEntry *entry = &g_array_index (entries, DaftarLogEntry, i);

      if (!entry->is_day || days)
        entry->index += delta;
    }
}

/**
 * daftar_log_listing_remove:
 * @change: (out caller-allocates): an initialized change, to tell what changed
 *   as daftar_log_listing_diff() would
 *
 * Takes the session @id out of @listing, as building it again without it would,
 * in the time it takes to move the entries after it: what hiding a session does
 * to the list. A listing a worker may read must be copied first.
 *
 * Returns: %FALSE, changing nothing, when @listing has no session @id, or
 *   when hiding it would join two days into one (build the listing again)
 */
gboolean
daftar_log_listing_remove (DaftarLogListing *listing,
                           gint64            id,
                           DaftarLogChange  *change)
{
  gint32 actual_seconds;
  DaftarLogDay *day;
  guint k, d, first, heading, at;
  gboolean day_goes;

  for (k = 0; k < listing->keys->len; k++)
    if (g_array_index (listing->keys, DaftarSessionKey, k).id == id)
      break;
  if (k == listing->keys->len)
    return FALSE;
  actual_seconds = g_array_index (listing->keys, DaftarSessionKey, k).actual_seconds;

  d = day_of_index (listing, k, &first);
  heading = first + d;
  at = k + d + 1;
  day_goes = g_array_index (listing->days, DaftarLogDay, d).n_sessions == 1;
  /* The days before and after it the same (told apart by UTC offsets): they
   * would become one. Not for an edit in place. */
  if (day_goes && d > 0 && d + 1 < listing->days->len &&
      g_date_compare (&g_array_index (listing->days, DaftarLogDay, d - 1).day,
                      &g_array_index (listing->days, DaftarLogDay, d + 1).day) == 0)
    return FALSE;

  splice (listing->days, d, day_goes ? 1 : 0, NULL, 0);
  if (!day_goes)
    {
      day = &g_array_index (listing->days, DaftarLogDay, d);
      day->n_sessions--;
      day->total_seconds -= actual_seconds;
    }
  splice (listing->keys, k, 1, NULL, 0);
  splice (listing->entries, day_goes ? heading : at, day_goes ? 2 : 1, NULL, 0);
  shift_entries (listing->entries, day_goes ? heading : at, -1, day_goes);

  change->position = day_goes ? heading : at;
  change->removed = day_goes ? 2 : 1;
  change->added = 0;
  if (!day_goes)
    g_array_append_val (change->headings, heading);
  return TRUE;
}

/**
 * daftar_log_listing_insert:
 * @key: a session's key, newest first among the keys as the ledger lists them
 * @change: as for daftar_log_listing_remove()
 *
 * Puts @key in its place in @listing, with its day's heading: what showing a
 * hidden session again does to the list.
 *
 * Returns: %FALSE, changing nothing, when @listing has the session already,
 *   or when it would cut a day in two (build the listing again)
 */
gboolean
daftar_log_listing_insert (DaftarLogListing       *listing,
                           const DaftarSessionKey *key,
                           DaftarLogChange        *change)
{
  guint n = listing->keys->len, lo = 0, hi = n, d, first = 0;
  gboolean new_day = TRUE;
  GDate day, other;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (comes_before (&g_array_index (listing->keys, DaftarSessionKey, mid), key))
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < n && g_array_index (listing->keys, DaftarSessionKey, lo).id == key->id)
    return FALSE;

  /* Its day: the one before it or after it, or a new one between them. */
  day_of_key (key, &day);
  if (lo > 0 && (day_of_key (&g_array_index (listing->keys, DaftarSessionKey, lo - 1), &other),
                 g_date_compare (&day, &other) == 0))
    {
      d = day_of_index (listing, lo - 1, &first);
      new_day = FALSE;
    }
  else if (lo < n && (day_of_key (&g_array_index (listing->keys, DaftarSessionKey, lo), &other),
                      g_date_compare (&day, &other) == 0))
    {
      d = day_of_index (listing, lo, &first);
      new_day = FALSE;
    }
  else if (lo < n)
    {
      /* Between two sessions of one day (told apart by their UTC offsets):
       * that day would be cut in two. Not for an edit in place. */
      d = day_of_index (listing, lo, &first);
      if (lo > 0 && first < lo)
        return FALSE;
    }
  else
    d = listing->days->len;

  splice (listing->keys, lo, 0, key, 1);
  if (new_day)
    {
      DaftarLogDay added = { day, key->actual_seconds, 1 };
      DaftarLogEntry entries[2] = { { TRUE, d }, { FALSE, lo } };

      splice (listing->days, d, 0, &added, 1);
      splice (listing->entries, lo + d, 0, entries, 2);
      shift_entries (listing->entries, lo + d + 2, 1, TRUE);
      change->position = lo + d;
      change->added = 2;
    }
  else
    {
      DaftarLogEntry entry = { FALSE, lo };
      DaftarLogDay *its_day;

      its_day = &g_array_index (listing->days, DaftarLogDay, d);
      its_day->n_sessions++;
      its_day->total_seconds += key->actual_seconds;
      splice (listing->entries, lo + d + 1, 0, &entry, 1);
      shift_entries (listing->entries, lo + d + 2, 1, FALSE);
      change->position = lo + d + 1;
      change->added = 1;
      first += d;
      g_array_append_val (change->headings, first);
    }
  change->removed = 0;
  return TRUE;
}

/* The sessions around @key_index not read yet, read into @loaded: a page at a time. */
static void
load_page_around (const DaftarLogListing *listing,
                  guint                   key_index,
                  GHashTable             *loaded,
                  DaftarStore            *store)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  guint first = key_index > PAGE_SIZE / 2 ? key_index - PAGE_SIZE / 2 : 0;
  guint last = MIN (first + PAGE_SIZE, listing->keys->len);

  for (guint i = first; i < last; i++)
    {
      gint64 id = g_array_index (listing->keys, DaftarSessionKey, i).id;

      if (!g_hash_table_contains (loaded, &id))
        g_array_append_val (ids, id);
    }

  sessions = daftar_store_get_sessions (store, (gint64 *) ids->data, ids->len, &error);
  if (sessions == NULL)
    {
      g_warning ("Reading sessions: %s", error->message);
      return;
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      DaftarSession *session = g_ptr_array_index (sessions, i);

      g_hash_table_insert (loaded, &session->id, session);
    }
  g_ptr_array_set_free_func (sessions, NULL);
}

/**
 * daftar_log_listing_make_item:
 * @loaded: id → DaftarSession, the sessions read in full, which this adds to
 *
 * Returns: (transfer full): the heading or the session at @position
 */
DaftarLogItem *
daftar_log_listing_make_item (const DaftarLogListing *listing,
                              guint                   position,
                              GHashTable             *loaded,
                              DaftarStore            *store)
{
  DaftarLogEntry entry = g_array_index (listing->entries, DaftarLogEntry, position);
  const DaftarSessionKey *key;
  DaftarSession *session;

  if (entry.is_day)
    {
      const DaftarLogDay *day = &g_array_index (listing->days, DaftarLogDay, entry.index);

      return daftar_log_item_new_day (&day->day, day->total_seconds, day->n_sessions);
    }

  key = &g_array_index (listing->keys, DaftarSessionKey, entry.index);
  session = g_hash_table_lookup (loaded, &key->id);
  if (session == NULL)
    {
      load_page_around (listing, entry.index, loaded, store);
      session = g_hash_table_lookup (loaded, &key->id);
    }

  if (session == NULL)
    {
      /* Deleted behind our back: show nothing rather than stale data. */
      DaftarSession empty = { .id = key->id, .start_utc = key->start_utc,
                              .utc_offset = key->utc_offset,
                              .actual_seconds = key->actual_seconds,
                              .tools = g_ptr_array_new () };
      DaftarLogItem *item = daftar_log_item_new_session (&empty);

      g_ptr_array_unref (empty.tools);
      return item;
    }

  return daftar_log_item_new_session (session);
}
