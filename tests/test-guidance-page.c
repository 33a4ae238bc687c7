/* test-guidance-page.c — the Guidance page: ranked cards, dismiss, done, undo, restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "daftar-application.h"
#include "daftar-dates.h"
#include "daftar-guidance-card-view.h"
#include "daftar-guidance-load.h"
#include "daftar-guidance-page.h"
#include "daftar-guidance.h"
#include "daftar-store-goals.h"
#include "daftar-store-report.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-ui-format.h"

/* One registered application for the whole run, as in the real program: it holds the
 * settings the page keeps the dismissed and done cards in. */
static DaftarApplication *app;

typedef struct
{
  char               *dir;
  DaftarStore        *store;
  GtkWindow          *window;
  DaftarGuidancePage *page;
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
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  f->window = NULL;
  f->page = NULL;
  daftar_test_iterate ();

  g_settings_reset (settings (), "home-currency");
  g_settings_reset (settings (), "guidance-dismissed");
  g_settings_reset (settings (), "guidance-done");
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  g_clear_object (&f->store);
  daftar_test_rm_rf (f->dir);
  g_free (f->dir);
}

/* Ledger */

/* A translator on Upwork alone, at $10 an hour: below the band, in a field the sources
 * see shrinking, all of the net from one platform. */
static void
add_translator (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  DaftarProjectDraft project = {
    .name = "Legal translation",
    .platform = "upwork",
    .category = DAFTAR_CATEGORY_TRANSLATION,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "USD",
    .has_rate = TRUE,
    .rate_minor = 1000,
  };
  gint64 project_id = 0;

  g_assert_true (daftar_store_add_project (f->store, &project, &project_id, &error));
  g_assert_no_error (error);

  /* Days before today, well inside the last 90 */
  for (int days = 2; days <= 6; days += 2)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -days);
      DaftarSessionDraft session = {
        .project_id = project_id,
        .start_utc = g_date_time_to_unix (start),
        .actual_seconds = 4 * 3600,
      };

      g_assert_true (daftar_store_add_session (f->store, &session, NULL, &error));
      g_assert_no_error (error);
    }
}

/* Until the page's worker, if any, has shown its cards, then the rest of what
 * is pending */
static void
wait_page (Fixture *f)
{
  daftar_test_iterate ();
  while (f->page != NULL && daftar_guidance_page_is_loading (f->page))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();
}

/* Widgets */

static void
show_page (Fixture *f)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  {

    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);


    f->page = DAFTAR_GUIDANCE_PAGE (daftar_guidance_page_new (context));

  }
  /* Nothing is worked out before the page is on screen. */
  g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "loading");

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 720, 800);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));
  gtk_window_set_child (f->window, overlay);
  gtk_window_present (f->window);
  while (g_str_equal (daftar_guidance_page_get_state (f->page), "loading"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (daftar_guidance_page_is_loading (f->page));
  daftar_test_wait_frames (GTK_WIDGET (f->window), 2);
}

static gboolean
shows (Fixture    *f,
       const char *id)
{
  g_auto(GStrv) ids = daftar_guidance_page_get_card_ids (f->page);

  return g_strv_contains ((const char * const *) ids, id);
}

static guint
card_position (Fixture    *f,
               const char *id)
{
  g_auto(GStrv) ids = daftar_guidance_page_get_card_ids (f->page);

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], id))
      return i;
  g_assert_not_reached ();
}

static gboolean
setting_has (const char *key,
             const char *id)
{
  g_auto(GStrv) ids = g_settings_get_strv (settings (), key);

  return g_strv_contains ((const char * const *) ids, id);
}

