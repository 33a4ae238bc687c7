/* test-cli-pdf.c — statements and invoices as PDF, read back with poppler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * daftar-cli writes the documents; pdftotext, pdffonts and pdfinfo (poppler-utils) read
 * them the way another program would. Every figure is looked for as the document's
 * locale writes it, from the numbers `report --json` prints; Persian and Arabic documents
 * must have no Latin digit outside the user's own text, and their columns must run from
 * the right edge.
 */

#define G_LOG_DOMAIN "test-cli-pdf"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "daftar-catalog.h"
#include "daftar-doc.h"
#include "daftar-duration-format.h"
#include "daftar-money.h"
#include "daftar-test-cli.h"
#include "daftar-test-util.h"

static const char *localedir;

/* The environment of every run: the build tree's catalogs, for the documents' words. */
static const char * const *
cli_env (void)
{
  static const char *env[] = { "DAFTAR_LOCALEDIR", NULL, NULL };

  env[1] = localedir;
  return env;
}

static CliRun *
run (const Ledger *ledger,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;
  const char *arg;

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, ledger->db);
  va_start (ap, ledger);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return run_cliv (ledger, cli_env (), (const char * const *) args->pdata);
}

/* A tool's standard output. */
static char *
tool_output (const char *tool,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  va_list ap;
  const char *arg;

  g_ptr_array_add (argv, (gpointer) tool);
  va_start (ap, tool);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("%s failed: %s", tool, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Text without direction marks and embeddings, which pdftotext and ICU add. */
static char *
strip_marks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x200e || c == 0x200f || c == 0x061c || (c >= 0x202a && c <= 0x202e) ||
          (c >= 0x2066 && c <= 0x2069))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *raw = tool_output ("pdftotext", path, "-", NULL);

  return strip_marks (raw);
}

static gint64
minor_of (JsonObject *object,
          const char *member)
{
  const char *text = json_object_get_string_member (object, member);
  g_autofree char *digits = g_strdup (text);
  char *dot = strchr (digits, '.');
  gint64 value;

  /* Two decimals: the demo's home currency is USD. */
  g_assert_nonnull (dot);
  memmove (dot, dot + 1, strlen (dot));
  value = g_ascii_strtoll (digits, NULL, 10);
  return ABS (value);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  g_autofree char *clean = strip_marks (part);

  if (strstr (text, clean) == NULL)
    g_test_message ("“%s” is not in the PDF's text:\n%s", clean, text);
  g_assert_nonnull (strstr (text, clean));
}

/* Words: pdftotext drops the zero-width non-joiner and splits some Persian and Arabic
 * words where their glyphs sit apart, so they are compared without either. */
static char *
squeeze (const char *text)
{
  g_autofree char *clean = strip_marks (text);
  GString *out = g_string_new (NULL);

  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x200c)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_contains_words (const char *text,
                       const char *words)
{
  g_autofree char *haystack = squeeze (text);
  g_autofree char *needle = squeeze (words);

  if (strstr (haystack, needle) == NULL)
    g_test_message ("“%s” is not in the PDF's words", words);
  g_assert_nonnull (strstr (haystack, needle));
}

static void
assert_figure (const char   *text,
               DaftarFormat *format,
               JsonObject   *object,
               const char   *member)
{
  g_autofree char *number = daftar_format_decimal (format, minor_of (object, member), 2);

  assert_contains (text, number);
}

