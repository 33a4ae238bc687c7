/* test-export.c — the whole ledger as JSON and CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <csv.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "daftar-export.h"
#include "daftar-store-report.h"
#include "daftar-test-util.h"

/* A new ledger in a temporary folder, filled by fixture_set_up () */
typedef DaftarTestLedger Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char * const tools[] = { "DeepL", "ChatGPT", NULL };
  DaftarProjectDraft translate = { "Contract, \"legal\"", "Nikan Co.", "upwork",
                                   DAFTAR_CATEGORY_TRANSLATION, DAFTAR_PRICING_HOURLY,
                                   "EUR", TRUE, 2550, FALSE, 0 };
  DaftarProjectDraft tasks = { "=HYPERLINK(\"x\")", NULL, "outlier", DAFTAR_CATEGORY_AI_TRAINING,
                               DAFTAR_PRICING_PER_TASK, "USD", FALSE, 0, FALSE, 0 };
  DaftarMoney cost = { 2000, "USD" };
  gint64 a, b;
  DaftarSessionDraft s1 = { .start_utc = 1742536800, .utc_offset = 12600, .actual_seconds = 5400,
                            .has_paid = TRUE, .paid_seconds = 3600,
                            .note = "line one\nline two, with \"quotes\"", .tools = tools };
  DaftarSessionDraft s2 = { .start_utc = 1742619600, .actual_seconds = 600,
                            .has_earned = TRUE, .earned_minor = 1234, .note = "-2+3" };
  DaftarPaymentDraft pay = { .date = "2025-03-25", .amount_minor = 12050,
                             .withdrawal_fee_minor = 99, .note = "first" };

  daftar_test_ledger_set_up (f, NULL);

  g_assert_true (daftar_store_add_project (f->store, &translate, &a, &error));
  g_assert_true (daftar_store_add_project (f->store, &tasks, &b, &error));
  s1.project_id = a;
  s2.project_id = b;
  pay.project_id = a;
  g_assert_true (daftar_store_add_session (f->store, &s1, NULL, &error));
  g_assert_true (daftar_store_add_session (f->store, &s2, NULL, &error));
  g_assert_true (daftar_store_add_payment (f->store, &pay, NULL, &error));
  g_assert_true (daftar_store_add_tool (f->store, "Midjourney Pro", &cost, NULL, &error));
  g_assert_true (daftar_store_start_timer (f->store, a, 1742700000, 12600, "live", &error));
  g_assert_no_error (error);

  {
    g_autoptr(DaftarFeeRules) rules = daftar_fee_rules_load_default (&error);
    DaftarExchangeRate rate = { .base = "EUR", .quote = "USD", .rate_e8 = 108500000,
                                .source = DAFTAR_RATE_SOURCE_USER };
    DaftarProjectFees fees = { .project_id = a, .has_override_ppm = TRUE, .override_ppm = 50000 };

    g_assert_no_error (error);
    g_assert_true (daftar_day_from_iso ("2025-03-20", &rate.day));
    g_assert_true (daftar_store_add_rate (f->store, &rate, NULL, &error));
    g_assert_true (daftar_store_set_project_fees (f->store, &fees, rules, &error));
    g_assert_no_error (error);
  }
}

