/* daftar-guidance-card-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One guidance card: what to consider, and, behind “Details”, why (the user's own
 * figures), what to do, and the sources it rests on with their date, how far Daftar
 * trusts them and whether anyone could trace them. Its buttons activate the page's
 * guidance.dismiss, guidance.done and guidance.restore actions with the card's id.
 * The card's texts and the sources may come from a feed: they are plain text.
 * The steps and the sources are made when the details are first opened: a page of
 * closed cards is a few labels each.
 */
#define G_LOG_DOMAIN "daftar-guidance-page"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-guidance-card-view.h"
#include "daftar-accessible.h"
#include "daftar-plain-text.h"
#include "daftar-source-row.h"
#include "daftar-text.h"

struct _DaftarGuidanceCardView
{
  GtkWidget                parent_instance;

  char                    *id;
  DaftarGuidanceCardState  state;

  GtkWidget               *card;
  GtkWidget               *header;
  GtkWidget               *action_button;
  GtkImage                *tone_icon;
  GtkLabel                *tone_label;
  GtkLabel                *title_label;
  GtkLabel                *body_label;
  GtkExpander             *expander;
  GtkLabel                *why_label;
  GtkBox                  *actions_box;
  GtkWidget               *sources_heading;
  GtkListBox              *sources_list;
  GtkLabel                *state_label;
  GtkWidget               *restore_button;
  GtkWidget               *dismiss_button;
  GtkWidget               *done_button;

  /* Until the details are first opened, what goes in them */
  GPtrArray               *actions;   /* (element-type utf8) (nullable) */
  GPtrArray               *sources;   /* (element-type DaftarGuidanceSource) (nullable) */
  DaftarFormat            *format;
};

G_DEFINE_FINAL_TYPE (DaftarGuidanceCardView, daftar_guidance_card_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Labels */

static void
show_tone (DaftarGuidanceCardView *self,
           DaftarGuidanceTone      tone)
{
  const char *icon, *css_class, *text;

  switch (tone)
    {
    case DAFTAR_GUIDANCE_TONE_WARNING:
      icon = "dialog-warning-symbolic";
      css_class = "warning";
      /* Translators: the kind of a guidance card, above its title */
      text = _("Warning");
      break;

    case DAFTAR_GUIDANCE_TONE_OPPORTUNITY:
      icon = "star-new-symbolic";
      css_class = "success";
      /* Translators: the kind of a guidance card, above its title */
      text = _("Opportunity");
      break;

    case DAFTAR_GUIDANCE_TONE_INFO:
    default:
      icon = "dialog-information-symbolic";
      css_class = "accent";
      /* Translators: the kind of a guidance card, above its title */
      text = _("Good to know");
      break;
    }

  gtk_image_set_from_icon_name (self->tone_icon, icon);
  gtk_widget_add_css_class (GTK_WIDGET (self->tone_icon), css_class);
  gtk_label_set_text (self->tone_label, text);
  gtk_widget_add_css_class (GTK_WIDGET (self->tone_label), css_class);
}

/* One step to take, after a bullet that screen readers skip. */
static void
add_action (DaftarGuidanceCardView *self,
            const char             *text)
{
  GtkWidget *item = g_object_new (GTK_TYPE_BOX,
                                  "spacing", 6,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                  NULL);
  GtkWidget *bullet = g_object_new (GTK_TYPE_LABEL,
                                    "label", "•",
                                    "valign", GTK_ALIGN_START,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                    NULL);
  GtkWidget *label;

  gtk_box_append (GTK_BOX (item), bullet);
  label = daftar_source_row_add_label (GTK_BOX (item), text, "guidance-action", -1);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (self->actions_box, item);
}

/* Sources */

static void
add_source (DaftarGuidanceCardView     *self,
            DaftarFormat               *format,
            const DaftarGuidanceSource *source)
{
  g_autofree char *line = NULL;
  DaftarSourceRowInfo info = {
    .format = format,
    .title = source->title,
    .publisher = source->publisher,
    .as_of = source->as_of,
    .confidence = source->confidence,
    .verified = source->verified,
    .url = source->url != NULL && g_str_has_prefix (source->url, "https://") ? source->url : NULL,
    .max_width_chars = -1,
  };

  if (source->figure != NULL && *source->figure != '\0' && source->text != NULL && *source->text != '\0')
    {
      g_autofree char *figure = daftar_text_isolate_n (source->figure, 100);
      g_autofree char *text = daftar_text_isolate_n (source->text, 500);

      /* Translators: a source's figure and what it is about, e.g. "−21% · Posts for writing work" */
      line = daftar_sentence_printf (_("%s · %s"), figure, text);
      info.body = line;
    }
  else if (source->figure != NULL && *source->figure != '\0')
    info.body = source->figure;
  else if (source->text != NULL && *source->text != '\0')
    info.body = source->text;

  gtk_list_box_append (self->sources_list, daftar_source_row_new (&info));
}

/* The steps and the sources, once: the card keeps them until then. */
static void
fill_details (DaftarGuidanceCardView *self)
{
  for (guint i = 0; self->actions != NULL && i < self->actions->len; i++)
    add_action (self, g_ptr_array_index (self->actions, i));
  for (guint i = 0; self->sources != NULL && i < self->sources->len; i++)
    add_source (self, self->format, g_ptr_array_index (self->sources, i));

  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->format, daftar_format_unref);
}

