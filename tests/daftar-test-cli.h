/* daftar-test-cli.h — running daftar-cli in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The binary is named by $DAFTAR_CLI: set daftar_test_cli_path from it in main().
 * Every test gets its own folder and ledger; failing writes are checked to
 * leave the ledger exactly as it was.
 */
#pragma once

#include <stdarg.h>

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

extern char *daftar_test_cli_path;

/* A folder, the working directory of the runs, with a ledger path in it. */
typedef struct
{
  char *dir;
  char *db;
} Ledger;

typedef struct
{
  char *command;   /* the arguments, for messages */
  int   status;
  char *out;
  char *err;
} CliRun;

Ledger * ledger_new (void);
void ledger_free (Ledger *ledger);
void cli_run_free (CliRun *run);
CliRun * run_cliv (const Ledger *ledger, const char * const *env, const char * const *args);
CliRun * run_cli_valist (const Ledger *ledger, const char *first_arg, va_list ap);
CliRun * run_cli (const Ledger *ledger, const char *first_arg, ...) G_GNUC_NULL_TERMINATED;
void describe_run (const CliRun *run);
gboolean contains (const char *haystack, const char *needle);
void expect_success (const CliRun *run, const char *out_part);
void expect_failure (const CliRun *run, int status, const char *err_part);
char * cli_output (const Ledger *ledger, const char *out_part, const char *first_arg, ...) G_GNUC_NULL_TERMINATED;
void assert_write_fails (const Ledger *ledger, int status, const char *err_part, const char *first_arg, ...) G_GNUC_NULL_TERMINATED;
JsonNode * parse_json (const char *text);
JsonArray * parse_json_array (const char *text);
const char * member_string (JsonObject *object, const char *name);
gint64 member_int (JsonObject *object, const char *name);
gboolean member_is_null (JsonObject *object, const char *name);
JsonObject * find_object (JsonArray *array, const char *name, const char *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Ledger, ledger_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliRun, cli_run_free)

G_END_DECLS
