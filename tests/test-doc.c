/* test-doc.c — printed documents: the shared chart, the page machinery, the statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-doc"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "daftar-catalog.h"
#include "daftar-chart-draw.h"
#include "daftar-demo.h"
#include "daftar-doc.h"
#include "daftar-report-pdf.h"
#include "daftar-store-report.h"
#include "daftar-test-util.h"

static const DaftarChartBar bars[] = {
  { "1", "$10.00", 1000 },
  { "2", "$20.00", 2000 },
  { "3", "-$5.00", -500 },
};

static void
chart_geometry (gboolean           rtl,
                DaftarChartGeometry *g,
                DaftarChartStyle    *style)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  *style = (DaftarChartStyle) { .hovered = -1, .rtl = rtl };
  daftar_chart_layout (context, style, bars, G_N_ELEMENTS (bars), 300, 150, g);
  g_object_unref (context);
}

/* The first bar at the start side: left in English, right in Persian and Arabic. */
static void
test_chart_mirrors (void)
{
  DaftarChartGeometry ltr, rtl;
  DaftarChartStyle ltr_style, rtl_style;
  double x[2], y, w, h, first_y, third_y, third_h;

  chart_geometry (FALSE, &ltr, &ltr_style);
  chart_geometry (TRUE, &rtl, &rtl_style);

  daftar_chart_bar_rect (&ltr, &ltr_style, bars, 0, &x[0], &first_y, &w, &h);
  daftar_chart_bar_rect (&ltr, &ltr_style, bars, 2, &x[1], &third_y, &w, &third_h);
  g_assert_cmpfloat (x[0], <, x[1]);
  /* Negative amounts hang below the zero line. */
  g_assert_cmpfloat (third_y, ==, ltr.zero_y);
  g_assert_cmpfloat (first_y + h, ==, ltr.zero_y);

  daftar_chart_bar_rect (&rtl, &rtl_style, bars, 0, &x[0], &y, &w, &h);
  daftar_chart_bar_rect (&rtl, &rtl_style, bars, 2, &x[1], &y, &w, &h);
  g_assert_cmpfloat (x[0], >, x[1]);
  g_assert_cmpfloat (x[0] + w, >, 300 - rtl.slot);

  g_assert_cmpint (daftar_chart_bar_at (&ltr, &ltr_style, 3, 10), ==, 0);
  g_assert_cmpint (daftar_chart_bar_at (&rtl, &rtl_style, 3, 10), ==, 2);
  g_assert_cmpint (daftar_chart_bar_at (&rtl, &rtl_style, 3, 299), ==, 0);
}

/* The chart draws on any cairo surface: ink where the bars are, none elsewhere. */
static void
test_chart_draws (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 150);
  cairo_t *cr = cairo_create (surface);
  DaftarChartStyle style = {
    .fg = { 0, 0, 0, 1 }, .bar = { 0, 0, 1, 1 }, .negative = { 1, 0, 0, 1 },
    .hovered = -1, .rtl = TRUE,
  };
  DaftarChartGeometry g;
  double x, y, w, h;
  guint32 pixel;
  int stride;
  guint8 *data;
  PangoContext *context = pango_cairo_create_context (cr);

  daftar_chart_draw (cr, context, &style, bars, G_N_ELEMENTS (bars), 300, 150);
  cairo_surface_flush (surface);
  daftar_chart_layout (context, &style, bars, G_N_ELEMENTS (bars), 300, 150, &g);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  /* The middle of the second bar is blue (ARGB, premultiplied). */
  daftar_chart_bar_rect (&g, &style, bars, 1, &x, &y, &w, &h);
  memcpy (&pixel, data + (int) (y + h / 2) * stride + (int) (x + w / 2) * 4, 4);
  g_assert_cmphex (pixel, ==, 0xff0000ff);
  /* The third, negative, red. */
  daftar_chart_bar_rect (&g, &style, bars, 2, &x, &y, &w, &h);
  memcpy (&pixel, data + (int) (y + h / 2) * stride + (int) (x + w / 2) * 4, 4);
  g_assert_cmphex (pixel, ==, 0xffff0000);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_paper (void)
{
  double w, h;

  g_assert_cmpint (daftar_paper_for_locale ("en_US.UTF-8"), ==, DAFTAR_PAPER_LETTER);
  g_assert_cmpint (daftar_paper_for_locale ("en_CA"), ==, DAFTAR_PAPER_LETTER);
  g_assert_cmpint (daftar_paper_for_locale ("fa_IR.UTF-8"), ==, DAFTAR_PAPER_A4);
  g_assert_cmpint (daftar_paper_for_locale ("ar_EG"), ==, DAFTAR_PAPER_A4);
  g_assert_cmpint (daftar_paper_for_locale ("en_GB"), ==, DAFTAR_PAPER_A4);
  g_assert_cmpint (daftar_paper_for_locale ("C.UTF-8"), ==, DAFTAR_PAPER_A4);
  g_assert_cmpint (daftar_paper_for_locale (NULL), ==, DAFTAR_PAPER_A4);
  daftar_paper_get_size (DAFTAR_PAPER_LETTER, &w, &h);
  g_assert_cmpfloat (w, ==, 612);
  g_assert_cmpfloat (h, ==, 792);
}