/* Buttons */

/* The buttons act on this card; their names say which, for screen readers. */
static void
show_state (DaftarGuidanceCardView *self,
            const char             *title)
{
  g_autofree char *dismiss = NULL;
  g_autofree char *done = NULL;
  g_autofree char *restore = NULL;
  g_autofree char *details = NULL;
  gboolean hidden = self->state != DAFTAR_GUIDANCE_CARD_SHOWN;

  /* Translators: accessible name of a guidance card's Dismiss button */
  dismiss = g_strdup_printf (_("Dismiss “%s”"), title);
  /* Translators: accessible name of a guidance card's Mark as Done button */
  done = g_strdup_printf (_("Mark “%s” as done"), title);
  /* Translators: accessible name of a hidden guidance card's Restore button */
  restore = g_strdup_printf (_("Restore “%s”"), title);
  /* Translators: accessible name of the expander that opens a guidance card */
  details = g_strdup_printf (_("Details of “%s”"), title);

  daftar_accessible_set_name (self->dismiss_button, dismiss);
  daftar_accessible_set_name (self->done_button, done);
  daftar_accessible_set_name (self->restore_button, restore);
  daftar_accessible_set_name (GTK_WIDGET (self->expander), details);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->dismiss_button), "s", self->id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->done_button), "s", self->id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->restore_button), "s", self->id);

  gtk_widget_set_visible (self->dismiss_button, !hidden);
  gtk_widget_set_visible (self->done_button, !hidden);
  gtk_widget_set_visible (self->restore_button, hidden);
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), hidden);
  if (self->state == DAFTAR_GUIDANCE_CARD_DISMISSED)
    /* Translators: on a hidden guidance card */
    gtk_label_set_text (self->state_label, _("Dismissed"));
  else if (self->state == DAFTAR_GUIDANCE_CARD_DONE)
    /* Translators: on a hidden guidance card */
    gtk_label_set_text (self->state_label, _("Marked done"));
  /* Put away: still there to read, but quieter than the cards in play. */
  if (hidden)
    gtk_widget_add_css_class (self->header, "dim-label");
}

/* Object */

static void
expanded_cb (DaftarGuidanceCardView *self)
{
  if (gtk_expander_get_expanded (self->expander))
    fill_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

static void
daftar_guidance_card_view_dispose (GObject *object)
{
  DaftarGuidanceCardView *self = (DaftarGuidanceCardView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_GUIDANCE_CARD_VIEW);

  G_OBJECT_CLASS (daftar_guidance_card_view_parent_class)->dispose (object);
}

static void
daftar_guidance_card_view_finalize (GObject *object)
{
  DaftarGuidanceCardView *self = (DaftarGuidanceCardView *)object;

  g_free (self->id);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->format, daftar_format_unref);

  G_OBJECT_CLASS (daftar_guidance_card_view_parent_class)->finalize (object);
}

static void
daftar_guidance_card_view_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  DaftarGuidanceCardView *self = DAFTAR_GUIDANCE_CARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, daftar_guidance_card_view_get_expanded (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_guidance_card_view_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  DaftarGuidanceCardView *self = DAFTAR_GUIDANCE_CARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      daftar_guidance_card_view_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_guidance_card_view_class_init (DaftarGuidanceCardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = daftar_guidance_card_view_dispose;
  object_class->finalize = daftar_guidance_card_view_finalize;
  object_class->get_property = daftar_guidance_card_view_get_property;
  object_class->set_property = daftar_guidance_card_view_set_property;

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-guidance-card-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, card);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, header);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, action_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, tone_icon);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, tone_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, body_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, expander);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, why_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, actions_box);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, sources_heading);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, sources_list);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, state_label);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, restore_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarGuidanceCardView, done_button);
  gtk_widget_class_bind_template_callback (widget_class, expanded_cb);
}

