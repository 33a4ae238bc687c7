/* test-earnings-page.c — the Earnings page, its chart, and the rates and fee terms dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With DAFTAR_SCREENSHOT_DIR set, /earnings-page/screenshots renders the page (light and
 * dark, left to right and right to left) and both dialogs to PNG files in that directory.
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "daftar-application.h"
#include "daftar-bar-chart.h"
#include "daftar-date-format.h"
#include "daftar-earnings-page.h"
#include "daftar-earnings-page-private.h"
#include "daftar-earnings-text.h"
#include "daftar-market-sources.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-range-bar.h"
#include "daftar-rates-dialog.h"
#include "daftar-store-market.h"
#include "daftar-store-report.h"
#include "daftar-store-goals.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-ui-format.h"

/* One registered application for the whole run, as in the real program: it holds the
 * settings the page reads the home currency from. */
static DaftarApplication *app;

typedef struct
{
  char               *dir;
  DaftarStore        *store;
  GtkWindow          *window;
  DaftarEarningsPage *page;
} Fixture;

static GSettings *
settings (void)
{
  GSettings *s = daftar_application_get_settings (app);

  g_assert_nonnull (s);
  return s;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = daftar_test_make_tmpdir ();
  path = g_build_filename (f->dir, "daftar.db", NULL);
  f->store = daftar_store_open (path, &error);
  g_assert_no_error (error);
  g_settings_set_string (settings (), "home-currency", "USD");
}

static void
close_dialogs (void)
{
  daftar_test_destroy_toplevels (DAFTAR_TYPE_RATES_DIALOG);
  daftar_test_destroy_toplevels (DAFTAR_TYPE_PROJECT_FEES_DIALOG);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_dialogs ();
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  f->window = NULL;
  f->page = NULL;
  daftar_test_iterate ();

  g_settings_reset (settings (), "home-currency");
  g_settings_reset (settings (), "earnings-basis");
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->dir);
}

/* Ledger */

static gint64
add_project (Fixture       *f,
             const char    *name,
             const char    *platform,
             DaftarCategory category,
             const char    *currency,
             gint64         rate_minor)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectDraft draft = {
    .name = name,
    .platform = platform,
    .category = category,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = currency,
    .has_rate = TRUE,
    .rate_minor = rate_minor,
  };
  gint64 id = 0;

  g_assert_true (daftar_store_add_project (f->store, &draft, &id, &error));
  g_assert_no_error (error);
  return id;
}

/* The first day of this month, in the local time zone (UTC in tests). */
static GDateTime *
month_start (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now), 1, 0, 0, 0);
}

static void
add_session (Fixture            *f,
             gint64              project_id,
             int                 day_of_month,
             gint64              actual,
             gint64              paid,
             const char * const *tools)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) first = month_start ();
  g_autoptr(GDateTime) start = NULL;
  DaftarSessionDraft draft = {
    .project_id = project_id,
    .utc_offset = 0,
    .actual_seconds = actual,
    .has_paid = TRUE,
    .paid_seconds = paid,
    .tools = tools,
  };

  /* Early in the month, later days are still to come: no session starts in the future. */
  start = g_date_time_add_days (first, MIN (day_of_month, g_date_time_get_day_of_month (now)) - 1);
  draft.start_utc = g_date_time_to_unix (start) + 9 * 3600;
  g_assert_true (daftar_store_add_session (f->store, &draft, NULL, &error));
  g_assert_no_error (error);
}

/* The Outlier case of seed 003: $40 an hour advertised, 10 h worked, 5.29 h paid. */
static gint64
add_outlier (Fixture *f)
{
  gint64 id = add_project (f, "Outlier evaluation", "outlier", DAFTAR_CATEGORY_AI_TRAINING, "USD", 4000);

  add_session (f, id, 1, 10 * 3600, 19044, NULL);
  return id;
}

/* A $500 Fiverr logo: 3 h on the 10th and 5 h on the 12th of last month, and a $300
 * milestone, less a $1 withdrawal fee, on the 1st of this month. */
static gint64
add_milestone (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first = month_start ();
  g_autoptr(GDateTime) last_month = g_date_time_add_months (first, -1);
  g_autofree char *paid_on = g_date_time_format (first, "%Y-%m-%d");
  DaftarProjectDraft project = {
    .name = "Logo",
    .platform = "fiverr",
    .category = DAFTAR_CATEGORY_GRAPHIC_DESIGN,
    .pricing = DAFTAR_PRICING_FIXED,
    .currency = "USD",
    .has_price = TRUE,
    .price_minor = 50000,
  };
  DaftarPaymentDraft payment = {
    .date = paid_on,
    .amount_minor = 30000,
    .withdrawal_fee_minor = 100,
  };
  const struct { int day; gint64 seconds; } work[] = { { 10, 3 * 3600 }, { 12, 5 * 3600 } };
  gint64 id = 0;

  g_assert_true (daftar_store_add_project (f->store, &project, &id, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (work); i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (last_month, work[i].day - 1);
      DaftarSessionDraft session = {
        .project_id = id,
        .start_utc = g_date_time_to_unix (start) + 9 * 3600,
        .actual_seconds = work[i].seconds,
        .has_paid = TRUE,
        .paid_seconds = work[i].seconds,
      };

      g_assert_true (daftar_store_add_session (f->store, &session, NULL, &error));
      g_assert_no_error (error);
    }
  payment.project_id = id;
  g_assert_true (daftar_store_add_payment (f->store, &payment, NULL, &error));
  g_assert_no_error (error);
  return id;
}

/* Until the page has worked out what a change asks for: its worker runs in an
 * idle, then answers in another. */
static void
settle (Fixture *f)
{
  daftar_test_iterate ();
  while (f->page != NULL && daftar_earnings_page_is_loading (f->page))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
}

/* Widgets */


/* Shows the page over a context whose clock is @clock, or the real one when %NULL. */
static void
show_page_at (Fixture         *f,
              int              width,
              int              height,
              DaftarClockFunc  clock)
{
  {
    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);

    if (clock != NULL)
      daftar_context_set_clock (context, clock, NULL, NULL);
    f->page = DAFTAR_EARNINGS_PAGE (daftar_earnings_page_new (context));
  }
  /* Nothing is worked out before the page is on screen. */
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "loading");

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, height);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  /* The report comes from a worker, and is shown a part a frame */
  while (g_str_equal (daftar_earnings_page_get_state (f->page), "loading") ||
         daftar_earnings_page_is_loading (f->page))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
}

