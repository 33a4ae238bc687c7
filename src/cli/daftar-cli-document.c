/* daftar-cli-document.c — what report --output and invoice share: PDFs and files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-cli-document.h"
#include "daftar-json.h"
#include "daftar-report-pdf.h"

/**
 * daftar_cli_settings_text:
 *
 * Returns: (transfer full) (nullable): a string setting, or %NULL when unset or unknown
 */
char *
daftar_cli_settings_text (DaftarCli  *cli,
                          const char *key)
{
  GSettings *settings = daftar_cli_get_settings (cli, key);
  g_autofree char *value = NULL;

  if (settings == NULL)
    return NULL;
  value = g_settings_get_string (settings, key);
  return value[0] != '\0' ? g_steal_pointer (&value) : NULL;
}

/**
 * daftar_cli_document_language:
 * @option: (nullable): --language as given
 *
 * Returns: (transfer full): the document's language: @option, or the user's own when
 *   it is Persian or Arabic, else English; %NULL with @error set for an unknown one
 */
char *
daftar_cli_document_language (const char    *option,
                              DaftarFormat  *format,
                              GError       **error)
{
  const char *locale = daftar_format_get_locale (format);

  if (option != NULL)
    {
      if (!daftar_doc_language_is_known (option))
        {
          g_set_error_literal (error, DAFTAR_DOC_ERROR, DAFTAR_DOC_ERROR_LANGUAGE,
                       _("--language takes en, fa or ar."));
          return NULL;
        }
      return g_strdup (option);
    }

  if (g_str_has_prefix (locale, "fa"))
    return g_strdup ("fa");
  if (g_str_has_prefix (locale, "ar"))
    return g_strdup ("ar");
  return g_strdup ("en");
}

/**
 * daftar_cli_output_format:
 * @format_option: (nullable): --format as given
 * @path: (nullable): --output as given
 *
 * Returns: what to write: --format, else what @path's extension says, else
 *   %DAFTAR_CLI_OUTPUT_TEXT; %DAFTAR_CLI_OUTPUT_UNKNOWN when neither says
 */
DaftarCliOutput
daftar_cli_output_format (const char *format_option,
                          const char *path)
{
  const char *name = format_option;
  g_autofree char *lower = NULL;

  if (name == NULL && path != NULL)
    {
      const char *dot = strrchr (path, '.');

      if (dot == NULL || strchr (dot, '/') != NULL)
        return DAFTAR_CLI_OUTPUT_UNKNOWN;
      name = dot + 1;
    }
  if (name == NULL)
    return DAFTAR_CLI_OUTPUT_TEXT;

  lower = g_ascii_strdown (name, -1);
  if (g_str_equal (lower, "pdf"))
    return DAFTAR_CLI_OUTPUT_PDF;
  if (g_str_equal (lower, "csv"))
    return DAFTAR_CLI_OUTPUT_CSV;
  if (g_str_equal (lower, "json"))
    return DAFTAR_CLI_OUTPUT_JSON;
  return DAFTAR_CLI_OUTPUT_UNKNOWN;
}

/**
 * daftar_cli_statement_pdf:
 *
 * Returns: (transfer full): the statement of @report as a PDF, or %NULL with @error set
 */
GBytes *
daftar_cli_statement_pdf (DaftarCli                  *cli,
                          const DaftarEarningsInput  *input,
                          const DaftarEarningsReport *report,
                          DaftarFormat               *format,
                          const char                 *language,
                          GPtrArray                  *sessions,
                          GError                    **error)
{
  g_autoptr(DaftarStatement) statement = NULL;
  g_autofree char *name = daftar_cli_settings_text (cli, "invoice-name");
  DaftarStatementOptions options = {
    .language = language,
    .user_format = format,
    .paper = daftar_paper_for_locale (daftar_format_get_locale (format)),
    .name = name,
    .sessions = sessions,
  };

  if (!(statement = daftar_statement_new (input, report, &options, error)))
    return NULL;
  return daftar_statement_to_pdf (statement, error);
}

