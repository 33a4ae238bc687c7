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
 * @headings: (element-type guint): where to add the positions before
 *   @out_position of the day headings whose totals differ
 * @out_position: (out): where the entries that differ start
 * @out_removed: (out): how many of @a's stand there
 * @out_added: (out): how many of @b's stand there in their place
 *
 * Tells what changes @a into @b: the headings of the days whose totals differ,
 * and one run of entries, between what both start with and what both end with.
 * A session hidden, shown or changed is that run (its heading too if it was the
 * day's only one) and its day's heading.
 */
void
daftar_log_listing_diff (const DaftarLogListing *a,
                         const DaftarLogListing *b,
                         GArray                 *headings,
                         guint                  *out_position,
                         guint                  *out_removed,
                         guint                  *out_added)
{
  guint n_a = a->entries->len, n_b = b->entries->len;
  guint p = 0, s = 0;

  for (;;)
    {
      while (p < n_a && p < n_b && entry_equal (a, p, b, p))
        p++;
      if (p < n_a && p < n_b && same_day_heading (a, b, p))
        {
          g_array_append_val (headings, p);
          p++;
          continue;
        }
      break;
    }

  while (s < n_a - p && s < n_b - p && entry_equal (a, n_a - 1 - s, b, n_b - 1 - s))
    s++;

  *out_position = p;
  *out_removed = n_a - p - s;
  *out_added = n_b - p - s;
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