/* A document's words come from its own language's catalog, whatever the process's. */
static void
test_catalog (void)
{
  g_autoptr(DaftarCatalog) fa = daftar_catalog_new ("fa");
  g_autoptr(DaftarCatalog) ar = daftar_catalog_new ("ar");
  g_autoptr(DaftarCatalog) en = daftar_catalog_new ("en");
  g_autoptr(DaftarCatalog) none = daftar_catalog_new ("xx");
  const char *msgid = "Earnings Statement";

  g_assert_cmpstr (daftar_catalog_gettext (en, msgid), ==, msgid);
  g_assert_cmpstr (daftar_catalog_gettext (none, msgid), ==, msgid);
  g_assert_cmpstr (daftar_catalog_gettext (fa, msgid), ==, "صورت‌حساب درآمد");
  g_assert_cmpstr (daftar_catalog_gettext (ar, msgid), ==, "كشف الأرباح");
  /* The process itself stays in its own language. */
  g_assert_cmpstr (_(msgid), ==, msgid);
}

static void
test_document_format (void)
{
  g_autoptr(DaftarFormat) user = daftar_format_new ("fa_IR", DAFTAR_CALENDAR_GREGORIAN, TRUE);
  g_autoptr(DaftarFormat) fa = daftar_doc_format_for_language (user, "fa");
  g_autoptr(DaftarFormat) en = daftar_doc_format_for_language (user, "en");
  g_autoptr(DaftarFormat) ar = daftar_doc_format_for_language (user, "ar");

  /* The user's own calendar and digits for a document in their language… */
  g_assert_true (fa == user);
  /* …and the language's usual ones for another. */
  g_assert_cmpstr (daftar_format_get_locale (en), ==, "en_US");
  g_assert_true (g_str_has_prefix (daftar_format_get_locale (ar), "ar"));
  g_assert_false (daftar_format_get_latin_digits (ar));
  g_assert_true (daftar_doc_language_is_known ("ar"));
  g_assert_false (daftar_doc_language_is_known ("de"));
  g_assert_false (daftar_doc_language_is_known (NULL));
}

typedef struct
{
  char                 *dir;
  DaftarStore          *store;
  DaftarFeeRules       *rules;
  DaftarEarningsInput  *input;
  DaftarEarningsReport *report;
} Ledger;

