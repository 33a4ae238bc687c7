/* daftar-test-util.h — helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *daftar_test_make_tmpdir (void);
void  daftar_test_rm_rf       (const char *path);
char *daftar_test_dump_db     (const char *path);
void  daftar_test_add_tools    (gpointer    store,
                                guint       n);

typedef gboolean (*DaftarTestCondition) (gpointer data);

gint64 daftar_test_wait_until (DaftarTestCondition  cond,
                               gpointer             data,
                               guint                timeout_ms);

G_END_DECLS
