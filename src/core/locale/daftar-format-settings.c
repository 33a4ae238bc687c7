/* daftar-format-settings.c — the user's format as the app's settings choose it
 *
 * The app and daftar-cli read the same keys, so both write the same digits
 * and dates and read dates typed in the same calendar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-format-settings.h"

static gboolean
has_key (GSettings  *settings,
         const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return schema != NULL && g_settings_schema_has_key (schema, key);
}

/**
 * daftar_calendar_for_settings:
 * @settings: (nullable): the app's settings
 * @locale: the language in force, such as "fa_IR" or "ar_SA"
 *
 * The calendar chosen for @locale's language in `persian-calendar` or
 * `arabic-calendar`; the locale's own (daftar_calendar_for_locale()) when the
 * key is empty, missing or without @settings.
 */
DaftarCalendar
daftar_calendar_for_settings (GSettings  *settings,
                              const char *locale)
{
  DaftarCalendar calendar = daftar_calendar_for_locale (locale);
  const char *key = NULL;

  if (g_str_has_prefix (locale, "fa"))
    key = "persian-calendar";
  else if (g_str_has_prefix (locale, "ar"))
    key = "arabic-calendar";

  if (settings != NULL && key != NULL && has_key (settings, key))
    {
      g_autofree char *value = g_settings_get_string (settings, key);

      daftar_calendar_from_key (value, &calendar);
    }

  return calendar;
}

/**
 * daftar_format_new_for_settings:
 * @settings: (nullable): the app's settings; %NULL follows the locale alone
 *
 * The format of the language in force (daftar_locale_from_environment()),
 * with the calendar and the Latin digits the user chose.
 *
 * Returns: (transfer full): the format
 */
DaftarFormat *
daftar_format_new_for_settings (GSettings *settings)
{
  g_autofree char *locale = daftar_locale_from_environment ();
  gboolean latin = FALSE;

  if (settings != NULL && has_key (settings, "latin-digits"))
    latin = g_settings_get_boolean (settings, "latin-digits");

  return daftar_format_new (locale, daftar_calendar_for_settings (settings, locale), latin);
}
