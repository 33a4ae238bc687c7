/* daftar-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-window"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-window.h"

struct _DaftarWindow
{
  AdwApplicationWindow  parent_instance;

  DaftarStore          *store;

  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (DaftarWindow, daftar_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * daftar_window_new:
 * @store: (nullable): the open ledger
 * @store_error: (nullable): why the ledger could not be opened
 */
DaftarWindow *
daftar_window_new (DaftarApplication *application,
                   DaftarStore       *store,
                   const GError      *store_error)
{
  DaftarWindow *self = g_object_new (DAFTAR_TYPE_WINDOW,
                                     "application", application,
                                     "store", store,
                                     NULL);

  if (store_error != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (store_error->message, -1);

      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }

  return self;
}

static void
update_empty_page (DaftarWindow *self)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  projects = daftar_store_list_projects (self->store, TRUE, &error);
  if (projects == NULL)
    {
      g_warning ("Listing projects: %s", error->message);
      return;
    }

  /* A path reads left to right even in a right-to-left sentence. */
  escaped = g_markup_escape_text (daftar_store_get_path (self->store), -1);
  path = g_strdup_printf ("\u2066%s\u2069", escaped);
  if (projects->len == 0)
    description = g_strdup_printf (_("Daftar keeps your projects, hours, fees and AI tools in one ledger on this computer, at <tt>%s</tt>. It is empty for now: add a first project with <tt>daftar-cli project add</tt>."),
                                   path);
  else
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Your ledger at <tt>%2$s</tt> holds %1$u project.",
                                                "Your ledger at <tt>%2$s</tt> holds %1$u projects.",
                                                projects->len),
                                   projects->len, path);

  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
bind_settings (DaftarWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings;

  if (!DAFTAR_IS_APPLICATION (app))
    return;

  settings = daftar_application_get_settings (DAFTAR_APPLICATION (app));
  if (settings == NULL)
    return;

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

static void
daftar_window_constructed (GObject *object)
{
  DaftarWindow *self = (DaftarWindow *)object;

  G_OBJECT_CLASS (daftar_window_parent_class)->constructed (object);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  bind_settings (self);
  update_empty_page (self);
}

static void
daftar_window_dispose (GObject *object)
{
  DaftarWindow *self = (DaftarWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (daftar_window_parent_class)->dispose (object);
}

static void
daftar_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DaftarWindow *self = DAFTAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DaftarWindow *self = DAFTAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_window_class_init (DaftarWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_window_constructed;
  object_class->dispose = daftar_window_dispose;
  object_class->get_property = daftar_window_get_property;
  object_class->set_property = daftar_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DAFTAR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DaftarWindow, error_page);
}

static void
daftar_window_init (DaftarWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
