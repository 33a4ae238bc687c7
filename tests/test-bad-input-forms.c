/* test-bad-input-forms.c — every form refuses bad input and leaves the ledger alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table of form fields (a dialog and one of its entries) crossed with one table of
 * bad values, as test-bad-input.c does for the command line. For each pair the dialog is
 * opened fresh on its own copy of a small ledger, the value is typed into the field with
 * every other field left valid, and the form must refuse it: Save insensitive where the
 * form gates it, the field marked with .error, a message that says why (not empty, valid
 * UTF-8, no control characters, short), and saving anyway must write nothing: the ledger
 * file and its -wal, byte for byte, and every row of every table are compared
 * (daftar_test_fingerprint_ledger ()).
 *
 * SQL meta-characters are a legitimate name or note: those pairs are positive controls
 * that must save and read back exactly as typed. The forms have no spin buttons, and their
 * combo rows offer only valid choices, so every field here is typed, except that a combo
 * row left with no selection at all (the project's specialty) must be refused too.
 *
 * The matrix runs twice: in English, and in Persian (LANGUAGE=fa, the Persian calendar
 * and digits) where every message must be translated, and where 30 Esfand 1403 exists
 * but the 31st does not. Invalid UTF-8 can't be typed into a GtkEditable: see
 * test-bad-input.c for it.
 */
#define G_LOG_DOMAIN "test-bad-input-forms"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-application.h"
#include "daftar-format.h"
#include "daftar-payment-dialog.h"
#include "daftar-preferences-tools.h"
#include "daftar-preferences-window.h"
#include "daftar-project-dialog.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-rates-dialog.h"
#include "daftar-session-dialog.h"
#include "daftar-test-spawn.h"
#include "daftar-test-ui.h"
#include "daftar-test-util.h"

#define HUGE_LEN (100 * 1024)
#define MESSAGE_MAX_CHARS 1000
#define TOOL_NAME "Test tool"

/* What a field holds, and so which values are wrong for it. */
typedef enum
{
  K_NAME     = 1 << 0,   /* text, required */
  K_TEXT     = 1 << 1,   /* text, optional */
  K_AMOUNT   = 1 << 2,
  K_CURRENCY = 1 << 3,
  K_DATE     = 1 << 4,
  K_TIME     = 1 << 5,
  K_DURATION = 1 << 6,
  K_PERCENT  = 1 << 7,
  K_RATE     = 1 << 8,
  K_REQUIRED = 1 << 9,   /* with a kind: empty is wrong */
  K_CONTRACT = 1 << 10,  /* with K_PERCENT: within the platform's bounds, 0 to 15% */
  K_CHOICE   = 1 << 11,  /* a combo row: only its own choices, and one of them */
} Kind;

#define ALL_KINDS  0x1ff
#define TEXT_KINDS (K_NAME | K_TEXT)
#define NOT_TEXT   (ALL_KINDS & ~TEXT_KINDS)

typedef struct
{
  const char *label;
  const char *value;     /* NULL: HUGE_LEN times @fill */
  char        fill;
  guint       bad_for;   /* Kind flags: the form must refuse it */
  guint       good_for;  /* Kind flags: the form must store it as typed */
} BadValue;

static const BadValue bad_values[] = {
  { "empty", "", 0, K_REQUIRED, 0 },
  { "blank", "   ", 0, K_REQUIRED, 0 },
  { "huge", NULL, 'x', ALL_KINDS, 0 },
  { "huge-digits", NULL, '1', NOT_TEXT, 0 },
  { "control", "a\x01" "b", 0, ALL_KINDS, 0 },
  { "bidi-override", "\u202E" "cba", 0, ALL_KINDS, 0 },
  { "bidi-isolates", "\u2066" "x" "\u2069", 0, ALL_KINDS, 0 },
  { "sql-quote", "x'; DROP TABLE sessions; --", 0, NOT_TEXT, TEXT_KINDS },
  { "sql-double-quote", "\"); DELETE FROM projects; --", 0, NOT_TEXT, TEXT_KINDS },
  { "negative", "-5", 0, NOT_TEXT, 0 },
  { "negative-tiny", "-0.01", 0, NOT_TEXT, 0 },
  { "overflow", "99999999999999999999999", 0, NOT_TEXT, 0 },
  { "int64-max", "9223372036854775807", 0, NOT_TEXT, 0 },
  { "impossible-date", "2025-02-30", 0, NOT_TEXT, 0 },
  { "persian-impossible-date", "۱۴۰۳/۱۲/۳۱", 0, NOT_TEXT, 0 },
  { "impossible-time", "25:61", 0, NOT_TEXT, 0 },
  { "negative-duration", "-1:00", 0, NOT_TEXT, 0 },
  { "huge-duration", "999999:00", 0, NOT_TEXT, 0 },
  { "over-100", "101", 0, K_PERCENT, 0 },
  { "over-platform-max", "50", 0, K_CONTRACT, 0 },
  { "no-choice", "", 0, K_CHOICE, 0 },   /* a combo row left without a selection */
};

