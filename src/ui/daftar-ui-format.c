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

#include "daftar-format-settings.h"
#include "daftar-period.h"
#include "daftar-store-report.h"
#include "daftar-ui-format.h"

static DaftarFormat *app_format;
static GSettings *app_settings;

static void
build_format (void)
{
  app_format = daftar_format_new_for_settings (app_settings);
  /* Core's messages write their numbers as the pages do. */
  daftar_format_set_for_messages (app_format);
}

/**
 * daftar_ui_format_setup:
 * @settings: (nullable): the app's settings; %NULL uses the locale's defaults
 *
 * Chooses the settings the app's format follows. The format itself (and
 * ICU's data behind it) is built when first needed, after the first frame;
 * calling this again (after the preferences change) rebuilds it.
 */
void
daftar_ui_format_setup (GSettings *settings)
{
  if (settings != app_settings)
    {
      g_clear_object (&app_settings);
      app_settings = settings ? g_object_ref (settings) : NULL;
    }

  g_clear_pointer (&app_format, daftar_format_unref);
  build_format ();
}

/**
 * daftar_ui_format_get:
 *
 * Returns: (transfer none): the app's format
 */
DaftarFormat *
daftar_ui_format_get (void)
{
  if (app_format == NULL)
    build_format ();
  return app_format;
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