static char *
export_to_string (DaftarStore *store,
                  gboolean     json)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = json ? daftar_export_json (store, out, NULL, &error)
            : daftar_export_csv (store, out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static JsonObject *
find_by (JsonArray  *array,
         const char *member,
         const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (object, member), value) == 0)
        return object;
    }
  return NULL;
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *text = export_to_string (f->store, TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *project, *session, *tool, *payment, *timer;
  JsonArray *sessions, *tools;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "daftar-export");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, DAFTAR_EXPORT_FORMAT_VERSION);
  g_assert_cmpint (json_object_get_int_member (root, "schema"), ==, daftar_store_latest_version ());
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "platforms")), ==, 11);

  project = find_by (json_object_get_array_member (root, "projects"), "name", "Contract, \"legal\"");
  g_assert_nonnull (project);
  g_assert_cmpstr (json_object_get_string_member (project, "client"), ==, "Nikan Co.");
  g_assert_cmpstr (json_object_get_string_member (project, "platform"), ==, "upwork");
  g_assert_cmpstr (json_object_get_string_member (project, "category"), ==, "translation");
  g_assert_cmpstr (json_object_get_string_member (project, "pricing"), ==, "hourly");
  g_assert_cmpstr (json_object_get_string_member (project, "currency"), ==, "EUR");
  g_assert_cmpstr (json_object_get_string_member (project, "rate"), ==, "25.50");
  g_assert_true (json_object_get_null_member (project, "price"));

  sessions = json_object_get_array_member (root, "sessions");
  g_assert_cmpuint (json_array_get_length (sessions), ==, 2);
  session = json_array_get_object_element (sessions, 0);
  g_assert_cmpstr (json_object_get_string_member (session, "start"), ==, "2025-03-21T09:30:00+03:30");
  g_assert_cmpint (json_object_get_int_member (session, "start_utc"), ==, 1742536800);
  g_assert_cmpint (json_object_get_int_member (session, "utc_offset"), ==, 12600);
  g_assert_cmpint (json_object_get_int_member (session, "actual_seconds"), ==, 5400);
  g_assert_cmpint (json_object_get_int_member (session, "paid_seconds"), ==, 3600);
  g_assert_cmpstr (json_object_get_string_member (session, "note"), ==, "line one\nline two, with \"quotes\"");
  tools = json_object_get_array_member (session, "tools");
  g_assert_cmpuint (json_array_get_length (tools), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (tools, 0), ==, "ChatGPT");
  g_assert_cmpstr (json_array_get_string_element (tools, 1), ==, "DeepL");
  session = json_array_get_object_element (sessions, 1);
  g_assert_cmpstr (json_object_get_string_member (session, "earned"), ==, "12.34");
  g_assert_cmpstr (json_object_get_string_member (session, "currency"), ==, "USD");

  tool = find_by (json_object_get_array_member (root, "tools"), "name", "Midjourney Pro");
  g_assert_nonnull (tool);
  g_assert_cmpstr (json_object_get_string_member (tool, "monthly_cost"), ==, "20.00");
  g_assert_cmpstr (json_object_get_string_member (tool, "currency"), ==, "USD");
  g_assert_false (json_object_get_boolean_member (tool, "builtin"));

  payment = json_array_get_object_element (json_object_get_array_member (root, "payments"), 0);
  g_assert_cmpstr (json_object_get_string_member (payment, "date"), ==, "2025-03-25");
  g_assert_cmpstr (json_object_get_string_member (payment, "amount"), ==, "120.50");
  g_assert_cmpstr (json_object_get_string_member (payment, "withdrawal_fee"), ==, "0.99");
  g_assert_cmpstr (json_object_get_string_member (payment, "currency"), ==, "EUR");

  {
    JsonArray *rates = json_object_get_array_member (root, "exchange_rates");
    JsonArray *fees = json_object_get_array_member (root, "project_fees");
    JsonObject *rate, *fee;

    g_assert_cmpuint (json_array_get_length (rates), ==, 1);
    rate = json_array_get_object_element (rates, 0);
    g_assert_cmpstr (json_object_get_string_member (rate, "date"), ==, "2025-03-20");
    g_assert_cmpstr (json_object_get_string_member (rate, "base"), ==, "EUR");
    g_assert_cmpstr (json_object_get_string_member (rate, "quote"), ==, "USD");
    g_assert_cmpstr (json_object_get_string_member (rate, "rate"), ==, "1.08500000");
    g_assert_cmpstr (json_object_get_string_member (rate, "source"), ==, "user");
    g_assert_cmpuint (json_array_get_length (fees), ==, 1);
    fee = json_array_get_object_element (fees, 0);
    g_assert_cmpint (json_object_get_int_member (fee, "override_ppm"), ==, 50000);
    g_assert_true (json_object_get_null_member (fee, "contract_ppm"));
  }

  timer = json_object_get_object_member (root, "timer");
  g_assert_nonnull (timer);
  g_assert_cmpint (json_object_get_int_member (timer, "start_utc"), ==, 1742700000);
  g_assert_cmpstr (json_object_get_string_member (timer, "note"), ==, "live");
}

