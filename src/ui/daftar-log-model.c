/* daftar-log-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model knows every session's place from its key (id, start, offset and
 * length, read from the index), which is enough for its length and its day
 * headings. A session is read in full only when the list asks for its row,
 * a page at a time, so a ledger of 100,000 sessions never loads them all.
 */
#define G_LOG_DOMAIN "daftar-log-model"

#include "config.h"

#include "daftar-log-item.h"
#include "daftar-log-model.h"

#define PAGE_SIZE 64

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

struct _DaftarLogModel
{
  GObject      parent_instance;

  DaftarStore *store;
  char        *search;
  GHashTable  *hidden;     /* ids waiting to be deleted, for undo */
  GArray      *keys;       /* DaftarSessionKey, newest first */
  GArray      *days;       /* Day */
  GArray      *entries;    /* Entry */
  GHashTable  *loaded;     /* id → DaftarSession */
  gulong       changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

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
rebuild (DaftarLogModel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keys = NULL;
  guint old_n = self->entries->len;

  keys = daftar_store_list_session_keys (self->store, self->search, &error);
  if (keys == NULL)
    {
      g_warning ("Reading the log: %s", error->message);
      keys = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
    }

  g_array_set_size (self->entries, 0);
  g_array_set_size (self->days, 0);
  g_array_set_size (self->keys, 0);
  g_hash_table_remove_all (self->loaded);

  for (guint i = 0; i < keys->len; i++)
    {
      const DaftarSessionKey *key = &g_array_index (keys, DaftarSessionKey, i);
      Entry entry;
      GDate day;

      if (g_hash_table_contains (self->hidden, &key->id))
        continue;

      day_of_key (key, &day);
      if (self->days->len == 0 ||
          g_date_compare (&g_array_index (self->days, Day, self->days->len - 1).day, &day) != 0)
        {
          Day d = { day, 0, 0 };

          g_array_append_val (self->days, d);
          entry.is_day = TRUE;
          entry.index = self->days->len - 1;
          g_array_append_val (self->entries, entry);
        }

      g_array_index (self->days, Day, self->days->len - 1).total_seconds += key->actual_seconds;
      g_array_index (self->days, Day, self->days->len - 1).n_sessions++;

      g_array_append_val (self->keys, *key);
      entry.is_day = FALSE;
      entry.index = self->keys->len - 1;
      g_array_append_val (self->entries, entry);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->entries->len);
}

static void
load_page_around (DaftarLogModel *self,
                  guint           key_index)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  guint first = key_index > PAGE_SIZE / 2 ? key_index - PAGE_SIZE / 2 : 0;
  guint last = MIN (first + PAGE_SIZE, self->keys->len);

  for (guint i = first; i < last; i++)
    {
      gint64 id = g_array_index (self->keys, DaftarSessionKey, i).id;

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
  return DAFTAR_LOG_MODEL (model)->entries->len;
}

static gpointer
daftar_log_model_get_item (GListModel *model,
                           guint       position)
{
  DaftarLogModel *self = DAFTAR_LOG_MODEL (model);
  const DaftarSessionKey *key;
  DaftarSession *session;
  Entry entry;

  if (position >= self->entries->len)
    return NULL;

  entry = g_array_index (self->entries, Entry, position);
  if (entry.is_day)
    {
      const Day *day = &g_array_index (self->days, Day, entry.index);

      return daftar_log_item_new_day (&day->day, day->total_seconds, day->n_sessions);
    }

  key = &g_array_index (self->keys, DaftarSessionKey, entry.index);
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
    rebuild (self);
}

static void
daftar_log_model_dispose (GObject *object)
{
  DaftarLogModel *self = (DaftarLogModel *)object;

  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (daftar_log_model_parent_class)->dispose (object);
}

static void
daftar_log_model_finalize (GObject *object)
{
  DaftarLogModel *self = (DaftarLogModel *)object;

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->keys, g_array_unref);
  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->loaded, g_hash_table_unref);

  G_OBJECT_CLASS (daftar_log_model_parent_class)->finalize (object);
}

static void
daftar_log_model_class_init (DaftarLogModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = daftar_log_model_dispose;
  object_class->finalize = daftar_log_model_finalize;
}

static void
daftar_log_model_init (DaftarLogModel *self)
{
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->keys = g_array_new (FALSE, FALSE, sizeof (DaftarSessionKey));
  self->days = g_array_new (FALSE, FALSE, sizeof (Day));
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
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

void
daftar_log_model_reload (DaftarLogModel *self)
{
  g_return_if_fail (DAFTAR_IS_LOG_MODEL (self));
  rebuild (self);
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
  rebuild (self);
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
  rebuild (self);
}

guint
daftar_log_model_get_n_sessions (DaftarLogModel *self)
{
  g_return_val_if_fail (DAFTAR_IS_LOG_MODEL (self), 0);
  return self->keys->len;
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
