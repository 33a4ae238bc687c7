/* daftar-cli-document.h — what report --output and invoice share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-cli-private.h"
#include "daftar-earnings.h"

G_BEGIN_DECLS

typedef enum
{
  DAFTAR_CLI_OUTPUT_TEXT,
  DAFTAR_CLI_OUTPUT_PDF,
  DAFTAR_CLI_OUTPUT_CSV,
  DAFTAR_CLI_OUTPUT_JSON,
  DAFTAR_CLI_OUTPUT_UNKNOWN,
} DaftarCliOutput;

char            *daftar_cli_settings_text     (DaftarCli  *cli,
                                               const char *key);
char            *daftar_cli_document_language (const char    *option,
                                               DaftarFormat  *format,
                                               GError       **error);
DaftarCliOutput  daftar_cli_output_format     (const char *format_option,
                                               const char *path);
GBytes          *daftar_cli_statement_pdf     (DaftarCli                  *cli,
                                               const DaftarEarningsInput  *input,
                                               const DaftarEarningsReport *report,
                                               DaftarFormat               *format,
                                               const char                 *language,
                                               GPtrArray                  *sessions,
                                               GError                    **error);

G_END_DECLS