typedef enum
{
  D_PROJECT,           /* editing the hourly Upwork project */
  D_PROJECT_FIXED,     /* the same, switched to a fixed price of 1000 */
  D_SESSION,           /* editing its session */
  D_SESSION_PER_TASK,  /* editing the per-task project's session */
  D_RATES,             /* a new rate: 2025-03-10, 1 EUR = 1.08 USD */
  D_PREFS_ADD,         /* Preferences, AI Tools: adding a tool */
  D_PREFS_TOOL,        /* Preferences, AI Tools: TOOL_NAME, 20.00 USD a month */
  D_FEES,              /* the hourly project's fee terms */
  D_PAYMENT,           /* a new payment: 100.00 USD today for the hourly project */
} Dialog;

/* Where a positive control's value is read back from. */
typedef enum
{
  S_NONE,
  S_PROJECT_NAME,
  S_PROJECT_CLIENT,
  S_SESSION_NOTE,
  S_NEW_TOOL,
  S_TOOL_NAME,
  S_PAYMENT_NOTE,
} Stored;

typedef struct
{
  const char *label;
  Dialog      dialog;
  const char *child;    /* the template child typed into; "0".."2": the tool's entries */
  const char *marked;   /* the template child marked invalid, when another */
  guint       kind;
  Stored      stored;
} FormField;

static const FormField form_fields[] = {
  { "project/name", D_PROJECT, "name_row", NULL, K_NAME | K_REQUIRED, S_PROJECT_NAME },
  { "project/client", D_PROJECT, "client_row", NULL, K_TEXT, S_PROJECT_CLIENT },
  { "project/currency", D_PROJECT, "currency_row", NULL, K_CURRENCY | K_REQUIRED, S_NONE },
  { "project/hourly-rate", D_PROJECT, "rate_row", NULL, K_AMOUNT | K_REQUIRED, S_NONE },
  { "project/fixed-price", D_PROJECT_FIXED, "price_row", NULL, K_AMOUNT | K_REQUIRED, S_NONE },
  { "project/specialty", D_PROJECT, "specialty_row", NULL, K_CHOICE, S_NONE },
  { "session/date", D_SESSION, "date_row", NULL, K_DATE | K_REQUIRED, S_NONE },
  { "session/start", D_SESSION, "start_row", NULL, K_TIME | K_REQUIRED, S_NONE },
  { "session/duration", D_SESSION, "duration_row", NULL, K_DURATION | K_REQUIRED, S_NONE },
  { "session/end", D_SESSION, "end_row", NULL, K_TIME, S_NONE },
  { "session/paid", D_SESSION, "paid_row", NULL, K_DURATION, S_NONE },
  { "session/note", D_SESSION, "note_view", "note_frame", K_TEXT, S_SESSION_NOTE },
  { "session/earned", D_SESSION_PER_TASK, "earned_row", NULL, K_AMOUNT, S_NONE },
  { "rates/date", D_RATES, "date_row", NULL, K_DATE | K_REQUIRED, S_NONE },
  { "rates/base", D_RATES, "base_row", NULL, K_CURRENCY | K_REQUIRED, S_NONE },
  { "rates/quote", D_RATES, "quote_row", NULL, K_CURRENCY | K_REQUIRED, S_NONE },
  { "rates/rate", D_RATES, "rate_row", NULL, K_RATE | K_REQUIRED, S_NONE },
  { "prefs/new-tool", D_PREFS_ADD, "add_row", NULL, K_NAME | K_REQUIRED, S_NEW_TOOL },
  { "prefs/tool-name", D_PREFS_TOOL, "0", NULL, K_NAME | K_REQUIRED, S_TOOL_NAME },
  { "prefs/tool-cost", D_PREFS_TOOL, "1", NULL, K_AMOUNT, S_NONE },
  { "prefs/tool-currency", D_PREFS_TOOL, "2", NULL, K_CURRENCY | K_REQUIRED, S_NONE },
  { "fees/contract", D_FEES, "contract_row", NULL, K_PERCENT | K_CONTRACT, S_NONE },
  { "fees/override", D_FEES, "override_row", NULL, K_PERCENT, S_NONE },
  { "payment/date", D_PAYMENT, "date_row", NULL, K_DATE | K_REQUIRED, S_NONE },
  { "payment/amount", D_PAYMENT, "amount_row", NULL, K_AMOUNT | K_REQUIRED, S_NONE },
  { "payment/withdrawal-fee", D_PAYMENT, "withdrawal_row", NULL, K_AMOUNT, S_NONE },
  { "payment/platform-fee", D_PAYMENT, "platform_row", NULL, K_AMOUNT, S_NONE },
  { "payment/note", D_PAYMENT, "note_row", NULL, K_TEXT, S_PAYMENT_NOTE },
};

