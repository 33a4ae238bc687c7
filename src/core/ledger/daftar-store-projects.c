/* daftar-store-projects.c — platforms, clients and projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-format.h"
#include "daftar-message.h"
#include "daftar-store-private.h"
#include "daftar-text.h"

static const DaftarColumn platform_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarPlatform, id) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarPlatform, key) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarPlatform, name) },
  { DAFTAR_COLUMN_BOOLEAN, G_STRUCT_OFFSET (DaftarPlatform, builtin) },
};

static const DaftarRecordType platform_type = {
  sizeof (DaftarPlatform), platform_columns, G_N_ELEMENTS (platform_columns), (GDestroyNotify) daftar_platform_free,
};

/**
 * daftar_store_list_platforms:
 *
 * Returns: (transfer full) (element-type DaftarPlatform): platforms, built-in first
 */
GPtrArray *
daftar_store_list_platforms (DaftarStore  *self,
                             GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT id, key, name, builtin FROM platforms "
                                     "ORDER BY builtin DESC, id", error)))
    return NULL;

  return daftar_store_list_records (self, stmt, &platform_type, error);
}

/**
 * daftar_store_find_platform:
 * @key_or_name: a platform key ("upwork"), its name ("Freelancer.com") or its id
 *
 * Returns: (transfer full): the platform, or %NULL with a validation error
 */
DaftarPlatform *
daftar_store_find_platform (DaftarStore  *self,
                            const char   *key_or_name,
                            GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (key_or_name == NULL)
    key_or_name = "";

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT id, key, name, builtin FROM platforms "
                                     "WHERE key = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE "
                                     "OR CAST (id AS TEXT) = ?1 "
                                     "ORDER BY (key = ?1 COLLATE NOCASE) DESC LIMIT 1", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, key_or_name, -1, SQLITE_TRANSIENT);
  if (!daftar_store_step_row (self, stmt, &row, error))
    return NULL;
  if (row)
    return daftar_stmt_read_record (stmt, &platform_type);

  {
    g_autofree char *shown = daftar_text_isolate (key_or_name);

    g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PLATFORM,
                 _("There is no platform called “%s”. Known platforms are Upwork, Fiverr, Freelancer.com, PeoplePerHour, Outlier, Mercor, DataAnnotation, Remotasks, Prolific, direct and other."),
                 shown);
  }
  return NULL;
}

/**
 * daftar_store_ensure_client:
 * @name: (nullable): a client's name; blank means none
 *
 * Returns: the client's id, created if new; 0 for none; -1 on error
 */
