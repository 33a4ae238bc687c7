/* daftar-test-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "daftar-grid-row.h"
#include "daftar-log-page.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"
#include "daftar-window.h"

/* How long a test waits for what the window does on its own. */
#define WAIT_MS 10000

/* Runs what is pending, a few rounds over, so idles queued by idles run too. */
void
daftar_test_iterate (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(int *) data)++;
  return G_SOURCE_CONTINUE;
}

/* Lets the window lay out and paint what changed, so its render node is current. */
void
daftar_test_wait_frames (GtkWidget *widget,
                         int        n)
{
  int frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);

  gtk_widget_queue_draw (widget);
  while (frames < n)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
  daftar_test_iterate ();
}

/* A test on one widget, with what it looks for. */
typedef gboolean (*Match) (GtkWidget     *widget,
                           gconstpointer  data);

/* The first widget under @root (not @root itself), depth first, that @match
 * takes: every lookup below is one such test. */
static GtkWidget *
find_first (GtkWidget     *root,
            Match          match,
            gconstpointer  data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      if ((found = find_first (child, match, data)))
        return found;
    }

  return NULL;
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

/* The first widget under @root whose widget name is @name. */
GtkWidget *
daftar_test_find_by_name (GtkWidget  *root,
                          const char *name)
{
  return find_first (root, has_name, name);
}

/* How many children @widget has: for a list or grid view, the rows it made. */
guint
daftar_test_count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* What the AdwComboRow @combo shows for @item of its model: through its
 * expression (a picker's model of items), or the string of a string list. */
char *
daftar_test_combo_item_text (gpointer  combo,
                             GObject  *item)
{
  GtkExpression *expression = adw_combo_row_get_expression (ADW_COMBO_ROW (combo));
  GValue value = G_VALUE_INIT;
  char *text;

  if (expression == NULL)
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  g_assert_true (gtk_expression_evaluate (expression, item, &value));
  text = g_value_dup_string (&value);
  g_value_unset (&value);
  return text;
}

/* @text without the direction isolates (U+2066–U+2069) around its values and
 * the marks (U+200E, U+200F, U+061C) that set a sentence's direction, its
 * NO-BREAK SPACEs as spaces. */
char *
daftar_test_without_marks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* A NO-BREAK SPACE keeps a figure on one line, and reads as a space */
      if (c == 0x00A0)
        g_string_append_c (out, ' ');
      else if ((c < 0x2066 || c > 0x2069) && c != 0x200E && c != 0x200F && c != 0x061C)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The text of the label named @name under @root, without isolates and marks
 * (daftar_test_without_marks()). The result lives until the next call. */
const char *
daftar_test_label_text (GtkWidget  *root,
                        const char *name)
{
  static char *plain;
  GtkWidget *label = daftar_test_find_by_name (root, name);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));
  g_free (plain);
  plain = daftar_test_without_marks (gtk_label_get_text (GTK_LABEL (label)));
  return plain;
}

/* The part of the window's timer (DaftarTimerButton) named @name: timer_stack,
 * timer_label, timer_name_label, timer_stop_button; once the picker is built,
 * timer_popover, timer_projects, timer_search, timer_continue_button. %NULL
 * when there is no such part (yet). */
GtkWidget *
daftar_test_timer_part (gpointer    window,
                        const char *name)
{
  g_assert_true (GTK_IS_WINDOW (window));
  return daftar_test_find_by_name (GTK_WIDGET (window), name);
}