static void
show_page (Fixture *f,
           int      width,
           int      height)
{
  show_page_at (f, width, height, NULL);
}

static GtkWidget *
row (GtkWindow  *window,
     const char *title)
{
  GtkWidget *found = daftar_test_find_row (GTK_WIDGET (window), ADW_TYPE_PREFERENCES_ROW, title);

  g_assert_nonnull (found);
  return found;
}

/* Tests */

static void
test_outlier (Fixture       *f,
              gconstpointer  data)
{
  add_outlier (f);
  show_page (f, 1000, 900);

  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");
  /* The gap at the heart of it: $21.16 an hour really, $40.00 as advertised */
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "effective-rate"), ==, "$21.16/h");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "nominal-rate"), ==, "$40.00/h");
  g_assert_nonnull (strstr (daftar_test_label_text (GTK_WIDGET (f->page), "rate-gap"), "47%"));
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "net"), ==, "$211.60");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "hours-worked"), ==, "10.0 h");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "hours-paid"), ==, "5.29 h paid");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "hours-unpaid"), ==, "4.71 h unpaid");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "platform-fees"), ==, "$0.00");

  /* Without AI tools, all of it */
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "without-ai-rate"), ==, "$21.16/h");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "with-ai-rate"), ==, "—");

  /* The breakdown by project has the project, with its Fee Terms button */
  g_assert_nonnull (daftar_test_find_row (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_ROW, "Outlier evaluation"));
  g_assert_nonnull (daftar_test_find_button (GTK_WIDGET (f->page), "_Fee Terms…"));
}

static gboolean
label_shown (Fixture    *f,
             const char *name)
{
  GtkWidget *label = daftar_test_find_by_name (GTK_WIDGET (f->page), name);

  g_assert_nonnull (label);
  return gtk_widget_get_visible (label);
}

/* An Upwork payment this month with the fee Upwork charged (an import's Service Fee):
 * the page shows it beside the rule's 10% for the same payment, marked as different. */
static void
test_fees_charged (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  DaftarProjectDraft project = { "Data labeling", NULL, "upwork", DAFTAR_CATEGORY_DATA_ENTRY,
                                 DAFTAR_PRICING_HOURLY, "USD", TRUE, 5000, FALSE, 0 };
  DaftarPaymentDraft payment = { .date = today, .amount_minor = 10000,
                                 .has_platform_fee = TRUE, .platform_fee_minor = 2000 };
  GtkWidget *label;

  g_assert_true (daftar_store_add_project (f->store, &project, &payment.project_id, &error));
  g_assert_true (daftar_store_add_payment (f->store, &payment, NULL, &error));
  {
    DaftarSessionDraft session = { .project_id = payment.project_id, .actual_seconds = 7200,
                                   .start_utc = g_date_time_to_unix (now) - 3 * 3600 };

    g_assert_true (daftar_store_add_session (f->store, &session, NULL, &error));
  }
  g_assert_no_error (error);
  show_page (f, 1000, 900);

  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");
  g_assert_true (label_shown (f, "fees-charged"));
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "fees-charged"), ==,
                   "Charged $20.00; the rules predict $10.00");
  label = daftar_test_find_by_name (GTK_WIDGET (f->page), "fees-charged");
  g_assert_true (gtk_widget_has_css_class (label, "warning"));
}

/* As earned, the milestone is last month's money; as received, this month's. The page
 * says which it shows, remembers the choice, and shows what is awaited beside net. */
static void
test_basis (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *page = NULL;

  add_milestone (f);
  show_page (f, 1000, 900);
  g_assert_cmpint (daftar_earnings_page_get_basis (f->page), ==, DAFTAR_EARNINGS_BASIS_WORK);

  daftar_earnings_page_set_period (f->page, DAFTAR_PERIOD_LAST_MONTH);
  daftar_earnings_page_reload (f->page);
  page = GTK_WIDGET (f->page);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");
  g_assert_true (g_str_has_prefix (daftar_test_label_text (page, "basis"), "Earned:"));
  g_assert_cmpstr (daftar_test_label_text (page, "net"), ==, "$239.00");
  g_assert_cmpstr (daftar_test_label_text (page, "gross"), ==, "Gross $300.00");
  g_assert_cmpstr (daftar_test_label_text (page, "effective-rate"), ==, "$29.88/h");
  g_assert_true (label_shown (f, "awaiting-payment"));
  g_assert_cmpstr (daftar_test_label_text (page, "awaiting-payment"), ==, "Awaiting payment $500.00");

  /* As received: the month of the work earned nothing; the choice is remembered */
  daftar_earnings_page_set_basis (f->page, DAFTAR_EARNINGS_BASIS_PAID);
  g_assert_cmpstr (g_settings_get_string (settings (), "earnings-basis"), ==, "paid");
  daftar_earnings_page_reload (f->page);
  g_assert_true (g_str_has_prefix (daftar_test_label_text (page, "basis"), "Received:"));
  g_assert_cmpstr (daftar_test_label_text (page, "net"), ==, "$0.00");
  g_assert_cmpstr (daftar_test_label_text (page, "awaiting-payment"), ==, "Awaiting payment $500.00");

  daftar_earnings_page_set_period (f->page, DAFTAR_PERIOD_THIS_MONTH);
  daftar_earnings_page_reload (f->page);
  g_assert_cmpstr (daftar_test_label_text (page, "net"), ==, "$239.00");
  g_assert_cmpstr (daftar_test_label_text (page, "awaiting-payment"), ==, "Awaiting payment $200.00");

  /* As earned, this month has none of it, but the page still says what is awaited */
  g_settings_set_string (settings (), "earnings-basis", "work");
  settle (f);
  g_assert_cmpint (daftar_earnings_page_get_basis (f->page), ==, DAFTAR_EARNINGS_BASIS_WORK);
  daftar_earnings_page_reload (f->page);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");
  g_assert_cmpstr (daftar_test_label_text (page, "net"), ==, "$0.00");
  g_assert_cmpstr (daftar_test_label_text (page, "awaiting-payment"), ==, "Awaiting payment $200.00");
  g_assert_true (g_str_has_prefix (daftar_test_label_text (page, "basis"), "Earned:"));

  /* A new page starts from the remembered choice */
  g_settings_set_string (settings (), "earnings-basis", "paid");
  gtk_window_destroy (f->window);
  f->window = NULL;
  show_page (f, 1000, 900);
  g_assert_cmpint (daftar_earnings_page_get_basis (f->page), ==, DAFTAR_EARNINGS_BASIS_PAID);
  g_assert_true (g_str_has_prefix (daftar_test_label_text (GTK_WIDGET (f->page), "basis"), "Received:"));
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "net"), ==, "$239.00");

  /* Without fixed-price work awaited, the line is not shown */
  g_settings_reset (settings (), "earnings-basis");
}

