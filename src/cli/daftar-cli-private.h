/* daftar-cli-private.h — what the daftar-cli commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "daftar-context.h"
#include "daftar-day.h"
#include "daftar-format.h"
#include "daftar-period.h"
#include "daftar-store.h"

G_BEGIN_DECLS

/* Exit statuses */
#define DAFTAR_CLI_OK     0
#define DAFTAR_CLI_FAILED 1
#define DAFTAR_CLI_USAGE  2

typedef struct
{
  const char  *db_path;      /* --db, or NULL for the default */
  DaftarStore *store;        /* once opened; also the context's */
  DaftarContext *context;    /* the settings, format, fee rules, market, feed and clock */
  const char  *command_name;   /* "project add", for messages */
} DaftarCli;

/* g_print() or g_printerr() */
typedef void (*DaftarCliPrintFunc) (const char *format,
                                    ...) G_GNUC_PRINTF (1, 2);

typedef int (*DaftarCliCommandFunc) (DaftarCli  *cli,
                                     int         argc,
                                     char      **argv);

/* One subcommand of a command: "add" of "project add", and its line of the
 * command's usage (untranslated; the first starts with "Usage:").  One without a
 * name is the command's own form ("invoice PROJECT…"): it gets every argument when
 * no subcommand is named.  The list ends with `{ NULL }`; daftar-cli.c runs it. */
typedef struct
{
  const char           *name;
  DaftarCliCommandFunc  func;
  const char           *usage;
} DaftarCliSubcommand;

DaftarStore *daftar_cli_open_store       (DaftarCli     *cli,
                                          GError       **error);
int          daftar_cli_fail             (DaftarCli     *cli,
                                          const GError  *error);
DaftarProject *daftar_cli_find_project   (DaftarCli     *cli,
                                          const char    *name_or_id,
                                          GError       **error);
int          daftar_cli_usage_error      (DaftarCli      *cli,
                                          const char     *message);
GOptionEntry daftar_cli_json_option      (gboolean       *json);
/* The command (name, its --help line, its options), the arguments it takes, and
 * main ()'s: see daftar-cli.c */
gboolean     daftar_cli_parse_args       (DaftarCli *cli, const char *name, const char *parameter,
                                          GOptionEntry *entries, int n_args, const char *wrong_args,
                                          int *argc, char ***argv, int *out_status);
void         daftar_cli_print_json       (JsonNode      *node);
void         daftar_cli_print_json_array (JsonArray     *array);
gboolean     daftar_cli_parse_amount     (const char    *text,
                                          const char    *currency,
                                          const char    *option,
                                          gint64        *out_minor,
                                          DaftarFormat  *format,
                                          GError       **error);
char        *daftar_cli_money_string     (gint64         minor,
                                          const char    *currency);

/* Figures in the prose daftar-cli prints (never in JSON or CSV): as they were in
 * English, in the user's digits, calendar and money format otherwise. */
gboolean     daftar_cli_is_localized     (DaftarCli     *cli);
char        *daftar_cli_amount_text      (DaftarCli     *cli,
                                          gint64         minor,
                                          const char    *currency);
char        *daftar_cli_date_text        (DaftarCli     *cli,
                                          const GDate   *date);
char        *daftar_cli_day_text         (DaftarCli     *cli,
                                          DaftarDay      day);
char        *daftar_cli_duration_text    (DaftarCli     *cli,
                                          gint64         seconds);
char        *daftar_cli_moment_text      (DaftarCli     *cli,
                                          gint64         utc,
                                          gint32         offset);
char        *daftar_cli_rate_text        (DaftarCli     *cli,
                                          const char    *base,
                                          gint64         rate_e8,
                                          const char    *quote);

GSettings   *daftar_cli_get_settings     (DaftarCli        *cli,
                                          const char       *key);
gboolean     daftar_cli_parse_date       (DaftarCli        *cli,
                                          const char       *text,
                                          GDate            *out,
                                          GError          **error);
char        *daftar_cli_default_currency (DaftarCli        *cli,
                                          GError          **error);
char        *daftar_cli_currency         (DaftarCli        *cli,
                                          const char       *code,
                                          GError          **error);
gboolean     daftar_cli_read_period      (DaftarCli        *cli,
                                          const char       *text,
                                          DaftarPeriodKind *kind,
                                          int              *out_status);
gboolean     daftar_cli_read_period_currency (DaftarCli        *cli,
                                              const char       *period_text,
                                              DaftarPeriodKind *kind,
                                              const char       *currency_text,
                                              char              code[4],
                                              int              *out_status);

extern const DaftarCliSubcommand daftar_cli_project_subcommands[];
extern const DaftarCliSubcommand daftar_cli_tool_subcommands[];
extern const DaftarCliSubcommand daftar_cli_rate_subcommands[];
extern const DaftarCliSubcommand daftar_cli_fee_subcommands[];
extern const DaftarCliSubcommand daftar_cli_timer_subcommands[];
extern const DaftarCliSubcommand daftar_cli_goal_subcommands[];
extern const DaftarCliSubcommand daftar_cli_import_subcommands[];
extern const DaftarCliSubcommand daftar_cli_invoice_subcommands[];

int daftar_cli_log       (DaftarCli *cli, int argc, char **argv);
int daftar_cli_pay       (DaftarCli *cli, int argc, char **argv);
int daftar_cli_sessions  (DaftarCli *cli, int argc, char **argv);
int daftar_cli_export    (DaftarCli *cli, int argc, char **argv);
int daftar_cli_report    (DaftarCli *cli, int argc, char **argv);
int daftar_cli_demo      (DaftarCli *cli, int argc, char **argv);
int daftar_cli_guidance (DaftarCli *cli, int argc, char **argv);
int daftar_cli_market    (DaftarCli *cli, int argc, char **argv);

G_END_DECLS