/* "running" or "idle": what the window's timer button shows. */
const char *
daftar_test_timer_state (gpointer window)
{
  GtkWidget *stack = daftar_test_timer_part (window, "timer_stack");

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/**
 * daftar_test_ui_init:
 * @argc: main ()'s
 * @argv: main ()'s
 *
 * Starts GTK and libadwaita for a test, without animations: toasts are
 * dismissed and replaced within their 300 ms show and hide animations and
 * windows destroyed while they run, and libadwaita 1.2's toast overlay then
 * frees a toast's record under a running animation whose "done" unrefs it
 * again (SIGSEGV in g_object_unref from adw_animation_skip, about 1 run in 4
 * under load); rows and expanders caught half way make poor checks too.
 */
void
daftar_test_ui_init (int    *argc,
                     char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/**
 * daftar_test_app_new:
 * @dir: a folder for the app's own ledger
 *
 * Registers a DaftarApplication, not unique, whose startup opens the ledger
 * @dir/app.db (by DAFTAR_DB), as the GTK tests need one for its settings.
 *
 * Returns: (transfer full): the registered application
 */
DaftarApplication *
daftar_test_app_new (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "app.db", NULL);
  g_autoptr(GError) error = NULL;
  DaftarApplication *app;

  g_setenv ("DAFTAR_DB", path, TRUE);
  app = daftar_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/**
 * daftar_test_context_new:
 * @app: the test's application, for its settings
 * @store: (nullable): the ledger the test opened
 *
 * Returns: (transfer full): a context over @store with @app's settings, as the
 *   app hands its window and pages
 */
DaftarContext *
daftar_test_context_new (DaftarApplication *app,
                         DaftarStore       *store)
{
  return daftar_context_new (store, daftar_application_get_settings (app));
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* The first widget under @root of @type (or a subtype), depth first. */
GtkWidget *
daftar_test_find_by_type (GtkWidget *root,
                          GType      type)
{
  return find_first (root, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
runs_action (GtkWidget     *widget,
             gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/* The first button (or other GtkActionable) under @root that runs @action_name. */
GtkWidget *
daftar_test_find_by_action (GtkWidget  *root,
                            const char *action_name)
{
  return find_first (root, runs_action, action_name);
}

static void
clicked_cb (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/**
 * daftar_test_activate:
 * @button: a #GtkButton
 *
 * Activates @button as the keyboard does: it looks pressed for a moment, then
 * clicks. Returns once it has clicked and what that queued has run.
 */
void
daftar_test_activate (GtkWidget *button)
{
  g_autoptr(GtkWidget) kept = g_object_ref (button);   /* a click may close its window */
  gboolean clicked = FALSE;
  gulong id = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicked);

  g_assert_true (gtk_widget_activate (button));
  daftar_test_wait_until (is_true, &clicked, WAIT_MS);
  g_signal_handler_disconnect (button, id);
  daftar_test_iterate ();
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

static gboolean
log_is_read (gpointer window)
{
  DaftarLogPage *page = daftar_window_get_log_page (DAFTAR_WINDOW (window));

  return daftar_window_has_loaded_log (DAFTAR_WINDOW (window)) &&
         !daftar_log_model_is_loading (daftar_log_page_get_model (page));
}

/**
 * daftar_test_wait_log:
 * @window: a #DaftarWindow on screen
 *
 * Returns once its Log has read the sessions, after a change too, and shown
 * every step of them.
 */
void
daftar_test_wait_log (gpointer window)
{
  daftar_test_wait_until (log_is_read, window, WAIT_MS);
}

/**
 * daftar_test_show_window:
 * @window: a #DaftarWindow with a ledger
 *
 * Presents @window and returns once it is on screen and its Log page has read
 * the sessions (which it starts after the first frame).
 */
void
daftar_test_show_window (gpointer window)
{
  g_assert_true (DAFTAR_IS_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  daftar_test_wait_until (is_mapped, window, WAIT_MS);
  daftar_test_wait_log (window);
  daftar_test_iterate ();
}

/* The window's stack of pages (Log, Projects, Earnings, Guidance). */
static AdwViewStack *
view_stack (gpointer window)
{
  GtkWidget *log_page;

  g_assert_true (DAFTAR_IS_WINDOW (window));
  log_page = GTK_WIDGET (daftar_window_get_log_page (DAFTAR_WINDOW (window)));
  g_assert_nonnull (log_page);
  return ADW_VIEW_STACK (gtk_widget_get_ancestor (log_page, ADW_TYPE_VIEW_STACK));
}

/* Shows the window's page @name ("log", "projects", "earnings", "guidance"), as
 * its view switcher does. */
void
daftar_test_show_page (gpointer    window,
                       const char *name)
{
  adw_view_stack_set_visible_child_name (view_stack (window), name);
}

/* The name of the page the window shows. */
const char *
daftar_test_visible_page (gpointer window)
{
  return adw_view_stack_get_visible_child_name (view_stack (window));
}

/* Returns: (transfer full): the window's pages, as its view switcher lists them */
GtkSelectionModel *
daftar_test_window_pages (gpointer window)
{
  return adw_view_stack_get_pages (view_stack (window));
}

static gboolean
is_stack_with (GtkWidget     *widget,
               gconstpointer  name)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), name) != NULL;
}

/* The stack under @root that has a page named @name. */
static GtkStack *
find_stack_with (GtkWidget  *root,
                 const char *name)
{
  return (GtkStack *) find_first (root, is_stack_with, name);
}

/**
 * daftar_test_window_error_page:
 * @window: a #DaftarWindow
 *
 * Returns: (nullable) (transfer none): the #AdwStatusPage the window shows in
 *   place of its pages when the ledger could not be opened, or %NULL while it
 *   shows its pages
 */
GtkWidget *
daftar_test_window_error_page (gpointer window)
{
  GtkStack *stack;

  g_assert_true (DAFTAR_IS_WINDOW (window));
  stack = find_stack_with (GTK_WIDGET (window), "error");
  g_assert_nonnull (stack);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "error") != 0)
    return NULL;
  g_assert_true (ADW_IS_STATUS_PAGE (gtk_stack_get_visible_child (stack)));
  return gtk_stack_get_visible_child (stack);
}

/* Whether the window's header shows that a write waits for another program. */
gboolean
daftar_test_window_is_busy (gpointer window)
{
  GtkWidget *spinner;

  g_assert_true (DAFTAR_IS_WINDOW (window));
  spinner = daftar_test_find_by_name (GTK_WIDGET (window), "busy_spinner");
  g_assert_nonnull (spinner);
  return gtk_widget_get_visible (spinner);
}

/* The text of @label, without the direction isolates around its values. */
static char *
shown_text (GtkLabel *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = gtk_label_get_text (label); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x2066 || c > 0x2069)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *literal;
  gboolean    raw;
} Shows;

static gboolean
label_shows (GtkWidget     *widget,
             gconstpointer  data)
{
  const Shows *shows = data;
  g_autofree char *text = NULL;

  if (!GTK_IS_LABEL (widget))
    return FALSE;
  text = shows->raw ? g_strdup (gtk_label_get_text (GTK_LABEL (widget))) : shown_text (GTK_LABEL (widget));
  return strstr (text, shows->literal) != NULL;
}

/* Whether a label under @root shows @literal, as text; with @raw, the
 * direction isolates count. */
gboolean
daftar_test_shows_text (GtkWidget  *root,
                        const char *literal,
                        gboolean    raw)
{
  Shows shows = { literal, raw };

  return find_first (root, label_shows, &shows) != NULL;
}

static gboolean
has_row_title (GtkWidget  *widget,
               const char *title)
{
  g_autofree char *shown = NULL;

  if (title == NULL)
    return TRUE;
  if (!ADW_IS_PREFERENCES_ROW (widget))
    return FALSE;
  shown = daftar_test_without_marks (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
  return g_strcmp0 (shown, title) == 0;
}

typedef struct
{
  GType       type;
  const char *title;
  guint       skip;
} NthRow;

static gboolean
is_nth_row (GtkWidget     *widget,
            gconstpointer  data)
{
  NthRow *row = (NthRow *) data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, row->type) && has_row_title (widget, row->title) &&
         row->skip-- == 0;
}

/**
 * daftar_test_find_nth_row:
 * @type: the widget's type, e.g. %ADW_TYPE_ENTRY_ROW
 * @title: (nullable): the row's title, without isolates and marks; %NULL for any
 * @n: how many such widgets to pass over, depth first
 *
 * Returns: (nullable) (transfer none): the widget under @root
 */
GtkWidget *
daftar_test_find_nth_row (GtkWidget  *root,
                          GType       type,
                          const char *title,
                          guint       n)
{
  NthRow row = { type, title, n };

  return find_first (root, is_nth_row, &row);
}

/* The first widget under @root of @type (a row type, or any) titled @title (nullable). */
GtkWidget *
daftar_test_find_row (GtkWidget  *root,
                      GType       type,
                      const char *title)
{
  return daftar_test_find_nth_row (root, type, title, 0);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The first button under @root whose label (mnemonic underline included) is @label. */
GtkWidget *
daftar_test_find_button (GtkWidget  *root,
                         const char *label)
{
  return find_first (root, is_button_labelled, label);
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  wanted)
{
  g_autofree char *shown = NULL;

  if (!GTK_IS_LABEL (widget))
    return FALSE;
  shown = daftar_test_without_marks (gtk_label_get_text (GTK_LABEL (widget)));
  return g_strcmp0 (shown, wanted) == 0;
}

/* The first label under @root whose text is @text, both without isolates and marks
 * (sentences start with the interface's direction mark). */
GtkWidget *
daftar_test_find_label (GtkWidget  *root,
                        const char *text)
{
  g_autofree char *wanted = daftar_test_without_marks (text);

  return find_first (root, is_label_reading, wanted);
}

static gboolean
is_shown_error (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
         gtk_widget_is_visible (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0';
}

/* The text of the first error message shown under @root (a label styled "error",
 * visible, with text), or %NULL. */
const char *
daftar_test_shown_error (GtkWidget *root)
{
  GtkWidget *label = find_first (root, is_shown_error, NULL);

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* The first toplevel window of @type (or a subtype), or %NULL. */
GtkWindow *
daftar_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static gboolean
toplevel_mapped (gpointer data)
{
  GtkWindow *window = daftar_test_find_toplevel (*(GType *) data);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

/* Returns: (transfer none): the toplevel of @type, once it is open and on screen */
GtkWindow *
daftar_test_wait_for_toplevel (GType type)
{
  daftar_test_wait_until (toplevel_mapped, &type, WAIT_MS);
  daftar_test_iterate ();
  return daftar_test_find_toplevel (type);
}

/* Closes every toplevel window of @type (%GTK_TYPE_WINDOW: all of them), newest first. */
void
daftar_test_destroy_toplevels (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        gtk_window_destroy (window);
    }
  daftar_test_iterate ();
}

static gboolean
label_holds (GtkWidget     *widget,
             gconstpointer  literal)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), literal) != NULL;
}

/* The first label under @root whose text holds @literal, isolates and marks included. */
GtkWidget *
daftar_test_find_label_with (GtkWidget  *root,
                             const char *literal)
{
  return find_first (root, label_holds, literal);
}

typedef struct
{
  GType       type;
  const char *text;
} Shown;

static gboolean
is_shown_with (GtkWidget     *widget,
               gconstpointer  data)
{
  const Shown *shown = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, shown->type) && gtk_widget_get_mapped (widget) &&
         ((GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), shown->text) == 0) ||
          g_strcmp0 (gtk_widget_get_tooltip_text (widget), shown->text) == 0);
}

