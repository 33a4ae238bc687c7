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
 *
 * A list view makes a row for each of the first 200 items it is given (GTK 4.8
 * keeps that many around what it shows), all in the one main loop iteration
 * that tells it of them: at a few milliseconds a row, a frozen window. So the
 * list is shown a screenful first and grows a screenful a frame after that, up
 * to more than the list view makes rows for; the rest then comes at once.
 */
#define G_LOG_DOMAIN "daftar-log-model"

#include "config.h"

#include <string.h>

#include "daftar-log-item.h"
#include "daftar-log-model.h"
#include "daftar-store-search.h"
#include "daftar-worker.h"

#define PAGE_SIZE 64
/* The newest sessions, read at once: more than a tall window shows. */
#define FIRST_PAGE 200
/* Rows shown at once (a screenful: headings are short, sessions about 80 px
 * tall), then added each time, until the list view has made all the rows it
 * makes (GTK_LIST_VIEW_MAX_LIST_ITEMS, 200, and a few). */
#define SHOW_FIRST    12
#define SHOW_STEP     24
#define SHOW_ALL_FROM 240
/* Between two steps: about a frame, at a priority under drawing's, so that
 * each step is drawn before the next. */
#define SHOW_STEP_MS  20

/* An entry is a day heading (index into days) or a session (index into keys). */
typedef struct
{
  guint is_day : 1;
  guint index  : 31;
} Entry;

typedef struct
{
  GDate  day;
  gint64 total_seconds;
  guint  n_sessions;
} Day;

/* What the list shows: the keys not hidden, with their day headings */
typedef struct
{
  GArray *keys;       /* DaftarSessionKey, newest first */
  GArray *days;       /* Day */
  GArray *entries;    /* Entry */
} Listing;

struct _DaftarLogModel
{
  GObject       parent_instance;

  DaftarStore  *store;
  char         *search;
  GHashTable   *hidden;        /* ids waiting to be deleted, for undo */
  guint         hidden_serial; /* counts changes to hidden */
  GArray       *all;           /* the keys from the ledger, hidden ones too */
  Listing       listing;
  guint         n_shown;       /* the first entries of listing the list has */
  guint         show_id;       /* shows the next step */
  gboolean      complete;      /* all holds every key, not the first page alone */
  GHashTable   *loaded;        /* id → DaftarSession */
  GCancellable *cancellable;   /* of the worker running, if any */
  gulong        changed_id;
};

enum {
  PROP_0,
  PROP_LOADING,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);
static void show_more (DaftarLogModel *self,
                       gboolean        was_loading);

G_DEFINE_FINAL_TYPE_WITH_CODE (DaftarLogModel, daftar_log_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

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

static void
listing_init (Listing *listing)
{
  listing->keys = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
  listing->days = g_array_new (FALSE, FALSE, sizeof (Day));
  listing->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
}

static void
listing_clear (Listing *listing)
{
  g_clear_pointer (&listing->keys, g_array_unref);
  g_clear_pointer (&listing->days, g_array_unref);
  g_clear_pointer (&listing->entries, g_array_unref);
}

/* @all without the @hidden ids, a heading before each day: in a worker too. */
static void
listing_build (Listing    *listing,
               GArray     *all,
               GHashTable *hidden)
{
  gboolean any_hidden = hidden != NULL && g_hash_table_size (hidden) > 0;

  listing_init (listing);
  for (guint i = 0; i < all->len; i++)
    {
      const DaftarSessionKey *key = &g_array_index (all, DaftarSessionKey, i);
      Entry entry;
      GDate day;

      if (any_hidden && g_hash_table_contains (hidden, &key->id))
        continue;

      day_of_key (key, &day);
      if (listing->days->len == 0 ||
          g_date_compare (&g_array_index (listing->days, Day, listing->days->len - 1).day, &day) != 0)
        {
          Day d = { day, 0, 0 };

          g_array_append_val (listing->days, d);
          entry.is_day = TRUE;
          entry.index = listing->days->len - 1;
          g_array_append_val (listing->entries, entry);
        }

      g_array_index (listing->days, Day, listing->days->len - 1).total_seconds += key->actual_seconds;
      g_array_index (listing->days, Day, listing->days->len - 1).n_sessions++;

      g_array_append_val (listing->keys, *key);
      entry.is_day = FALSE;
      entry.index = listing->keys->len - 1;
      g_array_append_val (listing->entries, entry);
    }
}

static gboolean
entry_equal (const Listing *a,
             guint          i,
             const Listing *b,
             guint          j)
{
  Entry x = g_array_index (a->entries, Entry, i);
  Entry y = g_array_index (b->entries, Entry, j);

  if (x.is_day != y.is_day)
    return FALSE;
  if (x.is_day)
    {
      const Day *d = &g_array_index (a->days, Day, x.index);
      const Day *e = &g_array_index (b->days, Day, y.index);

      return g_date_compare (&d->day, &e->day) == 0 &&
             d->total_seconds == e->total_seconds && d->n_sessions == e->n_sessions;
    }

  return memcmp (&g_array_index (a->keys, DaftarSessionKey, x.index),
                 &g_array_index (b->keys, DaftarSessionKey, y.index), sizeof (DaftarSessionKey)) == 0;
}

/* Whether @b starts with what @a holds, but for the heading at @same, if any:
 * the last day @a shows, with more sessions in @b. */
static gboolean
only_heading_differs (const Listing *a,
                      const Listing *b,
                      guint          same)
{
  guint n = a->entries->len;

  if (same == n)
    return TRUE;
  if (!g_array_index (a->entries, Entry, same).is_day)
    return FALSE;
  for (guint k = same + 1; k < n; k++)
    if (!entry_equal (a, k, b, k))
      return FALSE;
  return TRUE;
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
  g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, n - old_n);
}

