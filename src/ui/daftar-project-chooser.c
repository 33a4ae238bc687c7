/* daftar-project-chooser.c — a search over projects and the list it filters
 *
 * What every project picker shows when it opens: a search entry and, under it,
 * the projects in a one-column GtkGridView over a DaftarProjectList, so only a
 * screenful of rows exists however many projects there are (GTK 4.8's list view
 * would bind 200). Typing anywhere in it goes to the search, which filters by the
 * folded name (daftar-fold.h: case and composition alike); Down
 * leaves the search for the first match, the arrows move, Enter picks (in the
 * search too: the first match), Escape closes the popover it is in.
 *
 * Picking emits ::chosen with the project's id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-project-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-fold.h"
#include "daftar-plain-text.h"
#include "daftar-project-chooser.h"
#include "daftar-project-item.h"
#include "daftar-text.h"

struct _DaftarProjectChooser
{
  GtkBox              parent_instance;

  GtkSearchEntry     *search;
  GtkWidget          *scroller;
  GtkGridView        *grid;
  GtkLabel           *placeholder;

  GtkCustomFilter    *filter;
  GtkFilterListModel *shown;
  char               *needle;         /* folded search text, NULL for all */
  guint               pending_focus;  /* the position to focus once its row is bound */
};

G_DEFINE_FINAL_TYPE (DaftarProjectChooser, daftar_project_chooser, GTK_TYPE_BOX)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_project (gpointer item,
                gpointer user_data)
{
  DaftarProjectChooser *self = user_data;

  return self->needle == NULL ||
         daftar_fold_contains (daftar_project_item_get_project (item)->name, -1, self->needle);
}

static void
update_placeholder (DaftarProjectChooser *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->shown);
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0;

  if (empty && all != NULL && g_list_model_get_n_items (all) > 0)
    {
      g_autofree char *shown = daftar_text_isolate (gtk_editable_get_text (GTK_EDITABLE (self->search)));
      /* Translators: a project picker's search found nothing; %s is what was typed */
      g_autofree char *text = daftar_sentence_printf (_("No project matches “%s”."), shown);

      gtk_label_set_text (self->placeholder, text);
    }
  else
    gtk_label_set_text (self->placeholder, _("Add a project first."));

  gtk_widget_set_visible (GTK_WIDGET (self->placeholder), empty);
  gtk_widget_set_visible (self->scroller, !empty);
}

/* Filters as each character is typed, not after GtkSearchEntry's pause: a
 * filter over ten thousand folded names takes a few milliseconds. */
static void
search_changed_cb (DaftarProjectChooser *self)
{
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search))));

  g_clear_pointer (&self->needle, g_free);
  if (*stripped != '\0')
    self->needle = daftar_fold (stripped, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * daftar_project_chooser_choose:
 * @shown_position: a position in daftar_project_chooser_get_shown()
 *
 * Picks the project shown there, as clicking it or Enter on it does.
 */
void
daftar_project_chooser_choose (DaftarProjectChooser *self,
                               guint                 shown_position)
{
  g_autoptr(DaftarProjectItem) item = NULL;

  g_return_if_fail (DAFTAR_IS_PROJECT_CHOOSER (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->shown), shown_position);
  if (item != NULL)
    g_signal_emit (self, signals[CHOSEN], 0, daftar_project_item_get_project (item)->id);
}

static void
grid_activated_cb (DaftarProjectChooser *self,
                   guint                 position)
{
  daftar_project_chooser_choose (self, position);
}

/* Enter in the search picks the first match. */
static void
search_activated_cb (DaftarProjectChooser *self)
{
  daftar_project_chooser_choose (self, 0);
}

static void
stop_search_cb (DaftarProjectChooser *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* The row bound at @position, if it is on screen. */
static GtkWidget *
bound_row (DaftarProjectChooser *self,
           guint                 position)
{
  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->grid));
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *label = gtk_widget_get_first_child (cell);
      GtkListItem *list_item = label != NULL ? g_object_get_data (G_OBJECT (label), "daftar-list-item") : NULL;

      if (list_item != NULL && gtk_list_item_get_item (list_item) != NULL &&
          gtk_list_item_get_position (list_item) == position)
        return cell;
    }
  return NULL;
}

static void
focus_position (DaftarProjectChooser *self,
                guint                 position)
{
  GtkWidget *row;

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->shown)))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self->grid), "list.scroll-to-item", "u", position);
  if ((row = bound_row (self, position)) != NULL)
    {
      self->pending_focus = GTK_INVALID_LIST_POSITION;
      gtk_widget_grab_focus (row);
    }
  else
    self->pending_focus = position;
}

