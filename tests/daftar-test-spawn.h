/* daftar-test-spawn.h — running daftar-cli from the quality tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  int   status;    /* exit status, or -1 when killed by a signal */
  char *out;
  char *err;
} DaftarTestRun;

void            daftar_test_run_free     (DaftarTestRun      *run);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarTestRun, daftar_test_run_free)

GSubprocess    *daftar_test_spawn_cli    (const char         *db,
                                          const char * const *args,
                                          GError            **error);
GSubprocess    *daftar_test_spawn_cli_paused (const char     *db,
                                              const char * const *args,
                                              GError        **error);
DaftarTestRun  *daftar_test_run_cli      (const char         *db,
                                          const char * const *args);
GSubprocess    *daftar_test_spawn_cli_in_zone (const char         *db,
                                               const char         *tz,
                                               const char * const *args,
                                               GError            **error);
DaftarTestRun  *daftar_test_run_cli_in_zone   (const char         *db,
                                               const char         *tz,
                                               const char * const *args);
DaftarTestRun  *daftar_test_run_cli_on_terminal (const char         *db,
                                                 const char * const *args);
char           *daftar_test_read_file    (const char         *path);
char           *daftar_test_fingerprint_ledger (const char   *db);

G_END_DECLS