/* The text of the label named @name, isolates and all. */
static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = daftar_test_find_by_name (root, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

/* Clicks the card's button for @action_name, as a pointer would: a keyboard activation
 * would click only after the button showed itself pressed for a while. */
static void
click_card_button (Fixture    *f,
                   const char *id,
                   const char *action_name)
{
  GtkWidget *card = daftar_guidance_page_get_card (f->page, id);
  GtkWidget *button;

  g_assert_nonnull (card);
  button = daftar_test_find_by_action (card, action_name);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  wait_page (f);
}

/* Tests */

static void
test_starter (Fixture       *f,
              gconstpointer  data)
{
  g_auto(GStrv) ids = NULL;

  show_page (f);

  g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "cards");
  ids = daftar_guidance_page_get_card_ids (f->page);
  g_assert_cmpuint (g_strv_length (ids), >, 0);
  g_assert_true (g_strv_contains ((const char * const *) ids, "starter-log"));
  /* An empty ledger gets the first steps, nothing else. */
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (ids[i], "starter-"));

  g_assert_true (g_str_has_prefix (daftar_test_label_text (GTK_WIDGET (f->page), "guidance-period"),
                                   "Last 90 days · "));
  /* Nothing hidden, nothing to count. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (daftar_test_find_by_name (GTK_WIDGET (f->page),
                                                                                           "guidance-hidden"))));

  /* The first steps have a button to where they are taken */
  {
    static const struct { const char *id, *action; } steps[] = {
      { "starter-log", "win.new-project" },
      { "starter-paid-time", "win.new-session" },
      { "starter-ai-tools", "win.preferences" },
      { "starter-market", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        GtkWidget *button = daftar_test_find_by_name (daftar_guidance_page_get_card (f->page, steps[i].id),
                                                      "guidance-card-action-button");

        g_assert_cmpint (gtk_widget_get_visible (button), ==, steps[i].action != NULL);
        if (steps[i].action != NULL)
          g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, steps[i].action);
      }
  }
}

static void
test_translator (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DaftarGuidance) guidance = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  GDate today, first, last;
  g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);
  DaftarFormat *format = daftar_context_get_format (context);
  GtkWidget *card;

  add_translator (f);
  show_page (f);

  ids = daftar_guidance_page_get_card_ids (f->page);
  g_assert_true (g_strv_contains ((const char * const *) ids, "concentration-upwork"));
  g_assert_true (g_strv_contains ((const char * const *) ids, "outlook-translation"));
  g_assert_false (g_strv_contains ((const char * const *) ids, "starter-log"));

  /* In the engine's order, with its texts as plain text. */
  daftar_date_today (&today);
  g_assert_true (daftar_period_resolve (DAFTAR_PERIOD_LAST_90_DAYS, daftar_format_get_calendar (format),
                                        daftar_format_get_locale (format), &today, &first, &last));
  guidance = daftar_store_load_guidance (f->store, daftar_day_from_date (&first), daftar_day_from_date (&last),
                                         "USD", format, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ids), ==, guidance->cards->len);
  for (guint i = 0; i < guidance->cards->len; i++)
    {
      const DaftarGuidanceCard *c = g_ptr_array_index (guidance->cards, i);

      g_assert_cmpstr (ids[i], ==, c->id);
      card = daftar_guidance_page_get_card (f->page, c->id);
      g_assert_cmpstr (label_text (card, "guidance-card-title"), ==, c->title);
      /* The expander holds its child out of the tree while it is closed. */
      g_assert_null (daftar_test_find_by_name (card, "guidance-card-why"));
      daftar_guidance_card_view_set_expanded (DAFTAR_GUIDANCE_CARD_VIEW (card), TRUE);
      g_assert_cmpstr (label_text (card, "guidance-card-why"), ==, c->why);
      daftar_guidance_card_view_set_expanded (DAFTAR_GUIDANCE_CARD_VIEW (card), FALSE);
      g_assert_false (gtk_label_get_use_markup (GTK_LABEL (daftar_test_find_by_name (card, "guidance-card-title"))));
    }

  /* Its details open, and stay open when the cards are shown again. */
  card = daftar_guidance_page_get_card (f->page, "outlook-translation");
  daftar_guidance_card_view_set_expanded (DAFTAR_GUIDANCE_CARD_VIEW (card), TRUE);
  daftar_guidance_page_reload (f->page);
  card = daftar_guidance_page_get_card (f->page, "outlook-translation");
  g_assert_true (daftar_guidance_card_view_get_expanded (DAFTAR_GUIDANCE_CARD_VIEW (card)));
  g_assert_nonnull (daftar_test_find_by_action (card, "guidance.dismiss"));
}

static guint
count_visible_cards (Fixture *f,
                     GStrv    ids)
{
  guint n = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    if (gtk_widget_get_visible (daftar_guidance_page_get_card (f->page, ids[i])))
      n++;
  return n;
}

/* The cards from the worker come on screen one a frame, so that no frame lays
 * them all out; the page is loading until they are all in. */
