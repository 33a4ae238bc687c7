/* daftar-goals.h — a monthly net income, weekly hours and a target rate, and how
 * the current month and week measure up to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-day.h"
#include "daftar-earnings.h"
#include "daftar-period.h"
#include "daftar-validate.h"

G_BEGIN_DECLS

/* The money goals are in one currency, the home currency when they were set. */
typedef struct
{
  char     currency[4];         /* "" when neither money goal is set */
  gboolean has_monthly_net;
  gint64   monthly_net_minor;   /* net income in a calendar month */
  gboolean has_weekly_hours;
  gint64   weekly_seconds;      /* hours worked in a week */
  gboolean has_target_rate;
  gint64   target_rate_minor;   /* effective rate: net per hour worked */
} DaftarGoals;

#define DAFTAR_GOAL_WEEK_MAX_SECONDS (7 * 24 * 3600)

/* The three goals, in the order the Goals group and the Earnings page show them. */
typedef enum
{
  DAFTAR_GOAL_MONTHLY_NET,
  DAFTAR_GOAL_WEEKLY_HOURS,
  DAFTAR_GOAL_TARGET_RATE,
  DAFTAR_N_GOALS
} DaftarGoal;

/* One goal's progress: minor units for money, seconds for hours. */
typedef struct
{
  gboolean set;
  gint64   target;
  gint64   actual;
  gboolean has_actual;   /* FALSE: no rate without time worked */
  gint64   ratio_e4;     /* actual ÷ target in ten-thousandths, rounded: 5000 is half */
} DaftarGoalProgress;

typedef struct
{
  char               currency[4];
  DaftarDay          today;
  DaftarDay          month_first;
  DaftarDay          month_last;
  DaftarDay          week_first;
  DaftarDay          week_last;
  DaftarGoalProgress monthly_net;    /* the month's net */
  DaftarGoalProgress weekly_hours;   /* the week's hours worked */
  DaftarGoalProgress target_rate;    /* the month's effective rate */
} DaftarGoalsProgress;

gboolean  daftar_goals_validate        (const DaftarGoals          *goals,
                                        GError                    **error);
gboolean  daftar_goals_validate_all    (const DaftarGoals          *goals,
                                        DaftarValidation           *result);
gboolean  daftar_goals_any             (const DaftarGoals          *goals);
void      daftar_goals_progress_init   (DaftarGoalsProgress        *progress,
                                        const DaftarGoals          *goals,
                                        const DaftarEarningsReport *month,
                                        const DaftarEarningsReport *week,
                                        DaftarDay                   today);
gboolean  daftar_goals_month_behind    (const DaftarGoalsProgress  *progress,
                                        gint64                     *out_expected_minor);

G_END_DECLS