static void
test_no_awaiting (Fixture       *f,
                  gconstpointer  data)
{
  add_outlier (f);
  show_page (f, 1000, 900);
  g_assert_false (label_shown (f, "awaiting-payment"));
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  add_project (f, "Quiet", "upwork", DAFTAR_CATEGORY_WRITING, "USD", 3000);
  show_page (f, 800, 600);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "empty");

  /* A session logged while the page is shown brings the report */
  add_outlier (f);
  settle (f);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");
}

/* 2020-03-15 12:00 UTC: the middle of a month long before any test's sessions. */
static gint64
march_2020_clock (gpointer user_data)
{
  return G_GINT64_CONSTANT (1584273600);
}

/* The page's periods are the context's days, on its clock, as daftar-cli's are:
 * “this month” is the month the context says it is, with none of today's work. */
static void
test_context_clock (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *range;

  add_outlier (f);
  show_page_at (f, 800, 600, march_2020_clock);
  g_assert_true (daftar_earnings_page_set_period (f->page, DAFTAR_PERIOD_THIS_MONTH));
  settle (f);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "empty");

  /* The range shows that month (the test's locale writes Latin digits). */
  range = daftar_test_find_label_with (GTK_WIDGET (f->page), "2020");
  g_assert_nonnull (range);
  g_assert_true (gtk_widget_is_visible (range));
}

static void
record_label_cb (GtkLabel   *label,
                 GParamSpec *pspec,
                 GPtrArray  *shown)
{
  g_ptr_array_add (shown, g_strdup (gtk_label_get_label (label)));
}

/* The report is worked out in a worker, the page showing the last one meanwhile;
 * a change that comes while a worker is at it cancels it, and only the newest
 * report is shown, never the one it superseded. */
static void
test_worker (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *net;
  gint64 id = add_outlier (f);

  show_page (f, 1000, 900);
  net = daftar_test_find_by_name (GTK_WIDGET (f->page), "net");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (net)), ==, "$211.60");
  g_signal_connect (net, "notify::label", G_CALLBACK (record_label_cb), shown);

  /* An hour paid: a worker works the report out, the old one still shown */
  add_session (f, id, 1, 3600, 3600, NULL);
  while (f->page->loading == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (net)), ==, "$211.60");

  /* Two more before it answers: it is cancelled, its $251.60 never shown */
  add_session (f, id, 1, 7200, 7200, NULL);
  g_assert_null (f->page->loading);
  g_assert_true (daftar_earnings_page_is_loading (f->page));
  settle (f);
  g_assert_false (daftar_earnings_page_is_loading (f->page));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (net)), ==, "$331.60");
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (shown, 0), ==, "$331.60");

  /* What the main thread works out from the same ledger */
  daftar_earnings_page_reload (f->page);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (net)), ==, "$331.60");
  g_signal_handlers_disconnect_by_func (net, record_label_cb, shown);
}

static void
check_chart_direction (Fixture          *f,
                       GtkTextDirection  direction)
{
  DaftarBarChart *chart;
  graphene_rect_t first, last;
  guint n;

  show_page (f, 1000, 900);
  chart = daftar_earnings_page_get_chart (f->page);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (chart)), ==, direction);

  /* This month, by day: a bar per day */
  n = daftar_bar_chart_get_n_bars (chart);
  g_assert_cmpuint (n, >=, 28);
  g_assert_true (daftar_bar_chart_get_bar_rect (chart, 0, &first));
  g_assert_true (daftar_bar_chart_get_bar_rect (chart, n - 1, &last));
  g_assert_false (daftar_bar_chart_get_bar_rect (chart, n, &last));
  g_assert_cmpfloat (first.size.width, >, 0);
  g_assert_cmpfloat (first.size.height, >, 0);    /* day 1 earned */
  g_assert_cmpfloat (last.size.height, ==, 0);    /* the last day did not */

  if (direction == GTK_TEXT_DIR_RTL)
    g_assert_cmpfloat (first.origin.x, >, last.origin.x);
  else
    g_assert_cmpfloat (first.origin.x, <, last.origin.x);
}

static void
test_chart_ltr (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) first = month_start ();
  g_autofree char *day_one = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  DaftarBarChart *chart;
  GDate date;

  add_outlier (f);
  check_chart_direction (f, GTK_TEXT_DIR_LTR);

  /* The text alternative lists every bucket with its amount, first day first */
  chart = daftar_earnings_page_get_chart (f->page);
  lines = g_strsplit (daftar_bar_chart_get_description (chart), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, daftar_bar_chart_get_n_bars (chart));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, g_date_time_get_month (first), g_date_time_get_year (first));
  {
    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);

    day_one = daftar_format_date (daftar_context_get_format (context), &date, DAFTAR_DATE_STYLE_LONG);
  }
  expected = g_strdup_printf ("%s: $211.60", day_one);
  g_assert_cmpstr (lines[0], ==, expected);
  g_assert_true (g_str_has_suffix (lines[1], ": $0.00"));
}