typedef struct
{
  GPtrArray *rows;     /* of GPtrArray of char* */
  GPtrArray *current;
} CsvRows;

static void
csv_field_cb (void   *data,
              size_t  len,
              void   *user_data)
{
  CsvRows *rows = user_data;

  if (rows->current == NULL)
    rows->current = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (rows->current, g_strndup (data, len));
}

static void
csv_row_cb (int   c,
            void *user_data)
{
  CsvRows *rows = user_data;

  g_ptr_array_add (rows->rows, g_steal_pointer (&rows->current));
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *text = export_to_string (f->store, FALSE);
  CsvRows rows = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref), NULL };
  struct csv_parser parser;
  GPtrArray *header, *row;
  guint n_projects = 0, n_sessions = 0, n_payments = 0;

  g_assert_cmpint (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI), ==, 0);
  g_assert_cmpuint (csv_parse (&parser, text, strlen (text), csv_field_cb, csv_row_cb, &rows),
                    ==, strlen (text));
  g_assert_cmpint (csv_fini (&parser, csv_field_cb, csv_row_cb, &rows), ==, 0);
  csv_free (&parser);

  /* header + 2 projects + 2 sessions + 1 payment */
  g_assert_cmpuint (rows.rows->len, ==, 6);
  header = g_ptr_array_index (rows.rows, 0);
  g_assert_cmpuint (header->len, ==, 16);
  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "kind");
  g_assert_cmpstr (g_ptr_array_index (header, 15), ==, "note");

  for (guint i = 1; i < rows.rows->len; i++)
    {
      const char *kind;

      row = g_ptr_array_index (rows.rows, i);
      g_assert_cmpuint (row->len, ==, 16);
      kind = g_ptr_array_index (row, 0);
      if (g_str_equal (kind, "project"))
        {
          n_projects++;
          /* A name that looks like a formula is guarded. */
          if (g_str_has_prefix (g_ptr_array_index (row, 2), "'"))
            g_assert_cmpstr (g_ptr_array_index (row, 2), ==, "'=HYPERLINK(\"x\")");
        }
      else if (g_str_equal (kind, "session"))
        {
          n_sessions++;
          if (g_str_equal (g_ptr_array_index (row, 10), "5400"))
            {
              g_assert_cmpstr (g_ptr_array_index (row, 8), ==, "2025-03-21T09:30:00+03:30");
              g_assert_cmpstr (g_ptr_array_index (row, 14), ==, "ChatGPT; DeepL");
              g_assert_cmpstr (g_ptr_array_index (row, 15), ==, "line one\nline two, with \"quotes\"");
            }
          else
            {
              g_assert_cmpstr (g_ptr_array_index (row, 12), ==, "12.34");
              g_assert_cmpstr (g_ptr_array_index (row, 15), ==, "'-2+3");
            }
        }
      else if (g_str_equal (kind, "payment"))
        {
          n_payments++;
          g_assert_cmpstr (g_ptr_array_index (row, 12), ==, "120.50");
          g_assert_cmpstr (g_ptr_array_index (row, 13), ==, "0.99");
        }
      else
        g_assert_not_reached ();
    }

  g_assert_cmpuint (n_projects, ==, 2);
  g_assert_cmpuint (n_sessions, ==, 2);
  g_assert_cmpuint (n_payments, ==, 1);
  g_ptr_array_unref (rows.rows);
}

/* The tools column read back as the documented rule says: split at "; ",
 * a backslash takes the next character as it is. */
