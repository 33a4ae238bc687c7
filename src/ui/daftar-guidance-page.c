/* daftar-guidance-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Upskilling guidance from the last 90 days of the user's own ledger, one card per
 * finding, highest ranked first. A card the user dismisses or marks done is
 * remembered by its id in the settings and hidden, until they restore it. Like the
 * Earnings page, the cards are worked out in an idle once the page is on screen, and
 * again whenever the ledger or the number format changes, never at construction.
 * Cards that come from the worker are laid out a couple a frame (daftar-reveal.c).
 */
#define G_LOG_DOMAIN "daftar-guidance-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-application.h"
#include "daftar-date-format.h"
#include "daftar-dates.h"
#include "daftar-guidance-load.h"
#include "daftar-guidance-page-private.h"
#include "daftar-plain-text.h"
#include "daftar-rates-dialog.h"
#include "daftar-rates.h"
#include "daftar-reveal.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

/* How far back guidance looks: DAFTAR_PERIOD_LAST_90_DAYS. */
#define GUIDANCE_DAYS 90

G_DEFINE_FINAL_TYPE (DaftarGuidancePage, daftar_guidance_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SHOW_HIDDEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Showing the cards */

static DaftarGuidanceCardState
get_card_state (const char *id,
                GStrv       dismissed,
                GStrv       done)
{
  if (g_strv_contains ((const char * const *) dismissed, id))
    return DAFTAR_GUIDANCE_CARD_DISMISSED;
  if (g_strv_contains ((const char * const *) done, id))
    return DAFTAR_GUIDANCE_CARD_DONE;
  return DAFTAR_GUIDANCE_CARD_SHOWN;
}

static void
card_expanded_cb (DaftarGuidanceCardView *card,
                  GParamSpec             *pspec,
                  DaftarGuidancePage     *self)
{
  const char *id = daftar_guidance_card_view_get_id (card);

  if (daftar_guidance_card_view_get_expanded (card))
    g_hash_table_add (self->expanded, g_strdup (id));
  else
    g_hash_table_remove (self->expanded, id);
}

static void
remove_all (GtkBox *box)
{
  GtkWidget *child;

  daftar_reveal_stop (GTK_WIDGET (box));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);
}

/* "2 marked done · 1 dismissed", with the locale's digits. */
static char *
describe_hidden (DaftarFormat *format,
                 guint n_done,
                 guint n_dismissed)
{
  g_autofree char *done_count = daftar_format_integer (format, n_done);
  g_autofree char *dismissed_count = daftar_format_integer (format, n_dismissed);
  g_autofree char *done = NULL;
  g_autofree char *dismissed = NULL;

  /* Translators: how many guidance cards the user marked done, e.g. "2 marked done" */
  done = g_strdup_printf (ngettext ("%s marked done", "%s marked done", n_done), done_count);
  /* Translators: how many guidance cards the user dismissed, e.g. "1 dismissed" */
  dismissed = g_strdup_printf (ngettext ("%s dismissed", "%s dismissed", n_dismissed), dismissed_count);

  if (n_done > 0 && n_dismissed > 0)
    /* Translators: both counts of hidden guidance cards, e.g. "2 marked done · 1 dismissed" */
    return g_strdup_printf (_("%s · %s"), done, dismissed);
  return g_strdup (n_done > 0 ? done : dismissed);
}

