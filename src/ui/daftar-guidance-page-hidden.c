/* daftar-guidance-page-hidden.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cards the user put away: dismissed, or marked done. Their ids live in the
 * settings (the command line reads them too), so a card stays away across restarts
 * and comes back only when restored. Putting one away offers Undo in a toast.
 */
#define G_LOG_DOMAIN "daftar-guidance-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-guidance-page-private.h"
#include "daftar-plain-text.h"
#include "daftar-text.h"
#include "daftar-window.h"

/* The settings key of the cards in each state but shown. */
static const char * const state_keys[] = {
  [DAFTAR_GUIDANCE_CARD_DISMISSED] = "guidance-dismissed",
  [DAFTAR_GUIDANCE_CARD_DONE] = "guidance-done",
};

/* What the user put away */

/**
 * daftar_guidance_page_list_put_away:
 * @state: %DAFTAR_GUIDANCE_CARD_DISMISSED or %DAFTAR_GUIDANCE_CARD_DONE
 *
 * Returns: (transfer full): the ids of the cards in @state, whether the page has them or not
 */
GStrv
daftar_guidance_page_list_put_away (DaftarGuidancePage      *self,
                                    DaftarGuidanceCardState  state)
{
  g_assert (state == DAFTAR_GUIDANCE_CARD_DISMISSED || state == DAFTAR_GUIDANCE_CARD_DONE);

  if (self->settings != NULL)
    return g_settings_get_strv (self->settings, state_keys[state]);
  return self->local_ids[state] != NULL ? g_strdupv (self->local_ids[state]) : g_new0 (char *, 1);
}

/* Files @id under @state, or under none for DAFTAR_GUIDANCE_CARD_SHOWN. The settings'
 * ::changed then shows the cards again. */
static void
set_card_state (DaftarGuidancePage      *self,
                const char              *id,
                DaftarGuidanceCardState  state)
{
  for (DaftarGuidanceCardState s = DAFTAR_GUIDANCE_CARD_DISMISSED; s <= DAFTAR_GUIDANCE_CARD_DONE; s++)
    {
      g_auto(GStrv) ids = daftar_guidance_page_list_put_away (self, s);
      gboolean has = g_strv_contains ((const char * const *) ids, id);
      g_autoptr(GStrvBuilder) builder = NULL;
      g_auto(GStrv) new_ids = NULL;

      if (has == (s == state))
        continue;

      builder = g_strv_builder_new ();
      for (guint i = 0; ids[i] != NULL; i++)
        if (!g_str_equal (ids[i], id))
          g_strv_builder_add (builder, ids[i]);
      if (s == state)
        g_strv_builder_add (builder, id);
      new_ids = g_strv_builder_end (builder);

      if (self->settings != NULL)
        g_settings_set_strv (self->settings, state_keys[s], (const char * const *) new_ids);
      else
        {
          g_strfreev (self->local_ids[s]);
          self->local_ids[s] = g_steal_pointer (&new_ids);
        }
    }

  if (self->settings == NULL)
    daftar_guidance_page_render (self);
}

/* Dismiss, done, restore */

static const DaftarGuidanceCard *
find_card (DaftarGuidancePage *self,
           const char         *id)
{
  return self->guidance != NULL ? daftar_guidance_find (self->guidance, id) : NULL;
}

static void
undo_clicked_cb (AdwToast           *toast,
                 DaftarGuidancePage *self)
{
  const char *id = g_object_get_data (G_OBJECT (toast), "card-id");

  if (id != NULL && self->store != NULL)
    set_card_state (self, id, DAFTAR_GUIDANCE_CARD_SHOWN);
  if (self->toast == toast)
    g_clear_object (&self->toast);
}

/* Once its toast is gone, a put-away card is no longer what Ctrl+Z takes back. */
static void
toast_dismissed_cb (AdwToast           *toast,
                    DaftarGuidancePage *self)
{
  if (self->toast == toast)
    g_clear_object (&self->toast);
}

/* Where the app shows toasts: the window's overlay, else the nearest one. */
static void
show_toast (DaftarGuidancePage *self,
            AdwToast           *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_set_object (&self->toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
  if (DAFTAR_IS_WINDOW (root))
    daftar_window_add_toast (DAFTAR_WINDOW (root), g_object_ref (toast));
  else if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (toast));
}