/* Down (or Up) in the search moves to the first match. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       DaftarProjectChooser  *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down && keyval != GDK_KEY_Up && keyval != GDK_KEY_KP_Up)
    return GDK_EVENT_PROPAGATE;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0)
    return GDK_EVENT_PROPAGATE;

  focus_position (self, 0);
  return GDK_EVENT_STOP;
}

/* The factory: a label per project on screen, which names its row for screen readers. */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              DaftarProjectChooser     *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Whole names: long ones wrap rather than lose their end. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_width_chars (GTK_LABEL (label), 20);
  g_object_set (label, "margin-top", 9, "margin-bottom", 9, "margin-start", 12, "margin-end", 12, NULL);
  gtk_widget_add_css_class (label, "daftar-project-choice");
  g_object_set_data (G_OBJECT (label), "daftar-list-item", list_item);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             DaftarProjectChooser     *self)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  GtkWidget *cell = gtk_widget_get_parent (label);
  const DaftarProject *project = daftar_project_item_get_project (gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (label), project->name);
  /* GTK 4.8's rows have no name of their own: the focus lands on the row. */
  if (cell != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, project->name, -1);
  if (cell != NULL && gtk_list_item_get_position (list_item) == self->pending_focus)
    {
      self->pending_focus = GTK_INVALID_LIST_POSITION;
      gtk_widget_grab_focus (cell);
    }
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               DaftarProjectChooser     *self)
{
  GtkWidget *cell = gtk_widget_get_parent (gtk_list_item_get_child (list_item));

  if (cell != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/**
 * daftar_project_chooser_new:
 * @list_label: what the list is named for screen readers, e.g. “Projects to time”
 */
GtkWidget *
daftar_project_chooser_new (const char *list_label)
{
  DaftarProjectChooser *self = g_object_new (DAFTAR_TYPE_PROJECT_CHOOSER, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL, list_label, -1);
  return GTK_WIDGET (self);
}

/**
 * daftar_project_chooser_set_projects:
 * @projects: (nullable): the projects to choose from, in their order
 */
void
daftar_project_chooser_set_projects (DaftarProjectChooser *self,
                                     DaftarProjectList    *projects)
{
  g_return_if_fail (DAFTAR_IS_PROJECT_CHOOSER (self));

  gtk_filter_list_model_set_model (self->shown, G_LIST_MODEL (projects));
  update_placeholder (self);
}

/**
 * daftar_project_chooser_reset:
 * @focus_id: the project to scroll to and focus, or 0 for the first
 *
 * What the chooser does each time it opens: the search emptied, every project
 * listed, the focus on @focus_id's row, so that the arrows and Enter pick and
 * typing searches.
 */
void
daftar_project_chooser_reset (DaftarProjectChooser *self,
                              gint64                focus_id)
{
  GListModel *all;
  guint position = 0;

  g_return_if_fail (DAFTAR_IS_PROJECT_CHOOSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  all = gtk_filter_list_model_get_model (self->shown);
  if (all == NULL || g_list_model_get_n_items (all) == 0)
    return;
  if (focus_id != 0)
    daftar_project_list_find (DAFTAR_PROJECT_LIST (all), focus_id, &position);
  focus_position (self, position);
}

GtkSearchEntry *
daftar_project_chooser_get_search (DaftarProjectChooser *self)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECT_CHOOSER (self), NULL);
  return self->search;
}

/**
 * daftar_project_chooser_get_shown:
 *
 * Returns: (transfer none): the projects the search lets through, in order
 */
GListModel *
daftar_project_chooser_get_shown (DaftarProjectChooser *self)
{
  g_return_val_if_fail (DAFTAR_IS_PROJECT_CHOOSER (self), NULL);
  return G_LIST_MODEL (self->shown);
}

static void
daftar_project_chooser_dispose (GObject *object)
{
  DaftarProjectChooser *self = DAFTAR_PROJECT_CHOOSER (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_box_remove (GTK_BOX (self), child);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (daftar_project_chooser_parent_class)->dispose (object);
}

static void
daftar_project_chooser_finalize (GObject *object)
{
  DaftarProjectChooser *self = DAFTAR_PROJECT_CHOOSER (object);

  g_free (self->needle);

  G_OBJECT_CLASS (daftar_project_chooser_parent_class)->finalize (object);
}

static void
daftar_project_chooser_class_init (DaftarProjectChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = daftar_project_chooser_dispose;
  object_class->finalize = daftar_project_chooser_finalize;

  /**
   * DaftarProjectChooser::chosen:
   * @project_id: the project picked
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
daftar_project_chooser_init (DaftarProjectChooser *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->pending_focus = GTK_INVALID_LIST_POSITION;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search projects"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search projects"), -1);
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self));
  g_signal_connect_object (self->search, "changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "activate", G_CALLBACK (search_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "stop-search", G_CALLBACK (stop_search_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search), keys);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->search));

  self->filter = gtk_custom_filter_new (filter_project, self, NULL);
  self->shown = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_placeholder), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  /* One column of a grid: see daftar-session-tools.c */
  self->grid = GTK_GRID_VIEW (gtk_grid_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)))),
                                                 factory));
  gtk_grid_view_set_max_columns (self->grid, 1);
  gtk_grid_view_set_single_click_activate (self->grid, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->grid), "daftar-project-choices");
  g_signal_connect_object (self->grid, "activate", G_CALLBACK (grid_activated_cb), self, G_CONNECT_SWAPPED);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->grid));
  gtk_box_append (GTK_BOX (self), self->scroller);

  self->placeholder = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->placeholder, TRUE);
  gtk_label_set_max_width_chars (self->placeholder, 30);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "dim-label");
  g_object_set (self->placeholder, "margin-top", 12, "margin-bottom", 12, NULL);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->placeholder));
  update_placeholder (self);
}
