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
                                                        GArray                 *headings,
                                                        guint                  *out_position,
                                                        guint                  *out_removed,
                                                        guint                  *out_added);
DaftarLogItem *daftar_log_listing_make_item            (const DaftarLogListing *listing,
                                                        guint                   position,
                                                        GHashTable             *loaded,
                                                        DaftarStore            *store);

G_END_DECLS
