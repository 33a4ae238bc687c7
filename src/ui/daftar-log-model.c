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
 *
 * Letting a row go costs about a fifth of making one, and a list view in GTK 4.8
 * lets all its rows go in the change that removes their items: when a search
 * replaces a long list, the old rows go a few at a time too, a step a frame,
 * before the new list's first screenful. The frame with the worker's answer
 * only takes it in; the next step drops the items the list has no rows for, all
 * at once, and the steps after that the rows, from the last. The model knows
 * which items have rows: those it made that are still alive.
 */
#define G_LOG_DOMAIN "daftar-log-model"

#include "config.h"

#include <string.h>

#include "daftar-log-item.h"
#include "daftar-log-listing.h"
#include "daftar-log-model.h"
#include "daftar-store-search.h"
#include "daftar-worker.h"

/* The newest sessions, read at once: more than a tall window shows. */
#define FIRST_PAGE 200
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
row_gone_cb (gpointer  data,
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
          g_object_weak_unref (item, row_gone_cb, self);
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
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
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
static void
apply_listing (DaftarLogModel   *self,
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
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }
}

/* The list again from the keys in memory: after hiding or showing a row. */
static void
rebuild (DaftarLogModel *self)
{
  DaftarLogListing listing;

  daftar_log_listing_build (&listing, self->all, self->hidden);
  apply_listing (self, &listing, FALSE);
}

/* Everything a worker touches is its own: it may be freed in the worker's thread. */
typedef struct
{
  char        *search;
  GHashTable  *hidden;
  guint        hidden_serial;
  gboolean     grown;
  gboolean     first_page;   /* a search's newest matches only; the rest after */
  GArray      *all;
  DaftarLogListing listing;
} Job;

static void
job_free (Job *job)
{
  g_free (job->search);
  g_clear_pointer (&job->hidden, g_hash_table_unref);
  g_clear_pointer (&job->all, g_array_unref);
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

  daftar_log_listing_build (&job->listing, job->all, job->hidden);
  return TRUE;
}

static void start_worker (DaftarLogModel *self,
                          gboolean        grown,
                          gboolean        first_page);

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
  g_clear_pointer (&self->all, g_array_unref);
  self->all = g_steal_pointer (&job->all);
  /* A search's first page is shown at once; the rest of its matches follow. */
  more = job->first_page && self->all->len >= FIRST_PAGE;
  if (self->complete == more)
    {
      self->complete = !more;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
    }
  if (job->hidden_serial == self->hidden_serial)
    apply_listing (self, &job->listing, job->grown);
  else
    rebuild (self);
  if (more)
    {
      start_worker (self, TRUE, FALSE);
      return;
    }
  /* Still loading while the list grows a step at a time. */
  if (!daftar_log_model_is_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Reads the keys again in a worker, in place of any read still running; the
 * list shows what it had until they come. @first_page: a search's newest
 * matches first, then the rest in another worker. */
static void
start_worker (DaftarLogModel *self,
              gboolean        grown,
              gboolean        first_page)
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
  job->first_page = first_page;
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
  start_worker (self, grown, FALSE);
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
  g_object_weak_ref (G_OBJECT (item), row_gone_cb, self);
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
  if (changes & (DAFTAR_STORE_CHANGE_SESSIONS | DAFTAR_STORE_CHANGE_PROJECTS | DAFTAR_STORE_CHANGE_TOOLS))
    reload_in_worker (self, FALSE);
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
    g_object_weak_unref (item, row_gone_cb, self);
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
  start_worker (self, FALSE, search != NULL && *search != '\0');
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