static Ledger *
demo_ledger (gint64      n_sessions,
             const char *from,
             const char *to)
{
  Ledger *l = g_new0 (Ledger, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  DaftarDemoOptions options = { .n_sessions = n_sessions, .seed = 3 };
  DaftarDemoStats stats;
  DaftarDay first, last;

  l->dir = daftar_test_make_tmpdir ();
  path = g_build_filename (l->dir, "daftar.db", NULL);
  l->store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_date_set_dmy (&options.last_day, 30, G_DATE_NOVEMBER, 2025);
  g_assert_true (daftar_demo_fill (l->store, &options, &stats, &error));
  g_assert_no_error (error);
  l->rules = daftar_fee_rules_load_default (&error);
  g_assert_no_error (error);
  g_assert_true (daftar_day_from_iso (from, &first));
  g_assert_true (daftar_day_from_iso (to, &last));
  l->input = daftar_store_load_earnings (l->store, first, last, "USD",
                                         DAFTAR_EARNINGS_BY_PROJECT, l->rules, &error);
  g_assert_no_error (error);
  l->report = daftar_earnings_compute (l->input, &error);
  g_assert_no_error (error);
  return l;
}

static void
ledger_free (Ledger *l)
{
  daftar_earnings_report_free (l->report);
  daftar_earnings_input_free (l->input);
  daftar_fee_rules_free (l->rules);
  g_clear_object (&l->store);
  daftar_test_rm_rf (l->dir);
  g_free (l->dir);
  g_free (l);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Ledger, ledger_free)

/* Counting pages and drawing them break at the same places: the PDF has as many pages
 * as were counted, and each one drawn alone for printing matches. */
static void
test_statement_pages (void)
{
  g_autoptr(Ledger) l = demo_ledger (3000, "2025-01-01", "2025-11-30");
  g_autoptr(DaftarFormat) format = daftar_format_new ("en_US", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  const char *languages[] = { "en", "fa", "ar" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      DaftarStatementOptions options = {
        .language = languages[i], .user_format = format, .paper = DAFTAR_PAPER_A4, .name = "Sara",
      };
      g_autoptr(DaftarStatement) statement = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      const char *data;
      gsize size;
      cairo_surface_t *surface;
      cairo_t *cr;
      guint n_pages, n_page_objects = 0;

      statement = daftar_statement_new (l->input, l->report, &options, &error);
      g_assert_no_error (error);
      n_pages = daftar_statement_count_pages (statement);
      g_assert_cmpuint (n_pages, >=, 1);

      bytes = daftar_statement_to_pdf (statement, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &size);
      g_assert_true (size > 5 && memcmp (data, "%PDF-", 5) == 0);
      /* The page objects are written out plainly; only their contents are compressed. */
      for (gsize at = 0; at + 12 < size; at++)
        if (memcmp (data + at, "/Type /Page", 11) == 0 && data[at + 11] != 's')
          n_page_objects++;
      g_assert_cmpuint (n_page_objects, ==, n_pages);

      /* One page alone, as printing and the preview draw it. */
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, 850);
      cr = cairo_create (surface);
      daftar_statement_draw_page (statement, cr, n_pages - 1);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* A cancelled statement makes no PDF, and says why. */
static void
test_statement_cancelled (void)
{
  g_autoptr(Ledger) l = demo_ledger (10, "2025-11-01", "2025-11-30");
  g_autoptr(DaftarFormat) format = daftar_format_new ("en_US", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(DaftarStatement) statement = NULL;
  g_autoptr(GError) error = NULL;
  DaftarStatementOptions options = { .language = "en", .user_format = format, .paper = DAFTAR_PAPER_A4 };

  statement = daftar_statement_new (l->input, l->report, &options, &error);
  g_assert_no_error (error);
  daftar_doc_set_cancellable (daftar_statement_get_doc (statement), cancellable);
  g_cancellable_cancel (cancellable);
  g_assert_null (daftar_statement_to_pdf (statement, &error));
  g_assert_error (error, DAFTAR_DOC_ERROR, DAFTAR_DOC_ERROR_CANCELLED);
}

static void
test_statement_language_refused (void)
{
  g_autoptr(Ledger) l = demo_ledger (10, "2025-11-01", "2025-11-30");
  g_autoptr(GError) error = NULL;
  DaftarStatementOptions options = { .language = "de", .paper = DAFTAR_PAPER_A4 };

  g_assert_null (daftar_statement_new (l->input, l->report, &options, &error));
  g_assert_error (error, DAFTAR_DOC_ERROR, DAFTAR_DOC_ERROR_LANGUAGE);
}

int
main (int argc, char *argv[])
{
  const char *localedir = g_getenv ("DAFTAR_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/doc/chart/mirrors", test_chart_mirrors);
  g_test_add_func ("/doc/chart/draws", test_chart_draws);
  g_test_add_func ("/doc/paper", test_paper);
  g_test_add_func ("/doc/catalog", test_catalog);
  g_test_add_func ("/doc/format", test_document_format);
  g_test_add_func ("/doc/statement/pages", test_statement_pages);
  g_test_add_func ("/doc/statement/cancelled", test_statement_cancelled);
  g_test_add_func ("/doc/statement/language-refused", test_statement_language_refused);

  return g_test_run ();
}
