/* daftar-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-validate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "daftar-dates.h"
#include "daftar-format.h"
#include "daftar-text.h"
#include "daftar-validate.h"

struct _DaftarValidation
{
  GPtrArray *errors;    /* GError, at most one per domain and code */
};

/**
 * daftar_validation_new:
 *
 * Returns: (transfer full): an empty result: nothing found wrong yet
 */
DaftarValidation *
daftar_validation_new (void)
{
  DaftarValidation *self = g_new0 (DaftarValidation, 1);

  self->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  return self;
}

void
daftar_validation_free (DaftarValidation *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->errors);
  g_free (self);
}

/**
 * daftar_validation_take_error:
 * @error: (transfer full) (nullable): what is wrong with a field
 *
 * Keeps @error unless its field already has one: the first problem of a field is the
 * one worth telling.
 */
void
daftar_validation_take_error (DaftarValidation *self,
                              GError           *error)
{
  g_return_if_fail (self != NULL);

  if (error == NULL)
    return;

  if (daftar_validation_lookup (self, error->domain, error->code) != NULL)
    g_error_free (error);
  else
    g_ptr_array_add (self->errors, error);
}

void
daftar_validation_add (DaftarValidation      *self,
                       DaftarValidationError  code,
                       const char            *message)
{
  daftar_validation_take_error (self, g_error_new_literal (DAFTAR_VALIDATION_ERROR, code, message));
}

gboolean
daftar_validation_is_valid (const DaftarValidation *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->errors->len == 0;
}

guint
daftar_validation_get_n_errors (const DaftarValidation *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->errors->len;
}

/**
 * daftar_validation_get_error:
 * @i: below daftar_validation_get_n_errors()
 *
 * Returns: (transfer none): the @i-th error, in the order the checks found them
 */
const GError *
daftar_validation_get_error (const DaftarValidation *self,
                             guint                   i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->errors->len, NULL);

  return g_ptr_array_index (self->errors, i);
}

/**
 * daftar_validation_lookup:
 *
 * Returns: (transfer none) (nullable): the error of the field @code names, if any
 */
const GError *
daftar_validation_lookup (const DaftarValidation *self,
                          GQuark                  domain,
                          int                     code)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->errors->len; i++)
    {
      const GError *error = g_ptr_array_index (self->errors, i);

      if (error->domain == domain && error->code == code)
        return error;
    }

  return NULL;
}

/**
 * daftar_validation_propagate:
 *
 * Sets @error to the first error found, for callers that tell one problem at a time.
 *
 * Returns: whether nothing was found wrong
 */
gboolean
daftar_validation_propagate (const DaftarValidation  *self,
                             GError                 **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->errors->len == 0)
    return TRUE;

  g_propagate_error (error, g_error_copy (g_ptr_array_index (self->errors, 0)));
  return FALSE;
}

/* Characters that reorder or hide text: allowed nowhere in what the user names or notes.
 * Plain direction marks (U+200E, U+200F, U+061C) and ZWNJ/ZWJ stay allowed: Persian needs
 * them. */
static gboolean
is_forbidden_char (gunichar c,
                   gboolean multiline)
{
  if (c == '\n' || c == '\t')
    return !multiline;
  if (c < 0x20 || (c >= 0x7f && c < 0xa0))
    return TRUE;
  if (c >= 0x202a && c <= 0x202e)       /* embeddings and overrides */
    return TRUE;
  if (c >= 0x2066 && c <= 0x2069)       /* isolates */
    return TRUE;
  if (c == 0xfeff || c == 0xfffe || c == 0xffff)
    return TRUE;
  return FALSE;
}

/**
 * daftar_validate_text:
 * @text: the text to check
 * @multiline: whether newlines and tabs are allowed
 * @max_chars: the most characters allowed
 * @code: the error code naming the field
 * @format: (nullable): the digits of the error's limit; %NULL for Latin
 *
 * Checks that @text is valid UTF-8, short enough and free of control and
 * direction-override characters. Empty text passes; callers decide whether
 * a field is required.
 */