typedef struct
{
  const FormField *field;
  const BadValue  *value;
  const char      *language;   /* NULL for English */
  gboolean         good;
} Case;

/* The seeded ledger every case copies, and what is in it. */
static char *template_db;
static gint64 hourly_project, per_task_project, hourly_session, per_task_session, tool_id;
static GSettings *settings;
static char *current_language;

#define CHECK(cond, ...) G_STMT_START { if (!(cond)) g_test_fail_printf (__VA_ARGS__); } G_STMT_END

static void
seed_template (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarStore) store = daftar_store_open (path, &error);
  DaftarProjectDraft hourly = {
    .name = "Churn model", .client = "Acme", .platform = "upwork",
    .category = DAFTAR_CATEGORY_AI_TRAINING, .pricing = DAFTAR_PRICING_HOURLY,
    .currency = "USD", .has_rate = TRUE, .rate_minor = 4000,
  };
  DaftarProjectDraft per_task = {
    .name = "Translation tasks", .platform = "outlier", .category = DAFTAR_CATEGORY_AI_TRAINING,
    .pricing = DAFTAR_PRICING_PER_TASK, .currency = "EUR",
  };
  DaftarSessionDraft session = {
    .start_utc = 1741597200, /* 2025-03-10 09:00 UTC */
    .actual_seconds = 5400, .has_paid = TRUE, .paid_seconds = 4500, .note = "Rated 12 answers",
  };
  DaftarMoney cost = { .minor = 2000, .currency = "USD" };

  g_assert_no_error (error);
  g_assert_true (daftar_store_add_project (store, &hourly, &hourly_project, &error));
  g_assert_true (daftar_store_add_project (store, &per_task, &per_task_project, &error));
  session.project_id = hourly_project;
  g_assert_true (daftar_store_add_session (store, &session, &hourly_session, &error));
  session.project_id = per_task_project;
  session.has_paid = FALSE;
  session.has_earned = TRUE;
  session.earned_minor = 1250;
  g_assert_true (daftar_store_add_session (store, &session, &per_task_session, &error));
  g_assert_true (daftar_store_add_tool (store, TOOL_NAME, &cost, &tool_id, &error));
  g_assert_no_error (error);
}

/* English, or LANGUAGE=fa with its catalog, calendar and digits. FALSE when unavailable. */
static gboolean
use_language (const char *language)
{
  g_autoptr(DaftarContext) context = NULL;

  if (g_strcmp0 (language, current_language) != 0)
    {
      if (language != NULL)
        g_setenv ("LANGUAGE", language, TRUE);
      else
        g_unsetenv ("LANGUAGE");
      g_free (current_language);
      current_language = g_strdup (language);
      /* Binding again makes gettext forget what it looked up in the other language. */
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("DAFTAR_LOCALEDIR"));
    }

  if (language == NULL)
    return TRUE;

  /* Each dialog's context builds its format from the language in force, as this one */
  context = daftar_context_new (NULL, NULL);
  return g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Enter a name for the project."),
                    "Enter a name for the project.") != 0 &&
         daftar_format_get_calendar (daftar_context_get_format (context)) == DAFTAR_CALENDAR_PERSIAN;
}

/* The template child @name of the dialog, or the tool's nth entry for "0".."2" (its
 * row opened: the fields are built then), or Preferences' row that adds a tool. */
