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
#include "daftar-date-format.h"
#include "daftar-duration-format.h"
#include "daftar-format-typed.h"
#include "daftar-message.h"
#include "daftar-money-format.h"
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
 * daftar_ui_format_for_entry:
 * @ascii: a number as the parsers write it, "45.00" or "1:30"
 *
 * Returns: (transfer full): @ascii for an entry, in the user's digits: "۴۵٫۰۰"
 */
char *
daftar_ui_format_for_entry (const char *ascii)
{
  return daftar_format_for_entry (daftar_ui_format_get (), ascii);
}

/**
 * daftar_ui_format_amount_for_entry:
 * @has: whether there is an amount
 * @minor: the amount in minor units of @currency
 *
 * Returns: (transfer full): the amount as the user would type it, "۴۵٫۰۰", or ""
 *   without one
 */
char *
daftar_ui_format_amount_for_entry (gboolean    has,
                                   gint64      minor,
                                   const char *currency)
{
  DaftarMoney money;
  g_autofree char *ascii = NULL;

  if (!has || currency == NULL || !daftar_money_init (&money, minor, currency, NULL))
    return g_strdup ("");
  ascii = daftar_money_to_decimal_string (&money);
  return daftar_ui_format_for_entry (ascii);
}

/**
 * daftar_ui_format_home_currency:
 * @settings: (nullable): the app's settings
 *
 * Returns: the currency reports are in, as the command line finds it
 *   (daftar_store_get_home_currency()); a ledger that can't be read counts as one
 *   whose projects are in no single currency
 */
char *
daftar_ui_format_home_currency (GSettings   *settings,
                                DaftarStore *store)
{
  char *currency;

  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);

  currency = daftar_store_get_home_currency (store, settings, NULL);
  return currency != NULL ? currency : daftar_store_get_home_currency (NULL, settings, NULL);
}
