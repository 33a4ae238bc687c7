/* daftar-project-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-project-item"

#include "config.h"

#include "daftar-project-item.h"

struct _DaftarProjectItem
{
  GObject        parent_instance;

  DaftarProject *project;
  gint64         month_seconds;
};

G_DEFINE_FINAL_TYPE (DaftarProjectItem, daftar_project_item, G_TYPE_OBJECT)

static void
daftar_project_item_finalize (GObject *object)
{
  DaftarProjectItem *self = (DaftarProjectItem *)object;

  g_clear_pointer (&self->project, daftar_project_free);

  G_OBJECT_CLASS (daftar_project_item_parent_class)->finalize (object);
}

static void
daftar_project_item_class_init (DaftarProjectItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = daftar_project_item_finalize;
}

static void
daftar_project_item_init (DaftarProjectItem *self)
{
}

/**
 * daftar_project_item_new:
 * @project: (transfer full): the project
 */
DaftarProjectItem *
daftar_project_item_new (DaftarProject *project,
                         gint64         month_seconds)
{
  DaftarProjectItem *self = g_object_new (DAFTAR_TYPE_PROJECT_ITEM, NULL);

  self->project = project;
  self->month_seconds = month_seconds;
  return self;
}

const DaftarProject *
daftar_project_item_get_project (DaftarProjectItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECT_ITEM (self), NULL);
  return self->project;
}

gint64
daftar_project_item_get_month_seconds (DaftarProjectItem *self)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECT_ITEM (self), 0);
  return self->month_seconds;
}
