/* daftar-id-action.c — a widget action on one row, told to the widget's owner as a signal with the row's id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Log's and the Projects page's rows offer Edit, Delete and the like as
 * actions with the row's id ("x"); the page tells the window, which does the
 * work, by a signal carrying that id.
 */
#define G_LOG_DOMAIN "daftar-id-action"

#include "config.h"

#include "daftar-id-action.h"

/* The signal of @action_name, kept on the type that installed it, or a parent. */
static guint
signal_of_action (GType       type,
                  const char *action_name)
{
  GQuark quark = g_quark_try_string (action_name);

  for (; quark != 0 && type != 0; type = g_type_parent (type))
    {
      gpointer signal_id = g_type_get_qdata (type, quark);

      if (signal_id != NULL)
        return GPOINTER_TO_UINT (signal_id);
    }
  return 0;
}

static void
emit_id_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  guint signal_id = signal_of_action (G_OBJECT_TYPE (widget), action_name);

  g_return_if_fail (signal_id != 0);
  g_signal_emit (widget, signal_id, 0, g_variant_get_int64 (parameter));
}

/**
 * daftar_id_action_install:
 * @widget_class: the class, in its class_init
 * @action_name: the action, with a row's id ("x") as its parameter
 * @signal_name: the signal it emits, with that id, made here
 *
 * Installs @action_name, which emits @signal_name (run last, one #gint64, no
 * return) on the widget with its parameter.
 *
 * Returns: the id of @signal_name, to emit it in other ways too
 */
guint
daftar_id_action_install (GtkWidgetClass *widget_class,
                          const char     *action_name,
                          const char     *signal_name)
{
  GType type = G_TYPE_FROM_CLASS (widget_class);
  guint signal_id = g_signal_new (signal_name, type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_set_qdata (type, g_quark_from_string (action_name), GUINT_TO_POINTER (signal_id));
  gtk_widget_class_install_action (widget_class, action_name, "x", emit_id_action);
  return signal_id;
}