static void
test_chart_rtl (Fixture       *f,
                gconstpointer  data)
{
  add_outlier (f);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  check_chart_direction (f, GTK_TEXT_DIR_RTL);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

/* A goal's row: its bar and its "X of Y". */
static void
check_goal (Fixture          *f,
            const char       *name,
            double            value,
            const char       *figures,
            GtkTextDirection  direction)
{
  GtkWidget *box = daftar_test_find_by_name (GTK_WIDGET (f->page), name);
  GtkWidget *bar, *label;
  g_autofree char *expected = NULL;

  g_assert_nonnull (box);
  g_assert_true (gtk_widget_is_visible (box));
  bar = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));
  label = gtk_widget_get_next_sibling (bar);
  g_assert_true (GTK_IS_LEVEL_BAR (bar));
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), value, 1e-9);
  /* GTK mirrors the bar in right-to-left text; inverting it too would undo that */
  g_assert_false (gtk_level_bar_get_inverted (GTK_LEVEL_BAR (bar)));
  g_assert_cmpint (gtk_widget_get_direction (bar), ==, direction);
  /* The figures read as a sentence in the app's direction, even though they start
   * with an amount (a left-to-right run): a leading mark of that direction. */
  expected = g_strconcat (direction == GTK_TEXT_DIR_RTL ? "\u200F" : "\u200E", figures, NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
  g_assert_cmpint (pango_layout_get_line_readonly (gtk_label_get_layout (GTK_LABEL (label)), 0)->resolved_dir,
                   ==, direction == GTK_TEXT_DIR_RTL ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
}

/* 5 h today at $40 an hour, no fees: $200 of an $800 month, 5 of 10 hours, $40 of $50. */
static void
check_goals (Fixture          *f,
             GtkTextDirection  direction)
{
  g_autoptr(GError) error = NULL;
  DaftarGoals goals = {
    .currency = "USD",
    .has_monthly_net = TRUE, .monthly_net_minor = 80000,
    .has_weekly_hours = TRUE, .weekly_seconds = 10 * 3600,
    .has_target_rate = TRUE, .target_rate_minor = 5000,
  };
  GtkWidget *view;

  add_session (f, add_project (f, "Copy", "direct", DAFTAR_CATEGORY_WRITING, "USD", 4000),
               31, 5 * 3600, 5 * 3600, NULL);
  gtk_widget_set_default_direction (direction);
  show_page (f, 1000, 900);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");

  /* No goal: nothing shown */
  view = daftar_test_find_by_name (GTK_WIDGET (f->page), "goals-view");
  g_assert_nonnull (view);
  g_assert_false (gtk_widget_get_visible (view));

  g_assert_true (daftar_store_set_goals (f->store, &goals, &error));
  g_assert_no_error (error);
  while (!gtk_widget_get_visible (view))
    g_main_context_iteration (NULL, TRUE);

  check_goal (f, "goal-monthly-net", 0.25, "$200.00 of $800.00", direction);
  check_goal (f, "goal-weekly-hours", 0.5, "5.0 h of 10.0 h", direction);
  check_goal (f, "goal-target-rate", 0.8, "$40.00 of $50.00 an hour", direction);

  /* One goal removed: its row goes */
  goals.has_weekly_hours = FALSE;
  g_assert_true (daftar_store_set_goals (f->store, &goals, &error));
  while (gtk_widget_get_visible (daftar_test_find_by_name (view, "goal-weekly-hours")))
    g_main_context_iteration (NULL, TRUE);
  check_goal (f, "goal-monthly-net", 0.25, "$200.00 of $800.00", direction);

  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
test_goals_ltr (Fixture       *f,
                gconstpointer  data)
{
  check_goals (f, GTK_TEXT_DIR_LTR);
}

static void
test_goals_rtl (Fixture       *f,
                gconstpointer  data)
{
  check_goals (f, GTK_TEXT_DIR_RTL);
}

static void
test_missing_rate (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DaftarRateTable) rates = NULL;
  g_autoptr(GDateTime) first = month_start ();
  const DaftarExchangeRate *rate;
  GtkWindow *dialog;
  AdwStatusPage *status;
  GtkWidget *button;
  GDate date;

  /* A project in euros, a home currency in dollars, and no rate between them */
  add_session (f, add_project (f, "Übersetzung", "direct", DAFTAR_CATEGORY_TRANSLATION, "EUR", 4000),
               1, 10 * 3600, 10 * 3600, NULL);
  show_page (f, 1000, 900);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "error");

  status = ADW_STATUS_PAGE (gtk_widget_get_ancestor (daftar_test_find_button (GTK_WIDGET (f->page), "_Add Exchange Rate…"),
                                                     ADW_TYPE_STATUS_PAGE));
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "An Exchange Rate Is Missing");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "from EUR to USD"));

  /* The button opens the rates dialog with the pair and the day filled in */
  button = daftar_test_find_button (GTK_WIDGET (f->page), "_Add Exchange Rate…");
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_activate (button));
  dialog = daftar_test_wait_for_toplevel (DAFTAR_TYPE_RATES_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (dialog, "From Currency"))), ==, "EUR");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (dialog, "To Currency"))), ==, "USD");
  g_assert_false (gtk_widget_has_css_class (row (dialog, "Rate"), "error"));

  /* A wrong rate says so inline and writes nothing */
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Rate")), "1,08x");
  g_assert_false (daftar_rates_dialog_add (DAFTAR_RATES_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (row (dialog, "Rate"), "error"));
  g_assert_nonnull (daftar_test_shown_error (GTK_WIDGET (dialog)));
  rates = daftar_store_load_rates (f->store, NULL);
  g_assert_cmpuint (daftar_rate_table_get_n_rates (rates), ==, 0);
  g_clear_pointer (&rates, daftar_rate_table_free);

  /* A right one is written, and the page comes back with the report */
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Rate")), "1.08");
  g_assert_false (gtk_widget_has_css_class (row (dialog, "Rate"), "error"));
  g_assert_true (daftar_rates_dialog_add (DAFTAR_RATES_DIALOG (dialog)));
  rates = daftar_store_load_rates (f->store, NULL);
  g_assert_cmpuint (daftar_rate_table_get_n_rates (rates), ==, 1);
  rate = daftar_rate_table_get_rate (rates, 0);
  g_assert_cmpstr (rate->base, ==, "EUR");
  g_assert_cmpstr (rate->quote, ==, "USD");
  g_assert_cmpint (rate->rate_e8, ==, 108000000);
  g_assert_cmpint (rate->source, ==, DAFTAR_RATE_SOURCE_USER);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, g_date_time_get_month (first), g_date_time_get_year (first));
  g_assert_cmpint (rate->day, ==, daftar_day_from_date (&date));
  settle (f);
  g_assert_cmpuint (daftar_rates_dialog_get_n_rates (DAFTAR_RATES_DIALOG (dialog)), ==, 1);
  g_assert_nonnull (daftar_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_ROW, "1 EUR = 1.08 USD"));

  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");
  /* €400.00 at 1.08 */
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "net"), ==, "$432.00");
  /* The rate used is shown */
  g_assert_nonnull (daftar_test_find_row (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_ROW, "1 EUR = 1.08 USD"));
}

