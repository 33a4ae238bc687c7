/* test-bad-input-feed.c — bad content through the feed and through files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-bad-input.c tries bad values in arguments; this tries bad content. One
 * table of bad contents is crossed with the entry points that read content:
 *
 *   feed     daftar-cli market refresh --url URL, from a SoupServer on loopback
 *   list     daftar-cli market list --dataset FILE
 *   compare  daftar-cli market compare --dataset FILE
 *   ledger   daftar-cli --db FILE report
 *
 * Every run must exit 1 with one readable message on standard error (UTF-8,
 * no control or bidi override characters) and nothing on standard output.
 * The file entry points leave the ledger, its write-ahead log and the bad file
 * byte for byte as they were. A failed refresh records its error for the app
 * (daftar-feed.c), so there the market_refresh row holds exactly the message
 * printed, keeps the last success, and every other row of every table stays
 * as it was: the dataset from the last good refresh stays in use.
 *
 * Only RFC 8259 JSON is read (daftar-json-strict.c): comments and single
 * quotes that once hid a million “[” from the depth check, trailing commas,
 * bare words and the rest are refused as not JSON.  A feed that sends slower
 * than its deadline ($DAFTAR_FEED_DEADLINE, 3 s here) is cut off.
 */
#define G_LOG_DOMAIN "test-bad-input-feed"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "daftar-fee-rules.h"
#include "daftar-market.h"
#include "daftar-test-server.h"
#include "daftar-test-spawn.h"
#include "daftar-test-util.h"

#define SRC "\"source\": { \"publisher\": \"P\", \"title\": \"T\", \"url\": \"https://example.org/\" }"

/* A dataset like the real one, with one bad spot at a time. */
#define DATASET_FULL(schema, publisher, as_of, id, role, low) \
  "{ \"schema\": " schema ", \"publisher\": \"" publisher "\", \"as_of\": \"" as_of "\"," \
  "  \"claims\": []," \
  "  \"rate_bands\": [ { \"id\": \"" id "\", \"platform\": \"outlier\", \"category\": \"ai-training\"," \
  "    \"role\": \"" role "\", \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"" low "\"," \
  "    \"kind\": \"advertised\", \"as_of\": \"2025\", " SRC ", \"confidence\": \"low\", \"verified\": true } ]," \
  "  \"exchange_rates\": [ { \"date\": \"2026-01-01\", \"base\": \"EUR\", \"quote\": \"USD\", \"rate\": \"1.10\" } ] }"
#define DATASET(publisher, id, role, low) DATASET_FULL ("1", publisher, "2026-02-01", id, role, low)

#define GOOD_PUBLISHER "Good feed"
static const char good_dataset[] = DATASET (GOOD_PUBLISHER, "b1", "Trainer", "30.00");

typedef enum
{
  ENTRY_FEED    = 1 << 0,
  ENTRY_LIST    = 1 << 1,
  ENTRY_COMPARE = 1 << 2,
  ENTRY_LEDGER  = 1 << 3,
} Entry;

#define DATASET_ENTRIES (ENTRY_FEED | ENTRY_LIST | ENTRY_COMPARE)
#define FILE_ENTRIES    (ENTRY_LIST | ENTRY_COMPARE | ENTRY_LEDGER)
#define ALL_ENTRIES     (DATASET_ENTRIES | ENTRY_LEDGER)

static const struct
{
  Entry       entry;
  const char *label;
} entries[] = {
  { ENTRY_FEED, "market refresh --url" },
  { ENTRY_LIST, "market list --dataset" },
  { ENTRY_COMPARE, "market compare --dataset" },
  { ENTRY_LEDGER, "--db FILE report" },
};

