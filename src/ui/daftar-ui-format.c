/* daftar-ui-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers, times and money as the pages show them, in the format of the context
 * each page was given: the one DaftarFormat, built from the language in force and
 * the user's digit and calendar preferences.
 */
#define G_LOG_DOMAIN "daftar-ui-format"

#include "config.h"

#include "daftar-store-report.h"
#include "daftar-ui-format.h"

/* The application's context (not held: the application owns it), for the dialogs
 * that are not yet handed one: the session dialog and Preferences. Nothing else
 * reads it; it goes when they take the context as a construct-only property. */
static DaftarContext *app_context;
static DaftarContext *own_context;

static void
format_changed_cb (DaftarContext *context)
{
  /* Core's messages write their numbers as the pages do. */
  daftar_format_set_for_messages (daftar_context_get_format (context));
}

/**
 * daftar_ui_format_follow_messages:
 * @context: the application's context
 *
 * Core's messages take their digits from @context's format, now and whenever it is
 * rebuilt.
 */
void
daftar_ui_format_follow_messages (DaftarContext *context)
{
  g_return_if_fail (DAFTAR_IS_CONTEXT (context));

  g_signal_connect (context, "notify::format", G_CALLBACK (format_changed_cb), NULL);
  format_changed_cb (context);
  g_set_weak_pointer (&app_context, context);
}

/**
 * daftar_ui_format_setup:
 *
 * Builds the format of the dialogs without a context again, as the locale or the
 * preferences now say.
 */
void
daftar_ui_format_setup (void)
{
  if (app_context != NULL)
    daftar_context_reload_format (app_context);
  else if (own_context != NULL)
    daftar_context_reload_format (own_context);
}

/**
 * daftar_ui_format_get:
 *
 * Only for the session dialog and Preferences, until they are handed the context:
 * every other page and dialog takes its format from its own context.
 *
 * Returns: (transfer none): the application's format
 */
DaftarFormat *
daftar_ui_format_get (void)
{
  if (app_context != NULL)
    return daftar_context_get_format (app_context);
  if (own_context == NULL)
    own_context = daftar_context_new (NULL, NULL);
  return daftar_context_get_format (own_context);
}

char *
daftar_ui_format_day (DaftarContext *context,
                      const GDate   *day)
{
  /* With the weekday in every language: "جمعه ۱ فروردین ۱۴۰۴" */
  return daftar_format_date (daftar_context_get_format (context), day, DAFTAR_DATE_STYLE_DAY);
}

char *
daftar_ui_format_time (DaftarContext *context,
                       gint64         utc,
                       gint32         offset)
{
  return daftar_format_time (daftar_context_get_format (context), utc, offset);
}

char *
daftar_ui_format_duration (DaftarContext *context,
                           gint64         seconds)
{
  return daftar_format_duration (daftar_context_get_format (context), seconds);
}

char *
daftar_ui_format_money (DaftarContext     *context,
                        const DaftarMoney *money)
{
  return daftar_format_money (daftar_context_get_format (context), money);
}

/**
 * daftar_ui_format_home_currency:
 * @context: the context, with its open ledger and (when installed) the app's settings
 *
 * Returns: the currency reports are in, as the command line finds it: the one chosen
 *   in the preferences; else, when every project is in one currency, that one; else
 *   the setting's default
 */
char *
daftar_ui_format_home_currency (DaftarContext *context)
{
  g_autoptr(GVariant) user_value = NULL;
  g_auto(GStrv) currencies = NULL;
  GSettings *settings;
  DaftarStore *store;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);

  settings = daftar_context_get_settings (context);
  store = daftar_context_get_store (context);
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
