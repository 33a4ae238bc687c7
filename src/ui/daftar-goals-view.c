/* daftar-goals-view.c — the goals' progress on the Earnings page: a level bar and
 * "X of Y" per goal, for the current month and week in the user's calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures are daftar_store_goals_progress()'s, the same as `daftar-cli goal
 * show`.  Hidden while no goal is set.  The bars fill from the start edge: GTK
 * mirrors them in right-to-left languages, so `inverted` stays FALSE.
 */
#define G_LOG_DOMAIN "daftar-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-dates.h"
#include "daftar-duration-format.h"
#include "daftar-goals-view.h"
#include "daftar-money-format.h"
#include "daftar-plain-text.h"
#include "daftar-store-goals.h"
#include "daftar-ui-format.h"

typedef struct
{
  GtkWidget   *box;
  GtkLevelBar *bar;
  GtkLabel    *figures;
} GoalRow;

struct _DaftarGoalsView
{
  AdwBin   parent_instance;

  GoalRow  rows[DAFTAR_N_GOALS];
};

G_DEFINE_FINAL_TYPE (DaftarGoalsView, daftar_goals_view, ADW_TYPE_BIN)

static void
show_goal (GoalRow                  *row,
           const DaftarGoalProgress *goal,
           char                     *text)   /* (transfer full) */
{
  g_autofree char *owned = text;

  gtk_widget_set_visible (row->box, goal->set);
  if (!goal->set)
    return;

  daftar_label_set_sentence (row->figures, owned);
  gtk_level_bar_set_value (row->bar, goal->has_actual ? CLAMP (goal->ratio_e4 / 10000.0, 0.0, 1.0) : 0.0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->bar), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  owned, -1);
}

/**
 * daftar_goals_view_update:
 * @context: the page's context: its ledger, format, clock and fee rules
 * @home_currency: the currency when no money goal is set
 *
 * Reads the goals and works out the current month's and week's progress.
 */
void
daftar_goals_view_update (DaftarGoalsView *self,
                          DaftarContext   *context,
                          const char      *home_currency)
{
  g_autoptr(GError) error = NULL;
  DaftarStore *store = daftar_context_get_store (context);
  DaftarFormat *format = daftar_context_get_format (context);
  const DaftarFeeRules *rules = daftar_context_get_fee_rules (context, NULL);
  DaftarGoalsProgress p;
  DaftarGoals goals;
  GDate today;
  char *text;

  g_return_if_fail (DAFTAR_IS_GOALS_VIEW (self));

  daftar_context_today (context, &today);
  if (!daftar_store_get_goals (store, &goals, &error) || !daftar_goals_any (&goals) ||
      !daftar_store_goals_progress (store, &goals, home_currency, daftar_format_get_calendar (format),
                                    daftar_format_get_locale (format), &today, rules, &p, &error))
    {
      if (error != NULL)
        g_debug ("No goal progress: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  {
    g_autofree char *actual = daftar_format_money_minor (format, p.monthly_net.actual, p.currency);
    g_autofree char *target = daftar_format_money_minor (format, p.monthly_net.target, p.currency);

    /* Translators: "$1,500.00 of $3,000.00", the month's net against its goal */
    text = daftar_sentence_printf (_("%s of %s"), actual, target);
    show_goal (&self->rows[DAFTAR_GOAL_MONTHLY_NET], &p.monthly_net, text);
  }
  {
    g_autofree char *actual = daftar_format_hours (format, p.weekly_hours.actual);
    g_autofree char *target = daftar_format_hours (format, p.weekly_hours.target);

    /* Translators: "12.5 h of 20.0 h", the week's hours against the goal */
    text = daftar_sentence_printf (_("%s h of %s h"), actual, target);
    show_goal (&self->rows[DAFTAR_GOAL_WEEKLY_HOURS], &p.weekly_hours, text);
  }
  {
    g_autofree char *target = daftar_format_money_minor (format, p.target_rate.target, p.currency);

    if (p.target_rate.has_actual)
      {
        g_autofree char *actual = daftar_format_money_minor (format, p.target_rate.actual, p.currency);

        /* Translators: "$25.00 of $30.00 an hour", the month's effective rate against the goal */
        text = daftar_sentence_printf (_("%s of %s an hour"), actual, target);
      }
    else
      /* Translators: %s is an amount per hour */
      text = daftar_sentence_printf (_("No hours worked this month; the goal is %s an hour"), target);
    show_goal (&self->rows[DAFTAR_GOAL_TARGET_RATE], &p.target_rate, text);
  }

  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
add_goal (DaftarGoalsView *self,
          GtkBox          *list,
          DaftarGoal       goal,
          const char      *title,
          const char      *name)
{
  GoalRow *row = &self->rows[goal];
  GtkWidget *heading = gtk_label_new (title);

  row->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_name (row->box, name);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (row->box), heading);

  row->bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0.0, 1.0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->bar), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (row->box), GTK_WIDGET (row->bar));

  row->figures = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->figures, 0);
  gtk_label_set_wrap (row->figures, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row->figures), "dim-label");
  gtk_box_append (GTK_BOX (row->box), GTK_WIDGET (row->figures));

  gtk_box_append (list, row->box);
}

static void
daftar_goals_view_class_init (DaftarGoalsViewClass *klass)
{
}

static void
daftar_goals_view_init (DaftarGoalsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Goals"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("This month and this week, whatever the period above"));
  gtk_widget_add_css_class (list, "card");
  {
    /* Padding inside the card */
    GtkWidget *inner = list;

    list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
    gtk_widget_set_margin_top (list, 12);
    gtk_widget_set_margin_bottom (list, 12);
    gtk_widget_set_margin_start (list, 12);
    gtk_widget_set_margin_end (list, 12);
    gtk_box_append (GTK_BOX (inner), list);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), inner);
  }

  add_goal (self, GTK_BOX (list), DAFTAR_GOAL_MONTHLY_NET, _("Net income this month"), "goal-monthly-net");
  add_goal (self, GTK_BOX (list), DAFTAR_GOAL_WEEKLY_HOURS, _("Hours worked this week"), "goal-weekly-hours");
  add_goal (self, GTK_BOX (list), DAFTAR_GOAL_TARGET_RATE, _("Effective rate this month"), "goal-target-rate");

  adw_bin_set_child (ADW_BIN (self), group);
  gtk_widget_set_name (GTK_WIDGET (self), "goals-view");
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
daftar_goals_view_new (void)
{
  return g_object_new (DAFTAR_TYPE_GOALS_VIEW, NULL);
}
