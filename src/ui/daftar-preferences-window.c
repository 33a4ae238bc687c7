/* daftar-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-feed.h"
#include "daftar-goals-group.h"
#include "daftar-invoicing-group.h"
#include "daftar-money-format.h"
#include "daftar-money.h"
#include "daftar-preferences-window.h"
#include "daftar-preferences-timer.h"
#include "daftar-preferences-tools.h"

struct _DaftarPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  DaftarContext        *context;
  DaftarStore          *store;      /* the context's, or NULL without a ledger */
  GSettings            *settings;   /* the context's, or NULL without the schema */
  gulong                currency_changed_id;
  gulong                feed_changed_id;

  AdwPreferencesGroup  *unsaved_group;
  AdwPreferencesPage   *general_page;
  AdwPreferencesGroup  *money_group;
  AdwPreferencesGroup  *language_group;
  AdwEntryRow          *currency_row;
  GtkMenuButton        *currency_menu_button;
  GtkLabel             *currency_error;
  AdwPreferencesGroup  *feed_group;
  AdwEntryRow          *feed_row;
  GtkLabel             *feed_error;
  AdwComboRow          *language_row;
  AdwActionRow         *latin_digits_row;
  GtkSwitch            *latin_digits_switch;
  AdwComboRow          *persian_calendar_row;
  AdwComboRow          *arabic_calendar_row;
  AdwPreferencesPage   *tools_page;
};

G_DEFINE_FINAL_TYPE (DaftarPreferencesWindow, daftar_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Offered in the home-currency menu; any other ISO 4217 code can be typed. */
static const char * const common_currencies[] = {
  "USD", "EUR", "GBP", "IRR", "AED", "SAR", "EGP", "TRY", "QAR", "KWD", "JOD", "MAD",
  "CAD", "AUD", "INR", "PKR",
};

/* The settings' stored values, in the order of the combo rows' items. */
static const char * const language_values[] = { "", "en", "ar", "fa", NULL };
static const char * const persian_calendar_values[] = { "persian", "gregorian", NULL };
static const char * const arabic_calendar_values[] = { "", "gregorian", "islamic-umalqura", NULL };

/**
 * daftar_preferences_window_new:
 * @parent: (nullable): the window to stay above
 * @context: the app's context: its ledger (when open) for the AI-tool catalog and
 *   the goals, its settings (none when the schema is not installed), its format
 */
DaftarPreferencesWindow *
daftar_preferences_window_new (GtkWindow     *parent,
                               DaftarContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (context), NULL);

  return g_object_new (DAFTAR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

/* Names an entry row for assistive technology; the text inside is what gets the focus. */
void
daftar_preferences_label_entry_row (AdwEntryRow *row,
                                    const char  *label)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Replaces an entry's text unless the user is typing in it. */
void
daftar_preferences_set_entry_text (AdwEntryRow *row,
                                   const char  *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row)))
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Shows @message under a field, or hides it when %NULL, and marks the field. */
static void
show_field_error (GtkWidget  *field,
                  GtkLabel   *label,
                  GtkWidget  *container,
                  const char *message)
{
  gboolean invalid = message != NULL;

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (container, invalid);

  if (field == NULL)
    return;

  if (invalid)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* General page */

static gboolean
get_choice_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *values = user_data;
  const char *stored = g_variant_get_string (variant, NULL);

  for (guint i = 0; values[i] != NULL; i++)
    {
      if (g_strcmp0 (values[i], stored) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
set_choice_mapping (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *values = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) values))
    return NULL;

  return g_variant_new_string (values[selected]);
}

static void
bind_choice (DaftarPreferencesWindow *self,
             const char              *key,
             AdwComboRow             *row,
             const char * const      *values)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                get_choice_mapping, set_choice_mapping,
                                (gpointer) values, NULL);
}

static void
home_currency_changed_cb (DaftarPreferencesWindow *self,
                          const char              *key,
                          GSettings               *settings)
{
  g_autofree char *code = g_settings_get_string (settings, "home-currency");

  daftar_preferences_set_entry_text (self->currency_row, code);
}

static void
apply_home_currency (DaftarPreferencesWindow *self,
                     const char              *text)
{
  g_autoptr(GError) error = NULL;
  char code[4];

  if (self->settings == NULL)
    return;

  if (!daftar_currency_normalize (text, code, &error))
    {
      show_field_error (GTK_WIDGET (self->currency_row), self->currency_error,
                        GTK_WIDGET (self->currency_error), error->message);
      return;
    }

  show_field_error (GTK_WIDGET (self->currency_row), self->currency_error,
                    GTK_WIDGET (self->currency_error), NULL);
  g_settings_set_string (self->settings, "home-currency", code);
  /* Shown as stored (“usd” becomes “USD”), even while the entry has the focus. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), code) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->currency_row), code);
}

static void
currency_row_applied_cb (DaftarPreferencesWindow *self)
{
  apply_home_currency (self, gtk_editable_get_text (GTK_EDITABLE (self->currency_row)));
}

static void
set_home_currency_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DaftarPreferencesWindow *self = DAFTAR_PREFERENCES_WINDOW (widget);

  apply_home_currency (self, g_variant_get_string (parameter, NULL));
}

static void
build_currency_menu (DaftarPreferencesWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (common_currencies); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (common_currencies[i], NULL);

      g_menu_item_set_action_and_target (item, "prefs.set-home-currency", "s",
                                         common_currencies[i]);
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->currency_menu_button, G_MENU_MODEL (menu));
}

static void
feed_url_changed_cb (DaftarPreferencesWindow *self,
                     const char              *key,
                     GSettings               *settings)
{
  g_autofree char *url = g_settings_get_string (settings, "market-feed-url");

  daftar_preferences_set_entry_text (self->feed_row, url);
}

/* Empty, an https:// address, or http:// to this computer: as the feed checks it. */
static void
feed_row_applied_cb (DaftarPreferencesWindow *self)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->feed_row))));
  g_autoptr(GError) error = NULL;

  if (self->settings == NULL)
    return;

  if (url[0] != '\0' && !daftar_feed_check_url (url, &error))
    {
      show_field_error (GTK_WIDGET (self->feed_row), self->feed_error,
                        GTK_WIDGET (self->feed_error), error->message);
      return;
    }

  show_field_error (GTK_WIDGET (self->feed_row), self->feed_error, GTK_WIDGET (self->feed_error), NULL);
  g_settings_set_string (self->settings, "market-feed-url", url);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->feed_row)), url) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->feed_row), url);
}

