/* daftar-project-fees-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project follows its platform's fee rule unless it says otherwise: per-contract
 * rules (Upwork since 2025) take the contract's own rate, and any project can replace
 * the rules with a flat percentage of its own. The dialog shows the rule in force
 * today, with its source and how far it can be trusted, next to those two settings.
 */
#define G_LOG_DOMAIN "daftar-project-fees-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-accessible.h"
#include "daftar-format-typed.h"
#include "daftar-busy-retry.h"
#include "daftar-dates.h"
#include "daftar-fee-rules.h"
#include "daftar-fees.h"
#include "daftar-money-format.h"
#include "daftar-plain-text.h"
#include "daftar-project-fees-dialog.h"
#include "daftar-form.h"
#include "daftar-store-report.h"
#include "daftar-text.h"
#include "daftar-ui-format.h"

struct _DaftarProjectFeesDialog
{
  AdwWindow             parent_instance;

  DaftarContext        *context;
  DaftarStore          *store;         /* the context's */
  gint64                project_id;
  DaftarProject        *project;
  DaftarProjectFees    *fees;
  const DaftarFeeRules *rules;         /* the context's */
  DaftarForm           *form;

  AdwToastOverlay      *toast_overlay;
  GtkWidget            *cancel_button;
  GtkWidget            *save_button;
  GtkWidget            *clear_button;
  AdwPreferencesGroup  *rule_group;
  AdwActionRow         *rule_row;
  GtkLinkButton        *source_button;
  AdwEntryRow          *contract_row;
  GtkLabel             *contract_hint;
  AdwEntryRow          *override_row;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (DaftarProjectFeesDialog, daftar_project_fees_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROJECT_ID,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * daftar_project_fees_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @context: the app's context, with its open ledger
 * @project_id: the project whose terms to edit
 *
 * Returns: (transfer none): a modal dialog, not yet shown; it destroys itself on
 *   Cancel and after #DaftarProjectFeesDialog::saved
 */
DaftarProjectFeesDialog *
daftar_project_fees_dialog_new (GtkWindow     *parent,
                                DaftarContext *context,
                                gint64         project_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (DAFTAR_IS_STORE (daftar_context_get_store (context)), NULL);
  g_return_val_if_fail (project_id > 0, NULL);

  return g_object_new (DAFTAR_TYPE_PROJECT_FEES_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "project-id", project_id,
                       NULL);
}

/* Text */

static char *
format_percent (DaftarFormat *format,
                gint32        ppm)
{
  /* ppm are ten-thousandths of a percent */
  return daftar_format_percent (format, ppm, 4);
}

static const char *
confidence_label (DaftarConfidence confidence)
{
  switch (confidence)
    {
    /* Translators: how far a reported figure can be trusted */
    case DAFTAR_CONFIDENCE_LOW:         return C_("confidence", "low");
    case DAFTAR_CONFIDENCE_MEDIUM_LOW:  return C_("confidence", "medium-low");
    case DAFTAR_CONFIDENCE_MEDIUM:      return C_("confidence", "medium");
    case DAFTAR_CONFIDENCE_MEDIUM_HIGH: return C_("confidence", "medium-high");
    case DAFTAR_CONFIDENCE_HIGH:        return C_("confidence", "high");
    case DAFTAR_N_CONFIDENCES:
    default:
      g_return_val_if_reached ("");
    }
}

static char *
describe_tiers (DaftarFormat        *format,
                const DaftarFeeRule *rule)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < rule->n_tiers; i++)
    {
      const DaftarFeeTier *tier = &rule->tiers[i];
      g_autofree char *rate = format_percent (format, tier->rate_ppm);
      g_autofree char *part = NULL;

      if (tier->bounded)
        {
          g_autofree char *up_to = daftar_format_money_minor (format, tier->up_to_minor, rule->tier_currency);

          /* Translators: one tier of a fee, e.g. "20% up to £250.00" */
          part = daftar_sentence_printf (_("%s up to %s"), rate, up_to);
        }
      else
        /* Translators: the last tier of a fee, e.g. "3.5% above that" */
        part = daftar_sentence_printf (_("%s above that"), rate);

      if (text->len > 0)
        /* Translators: between two tiers of a fee */
        g_string_append (text, _(", "));
      g_string_append (text, part);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * daftar_project_fees_dialog_describe_rule:
 * @format: the numbers' format
 * @rule: a fee rule
 *
 * Returns: (transfer full): what @rule takes, in a sentence, as the user's locale
 *   writes numbers and money
 */
char *
daftar_project_fees_dialog_describe_rule (DaftarFormat        *format,
                                          const DaftarFeeRule *rule)
{
  switch (rule->shape)
    {
    case DAFTAR_FEE_SHAPE_FLAT:
      {
        g_autofree char *rate = format_percent (format, rule->rate_ppm);

        /* Translators: a platform fee, e.g. "20% of each payment" */
        return daftar_sentence_printf (_("%s of each payment"), rate);
      }

    case DAFTAR_FEE_SHAPE_PER_CONTRACT:
      {
        g_autofree char *min = format_percent (format, rule->min_ppm);
        g_autofree char *max = format_percent (format, rule->max_ppm);
        g_autofree char *def = format_percent (format, rule->default_ppm);

        /* Translators: a platform fee, e.g. "0% to 15%, set per contract; 10% until it is set" */
        return daftar_sentence_printf (_("%s to %s, set per contract; %s until it is set"), min, max, def);
      }

    case DAFTAR_FEE_SHAPE_MINIMUM:
      {
        g_autofree char *rate = format_percent (format, rule->rate_ppm);
        g_autofree char *minimum = daftar_format_money_minor (format, rule->minimum.minor, rule->minimum.currency);

        /* Translators: a platform fee, e.g. "10% of each payment, at least $5.00" */
        return daftar_sentence_printf (_("%s of each payment, at least %s"), rate, minimum);
      }

    case DAFTAR_FEE_SHAPE_TIERED:
      {
        g_autofree char *tiers = describe_tiers (format, rule);

        /* Translators: a platform fee by tiers, e.g. "By lifetime billings with the
         * client: 20% up to £250.00, 7.5% up to £5,000.00, 3.5% above that" */
        return daftar_sentence_printf (_("By lifetime billings with the client: %s"), tiers);
      }

    case DAFTAR_FEE_SHAPE_WITHDRAWAL:
      {
        g_autofree char *flat = daftar_format_money_minor (format, rule->flat.minor, rule->flat.currency);
        g_autofree char *fx = format_percent (format, rule->fx_ppm);

        /* Translators: a withdrawal fee, e.g. "$2.00 plus 0% for the exchange, per withdrawal" */
        return daftar_sentence_printf (_("%s plus %s for the exchange, per withdrawal"), flat, fx);
      }

    case DAFTAR_N_FEE_SHAPES:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/**
 * daftar_project_fees_dialog_describe_source:
 *
 * Returns: (transfer full): where @rule comes from and how far it can be trusted
 */
char *
daftar_project_fees_dialog_describe_source (const DaftarFeeRule *rule)
{
  g_autofree char *publisher = daftar_text_isolate_n (rule->source_publisher, 300);
  g_autofree char *source_title = daftar_text_isolate_n (rule->source_title, 300);

  /* Translators: where a fee rule comes from: the publisher, the page's title in
   * quotes, and how far it can be trusted (“high”, “medium”…) */
  return daftar_sentence_printf (_("%s, “%s” · confidence: %s"), publisher, source_title,
                          confidence_label (rule->confidence));
}

/* The per-contract rule for the project's platform and pricing, today's first. */
static const DaftarFeeRule *
find_contract_rule (DaftarProjectFeesDialog *self,
                    const DaftarFeeRule     *today)
{
  if (today != NULL && today->shape == DAFTAR_FEE_SHAPE_PER_CONTRACT)
    return today;

  for (guint i = 0; i < self->rules->rules->len; i++)
    {
      const DaftarFeeRule *rule = g_ptr_array_index (self->rules->rules, i);

      if (rule->shape == DAFTAR_FEE_SHAPE_PER_CONTRACT &&
          g_strcmp0 (rule->platform, self->project->platform_key) == 0 &&
          (rule->pricings & (1u << self->project->pricing)) != 0)
        return rule;
    }

  return NULL;
}

static const char *
platform_label (const DaftarProject *project)
{
  const char *label = daftar_platform_key_get_label (project->platform_key);

  return label != NULL ? label : project->platform_name;
}

static void
show_rule (DaftarProjectFeesDialog *self)
{
  DaftarFormat *format = daftar_context_get_format (self->context);
  const DaftarFeeRule *rule, *contract_rule;
  g_autofree char *description = NULL;

  rule = daftar_context_find_fee_rule (self->context, self->rules, self->project->platform_key,
                                       self->project->pricing);

  daftar_preferences_group_set_plain_title (self->rule_group, self->project->name);
  /* Translators: e.g. "Upwork · Hourly" — the project's platform and how it is paid */
  description = daftar_sentence_printf (_("%s · %s"), platform_label (self->project),
                                 daftar_pricing_get_label (self->project->pricing));
  daftar_preferences_group_set_plain_description (self->rule_group, description);

  if (rule != NULL)
    {
      g_autofree char *what = daftar_project_fees_dialog_describe_rule (format, rule);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = daftar_project_fees_dialog_describe_source (rule);
      g_autofree char *publisher = daftar_text_isolate_n (rule->source_publisher, 300);
      g_autofree char *source_title = daftar_text_isolate_n (rule->source_title, 300);
      g_autofree char *link_label = NULL;

      /* Translators: the platform's fee rule in force today, e.g.
       * "Platform fee today: 20% of each payment" */
      title = daftar_sentence_printf (_("Platform fee today: %s"), what);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rule_row), title);
      adw_action_row_set_subtitle (self->rule_row, subtitle);

      gtk_link_button_set_uri (self->source_button, rule->source_url);
      gtk_widget_set_visible (GTK_WIDGET (self->source_button),
                              rule->source_url != NULL && *rule->source_url != '\0');
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_button), rule->source_url);
      /* Translators: accessible name of a link, e.g. "Source: Upwork, “Fees”" */
      link_label = g_strdup_printf (_("Source: %s, “%s”"), publisher, source_title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->source_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, link_label, -1);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rule_row),
                                     _("No known fee rule for this platform"));
      adw_action_row_set_subtitle (self->rule_row,
                                   _("No platform fee is counted unless you set one below."));
      gtk_widget_set_visible (GTK_WIDGET (self->source_button), FALSE);
    }

  /* A contract rate only means something under a per-contract rule. */
  contract_rule = find_contract_rule (self, rule);
  gtk_widget_set_visible (GTK_WIDGET (self->contract_row),
                          contract_rule != NULL || self->fees->has_contract_ppm);
  gtk_widget_set_visible (GTK_WIDGET (self->contract_hint), contract_rule != NULL);
  if (contract_rule != NULL)
    {
      g_autofree char *min = format_percent (format, contract_rule->min_ppm);
      g_autofree char *max = format_percent (format, contract_rule->max_ppm);
      g_autofree char *def = format_percent (format, contract_rule->default_ppm);
      g_autofree char *hint = NULL;

      /* Translators: e.g. "Upwork sets the fee per contract, from 0% to 15%. Until you
       * set this contract's, 10% is counted." */
      hint = daftar_sentence_printf (_("%s sets the fee per contract, from %s to %s. Until you set this contract’s, %s is counted."),
                              platform_label (self->project), min, max, def);
      gtk_label_set_text (self->contract_hint, hint);
    }
}

