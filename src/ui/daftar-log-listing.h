/* daftar-log-listing.h — what the Log lists: session keys and their day headings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-log-item.h"
#include "daftar-store.h"

G_BEGIN_DECLS

/* An entry is a day heading (index into days) or a session (index into keys). */
typedef struct
{
  guint is_day : 1;
  guint index  : 31;
} DaftarLogEntry;

typedef struct
{
  GDate  day;
  gint64 total_seconds;
  guint  n_sessions;
} DaftarLogDay;

/* The keys not hidden, with their day headings */
typedef struct
{
  GArray *keys;       /* DaftarSessionKey, newest first */
  GArray *days;       /* DaftarLogDay */
  GArray *entries;    /* DaftarLogEntry */
} DaftarLogListing;

/* What changes one listing into another: one run of entries, and the day
 * headings before it whose totals differ. */
typedef struct
{
  guint   position;   /* where the run starts */
  guint   removed;    /* how many entries of the first listing stand there */
  guint   added;      /* how many of the other stand there in their place */
  GArray *headings;   /* guint: the headings' positions, all before the run */
} DaftarLogChange;

void           daftar_log_change_init                  (DaftarLogChange        *change);
void           daftar_log_change_clear                 (DaftarLogChange        *change);
void           daftar_log_listing_init                 (DaftarLogListing       *listing);
void           daftar_log_listing_clear                (DaftarLogListing       *listing);
void           daftar_log_listing_build                (DaftarLogListing       *listing,
                                                        GArray                 *all,
                                                        GHashTable             *hidden);
gboolean       daftar_log_listing_only_heading_differs (const DaftarLogListing *a,
                                                        const DaftarLogListing *b,
                                                        guint                   same);
guint          daftar_log_listing_count_same           (const DaftarLogListing *a,
                                                        const DaftarLogListing *b);
void           daftar_log_listing_diff                 (const DaftarLogListing *a,
                                                        const DaftarLogListing *b,
                                                        DaftarLogChange        *change);
gboolean       daftar_log_listing_remove               (DaftarLogListing       *listing,
                                                        gint64                  id,
                                                        DaftarLogChange        *change);
gboolean       daftar_log_listing_insert               (DaftarLogListing       *listing,
                                                        const DaftarSessionKey *key,
                                                        DaftarLogChange        *change);
void           daftar_log_listing_share                (DaftarLogListing       *dst,
                                                        const DaftarLogListing *src);
void           daftar_log_listing_copy                 (DaftarLogListing       *dst,
                                                        const DaftarLogListing *src);
DaftarLogItem *daftar_log_listing_make_item            (const DaftarLogListing *listing,
                                                        guint                   position,
                                                        GHashTable             *loaded,
                                                        DaftarStore            *store);

G_END_DECLS