static GStrv
split_tools_field (const char *field)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GString) name = g_string_new (NULL);

  for (const char *c = field; *c != '\0'; c++)
    {
      if (*c == '\\' && c[1] != '\0')
        g_string_append_c (name, *++c);
      else if (*c == ';' && c[1] == ' ')
        {
          g_strv_builder_add (names, name->str);
          g_string_truncate (name, 0);
          c++;
        }
      else
        {
          g_assert_cmpint (*c, !=, ';');
          g_string_append_c (name, *c);
        }
    }
  g_strv_builder_add (names, name->str);
  return g_strv_builder_end (names);
}

/* A ';' inside a tool's name can't be taken for the separator. */
static void
test_csv_tool_separator (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const tools[] = { "R&D; QA", "Back\\slash;", "Claude", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = daftar_store_list_projects (f->store, TRUE, &error);
  DaftarSessionDraft draft = { .start_utc = 1742800000, .actual_seconds = 4242,
                               .tools = tools };
  g_autofree char *text = NULL;
  CsvRows rows = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref), NULL };
  struct csv_parser parser;
  gboolean found = FALSE;

  g_assert_no_error (error);
  draft.project_id = ((DaftarProject *) g_ptr_array_index (projects, 0))->id;
  g_assert_true (daftar_store_add_tool (f->store, "R&D; QA", NULL, NULL, &error));
  g_assert_true (daftar_store_add_tool (f->store, "Back\\slash;", NULL, NULL, &error));
  g_assert_true (daftar_store_add_session (f->store, &draft, NULL, &error));
  g_assert_no_error (error);

  text = export_to_string (f->store, FALSE);
  g_assert_cmpint (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI), ==, 0);
  g_assert_cmpuint (csv_parse (&parser, text, strlen (text), csv_field_cb, csv_row_cb, &rows),
                    ==, strlen (text));
  g_assert_cmpint (csv_fini (&parser, csv_field_cb, csv_row_cb, &rows), ==, 0);
  csv_free (&parser);

  for (guint i = 1; i < rows.rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows.rows, i);
      g_auto(GStrv) names = NULL;

      if (!g_str_equal (g_ptr_array_index (row, 10), "4242"))
        continue;

      found = TRUE;
      g_assert_cmpstr (g_ptr_array_index (row, 14), ==, "Back\\\\slash\\;; Claude; R&D\\; QA");
      names = split_tools_field (g_ptr_array_index (row, 14));
      g_assert_cmpuint (g_strv_length (names), ==, 3);
      g_assert_cmpstr (names[0], ==, "Back\\slash;");
      g_assert_cmpstr (names[1], ==, "Claude");
      g_assert_cmpstr (names[2], ==, "R&D; QA");
    }

  g_assert_true (found);
  g_ptr_array_unref (rows.rows);
}

/* Text put in the ledger with raw SQL, not UTF-8: the JSON stays valid. */
static void
test_json_invalid_utf8 (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (daftar_store_get_path (f->store), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE projects SET name = 'Bad' || CAST (X'FF28' AS TEXT) WHERE id = 1;"
                                     "UPDATE sessions SET note = CAST (X'C3' AS TEXT);", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  json = export_to_string (f->store, TRUE);
  g_assert_true (g_utf8_validate (json, -1, NULL));
  g_assert_nonnull (strstr (json, "Bad\xef\xbf\xbd("));
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/export/json", Fixture, NULL, fixture_set_up, test_json, daftar_test_ledger_tear_down);
  g_test_add ("/export/csv", Fixture, NULL, fixture_set_up, test_csv, daftar_test_ledger_tear_down);
  g_test_add ("/export/csv/tool-separator", Fixture, NULL, fixture_set_up,
              test_csv_tool_separator, daftar_test_ledger_tear_down);
  g_test_add ("/export/json-invalid-utf8", Fixture, NULL, fixture_set_up, test_json_invalid_utf8,
              daftar_test_ledger_tear_down);

  return g_test_run ();
}
