/* test-log-listing.c — the Log's listing: keys, day headings, and what hiding
 * or showing one session changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-log-listing"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "daftar-log-listing.h"

/* Keys newest first, as the ledger lists them: sessions over @n_days days, a
 * few a day, some of them at another UTC offset (Tehran's, or Los Angeles'). */
static GArray *
make_keys (GRand *rand,
           guint  n_days)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
  gint64 id = 1;

  for (guint d = n_days; d-- > 0;)
    {
      guint n = g_rand_int_range (rand, 1, 5);

      for (guint i = n; i-- > 0;)
        {
          static const gint32 offsets[] = { 0, 0, 0, 12600, -25200 };
          DaftarSessionKey key = { 0 };

          key.start_utc = 1735689600 + (gint64) d * 86400 + (gint64) i * 5400 +
                          (g_rand_boolean (rand) ? 0 : 3600 * 20);
          key.utc_offset = offsets[g_rand_int_range (rand, 0, G_N_ELEMENTS (offsets))];
          key.actual_seconds = g_rand_int_range (rand, 60, 7200);
          key.id = id++;
          g_array_append_val (keys, key);
        }
    }
  /* newest first: by start, then by id */
  for (guint i = 1; i < keys->len; i++)
    for (guint j = i; j > 0; j--)
      {
        DaftarSessionKey *a = &g_array_index (keys, DaftarSessionKey, j - 1);
        DaftarSessionKey *b = &g_array_index (keys, DaftarSessionKey, j);

        if (a->start_utc > b->start_utc || (a->start_utc == b->start_utc && a->id > b->id))
          break;
        {
          DaftarSessionKey t = *a;

          *a = *b;
          *b = t;
        }
      }
  return keys;
}

static void
assert_same_listing (const DaftarLogListing *a,
                     const DaftarLogListing *b)
{
  g_assert_cmpuint (a->keys->len, ==, b->keys->len);
  g_assert_cmpuint (a->days->len, ==, b->days->len);
  g_assert_cmpuint (a->entries->len, ==, b->entries->len);
  g_assert_cmpmem (a->keys->data, a->keys->len * sizeof (DaftarSessionKey),
                   b->keys->data, b->keys->len * sizeof (DaftarSessionKey));
  for (guint i = 0; i < a->entries->len; i++)
    {
      DaftarLogEntry x = g_array_index (a->entries, DaftarLogEntry, i);
      DaftarLogEntry y = g_array_index (b->entries, DaftarLogEntry, i);

      g_assert_cmpuint (x.is_day, ==, y.is_day);
      g_assert_cmpuint (x.index, ==, y.index);
    }
  for (guint i = 0; i < a->days->len; i++)
    {
      const DaftarLogDay *x = &g_array_index (a->days, DaftarLogDay, i);
      const DaftarLogDay *y = &g_array_index (b->days, DaftarLogDay, i);

      g_assert_cmpint (g_date_compare (&x->day, &y->day), ==, 0);
      g_assert_cmpint (x->total_seconds, ==, y->total_seconds);
      g_assert_cmpuint (x->n_sessions, ==, y->n_sessions);
    }
}

/* What daftar_log_listing_diff() would tell of the two listings, told in full:
 * every entry outside the run that changes, and outside the headings that
 * change, is alike in both, in order. */
static void
assert_change_is (const DaftarLogListing *before,
                  const DaftarLogListing *after,
                  const DaftarLogChange  *change)
{
  DaftarLogChange diff;

  g_assert_cmpuint (before->entries->len - change->removed + change->added, ==, after->entries->len);
  daftar_log_change_init (&diff);
  daftar_log_listing_diff (before, after, &diff);
  g_assert_cmpuint (diff.position, ==, change->position);
  g_assert_cmpuint (diff.removed, ==, change->removed);
  g_assert_cmpuint (diff.added, ==, change->added);
  g_assert_cmpuint (diff.headings->len, ==, change->headings->len);
  for (guint i = 0; i < change->headings->len; i++)
    {
      g_assert_cmpuint (g_array_index (diff.headings, guint, i), ==, g_array_index (change->headings, guint, i));
      g_assert_cmpuint (g_array_index (change->headings, guint, i), <, change->position);
    }
  daftar_log_change_clear (&diff);
}

/* Hiding and showing sessions one at a time, in any order: each listing made
 * by changing the last is the one built from scratch, and the change it tells
 * is what a comparison of the two finds. */
static void
test_hide_and_show (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (19);
  g_autoptr(GHashTable) hidden = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n_in_place = 0, n_rebuilt = 0;

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(GArray) all = make_keys (rand, 40);
      DaftarLogListing listing;

      g_hash_table_remove_all (hidden);
      daftar_log_listing_build (&listing, all, hidden);
      for (guint step = 0; step < 60; step++)
        {
          DaftarSessionKey *key = &g_array_index (all, DaftarSessionKey, g_rand_int_range (rand, 0, all->len));
          gboolean hide = !g_hash_table_contains (hidden, &key->id);
          DaftarLogListing changed, built;
          DaftarLogChange change;
          gboolean done;

          daftar_log_change_init (&change);
          daftar_log_listing_copy (&changed, &listing);
          if (hide)
            {
              g_hash_table_add (hidden, &key->id);
              done = daftar_log_listing_remove (&changed, key->id, &change);
            }
          else
            {
              g_hash_table_remove (hidden, &key->id);
              done = daftar_log_listing_insert (&changed, key, &change);
            }
          daftar_log_listing_build (&built, all, hidden);
          if (done)
            {
              assert_same_listing (&changed, &built);
              assert_change_is (&listing, &changed, &change);
              g_assert_cmpuint (change.removed == 0 || change.added == 0, ==, TRUE);
              n_in_place++;
            }
          else
            {
              /* Only where a day would be joined or cut, told apart by
               * offsets; the listing is left as it was. */
              assert_same_listing (&changed, &listing);
              if (hide)
                g_assert_cmpuint (built.days->len + 2, ==, listing.days->len);
              else
                g_assert_cmpuint (built.days->len, ==, listing.days->len + 2);
              n_rebuilt++;
            }
          daftar_log_listing_clear (&listing);
          daftar_log_listing_clear (&changed);
          daftar_log_change_clear (&change);
          listing = built;
        }
      daftar_log_listing_clear (&listing);
    }

  g_test_message ("%u changes in place, %u where the listing is built again", n_in_place, n_rebuilt);
  /* Most changes are made in place. */
  g_assert_cmpuint (n_in_place, >, 10 * n_rebuilt);
}

/* A session the listing has (or lacks) already changes nothing. */
static void
test_nothing_to_change (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GArray) all = make_keys (rand, 5);
  DaftarLogListing listing, before;
  DaftarLogChange change;

  daftar_log_change_init (&change);
  change.position = change.removed = change.added = 99;
  daftar_log_listing_build (&listing, all, NULL);
  daftar_log_listing_copy (&before, &listing);
  g_assert_false (daftar_log_listing_insert (&listing, &g_array_index (all, DaftarSessionKey, 3),
                                             &change));
  g_assert_false (daftar_log_listing_remove (&listing, 123456, &change));
  assert_same_listing (&listing, &before);
  g_assert_cmpuint (change.headings->len, ==, 0);
  g_assert_cmpuint (change.position, ==, 99);
  daftar_log_listing_clear (&listing);
  daftar_log_listing_clear (&before);
  daftar_log_change_clear (&change);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/log-listing/hide-and-show", test_hide_and_show);
  g_test_add_func ("/log-listing/nothing-to-change", test_nothing_to_change);

  return g_test_run ();
}
