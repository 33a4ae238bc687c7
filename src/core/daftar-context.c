/* daftar-context.c — the services the app and the command line share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One object holds what every view and command needs and what is costly or
 * wrong to have twice: the ledger, the settings, the formatter (ICU's data is
 * loaded once), the bundled fee rules and the market dataset (each parsed
 * once), the one feed that refreshes the market, and the clock, which tests
 * can set. Views get it handed in; nothing looks it up.
 *
 * The market dataset is kept until the ledger's copy of it changes (the feed
 * stored a newer one, here or in another program): then it is parsed again
 * and ::notify::market is emitted.
 */
#define G_LOG_DOMAIN "daftar-context"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-context.h"
#include "daftar-format-settings.h"
#include "daftar-dates.h"
#include "daftar-guidance-load.h"
#include "daftar-store-report.h"
#include "daftar-validate.h"

struct _DaftarContext
{
  GObject             parent_instance;

  DaftarStore        *store;
  gulong              changed_id;
  GSettings          *settings;
  DaftarFormat       *format;         /* built when first asked for */
  DaftarFeeRules     *fee_rules;
  DaftarMarket       *market;
  DaftarMarketOrigin  market_origin;
  char               *market_json;    /* the stored dataset it was read from; NULL: bundled */
  DaftarFeed         *feed;

  DaftarClockFunc     clock;
  gpointer            clock_data;
  GDestroyNotify      clock_destroy;
};

G_DEFINE_FINAL_TYPE (DaftarContext, daftar_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_FORMAT,
  PROP_MARKET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
real_clock (gpointer user_data)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* The ledger's copy of the market dataset, or NULL when it holds none. */
static char *
dup_stored_json (DaftarContext  *self,
                 GError        **error)
{
  g_autoptr(DaftarMarketState) state = NULL;

  if (!(state = daftar_store_get_market_state (self->store, error)))
    return NULL;
  return state->has_dataset ? g_steal_pointer (&state->json) : g_strdup ("");
}

static void
store_changed_cb (DaftarStore   *store,
                  guint          changes,
                  DaftarContext *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  if (!(changes & DAFTAR_STORE_CHANGE_MARKET) || self->market == NULL)
    return;

  /* A refresh that failed, or found nothing new, leaves the dataset alone. */
  if ((json = dup_stored_json (self, &error)) != NULL &&
      g_strcmp0 (json, self->market_json) == 0)
    return;

  g_clear_pointer (&self->market, daftar_market_free);
  g_clear_pointer (&self->market_json, g_free);
  if (json == NULL)
    g_warning ("Reading the market data’s state: %s", error->message);
  else if (!(self->market = daftar_store_load_market (self->store, &self->market_origin, &error)))
    g_warning ("Reading the new market data: %s", error->message);
  else
    self->market_json = g_steal_pointer (&json);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MARKET]);
}

/**
 * daftar_context_new:
 * @store: (nullable): the ledger, or %NULL when it could not be opened (yet)
 * @settings: (nullable): the app's settings, or %NULL when the schema is not installed
 *
 * Returns: (transfer full): a new context
 */