gboolean
daftar_validate_text (const char            *text,
                      gboolean               multiline,
                      guint                  max_chars,
                      DaftarValidationError  code,
                      DaftarFormat          *format,
                      GError               **error)
{
  guint n = 0;

  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, code,
                           _("The text is not valid UTF-8. Retype it or paste it again."));
      return FALSE;
    }

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_forbidden_char (c, multiline))
        {
          g_set_error (error, DAFTAR_VALIDATION_ERROR, code,
                       /* Translators: %04X is a Unicode code point such as 202E */
                       _("The text contains an invisible control character (U+%04X). Remove it and try again."),
                       c);
          return FALSE;
        }

      if (++n > max_chars)
        {
          g_autofree char *limit = daftar_format_integer (format, max_chars);

          g_set_error (error, DAFTAR_VALIDATION_ERROR, code,
                       g_dngettext (GETTEXT_PACKAGE,
                                    /* Translators: %s is a number, like 300 */
                                    "The text is too long: at most %s character is allowed.",
                                    "The text is too long: at most %s characters are allowed.",
                                    max_chars),
                       limit);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (!g_unichar_isspace (c) && c != 0x200c && c != 0x200e && c != 0x200f)
        return FALSE;
    }

  return TRUE;
}

static gboolean
validate_required_name (const char             *name,
                        DaftarValidationError   code,
                        const char             *empty_message,
                        DaftarFormat           *format,
                        GError                **error)
{
  if (is_blank (name))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, code, empty_message);
      return FALSE;
    }

  return daftar_validate_text (name, FALSE, DAFTAR_NAME_MAX_CHARS, code, format, error);
}

gboolean
daftar_validate_project_name (const char    *name,
                              DaftarFormat  *format,
                              GError       **error)
{
  return validate_required_name (name, DAFTAR_VALIDATION_ERROR_NAME,
                                 _("Enter a name for the project."), format, error);
}

gboolean
daftar_validate_client_name (const char    *name,
                             DaftarFormat  *format,
                             GError       **error)
{
  /* A client is optional, so only its text is checked. */
  return daftar_validate_text (name, FALSE, DAFTAR_NAME_MAX_CHARS,
                               DAFTAR_VALIDATION_ERROR_CLIENT, format, error);
}

gboolean
daftar_validate_tool_name (const char    *name,
                           DaftarFormat  *format,
                           GError       **error)
{
  return validate_required_name (name, DAFTAR_VALIDATION_ERROR_TOOL,
                                 _("Enter a name for the AI tool."), format, error);
}

gboolean
daftar_validate_note (const char    *note,
                      DaftarFormat  *format,
                      GError       **error)
{
  return daftar_validate_text (note, TRUE, DAFTAR_NOTE_MAX_CHARS,
                               DAFTAR_VALIDATION_ERROR_NOTE, format, error);
}

gboolean
daftar_validate_currency (const char  *code,
                          GError     **error)
{
  if (code == NULL || !daftar_currency_is_valid (code))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CURRENCY,
                           _("Choose a currency by its three-letter code, such as USD, EUR or IRR."));
      return FALSE;
    }

  return TRUE;
}

gboolean
daftar_validate_amount (gint64                 minor,
                        DaftarValidationError  code,
                        GError               **error)
{
  if (minor < 0)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, code,
                           _("An amount can’t be negative."));
      return FALSE;
    }

  if (minor > DAFTAR_AMOUNT_MAX_MINOR)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, code,
                           _("The amount is too large."));
      return FALSE;
    }

  return TRUE;
}

/**
 * daftar_validate_specialty:
 * @key: (nullable): a specialty key; %NULL or blank for none
 * @category: the project's category
 * @out: (out) (optional): the specialty, when there is one
 *
 * Returns: %TRUE for none, or a known specialty of a category that has specialties
 */
gboolean
daftar_validate_specialty (const char       *key,
                           DaftarCategory    category,
                           DaftarSpecialty  *out,
                           GError          **error)
{
  g_autofree char *stripped = NULL;
  DaftarSpecialty specialty;

  if (is_blank (key))
    return TRUE;

  stripped = g_strstrip (g_strdup (key));
  if (!daftar_specialty_from_key (stripped, &specialty))
    {
      g_autofree char *shown = daftar_text_isolate_n (key, 64);

      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_SPECIALTY,
                   /* Translators: %s is what was typed; keep the keys in Latin letters. */
                   _("“%s” is not a specialty. Use generalist, coding, stem, language or professional."),
                   shown);
      return FALSE;
    }

  if ((guint) category < DAFTAR_N_CATEGORIES && !daftar_category_has_specialties (category))
    {
      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_SPECIALTY,
                   /* Translators: %s is a category, like "Writing". */
                   _("Projects in %s have no specialty; only AI training projects do."),
                   daftar_category_get_label (category));
      return FALSE;
    }

  if (out != NULL)
    *out = specialty;
  return TRUE;
}

/* Runs a check that reports through a GError into @result. */
static void
collect (DaftarValidation *result,
         gboolean          passed,
         GError           *error)
{
  if (!passed)
    daftar_validation_take_error (result, error);
  else
    g_clear_error (&error);
}