/* Shows the cards last worked out, without those put away unless asked to. */
void
daftar_guidance_page_render (DaftarGuidancePage *self)
{
  g_auto(GStrv) dismissed = NULL;
  g_auto(GStrv) done = NULL;
  guint n_shown = 0, n_done = 0, n_dismissed = 0;

  if (self->guidance == NULL)
    return;

  dismissed = daftar_guidance_page_list_put_away (self, DAFTAR_GUIDANCE_CARD_DISMISSED);
  done = daftar_guidance_page_list_put_away (self, DAFTAR_GUIDANCE_CARD_DONE);
  remove_all (self->cards_box);
  remove_all (self->hidden_box);

  for (guint i = 0; i < self->guidance->cards->len; i++)
    {
      const DaftarGuidanceCard *card = g_ptr_array_index (self->guidance->cards, i);
      DaftarGuidanceCardState state = get_card_state (card->id, dismissed, done);
      GtkWidget *view;

      if (state == DAFTAR_GUIDANCE_CARD_DISMISSED)
        n_dismissed++;
      else if (state == DAFTAR_GUIDANCE_CARD_DONE)
        n_done++;
      else
        n_shown++;

      if (state != DAFTAR_GUIDANCE_CARD_SHOWN && !self->show_hidden)
        continue;

      view = daftar_guidance_card_view_new (card, state, daftar_context_get_format (self->context));
      daftar_guidance_card_view_set_expanded (DAFTAR_GUIDANCE_CARD_VIEW (view),
                                              g_hash_table_contains (self->expanded, card->id));
      g_signal_connect_object (view, "notify::expanded", G_CALLBACK (card_expanded_cb), self, 0);
      gtk_box_append (state == DAFTAR_GUIDANCE_CARD_SHOWN ? self->cards_box : self->hidden_box, view);
    }

  gtk_widget_set_visible (self->hidden_bar, n_done + n_dismissed > 0);
  if (n_done + n_dismissed > 0)
    {
      g_autofree char *text = describe_hidden (daftar_context_get_format (self->context), n_done, n_dismissed);

      gtk_label_set_text (self->hidden_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->cards_box), n_shown > 0);
  gtk_widget_set_visible (self->hidden_heading, self->show_hidden && n_done + n_dismissed > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->hidden_box), self->show_hidden && n_done + n_dismissed > 0);

  if (n_shown > 0 || (self->show_hidden && n_done + n_dismissed > 0))
    {
      gtk_stack_set_visible_child_name (self->stack, "cards");
      return;
    }

  if (n_done + n_dismissed > 0)
    adw_status_page_set_description (self->caught_up_page,
                                     _("You dismissed or finished every card. "
                                       "New cards come as your ledger changes."));
  else
    adw_status_page_set_description (self->caught_up_page,
                                     _("Nothing in your recent work calls for advice. "
                                       "New cards come as your ledger changes."));
  gtk_widget_set_visible (self->caught_up_button, n_done + n_dismissed > 0);
  gtk_stack_set_visible_child_name (self->stack, "caught-up");
}

static void
show_period (DaftarGuidancePage *self,
             const GDate        *first,
             const GDate        *last)
{
  DaftarFormat *format = daftar_context_get_format (self->context);
  g_autofree char *dates = daftar_format_period_label (format, first, last);
  g_autofree char *isolated = daftar_text_isolate (dates);
  g_autofree char *days = daftar_format_integer (format, GUIDANCE_DAYS);
  g_autofree char *text = NULL;

  /* Translators: the period guidance looks at: a number of days (always 90, in the
   * locale's digits), then the dates, e.g. "Last 90 days · Jan 2 – Apr 1, 2026" */
  text = g_strdup_printf (ngettext ("Last %s day · %s", "Last %s days · %s", GUIDANCE_DAYS), days, isolated);
  gtk_label_set_text (self->period_label, text);
}