DaftarContext *
daftar_context_new (DaftarStore *store,
                    GSettings   *settings)
{
  g_return_val_if_fail (store == NULL || DAFTAR_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (DAFTAR_TYPE_CONTEXT,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/**
 * daftar_context_param_spec:
 *
 * The "context" property every page, dialog and widget handed the app's context
 * has: the context, with its open ledger, settings, format and clock; readable,
 * given once at construction.
 *
 * Returns: (transfer floating): the property's spec, for the class's properties
 */
GParamSpec *
daftar_context_param_spec (void)
{
  return g_param_spec_object ("context", NULL, NULL, DAFTAR_TYPE_CONTEXT,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

/**
 * daftar_context_set_from_value:
 * @value: the "context" property's value, as set_property gets it
 * @context: (out): where the object keeps its context, held
 * @store: (out) (optional): where it keeps the context's ledger, held, or %NULL
 *
 * What the set_property of an object with daftar_context_param_spec() does.
 */
void
daftar_context_set_from_value (const GValue   *value,
                               DaftarContext **context,
                               DaftarStore   **store)
{
  g_return_if_fail (context != NULL);

  *context = g_value_dup_object (value);
  if (store != NULL)
    *store = g_object_ref (daftar_context_get_store (*context));
}

/* Where an object that installed its properties with daftar_context_install_property()
 * and daftar_context_install_id_property() keeps each: the context (and its ledger,
 * when @store is not -1) or a record's id. */
typedef struct
{
  goffset field;
  goffset store;
} ContextFields;

static GQuark
context_fields_quark (void)
{
  return g_quark_from_static_string ("daftar-context-fields");
}

static void
context_property_get (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  const ContextFields *fields = g_param_spec_get_qdata (pspec, context_fields_quark ());

  if (fields == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64)
    g_value_set_int64 (value, G_STRUCT_MEMBER (gint64, object, fields->field));
  else
    g_value_set_object (value, G_STRUCT_MEMBER (DaftarContext *, object, fields->field));
}

static void
context_property_set (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  const ContextFields *fields = g_param_spec_get_qdata (pspec, context_fields_quark ());

  if (fields == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64)
    G_STRUCT_MEMBER (gint64, object, fields->field) = g_value_get_int64 (value);
  else
    daftar_context_set_from_value (value,
                                   &G_STRUCT_MEMBER (DaftarContext *, object, fields->field),
                                   fields->store < 0 ? NULL : &G_STRUCT_MEMBER (DaftarStore *, object, fields->store));
}

static void
install_field (GObjectClass *klass,
               guint         prop_id,
               GParamSpec   *pspec,
               goffset       field_offset,
               goffset       store_offset)
{
  /* Held by the spec, which lives as long as the class: never freed. */
  ContextFields *fields = g_new (ContextFields, 1);

  fields->field = field_offset;
  fields->store = store_offset;
  g_param_spec_set_qdata_full (pspec, context_fields_quark (), fields, g_free);

  klass->get_property = context_property_get;
  klass->set_property = context_property_set;
  g_object_class_install_property (klass, prop_id, pspec);
}

/**
 * daftar_context_install_property:
 * @klass: the class of an object handed the context
 * @context_offset: where an instance keeps its context (`G_STRUCT_OFFSET`)
 * @store_offset: where it keeps the context's ledger, or -1 when it keeps none
 *
 * Installs daftar_context_param_spec() as the class's property 1, with the
 * get_property and set_property that read and fill those two fields, so that a
 * page or dialog handed the context writes no accessors of its own. The class's
 * other properties, if any, are ids installed with
 * daftar_context_install_id_property(). The instance still drops both references
 * in its dispose.
 */
void
daftar_context_install_property (GObjectClass *klass,
                                 goffset       context_offset,
                                 goffset       store_offset)
{
  g_return_if_fail (G_IS_OBJECT_CLASS (klass));
  g_return_if_fail (context_offset >= 0);

  install_field (klass, 1, daftar_context_param_spec (), context_offset, store_offset);
}

/**
 * daftar_context_install_id_property:
 * @klass: a class that installed its context with daftar_context_install_property()
 * @prop_id: the property's id, 2 and up
 * @name: (not nullable): the property's name, a static string such as "project-id"
 * @id_offset: where an instance keeps the id (a `gint64`, `G_STRUCT_OFFSET`)
 *
 * Installs a construct-only, readable record id (0 for none) beside the context:
 * the record a dialog edits or starts from.
 */
void
daftar_context_install_id_property (GObjectClass *klass,
                                    guint         prop_id,
                                    const char   *name,
                                    goffset       id_offset)
{
  g_return_if_fail (G_IS_OBJECT_CLASS (klass));
  g_return_if_fail (prop_id > 1);
  g_return_if_fail (name != NULL);
  g_return_if_fail (id_offset >= 0);

  install_field (klass, prop_id,
                 g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                                     G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS),
                 id_offset, -1);
}

/**
 * daftar_context_get_store:
 *
 * Returns: (transfer none) (nullable): the ledger, or %NULL when none is open
 */
DaftarStore *
daftar_context_get_store (DaftarContext *self)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), NULL);
  return self->store;
}

/**
 * daftar_context_set_store:
 * @store: the ledger
 *
 * Gives a context made before the ledger was opened (daftar-cli opens it only
 * for the commands that need it) its ledger. A context's ledger is set once.
 */
void
daftar_context_set_store (DaftarContext *self,
                          DaftarStore   *store)
{
  g_return_if_fail (DAFTAR_IS_CONTEXT (self));
  g_return_if_fail (store == NULL || DAFTAR_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (store == NULL || self->store == store)
    return;

  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  /* The store's messages write their numbers as the context does; a format not
   * built yet is handed over when it is. */
  if (self->format != NULL)
    daftar_store_set_format (store, self->format);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * daftar_context_get_settings:
 *
 * Returns: (transfer none) (nullable): the app's settings, or %NULL when its
 *   schema is not installed
 */
GSettings *
daftar_context_get_settings (DaftarContext *self)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), NULL);
  return self->settings;
}