/* Form */

/* An empty field is no rate; anything else has to be a percentage. */
static gboolean
read_percent (AdwEntryRow  *row,
              gboolean     *out_has,
              gint32       *out_ppm,
              GError      **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  *out_has = FALSE;
  *out_ppm = 0;
  if (!gtk_widget_get_visible (GTK_WIDGET (row)) || daftar_form_text_is_blank (text))
    return TRUE;

  if (!daftar_percent_parse (text, out_ppm, error))
    return FALSE;

  *out_has = TRUE;
  return TRUE;
}

enum
{
  FIELD_CONTRACT,
  FIELD_OVERRIDE,
};

static gboolean
read_form (DaftarProjectFeesDialog *self,
           DaftarProjectFees       *out)
{
  *out = *self->fees;
  daftar_form_begin (self->form);
  read_percent (self->contract_row, &out->has_contract_ppm, &out->contract_ppm,
                daftar_form_error_slot (self->form, FIELD_CONTRACT));
  read_percent (self->override_row, &out->has_override_ppm, &out->override_ppm,
                daftar_form_error_slot (self->form, FIELD_OVERRIDE));
  return daftar_form_end (self->form);
}

static void
entry_changed_cb (GtkEditable             *editable,
                  DaftarProjectFeesDialog *self)
{
  DaftarProjectFees fees;

  /* Once either rate changes, both say what is wrong with them. */
  daftar_form_touch (self->form, FIELD_CONTRACT);
  daftar_form_touch (self->form, FIELD_OVERRIDE);
  read_form (self, &fees);
}