static void
show_error (DaftarGuidancePage *self,
            const GError       *error)
{
  /* The page says it; the log keeps it for a bug report. */
  g_debug ("Working out the guidance: %s", error->message);
  g_clear_pointer (&self->guidance, daftar_guidance_free);
  /* The message may quote the ledger or the feed. */
  daftar_status_page_set_plain_description (self->error_page, error->message);
  /* A market figure in another currency needs a rate the user can add. */
  gtk_widget_set_visible (self->rates_button, g_error_matches (error, DAFTAR_RATES_ERROR, DAFTAR_RATES_ERROR_MISSING));
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* The period guidance looks at, as of today, and the currency of its cards; the
 * page shows why not when the period can't be worked out. */
gboolean
daftar_guidance_page_prepare (DaftarGuidancePage  *self,
                              GDate               *first,
                              GDate               *last,
                              char               **currency)
{
  DaftarFormat *format = daftar_context_get_format (self->context);
  g_autoptr(GError) error = NULL;
  GDate today;

  daftar_page_reload_begin (&self->reload);
  if (self->store == NULL)   /* disposed */
    return FALSE;

  daftar_date_today (&today);
  if (!daftar_period_resolve (DAFTAR_PERIOD_LAST_90_DAYS, daftar_format_get_calendar (format),
                              daftar_format_get_locale (format), &today, first, last))
    {
      g_set_error_literal (&error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("That period can’t be worked out for today’s date."));
      show_error (self, error);
      return FALSE;
    }

  *currency = daftar_ui_format_home_currency (self->context);
  return TRUE;
}

/* Shows the cards worked out for @first to @last (@guidance, taken), or @error. */
void
daftar_guidance_page_show (DaftarGuidancePage *self,
                           DaftarGuidance     *guidance,
                           const GDate        *first,
                           const GDate        *last,
                           const GError       *error)
{
  g_clear_pointer (&self->guidance, daftar_guidance_free);
  self->guidance = guidance;
  if (self->guidance == NULL)
    {
      show_error (self, error);
      return;
    }

  show_period (self, first, last);
  daftar_guidance_page_render (self);
}

/* Shows the cards the worker worked out, a couple a frame; or @error. */
void
daftar_guidance_page_show_in_steps (DaftarGuidancePage *self,
                                    DaftarGuidance     *guidance,
                                    const GDate        *first,
                                    const GDate        *last,
                                    const GError       *error)
{
  daftar_guidance_page_show (self, guidance, first, last, error);
  if (guidance == NULL)
    return;

  daftar_reveal_in_steps (GTK_WIDGET (self->cards_box));
  daftar_reveal_in_steps (GTK_WIDGET (self->hidden_box));
}

/* Whether some of the cards worked out are still to be shown. */
gboolean
daftar_guidance_page_is_revealing (DaftarGuidancePage *self)
{
  return daftar_reveal_is_busy (GTK_WIDGET (self->cards_box)) ||
         daftar_reveal_is_busy (GTK_WIDGET (self->hidden_box));
}

/**
 * daftar_guidance_page_reload:
 *
 * Works the cards out again, now, on this thread. The page does this by itself
 * in a worker once it is shown and whenever what it shows changes; tests call
 * it to be done at once.
 */
void
daftar_guidance_page_reload (DaftarGuidancePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = NULL;
  DaftarGuidance *guidance;
  GDate first, last;

  g_return_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self));

  daftar_guidance_page_cancel_load (self);
  if (!daftar_guidance_page_prepare (self, &first, &last, &currency))
    return;

  guidance = daftar_store_load_guidance (self->store, daftar_day_from_date (&first),
                                         daftar_day_from_date (&last), currency,
                                         daftar_context_get_format (self->context), &error);
  daftar_guidance_page_show (self, guidance, &first, &last, error);
}

static void
settings_changed_cb (DaftarGuidancePage *self,
                     const char         *key,
                     GSettings          *settings)
{
  if (daftar_page_reload_follows_setting (key))
    daftar_page_reload_queue (&self->reload);
  else if (g_str_equal (key, "guidance-dismissed") || g_str_equal (key, "guidance-done"))
    daftar_guidance_page_render (self);
}

static void
exchange_rates_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DaftarGuidancePage *self = DAFTAR_GUIDANCE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *currency = daftar_ui_format_home_currency (self->context);
  DaftarRatesDialog *dialog = daftar_rates_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       self->context);

  daftar_rates_dialog_prefill (dialog, NULL, currency, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Object */

static void
daftar_guidance_page_constructed (GObject *object)
{
  DaftarGuidancePage *self = (DaftarGuidancePage *)object;

  G_OBJECT_CLASS (daftar_guidance_page_parent_class)->constructed (object);

  g_assert (DAFTAR_IS_STORE (self->store));

  if (daftar_context_get_settings (self->context) != NULL)
    {
      self->settings = g_object_ref (daftar_context_get_settings (self->context));
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  daftar_page_reload_watch (&self->reload, self, self->store, (DaftarPageFunc) daftar_guidance_page_load,
                            NULL);
}

static void
daftar_guidance_page_dispose (GObject *object)
{
  DaftarGuidancePage *self = (DaftarGuidancePage *)object;

  daftar_page_reload_clear (&self->reload);
  daftar_guidance_page_cancel_load (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_GUIDANCE_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->toast);

  G_OBJECT_CLASS (daftar_guidance_page_parent_class)->dispose (object);
}

static void
daftar_guidance_page_finalize (GObject *object)
{
  DaftarGuidancePage *self = (DaftarGuidancePage *)object;

  g_clear_pointer (&self->guidance, daftar_guidance_free);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->local_ids); i++)
    g_strfreev (self->local_ids[i]);

  G_OBJECT_CLASS (daftar_guidance_page_parent_class)->finalize (object);
}