static DaftarFormat *
build_format (GSettings *settings)
{
  return daftar_format_new_for_settings (settings);
}

/**
 * daftar_context_get_format:
 *
 * The one formatter: the language in force, with the digits and calendar the
 * settings choose. It (and ICU's data behind it) is built when first asked
 * for, so that it does not delay the first frame.  The store's messages take
 * their digits from it too (daftar_store_set_format()).
 *
 * Returns: (transfer none): the formatter
 */
DaftarFormat *
daftar_context_get_format (DaftarContext *self)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), NULL);

  if (self->format == NULL)
    {
      self->format = build_format (self->settings);
      if (self->store != NULL)
        daftar_store_set_format (self->store, self->format);
    }
  return self->format;
}

/**
 * daftar_context_set_format:
 * @format: (nullable): the formatter to use; %NULL builds one from the settings
 *
 * Replaces the formatter and emits ::notify::format.
 */
void
daftar_context_set_format (DaftarContext *self,
                           DaftarFormat  *format)
{
  g_return_if_fail (DAFTAR_IS_CONTEXT (self));

  if (format != NULL && format == self->format)
    return;

  if (format != NULL)
    daftar_format_ref (format);
  g_clear_pointer (&self->format, daftar_format_unref);
  self->format = format;
  /* Built again at once for the store's messages: they follow the preferences too. */
  if (self->store != NULL)
    daftar_store_set_format (self->store, daftar_context_get_format (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

/**
 * daftar_context_reload_format:
 *
 * Builds the formatter again from the settings, after the digits or the
 * calendar were changed in the preferences; emits ::notify::format.
 */
void
daftar_context_reload_format (DaftarContext *self)
{
  g_return_if_fail (DAFTAR_IS_CONTEXT (self));

  daftar_context_set_format (self, NULL);
}

/**
 * daftar_context_get_fee_rules:
 *
 * The fee rules Daftar ships, parsed the first time they are asked for.
 *
 * Returns: (transfer none): the rules, or %NULL with @error set
 */
const DaftarFeeRules *
daftar_context_get_fee_rules (DaftarContext  *self,
                              GError        **error)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), NULL);

  if (self->fee_rules == NULL)
    self->fee_rules = daftar_fee_rules_load_default (error);
  return self->fee_rules;
}

/**
 * daftar_context_get_market:
 * @out_origin: (out) (optional): where the dataset came from
 *
 * The market dataset in use (see daftar_store_load_market()), parsed once and
 * kept until the feed stores a newer one. Without a ledger it is the bundled one.
 *
 * Returns: (transfer none): the dataset, or %NULL with @error set
 */