static gboolean
show_step_cb (gpointer data)
{
  DaftarLogModel *self = data;

  self->show_id = 0;
  show_more (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* The next step of the listing, or the rest once the list view has made all its
 * rows; the step after that a frame later. @was_loading: what the model said
 * before, to tell when that changes. */
static void
show_more (DaftarLogModel *self,
           gboolean        was_loading)
{
  show_up_to (self, self->n_shown == 0 ? SHOW_FIRST
                    : self->n_shown < SHOW_ALL_FROM ? self->n_shown + SHOW_STEP : G_MAXUINT);
  if (self->n_shown < self->listing.entries->len)
    {
      if (self->show_id == 0)
        self->show_id = g_timeout_add_full (G_PRIORITY_LOW, SHOW_STEP_MS, show_step_cb, self, NULL);
    }
  else
    g_clear_handle_id (&self->show_id, g_source_remove);

  if (was_loading != daftar_log_model_is_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Shows @listing in place of what the list showed. When @grown, the sessions are
 * those shown before and more after them (the rest of the first page): the rows
 * shown stay, and the last day's heading is made again. Otherwise sessions may
 * have changed in place, and every row is made again.
 *
 * A list view looks for the items a change removed among all those it adds, one
 * by one: a change never both removes and adds more than a row, or it would read
 * every session. */
static void
apply_listing (DaftarLogModel *self,
               Listing        *listing,
               gboolean        grown)
{
  guint old_n = self->listing.entries->len;
  guint new_n = listing->entries->len;
  guint same = 0;

  if (grown)
    while (same < old_n && same < new_n && entry_equal (&self->listing, same, listing, same))
      same++;

  if (grown && new_n >= old_n && only_heading_differs (&self->listing, listing, same))
    {
      listing_clear (&self->listing);
      self->listing = *listing;
      memset (listing, 0, sizeof *listing);
      if (same < self->n_shown)
        g_list_model_items_changed (G_LIST_MODEL (self), same, 1, 1);
      if (self->n_shown == old_n)
        show_more (self, daftar_log_model_is_loading (self));
      return;
    }

  g_hash_table_remove_all (self->loaded);
  old_n = self->n_shown;
  listing_clear (&self->listing);
  listing_init (&self->listing);
  self->n_shown = 0;
  if (old_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, 0);

  listing_clear (&self->listing);
  self->listing = *listing;
  memset (listing, 0, sizeof *listing);
  show_more (self, daftar_log_model_is_loading (self));
}

/* The list again from the keys in memory: after hiding or showing a row. */
static void
rebuild (DaftarLogModel *self)
{
  Listing listing;

  listing_build (&listing, self->all, self->hidden);
  apply_listing (self, &listing, FALSE);
}

/* Everything a worker touches is its own: it may be freed in the worker's thread. */
typedef struct
{
  char        *search;
  GHashTable  *hidden;
  guint        hidden_serial;
  gboolean     grown;
  GArray      *all;
  Listing      listing;
} Job;

static void
job_free (Job *job)
{
  g_free (job->search);
  g_clear_pointer (&job->hidden, g_hash_table_unref);
  g_clear_pointer (&job->all, g_array_unref);
  listing_clear (&job->listing);
  g_free (job);
}

static gboolean
read_keys_work (gpointer       data,
                DaftarStore   *reader,
                DaftarFormat  *format,
                GError       **error)
{
  Job *job = data;

  if (!(job->all = daftar_store_list_session_keys (reader, job->search, error)))
    return FALSE;

  listing_build (&job->listing, job->all, job->hidden);
  return TRUE;
}

static void
read_keys_done (gpointer      owner,
                gpointer      data,
                const GError *error)
{
  DaftarLogModel *self = owner;
  Job *job = data;

  if (error != NULL)
    {
      g_warning ("Reading the log: %s", error->message);
      g_clear_object (&self->cancellable);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return;
    }

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->all, g_array_unref);
  self->all = g_steal_pointer (&job->all);
  if (!self->complete)
    {
      self->complete = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
    }
  if (job->hidden_serial == self->hidden_serial)
    apply_listing (self, &job->listing, job->grown);
  else
    rebuild (self);
  /* Still loading while the list grows a step at a time. */
  if (!daftar_log_model_is_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Reads the keys again in a worker, in place of any read still running; the
 * list shows what it had until they come. */
static void
reload_in_worker (DaftarLogModel *self,
                  gboolean        grown)
{
  g_autoptr(GError) error = NULL;
  gboolean was_loading = daftar_log_model_is_loading (self);
  GHashTableIter iter;
  gpointer id;
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
load_page_around (DaftarLogModel *self,
                  guint           key_index)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  guint first = key_index > PAGE_SIZE / 2 ? key_index - PAGE_SIZE / 2 : 0;
  guint last = MIN (first + PAGE_SIZE, self->listing.keys->len);

  for (guint i = first; i < last; i++)
    {
      gint64 id = g_array_index (self->listing.keys, DaftarSessionKey, i).id;

      if (!g_hash_table_contains (self->loaded, &id))
        g_array_append_val (ids, id);
    }

  sessions = daftar_store_get_sessions (self->store, (gint64 *) ids->data, ids->len, &error);
  if (sessions == NULL)
    {
      g_warning ("Reading sessions: %s", error->message);
      return;
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      DaftarSession *session = g_ptr_array_index (sessions, i);

      g_hash_table_insert (self->loaded, &session->id, session);
    }
  g_ptr_array_set_free_func (sessions, NULL);
}

static GType
daftar_log_model_get_item_type (GListModel *model)
{
  return DAFTAR_TYPE_LOG_ITEM;
}

static guint
daftar_log_model_get_n_items (GListModel *model)
{
  return DAFTAR_LOG_MODEL (model)->n_shown;
}

static gpointer
daftar_log_model_get_item (GListModel *model,
                           guint       position)
{
  DaftarLogModel *self = DAFTAR_LOG_MODEL (model);
  const DaftarSessionKey *key;
  DaftarSession *session;
  Entry entry;

  if (position >= self->n_shown)
    return NULL;

  entry = g_array_index (self->listing.entries, Entry, position);
  if (entry.is_day)
    {
      const Day *day = &g_array_index (self->listing.days, Day, entry.index);

      return daftar_log_item_new_day (&day->day, day->total_seconds, day->n_sessions);
    }

  key = &g_array_index (self->listing.keys, DaftarSessionKey, entry.index);
  session = g_hash_table_lookup (self->loaded, &key->id);
  if (session == NULL)
    {
      load_page_around (self, entry.index);
      session = g_hash_table_lookup (self->loaded, &key->id);
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
  if (changes & (DAFTAR_STORE_CHANGE_SESSIONS | DAFTAR_STORE_CHANGE_PROJECTS | DAFTAR_STORE_CHANGE_TOOLS))
    reload_in_worker (self, FALSE);
}

static void
daftar_log_model_dispose (GObject *object)
{
  DaftarLogModel *self = (DaftarLogModel *)object;

  g_clear_signal_handler (&self->changed_id, self->store);
  daftar_worker_cancel (&self->cancellable);
  g_clear_handle_id (&self->show_id, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (daftar_log_model_parent_class)->dispose (object);
}

static void
daftar_log_model_finalize (GObject *object)
{
  DaftarLogModel *self = (DaftarLogModel *)object;

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->all, g_array_unref);
  listing_clear (&self->listing);
  g_clear_pointer (&self->loaded, g_hash_table_unref);

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
  listing_init (&self->listing);
  self->loaded = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                        (GDestroyNotify) daftar_session_free);
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
  reload_in_worker (self, FALSE);
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
  if (hidden || self->cancellable == NULL)
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