/* The first widget under @root of @type, on screen, whose label (a GtkLabel's, markup
 * included) or tooltip is @text. */
GtkWidget *
daftar_test_find_shown (GtkWidget  *root,
                        GType       type,
                        const char *text)
{
  Shown shown = { type, text };

  return find_first (root, is_shown_with, &shown);
}

/* Offers the key to @widget's controllers of @phase, as GTK would; TRUE once one takes it. */
static gboolean
offer_key (GtkWidget       *widget,
           GtkPropagationPhase phase,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;
      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          gboolean handled = FALSE;

          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, modifiers, &handled);
          if (handled)
            return TRUE;
        }
    }
  return daftar_widget_activate_shortcut (widget, keyval, modifiers, phase);
}

/**
 * daftar_test_press_key:
 * @widget: a widget of the window the key goes to
 *
 * Presses @keyval with @modifiers on what has the focus in @widget's window: the
 * key goes through the key and shortcut controllers (key bindings included) from
 * the window down to the focus in the capture phase, then back up, as GTK 4
 * delivers a key event, and what that queued runs. GTK 4.8 has no public way to
 * make a key event; a controller that asks for the current event sees none, so
 * type text into entries with gtk_editable_set_text().
 *
 * Returns: whether a controller took the key
 */
gboolean
daftar_test_press_key (GtkWidget       *widget,
                       guint            keyval,
                       GdkModifierType  modifiers)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  g_autoptr(GPtrArray) path = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean handled = FALSE;

  g_assert_nonnull (focus);
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (path, 0, g_object_ref (w));

  for (guint i = 0; !handled && i < path->len; i++)
    handled = offer_key (g_ptr_array_index (path, i), GTK_PHASE_CAPTURE, keyval, modifiers);
  if (!handled)
    handled = offer_key (focus, GTK_PHASE_TARGET, keyval, modifiers);
  for (guint i = path->len; !handled && i > 0; i--)
    handled = offer_key (g_ptr_array_index (path, i - 1), GTK_PHASE_BUBBLE, keyval, modifiers);

  daftar_test_iterate ();
  return handled;
}
