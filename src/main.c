/* main.c — the Daftar app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <locale.h>

#include "daftar-application.h"

/* The Language preference applies from the next start: it is read here,
 * before GTK picks the text direction from the language. */
static void
apply_language_preference (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *language = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    return;

  settings = g_settings_new (APP_ID);
  language = g_settings_get_string (settings, "language");
  if (language != NULL && *language != '\0')
    {
      static const struct { const char *language; const char *locale; } locales[] = {
        { "en", "en_US.UTF-8" }, { "ar", "ar_EG.UTF-8" }, { "fa", "fa_IR.UTF-8" },
      };

      g_setenv ("LANGUAGE", language, TRUE);
      /* Translations need a non-C locale; formats follow the language too. */
      for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
        if (g_str_equal (language, locales[i].language))
          g_setenv ("LC_ALL", locales[i].locale, TRUE);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(DaftarApplication) app = NULL;
  const char *localedir = g_getenv ("DAFTAR_LOCALEDIR");

  apply_language_preference ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = daftar_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