static void
clear_clicked_cb (DaftarProjectFeesDialog *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->contract_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->override_row), "");
}

static void
retry_save (GtkWidget *widget)
{
  daftar_project_fees_dialog_save (DAFTAR_PROJECT_FEES_DIALOG (widget));
}

/**
 * daftar_project_fees_dialog_save:
 *
 * Writes the terms in the form, as the Save button does, and closes the dialog.
 *
 * Returns: %TRUE when they were written
 */
gboolean
daftar_project_fees_dialog_save (DaftarProjectFeesDialog *self)
{
  g_autoptr(GError) error = NULL;
  DaftarProjectFees fees;

  g_return_val_if_fail (DAFTAR_IS_PROJECT_FEES_DIALOG (self), FALSE);

  if (self->project == NULL)
    return FALSE;

  if (!read_form (self, &fees))
    {
      daftar_form_save_refused (self->form);
      return FALSE;
    }

  if (!daftar_store_set_project_fees (self->store, &fees, self->rules, &error))
    {
      /* Another program is writing: the dialog stays open and saves again soon. */
      if (daftar_busy_retry_handle (GTK_WIDGET (self), self->toast_overlay, error, retry_save))
        return FALSE;

      /* Core knows the rule's bounds: a contract rate outside them is the contract's. */
      daftar_form_set_store_error (self->form, fees.has_contract_ppm ? FIELD_CONTRACT : DAFTAR_FORM_FIELD_NONE,
                                   g_steal_pointer (&error));
      read_form (self, &fees);
      if (fees.has_contract_ppm)
        gtk_widget_grab_focus (GTK_WIDGET (self->contract_row));
      return FALSE;
    }

  daftar_busy_retry_done (GTK_WIDGET (self));
  g_signal_emit (self, signals[SAVED], 0, self->project_id);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  daftar_project_fees_dialog_save (DAFTAR_PROJECT_FEES_DIALOG (widget));
}

