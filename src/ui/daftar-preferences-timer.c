/* daftar-preferences-timer.c — the timer's settings: idle question and long-timer notification
 *
 * Two combo rows of set choices (a spin button would show Latin digits):
 * after how long away the idle question comes, and after how many hours the
 * long-timer notification. "Off" is 0.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-preferences-timer.h"

struct _DaftarPreferencesTimer
{
  AdwPreferencesGroup  parent_instance;

  DaftarContext       *context;
};

G_DEFINE_FINAL_TYPE (DaftarPreferencesTimer, daftar_preferences_timer, ADW_TYPE_PREFERENCES_GROUP)

static const int idle_minutes[] = { 0, 5, 10, 15, 20, 30, 45, 60 };
static const int long_hours[] = { 0, 4, 6, 8, 10, 12 };

typedef struct
{
  const int *values;
  guint      n_values;
} Choices;

static const Choices idle_choices = { idle_minutes, G_N_ELEMENTS (idle_minutes) };
static const Choices long_choices = { long_hours, G_N_ELEMENTS (long_hours) };

static gboolean
get_mapping (GValue   *value,
             GVariant *variant,
             gpointer  user_data)
{
  const Choices *choices = user_data;
  int setting = g_variant_get_int32 (variant);
  guint best = 0;

  /* A value set elsewhere shows as the nearest choice */
  for (guint i = 0; i < choices->n_values; i++)
    if (ABS (choices->values[i] - setting) < ABS (choices->values[best] - setting))
      best = i;
  g_value_set_uint (value, best);
  return TRUE;
}

static GVariant *
set_mapping (const GValue       *value,
             const GVariantType *type,
             gpointer            user_data)
{
  const Choices *choices = user_data;
  guint i = g_value_get_uint (value);

  if (i >= choices->n_values)
    return NULL;
  return g_variant_new_int32 (choices->values[i]);
}

static AdwComboRow *
combo_row (DaftarPreferencesTimer *self,
           const char             *key,
           const char             *title,
           const char             *subtitle,
           const Choices          *choices,
           gboolean                hours)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  for (guint i = 0; i < choices->n_values; i++)
    {
      int n = choices->values[i];
      g_autofree char *number = daftar_format_integer (daftar_context_get_format (self->context), n);
      g_autofree char *label = NULL;

      if (n == 0)
        /* Translators: the idle question or the long-timer notification is turned off */
        label = g_strdup (C_("timer setting", "Off"));
      else if (hours)
        /* Translators: "%s" is a number of hours */
        label = g_strdup_printf (g_dngettext (NULL, "After %s hour", "After %s hours", n), number);
      else
        /* Translators: "%s" is a number of minutes */
        label = g_strdup_printf (g_dngettext (NULL, "After %s minute", "After %s minutes", n), number);
      gtk_string_list_append (list, label);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_settings_bind_with_mapping (daftar_context_get_settings (self->context), key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                get_mapping, set_mapping, (gpointer) choices, NULL);
  return row;
}

static void
daftar_preferences_timer_constructed (GObject *object)
{
  DaftarPreferencesTimer *self = DAFTAR_PREFERENCES_TIMER (object);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);
  AdwComboRow *idle, *longer;

  G_OBJECT_CLASS (daftar_preferences_timer_parent_class)->constructed (object);

  /* Translators: heading of the settings of the running timer */
  adw_preferences_group_set_title (group, _("Timer"));
  gtk_widget_set_name (GTK_WIDGET (group), "timer_group");

  idle = combo_row (self, "idle-threshold", _("Ask About Time Away"),
                    _("When you come back to the computer with the timer running"),
                    &idle_choices, FALSE);
  gtk_widget_set_name (GTK_WIDGET (idle), "idle_threshold_row");
  longer = combo_row (self, "long-timer-hours", _("Notify of a Long Timer"),
                      _("When the timer has run this long"), &long_choices, TRUE);
  gtk_widget_set_name (GTK_WIDGET (longer), "long_timer_row");

  adw_preferences_group_add (group, GTK_WIDGET (idle));
  adw_preferences_group_add (group, GTK_WIDGET (longer));
}

static void
daftar_preferences_timer_dispose (GObject *object)
{
  DaftarPreferencesTimer *self = DAFTAR_PREFERENCES_TIMER (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_preferences_timer_parent_class)->dispose (object);
}

static void
daftar_preferences_timer_class_init (DaftarPreferencesTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = daftar_preferences_timer_constructed;
  object_class->dispose = daftar_preferences_timer_dispose;

  daftar_context_install_property (object_class, G_STRUCT_OFFSET (DaftarPreferencesTimer, context), -1);
}

static void
daftar_preferences_timer_init (DaftarPreferencesTimer *self)
{
}

/**
 * daftar_preferences_timer_new:
 * @context: the app's context, with its settings: the group writes them
 *
 * Returns: (transfer floating): the group "Timer"
 */
GtkWidget *
daftar_preferences_timer_new (DaftarContext *context)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (daftar_context_get_settings (context)), NULL);

  return g_object_new (DAFTAR_TYPE_PREFERENCES_TIMER, "context", context, NULL);
}