static void
daftar_guidance_card_view_init (DaftarGuidanceCardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  daftar_accessible_name_from_child (GTK_WIDGET (self->action_button));
}

/* Cards whose first step is somewhere in the app get a button that goes there. */
static void
show_card_action (DaftarGuidanceCardView   *self,
                  const DaftarGuidanceCard *card,
                  DaftarGuidanceCardState   state)
{
  const char *label = NULL, *action = NULL;

  if (card->kind == DAFTAR_GUIDANCE_NEEDS_RATE)
    {
      label = _("_Exchange Rates…");
      action = "guidance.exchange-rates";
    }
  else if (g_str_equal (card->id, "starter-log"))
    {
      label = _("_New Project");
      action = "win.new-project";
    }
  else if (g_str_equal (card->id, "starter-paid-time"))
    {
      label = _("_Log Session");
      action = "win.new-session";
    }
  else if (g_str_equal (card->id, "starter-ai-tools") || card->kind == DAFTAR_GUIDANCE_AI_UNUSED)
    {
      label = _("_Preferences");
      action = "win.preferences";
    }

  gtk_widget_set_visible (self->action_button, label != NULL && state == DAFTAR_GUIDANCE_CARD_SHOWN);
  if (label == NULL)
    return;

  gtk_button_set_label (GTK_BUTTON (self->action_button), label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->action_button), action);
  daftar_accessible_name_from_child (GTK_WIDGET (self->action_button));
}

/**
 * daftar_guidance_card_view_new:
 * @card: the card to show; copied
 * @state: whether the user put it away
 * @format: the page's format, for the sources' dates
 */
GtkWidget *
daftar_guidance_card_view_new (const DaftarGuidanceCard *card,
                               DaftarGuidanceCardState   state,
                               DaftarFormat             *format)
{
  DaftarGuidanceCardView *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (card != NULL && card->id != NULL, NULL);

  self = g_object_new (DAFTAR_TYPE_GUIDANCE_CARD_VIEW, NULL);
  self->id = g_strdup (card->id);
  self->state = state;

  show_tone (self, card->tone);
  gtk_label_set_text (self->title_label, card->title != NULL ? card->title : "");
  gtk_label_set_text (self->body_label, card->body != NULL ? card->body : "");
  gtk_label_set_text (self->why_label, card->why != NULL ? card->why : "");
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), card->body != NULL && *card->body != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  card->title != NULL ? card->title : "", -1);

  /* Shared with @card's guidance, which frees nothing a reference holds. */
  self->actions = card->actions != NULL ? g_ptr_array_ref (card->actions) : NULL;
  self->sources = card->sources != NULL ? g_ptr_array_ref (card->sources) : NULL;
  self->format = daftar_format_ref (format);
  gtk_widget_set_visible (self->sources_heading, card->sources != NULL && card->sources->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->sources_list), card->sources != NULL && card->sources->len > 0);

  title = daftar_text_isolate_n (card->title != NULL ? card->title : "", 200);
  show_state (self, title);
  show_card_action (self, card, state);

  return GTK_WIDGET (self);
}

const char *
daftar_guidance_card_view_get_id (DaftarGuidanceCardView *self)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_CARD_VIEW (self), NULL);

  return self->id;
}

DaftarGuidanceCardState
daftar_guidance_card_view_get_state (DaftarGuidanceCardView *self)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_CARD_VIEW (self), DAFTAR_GUIDANCE_CARD_SHOWN);

  return self->state;
}

gboolean
daftar_guidance_card_view_get_expanded (DaftarGuidanceCardView *self)
{
  g_return_val_if_fail (DAFTAR_IS_GUIDANCE_CARD_VIEW (self), FALSE);

  return gtk_expander_get_expanded (self->expander);
}

void
daftar_guidance_card_view_set_expanded (DaftarGuidanceCardView *self,
                                        gboolean                expanded)
{
  g_return_if_fail (DAFTAR_IS_GUIDANCE_CARD_VIEW (self));

  /* The expander's notify::expanded notifies ours. */
  gtk_expander_set_expanded (self->expander, expanded);
}
