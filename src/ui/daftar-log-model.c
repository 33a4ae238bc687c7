/* daftar-log-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model knows every session's place from its key (id, start, offset and
 * length, read from the index), which is enough for its length and its day
 * headings. A session is read in full only when the list asks for its row,
 * a page at a time, so a ledger of 100,000 sessions never loads them all.
 *
 * The keys themselves come from a worker with a reader of its own: the whole
 * list, a search's, and the list again after a change, while the model keeps
 * showing what it had. Only the first screenful, the newest sessions, is read
 * on the main thread, from the index, so the Log shows rows at once however
 * big the ledger; the rest follows, and the list grows to its full length.
 */
#define G_LOG_DOMAIN "daftar-log-model"

#include "config.h"

#include <string.h>

#include "daftar-log-item.h"
#include "daftar-log-listing.h"
#include "daftar-log-model-private.h"
#include "daftar-store-search.h"
#include "daftar-worker.h"

/* The newest sessions, read at once: more than a tall window shows. */
#define FIRST_PAGE 200

enum {
  PROP_0,
  PROP_LOADING,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DaftarLogModel, daftar_log_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* The list again from the keys in memory, every row made again. */
static void
rebuild (DaftarLogModel *self)
{
  DaftarLogListing listing;

  daftar_log_listing_build (&listing, self->all, self->hidden);
  daftar_log_model_apply_listing (self, &listing, FALSE);
}

/* A session hidden or shown again, in place: its row alone, and its day's
 * heading, without building the list again (a million keys take 140 ms). */
static gboolean
hide_in_place (DaftarLogModel *self,
               gint64          id,
               gboolean        hidden)
{
  DaftarLogListing copy = { NULL, NULL, NULL };
  DaftarLogListing *listing = &self->listing;
  const DaftarSessionKey *key = NULL;
  DaftarLogChange change;
  gboolean done, in_list = FALSE;

  if (!daftar_log_model_is_steady (self))
    return FALSE;
  if (!hidden)
    {
      for (guint i = 0; i < self->all->len && key == NULL; i++)
        if (g_array_index (self->all, DaftarSessionKey, i).id == id)
          key = &g_array_index (self->all, DaftarSessionKey, i);
      /* Gone from the ledger: nothing to show again. */
      if (key == NULL)
        return TRUE;
    }
  /* A worker still reading the listing: change a copy (28 MB at a million
   * sessions, 70 ms); else the listing itself (a few milliseconds). */
  if (g_atomic_int_get (self->readers) > 0)
    {
      daftar_log_listing_copy (&copy, &self->listing);
      listing = &copy;
    }
  daftar_log_change_init (&change);
  if (hidden)
    done = daftar_log_listing_remove (listing, id, &change);
  else
    done = daftar_log_listing_insert (listing, key, &change);
  if (done)
    {
      done = daftar_log_model_apply_in_place (self, listing, &change, NULL);
      g_assert (done);
    }
  daftar_log_change_clear (&change);
  daftar_log_listing_clear (&copy);
  if (done)
    return TRUE;

  /* Not in the list (a search leaves it out, or it is there already): no change;
   * or else the list is to be built again. */
  for (guint i = 0; i < self->listing.keys->len && !in_list; i++)
    in_list = g_array_index (self->listing.keys, DaftarSessionKey, i).id == id;
  return hidden ? !in_list : in_list;
}

/* Everything a worker touches is its own: it may be freed in the worker's thread. */
typedef struct
{
  char        *search;
  GHashTable  *hidden;
  guint        hidden_serial;
  gboolean     grown;
  gboolean     first_page;   /* a search's newest matches only; the rest after */
  gboolean     in_place;     /* after a change: the rows that stay are kept */
  GArray      *row_ids;      /* with in_place: the sessions with rows, to read again */
  DaftarLogListing base;     /* with in_place: the listing shown, to compare with, */
  gint        *readers;      /* counted in these while the worker may read it */
  GArray      *base_entries; /* which it was */
  GPtrArray   *fresh;        /* DaftarSession: those sessions as they are now */
  DaftarLogChange change;    /* with in_place: how the listing differs from base */
  GArray      *all;
  DaftarLogListing listing;
} Job;

/* The worker has done with the listing it compared with: the model may change
 * it in place again. */
static void
release_base (Job *job)
{
  if (job->base.entries == NULL)
    return;
  daftar_log_listing_clear (&job->base);
  g_atomic_int_dec_and_test (job->readers);
}

static void
job_free (Job *job)
{
  g_free (job->search);
  g_clear_pointer (&job->hidden, g_hash_table_unref);
  g_clear_pointer (&job->all, g_array_unref);
  g_clear_pointer (&job->row_ids, g_array_unref);
  g_clear_pointer (&job->fresh, g_ptr_array_unref);
  daftar_log_change_clear (&job->change);
  release_base (job);
  g_clear_pointer (&job->readers, g_atomic_rc_box_release);
  daftar_log_listing_clear (&job->listing);
  g_free (job);
}

static gboolean
read_keys_work (gpointer       data,
                DaftarStore   *reader,
                DaftarFormat  *format,
                GError       **error)
{
  Job *job = data;

  if (job->first_page)
    job->all = daftar_store_search_newest_session_keys (reader, job->search, FIRST_PAGE, error);
  else
    job->all = daftar_store_list_session_keys (reader, job->search, error);
  if (job->all == NULL)
    return FALSE;
  if (job->row_ids != NULL)
    {
      job->fresh = daftar_store_get_sessions (reader, (gint64 *) job->row_ids->data, job->row_ids->len, error);
      if (job->fresh == NULL)
        return FALSE;
    }

  daftar_log_listing_build (&job->listing, job->all, job->hidden);
  /* Comparing a million entries takes 50 ms or more: here, not in the window. */
  if (job->base_entries != NULL)
    {
      daftar_log_change_init (&job->change);
      daftar_log_listing_diff (&job->base, &job->listing, &job->change);
      release_base (job);
    }
  return TRUE;
}

static void start_worker (DaftarLogModel *self,
                          gboolean        grown,
                          gboolean        first_page,
                          gboolean        in_place);

static void
read_keys_done (gpointer      owner,
                gpointer      data,
                const GError *error)
{
  DaftarLogModel *self = owner;
  Job *job = data;
  gboolean more;

  if (error != NULL)
    {
      g_warning ("Reading the log: %s", error->message);
      g_clear_object (&self->cancellable);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return;
    }

  g_clear_object (&self->cancellable);
  /* A row hidden or shown meanwhile, in place: read the list again for it, the
   * rows shown staying as they are until then. */
  if (job->in_place && job->hidden_serial != self->hidden_serial)
    {
      start_worker (self, FALSE, FALSE, TRUE);
      return;
    }
  g_clear_pointer (&self->all, g_array_unref);
  self->all = g_steal_pointer (&job->all);
  /* A search's first page is shown at once; the rest of its matches follow. */
  more = job->first_page && self->all->len >= FIRST_PAGE;
  if (self->complete == more)
    {
      self->complete = !more;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
    }
  if (job->hidden_serial != self->hidden_serial)
    rebuild (self);
  else if (!job->in_place || job->base_entries != self->listing.entries ||
           !daftar_log_model_apply_in_place (self, &job->listing, &job->change, job->fresh))
    daftar_log_model_apply_listing (self, &job->listing, job->grown);
  if (more)
    {
      start_worker (self, TRUE, FALSE, FALSE);
      return;
    }
  /* Still loading while the list grows a step at a time. */
  if (!daftar_log_model_is_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Reads the keys again in a worker, in place of any read still running; the
 * list shows what it had until they come. @first_page: a search's newest
 * matches first, then the rest in another worker. @in_place: after a change,
 * the sessions with rows are read again too, and the list changes in place. */
static void
start_worker (DaftarLogModel *self,
              gboolean        grown,
              gboolean        first_page,
              gboolean        in_place)
{
  g_autoptr(GError) error = NULL;
  gboolean was_loading = daftar_log_model_is_loading (self);
  GHashTableIter iter;
  gpointer id, item;
  Job *job;

  daftar_worker_cancel (&self->cancellable);

  job = g_new0 (Job, 1);
  job->search = g_strdup (self->search);
  job->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, self->hidden);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_hash_table_add (job->hidden, g_memdup2 (id, sizeof (gint64)));
  job->hidden_serial = self->hidden_serial;
  job->grown = grown;
  job->first_page = first_page;
  job->in_place = in_place;
  if (in_place)
    {
      daftar_log_listing_share (&job->base, &self->listing);
      job->base_entries = self->listing.entries;
      job->readers = g_atomic_rc_box_acquire (self->readers);
      g_atomic_int_inc (self->readers);
      job->row_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, &item, NULL))
        if (!daftar_log_item_is_day (item))
          g_array_append_val (job->row_ids, daftar_log_item_get_session (item)->id);
    }
  /* No context: the keys' errors are SQLite's, with no figures to write. */
  self->cancellable = daftar_worker_run_on_reader (self, self->store, NULL, job, (GDestroyNotify) job_free,
                                                   read_keys_work, read_keys_done, &error);
  if (self->cancellable == NULL)
    {
      g_warning ("Reading the log: %s", error->message);
      job_free (job);
      if (was_loading != daftar_log_model_is_loading (self))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return;
    }

