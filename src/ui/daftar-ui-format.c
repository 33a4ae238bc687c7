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

#include "daftar-date-format.h"
#include "daftar-duration-format.h"
#include "daftar-format-typed.h"
#include "daftar-message.h"
#include "daftar-money-format.h"
#include "daftar-store-report.h"
#include "daftar-ui-format.h"

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
}

/**
 * daftar_ui_format_new_copy:
 * @context: the context whose format is copied
 *
 * A format like @context's, for one worker to use and let go: ICU's formatters
 * are not shared between threads.
 *
 * Returns: (transfer full): the new format
 */
DaftarFormat *
daftar_ui_format_new_copy (DaftarContext *context)
{
  DaftarFormat *format = daftar_context_get_format (context);

  return daftar_format_new (daftar_format_get_locale (format), daftar_format_get_calendar (format),
                            daftar_format_get_latin_digits (format));
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
 * daftar_ui_format_for_entry:
 * @context: the context whose format writes the digits
 * @ascii: a number as the parsers write it, "45.00" or "1:30"
 *
 * Returns: (transfer full): @ascii for an entry, in the user's digits: "۴۵٫۰۰"
 */
char *
daftar_ui_format_for_entry (DaftarContext *context,
                            const char    *ascii)
{
  return daftar_format_for_entry (daftar_context_get_format (context), ascii);
}

/**
 * daftar_ui_format_amount_for_entry:
 * @context: the context whose format writes the digits
 * @has: whether there is an amount
 * @minor: the amount in minor units of @currency
 *
 * Returns: (transfer full): the amount as the user would type it, "۴۵٫۰۰", or ""
 *   without one or when it can't be written in @currency
 */
char *
daftar_ui_format_amount_for_entry (DaftarContext *context,
                                   gboolean       has,
                                   gint64         minor,
                                   const char    *currency)
{
  DaftarMoney money;
  g_autofree char *ascii = NULL;

  if (!has || currency == NULL || !daftar_money_init (&money, minor, currency, NULL))
    return g_strdup ("");
  ascii = daftar_money_to_decimal_string (&money);
  return daftar_ui_format_for_entry (context, ascii);
}

/**
 * daftar_ui_format_home_currency:
 * @context: the context, with its open ledger and (when installed) the app's settings
 *
 * Returns: the currency reports are in, as the command line finds it
 *   (daftar_store_get_home_currency()); a ledger that can't be read counts as one
 *   whose projects are in no single currency
 */
char *
daftar_ui_format_home_currency (DaftarContext *context)
{
  GSettings *settings;
  DaftarStore *store;
  char *currency;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);

  settings = daftar_context_get_settings (context);
  store = daftar_context_get_store (context);
  g_return_val_if_fail (DAFTAR_IS_STORE (store), NULL);

  currency = daftar_store_get_home_currency (store, settings, NULL);
  return currency != NULL ? currency : daftar_store_get_home_currency (NULL, settings, NULL);
}