static void
test_cards_in_steps (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_auto(GStrv) ids = NULL;

  add_translator (f);
  {
    g_autoptr(DaftarContext) context = daftar_test_context_new (app, f->store);

    f->page = DAFTAR_GUIDANCE_PAGE (daftar_guidance_page_new (context));
  }
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 720, 800);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));
  gtk_window_set_child (f->window, overlay);
  gtk_window_present (f->window);

  /* The worker's cards are on the page: the first one shows. */
  while (ids == NULL || ids[0] == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      g_clear_pointer (&ids, g_strfreev);
      ids = daftar_guidance_page_get_card_ids (f->page);
    }
  g_assert_cmpuint (g_strv_length (ids), >, 1);
  g_assert_cmpuint (count_visible_cards (f, ids), ==, 1);
  g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "loading");
  g_assert_true (daftar_guidance_page_is_loading (f->page));

  /* Then the others, in their order, until all are in. */
  while (daftar_guidance_page_is_loading (f->page))
    {
      guint n = count_visible_cards (f, ids);

      g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "loading");
      g_assert_true (gtk_widget_get_visible (daftar_guidance_page_get_card (f->page, ids[n - 1])));
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (count_visible_cards (f, ids), ==, g_strv_length (ids));
  g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "cards");
}

/* A card's sources are made when its details are first opened, once: a page of
 * closed cards is a few labels each. */
static void
test_sources_on_first_expand (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *card, *details, *list;
  guint n_rows;

  add_translator (f);
  show_page (f);

  card = daftar_guidance_page_get_card (f->page, "outlook-translation");
  g_assert_nonnull (card);
  g_assert_false (daftar_guidance_card_view_get_expanded (DAFTAR_GUIDANCE_CARD_VIEW (card)));
  details = gtk_expander_get_child (GTK_EXPANDER (daftar_test_find_by_type (card, GTK_TYPE_EXPANDER)));
  list = daftar_test_find_by_type (details, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  g_assert_cmpuint (daftar_test_count_children (list), ==, 0);

  daftar_guidance_card_view_set_expanded (DAFTAR_GUIDANCE_CARD_VIEW (card), TRUE);
  n_rows = daftar_test_count_children (list);
  g_assert_cmpuint (n_rows, >, 0);

  /* Closed and opened again, the same rows. */
  daftar_guidance_card_view_set_expanded (DAFTAR_GUIDANCE_CARD_VIEW (card), FALSE);
  daftar_guidance_card_view_set_expanded (DAFTAR_GUIDANCE_CARD_VIEW (card), TRUE);
  g_assert_cmpuint (daftar_test_count_children (list), ==, n_rows);

  /* A card shown again with its details open has them at once. */
  daftar_guidance_page_reload (f->page);
  card = daftar_guidance_page_get_card (f->page, "outlook-translation");
  details = gtk_expander_get_child (GTK_EXPANDER (daftar_test_find_by_type (card, GTK_TYPE_EXPANDER)));
  g_assert_cmpuint (daftar_test_count_children (daftar_test_find_by_type (details, GTK_TYPE_LIST_BOX)), ==, n_rows);
}

static void
test_dismiss_and_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(GStrv) ids = NULL;
  AdwToast *toast;
  guint index;

  add_translator (f);
  show_page (f);
  g_assert_true (shows (f, "concentration-upwork"));

  /* The keyboard user's focus goes to the card that takes its place. */
  index = card_position (f, "concentration-upwork");
  gtk_widget_grab_focus (daftar_test_find_by_action (daftar_guidance_page_get_card (f->page, "concentration-upwork"),
                                             "guidance.dismiss"));
  click_card_button (f, "concentration-upwork", "guidance.dismiss");
  ids = daftar_guidance_page_get_card_ids (f->page);
  g_assert_cmpuint (index, <, g_strv_length (ids));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         daftar_guidance_page_get_card (f->page, ids[index])));

  g_assert_false (shows (f, "concentration-upwork"));
  g_assert_true (shows (f, "outlook-translation"));
  g_assert_true (setting_has ("guidance-dismissed", "concentration-upwork"));
  g_assert_false (setting_has ("guidance-done", "concentration-upwork"));
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "guidance-hidden"), ==, "1 dismissed");

  /* The toast's Undo brings it back, where it was. */
  toast = daftar_guidance_page_get_toast (f->page);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  g_signal_emit_by_name (toast, "button-clicked");
  wait_page (f);

  g_assert_true (shows (f, "concentration-upwork"));
  g_assert_false (setting_has ("guidance-dismissed", "concentration-upwork"));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (daftar_test_find_by_name (GTK_WIDGET (f->page),
                                                                                           "guidance-hidden"))));
  /* That toast is gone: nothing left for Ctrl+Z */
  g_assert_null (daftar_guidance_page_get_toast (f->page));
  g_assert_false (daftar_guidance_page_undo (f->page));

  /* Ctrl+Z (the window's undo) takes back a card just marked done */
  click_card_button (f, "outlook-translation", "guidance.done");
  g_assert_true (setting_has ("guidance-done", "outlook-translation"));
  g_assert_true (daftar_guidance_page_undo (f->page));
  wait_page (f);
  g_assert_true (shows (f, "outlook-translation"));
  g_assert_false (setting_has ("guidance-done", "outlook-translation"));
  g_assert_false (daftar_guidance_page_undo (f->page));
}

