/* daftar-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-application"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-application.h"
#include "daftar-context.h"
#include "daftar-store.h"
#include "daftar-store-market.h"
#include "daftar-timer-watch.h"
#include "daftar-ui-format.h"
#include "daftar-window.h"

struct _DaftarApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  DaftarStore    *store;
  DaftarContext  *context;      /* the one: store, settings, format, fee rules, market, feed, clock */
  GError         *store_error;
  guint           feed_id;      /* the background refresh, not yet started */
  gboolean        feed_checked;
  DaftarTimerWatch *timer_watch; /* idle question and notifications */
};

G_DEFINE_FINAL_TYPE (DaftarApplication, daftar_application, ADW_TYPE_APPLICATION)

DaftarApplication *
daftar_application_new (void)
{
  return g_object_new (DAFTAR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * daftar_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the app's settings, or %NULL when the
 *   schema is not installed (an uninstalled build run by hand)
 */
GSettings *
daftar_application_get_settings (DaftarApplication *self)
{
  g_return_val_if_fail (DAFTAR_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * daftar_application_get_context:
 *
 * Returns: (transfer none) (nullable): what the window, its pages and dialogs
 *   are handed; %NULL before startup
 */
DaftarContext *
daftar_application_get_context (DaftarApplication *self)
{
  g_return_val_if_fail (DAFTAR_IS_APPLICATION (self), NULL);
  return self->context;
}

/**
 * daftar_application_get_timer_watch:
 *
 * Returns: (transfer none) (nullable): what watches the running timer
 */
DaftarTimerWatch *
daftar_application_get_timer_watch (DaftarApplication *self)
{
  g_return_val_if_fail (DAFTAR_IS_APPLICATION (self), NULL);
  return self->timer_watch;
}

/* The background refresh: once a run, when a feed address is set and no refresh has
 * worked for a week. Never blocks; a failure is only recorded, for the Earnings page. */
static void
background_refreshed_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(DaftarApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (daftar_feed_refresh_finish (DAFTAR_FEED (object), result, NULL, &error))
    {
      if (self->settings != NULL)
        g_settings_set_int64 (self->settings, "market-last-refresh",
                              daftar_context_now (self->context));
    }
  else
    g_debug ("The background market data refresh failed: %s", error->message);
}

static gboolean
background_refresh_cb (gpointer user_data)
{
  DaftarApplication *self = user_data;
  g_autoptr(DaftarMarketState) state = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;

  self->feed_id = 0;
  if (self->settings == NULL || self->store == NULL)
    return G_SOURCE_REMOVE;

  url = g_strstrip (g_settings_get_string (self->settings, "market-feed-url"));
  if (url[0] == '\0')
    return G_SOURCE_REMOVE;

  if (!(state = daftar_store_get_market_state (self->store, &error)))
    {
      g_warning ("Reading the market data’s state: %s", error->message);
      return G_SOURCE_REMOVE;
    }
  if (!daftar_market_refresh_is_due (state, daftar_context_now (self->context)))
    return G_SOURCE_REMOVE;

  /* The context's feed: the Earnings page's refresh and this one are the same object. */
  daftar_feed_refresh_async (daftar_context_get_feed (self->context), url, NULL,
                             background_refreshed_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
daftar_application_activate (GApplication *app)
{
  DaftarApplication *self = DAFTAR_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (daftar_window_new (self, self->context, self->store_error));

  gtk_window_present (window);
  if (self->timer_watch != NULL)
    daftar_timer_watch_activated (self->timer_watch);

  /* After the first window is on screen. */
  if (!self->feed_checked)
    {
      self->feed_checked = TRUE;
      self->feed_id = g_timeout_add_seconds (3, background_refresh_cb, self);
    }
}

static void
daftar_application_startup (GApplication *app)
{
  DaftarApplication *self = DAFTAR_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *path = NULL;

  G_APPLICATION_CLASS (daftar_application_parent_class)->startup (app);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_warning ("The settings schema %s is not installed; settings will not be kept", APP_ID);

  /* The context first: the ledger's messages, even on opening, are in its digits. */
  self->context = daftar_context_new (NULL, self->settings);

  path = daftar_store_default_path ();
  self->store = daftar_store_open_with_format (path, daftar_context_get_format (self->context),
                                               &self->store_error);
  if (self->store == NULL)
    g_warning ("%s", self->store_error->message);
  else
    daftar_context_set_store (self->context, self->store);
  if (self->store != NULL && self->settings != NULL)
    self->timer_watch = daftar_timer_watch_new (GTK_APPLICATION (self), self->context);
}

/* Quitting leaves the ledger one file: what sits in daftar.db-wal is moved in. */
static void
daftar_application_shutdown (GApplication *app)
{
  DaftarApplication *self = DAFTAR_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->feed_id, g_source_remove);
  if (self->timer_watch != NULL)
    daftar_timer_watch_shutdown (self->timer_watch);
  if (self->store != NULL && !daftar_store_close (self->store, &error))
    g_message ("The ledger stays in two files until another program closes it: %s", error->message);

  G_APPLICATION_CLASS (daftar_application_parent_class)->shutdown (app);
}

static void
daftar_application_finalize (GObject *object)
{
  DaftarApplication *self = (DaftarApplication *)object;

  g_clear_handle_id (&self->feed_id, g_source_remove);
  g_clear_object (&self->timer_watch);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (daftar_application_parent_class)->finalize (object);
}

static void
daftar_application_class_init (DaftarApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = daftar_application_finalize;
  app_class->activate = daftar_application_activate;
  app_class->startup = daftar_application_startup;
  app_class->shutdown = daftar_application_shutdown;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Daftar developers", NULL };

  /* libadwaita 1.5's dialog adapts to a narrow window (a bottom sheet); 1.2 has a window. */
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_show_about_dialog (GTK_WIDGET (gtk_application_get_active_window (app)),
#else
  adw_show_about_window (gtk_application_get_active_window (app),
#endif
                         "application-name", _("Daftar"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Daftar developers"),
                         "developers", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         "comments", _("Log freelance hours, fees and AI tools, and see your real hourly rate"),
                         "website", "https://github.com/daftar/daftar",
                         "issue-url", "https://github.com/daftar/daftar/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
daftar_application_init (DaftarApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-shortcuts", help_accels);
}