/* Puts a shown card away, and offers to take that back. */
static gboolean
hide_card (DaftarGuidancePage      *self,
           const char              *id,
           DaftarGuidanceCardState  state)
{
  const DaftarGuidanceCard *card = find_card (self, id);
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;

  if (card == NULL)
    return FALSE;

  set_card_state (self, id, state);

  title = daftar_text_isolate_n (card->title, 80);
  if (state == DAFTAR_GUIDANCE_CARD_DONE)
    /* Translators: toast after marking a guidance card done; the card's title */
    message = g_strdup_printf (_("“%s” marked done"), title);
  else
    /* Translators: toast after dismissing a guidance card; the card's title */
    message = g_strdup_printf (_("“%s” dismissed"), title);

  toast = daftar_toast_new_plain (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "card-id", g_strdup (id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  show_toast (self, toast);
  return TRUE;
}

/* The button that was clicked went away with its card: the card now in its place (or
 * the card restored) takes the focus, so keyboard users stay where they were. */
static void
focus_card_at (DaftarGuidancePage *self,
               int                 index)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
  GtkWidget *last = NULL;

  for (int i = 0; child != NULL && i < index; i++)
    {
      last = child;
      child = gtk_widget_get_next_sibling (child);
    }
  if (child == NULL)
    child = last;

  if (child != NULL && gtk_widget_get_visible (GTK_WIDGET (self->cards_box)))
    gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);
  else if (gtk_widget_get_visible (self->caught_up_button))
    gtk_widget_grab_focus (self->caught_up_button);
}

static int
card_index (DaftarGuidancePage *self,
            const char         *id)
{
  int index = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    if (g_str_equal (daftar_guidance_card_view_get_id (DAFTAR_GUIDANCE_CARD_VIEW (child)), id))
      return index;
  return -1;
}

/* guidance.dismiss, guidance.done and guidance.restore, for the card named by @parameter */
void
daftar_guidance_page_card_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  DaftarGuidancePage *self = DAFTAR_GUIDANCE_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  int index = card_index (self, id);

  if (g_str_equal (action_name, "guidance.restore"))
    {
      daftar_guidance_page_restore (self, id);
      index = card_index (self, id);
    }
  else if (g_str_equal (action_name, "guidance.done"))
    daftar_guidance_page_mark_done (self, id);
  else
    daftar_guidance_page_dismiss (self, id);

  if (index >= 0)
    focus_card_at (self, index);
}

/* Public */

/**
 * daftar_guidance_page_dismiss:
 *
 * Hides the card @id and remembers it, with a toast to undo.
 *
 * Returns: %FALSE when the page has no such card
 */
gboolean
daftar_guidance_page_dismiss (DaftarGuidancePage *self,
                              const char         *id)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return hide_card (self, id, DAFTAR_GUIDANCE_CARD_DISMISSED);
}

/**
 * daftar_guidance_page_mark_done:
 *
 * Hides the card @id, counted as done, with a toast to undo.
 *
 * Returns: %FALSE when the page has no such card
 */
gboolean
daftar_guidance_page_mark_done (DaftarGuidancePage *self,
                                const char         *id)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return hide_card (self, id, DAFTAR_GUIDANCE_CARD_DONE);
}

/**
 * daftar_guidance_page_restore:
 *
 * Shows the card @id again, dismissed or done.
 *
 * Returns: %FALSE when the page has no such card
 */
gboolean
daftar_guidance_page_restore (DaftarGuidancePage *self,
                              const char         *id)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (find_card (self, id) == NULL)
    return FALSE;

  set_card_state (self, id, DAFTAR_GUIDANCE_CARD_SHOWN);
  return TRUE;
}

/**
 * daftar_guidance_page_undo:
 *
 * Takes back the last card put away while its toast still shows, as Ctrl+Z does.
 *
 * Returns: %TRUE when there was one
 */
gboolean
daftar_guidance_page_undo (DaftarGuidancePage *self)
{
  g_autoptr(AdwToast) toast = NULL;
  const char *id;

  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), FALSE);

  if (self->toast == NULL)
    return FALSE;

  toast = g_steal_pointer (&self->toast);
  id = g_object_get_data (G_OBJECT (toast), "card-id");
  if (id != NULL && self->store != NULL)
    set_card_state (self, id, DAFTAR_GUIDANCE_CARD_SHOWN);
  adw_toast_dismiss (toast);
  return TRUE;
}

/**
 * daftar_guidance_page_get_toast:
 *
 * Returns: (transfer none) (nullable): the last toast offering to undo a dismissal or
 *   a card marked done
 */
AdwToast *
daftar_guidance_page_get_toast (DaftarGuidancePage *self)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), NULL);

  return self->toast;
}