#define COLLECT(result, check) \
  G_STMT_START {                                                \
    GError *collected_ = NULL;                                  \
    gboolean passed_ = (check);                                 \
    collect ((result), passed_, collected_);                    \
  } G_STMT_END
#define ERR (&collected_)

/**
 * daftar_validate_project_draft_all:
 * @result: where every field's error goes
 *
 * Checks everything about a project that can be known without the store:
 * the platform and the uniqueness of the name are the store's to check.
 * A check that depends on another field runs only when that field is sound.
 *
 * Returns: whether @draft passed
 */
gboolean
daftar_validate_project_draft_all (const DaftarProjectDraft *draft,
                                   DaftarFormat             *format,
                                   DaftarValidation         *result)
{
  gboolean pricing_known;

  g_return_val_if_fail (draft != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  COLLECT (result, daftar_validate_project_name (draft->name, format, ERR));
  COLLECT (result, daftar_validate_client_name (draft->client, format, ERR));

  if (is_blank (draft->platform))
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_PLATFORM,
                           _("Choose the platform the project runs on, or “Direct client”."));

  if ((guint) draft->category >= DAFTAR_N_CATEGORIES)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_CATEGORY,
                           _("Choose a category for the project."));

  COLLECT (result, daftar_validate_specialty (draft->specialty, draft->category, NULL, ERR));

  pricing_known = (guint) draft->pricing < DAFTAR_N_PRICINGS;
  if (!pricing_known)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_PRICING,
                           _("Choose how the project is paid: hourly, fixed price or per task."));

  COLLECT (result, daftar_validate_currency (draft->currency, ERR));

  if (draft->pricing == DAFTAR_PRICING_HOURLY && !draft->has_rate)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_RATE,
                           _("An hourly project needs an hourly rate."));

  if (draft->pricing == DAFTAR_PRICING_FIXED && !draft->has_price)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_PRICE,
                           _("A fixed-price project needs its price."));

  if (pricing_known && draft->has_rate && draft->pricing != DAFTAR_PRICING_HOURLY)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_RATE,
                           _("Only hourly projects have an hourly rate."));

  if (pricing_known && draft->has_price && draft->pricing != DAFTAR_PRICING_FIXED)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_PRICE,
                           _("Only fixed-price projects have a price."));

  if (draft->has_rate)
    COLLECT (result, daftar_validate_amount (draft->rate_minor, DAFTAR_VALIDATION_ERROR_RATE, ERR));

  if (draft->has_price)
    COLLECT (result, daftar_validate_amount (draft->price_minor, DAFTAR_VALIDATION_ERROR_PRICE, ERR));

  return daftar_validation_is_valid (result);
}

/**
 * daftar_validate_project_draft:
 *
 * Like daftar_validate_project_draft_all(), telling the first problem only.
 */
gboolean
daftar_validate_project_draft (const DaftarProjectDraft  *draft,
                               DaftarFormat              *format,
                               GError                   **error)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();

  g_return_val_if_fail (draft != NULL, FALSE);

  daftar_validate_project_draft_all (draft, format, result);
  return daftar_validation_propagate (result, error);
}

/**
 * daftar_validate_session_draft_all:
 * @pricing: how the session's project is paid
 * @now_utc: the present, in seconds since the epoch
 * @result: where every field's error goes
 *
 * Returns: whether @draft passed
 */
gboolean
daftar_validate_session_draft_all (const DaftarSessionDraft *draft,
                                   DaftarPricing             pricing,
                                   gint64                    now_utc,
                                   DaftarFormat             *format,
                                   DaftarValidation         *result)
{
  gboolean duration_sound = FALSE;

  g_return_val_if_fail (draft != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (draft->project_id <= 0)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_PROJECT,
                           _("Choose the project you worked on."));

  if (draft->actual_seconds <= 0)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_DURATION,
                           _("The time worked must be longer than zero."));
  else if (draft->actual_seconds > DAFTAR_SESSION_MAX_SECONDS)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_DURATION,
                           _("A session can’t be longer than 24 hours. Log each day as its own session."));
  else
    duration_sound = TRUE;

  if (draft->utc_offset < -14 * 3600 || draft->utc_offset > 14 * 3600)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_START,
                           _("The time zone offset is not valid."));
  else if (draft->start_utc > now_utc + DAFTAR_FUTURE_TOLERANCE_SECONDS)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_START,
                           _("The session starts in the future. Check the date and the start time."));

  /* Before 1970 is a typing mistake, not a session. */
  if (draft->start_utc < 0)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_DATE,
                           _("The date is too far in the past. Check the year."));

  if (draft->has_paid && draft->paid_seconds < 0)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_PAID,
                           _("Paid time can’t be negative."));
  /* Against a time worked that is itself wrong, there is nothing to compare. */
  else if (draft->has_paid && duration_sound && draft->paid_seconds > draft->actual_seconds)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_PAID,
                           _("Paid time can’t be longer than the time you worked."));

  if (draft->has_earned && pricing != DAFTAR_PRICING_PER_TASK)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_EARNED,
                           _("Only per-task projects record an amount earned per session; hourly and fixed-price earnings come from the rate and the payments."));
  else if (draft->has_earned)
    COLLECT (result, daftar_validate_amount (draft->earned_minor, DAFTAR_VALIDATION_ERROR_EARNED, ERR));

  COLLECT (result, daftar_validate_note (draft->note, format, ERR));

  for (guint i = 0; draft->tools != NULL && draft->tools[i] != NULL; i++)
    COLLECT (result, daftar_validate_tool_name (draft->tools[i], format, ERR));

  return daftar_validation_is_valid (result);
}