static void
test_done_and_restore (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(GStrv) hidden = NULL;
  GtkWidget *card;

  add_translator (f);
  show_page (f);

  click_card_button (f, "outlook-translation", "guidance.done");
  g_assert_false (shows (f, "outlook-translation"));
  g_assert_true (setting_has ("guidance-done", "outlook-translation"));
  g_assert_false (setting_has ("guidance-dismissed", "outlook-translation"));

  click_card_button (f, "concentration-upwork", "guidance.dismiss");
  g_assert_cmpstr (daftar_test_label_text (GTK_WIDGET (f->page), "guidance-hidden"), ==,
                   "1 marked done · 1 dismissed");

  /* Hidden cards are listed apart, each with Restore. */
  hidden = daftar_guidance_page_get_hidden_ids (f->page);
  g_assert_cmpuint (g_strv_length (hidden), ==, 0);
  g_clear_pointer (&hidden, g_strfreev);
  daftar_guidance_page_set_show_hidden (f->page, TRUE);
  hidden = daftar_guidance_page_get_hidden_ids (f->page);
  g_assert_cmpuint (g_strv_length (hidden), ==, 2);
  g_assert_false (shows (f, "outlook-translation"));
  card = daftar_guidance_page_get_card (f->page, "outlook-translation");
  g_assert_false (gtk_widget_get_visible (daftar_test_find_by_action (card, "guidance.dismiss")));
  g_assert_false (gtk_widget_get_visible (daftar_test_find_by_action (card, "guidance.done")));

  click_card_button (f, "outlook-translation", "guidance.restore");
  g_assert_true (shows (f, "outlook-translation"));
  g_assert_false (setting_has ("guidance-done", "outlook-translation"));
  g_assert_true (setting_has ("guidance-dismissed", "concentration-upwork"));
}

static void
test_caught_up (Fixture       *f,
                gconstpointer  data)
{
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) hidden = NULL;
  GtkWidget *button;

  show_page (f);
  ids = daftar_guidance_page_get_card_ids (f->page);
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_true (daftar_guidance_page_dismiss (f->page, ids[i]));
  wait_page (f);

  g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "caught-up");
  g_assert_false (daftar_guidance_page_dismiss (f->page, "no-such-card"));

  /* Its button shows the hidden cards. */
  button = daftar_test_find_by_name (GTK_WIDGET (f->page), "guidance-caught-up-button");
  g_assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
  wait_page (f);

  g_assert_true (daftar_guidance_page_get_show_hidden (f->page));
  g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "cards");
  hidden = daftar_guidance_page_get_hidden_ids (f->page);
  g_assert_cmpstrv (hidden, ids);
}

static void
test_ledger_changes (Fixture       *f,
                     gconstpointer  data)
{
  show_page (f);
  g_assert_true (shows (f, "starter-log"));

  /* The store's ::changed works the cards out again, in a worker; the page shows
   * the cards it had until the new ones come. */
  add_translator (f);
  while (!daftar_guidance_page_is_loading (f->page))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (shows (f, "starter-log"));
  wait_page (f);

  g_assert_false (shows (f, "starter-log"));
  g_assert_true (shows (f, "concentration-upwork"));
  g_assert_true (shows (f, "outlook-translation"));
}

/* A monthly goal far beyond an empty month: the pace card comes with the goal (on
 * any day but the month's first, when no day is over yet) and goes with it. */
static void
test_goal_changes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  DaftarGoals goals = { .currency = "USD", .has_monthly_net = TRUE, .monthly_net_minor = 100000000 };
  DaftarGoals none = { 0 };

  show_page (f);
  g_assert_false (shows (f, "goal-pace-month"));

  g_assert_true (daftar_store_set_goals (f->store, &goals, &error));
  g_assert_no_error (error);
  wait_page (f);
  if (g_date_time_get_day_of_month (now) != 1)
    g_assert_true (shows (f, "goal-pace-month"));

  g_assert_true (daftar_store_set_goals (f->store, &none, &error));
  wait_page (f);
  g_assert_false (shows (f, "goal-pace-month"));
}

