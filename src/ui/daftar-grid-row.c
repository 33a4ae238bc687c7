/* daftar-grid-row.c — preference rows that take the focus in a list view
 *
 * The AI-tool lists are GtkGridViews of AdwActionRows (the session dialog) and
 * AdwExpanderRows (Preferences). Those are GtkListBoxRows, and GTK 4.8's
 * GtkListBoxRow takes the focus only inside a GtkListBox: when the grid moves its
 * cursor (Up, Down, Home, End, Page Up, Page Down) it focuses the row, which
 * fails with a critical, so the arrows went nowhere. These rows pass the focus on
 * to what the user operates: the action row's activatable widget (the tool's
 * check box, named by the row's title, which Space ticks), the expander row's
 * header (which Space and Enter open).
 *
 * The expander row's header sits in a list box of its own, which would take the
 * arrows (and fail, having one row) and whose list item takes Space: on its
 * header, the expander row hands the moving keys to the grid's own bindings and
 * opens or closes itself with Space and Enter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-grid-row"

#include "config.h"

#include "daftar-grid-row.h"

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     modifiers)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    return gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
           gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers;
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, modifiers) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, modifiers);
  return FALSE;
}

/**
 * daftar_widget_activate_shortcut:
 * @phase: the phase of the shortcut controllers to look in
 *
 * Runs what @widget's shortcuts (its class's key bindings included) of @phase
 * bind to @keyval with @modifiers, as if the key had reached it.
 *
 * Returns: whether a shortcut took the key
 */
gboolean
daftar_widget_activate_shortcut (GtkWidget           *widget,
                                 guint                keyval,
                                 GdkModifierType      modifiers,
                                 GtkPropagationPhase  phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      guint m;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;
      m = g_list_model_get_n_items (G_LIST_MODEL (controller));
      for (guint j = 0; j < m; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, modifiers) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                            widget, gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

struct _DaftarGridActionRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (DaftarGridActionRow, daftar_grid_action_row, ADW_TYPE_ACTION_ROW)

static gboolean
daftar_grid_action_row_grab_focus (GtkWidget *widget)
{
  GtkWidget *target = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (widget));

  if (GTK_IS_LIST_BOX (gtk_widget_get_parent (widget)))
    return GTK_WIDGET_CLASS (daftar_grid_action_row_parent_class)->grab_focus (widget);
  return target != NULL && gtk_widget_grab_focus (target);
}

static void
daftar_grid_action_row_class_init (DaftarGridActionRowClass *klass)
{
  GTK_WIDGET_CLASS (klass)->grab_focus = daftar_grid_action_row_grab_focus;
}

static void
daftar_grid_action_row_init (DaftarGridActionRow *self)
{
}

struct _DaftarGridExpanderRow
{
  AdwExpanderRow parent_instance;
};

G_DEFINE_FINAL_TYPE (DaftarGridExpanderRow, daftar_grid_expander_row, ADW_TYPE_EXPANDER_ROW)

/* The header: the first action row inside, in the expander's own list box */
static GtkWidget *
find_header (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (child))
        return child;
      if ((found = find_header (child)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
daftar_grid_expander_row_grab_focus (GtkWidget *widget)
{
  GtkWidget *header;

  if (GTK_IS_LIST_BOX (gtk_widget_get_parent (widget)))
    return GTK_WIDGET_CLASS (daftar_grid_expander_row_parent_class)->grab_focus (widget);
  header = find_header (widget);
  return header != NULL && gtk_widget_grab_focus (header);
}

static gboolean
header_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       DaftarGridExpanderRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *grid = gtk_widget_get_ancestor (widget, GTK_TYPE_GRID_VIEW);
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();

  /* Only on the header: the fields inside keep their keys */
  if (root == NULL || grid == NULL || gtk_root_get_focus (root) != find_header (widget) || modifiers != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_Return:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_KP_Enter:
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)));
      return GDK_EVENT_STOP;

    case GDK_KEY_Up: case GDK_KEY_KP_Up:
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
    case GDK_KEY_End: case GDK_KEY_KP_End:
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up:
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down:
      return daftar_widget_activate_shortcut (grid, keyval, 0, GTK_PHASE_BUBBLE);

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
daftar_grid_expander_row_class_init (DaftarGridExpanderRowClass *klass)
{
  GTK_WIDGET_CLASS (klass)->grab_focus = daftar_grid_expander_row_grab_focus;
}

static void
daftar_grid_expander_row_init (DaftarGridExpanderRow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (header_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