const DaftarMarket *
daftar_context_get_market (DaftarContext       *self,
                           DaftarMarketOrigin  *out_origin,
                           GError             **error)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), NULL);

  if (self->market == NULL)
    {
      g_autofree char *json = NULL;

      if (self->store == NULL)
        {
          if (!(self->market = daftar_market_load_default (error)))
            return NULL;
          self->market_origin = DAFTAR_MARKET_ORIGIN_BUNDLED;
        }
      else
        {
          if (!(json = dup_stored_json (self, error)) ||
              !(self->market = daftar_store_load_market (self->store, &self->market_origin, error)))
            return NULL;
          self->market_json = g_steal_pointer (&json);
        }
    }

  if (out_origin != NULL)
    *out_origin = self->market_origin;
  return self->market;
}

/**
 * daftar_context_get_feed:
 *
 * Returns: (transfer none) (nullable): the one feed that refreshes the market
 *   dataset, or %NULL without a ledger to keep it in
 */
DaftarFeed *
daftar_context_get_feed (DaftarContext *self)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), NULL);

  if (self->feed == NULL && self->store != NULL)
    self->feed = daftar_feed_new (self->store);
  return self->feed;
}

/**
 * daftar_context_now:
 *
 * Returns: the time now, in seconds since 1970-01-01 UTC, on the context's clock
 */
gint64
daftar_context_now (DaftarContext *self)
{
  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), 0);
  return self->clock (self->clock_data);
}

/**
 * daftar_context_now_local:
 *
 * Returns: (transfer full): the time now on the context's clock, in the local time zone
 */
GDateTime *
daftar_context_now_local (DaftarContext *self)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), NULL);

  utc = g_date_time_new_from_unix_utc (daftar_context_now (self));
  return g_date_time_to_local (utc);
}

/**
 * daftar_context_today:
 * @out_day: (out): today, in the local time zone, on the context's clock
 */
void
daftar_context_today (DaftarContext *self,
                      GDate         *out_day)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (DAFTAR_IS_CONTEXT (self));
  g_return_if_fail (out_day != NULL);

  now = daftar_context_now_local (self);
  daftar_date_from_date_time (now, out_day);
}

/**
 * daftar_context_find_fee_rule:
 * @rules: the fee rules (daftar_context_get_fee_rules())
 * @platform: a platform key, like “upwork”
 * @pricing: how the project is paid
 *
 * Returns: (transfer none) (nullable): the platform-fee rule of @rules in force today,
 *   on the context's clock (daftar_fee_rules_find())
 */
const DaftarFeeRule *
daftar_context_find_fee_rule (DaftarContext        *self,
                              const DaftarFeeRules *rules,
                              const char           *platform,
                              DaftarPricing         pricing)
{
  GDate today;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), NULL);

  daftar_context_today (self, &today);
  return daftar_fee_rules_find (rules, platform, pricing, daftar_day_from_date (&today));
}

/**
 * daftar_context_set_clock:
 * @func: (nullable): what tells the time; %NULL for the real clock
 * @user_data: for @func
 * @destroy: (nullable): frees @user_data
 *
 * Lets a test choose what time it is.
 */
void
daftar_context_set_clock (DaftarContext   *self,
                          DaftarClockFunc  func,
                          gpointer         user_data,
                          GDestroyNotify   destroy)
{
  g_return_if_fail (DAFTAR_IS_CONTEXT (self));

  if (self->clock_destroy != NULL)
    self->clock_destroy (self->clock_data);

  self->clock = func != NULL ? func : real_clock;
  self->clock_data = func != NULL ? user_data : NULL;
  self->clock_destroy = func != NULL ? destroy : NULL;
}

/**
 * daftar_context_resolve_period:
 * @kind: the period
 * @out_from: (out): its first day
 * @out_to: (out): its last day
 *
 * The days of a period around today, in the calendar and with the first weekday
 * of the context's format; %DAFTAR_PERIOD_ALL runs from the ledger's first work
 * or payment to its last, or is today alone on an empty ledger.
 *
 * Returns: %FALSE with @error set when the ledger can't be read or the period
 *   can't be worked out
 */