/* Every font in the file is embedded. */
static void
assert_fonts_embedded (const char *path)
{
  g_autofree char *out = tool_output ("pdffonts", path, NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n_fonts = 0;

  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      for (guint j = 0; words[j] != NULL; j++)
        if (words[j][0] != '\0')
          g_ptr_array_add (fields, words[j]);
      if (fields->len == 0)
        continue;
      /* name type… encoding emb sub uni object-id generation */
      g_assert_cmpuint (fields->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (fields, fields->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static guint
page_count (const char *path)
{
  g_autofree char *info = tool_output ("pdfinfo", path, NULL);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static void
add_strings (JsonNode   *node,
             GPtrArray  *out)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_ptr_array_add (out, g_strdup (json_node_get_string (node)));
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_values (json_node_get_object (node));

      for (GList *l = members; l != NULL; l = l->next)
        add_strings (l->data, out);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autoptr(GList) elements = json_array_get_elements (json_node_get_array (node));

      for (GList *l = elements; l != NULL; l = l->next)
        add_strings (l->data, out);
    }
}

/* No Latin digit, unless it is in what the user or a source wrote. The text is cut into
 * runs of ASCII letters, digits and punctuation: a run with a digit must be part of the
 * user's text, and a run of digits alone at least a year long, so that a stray “3” can't
 * pass for a piece of some address. */
static void
assert_no_latin_digits (const char *text,
                        GPtrArray  *user_text)
{
  g_autoptr(GString) run = g_string_new (NULL);

  for (const char *p = text;; p++)
    {
      if (*p > 0x20 && *p < 0x7f)
        {
          g_string_append_c (run, *p);
          continue;
        }
      if (strpbrk (run->str, "0123456789") != NULL)
        {
          gboolean digits_only = strspn (run->str, "0123456789") == run->len;
          gboolean theirs = FALSE;

          for (guint j = 0; j < user_text->len && !theirs; j++)
            theirs = strstr (g_ptr_array_index (user_text, j), run->str) != NULL;
          if (!theirs || (digits_only && run->len < 4))
            g_test_message ("A Latin digit in “%s”", run->str);
          g_assert_true (theirs && !(digits_only && run->len < 4));
        }
      g_string_truncate (run, 0);
      if (*p == '\0')
        break;
    }
}

typedef struct
{
  double x_min;
  double x_max;
  double y_min;
} Box;

/* Where the first word containing @part is, and the page's width. */
static gboolean
find_word (const char *bbox,
           const char *part,
           Box        *out,
           double     *out_width)
{
  const char *page = strstr (bbox, "<page width=\"");
  g_autofree char *clean_part = strip_marks (part);

  g_assert_nonnull (page);
  *out_width = g_ascii_strtod (page + strlen ("<page width=\""), NULL);

  for (const char *w = bbox; (w = strstr (w, "<word ")) != NULL; w++)
    {
      const char *start = strchr (w, '>') + 1;
      const char *end = strstr (start, "</word>");
      g_autofree char *word = g_strndup (start, end - start);
      g_autofree char *clean = strip_marks (word);

      if (strstr (clean, clean_part) != NULL)
        {
          out->x_min = g_ascii_strtod (strstr (w, "xMin=\"") + 6, NULL);
          out->x_max = g_ascii_strtod (strstr (w, "xMax=\"") + 6, NULL);
          out->y_min = g_ascii_strtod (strstr (w, "yMin=\"") + 6, NULL);
          return TRUE;
        }
    }
  return FALSE;
}

/* The words on the same line as @box. */
static void
line_extent (const char *bbox,
             const Box  *box,
             double     *out_min,
             double     *out_max)
{
  *out_min = G_MAXDOUBLE;
  *out_max = 0;
  for (const char *w = bbox; (w = strstr (w, "<word ")) != NULL; w++)
    {
      double y = g_ascii_strtod (strstr (w, "yMin=\"") + 6, NULL);

      if (ABS (y - box->y_min) < 2)
        {
          *out_min = MIN (*out_min, g_ascii_strtod (strstr (w, "xMin=\"") + 6, NULL));
          *out_max = MAX (*out_max, g_ascii_strtod (strstr (w, "xMax=\"") + 6, NULL));
        }
    }
}

/* An exchange rate reads "1 EUR = … USD" left to right in every language: on the line
 * with the first "EUR" of @bbox's rates, "USD" is to its right. */
static void
assert_rates_read_left_to_right (const char *bbox)
{
  const char *w;
  double eur_x = -1, eur_y = -1;
  gboolean found = FALSE;

  for (w = bbox; (w = strstr (w, "<word ")) != NULL; w++)
    {
      const char *start = strchr (w, '>') + 1;

      if (g_str_has_prefix (start, "EUR<"))
        {
          const char *next = strstr (start, "<word ");

          /* Only a rate's line has a currency code after “=”. */
          if (next != NULL && strstr (next, ">=<") != NULL)
            {
              eur_x = g_ascii_strtod (strstr (w, "xMin=\"") + 6, NULL);
              eur_y = g_ascii_strtod (strstr (w, "yMin=\"") + 6, NULL);
              break;
            }
        }
    }
  g_assert_cmpfloat (eur_y, >=, 0);

  for (w = bbox; (w = strstr (w, "<word ")) != NULL; w++)
    {
      const char *start = strchr (w, '>') + 1;
      double y = g_ascii_strtod (strstr (w, "yMin=\"") + 6, NULL);

      if (g_str_has_prefix (start, "USD") && ABS (y - eur_y) < 2)
        {
          g_assert_cmpfloat (g_ascii_strtod (strstr (w, "xMin=\"") + 6, NULL), >, eur_x);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static Ledger *
demo_ledger (void)
{
  Ledger *ledger = ledger_new ();
  g_autoptr(CliRun) demo = run (ledger, "demo", "--sessions", "600", "--seed", "7",
                                "--until", "2025-11-30", NULL);

  expect_success (demo, NULL);
  return ledger;
}

static void
check_statement (const char *language)
{
  g_autoptr(Ledger) ledger = demo_ledger ();
  g_autoptr(DaftarFormat) user = daftar_format_new_from_environment ();
  g_autoptr(DaftarFormat) format = daftar_doc_format_for_language (user, language);
  g_autoptr(DaftarCatalog) catalog = daftar_catalog_new (language);
  g_autoptr(CliRun) json_run = NULL;
  g_autoptr(CliRun) pdf_run = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) user_text = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = g_build_filename (ledger->dir, "statement.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *bbox = NULL;
  g_autofree char *gross = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *last = NULL;
  g_autofree char *footer = NULL;
  JsonObject *report, *totals;
  JsonArray *groups;
  double width, line_min, line_max;
  guint n_pages;
  Box box = { 0 };

  json_run = run (ledger, "report", "--from", "2025-10-01", "--to", "2025-11-30", "--json", NULL);
  expect_success (json_run, NULL);
  root = parse_json (json_run->out);
  report = json_node_get_object (root);
  totals = json_object_get_object_member (report, "totals");
  groups = json_object_get_array_member (report, "groups");
  g_assert_cmpuint (json_array_get_length (groups), >, 3);

  pdf_run = run (ledger, "report", "--from", "2025-10-01", "--to", "2025-11-30",
                 "--output", "statement.pdf", "--language", language, NULL);
  expect_success (pdf_run, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  assert_fonts_embedded (path);
  text = pdf_text (path);

  /* The figures of report --json, as the document's locale writes them. */
  assert_figure (text, format, totals, "gross");
  assert_figure (text, format, totals, "platform_fees");
  assert_figure (text, format, totals, "withdrawal_fees");
  assert_figure (text, format, totals, "tool_costs");
  assert_figure (text, format, totals, "net");
  assert_figure (text, format, totals, "nominal_rate");
  assert_figure (text, format, totals, "effective_rate");
  {
    g_autofree char *worked = daftar_format_hours (format, json_object_get_int_member (totals, "seconds_actual"));
    g_autofree char *paid = daftar_format_hours (format, json_object_get_int_member (totals, "seconds_paid"));

    assert_contains (text, worked);
    assert_contains (text, paid);
  }
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonObject *group = json_array_get_object_element (groups, i);

      assert_figure (text, format, group, "net");
      assert_figure (text, format, group, "gross");
      g_ptr_array_add (user_text, g_strdup (json_object_get_string_member (group, "label")));
    }
  /* The document's words are in its language. */
  assert_contains_words (text, daftar_catalog_gettext (catalog, "Hours worked"));
  if (!g_str_equal (language, "en"))
    g_assert_cmpstr (daftar_catalog_gettext (catalog, "Hours worked"), !=, "Hours worked");

  /* "page N of N" at the foot of the last page, in the document's digits. */
  n_pages = page_count (path);
  g_assert_cmpuint (n_pages, >=, 1);
  pages = daftar_format_integer (format, n_pages);
  footer = g_strdup_printf (daftar_catalog_gettext (catalog, "page %s of %s"), pages, pages);
  last = strip_marks (footer);
  if (g_str_equal (language, "en"))
    assert_contains (text, last);
  else
    /* pdftotext writes a right-to-left line in its own order: the number, at least. */
    assert_contains (text, pages);

  if (!g_str_equal (language, "en"))
    {
      add_strings (json_object_get_member (report, "fee_rules"), user_text);
      add_strings (json_object_get_member (report, "rates"), user_text);
      g_ptr_array_add (user_text, g_strdup (json_object_get_string_member (report, "currency")));
      assert_no_latin_digits (text, user_text);
    }

  /* The exchange rates, wherever they are. */
  {
    g_autofree char *all = tool_output ("pdftotext", "-bbox", path, "-", NULL);

    assert_rates_read_left_to_right (all);
  }

  /* The columns: the label at the start side, the amount at the end side. */
  bbox = tool_output ("pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-", NULL);
  gross = daftar_format_decimal (format, minor_of (totals, "gross"), 2);
  g_assert_true (find_word (bbox, gross, &box, &width));
  line_extent (bbox, &box, &line_min, &line_max);
  if (g_str_equal (language, "en"))
    {
      g_assert_cmpfloat (box.x_min, >, width / 2);
      g_assert_cmpfloat (line_min, <, 60);
    }
  else
    {
      g_assert_cmpfloat (box.x_max, <, width / 2);
      /* The first column's text ends at the right margin. */
      g_assert_cmpfloat (line_max, >, width - 60);
    }
}

static void
test_statement_en (void)
{
  check_statement ("en");
}

static void
test_statement_fa (void)
{
  check_statement ("fa");
}

static void
test_statement_ar (void)
{
  check_statement ("ar");
}

/* --output picks the format from the extension; JSON to a file is report --json. */
static void
test_report_formats (void)
{
  g_autoptr(Ledger) ledger = demo_ledger ();
  g_autoptr(CliRun) json_run = run (ledger, "report", "--from", "2025-11-01", "--to", "2025-11-30", "--json", NULL);
  g_autoptr(CliRun) to_json = run (ledger, "report", "--from", "2025-11-01", "--to", "2025-11-30",
                                   "--output", "r.JSON", NULL);
  g_autoptr(CliRun) to_csv = run (ledger, "report", "--from", "2025-11-01", "--to", "2025-11-30",
                                  "--output", "r.data", "--format", "csv", NULL);
  g_autofree char *json_path = g_build_filename (ledger->dir, "r.JSON", NULL);
  g_autofree char *csv_path = g_build_filename (ledger->dir, "r.data", NULL);
  g_autofree char *json_text = NULL;
  g_autofree char *csv_text = NULL;
  g_auto(GStrv) rows = NULL;
  g_autoptr(JsonNode) root = NULL;

  expect_success (json_run, NULL);
  expect_success (to_json, NULL);
  expect_success (to_csv, NULL);
  g_assert_true (g_file_get_contents (json_path, &json_text, NULL, NULL));
  g_assert_cmpstr (json_text, ==, json_run->out);

  g_assert_true (g_file_get_contents (csv_path, &csv_text, NULL, NULL));
  rows = g_strsplit (csv_text, "\r\n", -1);
  root = parse_json (json_run->out);
  g_assert_true (g_str_has_prefix (rows[0], "key,label,sessions,"));
  /* A header, a row per group, the total and the empty string after the last line. */
  g_assert_cmpuint (g_strv_length (rows), ==,
                    json_array_get_length (json_object_get_array_member (json_node_get_object (root), "groups")) + 3);
  g_assert_true (g_str_has_prefix (rows[g_strv_length (rows) - 2], "total,"));
}

/* --sessions lists the period's sessions after the rest: more pages, each note there. */
static void
test_report_sessions (void)
{
  g_autoptr(Ledger) ledger = demo_ledger ();
  g_autoptr(CliRun) plain = run (ledger, "report", "--from", "2025-11-01", "--to", "2025-11-30",
                                 "--output", "plain.pdf", "--language", "en", NULL);
  g_autoptr(CliRun) listed = run (ledger, "report", "--from", "2025-11-01", "--to", "2025-11-30",
                                  "--output", "listed.pdf", "--language", "en", "--sessions", NULL);
  g_autoptr(CliRun) sessions = run (ledger, "sessions", "--from", "2025-11-01", "--to", "2025-11-30", "--json", NULL);
  g_autoptr(CliRun) csv = run (ledger, "report", "--output", "r.csv", "--sessions", NULL);
  g_autofree char *plain_path = g_build_filename (ledger->dir, "plain.pdf", NULL);
  g_autofree char *listed_path = g_build_filename (ledger->dir, "listed.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  expect_success (plain, NULL);
  expect_success (listed, NULL);
  expect_success (sessions, NULL);
  g_assert_cmpuint (page_count (listed_path), >, page_count (plain_path));
  text = pdf_text (listed_path);
  assert_contains (text, "Sessions");
  root = parse_json (sessions->out);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), >, 0);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *session = json_array_get_object_element (array, i);
      const char *note = json_object_get_string_member (session, "note");

      /* Short notes fit their cell on one line, as pdftotext reads it back. */
      if (note != NULL && strlen (note) > 0 && strlen (note) < 20)
        assert_contains (text, note);
    }
  expect_failure (csv, 2, "--sessions");
}

/* Refused outputs change nothing and write nothing. */
static void
test_report_refusals (void)
{
  g_autoptr(Ledger) ledger = demo_ledger ();
  g_autofree char *ledger_name = g_path_get_basename (ledger->db);
  g_autofree char *wal = g_strconcat (ledger_name, "-wal", NULL);
  g_autofree char *stray = g_build_filename (ledger->dir, "r.txt", NULL);
  g_autoptr(CliRun) unknown = NULL;
  g_autoptr(CliRun) language = NULL;
  g_autoptr(CliRun) both = NULL;

  assert_write_fails (ledger, 1, NULL, "report", "--output", ledger->db, "--format", "pdf", NULL);
  assert_write_fails (ledger, 1, NULL, "report", "--output", wal, "--format", "json", NULL);

  unknown = run (ledger, "report", "--output", "r.txt", NULL);
  expect_failure (unknown, 2, ".pdf, .csv or .json");
  g_assert_false (g_file_test (stray, G_FILE_TEST_EXISTS));
  language = run (ledger, "report", "--output", "r.pdf", "--language", "de", NULL);
  expect_failure (language, 2, "en, fa or ar");
  both = run (ledger, "report", "--output", "r.pdf", "--json", NULL);
  expect_failure (both, 2, "--format json");
}

static JsonObject *
invoice_record (const Ledger *ledger,
                guint         index,
                JsonNode    **out_root)
{
  g_autoptr(CliRun) list = run (ledger, "invoice", "list", "--json", NULL);

  expect_success (list, NULL);
  *out_root = parse_json (list->out);
  return json_array_get_object_element (json_node_get_array (*out_root), index);
}

static void
check_invoice (const char *language)
{
  g_autoptr(Ledger) ledger = demo_ledger ();
  g_autoptr(DaftarFormat) user = daftar_format_new_from_environment ();
  g_autoptr(DaftarFormat) format = daftar_doc_format_for_language (user, language);
  g_autoptr(CliRun) issue = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) user_text = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = g_build_filename (ledger->dir, "invoice.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *number = NULL;
  gsize length;
  JsonObject *record;

  issue = run (ledger, "invoice", "--client", "Nordlicht GmbH", "--from", "2025-11-01", "--to", "2025-11-30",
               "--issued", "2025-12-01", "--due", "2025-12-31", "--tax", "VAT:9", "--language", language,
               "--output", "invoice.pdf", NULL);
  expect_success (issue, "Nordlicht GmbH");

  record = invoice_record (ledger, 0, &root);
  g_assert_cmpstr (json_object_get_string_member (record, "number"), ==, "1");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  g_assert_cmpstr (json_object_get_string_member (record, "pdf_sha256"), ==, hash);

  assert_fonts_embedded (path);
  g_assert_cmpuint (page_count (path), ==, 1);
  text = pdf_text (path);
  {
    DaftarMoney total = { .minor = minor_of (record, "total") };
    g_autofree char *figure = daftar_format_decimal (format, total.minor, 2);

    assert_contains (text, figure);
  }
  number = daftar_format_integer (format, 1);
  assert_contains (text, number);

  if (!g_str_equal (language, "en"))
    {
      g_ptr_array_add (user_text, g_strdup ("Nordlicht GmbH"));
      g_ptr_array_add (user_text, g_strdup ("VAT"));
      g_ptr_array_add (user_text, g_strdup ("EUR"));
      assert_no_latin_digits (text, user_text);
    }
}

static void
test_invoice_en (void)
{
  check_invoice ("en");
}

static void
test_invoice_fa (void)
{
  check_invoice ("fa");
}

static void
test_invoice_ar (void)
{
  check_invoice ("ar");
}

/* Billing the same sessions again warns; a number never repeats; refusals write nothing. */
static void
test_invoice_twice (void)
{
  g_autoptr(Ledger) ledger = demo_ledger ();
  g_autoptr(CliRun) first = NULL;
  g_autoptr(CliRun) second = NULL;
  g_autoptr(CliRun) bad = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *repeat = g_build_filename (ledger->dir, "repeat.pdf", NULL);
  g_autofree char *link = g_build_filename (ledger->dir, "ledger.pdf", NULL);

  first = run (ledger, "invoice", "Churn model", "--from", "2025-11-01", "--to", "2025-11-30",
               "--output", "one.pdf", NULL);
  expect_success (first, "Invoice 1 ");
  g_assert_false (contains (first->err, "already billed"));

  second = run (ledger, "invoice", "churn MODEL", "--from", "2025-11-01", "--to", "2025-11-30",
                "--output", "two.pdf", NULL);
  /* Issued, with a warning. */
  g_assert_cmpint (second->status, ==, 0);
  g_assert_true (contains (second->out, "Invoice 2 "));
  g_assert_true (contains (second->err, "already billed, on invoice 1"));
  g_assert_cmpstr (json_object_get_string_member (invoice_record (ledger, 1, &root), "number"), ==, "2");

  /* A number the ledger has: refused, the ledger as it was, no file. */
  assert_write_fails (ledger, 1, "never repeat", "invoice", "Churn model", "--from", "2025-11-01",
                      "--to", "2025-11-30", "--number", "2", "--output", "repeat.pdf", NULL);
  g_assert_false (g_file_test (repeat, G_FILE_TEST_EXISTS));
  /* The ledger is never the output, not even through a link named like a PDF. */
  g_assert_cmpint (symlink (ledger->db, link), ==, 0);
  assert_write_fails (ledger, 1, NULL, "invoice", "Churn model", "--from", "2025-11-01",
                      "--to", "2025-11-30", "--output", link, NULL);
  assert_write_fails (ledger, 2, ".pdf", "invoice", "Churn model", "--from", "2025-11-01",
                      "--to", "2025-11-30", "--output", "x.csv", NULL);
  assert_write_fails (ledger, 1, "NAME:PERCENT", "invoice", "Churn model", "--from", "2025-11-01",
                      "--to", "2025-11-30", "--tax", "9", "--output", "x.pdf", NULL);
  assert_write_fails (ledger, 1, "No sessions", "invoice", "Churn model", "--from", "2020-01-01",
                      "--to", "2020-01-31", "--output", "x.pdf", NULL);
  assert_write_fails (ledger, 2, NULL, "invoice", "--from", "2025-11-01", "--to", "2025-11-30",
                      "--output", "x.pdf", NULL);

  bad = run (ledger, "invoice", "list", NULL);
  expect_success (bad, "Nordlicht GmbH");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  localedir = g_getenv ("DAFTAR_LOCALEDIR");
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  daftar_test_cli_path = g_canonicalize_filename (g_getenv ("DAFTAR_CLI"), NULL);

  g_test_add_func ("/cli-pdf/statement/en", test_statement_en);
  g_test_add_func ("/cli-pdf/statement/fa", test_statement_fa);
  g_test_add_func ("/cli-pdf/statement/ar", test_statement_ar);
  g_test_add_func ("/cli-pdf/report/formats", test_report_formats);
  g_test_add_func ("/cli-pdf/report/refusals", test_report_refusals);
  g_test_add_func ("/cli-pdf/report/sessions", test_report_sessions);
  g_test_add_func ("/cli-pdf/invoice/en", test_invoice_en);
  g_test_add_func ("/cli-pdf/invoice/fa", test_invoice_fa);
  g_test_add_func ("/cli-pdf/invoice/ar", test_invoice_ar);
  g_test_add_func ("/cli-pdf/invoice/twice", test_invoice_twice);

  return g_test_run ();
}
