/* daftar-goals-group.c — the Goals group of Preferences: monthly net income,
 * weekly hours and target rate, kept in the ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row is applied on its own, through daftar_store_set_goals(): a refused value
 * marks its row with the core's message, through DaftarForm, and changes nothing; an
 * empty row removes that goal.  Changes from daftar-cli show up through the store's
 * ::changed.
 */
#define G_LOG_DOMAIN "daftar-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-duration.h"
#include "daftar-form.h"
#include "daftar-goals-group.h"
#include "daftar-preferences-window.h"
#include "daftar-store-goals.h"
#include "daftar-ui-format.h"
#include "daftar-validate.h"

struct _DaftarGoalsGroup
{
  AdwPreferencesGroup  parent_instance;

  DaftarContext       *context;
  DaftarStore         *store;          /* the context's */
  DaftarForm          *form;
  AdwEntryRow         *rows[DAFTAR_N_GOALS];
  GtkLabel            *error;
};

G_DEFINE_FINAL_TYPE (DaftarGoalsGroup, daftar_goals_group, ADW_TYPE_PREFERENCES_GROUP)

/* The money goals' currency: theirs when set, else the home currency. */
static char *
goals_currency (DaftarGoalsGroup  *self,
                const DaftarGoals *goals)
{
  if ((goals->has_monthly_net || goals->has_target_rate) && daftar_currency_is_valid (goals->currency))
    return g_strdup (goals->currency);

  return daftar_ui_format_home_currency (self->context);
}

/* One row at a time is applied, so one error at most shows: @error's, on the row it
 * names (or @goal's), which takes the focus; the other rows are clean again. */
static void
mark_row (DaftarGoalsGroup *self,
          DaftarGoal        goal,
          GError           *error)   /* (transfer full) (nullable) */
{
  int field = error != NULL ? daftar_form_field_for_error (self->form, error) : DAFTAR_FORM_FIELD_NONE;

  daftar_form_reset (self->form);
  daftar_form_begin (self->form);
  if (error != NULL)
    daftar_form_set_store_error (self->form, field != DAFTAR_FORM_FIELD_NONE ? field : (int) goal, error);
  if (!daftar_form_end (self->form))
    daftar_form_focus_first_error (self->form);
}

static void
refresh (DaftarGoalsGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *net = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *description = NULL;
  DaftarGoals goals;

  if (!daftar_store_get_goals (self->store, &goals, &error))
    {
      g_warning ("Can't read the goals: %s", error->message);
      return;
    }

  currency = goals_currency (self, &goals);
  net = daftar_ui_format_amount_for_entry (self->context, goals.has_monthly_net,
                                           goals.monthly_net_minor, currency);
  rate = daftar_ui_format_amount_for_entry (self->context, goals.has_target_rate,
                                            goals.target_rate_minor, currency);
  if (goals.has_weekly_hours)
    {
      g_autofree char *clock = daftar_duration_to_string (goals.weekly_seconds);

      hours = daftar_ui_format_for_entry (self->context, clock);
    }
  else
    hours = g_strdup ("");

  daftar_preferences_set_entry_text (self->rows[DAFTAR_GOAL_MONTHLY_NET], net);
  daftar_preferences_set_entry_text (self->rows[DAFTAR_GOAL_WEEKLY_HOURS], hours);
  daftar_preferences_set_entry_text (self->rows[DAFTAR_GOAL_TARGET_RATE], rate);

  /* Translators: %s is a currency code, "USD" */
  description = g_strdup_printf (_("Progress shows on the Earnings page. Amounts are net, in %s; an empty field has no goal."),
                                 currency);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
}

static void
apply_row (DaftarGoalsGroup *self,
           DaftarGoal        goal)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows[goal]))));
  gboolean has = text[0] != '\0';
  DaftarGoals goals;
  DaftarMoney money = { 0 };
  gint64 seconds = 0;

  if (!daftar_store_get_goals (self->store, &goals, &error))
    goto fail;
  currency = goals_currency (self, &goals);

  if (has && goal == DAFTAR_GOAL_WEEKLY_HOURS &&
      !daftar_duration_parse (text, &seconds, daftar_context_get_format (self->context), &error))
    goto fail;
  if (has && goal != DAFTAR_GOAL_WEEKLY_HOURS &&
      !daftar_money_parse (text, currency, DAFTAR_MONEY_PARSE_DEFAULT, &money,
                          daftar_context_get_format (self->context), &error))
    goto fail;

  switch (goal)
    {
    case DAFTAR_GOAL_MONTHLY_NET:
      goals.has_monthly_net = has;
      goals.monthly_net_minor = money.minor;
      break;
    case DAFTAR_GOAL_WEEKLY_HOURS:
      goals.has_weekly_hours = has;
      goals.weekly_seconds = seconds;
      break;
    case DAFTAR_GOAL_TARGET_RATE:
      goals.has_target_rate = has;
      goals.target_rate_minor = money.minor;
      break;
    case DAFTAR_N_GOALS:
    default:
      g_assert_not_reached ();
    }
  g_strlcpy (goals.currency, (goals.has_monthly_net || goals.has_target_rate) ? currency : "",
             sizeof goals.currency);

  if (!daftar_store_set_goals (self->store, &goals, &error))
    goto fail;

  mark_row (self, goal, NULL);
  refresh (self);
  return;

