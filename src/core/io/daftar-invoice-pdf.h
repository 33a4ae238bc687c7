/* daftar-invoice-pdf.h — an invoice as PDF pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "daftar-doc.h"
#include "daftar-invoice.h"

G_BEGIN_DECLS

typedef struct _DaftarInvoiceDoc DaftarInvoiceDoc;

DaftarInvoiceDoc *daftar_invoice_doc_new         (const DaftarInvoice *invoice,
                                                  const char          *language,
                                                  DaftarFormat        *user_format,
                                                  DaftarPaper          paper,
                                                  GError             **error);
void              daftar_invoice_doc_free        (DaftarInvoiceDoc    *doc);
gboolean          daftar_invoice_doc_write_pdf   (DaftarInvoiceDoc    *doc,
                                                  GOutputStream       *output,
                                                  GError             **error);
GBytes           *daftar_invoice_doc_to_pdf      (DaftarInvoiceDoc    *doc,
                                                  GError             **error);
guint             daftar_invoice_doc_count_pages (DaftarInvoiceDoc    *doc);
void              daftar_invoice_doc_draw_page   (DaftarInvoiceDoc    *doc,
                                                  cairo_t             *cr,
                                                  guint                page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarInvoiceDoc, daftar_invoice_doc_free)

G_END_DECLS