/**
 * daftar_validate_session_draft:
 *
 * Like daftar_validate_session_draft_all(), telling the first problem only.
 */
gboolean
daftar_validate_session_draft (const DaftarSessionDraft  *draft,
                               DaftarPricing              pricing,
                               gint64                     now_utc,
                               DaftarFormat              *format,
                               GError                   **error)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();

  g_return_val_if_fail (draft != NULL, FALSE);

  daftar_validate_session_draft_all (draft, pricing, now_utc, format, result);
  return daftar_validation_propagate (result, error);
}

/**
 * daftar_validate_payment_draft_all:
 * @result: where every field's error goes
 *
 * Returns: whether @draft passed
 */
gboolean
daftar_validate_payment_draft_all (const DaftarPaymentDraft *draft,
                                   DaftarFormat             *format,
                                   DaftarValidation         *result)
{
  gboolean amount_sound = FALSE;
  gboolean fee_sound = FALSE;
  GDate date;

  g_return_val_if_fail (draft != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (draft->project_id <= 0)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_PROJECT,
                           _("Choose the project the payment is for."));

  if (!daftar_date_parse_iso (draft->date, &date, NULL))
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_DATE,
                           _("Enter the date the payment was received, as YYYY-MM-DD."));
  else
    {
      GDate today;

      daftar_date_today (&today);
      /* A day of slack for time zones ahead of the user's. */
      if (g_date_days_between (&today, &date) > 1)
        daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_DATE,
                               _("The payment date is in the future. Record a payment once it has arrived."));
    }

  if (draft->amount_minor <= 0)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_AMOUNT,
                           _("A payment must be more than zero."));
  else
    {
      GError *error = NULL;

      amount_sound = daftar_validate_amount (draft->amount_minor, DAFTAR_VALIDATION_ERROR_AMOUNT, &error);
      collect (result, amount_sound, error);
    }

  {
    GError *error = NULL;

    fee_sound = daftar_validate_amount (draft->withdrawal_fee_minor, DAFTAR_VALIDATION_ERROR_FEE, &error);
    collect (result, fee_sound, error);
  }

  if (amount_sound && fee_sound && draft->withdrawal_fee_minor > draft->amount_minor)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_FEE,
                           _("The withdrawal fee can’t be more than the payment."));

  if (draft->has_platform_fee)
    COLLECT (result, daftar_validate_amount (draft->platform_fee_minor, DAFTAR_VALIDATION_ERROR_FEE, ERR));

  if (draft->has_platform_fee && amount_sound && fee_sound &&
      draft->platform_fee_minor > draft->amount_minor - draft->withdrawal_fee_minor)
    daftar_validation_add (result, DAFTAR_VALIDATION_ERROR_FEE,
                           _("The platform fee and the withdrawal fee together can’t be more than the payment."));

  COLLECT (result, daftar_validate_note (draft->note, format, ERR));

  return daftar_validation_is_valid (result);
}

/**
 * daftar_validate_payment_draft:
 *
 * Like daftar_validate_payment_draft_all(), telling the first problem only.
 */
gboolean
daftar_validate_payment_draft (const DaftarPaymentDraft  *draft,
                               DaftarFormat              *format,
                               GError                   **error)
{
  g_autoptr(DaftarValidation) result = daftar_validation_new ();

  g_return_val_if_fail (draft != NULL, FALSE);

  daftar_validate_payment_draft_all (draft, format, result);
  return daftar_validation_propagate (result, error);
}