static void
entry_activated_cb (DaftarProjectFeesDialog *self,
                    AdwEntryRow             *row)
{
  daftar_project_fees_dialog_save (self);
}

static void
set_percent_text (DaftarProjectFeesDialog *self,
                  AdwEntryRow             *row,
                  gboolean                 has,
                  gint32                   ppm)
{
  g_autofree char *ascii = has ? daftar_ppm_to_percent (ppm) : NULL;
  g_autofree char *text = ascii != NULL ? daftar_ui_format_for_entry (self->context, ascii) : NULL;

  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static gboolean
load (DaftarProjectFeesDialog  *self,
      GError                  **error)
{
  if (!(self->rules = daftar_context_get_fee_rules (self->context, error)) ||
      !(self->project = daftar_store_get_project (self->store, self->project_id, error)) ||
      !(self->fees = daftar_store_get_project_fees (self->store, self->project_id, error)))
    return FALSE;

  show_rule (self);
  set_percent_text (self, self->contract_row, self->fees->has_contract_ppm, self->fees->contract_ppm);
  set_percent_text (self, self->override_row, self->fees->has_override_ppm, self->fees->override_ppm);
  return TRUE;
}

/* Object */

static void
daftar_project_fees_dialog_constructed (GObject *object)
{
  DaftarProjectFeesDialog *self = (DaftarProjectFeesDialog *)object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (daftar_project_fees_dialog_parent_class)->constructed (object);

  g_assert (DAFTAR_IS_STORE (self->store));

  if (!load (self, &error))
    {
      g_warning ("Reading fee terms: %s", error->message);
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "fees.save", FALSE);
      return;
    }

  daftar_form_reset (self->form);
  gtk_widget_grab_focus (gtk_widget_get_visible (GTK_WIDGET (self->contract_row))
                         ? GTK_WIDGET (self->contract_row) : GTK_WIDGET (self->override_row));
}

