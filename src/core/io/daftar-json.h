/* daftar-json.h — ledger records as locale-independent JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "daftar-domain.h"
#include "daftar-json-write.h"
#include "daftar-rates.h"
#include "daftar-store-fees.h"

G_BEGIN_DECLS

char     *daftar_json_to_text     (JsonNode    *node,
                                   gboolean     pretty);

char     *daftar_json_decimal     (gint64       minor,
                                   const char  *currency);

/* Members shared by every JSON writer */
void      daftar_json_add_money   (JsonBuilder *builder,
                                   const char  *member,
                                   gint64       minor,
                                   const char  *currency);
void      daftar_json_add_money_or_null (JsonBuilder *builder,
                                         const char  *member,
                                         gboolean     has,
                                         gint64       minor,
                                         const char  *currency);
void      daftar_json_add_hours   (JsonBuilder *builder,
                                   const char  *member,
                                   gint64       seconds);
void      daftar_json_add_int_or_null (JsonBuilder *builder,
                                       const char  *member,
                                       gboolean     has,
                                       gint64       value);
void      daftar_json_add_strings (JsonBuilder *builder,
                                   const char  *member,
                                   GPtrArray   *values);

/* A member written straight from a record's field: which JSON value, and where it is. */
typedef enum
{
  DAFTAR_JSON_INT,      /* a gint64 */
  DAFTAR_JSON_TEXT,     /* a char *, "" when NULL */
  DAFTAR_JSON_CHARS,    /* a char array, like a currency code or an ISO day */
  DAFTAR_JSON_STRING,   /* a char *, null when NULL */
  DAFTAR_JSON_BOOLEAN,  /* a gboolean */
  DAFTAR_JSON_MONEY,    /* gint64 minor units, in the currency code at .currency */
  DAFTAR_JSON_STRINGS,  /* a GPtrArray of strings, as an array */
} DaftarJsonKind;

typedef struct
{
  const char     *member;
  DaftarJsonKind  kind;
  gsize           offset;    /* G_STRUCT_OFFSET of the field */
  gsize           currency;  /* DAFTAR_JSON_MONEY: the offset of its currency code */
  gsize           has;       /* the offset of the gboolean that says the value is there (null
                              * when it is not), or 0 when it always is (offset 0 is an id) */
  gboolean        omit;      /* a value that is not there leaves the member out, not null */
} DaftarJsonField;

void      daftar_json_add_fields  (JsonBuilder           *builder,
                                   gconstpointer          record,
                                   const DaftarJsonField *fields,
                                   gsize                  n_fields);
JsonNode *daftar_json_record      (gconstpointer          record,
                                   const DaftarJsonField *fields,
                                   gsize                  n_fields);

void      daftar_json_add_fee_terms (JsonBuilder             *builder,
                                     const DaftarProjectFees *fees);

JsonNode *daftar_platform_to_json (const DaftarPlatform *platform);
JsonNode *daftar_project_to_json  (const DaftarProject  *project);
JsonNode *daftar_session_to_json  (const DaftarSession  *session);
JsonNode *daftar_tool_to_json     (const DaftarTool     *tool);
JsonNode *daftar_payment_to_json  (const DaftarPayment  *payment);
JsonNode *daftar_timer_to_json    (const DaftarTimer    *timer);

JsonNode *daftar_json_rate        (const DaftarExchangeRate *rate);

G_END_DECLS
