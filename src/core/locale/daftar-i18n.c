/* daftar-i18n.c — the process's locale and message catalogs
 *
 * Daftar writes numbers, money and dates with ICU, which needs no C-library locale.
 * Only two things depend on the C library's: gettext, which ignores LANGUAGE in the
 * "C" locale, and the character set that text is printed in. So a language whose
 * locale was never generated (no `locale-gen fa_IR.UTF-8`) still works: the process
 * runs in the always-present C.UTF-8 locale, and gettext is told the language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-i18n.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

/**
 * daftar_i18n_language_from_locale:
 * @locale: (nullable): a locale name such as "fa_IR.UTF-8" or "ar_EG@latin"
 *
 * Returns: (transfer full) (nullable): the language and country for gettext's
 *   `LANGUAGE` ("fa_IR"), or %NULL for no locale, "C" and "POSIX"
 */
char *
daftar_i18n_language_from_locale (const char *locale)
{
  if (locale == NULL || locale[0] == '\0' ||
      strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0 ||
      g_str_has_prefix (locale, "C.") || locale[0] == '/')
    return NULL;

  return g_strndup (locale, strcspn (locale, ".@"));
}

static const char *
locale_for_messages (void)
{
  const char * const variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && value[0] != '\0')
        return value;
    }
  return NULL;
}

/**
 * daftar_i18n_init:
 * @localedir: where Daftar's catalogs are
 *
 * Sets the locale from the environment and binds Daftar's catalogs. When the locale
 * asked for is not installed, runs in C.UTF-8 and keeps the language asked for through
 * `LANGUAGE`, which the caller must do before anything reads it (GTK included: call
 * gtk_disable_setlocale() after this).
 *
 * Returns: %TRUE if the C library had the locale asked for
 */
gboolean
daftar_i18n_init (const char *localedir)
{
  gboolean installed = setlocale (LC_ALL, "") != NULL;

  if (!installed)
    {
      const char *language = g_getenv ("LANGUAGE");
      g_autofree char *wanted = daftar_i18n_language_from_locale (locale_for_messages ());

      if ((language == NULL || language[0] == '\0') && wanted != NULL)
        g_setenv ("LANGUAGE", wanted, TRUE);
      if (setlocale (LC_ALL, "C.UTF-8") == NULL)
        setlocale (LC_ALL, "C");
    }

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return installed;
}