static void
test_rates_dialog (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DaftarRateTable) rates = NULL;
  g_autoptr(DaftarContext) context = daftar_context_new (f->store, NULL);
  GtkWindow *dialog = GTK_WINDOW (daftar_rates_dialog_new (NULL, context));
  GtkWidget *delete_button;

  gtk_window_present (dialog);
  settle (f);

  /* Today is filled in; two same currencies are refused */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (dialog, "Date"))), !=, "");
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "From Currency")), "usd");
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "To Currency")), "USD");
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Rate")), "2");
  g_assert_true (gtk_widget_has_css_class (row (dialog, "To Currency"), "error"));
  g_assert_false (daftar_rates_dialog_add (DAFTAR_RATES_DIALOG (dialog)));

  /* A date that isn't one */
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "To Currency")), "gbp");
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Date")), "2025-02-30");
  g_assert_true (gtk_widget_has_css_class (row (dialog, "Date"), "error"));
  g_assert_false (daftar_rates_dialog_add (DAFTAR_RATES_DIALOG (dialog)));

  /* Persian digits are read too */
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Date")), "۲۰۲۵-۰۳-۰۱");
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Rate")), "۰٫۷۹");
  g_assert_true (daftar_rates_dialog_add (DAFTAR_RATES_DIALOG (dialog)));
  settle (f);
  g_assert_nonnull (daftar_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_ROW, "1 USD = 0.79 GBP"));

  /* Deleting it, with the row's button */
  delete_button = daftar_test_find_by_type (daftar_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_ROW, "1 USD = 0.79 GBP"), GTK_TYPE_BUTTON);
  g_assert_nonnull (delete_button);
  daftar_test_activate (delete_button);
  rates = daftar_store_load_rates (f->store, NULL);
  g_assert_cmpuint (daftar_rate_table_get_n_rates (rates), ==, 0);
  g_assert_cmpuint (daftar_rates_dialog_get_n_rates (DAFTAR_RATES_DIALOG (dialog)), ==, 0);

  gtk_window_destroy (dialog);
  settle (f);
}

static void
test_fee_terms (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DaftarProjectFees) fees = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  gint64 id;

  /* Upwork since 2025: a fee per contract, 10% until it is set */
  id = add_project (f, "Brand copy", "upwork", DAFTAR_CATEGORY_WRITING, "USD", 5000);
  add_session (f, id, 1, 2 * 3600, 2 * 3600, NULL);
  show_page (f, 1000, 900);
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "platform-fees"), ==, "$10.00");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "net"), ==, "$90.00");

  g_assert_true (gtk_widget_activate (daftar_test_find_button (GTK_WIDGET (f->page), "_Fee Terms…")));
  dialog = daftar_test_wait_for_toplevel (DAFTAR_TYPE_PROJECT_FEES_DIALOG);

  /* Today's rule, with its source */
  g_assert_nonnull (daftar_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_ROW,
                                          "Platform fee today: 0% to 15%, set per contract; 10% until it is set"));
  g_assert_true (gtk_widget_get_visible (row (dialog, "Contract Fee (%)")));

  /* Outside the rule's bounds: said inline, nothing written */
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Contract Fee (%)")), "16");
  g_assert_false (daftar_project_fees_dialog_save (DAFTAR_PROJECT_FEES_DIALOG (dialog)));
  g_assert_nonnull (daftar_test_shown_error (GTK_WIDGET (dialog)));
  fees = daftar_store_get_project_fees (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_false (fees->has_contract_ppm);
  g_clear_pointer (&fees, daftar_project_fees_free);

  /* Not a number */
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Contract Fee (%)")), "abc");
  g_assert_true (gtk_widget_has_css_class (row (dialog, "Contract Fee (%)"), "error"));
  g_assert_false (daftar_project_fees_dialog_save (DAFTAR_PROJECT_FEES_DIALOG (dialog)));

  /* 15%: written, and the page's fee follows */
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Contract Fee (%)")), "15");
  g_assert_null (daftar_test_shown_error (GTK_WIDGET (dialog)));
  g_assert_true (daftar_project_fees_dialog_save (DAFTAR_PROJECT_FEES_DIALOG (dialog)));
  settle (f);
  g_assert_null (daftar_test_find_toplevel (DAFTAR_TYPE_PROJECT_FEES_DIALOG));
  fees = daftar_store_get_project_fees (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (fees->has_contract_ppm);
  g_assert_cmpint (fees->contract_ppm, ==, 150000);
  g_assert_false (fees->has_override_ppm);
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "platform-fees"), ==, "$15.00");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "net"), ==, "$85.00");
  g_clear_pointer (&fees, daftar_project_fees_free);

  /* An override replaces the rule; clearing both goes back to it */
  g_assert_true (gtk_widget_activate (daftar_test_find_button (GTK_WIDGET (f->page), "_Fee Terms…")));
  dialog = daftar_test_wait_for_toplevel (DAFTAR_TYPE_PROJECT_FEES_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (dialog, "Contract Fee (%)"))), ==, "15");
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Override Fee (%)")), "5");
  g_assert_true (daftar_project_fees_dialog_save (DAFTAR_PROJECT_FEES_DIALOG (dialog)));
  settle (f);
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "platform-fees"), ==, "$5.00");

  g_assert_true (gtk_widget_activate (daftar_test_find_button (GTK_WIDGET (f->page), "_Fee Terms…")));
  dialog = daftar_test_wait_for_toplevel (DAFTAR_TYPE_PROJECT_FEES_DIALOG);
  daftar_test_activate (daftar_test_find_button (GTK_WIDGET (dialog), "_Follow the Platform’s Rules"));
  g_assert_true (daftar_project_fees_dialog_save (DAFTAR_PROJECT_FEES_DIALOG (dialog)));
  settle (f);
  fees = daftar_store_get_project_fees (f->store, id, &error);
  g_assert_false (fees->has_contract_ppm);
  g_assert_false (fees->has_override_ppm);
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "platform-fees"), ==, "$10.00");
}

static void
test_group_by (Fixture       *f,
               gconstpointer  data)
{
  static const char * const chatgpt[] = { "ChatGPT", NULL };
  gint64 upwork;

  add_outlier (f);
  upwork = add_project (f, "Brand copy", "upwork", DAFTAR_CATEGORY_WRITING, "USD", 5000);
  add_session (f, upwork, 2, 2 * 3600, 2 * 3600, chatgpt);
  show_page (f, 1000, 900);

  /* With AI: $90 net for 2 h; without: the Outlier hours */
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "with-ai-rate"), ==, "$45.00/h");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "without-ai-rate"), ==, "$21.16/h");

  daftar_earnings_page_set_group_by (f->page, DAFTAR_EARNINGS_BY_PLATFORM);
  settle (f);
  g_assert_nonnull (daftar_test_find_row (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_ROW, "Upwork"));
  g_assert_nonnull (daftar_test_find_row (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_ROW, "Outlier"));
  g_assert_null (daftar_test_find_button (GTK_WIDGET (f->page), "_Fee Terms…"));

  daftar_earnings_page_set_group_by (f->page, DAFTAR_EARNINGS_BY_TOOL);
  settle (f);
  g_assert_nonnull (daftar_test_find_row (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_ROW, "ChatGPT"));

  /* This year: by month, a bar per month so far */
  daftar_earnings_page_set_period (f->page, DAFTAR_PERIOD_THIS_YEAR);
  settle (f);
  g_assert_cmpuint (daftar_bar_chart_get_n_bars (daftar_earnings_page_get_chart (f->page)), >=, 12);
}