gint64
daftar_store_ensure_client (DaftarStore  *self,
                            const char   *name,
                            GError      **error)
{
  g_autoptr(DaftarStmt) insert = NULL;
  g_autoptr(DaftarStmt) select = NULL;
  g_autofree char *trimmed = NULL;
  int rc;

  if (name == NULL)
    return 0;

  trimmed = daftar_text_clean_name (name);
  if (*trimmed == '\0')
    return 0;

  if (!(insert = daftar_store_prepare (self,
                                       "INSERT INTO clients (name, name_key) VALUES (?1, daftar_fold (?1)) "
                                       "ON CONFLICT DO NOTHING", error)))
    return -1;

  sqlite3_bind_text (insert, 1, trimmed, -1, SQLITE_TRANSIENT);
  if (!daftar_store_step_done (self, insert, error))
    return -1;

  if (!(select = daftar_store_prepare (self, "SELECT id FROM clients WHERE name_key = daftar_fold (?1)",
                                       error)))
    return -1;

  sqlite3_bind_text (select, 1, trimmed, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (select);
  if (rc != SQLITE_ROW)
    {
      daftar_store_set_sql_error (self, rc, error);
      return -1;
    }

  return sqlite3_column_int64 (select, 0);
}

static gboolean
project_name_taken (DaftarStore  *self,
                    const char   *name,
                    gint64        except_id,
                    gboolean     *out_taken,
                    GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(stmt = daftar_store_prepare (self,
                                     "SELECT 1 FROM projects WHERE name_key = daftar_fold (?1) AND id <> ?2",
                                     error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, except_id);
  return daftar_store_step_row (self, stmt, out_taken, error);
}

/* The draft's specialty, already validated: its key, or NULL. */
static void
bind_specialty (DaftarStmt               *stmt,
                int                       column,
                const DaftarProjectDraft *draft)
{
  DaftarSpecialty specialty = DAFTAR_N_SPECIALTIES;

  if (daftar_validate_specialty (draft->specialty, draft->category, &specialty, NULL) &&
      specialty < DAFTAR_N_SPECIALTIES)
    sqlite3_bind_text (stmt, column, daftar_specialty_to_key (specialty), -1, SQLITE_STATIC);
}

/* Binds @draft to @stmt from ?@first on: name, client, platform, category, pricing,
 * currency, rate, price and specialty.  Refuses a name another project than @id has;
 * adds the client to the ledger when it is new. */
static gboolean
bind_project (DaftarStore              *self,
              DaftarStmt               *stmt,
              int                       first,
              gint64                    id,
              const DaftarProjectDraft *draft,
              GError                  **error)
{
  g_autoptr(DaftarPlatform) platform = NULL;
  g_autofree char *name = daftar_text_clean_name (draft->name);
  char currency[4];
  gboolean taken = FALSE;
  gint64 client_id;

  if (!(platform = daftar_store_find_platform (self, draft->platform, error)) ||
      !project_name_taken (self, name, id, &taken, error))
    return FALSE;

  if (taken)
    {
      g_autofree char *shown = daftar_text_isolate (name);

      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DUPLICATE,
                   _("A project called “%s” already exists. Choose another name."), shown);
      return FALSE;
    }

  if (!daftar_currency_normalize (draft->currency, currency, error) ||
      (client_id = daftar_store_ensure_client (self, draft->client, error)) < 0)
    return FALSE;

  sqlite3_bind_text (stmt, first, name, -1, SQLITE_TRANSIENT);
  if (client_id > 0)
    sqlite3_bind_int64 (stmt, first + 1, client_id);
  sqlite3_bind_int64 (stmt, first + 2, platform->id);
  sqlite3_bind_text (stmt, first + 3, daftar_category_to_key (draft->category), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 4, daftar_pricing_to_key (draft->pricing), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 5, currency, -1, SQLITE_TRANSIENT);
  if (draft->has_rate)
    sqlite3_bind_int64 (stmt, first + 6, draft->rate_minor);
  if (draft->has_price)
    sqlite3_bind_int64 (stmt, first + 7, draft->price_minor);
  bind_specialty (stmt, first + 8, draft);
  return TRUE;
}

static gboolean
insert_project (DaftarStore              *self,
                const DaftarProjectDraft *draft,
                gint64                   *out_id,
                GError                  **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(stmt = daftar_store_prepare (self,
                                     "INSERT INTO projects (name, name_key, client_id, platform_id, category, "
                                     "  pricing, currency, rate_minor, price_minor, specialty, created_utc) "
                                     "VALUES (?1, daftar_fold (?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, unixepoch ())",
                                     error)) ||
      !bind_project (self, stmt, 1, 0, draft, error) ||
      !daftar_store_step_done (self, stmt, error))
    return FALSE;

  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (self->db);

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_PROJECTS);
  return TRUE;
}

/**
 * daftar_store_add_project:
 * @out_id: (out) (optional): the new project's id
 *
 * Validates @draft and writes it in one transaction; writes nothing on error.
 */
gboolean
daftar_store_add_project (DaftarStore              *self,
                          const DaftarProjectDraft *draft,
                          gint64                   *out_id,
                          GError                  **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!daftar_validate_project_draft (draft, self->format, error))
    return FALSE;

  if (!daftar_store_begin (self, error))
    return FALSE;

  return daftar_store_end (self, insert_project (self, draft, out_id, error), 0, error);
}

#define PROJECT_COLUMNS \
  "SELECT p.id, p.name, c.name, p.platform_id, pl.key, pl.name, p.category, p.pricing, " \
  "  p.currency, p.rate_minor, p.price_minor, p.archived, p.created_utc, p.specialty " \
  "FROM projects p JOIN platforms pl ON pl.id = p.platform_id " \
  "LEFT JOIN clients c ON c.id = p.client_id "

