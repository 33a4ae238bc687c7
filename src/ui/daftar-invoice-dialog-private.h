/* daftar-invoice-dialog-private.h — what the invoice dialog's files share
 *
 * The dialog (daftar-invoice-dialog.c) builds its rows and answers tests; its fields
 * (daftar-invoice-fields.c) are read, checked and turned into the invoice they describe;
 * the preview (daftar-invoice-preview.c) draws page one a moment after each change; Save
 * and Print (daftar-invoice-save.c) write the PDF and record it, or print the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-form.h"
#include "daftar-invoice-dialog.h"
#include "daftar-invoice-pdf.h"
#include "daftar-safe-file.h"

G_BEGIN_DECLS

#define PREVIEW_WIDTH 420

/* What the invoice bills: one project, or every project of a client. */
enum
{
  BILL_PROJECT,
  BILL_CLIENT,
};

/* The fields, in the order they are shown. */
enum
{
  FIELD_PROJECT,
  FIELD_CLIENT,
  FIELD_FROM,
  FIELD_TO,
  FIELD_NUMBER,
  FIELD_DUE,
  FIELD_TAX,
  N_FIELDS
};

struct _DaftarInvoiceDialog
{
  AdwWindow          parent_instance;

  DaftarContext     *context;
  DaftarStore       *store;         /* the context's */
  DaftarForm        *form;
  GtkStringList     *clients;
  AdwComboRow       *bill_row;
  AdwComboRow       *project_row;
  AdwComboRow       *client_row;
  AdwComboRow       *group_row;
  AdwEntryRow       *from_row;
  AdwEntryRow       *to_row;
  AdwEntryRow       *number_row;
  AdwEntryRow       *due_row;
  AdwEntryRow       *tax_row;
  AdwEntryRow       *notes_row;
  AdwComboRow       *language_row;
  GtkPicture        *preview;
  GtkLabel          *message;
  GtkWidget         *save_button;
  GtkWidget         *print_button;
  GtkWidget         *spinner;

  guint              refresh_id;
  GCancellable      *cancellable;
  DaftarInvoice     *invoice;       /* the one previewed last, for Print… */
  char              *language;
  char              *error;         /* why there is no invoice, or NULL */
  char              *warning;
};

/* What the worker needs, copied from the fields. */
typedef struct
{
  DaftarStore         *store;
  DaftarFormat        *format;     /* the context's, as the fields were read */
  char                *project;    /* or */
  char                *client;
  DaftarInvoiceGrouping grouping;
  DaftarDay            from;
  DaftarDay            to;
  DaftarDay            issued;
  char                *number;
  gboolean             has_due;
  DaftarDay            due;
  char                *tax;
  char                *notes;
  char                *language;
  DaftarInvoiceSender  sender;
  char                *path;       /* saving: the file */

  /* Results */
  DaftarInvoice       *invoice;
  GBytes              *pixels;
  int                  width;
  int                  height;
  int                  stride;
  DaftarSafeFile      *file;
  char                *sha256;
} Params;

/* daftar-invoice-fields.c */
void              daftar_invoice_params_free             (Params              *p);
Params           *daftar_invoice_dialog_read_fields      (DaftarInvoiceDialog *self,
                                                          GError             **error);
DaftarInvoiceDoc *daftar_invoice_params_build_doc        (Params              *p,
                                                          GError             **error);
DaftarPaper       daftar_invoice_dialog_paper            (DaftarFormat        *format);
void              daftar_invoice_dialog_connect_fields   (DaftarInvoiceDialog *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Params, daftar_invoice_params_free)

/* daftar-invoice-preview.c */
void              daftar_invoice_dialog_set_message      (DaftarInvoiceDialog *self);
gboolean          daftar_invoice_dialog_show_fault       (DaftarInvoiceDialog *self,
                                                          const GError        *error);
void              daftar_invoice_dialog_changed          (DaftarInvoiceDialog *self);

/* daftar-invoice-save.c */
void              daftar_invoice_dialog_save_clicked_cb  (DaftarInvoiceDialog *self);
void              daftar_invoice_dialog_print_clicked_cb (DaftarInvoiceDialog *self);

G_END_DECLS