fail:
  mark_row (self, goal, g_steal_pointer (&error));
}

static void net_applied_cb   (DaftarGoalsGroup *self) { apply_row (self, DAFTAR_GOAL_MONTHLY_NET); }
static void hours_applied_cb (DaftarGoalsGroup *self) { apply_row (self, DAFTAR_GOAL_WEEKLY_HOURS); }
static void rate_applied_cb  (DaftarGoalsGroup *self) { apply_row (self, DAFTAR_GOAL_TARGET_RATE); }

static void
store_changed_cb (DaftarGoalsGroup *self,
                  guint             changes)
{
  if (changes & DAFTAR_STORE_CHANGE_GOALS)
    refresh (self);
}

static AdwEntryRow *
add_row (DaftarGoalsGroup *self,
         const char       *title,
         const char       *name,
         GCallback         applied)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (row, TRUE);
  adw_entry_row_set_input_hints (row, GTK_INPUT_HINT_NO_SPELLCHECK);
  gtk_widget_set_name (GTK_WIDGET (row), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_object (row, "apply", applied, self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));

  return row;
}

static void
daftar_goals_group_constructed (GObject *object)
{
  DaftarGoalsGroup *self = DAFTAR_GOALS_GROUP (object);

  G_OBJECT_CLASS (daftar_goals_group_parent_class)->constructed (object);

  g_assert (DAFTAR_IS_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
daftar_goals_group_dispose (GObject *object)
{
  DaftarGoalsGroup *self = DAFTAR_GOALS_GROUP (object);

  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_goals_group_parent_class)->dispose (object);
}

static void
daftar_goals_group_class_init (DaftarGoalsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = daftar_goals_group_constructed;
  object_class->dispose = daftar_goals_group_dispose;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarGoalsGroup, context),
                                   G_STRUCT_OFFSET (DaftarGoalsGroup, store));
}

static void
daftar_goals_group_init (DaftarGoalsGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Goals"));

  self->rows[DAFTAR_GOAL_MONTHLY_NET] = add_row (self, _("Monthly Net Income"), "goal-monthly-net",
                                  G_CALLBACK (net_applied_cb));
  self->rows[DAFTAR_GOAL_WEEKLY_HOURS] = add_row (self, _("Weekly Hours"), "goal-weekly-hours",
                                    G_CALLBACK (hours_applied_cb));
  self->rows[DAFTAR_GOAL_TARGET_RATE] = add_row (self, _("Target Effective Rate per Hour"), "goal-target-rate",
                                   G_CALLBACK (rate_applied_cb));

  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->error), "goals-error");
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self->error), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->error));

  /* No Save: each row applies on its own. */
  self->form = daftar_form_new (GTK_WIDGET (self), NULL);
  for (int goal = 0; goal < DAFTAR_N_GOALS; goal++)
    daftar_form_add_field (self->form, goal, GTK_WIDGET (self->rows[goal]), NULL, GTK_WIDGET (self->error));
  daftar_form_map_code (self->form, DAFTAR_GOAL_MONTHLY_NET, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_GOAL_NET);
  daftar_form_map_code (self->form, DAFTAR_GOAL_WEEKLY_HOURS, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_GOAL_HOURS);
  daftar_form_map_code (self->form, DAFTAR_GOAL_TARGET_RATE, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_GOAL_RATE);
}

/**
 * daftar_goals_group_new:
 * @context: the app's context: its ledger, and its settings for the home currency
 */
GtkWidget *
daftar_goals_group_new (DaftarContext *context)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);

  return g_object_new (DAFTAR_TYPE_GOALS_GROUP, "context", context, "name", "goals-group", NULL);
}