/* Columns 6, 7 and 13, keys, are read by project_from_row. */
static const DaftarColumn project_columns[] = {
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarProject, id) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarProject, name) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarProject, client) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarProject, platform_id) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarProject, platform_key) },
  { DAFTAR_COLUMN_TEXT, G_STRUCT_OFFSET (DaftarProject, platform_name) },
  { DAFTAR_COLUMN_SKIP },
  { DAFTAR_COLUMN_SKIP },
  { DAFTAR_COLUMN_CHARS, G_STRUCT_OFFSET (DaftarProject, currency), 0, G_SIZEOF_MEMBER (DaftarProject, currency) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarProject, rate_minor), G_STRUCT_OFFSET (DaftarProject, has_rate) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarProject, price_minor), G_STRUCT_OFFSET (DaftarProject, has_price) },
  { DAFTAR_COLUMN_BOOLEAN, G_STRUCT_OFFSET (DaftarProject, archived) },
  { DAFTAR_COLUMN_INT64, G_STRUCT_OFFSET (DaftarProject, created_utc) },
};

static const DaftarRecordType project_type = {
  sizeof (DaftarProject), project_columns, G_N_ELEMENTS (project_columns), (GDestroyNotify) daftar_project_free,
};

static gpointer
project_from_row (DaftarStmt *stmt)
{
  DaftarProject *project = daftar_stmt_read_record (stmt, &project_type);

  if (!daftar_category_from_key ((const char *) sqlite3_column_text (stmt, 6), &project->category))
    project->category = DAFTAR_CATEGORY_OTHER;
  if (!daftar_pricing_from_key ((const char *) sqlite3_column_text (stmt, 7), &project->pricing))
    project->pricing = DAFTAR_PRICING_HOURLY;
  project->has_specialty = daftar_specialty_from_key ((const char *) sqlite3_column_text (stmt, 13),
                                                      &project->specialty);
  return project;
}

/* When a project's last session or its running timer started, -1 for never */
#define LAST_START(project) \
  "MAX (IFNULL ((SELECT MAX (s.start_utc) FROM sessions s WHERE s.project_id = " project "), -1), " \
  "     IFNULL ((SELECT t.start_utc FROM timer t WHERE t.project_id = " project "), -1))"

static GPtrArray *
list_projects (DaftarStore  *self,
               gboolean      include_archived,
               const char   *sql,   /* static: the store keeps it as a key */
               GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(stmt = daftar_store_prepare (self, sql, error)))
    return NULL;

  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);
  return daftar_store_list_rows (self, stmt, project_from_row, (GDestroyNotify) daftar_project_free, error);
}

/**
 * daftar_store_list_projects:
 *
 * Returns: (transfer full) (element-type DaftarProject): projects by name
 */
GPtrArray *
daftar_store_list_projects (DaftarStore  *self,
                            gboolean      include_archived,
                            GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  return list_projects (self, include_archived,
                        PROJECT_COLUMNS
                        "WHERE ?1 OR p.archived = 0 "
                        "ORDER BY p.name COLLATE NOCASE, p.id", error);
}

/**
 * daftar_store_list_recent_projects:
 * @out_last_id: (out) (optional): the project whose session or timer started
 *   last, 0 when no project has either
 *
 * Returns: (transfer full): the projects not archived, the one whose last
 *   session or running timer started most recently first; projects never
 *   timed follow by name
 */