/* Contents too big or too odd for a string literal, made at run time. */
typedef enum
{
  MAKE_LITERAL,
  MAKE_GARBAGE,         /* 1 MiB of bytes from a seeded generator, under the feed's cap */
  MAKE_OVER_CAP,        /* 3 MiB, over the 2 MiB cap, with a Content-Length */
  MAKE_OVER_CAP_CHUNKED,   /* the same without one: the cap holds while reading */
  MAKE_DEEP,            /* a million “[”: json-glib recurses once for each */
  MAKE_DEEP_COMMENT,    /* … after a comment holding a quote */
  MAKE_DEEP_LINE_COMMENT,  /* … after a // comment holding a quote */
  MAKE_DEEP_QUOTE,      /* … after a single-quoted string holding a quote */
  MAKE_DRIP,            /* a good dataset, a byte every 100 ms: longer than the deadline */
  MAKE_LEDGER_PAGE,     /* the first 4 KiB of a real ledger */
  MAKE_LEDGER_HALF,     /* the first half of a real ledger */
  MAKE_MISSING,         /* no file at all */
  MAKE_DIRECTORY,       /* a folder where the file should be */
} Make;

typedef struct
{
  const char *label;
  const char *body;       /* for MAKE_LITERAL */
  gsize       length;     /* of body, when it holds NULs; else 0 */
  Make        make;
  guint       status;     /* the feed's HTTP status; 0 for 200 */
  const char *location;   /* where the feed redirects to */
  guint       entries;    /* the entry points it is bad for */
  const char *feed_says;  /* what the message says, from the feed */
  const char *file_says;  /* … from a --dataset file; NULL for the same */
} BadContent;

#define WITH_NUL "{ \"schema\": 1,\0 \"publisher\": \"x\" }"
#define BOM "\xef\xbb\xbf"
#define NOT_JSON "is not valid JSON"

