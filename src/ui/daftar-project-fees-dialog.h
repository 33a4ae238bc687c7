/* daftar-project-fees-dialog.h — a project's own fee terms: contract rate, override
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-fee-rules.h"
#include "daftar-context.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_PROJECT_FEES_DIALOG (daftar_project_fees_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DaftarProjectFeesDialog, daftar_project_fees_dialog, DAFTAR, PROJECT_FEES_DIALOG, AdwWindow)

DaftarProjectFeesDialog *daftar_project_fees_dialog_new  (GtkWindow               *parent,
                                                          DaftarContext           *context,
                                                          gint64                   project_id);
gboolean                 daftar_project_fees_dialog_save (DaftarProjectFeesDialog *self);

/* Also for the Earnings page, which lists the rules a report applied. */
char                    *daftar_project_fees_dialog_describe_rule   (DaftarFormat        *format,
                                                                     const DaftarFeeRule *rule);
char                    *daftar_project_fees_dialog_describe_source (const DaftarFeeRule *rule);

G_END_DECLS
