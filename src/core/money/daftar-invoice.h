/* daftar-invoice.h — an invoice: who bills whom, for which sessions, how much
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-day.h"
#include "daftar-domain.h"

G_BEGIN_DECLS

#define DAFTAR_INVOICE_ERROR (daftar_invoice_error_quark ())

typedef enum
{
  DAFTAR_INVOICE_ERROR_EMPTY,        /* nothing to bill in the period */
  DAFTAR_INVOICE_ERROR_CURRENCY,     /* projects in different currencies */
  DAFTAR_INVOICE_ERROR_NUMBER,       /* a number already used, or not a number at all */
  DAFTAR_INVOICE_ERROR_TAX,          /* a tax line that can't be read */
  DAFTAR_INVOICE_ERROR_OVERFLOW,
  DAFTAR_INVOICE_ERROR_CLIENT,       /* no such client, or no projects for it */
} DaftarInvoiceError;

typedef enum
{
  DAFTAR_INVOICE_BY_DAY,     /* one line per day and project */
  DAFTAR_INVOICE_BY_NOTE,    /* one line per task: the sessions' note */
} DaftarInvoiceGrouping;

/* A session as an invoice needs it. */
typedef struct
{
  gint64     id;
  gint64     project_id;
  DaftarDay  day;              /* local day it started */
  gint64     actual_seconds;
  gint64     paid_seconds;
  gboolean   has_earned;
  gint64     earned_minor;
  char      *note;
  char      *invoiced_number;  /* the first invoice that billed it, or NULL */
} DaftarBillableSession;

typedef struct
{
  DaftarDay  day;              /* the first day of the line's sessions */
  char      *description;
  gint64     seconds;          /* paid time */
  gboolean   hourly;           /* hours × rate; else a fixed amount */
  gint64     rate_minor;
  gint64     amount_minor;
} DaftarInvoiceLine;

typedef struct
{
  char      *name;
  char      *address;
  char      *tax_id;
  char      *payment;
} DaftarInvoiceSender;

typedef struct
{
  char               *number;
  char               *client;
  gint64              project_id;     /* 0 for a client's invoice */
  DaftarDay           from;
  DaftarDay           to;
  DaftarDay           issued;
  gboolean            has_due;
  DaftarDay           due;
  char                currency[4];
  GPtrArray          *lines;          /* (element-type DaftarInvoiceLine) */
  gint64              subtotal_minor;
  char               *tax_name;       /* NULL: no tax line */
  gint32              tax_ppm;
  gint64              tax_minor;
  gint64              total_minor;
  char               *notes;
  DaftarInvoiceSender sender;
  GArray             *session_ids;    /* gint64: the sessions billed */
  guint               n_invoiced;     /* how many were billed before */
  char               *invoiced_number; /* one invoice that billed them, for the warning */
} DaftarInvoice;

GQuark          daftar_invoice_error_quark      (void);
void            daftar_billable_session_free    (DaftarBillableSession *session);

DaftarInvoice  *daftar_invoice_new              (void);
void            daftar_invoice_free             (DaftarInvoice         *invoice);
gboolean        daftar_invoice_add_project      (DaftarInvoice         *invoice,
                                                 const DaftarProject   *project,
                                                 GPtrArray             *sessions,
                                                 DaftarInvoiceGrouping  grouping,
                                                 GError               **error);
gboolean        daftar_invoice_set_tax          (DaftarInvoice         *invoice,
                                                 const char            *spec,
                                                 GError               **error);
gboolean        daftar_invoice_finish           (DaftarInvoice         *invoice,
                                                 GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarInvoice, daftar_invoice_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarBillableSession, daftar_billable_session_free)

G_END_DECLS
