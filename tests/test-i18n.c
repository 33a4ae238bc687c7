/* test-i18n.c — Persian and Arabic without generated locales
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A machine where `locale-gen fa_IR.UTF-8` never ran (LOCPATH pointing at an empty
 * folder makes glibc see only C.UTF-8) still speaks Persian and Arabic, in UTF-8.
 */
#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>

#include "daftar-i18n.h"
#include "daftar-test-cli.h"
#include "daftar-test-util.h"

static char *empty_locale_dir;

static gboolean
has_arabic_script (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0600 && c <= 0x06FF)
        return TRUE;
    }
  return FALSE;
}

static void
test_language_from_locale (void)
{
  const struct { const char *locale; const char *language; } cases[] = {
    { "fa_IR.UTF-8", "fa_IR" }, { "ar_EG.UTF-8@latin", "ar_EG" }, { "ar_SA", "ar_SA" },
    { "fa", "fa" }, { "C", NULL }, { "POSIX", NULL }, { "C.UTF-8", NULL }, { "", NULL },
    { NULL, NULL }, { "/tmp/locale", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *language = daftar_i18n_language_from_locale (cases[i].locale);

      g_assert_cmpstr (language, ==, cases[i].language);
    }
}

/* In a child: LC_ALL names a locale glibc doesn't have. */
static void
test_init_without_locale (void)
{
  if (g_test_subprocess ())
    {
      g_assert_false (daftar_i18n_init (g_getenv ("DAFTAR_LOCALEDIR")));
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "fa_IR");
      g_assert_cmpstr (nl_langinfo (CODESET), ==, "UTF-8");
      g_assert_true (has_arabic_script (_("Options:")));
      return;
    }

  g_setenv ("LOCPATH", empty_locale_dir, TRUE);
  g_setenv ("LC_ALL", "fa_IR.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("LOCPATH");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_trap_assert_passed ();
}

/* A LANGUAGE the user chose is kept. */
static void
test_init_keeps_language (void)
{
  if (g_test_subprocess ())
    {
      g_assert_false (daftar_i18n_init (g_getenv ("DAFTAR_LOCALEDIR")));
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "ar");
      g_assert_true (has_arabic_script (_("Options:")));
      return;
    }

  g_setenv ("LOCPATH", empty_locale_dir, TRUE);
  g_setenv ("LC_ALL", "fa_IR.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "ar", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("LOCPATH");
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_trap_assert_passed ();
}

/* daftar-cli prints Persian letters and digits, not question marks. */
static void
test_cli_persian_without_locale (void)
{
  g_autoptr(Ledger) ledger = ledger_new ();
  const char *env[] = { "LOCPATH", empty_locale_dir, "LANG", "fa_IR.UTF-8",
                        "LC_ALL", "fa_IR.UTF-8", "DAFTAR_LOCALEDIR", g_getenv ("DAFTAR_LOCALEDIR"),
                        NULL };
  const char *add[] = { "--db", ledger->db, "project", "add", "Outlier eval", "--platform", "Outlier",
                        "--category", "ai-training", "--pricing", "hourly", "--currency", "USD",
                        "--rate", "40", NULL };
  const char *report[] = { "--db", ledger->db, "report", "--from", "2026-03-21", "--to", "2026-04-20",
                           NULL };
  g_autoptr(CliRun) added = run_cliv (ledger, env, add);
  g_autoptr(CliRun) reported = run_cliv (ledger, env, report);

  expect_success (added, NULL);
  expect_success (reported, NULL);
  g_assert_null (strchr (reported->out, '?'));
  g_assert_true (has_arabic_script (reported->out));
  /* The period in Solar Hijri with Persian digits: 1 Farvardin 1405 */
  g_assert_true (contains (reported->out, "\u06F1\u06F4\u06F0\u06F5"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  daftar_test_cli_path = g_strdup (g_getenv ("DAFTAR_CLI"));
  empty_locale_dir = daftar_test_make_tmpdir ();

  g_test_add_func ("/i18n/language-from-locale", test_language_from_locale);
  g_test_add_func ("/i18n/init-without-locale", test_init_without_locale);
  g_test_add_func ("/i18n/init-keeps-language", test_init_keeps_language);
  g_test_add_func ("/i18n/cli-persian-without-locale", test_cli_persian_without_locale);

  status = g_test_run ();
  daftar_test_rm_rf (empty_locale_dir);
  g_free (empty_locale_dir);
  return status;
}