static void
setup_general_page (DaftarPreferencesWindow *self)
{
  build_currency_menu (self);
  daftar_preferences_label_entry_row (self->currency_row, _("Home Currency"));
  daftar_preferences_label_entry_row (self->feed_row, _("Feed Address"));

  if (self->settings == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->unsaved_group), TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->money_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->language_group), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->feed_group), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.set-home-currency", FALSE);
      return;
    }

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (self->language_group),
                                                                           ADW_TYPE_PREFERENCES_PAGE)),
                            ADW_PREFERENCES_GROUP (daftar_preferences_timer_new (self->context)));

  home_currency_changed_cb (self, "home-currency", self->settings);
  self->currency_changed_id =
    g_signal_connect_object (self->settings, "changed::home-currency",
                             G_CALLBACK (home_currency_changed_cb), self, G_CONNECT_SWAPPED);

  bind_choice (self, "language", self->language_row, language_values);
  bind_choice (self, "persian-calendar", self->persian_calendar_row, persian_calendar_values);
  bind_choice (self, "arabic-calendar", self->arabic_calendar_row, arabic_calendar_values);
  g_settings_bind (self->settings, "latin-digits", self->latin_digits_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  feed_url_changed_cb (self, "market-feed-url", self->settings);
  self->feed_changed_id =
    g_signal_connect_object (self->settings, "changed::market-feed-url",
                             G_CALLBACK (feed_url_changed_cb), self, G_CONNECT_SWAPPED);
}

/* AI Tools page (daftar-preferences-tools.c) and the ledger's groups of the General page */

static void
setup_tools_page (DaftarPreferencesWindow *self)
{
  adw_preferences_page_add (self->tools_page,
                            ADW_PREFERENCES_GROUP (daftar_preferences_tools_new (self->context)));

  if (self->store == NULL)
    return;

  /* Who sends the invoices (daftar-invoicing-group.c) */
  if (self->settings != NULL)
    adw_preferences_page_add (self->general_page,
                              ADW_PREFERENCES_GROUP (daftar_invoicing_group_new (self->settings)));

  /* Goals are in the ledger (daftar-goals-group.c): the last group of the page. */
  adw_preferences_page_add (self->general_page,
                            ADW_PREFERENCES_GROUP (daftar_goals_group_new (self->context)));
}

/* GObject */

static void
daftar_preferences_window_constructed (GObject *object)
{
  DaftarPreferencesWindow *self = (DaftarPreferencesWindow *)object;

  /* The context's ledger and settings, kept for the rows that use them. */
  g_set_object (&self->store, daftar_context_get_store (self->context));
  g_set_object (&self->settings, daftar_context_get_settings (self->context));

  G_OBJECT_CLASS (daftar_preferences_window_parent_class)->constructed (object);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  g_set_object (&self->store, daftar_context_get_store (self->context));
  g_set_object (&self->settings, daftar_context_get_settings (self->context));
  setup_general_page (self);
  setup_tools_page (self);
}

static void
daftar_preferences_window_dispose (GObject *object)
{
  DaftarPreferencesWindow *self = (DaftarPreferencesWindow *)object;

  if (self->settings != NULL)
    g_clear_signal_handler (&self->currency_changed_id, self->settings);
  if (self->settings != NULL)
    g_clear_signal_handler (&self->feed_changed_id, self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), DAFTAR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (daftar_preferences_window_parent_class)->dispose (object);
}

static void
daftar_preferences_window_class_init (DaftarPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = daftar_preferences_window_constructed;
  object_class->dispose = daftar_preferences_window_dispose;

  daftar_context_install_property (object_class, G_STRUCT_OFFSET (DaftarPreferencesWindow, context), -1);

  gtk_widget_class_install_action (widget_class, "prefs.set-home-currency", "s",
                                   set_home_currency_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/daftar-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, unsaved_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, general_page);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, money_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, language_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, currency_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, currency_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, currency_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, feed_group);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, feed_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, feed_error);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, latin_digits_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, latin_digits_switch);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, persian_calendar_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, arabic_calendar_row);
  gtk_widget_class_bind_template_child (widget_class, DaftarPreferencesWindow, tools_page);
  gtk_widget_class_bind_template_callback (widget_class, currency_row_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, feed_row_applied_cb);
}

static void
daftar_preferences_window_init (DaftarPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