  if (!was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
reload_in_worker (DaftarLogModel *self,
                  gboolean        grown)
{
  start_worker (self, grown, FALSE, FALSE);
}

static GType
daftar_log_model_get_item_type (GListModel *model)
{
  return DAFTAR_TYPE_LOG_ITEM;
}

static guint
daftar_log_model_get_n_items (GListModel *model)
{
  DaftarLogModel *self = DAFTAR_LOG_MODEL (model);

  return self->old_n + self->n_shown;
}

static gpointer
daftar_log_model_get_item (GListModel *model,
                           guint       position)
{
  DaftarLogModel *self = DAFTAR_LOG_MODEL (model);
  DaftarLogItem *item;

  if (position >= self->old_n + self->n_shown)
    return NULL;

  if (position < self->old_n)
    item = daftar_log_listing_make_item (&self->old, self->old_first + position,
                                         self->loaded, self->store);
  else
    item = daftar_log_listing_make_item (&self->listing, position - self->old_n,
                                         self->loaded, self->store);
  /* Asked for by the list, most likely for a row: known while it lives */
  g_hash_table_insert (self->rows, item, GUINT_TO_POINTER (position));
  g_object_weak_ref (G_OBJECT (item), daftar_log_model_row_gone_cb, self);
  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = daftar_log_model_get_item_type;
  iface->get_n_items = daftar_log_model_get_n_items;
  iface->get_item = daftar_log_model_get_item;
}

static void
store_changed_cb (DaftarStore    *store,
                  guint           changes,
                  DaftarLogModel *self)
{
  /* A session deleted, added or edited: the list stays where it is scrolled. */
  if (changes & (DAFTAR_STORE_CHANGE_SESSIONS | DAFTAR_STORE_CHANGE_PROJECTS | DAFTAR_STORE_CHANGE_TOOLS))
    start_worker (self, FALSE, FALSE, TRUE);
}

static void
daftar_log_model_dispose (GObject *object)
{
  DaftarLogModel *self = (DaftarLogModel *)object;
  GHashTableIter iter;
  gpointer item;

  g_clear_signal_handler (&self->changed_id, self->store);
  daftar_worker_cancel (&self->cancellable);
  g_clear_handle_id (&self->show_id, g_source_remove);
  g_clear_object (&self->store);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    g_object_weak_unref (item, daftar_log_model_row_gone_cb, self);
  g_hash_table_remove_all (self->rows);

  G_OBJECT_CLASS (daftar_log_model_parent_class)->dispose (object);
}

static void
daftar_log_model_finalize (GObject *object)
{
  DaftarLogModel *self = (DaftarLogModel *)object;

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->all, g_array_unref);
  daftar_log_listing_clear (&self->listing);
  daftar_log_listing_clear (&self->old);
  g_clear_pointer (&self->loaded, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->readers, g_atomic_rc_box_release);

  G_OBJECT_CLASS (daftar_log_model_parent_class)->finalize (object);
}

static void
daftar_log_model_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DaftarLogModel *self = DAFTAR_LOG_MODEL (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, daftar_log_model_is_loading (self));
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_log_model_class_init (DaftarLogModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = daftar_log_model_dispose;
  object_class->finalize = daftar_log_model_finalize;
  object_class->get_property = daftar_log_model_get_property;

  /**
   * DaftarLogModel:loading:
   *
   * Whether a worker is reading the keys, or the list still grows a step at a
   * time: the list shows what it had meanwhile.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * DaftarLogModel:complete:
   *
   * Whether the model has read every key: %FALSE while it shows the first page
   * of the newest sessions, read by keyset, and the worker reads the rest.
   */
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
daftar_log_model_init (DaftarLogModel *self)
{
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->all = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
  daftar_log_listing_init (&self->listing);
  self->loaded = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                        (GDestroyNotify) daftar_session_free);
  self->rows = g_hash_table_new (NULL, NULL);
  self->readers = g_atomic_rc_box_new0 (gint);
}

/**
 * daftar_log_model_new:
 *
 * The model starts empty; call daftar_log_model_reload() once the window is
 * on screen, so a big ledger never delays the first frame.
 */
DaftarLogModel *
daftar_log_model_new (DaftarStore *store)
{
  DaftarLogModel *self = g_object_new (DAFTAR_TYPE_LOG_MODEL, NULL);

  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  return self;
}

/**
 * daftar_log_model_reload:
 *
 * Reads the list again. The first time, with no search, the newest sessions
 * come at once, from the index; the rest, and any later reload, from a worker.
 */
void
daftar_log_model_reload (DaftarLogModel *self)
{
  g_return_if_fail (DAFTAR_IS_LOG_MODEL (self));

  if (self->all->len == 0 && (self->search == NULL || *self->search == '\0'))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) first = daftar_store_list_newest_session_keys (self->store, NULL, FIRST_PAGE, &error);