static const BadContent bad_contents[] = {
  { "empty", "", 0, MAKE_LITERAL, 0, NULL, DATASET_ENTRIES, NOT_JSON, NULL },
  { "1 MiB of garbage", NULL, 0, MAKE_GARBAGE, 0, NULL, ALL_ENTRIES, NOT_JSON, NULL },
  { "over the 2 MiB cap", NULL, 0, MAKE_OVER_CAP, 0, NULL, ALL_ENTRIES, "larger than 2 MiB", NOT_JSON },
  { "over the cap, chunked", NULL, 0, MAKE_OVER_CAP_CHUNKED, 0, NULL, ENTRY_FEED, "larger than 2 MiB", NULL },
  { "nested a million deep", NULL, 0, MAKE_DEEP, 0, NULL, ALL_ENTRIES, NOT_JSON, NULL },
  { "a comment hiding a million [", NULL, 0, MAKE_DEEP_COMMENT, 0, NULL, ALL_ENTRIES, "Comments are not allowed", NULL },
  { "a // comment hiding a million [", NULL, 0, MAKE_DEEP_LINE_COMMENT, 0, NULL, ALL_ENTRIES,
    "Comments are not allowed", NULL },
  { "single quotes hiding a million [", NULL, 0, MAKE_DEEP_QUOTE, 0, NULL, ALL_ENTRIES, "single quotes", NULL },
  { "nested 65 deep", "{\"schema\": 1, \"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
    "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", 0, MAKE_LITERAL, 0, NULL, ALL_ENTRIES,
    "more than 64 levels", NULL },
  { "a comment at the end", DATASET ("Feed", "b1", "Trainer", "30.00") "\n/* the end */\n", 0, MAKE_LITERAL, 0,
    NULL, ALL_ENTRIES, "Line 2, column 1: Comments are not allowed", NULL },
  { "a trailing comma", "{ \"schema\": 1, \"rate_bands\": [], \"claims\": [], }", 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, "comma", NULL },
  { "a bare word", "{ \"schema\": 1, \"rate_bands\": NaN }", 0, MAKE_LITERAL, 0, NULL, ALL_ENTRIES,
    "Only true, false and null", NULL },
  { "a JavaScript assignment", "var market = " DATASET ("Feed", "b1", "Trainer", "30.00") ";", 0, MAKE_LITERAL, 0,
    NULL, ALL_ENTRIES, NOT_JSON, NULL },
  { "a hexadecimal number", DATASET_FULL ("0x1", "Feed", "2026-02-01", "b1", "Trainer", "30.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, NOT_JSON, NULL },
  { "a schema past 64 bits", DATASET_FULL ("18446744073709551617", "Feed", "2026-02-01", "b1", "Trainer", "30.00"),
    0, MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "too large", NULL },
  { "garbage after the dataset", DATASET ("Feed", "b1", "Trainer", "30.00") " {}", 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, "more after the end", NULL },
  { "a raw escape character", DATASET ("Feed \x1b[2J", "b1", "Trainer", "30.00"), 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, "Control characters", NULL },
  { "an escaped NUL", DATASET ("Feed\\u0000evil", "b1", "Trainer", "30.00"), 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, NOT_JSON, NULL },
  { "two byte order marks", BOM BOM DATASET ("Feed", "b1", "Trainer", "30.00"), 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, NOT_JSON, NULL },
  { "a feed slower than its deadline", NULL, 0, MAKE_DRIP, 0, NULL, ENTRY_FEED, "did not finish", NULL },
  { "NUL bytes", WITH_NUL, sizeof WITH_NUL - 1, MAKE_LITERAL, 0, NULL, ALL_ENTRIES, NOT_JSON, NULL },
  { "invalid UTF-8", DATASET ("ab\xff\xfe\xc3(", "b1", "Trainer", "30.00"), 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, NOT_JSON, NULL },
  { "overlong UTF-8", DATASET ("\xc0\xaf", "b1", "Trainer", "30.00"), 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, NOT_JSON, NULL },
  { "lone surrogate, broken JSON", "{\"a\":\"\\ud800\" \"b\"}", 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, NOT_JSON, NULL },
  { "lone surrogate in a field", DATASET ("\\ud800", "b1", "Trainer", "30.00"), 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, NOT_JSON, NULL },
  { "not JSON at all", "This is not a ledger, nor a dataset.\n", 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, NOT_JSON, NULL },
  { "a JSON array", "[]", 0, MAKE_LITERAL, 0, NULL, DATASET_ENTRIES, "must be a JSON object", NULL },
  { "right-to-left override", DATASET ("Feed \xe2\x80\xae" "evil", "b1", "Trainer", "30.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "must be plain text", NULL },
  { "escaped override", DATASET ("Feed \\u202e" "evil", "b1", "Trainer", "30.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "must be plain text", NULL },
  { "bidi isolate in a role", DATASET ("Feed", "b1", "\xe2\x81\xa6" "x" "\xe2\x81\xa9", "30.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "must be plain text", NULL },
  { "SQL in an id", DATASET ("Feed", "x'; DROP TABLE sessions; --", "Trainer", "30.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "“id” must be", NULL },
  { "SQL quotes in an id", DATASET ("Feed", "b1\\\"); DELETE FROM projects; --", "Trainer", "30.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "“id” must be", NULL },
  { "negative amount", DATASET ("Feed", "b1", "Trainer", "-5.00"), 0, MAKE_LITERAL, 0, NULL,
    ALL_ENTRIES, "can’t be negative", NULL },
  { "overflowing amount", DATASET ("Feed", "b1", "Trainer", "99999999999999999999.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "must be an amount", NULL },
  { "impossible date", DATASET_FULL ("1", "Feed", "2025-02-30", "b1", "Trainer", "30.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "must be a date", NULL },
  { "schema 2", DATASET_FULL ("2", "Feed", "2026-02-01", "b1", "Trainer", "30.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "not in a format", NULL },
  { "schema as text", DATASET_FULL ("\"1\"", "Feed", "2026-02-01", "b1", "Trainer", "30.00"), 0,
    MAKE_LITERAL, 0, NULL, ALL_ENTRIES, "not in a format", NULL },
  { "4 KiB of a ledger", NULL, 0, MAKE_LEDGER_PAGE, 0, NULL, ALL_ENTRIES, NOT_JSON, NULL },
  { "half a ledger", NULL, 0, MAKE_LEDGER_HALF, 0, NULL, ALL_ENTRIES, NOT_JSON, NULL },
  { "missing file", NULL, 0, MAKE_MISSING, 0, NULL, ENTRY_LIST | ENTRY_COMPARE, "No such file", NULL },
  { "a directory", NULL, 0, MAKE_DIRECTORY, 0, NULL, FILE_ENTRIES, "directory", NULL },
  { "HTTP 404", good_dataset, 0, MAKE_LITERAL, 404, NULL, ENTRY_FEED, "answered 404", NULL },
  { "HTTP 500", good_dataset, 0, MAKE_LITERAL, 500, NULL, ENTRY_FEED, "answered 500", NULL },
  { "redirect to plain http", "", 0, MAKE_LITERAL, 302, "http://example.invalid/feed.json",
    ENTRY_FEED, "redirected to", NULL },
  { "redirect to a file", "", 0, MAKE_LITERAL, 307, "file:///etc/passwd", ENTRY_FEED, "redirected to", NULL },
};

/* What each bad content is, as bytes; filled before the server starts. */
static GBytes *bodies[G_N_ELEMENTS (bad_contents)];

static GBytes *
make_body (const BadContent *bad,
           const char       *ledger)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  switch (bad->make)
    {
    case MAKE_LITERAL:
      return g_bytes_new_static (bad->body, bad->length ? bad->length : strlen (bad->body));
    case MAKE_GARBAGE:
    case MAKE_OVER_CAP:
    case MAKE_OVER_CAP_CHUNKED:
      {
        g_autoptr(GRand) rand = g_rand_new_with_seed (8);

        length = bad->make == MAKE_GARBAGE ? 1024 * 1024 : 3 * 1024 * 1024;
        data = g_malloc (length);
        for (gsize i = 0; i < length; i++)
          data[i] = (char) g_rand_int_range (rand, 0, 256);
        break;
      }
    case MAKE_DEEP:
      length = 1000 * 1000;
      data = g_malloc (length);
      memset (data, '[', length);
      break;
    case MAKE_DEEP_COMMENT:
    case MAKE_DEEP_LINE_COMMENT:
    case MAKE_DEEP_QUOTE:
      {
        static const char * const starts[] = {
          [MAKE_DEEP_COMMENT] = "{ \"schema\": 1, \"x\": /* \" */ ",
          [MAKE_DEEP_LINE_COMMENT] = "{ \"schema\": 1, \"x\": // \"\n ",
          [MAKE_DEEP_QUOTE] = "{ \"schema\": 1, '\"': ",
        };
        g_autofree char *brackets = g_strnfill (1000 * 1000, '[');

        data = g_strconcat (starts[bad->make], brackets, NULL);
        length = strlen (data);
        break;
      }
    case MAKE_LEDGER_PAGE:
    case MAKE_LEDGER_HALF:
      g_assert_true (g_file_get_contents (ledger, &data, &length, NULL));
      g_assert_cmpuint (length, >, 8192);
      length = bad->make == MAKE_LEDGER_PAGE ? 4096 : length / 2;
      break;
    case MAKE_MISSING:
    case MAKE_DIRECTORY:
    case MAKE_DRIP:
    default:
      return g_bytes_new_static ("", 0);
    }

  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  const BadContent *bad;
  gsize length;
  const char *data;
  guint64 index;

  if (g_str_equal (path, "/good"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC,
                                        good_dataset, strlen (good_dataset));
      return;
    }

  if (!g_str_has_prefix (path, "/bad/") ||
      !g_ascii_string_to_unsigned (path + 5, 10, 0, G_N_ELEMENTS (bad_contents) - 1, &index, NULL))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  bad = &bad_contents[index];
  if (bad->make == MAKE_DRIP)
    {
      daftar_test_server_drip (msg, good_dataset, 100);
      return;
    }
  data = g_bytes_get_data (bodies[index], &length);
  soup_server_message_set_status (msg, bad->status ? bad->status : SOUP_STATUS_OK, NULL);
  if (bad->location != NULL)
    soup_message_headers_replace (headers, "Location", bad->location);
  if (bad->make == MAKE_OVER_CAP_CHUNKED)
    soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                    length ? data : "", length);
}

/* The rows of every table but market_refresh, which a failed refresh writes. */
static char *
dump_without_refresh (const char *db)
{
  g_autofree char *dump = daftar_test_dump_db (db);
  char *start = strstr (dump, "[market_refresh]\n");
  const char *end;

  g_assert_nonnull (start);
  end = strstr (start + 1, "\n[");
  end = end != NULL ? end + 1 : strstr (start, "user_version ");
  g_assert_nonnull (end);
  *start = '\0';
  return g_strconcat (dump, end, NULL);
}

/* The last refresh: its address, its last success, and its error. */
static char *
refresh_row (const char *db)
{
  sqlite3 *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  char *row = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db, &sql, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (sql, "SELECT url, success_utc, error FROM market_refresh",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    row = g_strdup_printf ("%s\n%lld\n%s", sqlite3_column_text (stmt, 0),
                           (long long) sqlite3_column_int64 (stmt, 1),
                           sqlite3_column_type (stmt, 2) == SQLITE_NULL
                             ? "(no error)" : (const char *) sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  sqlite3_close (sql);
  g_assert_nonnull (row);
  return row;
}

/* One message, for people: no controls but the final newline, nothing that turns text around. */
static gboolean
message_is_clean (const char *err)
{
  if (!g_utf8_validate (err, -1, NULL) || !g_str_has_prefix (err, "daftar-cli") ||
      !g_str_has_suffix (err, "\n") || strchr (err, '\n') != err + strlen (err) - 1)
    return FALSE;

  for (const char *p = err; *p != '\n'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || (c >= 0x202A && c <= 0x202E))
        return FALSE;
    }
  return TRUE;
}

/* Where a file entry point finds the bad content. */
static char *
put_file (const char *dir,
          guint       index,
          const char *suffix)
{
  const BadContent *bad = &bad_contents[index];
  g_autofree char *name = g_strdup_printf ("bad-%u%s", index, suffix);
  char *path = g_build_filename (dir, name, NULL);
  gsize length;
  const char *data = g_bytes_get_data (bodies[index], &length);
  g_autoptr(GError) error = NULL;

  daftar_test_rm_rf (path);
  if (bad->make == MAKE_DIRECTORY)
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  else if (bad->make != MAKE_MISSING)
    {
      g_file_set_contents (path, length ? data : "", length, &error);
      g_assert_no_error (error);
    }
  return path;
}

static char *
sibling_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  GString *found = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *sibling = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (sibling, G_FILE_TEST_EXISTS))
        g_string_append_printf (found, "%s ", suffixes[i]);
    }
  return g_string_free (found, FALSE);
}

static void
test_bad_input_feed_matrix (void)
{
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);
  g_autofree char *ledger_before = NULL;
  g_autofree char *rows_before = NULL;
  g_autofree char *refresh_before = NULL;
  DaftarTestServer *server;
  guint n_runs = 0;

  /* Inherited by every daftar-cli run: the drip takes about 50 s, the deadline 3 s, which
   * the other feeds, 3 MiB at most over loopback, meet with room to spare. */
  g_setenv ("DAFTAR_FEED_DEADLINE", "3", TRUE);

  /* A ledger with work in it, and a dataset from the feed in use. */
  server = daftar_test_server_start (handle_cb);
  {
    const char * const demo[] = { "demo", "--sessions", "200", "--until", "2024-06-30", NULL };
    g_autofree char *url = g_strconcat (server->base, "/good", NULL);
    const char * const refresh[] = { "market", "refresh", "--url", url, NULL };
    g_autoptr(DaftarTestRun) run_demo = daftar_test_run_cli (db, demo);
    g_autoptr(DaftarTestRun) run_refresh = daftar_test_run_cli (db, refresh);

    g_assert_cmpint (run_demo->status, ==, 0);
    if (run_refresh->status != 0)
      g_error ("the good feed failed: %s", run_refresh->err);
    g_assert_nonnull (strstr (run_refresh->out, GOOD_PUBLISHER));
  }
  for (guint i = 0; i < G_N_ELEMENTS (bad_contents); i++)
    bodies[i] = make_body (&bad_contents[i], db);

  ledger_before = daftar_test_fingerprint_ledger (db);
  rows_before = dump_without_refresh (db);
  refresh_before = refresh_row (db);
  g_assert_nonnull (strstr (refresh_before, "(no error)"));

  for (guint i = 0; i < G_N_ELEMENTS (bad_contents); i++)
    for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
      {
        const BadContent *bad = &bad_contents[i];
        Entry entry = entries[e].entry;
        g_autoptr(DaftarTestRun) run = NULL;
        g_autofree char *url = NULL;
        g_autofree char *path = NULL;
        g_autofree char *file_before = NULL;
        const char *says = bad->feed_says;

        if (!(bad->entries & entry))
          continue;

        if (entry == ENTRY_FEED)
          {
            url = g_strdup_printf ("%s/bad/%u", server->base, i);
            run = daftar_test_run_cli (db, (const char * const []) { "market", "refresh", "--url", url, NULL });
          }
        else
          {
            path = put_file (dir, i, entry == ENTRY_LEDGER ? ".db" : ".json");
            file_before = daftar_test_read_file (path);
            if (bad->file_says != NULL)
              says = bad->file_says;
            if (entry == ENTRY_LIST)
              run = daftar_test_run_cli (db, (const char * const []) { "market", "list", "--dataset", path, NULL });
            else if (entry == ENTRY_COMPARE)
              run = daftar_test_run_cli (db, (const char * const []) { "market", "compare", "--period", "all",
                                                                       "--dataset", path, NULL });
            else
              {
                run = daftar_test_run_cli (path, (const char * const []) { "report", NULL });
                says = "Could not open the ledger";
              }
          }
        n_runs++;
        g_test_message ("%s with %s: %s", entries[e].label, bad->label, run->err);

        if (run->status != 1 || run->out[0] != '\0' || !message_is_clean (run->err) ||
            strstr (run->err, says) == NULL)
          g_error ("%s with %s: status %d, stdout “%.200s”, stderr “%.500s”, expected “%s”",
                   entries[e].label, bad->label, run->status, run->out, run->err, says);

        if (entry == ENTRY_FEED)
          {
            g_autofree char *rows = dump_without_refresh (db);
            g_autofree char *refresh = refresh_row (db);
            g_autofree char *message = g_strndup (run->err + strlen ("daftar-cli: "),
                                                  strlen (run->err) - strlen ("daftar-cli: ") - 1);
            g_auto(GStrv) was = g_strsplit (refresh_before, "\n", 3);
            g_autofree char *expected = g_strdup_printf ("%s\n%s\n%s", url, was[1], message);

            if (g_strcmp0 (rows, rows_before) != 0)
              g_error ("%s with %s changed the ledger", entries[e].label, bad->label);
            /* The error as printed, the last success kept */
            g_assert_cmpstr (refresh, ==, expected);
            /* The file entry points must leave the ledger as the refresh left it. */
            g_free (ledger_before);
            ledger_before = daftar_test_fingerprint_ledger (db);
          }
        else
          {
            g_autofree char *ledger_after = daftar_test_fingerprint_ledger (db);
            g_autofree char *file_after = daftar_test_read_file (path);
            g_autofree char *siblings = sibling_files (path);

            if (g_strcmp0 (ledger_after, ledger_before) != 0)
              g_error ("%s with %s changed the ledger", entries[e].label, bad->label);
            if (g_strcmp0 (file_after, file_before) != 0 || siblings[0] != '\0')
              g_error ("%s with %s changed the file: %s → %s; left %s", entries[e].label,
                       bad->label, file_before, file_after, siblings);
            if (bad->make == MAKE_DIRECTORY)
              {
                g_autoptr(GDir) folder = g_dir_open (path, 0, NULL);

                g_assert_nonnull (folder);
                g_assert_null (g_dir_read_name (folder));
              }
          }
      }

  /* After all that, the good dataset is still the one in use. */
  {
    const char * const list[] = { "market", "list", "--json", NULL };
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, list);

    g_assert_cmpint (run->status, ==, 0);
    g_assert_nonnull (strstr (run->out, "\"publisher\" : \"" GOOD_PUBLISHER "\""));
    g_assert_nonnull (strstr (run->out, "\"origin\" : \"feed\""));
  }

  g_test_message ("%u bad runs", n_runs);
  g_unsetenv ("DAFTAR_FEED_DEADLINE");
  daftar_test_server_stop (server);
  for (guint i = 0; i < G_N_ELEMENTS (bad_contents); i++)
    g_clear_pointer (&bodies[i], g_bytes_unref);
  daftar_test_rm_rf (dir);
}

/* The readers behind the entry points, in process: a document nested deeper than
 * any data file is refused before json-glib recurses into it. */
static void
test_bad_input_feed_nesting (void)
{
  static const guint depths[] = { 65, 1000, 100 * 1000, 2 * 1000 * 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (depths); i++)
    {
      g_autoptr(GString) text = g_string_new ("{\"schema\":1,\"x\":");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) market_error = NULL;
      g_autoptr(GError) rules_error = NULL;

      /* The object and depth - 1 arrays in it */
      for (guint j = 1; j < depths[i]; j++)
        g_string_append_c (text, '[');
      for (guint j = 1; j < depths[i]; j++)
        g_string_append_c (text, ']');
      g_string_append_c (text, '}');
      bytes = g_bytes_new (text->str, text->len);

      g_assert_null (daftar_market_load_bytes (bytes, NULL, &market_error));
      g_assert_error (market_error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_MALFORMED);
      g_assert_null (daftar_fee_rules_load_bytes (bytes, NULL, &rules_error));
      g_assert_nonnull (rules_error);
    }

  /* As deep as allowed: read, and refused for what it lacks. */
  {
    const char text[] = "{\"schema\":1,\"x\":" "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                        "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]" "}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
    g_autoptr(GError) error = NULL;

    g_assert_null (daftar_market_load_bytes (bytes, NULL, &error));
    g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  }

  /* Brackets inside strings are text, not nesting. */
  {
    g_autofree char *brackets = g_strnfill (200, '[');
    g_autofree char *text = g_strdup_printf ("{\"schema\":1,\"publisher\":\"%s\\\"[\"}", brackets);
    g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
    g_autoptr(GError) error = NULL;

    g_assert_null (daftar_market_load_bytes (bytes, NULL, &error));
    g_assert_error (error, DAFTAR_DATA_ERROR, DAFTAR_DATA_ERROR_INVALID);
  }
}

/* A ledger whose stored dataset was written by something else: every command
 * that reads it falls back to the bundled data, and nothing crashes or changes. */
static void
test_bad_input_feed_stored (void)
{
  static const Make makes[] = { MAKE_DEEP, MAKE_DEEP_COMMENT, MAKE_DEEP_LINE_COMMENT, MAKE_DEEP_QUOTE };
  static const char * const commands[][6] = {
    { "market", "list", "--json", NULL },
    { "market", "compare", "--period", "all", NULL },
    { "guidance", NULL },
  };
  g_autofree char *dir = daftar_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ledger.db", NULL);

  {
    const char * const demo[] = { "demo", "--sessions", "50", "--until", "2024-06-30", NULL };
    g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, demo);

    g_assert_cmpint (run->status, ==, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (makes); i++)
    {
      BadContent bad = { .make = makes[i] };
      g_autoptr(GBytes) body = make_body (&bad, db);
      g_autofree char *before = NULL;
      sqlite3 *sql = NULL;
      sqlite3_stmt *stmt = NULL;
      gsize size;
      const char *data = g_bytes_get_data (body, &size);

      g_assert_cmpint (sqlite3_open (db, &sql), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (sql, "INSERT OR REPLACE INTO market_dataset "
                                           "(id, json, url, publisher, as_of, etag, fetched_utc) "
                                           "VALUES (1, ?1, 'https://example.org/', 'P', '2026-01-01', NULL, 0)",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, data, (int) size, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
      g_assert_cmpint (sqlite3_close (sql), ==, SQLITE_OK);
      before = daftar_test_fingerprint_ledger (db);

      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          g_autoptr(DaftarTestRun) run = daftar_test_run_cli (db, commands[c]);
          g_autofree char *after = daftar_test_fingerprint_ledger (db);

          if (run->status != 0)
            g_error ("%s with stored dataset %u: status %d, %s", commands[c][0], i, run->status, run->err);
          g_assert_nonnull (strstr (run->err, "using the bundled data: The market data is not valid JSON."));
          if (c == 0)
            g_assert_nonnull (strstr (run->out, "\"origin\" : \"bundled\""));
          g_assert_cmpstr (after, ==, before);
        }
    }

  daftar_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bad-input-feed/matrix", test_bad_input_feed_matrix);
  g_test_add_func ("/bad-input-feed/nesting", test_bad_input_feed_nesting);
  g_test_add_func ("/bad-input-feed/stored", test_bad_input_feed_stored);

  return g_test_run ();
}
