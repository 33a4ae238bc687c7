/* daftar-log-model-private.h — what the Log's model and its steps share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-log-listing.h"
#include "daftar-log-model.h"

G_BEGIN_DECLS

/* Rows shown at once (a screenful: headings are short, sessions about 80 px
 * tall), then added each time, until the list view has made all the rows it
 * makes (GTK_LIST_VIEW_MAX_LIST_ITEMS, 200, and a few). A step of 24 rows took
 * up to 60 ms on a busy machine; 12 keep a frame well under that. */
#define SHOW_FIRST    12
#define SHOW_STEP     12
#define SHOW_ALL_FROM 240
/* Between two steps: about a frame, at a priority under drawing's, so that
 * each step is drawn before the next. */
#define SHOW_STEP_MS  20
/* Old rows let go in a step */
#define RELEASE_STEP  48
/* Day headings made again in place, at the most: more, and the list is made again */
#define IN_PLACE_HEADINGS 8

struct _DaftarLogModel
{
  GObject       parent_instance;

  DaftarStore  *store;
  char         *search;
  GHashTable   *hidden;        /* ids waiting to be deleted, for undo */
  guint         hidden_serial; /* counts changes to hidden */
  GArray       *all;           /* the keys from the ledger, hidden ones too */
  DaftarLogListing listing;
  guint         n_shown;       /* the first entries of listing the list has */
  DaftarLogListing old;        /* the listing replaced, while its rows go */
  guint         old_first;     /* the list has old_n entries of old from old_first, */
  guint         old_n;         /* and none of listing until they are gone */
  GHashTable   *rows;          /* DaftarLogItem → its position: those still alive */
  guint         show_id;       /* shows the next step */
  gboolean      complete;      /* all holds every key, not the first page alone */
  GHashTable   *loaded;        /* id → DaftarSession */
  gint         *readers;       /* workers that may read listing: not changed in place meanwhile */
  GCancellable *cancellable;   /* of the worker running, if any */
  gulong        changed_id;
};

void     daftar_log_model_row_gone_cb    (gpointer          data,
                                          GObject          *where_the_item_was);
void     daftar_log_model_apply_listing  (DaftarLogModel   *self,
                                          DaftarLogListing *listing,
                                          gboolean          grown);
gboolean daftar_log_model_is_steady      (DaftarLogModel   *self);
gboolean daftar_log_model_apply_in_place (DaftarLogModel        *self,
                                          DaftarLogListing      *listing,
                                          const DaftarLogChange *change,
                                          GPtrArray             *fresh);

G_END_DECLS