static GtkWidget *
widget_of (GtkWindow  *window,
           Dialog      dialog,
           const char *name)
{
  GtkWidget *widget;

  if (dialog == D_PREFS_TOOL && g_ascii_isdigit (name[0]))
    {
      guint nth = (guint) (name[0] - '0');
      GtkWidget *tool = daftar_test_find_nth_row (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW, TOOL_NAME, 0);

      g_assert_nonnull (tool);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (tool), TRUE);
      widget = daftar_test_find_nth_row (tool, ADW_TYPE_ENTRY_ROW, NULL, nth);
    }
  else if (dialog == D_PREFS_ADD && g_str_equal (name, "add_row"))
    {
      GtkWidget *tools = daftar_test_find_by_type (GTK_WIDGET (window), DAFTAR_TYPE_PREFERENCES_TOOLS);

      g_assert_nonnull (tools);
      widget = daftar_test_find_row (tools, ADW_TYPE_ENTRY_ROW, NULL);
    }
  else
    widget = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), G_OBJECT_TYPE (window),
                                                        name));

  g_assert_nonnull (widget);
  return widget;
}

static void
type_text (GtkWidget  *widget,
           const char *text)
{
  if (ADW_IS_COMBO_ROW (widget))
    adw_combo_row_set_selected (ADW_COMBO_ROW (widget), GTK_INVALID_LIST_POSITION);
  else if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
  daftar_test_iterate ();
}

static void
count_cb (GtkWindow *window,
          gint64     id,
          guint     *n_saved)
{
  (*n_saved)++;
}

static GtkWindow *
open_dialog (DaftarStore *store,
             Dialog       dialog,
             guint       *n_saved)
{
  gboolean prefs = dialog == D_PREFS_ADD || dialog == D_PREFS_TOOL;
  /* Preferences writes the settings; the dialogs run as without the schema */
  g_autoptr(DaftarContext) context = daftar_context_new (store, prefs ? settings : NULL);
  GtkWindow *window;

  if (dialog <= D_PROJECT_FIXED)
    window = GTK_WINDOW (daftar_project_dialog_new (NULL, context, hourly_project));
  else if (dialog <= D_SESSION_PER_TASK)
    window = GTK_WINDOW (daftar_session_dialog_new (NULL, context, dialog == D_SESSION
                                                    ? hourly_session : per_task_session, 0));
  else if (dialog == D_RATES)
    window = GTK_WINDOW (daftar_rates_dialog_new (NULL, context));
  else if (dialog == D_FEES)
    window = GTK_WINDOW (daftar_project_fees_dialog_new (NULL, context, hourly_project));
  else if (dialog == D_PAYMENT)
    window = GTK_WINDOW (daftar_payment_dialog_new (NULL, context, 0, hourly_project));
  else
    window = GTK_WINDOW (daftar_preferences_window_new (NULL, context));

  if (g_signal_lookup ("saved", G_OBJECT_TYPE (window)) != 0)
    g_signal_connect (window, "saved", G_CALLBACK (count_cb), n_saved);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  daftar_test_iterate ();

  /* Everything valid but the field under test */
  if (dialog == D_PROJECT_FIXED)
    {
      adw_combo_row_set_selected (ADW_COMBO_ROW (widget_of (window, dialog, "pricing_row")),
                                  DAFTAR_PRICING_FIXED);
      type_text (widget_of (window, dialog, "price_row"), "1000");
    }
  else if (dialog == D_RATES)
    {
      type_text (widget_of (window, dialog, "date_row"), "2025-03-10");
      type_text (widget_of (window, dialog, "base_row"), "EUR");
      type_text (widget_of (window, dialog, "quote_row"), "USD");
      type_text (widget_of (window, dialog, "rate_row"), "1.08");
    }
  else if (dialog == D_PAYMENT)
    {
      /* The date is today's, as the dialog opens */
      type_text (widget_of (window, dialog, "amount_row"), "100");
    }

  return window;
}

/* Saving as the user can: the gated action, then Enter in a field, which asks anyway.
 * @window is a weak pointer: saving closes the dialog. */