static void
daftar_guidance_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DaftarGuidancePage *self = DAFTAR_GUIDANCE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SHOW_HIDDEN:
      g_value_set_boolean (value, self->show_hidden);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_guidance_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DaftarGuidancePage *self = DAFTAR_GUIDANCE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      daftar_context_set_from_value (value, &self->context, &self->store);
      break;

    case PROP_SHOW_HIDDEN:
      daftar_guidance_page_set_show_hidden (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_guidance_page_class_init (DaftarGuidancePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_guidance_page_constructed;
  object_class->dispose = daftar_guidance_page_dispose;
  object_class->finalize = daftar_guidance_page_finalize;
  object_class->get_property = daftar_guidance_page_get_property;
  object_class->set_property = daftar_guidance_page_set_property;

  properties[PROP_CONTEXT] = daftar_context_param_spec ();
  properties[PROP_SHOW_HIDDEN] =
    g_param_spec_boolean ("show-hidden", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "guidance.dismiss", "s", daftar_guidance_page_card_action);
  gtk_widget_class_install_action (widget_class, "guidance.done", "s", daftar_guidance_page_card_action);
  gtk_widget_class_install_action (widget_class, "guidance.restore", "s", daftar_guidance_page_card_action);
  gtk_widget_class_install_action (widget_class, "guidance.exchange-rates", NULL, exchange_rates_action);
  gtk_widget_class_install_property_action (widget_class, "guidance.show-hidden", "show-hidden");

  g_type_ensure (DAFTAR_TYPE_GUIDANCE_CARD_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-guidance-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, stack);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, period_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, hidden_bar);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, hidden_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, show_hidden_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, hidden_heading);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, hidden_box);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, caught_up_page);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, caught_up_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, error_page);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidancePage, rates_button);
}

static void
daftar_guidance_page_init (DaftarGuidancePage *self)
{
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  daftar_accessible_name_from_child (GTK_WIDGET (self->show_hidden_button));
  daftar_accessible_name_from_child (GTK_WIDGET (self->caught_up_button));
  daftar_accessible_name_from_child (GTK_WIDGET (self->rates_button));
}

GtkWidget *
daftar_guidance_page_new (DaftarContext *context)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);

  return g_object_new (DAFTAR_TYPE_GUIDANCE_PAGE, "context", context, NULL);
}

/**
 * daftar_guidance_page_get_state:
 *
 * Returns: what the page shows: "loading" until its first cards are all in,
 *   "cards", "caught-up" when every card is hidden, or "error"
 */
const char *
daftar_guidance_page_get_state (DaftarGuidancePage *self)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), NULL);

  if (daftar_guidance_page_is_revealing (self))
    return "loading";
  return gtk_stack_get_visible_child_name (self->stack);
}

static char **
list_ids (GtkBox *box)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (gtk_widget_get_visible (GTK_WIDGET (box)))
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      g_strv_builder_add (builder, daftar_guidance_card_view_get_id (DAFTAR_GUIDANCE_CARD_VIEW (child)));

  return g_strv_builder_end (builder);
}

/**
 * daftar_guidance_page_get_card_ids:
 *
 * Returns: (transfer full): the ids of the cards shown, in their order
 */
char **
daftar_guidance_page_get_card_ids (DaftarGuidancePage *self)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), NULL);

  return list_ids (self->cards_box);
}

/**
 * daftar_guidance_page_get_hidden_ids:
 *
 * Returns: (transfer full): the ids of the dismissed and done cards shown under
 *   “Hidden Cards”: none unless the hidden cards are shown
 */
char **
daftar_guidance_page_get_hidden_ids (DaftarGuidancePage *self)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), NULL);

  return list_ids (self->hidden_box);
}

/**
 * daftar_guidance_page_get_card:
 *
 * Returns: (transfer none) (nullable): the card @id on the page, shown or hidden
 */
GtkWidget *
daftar_guidance_page_get_card (DaftarGuidancePage *self,
                               const char         *id)
{
  GtkBox *boxes[] = { self->cards_box, self->hidden_box };

  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (boxes[i]));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (g_str_equal (daftar_guidance_card_view_get_id (DAFTAR_GUIDANCE_CARD_VIEW (child)), id))
        return child;

  return NULL;
}

void
daftar_guidance_page_set_show_hidden (DaftarGuidancePage *self,
                                      gboolean            show_hidden)
{
  g_return_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self));

  show_hidden = !!show_hidden;
  if (self->show_hidden == show_hidden)
    return;

  self->show_hidden = show_hidden;
  daftar_guidance_page_render (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_HIDDEN]);
}

gboolean
daftar_guidance_page_get_show_hidden (DaftarGuidancePage *self)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_PAGE (self), FALSE);

  return self->show_hidden;
}