      if (first == NULL)
        g_warning ("Reading the log: %s", error->message);
      else
        {
          g_array_unref (self->all);
          self->all = g_steal_pointer (&first);
          rebuild (self);
          /* All there is: nothing to follow. */
          if (self->all->len < FIRST_PAGE)
            {
              self->complete = TRUE;
              g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
              return;
            }
          reload_in_worker (self, TRUE);
          return;
        }
    }

  reload_in_worker (self, FALSE);
}

/**
 * daftar_log_model_set_search:
 * @search: (nullable): words to find in notes, projects and tools
 */
void
daftar_log_model_set_search (DaftarLogModel *self,
                             const char     *search)
{
  g_return_if_fail (DAFTAR_IS_LOG_MODEL (self));

  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);
  /* A search's newest matches first: they are what the list shows. */
  start_worker (self, FALSE, search != NULL && *search != '\0', FALSE);
}

/**
 * daftar_log_model_set_hidden:
 *
 * Hides a session that is about to be deleted, while its undo toast shows.
 */
void
daftar_log_model_set_hidden (DaftarLogModel *self,
                             gint64          session_id,
                             gboolean        hidden)
{
  g_return_if_fail (DAFTAR_IS_LOG_MODEL (self));

  if (hidden)
    g_hash_table_add (self->hidden, g_memdup2 (&session_id, sizeof session_id));
  else
    g_hash_table_remove (self->hidden, &session_id);
  self->hidden_serial++;
  /* Shown again while the list is being read after a change (the session
   * deleted for good, most likely): the worker's list decides, not the old one. */
  if ((hidden || self->cancellable == NULL) && !hide_in_place (self, session_id, hidden))
    rebuild (self);
}