/* The market comparison */

#define MARKET_SOURCE "\"source\": { \"publisher\": \"Fixture News\", \"title\": \"Inside AI training\"," \
                      " \"url\": \"https://example.org/ai-training\" }"

/* Outlier/ai-training: one band, unverified, that the Outlier fixture falls below;
 * nothing for video, so a row without a band. */
static const char market_fixture[] =
  "{ \"schema\": 1, \"publisher\": \"Fixture\", \"as_of\": \"2026-01-01\", \"claims\": [],"
  "  \"rate_bands\": ["
  "  { \"id\": \"outlier-train\", \"platform\": \"outlier\", \"category\": \"ai-training\","
  "    \"role\": \"Legal reviewer\", \"unit\": \"hour\", \"currency\": \"USD\", \"low\": \"35.00\","
  "    \"typical\": \"40.00\", \"high\": \"50.00\", \"kind\": \"advertised\", \"as_of\": \"2024-06\","
  "    " MARKET_SOURCE ", \"confidence\": \"low\", \"verified\": false } ] }";

static void
use_market_fixture (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (market_fixture, strlen (market_fixture));
  g_autoptr(DaftarMarket) market = daftar_market_load_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_true (daftar_store_replace_market (f->store, bytes, market, "https://example.org/feed.json",
                                              NULL, g_get_real_time () / G_USEC_PER_SEC, &error));
  g_assert_no_error (error);
}

/* @text without isolates and marks; the result lives until the next call. */
static const char *
plain (const char *text)
{
  static char *out;

  g_free (out);
  out = daftar_test_without_marks (text);
  return out;
}

/* Whether the breakdown's line of the outlier project has the totals' net. */
static gboolean
breakdown_has_net (Fixture    *f,
                   const char *net)
{
  GtkWidget *line = daftar_test_find_row (GTK_WIDGET (f->page->breakdown), ADW_TYPE_PREFERENCES_ROW,
                                          "Outlier evaluation");

  g_assert_nonnull (line);
  return strstr (plain (adw_action_row_get_subtitle (ADW_ACTION_ROW (line))), net) != NULL;
}

/* A report is shown a part a frame. A change that comes in between stops the
 * worker, not the parts still to come: once the page has shown all of one, its
 * totals and its breakdown are the same report's, also while the next report
 * is worked out. */
static void
test_parts_together (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *net;
  gint64 id = add_outlier (f);
  guint checked = 0;

  show_page (f, 1000, 900);
  net = daftar_test_find_by_name (GTK_WIDGET (f->page), "net");
  g_assert_true (breakdown_has_net (f, "$211.60"));

  /* An hour paid: its totals are shown, its breakdown is still to come… */
  add_session (f, id, 1, 3600, 3600, NULL);
  while (!g_str_equal (gtk_label_get_label (GTK_LABEL (net)), "$251.60"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (f->page->part_id, !=, 0);
  g_assert_true (breakdown_has_net (f, "$211.60"));

  /* …when two more hours come */
  add_session (f, id, 1, 7200, 7200, NULL);
  while (daftar_earnings_page_is_loading (f->page))
    {
      g_main_context_iteration (NULL, TRUE);
      if (f->page->part_id != 0)
        continue;
      g_assert_true (breakdown_has_net (f, gtk_label_get_label (GTK_LABEL (net))));
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (net)), ==, "$331.60");
  g_assert_true (breakdown_has_net (f, "$331.60"));
}

static GtkWidget *
show_market_row (Fixture *f)
{
  GtkWidget *found;

  add_outlier (f);
  use_market_fixture (f);
  show_page (f, 1000, 900);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "report");
  found = daftar_test_find_row (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_ROW, "Outlier · AI training and evaluation");
  g_assert_nonnull (found);
  g_assert_true (gtk_widget_get_mapped (found));
  return found;
}

static void
check_range_bar (GtkWidget        *market_row,
                 GtkTextDirection  direction)
{
  DaftarRangeBar *bar = DAFTAR_RANGE_BAR (daftar_test_find_by_type (market_row, DAFTAR_TYPE_RANGE_BAR));
  double marker, low, high;
  gboolean clamped;

  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (bar)), ==, direction);
  g_assert_true (daftar_range_bar_get_positions (bar, &marker, &low, &high, &clamped));
  g_assert_cmpstr (plain (daftar_range_bar_get_description (bar)), ==,
                   "Your effective rate $21.16 an hour is below the reported band $35.00 – $50.00 (typical $40.00)");
  /* $21.16 is far below $35.00: held at the start of the scale, an arrow */
  g_assert_true (clamped);
  if (direction == GTK_TEXT_DIR_RTL)
    {
      g_assert_cmpfloat (low, >, high);
      g_assert_cmpfloat (marker, >, low);
    }
  else
    {
      g_assert_cmpfloat (low, <, high);
      g_assert_cmpfloat (marker, <, low);
    }
}

/* A market row's Sources…, made as opening it first makes it. GTK 4.8 on Xvfb
 * can't place a popup (it finds no monitor): its content is looked at closed. */
static DaftarMarketSources *
open_sources (GtkWidget *button)
{
  DaftarMarketSources *sources = daftar_market_sources_ensure (GTK_MENU_BUTTON (button));

  g_assert_true (DAFTAR_IS_MARKET_SOURCES (sources));
  g_assert_true (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)) == GTK_POPOVER (sources));
  return sources;
}