gboolean
daftar_context_resolve_period (DaftarContext     *self,
                               DaftarPeriodKind   kind,
                               DaftarDay         *out_from,
                               DaftarDay         *out_to,
                               GError           **error)
{
  DaftarFormat *format;
  GDate today, first, last;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (out_from != NULL && out_to != NULL, FALSE);

  daftar_context_today (self, &today);

  if (kind == DAFTAR_PERIOD_ALL)
    {
      gboolean any;

      g_return_val_if_fail (self->store != NULL, FALSE);

      if (!daftar_store_get_activity_range (self->store, &any, out_from, out_to, error))
        return FALSE;
      if (!any)
        *out_from = *out_to = daftar_day_from_date (&today);
      return TRUE;
    }

  format = daftar_context_get_format (self);
  if (!daftar_period_resolve (kind, daftar_format_get_calendar (format),
                              daftar_format_get_locale (format), &today, &first, &last))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("That period can’t be worked out for today’s date."));
      return FALSE;
    }

  *out_from = daftar_day_from_date (&first);
  *out_to = daftar_day_from_date (&last);
  return TRUE;
}

/**
 * daftar_context_load_guidance:
 * @format: (nullable): how figures are written in the cards; %NULL: the context's
 *
 * daftar_guidance_load() with the context's ledger, market dataset, fee rules and
 * today; see daftar_store_load_guidance().
 *
 * Returns: (transfer full): the cards, or %NULL with @error set
 */
DaftarGuidance *
daftar_context_load_guidance (DaftarContext  *self,
                              DaftarDay       from,
                              DaftarDay       to,
                              const char     *currency,
                              DaftarFormat   *format,
                              GError        **error)
{
  const DaftarMarket *market;
  const DaftarFeeRules *rules;
  GDate today;

  g_return_val_if_fail (DAFTAR_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  if (!(market = daftar_context_get_market (self, NULL, error)) ||
      !(rules = daftar_context_get_fee_rules (self, error)))
    return NULL;

  daftar_context_today (self, &today);
  return daftar_guidance_load (self->store, market, rules, &today, from, to, currency,
                               format != NULL ? format : daftar_context_get_format (self), error);
}

static void
daftar_context_dispose (GObject *object)
{
  DaftarContext *self = (DaftarContext *)object;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->feed);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (daftar_context_parent_class)->dispose (object);
}

static void
daftar_context_finalize (GObject *object)
{
  DaftarContext *self = (DaftarContext *)object;

  daftar_context_set_clock (self, NULL, NULL, NULL);
  g_clear_pointer (&self->format, daftar_format_unref);
  g_clear_pointer (&self->fee_rules, daftar_fee_rules_free);
  g_clear_pointer (&self->market, daftar_market_free);
  g_clear_pointer (&self->market_json, g_free);

  G_OBJECT_CLASS (daftar_context_parent_class)->finalize (object);
}

static void
daftar_context_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DaftarContext *self = DAFTAR_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_FORMAT:
      g_value_set_pointer (value, daftar_context_get_format (self));
      break;

    case PROP_MARKET:
      g_value_set_pointer (value, self->market);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_context_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DaftarContext *self = DAFTAR_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      daftar_context_set_store (self, g_value_get_object (value));
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daftar_context_class_init (DaftarContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = daftar_context_dispose;
  object_class->finalize = daftar_context_finalize;
  object_class->get_property = daftar_context_get_property;
  object_class->set_property = daftar_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DAFTAR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* A DaftarFormat; notified when the preferences change it. */
  properties[PROP_FORMAT] =
    g_param_spec_pointer ("format", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* A DaftarMarket, or NULL before it was first asked for; notified when the feed
   * stored a newer one. */
  properties[PROP_MARKET] =
    g_param_spec_pointer ("market", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
daftar_context_init (DaftarContext *self)
{
  self->clock = real_clock;
}
