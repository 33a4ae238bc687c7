/* daftar-store-invoices.h — invoices in the ledger: numbers, what they billed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-invoice.h"
#include "daftar-store.h"

G_BEGIN_DECLS

/* An invoice as the ledger keeps it. */
typedef struct
{
  gint64     id;
  char      *number;
  char      *client;
  gint64     project_id;      /* 0 for none */
  DaftarDay  from;
  DaftarDay  to;
  DaftarDay  issued;
  gboolean   has_due;
  DaftarDay  due;
  char       currency[4];
  gint64     total_minor;
  char      *pdf_sha256;
  gint64     n_sessions;
  gint64     created_utc;
} DaftarInvoiceRecord;

void          daftar_invoice_record_free           (DaftarInvoiceRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarInvoiceRecord, daftar_invoice_record_free)

GPtrArray    *daftar_store_list_billable_sessions  (DaftarStore    *self,
                                                    gint64          project_id,
                                                    DaftarDay       from,
                                                    DaftarDay       to,
                                                    GError        **error);
char         *daftar_store_next_invoice_number     (DaftarStore    *self,
                                                    GError        **error);
DaftarInvoice *daftar_store_build_invoice          (DaftarStore    *self,
                                                    const char     *project,
                                                    const char     *client,
                                                    DaftarDay       from,
                                                    DaftarDay       to,
                                                    DaftarInvoiceGrouping grouping,
                                                    GError        **error);
gboolean      daftar_store_record_invoice          (DaftarStore    *self,
                                                    const DaftarInvoice *invoice,
                                                    const char     *pdf_sha256,
                                                    gint64         *out_id,
                                                    GError        **error);
GPtrArray    *daftar_store_list_invoices           (DaftarStore    *self,
                                                    GError        **error);
GHashTable   *daftar_store_invoiced_sessions       (DaftarStore    *self,
                                                    const gint64   *ids,
                                                    guint           n_ids,
                                                    GError        **error);

G_END_DECLS
