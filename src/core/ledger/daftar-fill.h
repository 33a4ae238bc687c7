/* daftar-fill.h — what the made-up ledgers share: the sample month and the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-store.h"

G_BEGIN_DECLS

/* A made-up project, as its draft has it; rate for hourly, price for fixed. */
typedef struct
{
  const char     *name;
  const char     *client;
  const char     *platform;
  DaftarCategory  category;
  DaftarPricing   pricing;
  const char     *currency;
  gint64          rate_minor;
  gint64          price_minor;
} DaftarFillProject;

/* An AI tool a made-up ledger uses, and what it costs a month in dollars (0: nothing). */
typedef struct
{
  const char *name;
  gint64      monthly_cost_minor;
} DaftarFillTool;

typedef gboolean (*DaftarFillFunc) (gpointer   data,
                                    GError   **error);

void     daftar_fill_project_draft  (const DaftarFillProject  *project,
                                     DaftarProjectDraft       *out_draft);
gboolean daftar_fill_tools          (DaftarStore              *store,
                                     const DaftarFillTool     *tools,
                                     guint                     n_tools,
                                     GError                  **error);
gboolean daftar_fill_has_projects   (DaftarStore              *store,
                                     gboolean                 *out_has,
                                     GError                  **error);
gboolean daftar_fill_in_transaction (DaftarStore              *store,
                                     DaftarFillFunc            func,
                                     gpointer                  data,
                                     GError                  **error);

G_END_DECLS
