/* daftar-demo.h — a large, deterministic ledger for benchmarks and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-store.h"

G_BEGIN_DECLS

#define DAFTAR_DEMO_ERROR (daftar_demo_error_quark ())

typedef enum
{
  DAFTAR_DEMO_ERROR_NOT_EMPTY,
  DAFTAR_DEMO_ERROR_INVALID,
} DaftarDemoError;

/* Sessions are committed in transactions of exactly this many (the last one
 * may be smaller): a crash never leaves part of a batch in the ledger. */
#define DAFTAR_DEMO_BATCH         10000
#define DAFTAR_DEMO_MAX_SESSIONS  100000000

typedef struct
{
  gint64   n_sessions;
  guint32  seed;
  GDate    last_day;    /* the ledger ends on this day; must not be in the future */
  gboolean append;      /* add to a ledger that already has projects */
} DaftarDemoOptions;

typedef struct
{
  guint  n_projects;
  gint64 n_sessions;
  guint  n_payments;
  guint  n_rates;
  GDate  first_day;
} DaftarDemoStats;

GQuark   daftar_demo_error_quark (void);

gboolean daftar_demo_fill        (DaftarStore             *store,
                                  const DaftarDemoOptions *options,
                                  DaftarDemoStats         *out_stats,
                                  GError                 **error);

G_END_DECLS