static void
daftar_project_fees_dialog_dispose (GObject *object)
{
  DaftarProjectFeesDialog *self = (DaftarProjectFeesDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_PROJECT_FEES_DIALOG);
  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_project_fees_dialog_parent_class)->dispose (object);
}

static void
daftar_project_fees_dialog_finalize (GObject *object)
{
  DaftarProjectFeesDialog *self = (DaftarProjectFeesDialog *)object;

  g_clear_pointer (&self->project, daftar_project_free);
  g_clear_pointer (&self->fees, daftar_project_fees_free);

  G_OBJECT_CLASS (daftar_project_fees_dialog_parent_class)->finalize (object);
}

static void
daftar_project_fees_dialog_class_init (DaftarProjectFeesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_project_fees_dialog_constructed;
  object_class->dispose = daftar_project_fees_dialog_dispose;
  object_class->finalize = daftar_project_fees_dialog_finalize;

  daftar_context_install_property (object_class,
                                   G_STRUCT_OFFSET (DaftarProjectFeesDialog, context),
                                   G_STRUCT_OFFSET (DaftarProjectFeesDialog, store));
  daftar_context_install_id_property (object_class, PROP_PROJECT_ID, "project-id",
                                      G_STRUCT_OFFSET (DaftarProjectFeesDialog, project_id));

  /**
   * DaftarProjectFeesDialog::saved:
   * @project_id: the project whose terms were written
   *
   * Emitted once the terms are in the ledger, just before the dialog closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/daftar-project-fees-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, clear_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, rule_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, rule_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, source_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, contract_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, contract_hint);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, override_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarProjectFeesDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);

  gtk_widget_class_install_action (widget_class, "fees.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
daftar_project_fees_dialog_init (DaftarProjectFeesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  daftar_accessible_name_from_child (GTK_WIDGET (self->cancel_button));
  daftar_accessible_name_from_child (GTK_WIDGET (self->save_button));
  daftar_accessible_name_from_child (GTK_WIDGET (self->clear_button));

  self->form = daftar_form_new (GTK_WIDGET (self), NULL);
  daftar_form_add_field (self->form, FIELD_CONTRACT, GTK_WIDGET (self->contract_row), NULL,
                         GTK_WIDGET (self->error_label));
  daftar_form_add_field (self->form, FIELD_OVERRIDE, GTK_WIDGET (self->override_row), NULL,
                         GTK_WIDGET (self->error_label));
}