static void
try_to_save (GtkWindow **window,
             Dialog      dialog,
             GtkWidget  *field)
{
  static const char * const actions[] = {
    [D_PROJECT] = "dialog.save", [D_PROJECT_FIXED] = "dialog.save", [D_SESSION] = "dialog.save",
    [D_SESSION_PER_TASK] = "dialog.save", [D_RATES] = "rates.add", [D_FEES] = "fees.save",
    [D_PAYMENT] = "payment.save",
  };

  if (dialog == D_PREFS_ADD || dialog == D_PREFS_TOOL)
    g_signal_emit_by_name (field, "apply");
  else
    gtk_widget_activate_action (GTK_WIDGET (*window), actions[dialog], NULL);
  daftar_test_iterate ();

  if (*window != NULL && (dialog <= D_SESSION_PER_TASK || dialog == D_PAYMENT))
    {
      const char *row = dialog <= D_PROJECT_FIXED ? "name_row" :
                        dialog == D_PAYMENT ? "amount_row" : "duration_row";

      g_signal_emit_by_name (widget_of (*window, dialog, row), "entry-activated");
      daftar_test_iterate ();
    }
}

static void
check_message (const Case *c,
               const char *message)
{
  gboolean persian = FALSE;

  CHECK (message != NULL, "%s: no message says why", c->field->label);
  if (message == NULL)
    return;

  CHECK (g_utf8_validate (message, -1, NULL), "%s: the message is not UTF-8", c->field->label);
  CHECK (g_utf8_strlen (message, -1) < MESSAGE_MAX_CHARS, "%s: a message of %ld characters",
         c->field->label, g_utf8_strlen (message, -1));

  for (const char *p = message; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      CHECK (!g_unichar_iscntrl (ch) && (ch < 0x202a || ch > 0x202e),
             "%s: U+%04X in the message “%s”", c->field->label, ch, message);
      persian |= g_unichar_isalpha (ch) && g_unichar_get_script (ch) == G_UNICODE_SCRIPT_ARABIC;
    }

  g_test_message ("%s: %s", c->field->label, message);
  if (c->language != NULL)
    CHECK (persian, "%s: the message is not translated: “%s”", c->field->label, message);
}