static void
test_market_ltr (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *market_row, *button, *no_band;
  DaftarMarketSources *sources;
  GtkWidget *badge;

  add_session (f, add_project (f, "Reels", "direct", DAFTAR_CATEGORY_VIDEO, "USD", 3000),
               1, 3600, 3600, NULL);
  market_row = show_market_row (f);

  g_assert_nonnull (strstr (plain (adw_action_row_get_subtitle (ADW_ACTION_ROW (market_row))),
                            "$21.16/h · Below the band by 39.5%"));
  /* An advertised band: the row says a net rate is set against gross pay. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (market_row)),
                            "This sets your effective net rate, after fees and over all the hours you "
                            "worked, against advertised gross pay, before fees and unpaid time."));
  check_range_bar (market_row, GTK_TEXT_DIR_LTR);
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "market-data"), ==, "Market data: Fixture, January 1, 2026");

  /* A row without a band says so, with no bar */
  no_band = daftar_test_find_row (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_ROW, "Direct client · Video");
  g_assert_nonnull (no_band);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (no_band)),
                            "No reported hourly rates for this."));
  g_assert_null (daftar_test_find_by_type (no_band, DAFTAR_TYPE_RANGE_BAR));

  /* Sources…: the band's source, with its badge and link */
  button = daftar_test_find_by_type (market_row, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), ==, "_Sources…");
  /* The popover is made when first opened, not with the row */
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  sources = open_sources (button);
  /* and once */
  g_assert_true (open_sources (button) == sources);
  g_assert_true (DAFTAR_IS_MARKET_SOURCES (sources));
  g_assert_cmpuint (daftar_market_sources_get_n_sources (sources), ==, 1);
  badge = daftar_test_find_label (GTK_WIDGET (sources), "Unverified claim");
  g_assert_nonnull (badge);
  g_assert_true (gtk_widget_get_visible (badge));
  g_assert_true (gtk_widget_has_css_class (badge, "unverified-badge"));
  g_assert_nonnull (daftar_test_find_by_type (GTK_WIDGET (sources), GTK_TYPE_LINK_BUTTON));
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (daftar_test_find_by_type (GTK_WIDGET (sources),
                                                                          GTK_TYPE_LINK_BUTTON))),
                   ==, "https://example.org/ai-training");
  g_assert_nonnull (daftar_test_find_label (GTK_WIDGET (sources), "Confidence: Low"));
  g_assert_nonnull (daftar_test_find_label (GTK_WIDGET (sources), "Inside AI training"));
}

