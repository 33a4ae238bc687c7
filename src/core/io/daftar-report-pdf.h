/* daftar-report-pdf.h — the earnings statement for a period, as PDF pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "daftar-doc.h"
#include "daftar-earnings.h"

G_BEGIN_DECLS

typedef struct
{
  const char   *language;     /* "en", "fa" or "ar" */
  DaftarFormat *user_format;  /* the user's calendar and digits, when the language is theirs */
  DaftarPaper   paper;
  const char   *name;         /* (nullable) the user's name, from Preferences → Invoicing */
  GPtrArray    *sessions;     /* (nullable) (element-type DaftarSession) listed at the end */
} DaftarStatementOptions;

typedef struct _DaftarStatement DaftarStatement;

DaftarStatement *daftar_statement_new         (const DaftarEarningsInput    *input,
                                               const DaftarEarningsReport   *report,
                                               const DaftarStatementOptions *options,
                                               GError                      **error);
void             daftar_statement_free        (DaftarStatement *statement);
DaftarDoc       *daftar_statement_get_doc     (DaftarStatement *statement);
gboolean         daftar_statement_write_pdf   (DaftarStatement *statement,
                                               GOutputStream   *output,
                                               GError         **error);
GBytes          *daftar_statement_to_pdf      (DaftarStatement *statement,
                                               GError         **error);
guint            daftar_statement_count_pages (DaftarStatement *statement);
void             daftar_statement_draw_page   (DaftarStatement *statement,
                                               cairo_t         *cr,
                                               guint            page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarStatement, daftar_statement_free)

G_END_DECLS