guint
daftar_log_model_get_n_sessions (DaftarLogModel *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_MODEL (self), 0);
  return self->listing.keys->len;
}

/**
 * daftar_log_model_get_n_loaded:
 *
 * Returns: how many sessions have been read in full, to check laziness
 */
guint
daftar_log_model_get_n_loaded (DaftarLogModel *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_MODEL (self), 0);
  return g_hash_table_size (self->loaded);
}

/**
 * daftar_log_model_stop:
 *
 * Stops the worker reading the list, if any, for good: for the view going away.
 */
void
daftar_log_model_stop (DaftarLogModel *self)
{
  g_return_if_fail (DAFTAR_IS_LOG_MODEL (self));

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  daftar_worker_cancel (&self->cancellable);
  g_clear_handle_id (&self->show_id, g_source_remove);
}

/**
 * daftar_log_model_is_loading:
 *
 * Returns: whether a worker is reading the list, or the list still grows a step
 *   at a time; it shows what it had meanwhile
 */
gboolean
daftar_log_model_is_loading (DaftarLogModel *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_MODEL (self), FALSE);
  return self->cancellable != NULL || self->show_id != 0;
}

/**
 * daftar_log_model_is_complete:
 *
 * Returns: whether the model has read every session's key; %FALSE while it
 *   shows the first page of the newest sessions, read by keyset, and a worker
 *   reads the rest
 */
gboolean
daftar_log_model_is_complete (DaftarLogModel *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_MODEL (self), FALSE);
  return self->complete;
}
