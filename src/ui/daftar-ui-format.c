/* daftar-ui-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One DaftarFormat for the whole app, built from the language in force and
 * the user's digit and calendar preferences, so native digits and calendars
 * reach every page at once.
 */
#define G_LOG_DOMAIN "daftar-ui-format"

#include "config.h"

#include "daftar-context.h"
#include "daftar-period.h"
#include "daftar-store-report.h"
#include "daftar-ui-format.h"

/* The application's context (not held: the application owns it); a test that
 * builds pages without one gets a context of its own, with the locale's defaults. */
static DaftarContext *app_context;
static DaftarContext *own_context;

static void
format_changed_cb (DaftarContext *context)
{
  /* Core's messages write their numbers as the pages do. */
  daftar_format_set_for_messages (daftar_context_get_format (context));
}

/**
 * daftar_ui_format_set_context:
 * @context: (nullable): the application's context
 *
 * The format the pages use is @context's.
 */
void
daftar_ui_format_set_context (DaftarContext *context)
{
  if (app_context != NULL)
    {
      g_signal_handlers_disconnect_by_func (app_context, format_changed_cb, NULL);
      g_object_remove_weak_pointer (G_OBJECT (app_context), (gpointer *) &app_context);
    }
  app_context = context;
  if (app_context != NULL)
    g_object_add_weak_pointer (G_OBJECT (app_context), (gpointer *) &app_context);
  if (app_context != NULL)
    {
      g_signal_connect (app_context, "notify::format", G_CALLBACK (format_changed_cb), NULL);
      format_changed_cb (app_context);
    }
  else
    daftar_format_set_for_messages (NULL);
}

/**
 * daftar_ui_format_setup:
 * @settings: (nullable): unused: the context's settings are the app's
 *
 * Builds the format again (after the preferences change). The format itself
 * (and ICU's data behind it) is built when first needed, after the first frame.
 */
void
daftar_ui_format_setup (GSettings *settings)
{
  if (app_context != NULL)
    daftar_context_reload_format (app_context);
}

/**
 * daftar_ui_format_get:
 *
 * Returns: (transfer none): the app's format
 */
DaftarFormat *
daftar_ui_format_get (void)
{
  if (app_context == NULL)
    {
      if (own_context == NULL)
        own_context = daftar_context_new (NULL, NULL);
      daftar_ui_format_set_context (own_context);
    }
  return daftar_context_get_format (app_context);
}

/**
 * daftar_ui_format_new_copy:
 *
 * A format like the app's, for one worker to use and let go: ICU's formatters
 * are not shared between threads.
 *
 * Returns: (transfer full): the new format
 */
DaftarFormat *
daftar_ui_format_new_copy (void)
{
  DaftarFormat *format = daftar_ui_format_get ();

  return daftar_format_new (daftar_format_get_locale (format), daftar_format_get_calendar (format),
                            daftar_format_get_latin_digits (format));
}

char *
daftar_ui_format_day (const GDate *day)
{
  /* With the weekday in every language: "جمعه ۱ فروردین ۱۴۰۴" */
  return daftar_format_date (daftar_ui_format_get (), day, DAFTAR_DATE_STYLE_DAY);
}

char *
daftar_ui_format_time (gint64 utc,
                       gint32 offset)
{
  return daftar_format_time (daftar_ui_format_get (), utc, offset);
}

char *
daftar_ui_format_duration (gint64 seconds)
{
  return daftar_format_duration (daftar_ui_format_get (), seconds);
}

char *
daftar_ui_format_money (const DaftarMoney *money)
{
  return daftar_format_money (daftar_ui_format_get (), money);
}

/**
 * daftar_ui_format_home_currency:
 * @settings: (nullable): the app's settings
 *
 * Returns: the currency reports are in, as the command line finds it: the one chosen
 *   in the preferences; else, when every project is in one currency, that one; else
 *   the setting's default
 */
char *
daftar_ui_format_home_currency (GSettings   *settings,
                                DaftarStore *store)
{
  g_autoptr(GVariant) user_value = NULL;
  g_auto(GStrv) currencies = NULL;

  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);

  if (settings != NULL &&
      (user_value = g_settings_get_user_value (settings, "home-currency")) != NULL &&
      daftar_currency_is_valid (g_variant_get_string (user_value, NULL)))
    return g_variant_dup_string (user_value, NULL);

  currencies = daftar_store_list_project_currencies (store, NULL);
  if (currencies != NULL && g_strv_length (currencies) == 1 && daftar_currency_is_valid (currencies[0]))
    return g_strdup (currencies[0]);

  if (settings != NULL)
    {
      g_autofree char *home = g_settings_get_string (settings, "home-currency");

      if (daftar_currency_is_valid (home))
        return g_steal_pointer (&home);
    }

  return g_strdup ("USD");
}