/* What a positive control stored, as read from the ledger. */
static char *
read_back (DaftarStore *store,
           Stored       stored,
           const char  *typed)
{
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarSession) session = NULL;
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GPtrArray) payments = NULL;

  switch (stored)
    {
    case S_PAYMENT_NOTE:
      payments = daftar_store_list_payments (store, NULL);
      g_assert_nonnull (payments);
      return payments->len == 1 ? g_strdup (((DaftarPayment *) g_ptr_array_index (payments, 0))->note) : NULL;
    case S_PROJECT_NAME:
    case S_PROJECT_CLIENT:
      project = daftar_store_get_project (store, hourly_project, NULL);
      g_assert_nonnull (project);
      return g_strdup (stored == S_PROJECT_NAME ? project->name : project->client);
    case S_SESSION_NOTE:
      session = daftar_store_get_session (store, hourly_session, NULL);
      g_assert_nonnull (session);
      return g_strdup (session->note);
    case S_NEW_TOOL:
    case S_TOOL_NAME:
      tools = daftar_store_list_tools (store, TRUE, NULL);
      for (guint i = 0; tools != NULL && i < tools->len; i++)
        {
          DaftarTool *tool = g_ptr_array_index (tools, i);

          if ((stored == S_TOOL_NAME && tool->id == tool_id) ||
              (stored == S_NEW_TOOL && g_strcmp0 (tool->name, typed) == 0))
            return g_strdup (tool->name);
        }
      return NULL;
    case S_NONE:
    default:
      g_assert_not_reached ();
    }
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  const FormField *field = c->field;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *huge = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *dump = NULL;
  g_autoptr(DaftarStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *value = c->value->value;
  GtkWindow *window;
  GtkWidget *widget, *marked;
  guint n_saved = 0;
  gsize length;

  if (!use_language (c->language))
    {
      g_test_skip ("No Persian catalog or calendar: set DAFTAR_LOCALEDIR and LC_ALL");
      return;
    }

  if (value == NULL)
    value = huge = g_strnfill (HUGE_LEN, c->value->fill);

  dir = daftar_test_make_tmpdir ();
  db = g_build_filename (dir, "daftar.db", NULL);
  g_assert_true (g_file_get_contents (template_db, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (db, contents, (gssize) length, NULL));
  store = daftar_store_open (db, &error);
  g_assert_no_error (error);
  before = daftar_test_fingerprint_ledger (db);

  window = open_dialog (store, field->dialog, &n_saved);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  widget = widget_of (window, field->dialog, field->child);
  marked = field->marked != NULL ? widget_of (window, field->dialog, field->marked) : widget;
  g_assert_true (gtk_widget_is_visible (widget));
  g_assert_false (gtk_widget_has_css_class (marked, "error"));

  type_text (widget, value);

  if (!c->good && (field->dialog <= D_SESSION_PER_TASK || field->dialog == D_PAYMENT))
    CHECK (!gtk_widget_is_sensitive (widget_of (window, field->dialog, "save_button")),
           "%s: Save is sensitive", field->label);

  try_to_save (&window, field->dialog, widget);

  if (c->good)
    {
      g_autofree char *stored = read_back (store, field->stored, value);

      CHECK (g_strcmp0 (stored, value) == 0, "%s: stored “%s”", field->label, stored);
      CHECK ((field->dialog > D_SESSION_PER_TASK && field->dialog != D_PAYMENT) ||
             (window == NULL && (n_saved == 1 || field->dialog == D_PAYMENT)),
             "%s: not saved", field->label);
      CHECK (window == NULL || daftar_test_shown_error (GTK_WIDGET (window)) == NULL,
             "%s: refused: %s", field->label, daftar_test_shown_error (GTK_WIDGET (window)));
      /* Nothing else went: the other project and its session are still there. */
      dump = daftar_test_dump_db (db);
      CHECK (strstr (dump, "Translation tasks") != NULL &&
             strstr (dump, "Rated 12 answers") != NULL, "%s: rows lost:\n%s", field->label, dump);
    }
  else
    {
      CHECK (window != NULL && n_saved == 0, "%s: saved and closed", field->label);
      if (window != NULL)
        {
          CHECK (gtk_widget_has_css_class (marked, "error"), "%s: not marked invalid",
                 field->label);
          check_message (c, daftar_test_shown_error (GTK_WIDGET (window)));
        }
    }

  if (window != NULL)
    gtk_window_destroy (window);
  daftar_test_iterate ();
  g_assert_null (window);

  if (!c->good)
    {
      after = daftar_test_fingerprint_ledger (db);
      CHECK (g_strcmp0 (before, after) == 0, "%s changed the ledger:\n%.300s\nto\n%.300s",
             field->label, before, after);
    }

  g_clear_object (&store);
  daftar_test_rm_rf (dir);
}

static void
add_cases (const char *language,
           guint      *n_bad,
           guint      *n_good)
{
  for (guint f = 0; f < G_N_ELEMENTS (form_fields); f++)
    for (guint v = 0; v < G_N_ELEMENTS (bad_values); v++)
      {
        const FormField *field = &form_fields[f];
        const BadValue *value = &bad_values[v];
        g_autofree char *path = NULL;
        Case *c;

        if (!(value->bad_for & field->kind) && !(value->good_for & field->kind))
          continue;

        c = g_new0 (Case, 1);
        c->field = field;
        c->value = value;
        c->language = language;
        c->good = !(value->bad_for & field->kind);
        g_assert_true (!c->good || field->stored != S_NONE);
        *(c->good ? n_good : n_bad) += 1;

        path = g_strdup_printf ("/bad-input-forms/%s/%s/%s", language ? language : "en",
                                field->label, value->label);
        g_test_add_data_func_full (path, c, test_case, g_free);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DaftarApplication) app = NULL;
  g_autofree char *dir = NULL;
  guint n_bad = 0, n_good = 0;
  int status;

  daftar_test_ui_init (&argc, &argv);
  /* As main.c does: src/ui's _() is gettext () in the default domain */
  textdomain (GETTEXT_PACKAGE);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  dir = daftar_test_make_tmpdir ();
  app = daftar_test_app_new (dir);
  settings = g_settings_new (APP_ID);

  template_db = g_build_filename (dir, "template.db", NULL);
  seed_template (template_db);

  add_cases (NULL, &n_bad, &n_good);
  add_cases ("fa", &n_bad, &n_good);
  g_test_message ("%" G_GSIZE_FORMAT " fields × %" G_GSIZE_FORMAT " values: %u refusals, "
                  "%u positive controls", G_N_ELEMENTS (form_fields), G_N_ELEMENTS (bad_values),
                  n_bad, n_good);

  status = g_test_run ();

  g_clear_object (&settings);
  g_clear_pointer (&template_db, g_free);
  g_clear_pointer (&current_language, g_free);
  daftar_test_rm_rf (dir);
  return status;
}
