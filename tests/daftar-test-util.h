/* daftar-test-util.h — helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-day.h"
#include "daftar-fee-rules.h"
#include "daftar-store.h"

G_BEGIN_DECLS

char *daftar_test_make_tmpdir (void);
void  daftar_test_rm_rf       (const char *path);
char *daftar_test_list_dir    (const char *dir);
char *daftar_test_dump_db     (const char *path);
void  daftar_test_add_tools    (gpointer    store,
                                guint       n);

DaftarDay daftar_test_day    (const char *iso);

/* A new ledger in a new temporary folder, for g_test_add ():
 *   g_test_add (path, DaftarTestLedger, NULL, daftar_test_ledger_set_up, func,
 *               daftar_test_ledger_tear_down);
 * the test data, when not NULL, is a folder the ledger goes in, inside the
 * temporary one ("sub": DIR/sub/daftar.db).  daftar_test_ledger_set_up_rules ()
 * loads the bundled fee rules too. */
typedef struct
{
  char           *dir;    /* the temporary folder, removed with all it holds */
  char           *path;   /* the ledger's file */
  DaftarStore    *store;
  DaftarFeeRules *rules;  /* NULL unless set up with the rules */
} DaftarTestLedger;

void  daftar_test_ledger_set_up    (DaftarTestLedger *f,
                                    gconstpointer     data);
void  daftar_test_ledger_set_up_rules (DaftarTestLedger *f,
                                       gconstpointer     data);
void  daftar_test_ledger_tear_down (DaftarTestLedger *f,
                                    gconstpointer     data);

typedef gboolean (*DaftarTestCondition) (gpointer data);

gint64 daftar_test_wait_until (DaftarTestCondition  cond,
                               gpointer             data,
                               guint                timeout_ms);

G_END_DECLS