static void
test_market_rtl (Fixture       *f,
                 gconstpointer  data)
{
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  check_range_bar (show_market_row (f), GTK_TEXT_DIR_RTL);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

/* Screenshots */

static void
save_screenshot (GtkWindow  *window,
                 const char *name)
{
  const char *dir = g_getenv ("DAFTAR_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  daftar_test_wait_frames (GTK_WIDGET (window), 3);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_mkdir_with_parents (dir, 0755);
  file = g_strdup_printf ("%s-%s.png", name,
                          gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL ? "rtl" : "ltr");
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* A month of a translator's work: Outlier overruns, Upwork with ChatGPT, a Fiverr gig. */
static void
add_sample_month (Fixture *f)
{
  static const char * const chatgpt[] = { "ChatGPT", NULL };
  static const char * const deepl[] = { "DeepL", NULL };
  g_autoptr(GPtrArray) tools = daftar_store_list_tools (f->store, FALSE, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int today = g_date_time_get_day_of_month (now);
  gint64 outlier, upwork, fiverr;

  for (guint i = 0; tools != NULL && i < tools->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (tools, i);
      DaftarMoney cost = { .minor = 2000, .currency = "USD" };

      if (g_str_equal (tool->name, "ChatGPT"))
        g_assert_true (daftar_store_update_tool (f->store, tool->id, tool->name, &cost, FALSE, NULL));
    }

  outlier = add_project (f, "Outlier evaluation", "outlier", DAFTAR_CATEGORY_AI_TRAINING, "USD", 4000);
  upwork = add_project (f, "Brand copy for Nasim", "upwork", DAFTAR_CATEGORY_TRANSLATION, "USD", 3500);
  fiverr = add_project (f, "Fiverr subtitles", "fiverr", DAFTAR_CATEGORY_TRANSLATION, "USD", 2500);

  for (int day = 1; day < today; day++)
    {
      if (day % 2 == 1)
        add_session (f, outlier, day, 3 * 3600, 5700, NULL);
      if (day % 3 == 0)
        add_session (f, upwork, day, 2 * 3600 + 1800, 2 * 3600, chatgpt);
      if (day % 5 == 2)
        add_session (f, fiverr, day, 3600 * 2, 3600 * 2, deepl);
    }
}

/* The first row's sources. GTK 4.8 on Xvfb can't place a popup, so the popover's
 * content is shown in a window of its own. */
static void
save_sources_screenshot (Fixture    *f,
                         const char *name)
{
  GtkWidget *button = daftar_test_find_by_type (GTK_WIDGET (f->page), GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover;
  g_autoptr(GtkWidget) content = NULL;
  GtkWindow *window;

  g_assert_nonnull (button);
  popover = GTK_POPOVER (open_sources (button));
  content = g_object_ref (gtk_popover_get_child (popover));
  gtk_popover_set_child (popover, NULL);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 440, -1);
  gtk_window_set_child (window, content);
  gtk_window_present (window);
  save_screenshot (window, name);
  gtk_window_set_child (window, NULL);
  gtk_popover_set_child (popover, content);
  gtk_window_destroy (window);
  settle (f);
}

static void
take_screenshots (Fixture    *f,
                  const char *variant)
{
  const char *language = g_getenv ("DAFTAR_SCREENSHOT_LANGUAGE");
  g_autofree char *suffix = g_strdup_printf ("%s%s%s", language != NULL ? "-" : "",
                                             language != NULL ? language : "", variant);
  g_autofree char *name = g_strdup_printf ("earnings%s", suffix);
  g_autofree char *empty_name = g_strdup_printf ("earnings-empty%s", suffix);
  g_autofree char *fees_name = g_strdup_printf ("earnings-fee-terms%s", suffix);
  g_autofree char *rates_name = g_strdup_printf ("earnings-rates%s", suffix);
  g_autofree char *error_name = g_strdup_printf ("earnings-missing-rate%s", suffix);
  g_autofree char *year_name = g_strdup_printf ("earnings-year%s", suffix);
  g_autofree char *sources_name = g_strdup_printf ("earnings-market-sources%s", suffix);
  g_autofree char *market_name = g_strdup_printf ("earnings-market%s", suffix);
  GtkWindow *dialog;

  show_page (f, 960, 1900);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "empty");
  save_screenshot (f->window, empty_name);
  gtk_window_destroy (f->window);
  f->window = NULL;

  add_sample_month (f);
  show_page (f, 960, 2500);
  /* Solar Hijri months end around the 21st of Gregorian ones: this month may have
   * just begun. */
  if (g_str_equal (daftar_earnings_page_get_state (f->page), "empty"))
    {
      daftar_earnings_page_set_period (f->page, DAFTAR_PERIOD_LAST_MONTH);
      settle (f);
    }
  save_screenshot (f->window, name);
  {
    /* The screen is shorter than the page: the comparison is further down. */
    /* The row's title in the language of the screenshots */
    g_autofree char *title = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s · %s"), "Outlier",
                                              daftar_category_get_label (DAFTAR_CATEGORY_AI_TRAINING));
    GtkWidget *group = daftar_test_find_row (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_ROW, title);
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (group, GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
    graphene_point_t top;

    g_assert_true (gtk_widget_compute_point (group, gtk_scrolled_window_get_child (scrolled),
                                             &GRAPHENE_POINT_INIT (0, 0), &top));
    gtk_adjustment_set_value (adjustment, top.y - 80);
    save_screenshot (f->window, market_name);
    gtk_adjustment_set_value (adjustment, 0);
  }
  save_sources_screenshot (f, sources_name);

  daftar_earnings_page_set_period (f->page, DAFTAR_PERIOD_THIS_YEAR);
  daftar_earnings_page_set_group_by (f->page, DAFTAR_EARNINGS_BY_PLATFORM);
  settle (f);
  save_screenshot (f->window, year_name);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "earnings.fee-terms", "x", (gint64) 2);
  dialog = daftar_test_wait_for_toplevel (DAFTAR_TYPE_PROJECT_FEES_DIALOG);
  save_screenshot (dialog, fees_name);
  gtk_window_destroy (dialog);
  settle (f);

  add_session (f, add_project (f, "Übersetzung", "direct", DAFTAR_CATEGORY_TRANSLATION, "EUR", 4000),
               1, 3600, 3600, NULL);
  settle (f);
  g_assert_cmpstr (daftar_earnings_page_get_state (f->page), ==, "error");
  save_screenshot (f->window, error_name);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "earnings.add-missing-rate", NULL);
  dialog = daftar_test_wait_for_toplevel (DAFTAR_TYPE_RATES_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Rate")), "1.0812");
  daftar_rates_dialog_add (DAFTAR_RATES_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Rate")), "abc");
  save_screenshot (dialog, rates_name);
  gtk_window_destroy (dialog);
  settle (f);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (g_getenv ("DAFTAR_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("Set DAFTAR_SCREENSHOT_DIR to render the page");
      return;
    }

  take_screenshots (f, "");
  fixture_tear_down (f, data);
  fixture_set_up (f, data);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshots (f, "-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* In Persian or Arabic, GTK is right to left already. */
  if (g_getenv ("DAFTAR_SCREENSHOT_LANGUAGE") != NULL)
    return;

  fixture_tear_down (f, data);
  fixture_set_up (f, data);

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  take_screenshots (f, "");
  fixture_tear_down (f, data);
  fixture_set_up (f, data);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshots (f, "-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

/* A figure in a summary is one term: a wrapped line never parts the number from
 * its unit ("2.75 / h"), its currency or its month */
static void
test_figures_keep_together (void)
{
  g_autoptr(DaftarFormat) format = daftar_format_new ("en", DAFTAR_CALENDAR_GREGORIAN, TRUE);
  GDate nowruz;
  char *figures[3];

  g_date_clear (&nowruz, 1);
  g_date_set_dmy (&nowruz, 21, G_DATE_MARCH, 2025);
  figures[0] = daftar_earnings_text_isolate (daftar_earnings_text_hours (format, 9900));
  figures[1] = daftar_earnings_text_isolate (daftar_earnings_text_money (format, 123450, "KWD"));
  figures[2] = daftar_earnings_text_isolate (daftar_earnings_text_day (format, daftar_day_from_date (&nowruz),
                                                                      DAFTAR_DATE_STYLE_LONG));

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_assert_null (strchr (figures[i], ' '));
      g_assert_nonnull (strstr (figures[i], "\u00A0"));
      g_free (figures[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  /* DAFTAR_SCREENSHOT_LANGUAGE=fa (or ar) with DAFTAR_SCREENSHOT_DIR: screenshots in
   * that language, its digits and calendar. gtk_test_init () chose en_US; the other
   * tests expect English. */
  if (g_getenv ("DAFTAR_SCREENSHOT_LANGUAGE") != NULL && g_getenv ("DAFTAR_SCREENSHOT_DIR") != NULL)
    {
      const char *language = g_getenv ("DAFTAR_SCREENSHOT_LANGUAGE");
      const char *locale = g_str_has_prefix (language, "fa") ? "fa_IR.UTF-8" : "ar_EG.UTF-8";

      g_setenv ("LANGUAGE", language, TRUE);
      g_setenv ("LC_ALL", locale, TRUE);
      setlocale (LC_ALL, locale);
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("DAFTAR_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
    }

  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/earnings-page/outlier", test_outlier);
  ADD ("/earnings-page/empty", test_empty);
  ADD ("/earnings-page/context-clock", test_context_clock);
  ADD ("/earnings-page/worker", test_worker);
  ADD ("/earnings-page/parts-together", test_parts_together);
  ADD ("/earnings-page/basis", test_basis);
  ADD ("/earnings-page/no-awaiting", test_no_awaiting);
  ADD ("/earnings-page/fees-charged", test_fees_charged);
  ADD ("/earnings-page/chart-ltr", test_chart_ltr);
  ADD ("/earnings-page/chart-rtl", test_chart_rtl);
  ADD ("/earnings-page/goals-ltr", test_goals_ltr);
  ADD ("/earnings-page/goals-rtl", test_goals_rtl);
  ADD ("/earnings-page/missing-rate", test_missing_rate);
  ADD ("/earnings-page/rates-dialog", test_rates_dialog);
  ADD ("/earnings-page/fee-terms", test_fee_terms);
  ADD ("/earnings-page/group-by", test_group_by);
  ADD ("/earnings-page/market-ltr", test_market_ltr);
  ADD ("/earnings-page/market-rtl", test_market_rtl);
  ADD ("/earnings-page/screenshots", test_screenshots);
#undef ADD
  g_test_add_func ("/earnings-page/figures-keep-together", test_figures_keep_together);

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
