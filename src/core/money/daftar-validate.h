/* daftar-validate.h — the rules every write to the ledger must pass
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-domain.h"
#include "daftar-format.h"
#include "daftar-validation-error.h"

G_BEGIN_DECLS

/* Limits of the ledger, in one place. */
#define DAFTAR_NAME_MAX_CHARS          200
#define DAFTAR_NOTE_MAX_CHARS          10000
#define DAFTAR_SESSION_MAX_SECONDS     (24 * 3600)
#define DAFTAR_FUTURE_TOLERANCE_SECONDS (24 * 3600)
/* 10^13 minor units: far above any real amount, far below int64 overflow in sums. */
#define DAFTAR_AMOUNT_MAX_MINOR        G_GINT64_CONSTANT (10000000000000)

typedef struct
{
  const char     *name;
  const char     *client;       /* NULL or "" for none */
  const char     *platform;     /* key, name or id, resolved by the store */
  DaftarCategory  category;
  DaftarPricing   pricing;
  const char     *currency;     /* ISO 4217 */
  gboolean        has_rate;
  gint64          rate_minor;
  gboolean        has_price;
  gint64          price_minor;
  const char     *specialty;    /* a specialty key, NULL or "" for none */
} DaftarProjectDraft;

typedef struct
{
  gint64              project_id;
  gint64              start_utc;
  gint32              utc_offset;
  gint64              actual_seconds;
  gboolean            has_paid;       /* FALSE: paid time is the actual time */
  gint64              paid_seconds;
  gboolean            has_earned;
  gint64              earned_minor;
  const char         *note;
  const char * const *tools;          /* NULL-terminated tool names, or NULL */
} DaftarSessionDraft;

typedef struct
{
  gint64      project_id;
  const char *date;                   /* YYYY-MM-DD */
  gint64      amount_minor;
  gint64      withdrawal_fee_minor;
  const char *note;
  gboolean    has_platform_fee;       /* the fee the platform reported it charged */
  gint64      platform_fee_minor;
} DaftarPaymentDraft;

/* What a check found: at most one error per field (the first), in the order found. */
typedef struct _DaftarValidation DaftarValidation;

DaftarValidation *daftar_validation_new        (void);
void              daftar_validation_free       (DaftarValidation      *self);
void              daftar_validation_take_error (DaftarValidation      *self,
                                                GError                *error);
void              daftar_validation_add        (DaftarValidation      *self,
                                                DaftarValidationError  code,
                                                const char            *message);
gboolean          daftar_validation_is_valid   (const DaftarValidation *self);
guint             daftar_validation_get_n_errors (const DaftarValidation *self);
const GError     *daftar_validation_get_error  (const DaftarValidation *self,
                                                guint                  i);
const GError     *daftar_validation_lookup     (const DaftarValidation *self,
                                                GQuark                 domain,
                                                int                    code);
gboolean          daftar_validation_propagate  (const DaftarValidation *self,
                                                GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarValidation, daftar_validation_free)


gboolean daftar_validate_text            (const char          *text,
                                          gboolean             multiline,
                                          guint                max_chars,
                                          DaftarValidationError code,
                                          DaftarFormat        *format,
                                          GError             **error);
gboolean daftar_validate_specialty       (const char          *key,
                                          DaftarCategory       category,
                                          DaftarSpecialty     *out,
                                          GError             **error);
gboolean daftar_validate_project_name    (const char          *name,
                                          DaftarFormat        *format,
                                          GError             **error);
gboolean daftar_validate_client_name     (const char          *name,
                                          DaftarFormat        *format,
                                          GError             **error);
gboolean daftar_validate_tool_name       (const char          *name,
                                          DaftarFormat        *format,
                                          GError             **error);
gboolean daftar_validate_note            (const char          *note,
                                          DaftarFormat        *format,
                                          GError             **error);
gboolean daftar_validate_currency        (const char          *code,
                                          GError             **error);
gboolean daftar_validate_amount          (gint64               minor,
                                          DaftarValidationError code,
                                          GError             **error);
gboolean daftar_validate_project_draft   (const DaftarProjectDraft *draft,
                                          DaftarFormat        *format,
                                          GError             **error);
gboolean daftar_validate_session_draft   (const DaftarSessionDraft *draft,
                                          DaftarPricing        pricing,
                                          gint64               now_utc,
                                          DaftarFormat        *format,
                                          GError             **error);
gboolean daftar_validate_payment_draft   (const DaftarPaymentDraft *draft,
                                          DaftarFormat        *format,
                                          GError             **error);

/* The same rules, reporting every field's error at once. */
gboolean daftar_validate_project_draft_all (const DaftarProjectDraft *draft,
                                            DaftarFormat             *format,
                                            DaftarValidation         *result);
gboolean daftar_validate_session_draft_all (const DaftarSessionDraft *draft,
                                            DaftarPricing             pricing,
                                            gint64                    now_utc,
                                            DaftarFormat             *format,
                                            DaftarValidation         *result);
gboolean daftar_validate_payment_draft_all (const DaftarPaymentDraft *draft,
                                            DaftarFormat             *format,
                                            DaftarValidation         *result);

G_END_DECLS