GPtrArray *
daftar_store_list_recent_projects (DaftarStore  *self,
                                   gint64       *out_last_id,
                                   GError      **error)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(DaftarStmt) stmt = NULL;
  gint64 first_id;
  int rc;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  if (out_last_id != NULL)
    *out_last_id = 0;

  projects = list_projects (self, FALSE,
                            PROJECT_COLUMNS
                            "WHERE ?1 OR p.archived = 0 "
                            "ORDER BY " LAST_START ("p.id") " DESC, "
                            "p.name COLLATE NOCASE, p.id", error);
  if (projects == NULL || projects->len == 0 || out_last_id == NULL)
    return g_steal_pointer (&projects);

  first_id = ((DaftarProject *) g_ptr_array_index (projects, 0))->id;
  if (!(stmt = daftar_store_prepare (self, "SELECT " LAST_START ("?1"), error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, first_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      daftar_store_set_sql_error (self, rc, error);
      return NULL;
    }
  if (sqlite3_column_int64 (stmt, 0) >= 0)
    *out_last_id = first_id;

  return g_steal_pointer (&projects);
}

DaftarProject *
daftar_store_get_project (DaftarStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  return daftar_store_get_row (self, PROJECT_COLUMNS "WHERE p.id = ?1", id, project_from_row,
                               DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT, error,
                               _("There is no project with the number %s."));
}

/**
 * daftar_store_find_project:
 * @name_or_id: a project's name, in any case (Unicode's full case folding), or its number
 *
 * Returns: (transfer full): the project, or %NULL with a validation error
 */
DaftarProject *
daftar_store_find_project (DaftarStore  *self,
                           const char   *name_or_id,
                           GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;
  g_autofree char *trimmed = NULL;
  gboolean row;

  g_return_val_if_fail (DAFTAR_IS_STORE (self), NULL);

  trimmed = daftar_text_clean_name (name_or_id);

  if (!(stmt = daftar_store_prepare (self,
                                     PROJECT_COLUMNS
                                     "WHERE p.name_key = daftar_fold (?1) OR CAST (p.id AS TEXT) = ?1 "
                                     "ORDER BY (p.name_key = daftar_fold (?1)) DESC LIMIT 1", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  if (!daftar_store_step_row (self, stmt, &row, error))
    return NULL;
  if (row)
    return project_from_row (stmt);

  {
    g_autofree char *shown = daftar_text_isolate (trimmed);

    g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT,
                 _("There is no project called “%s”. Check the name, or add the project first."),
                 shown);
  }
  return NULL;
}

static gboolean
write_project (DaftarStore              *self,
               gint64                    id,
               const DaftarProjectDraft *draft,
               GError                  **error)
{
  g_autoptr(DaftarProject) existing = NULL;
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(existing = daftar_store_get_project (self, id, error)) ||
      !(stmt = daftar_store_prepare (self,
                                     "UPDATE projects SET name = ?2, name_key = daftar_fold (?2), "
                                     "  client_id = ?3, platform_id = ?4, "
                                     "  category = ?5, pricing = ?6, currency = ?7, rate_minor = ?8, "
                                     "  price_minor = ?9, specialty = ?10 WHERE id = ?1", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!bind_project (self, stmt, 2, id, draft, error) ||
      !daftar_store_step_done (self, stmt, error))
    return FALSE;

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_PROJECTS | DAFTAR_STORE_CHANGE_SESSIONS);
  return TRUE;
}

/**
 * daftar_store_update_project:
 *
 * Replaces a project's details with @draft, validated as for a new project;
 * writes nothing on error.
 */
gboolean
daftar_store_update_project (DaftarStore              *self,
                             gint64                    id,
                             const DaftarProjectDraft *draft,
                             GError                  **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!daftar_validate_project_draft (draft, self->format, error) ||
      !daftar_store_begin (self, error))
    return FALSE;

  return daftar_store_end (self, write_project (self, id, draft, error), 0, error);
}

static gboolean
run_on_project (DaftarStore  *self,
                const char   *sql,
                gint64        id,
                int           value,
                GError      **error)
{
  g_autoptr(DaftarStmt) stmt = NULL;

  if (!(stmt = daftar_store_prepare (self, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, value);
  if (!daftar_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      daftar_message_set_error_id (self->format, error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT,
                   _("There is no project with the number %s."), id);
      return FALSE;
    }

  daftar_store_note_change (self, DAFTAR_STORE_CHANGE_PROJECTS | DAFTAR_STORE_CHANGE_SESSIONS |
                                  DAFTAR_STORE_CHANGE_PAYMENTS | DAFTAR_STORE_CHANGE_TIMER);
  return TRUE;
}

/**
 * daftar_store_set_project_archived:
 *
 * An archived project keeps its sessions but leaves the everyday lists.
 */
gboolean
daftar_store_set_project_archived (DaftarStore  *self,
                                   gint64        id,
                                   gboolean      archived,
                                   GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  return run_on_project (self, "UPDATE projects SET archived = ?2 WHERE id = ?1",
                         id, archived ? 1 : 0, error);
}

/**
 * daftar_store_delete_project:
 *
 * Deletes a project with its sessions, payments and running timer, in one
 * transaction. The app offers undo by deleting only when the undo toast goes.
 */
gboolean
daftar_store_delete_project (DaftarStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (DAFTAR_IS_STORE (self), FALSE);

  if (!daftar_store_begin (self, error))
    return FALSE;

  /* ?2 is unused; one helper binds both. */
  return daftar_store_end (self,
                           daftar_store_unindex_project (self, id, error) &&
                           run_on_project (self, "DELETE FROM projects WHERE id = ?1 AND ?2 = ?2",
                                           id, 0, error),
                           0, error);
}
