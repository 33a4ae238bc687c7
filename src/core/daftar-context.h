/* daftar-context.h — the services the app and the command line share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "daftar-feed.h"
#include "daftar-fee-rules.h"
#include "daftar-format.h"
#include "daftar-guidance.h"
#include "daftar-market.h"
#include "daftar-period.h"
#include "daftar-store.h"
#include "daftar-store-market.h"

G_BEGIN_DECLS

/**
 * DaftarClockFunc:
 * @user_data: what was given with the function
 *
 * Returns: the time now, in seconds since 1970-01-01 UTC
 */
typedef gint64 (*DaftarClockFunc) (gpointer user_data);

#define DAFTAR_TYPE_CONTEXT (daftar_context_get_type ())

G_DECLARE_FINAL_TYPE (DaftarContext, daftar_context, DAFTAR, CONTEXT, GObject)

DaftarContext        *daftar_context_new            (DaftarStore         *store,
                                                     GSettings           *settings);

GParamSpec           *daftar_context_param_spec     (void);
void                  daftar_context_set_from_value (const GValue        *value,
                                                     DaftarContext      **context,
                                                     DaftarStore        **store);
void                  daftar_context_install_property (GObjectClass  *klass,
                                                       goffset        context_offset,
                                                       goffset        store_offset);
void                  daftar_context_install_id_property (GObjectClass *klass,
                                                          guint         prop_id,
                                                          const char   *name,
                                                          goffset       id_offset);

DaftarStore          *daftar_context_get_store      (DaftarContext       *self);
void                  daftar_context_set_store      (DaftarContext       *self,
                                                     DaftarStore         *store);
GSettings            *daftar_context_get_settings   (DaftarContext       *self);

DaftarFormat         *daftar_context_get_format     (DaftarContext       *self);
void                  daftar_context_set_format     (DaftarContext       *self,
                                                     DaftarFormat        *format);
void                  daftar_context_reload_format  (DaftarContext       *self);

const DaftarFeeRules *daftar_context_get_fee_rules  (DaftarContext       *self,
                                                     GError             **error);
const DaftarMarket   *daftar_context_get_market     (DaftarContext       *self,
                                                     DaftarMarketOrigin  *out_origin,
                                                     GError             **error);
DaftarFeed           *daftar_context_get_feed       (DaftarContext       *self);

gint64                daftar_context_now            (DaftarContext       *self);
GDateTime            *daftar_context_now_local      (DaftarContext       *self);
void                  daftar_context_today          (DaftarContext       *self,
                                                     GDate               *out_day);
const DaftarFeeRule  *daftar_context_find_fee_rule  (DaftarContext        *self,
                                                     const DaftarFeeRules *rules,
                                                     const char           *platform,
                                                     DaftarPricing         pricing);
void                  daftar_context_set_clock      (DaftarContext       *self,
                                                     DaftarClockFunc      func,
                                                     gpointer             user_data,
                                                     GDestroyNotify       destroy);

gboolean              daftar_context_resolve_period (DaftarContext       *self,
                                                     DaftarPeriodKind     kind,
                                                     DaftarDay           *out_from,
                                                     DaftarDay           *out_to,
                                                     GError             **error);

DaftarGuidance       *daftar_context_load_guidance  (DaftarContext       *self,
                                                     DaftarDay            from,
                                                     DaftarDay            to,
                                                     const char          *currency,
                                                     DaftarFormat        *format,
                                                     GError             **error);

G_END_DECLS