static void
test_settings_changes (Fixture       *f,
                       gconstpointer  data)
{
  const char *dismissed[] = { "starter-log", NULL };

  show_page (f);
  g_assert_true (shows (f, "starter-log"));

  /* Another window, or the command line's settings, put it away. */
  g_settings_set_strv (settings (), "guidance-dismissed", dismissed);
  wait_page (f);
  g_assert_false (shows (f, "starter-log"));

  g_settings_reset (settings (), "guidance-dismissed");
  wait_page (f);
  g_assert_true (shows (f, "starter-log"));
}

/* A ledger in euros, the market figures in dollars: without a rate between the two the
 * page says why and offers the exchange rates; once a rate is added, the cards come. */
static void
test_missing_rate (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -3);
  DaftarProjectDraft project = {
    .name = "Logo <b>design</b>",
    .platform = "fiverr",
    .category = DAFTAR_CATEGORY_GRAPHIC_DESIGN,
    .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "EUR",
    .has_rate = TRUE,
    .rate_minor = 3550,
  };
  DaftarSessionDraft session = { .actual_seconds = 3 * 3600 };
  DaftarExchangeRate rate = { 0, 0, "EUR", "USD", 108000000, DAFTAR_RATE_SOURCE_USER };
  GDate day;

  g_settings_set_string (settings (), "home-currency", "EUR");
  g_assert_true (daftar_store_add_project (f->store, &project, &session.project_id, &error));
  g_assert_no_error (error);
  session.start_utc = g_date_time_to_unix (start);
  g_assert_true (daftar_store_add_session (f->store, &session, NULL, &error));
  g_assert_no_error (error);

  /* Work in euros, market figures in dollars: the cards come, one asking for a rate */
  show_page (f);
  g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "cards");
  g_assert_true (shows (f, "needs-rate"));
  g_assert_true (shows (f, "outlook-graphic-design"));
  g_assert_true (gtk_widget_get_visible (daftar_test_find_by_name (daftar_guidance_page_get_card (f->page, "needs-rate"),
                                                                    "guidance-card-action-button")));
  g_assert_false (gtk_widget_get_visible (daftar_test_find_by_name (daftar_guidance_page_get_card (f->page, "outlook-graphic-design"),
                                                                     "guidance-card-action-button")));

  /* Home in dollars, work in euros: without a rate nothing adds up, and the page
   * says so, with the way to the rates */
  g_settings_set_string (settings (), "home-currency", "USD");
  wait_page (f);
  g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "error");
  g_assert_true (gtk_widget_get_visible (daftar_test_find_by_name (GTK_WIDGET (f->page),
                                                                    "guidance-rates-button")));

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, 1, 2020);
  rate.day = daftar_day_from_date (&day);
  g_assert_true (daftar_store_add_rate (f->store, &rate, NULL, &error));
  g_assert_no_error (error);
  wait_page (f);

  g_assert_cmpstr (daftar_guidance_page_get_state (f->page), ==, "cards");
  g_assert_false (shows (f, "starter-log"));
  g_assert_false (shows (f, "needs-rate"));
}

static void
test_rtl (Fixture       *f,
          gconstpointer  data)
{
  GtkWidget *card, *icon, *title;
  graphene_point_t icon_at, title_at;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  add_translator (f);
  show_page (f);

  card = daftar_guidance_page_get_card (f->page, "outlook-translation");
  icon = daftar_test_find_by_name (card, "guidance-card-icon");
  title = daftar_test_find_by_name (card, "guidance-card-title");
  g_assert_true (gtk_widget_compute_point (icon, card, &GRAPHENE_POINT_INIT (0, 0), &icon_at));
  g_assert_true (gtk_widget_compute_point (title, card, &GRAPHENE_POINT_INIT (0, 0), &title_at));
  /* The icon leads: on the right, right to left. */
  g_assert_cmpfloat (icon_at.x, >, title_at.x);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  daftar_test_ui_init (&argc, &argv);

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/guidance-page/starter", test_starter);
  ADD ("/guidance-page/translator", test_translator);
  ADD ("/guidance-page/cards-in-steps", test_cards_in_steps);
  ADD ("/guidance-page/sources-on-first-expand", test_sources_on_first_expand);
  ADD ("/guidance-page/dismiss-and-undo", test_dismiss_and_undo);
  ADD ("/guidance-page/done-and-restore", test_done_and_restore);
  ADD ("/guidance-page/caught-up", test_caught_up);
  ADD ("/guidance-page/ledger-changes", test_ledger_changes);
  ADD ("/guidance-page/goal-changes", test_goal_changes);
  ADD ("/guidance-page/settings-changes", test_settings_changes);
  ADD ("/guidance-page/missing-rate", test_missing_rate);
  ADD ("/guidance-page/rtl", test_rtl);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  daftar_test_rm_rf (dir);
  return status;
}
