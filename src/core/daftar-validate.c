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

G_DEFINE_QUARK (daftar-validation-error-quark, daftar_validation_error)

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
          g_autofree char *limit = daftar_message_integer (max_chars);

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
                        GError                **error)
{
  if (is_blank (name))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, code, empty_message);
      return FALSE;
    }

  return daftar_validate_text (name, FALSE, DAFTAR_NAME_MAX_CHARS, code, error);
}

gboolean
daftar_validate_project_name (const char  *name,
                              GError     **error)
{
  return validate_required_name (name, DAFTAR_VALIDATION_ERROR_NAME,
                                 _("Enter a name for the project."), error);
}

gboolean
daftar_validate_client_name (const char  *name,
                             GError     **error)
{
  /* A client is optional, so only its text is checked. */
  return daftar_validate_text (name, FALSE, DAFTAR_NAME_MAX_CHARS,
                               DAFTAR_VALIDATION_ERROR_CLIENT, error);
}

gboolean
daftar_validate_tool_name (const char  *name,
                           GError     **error)
{
  return validate_required_name (name, DAFTAR_VALIDATION_ERROR_TOOL,
                                 _("Enter a name for the AI tool."), error);
}

gboolean
daftar_validate_note (const char  *note,
                      GError     **error)
{
  return daftar_validate_text (note, TRUE, DAFTAR_NOTE_MAX_CHARS,
                               DAFTAR_VALIDATION_ERROR_NOTE, error);
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

/**
 * daftar_validate_project_draft:
 *
 * Checks everything about a project that can be known without the store:
 * the platform and the uniqueness of the name are the store's to check.
 */
gboolean
daftar_validate_project_draft (const DaftarProjectDraft  *draft,
                               GError                   **error)
{
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!daftar_validate_project_name (draft->name, error) ||
      !daftar_validate_client_name (draft->client, error))
    return FALSE;

  if (is_blank (draft->platform))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PLATFORM,
                           _("Choose the platform the project runs on, or “Direct client”."));
      return FALSE;
    }

  if ((guint) draft->category >= DAFTAR_N_CATEGORIES)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CATEGORY,
                           _("Choose a category for the project."));
      return FALSE;
    }

  if (!daftar_validate_specialty (draft->specialty, draft->category, NULL, error))
    return FALSE;

  if ((guint) draft->pricing >= DAFTAR_N_PRICINGS)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PRICING,
                           _("Choose how the project is paid: hourly, fixed price or per task."));
      return FALSE;
    }

  if (!daftar_validate_currency (draft->currency, error))
    return FALSE;

  if (draft->pricing == DAFTAR_PRICING_HOURLY && !draft->has_rate)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_RATE,
                           _("An hourly project needs an hourly rate."));
      return FALSE;
    }

  if (draft->pricing == DAFTAR_PRICING_FIXED && !draft->has_price)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PRICE,
                           _("A fixed-price project needs its price."));
      return FALSE;
    }

  if (draft->has_rate && draft->pricing != DAFTAR_PRICING_HOURLY)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_RATE,
                           _("Only hourly projects have an hourly rate."));
      return FALSE;
    }

  if (draft->has_price && draft->pricing != DAFTAR_PRICING_FIXED)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PRICE,
                           _("Only fixed-price projects have a price."));
      return FALSE;
    }

  if (draft->has_rate && !daftar_validate_amount (draft->rate_minor, DAFTAR_VALIDATION_ERROR_RATE, error))
    return FALSE;

  if (draft->has_price && !daftar_validate_amount (draft->price_minor, DAFTAR_VALIDATION_ERROR_PRICE, error))
    return FALSE;

  return TRUE;
}

/**
 * daftar_validate_session_draft:
 * @pricing: how the session's project is paid
 * @now_utc: the present, in seconds since the epoch
 */
gboolean
daftar_validate_session_draft (const DaftarSessionDraft  *draft,
                               DaftarPricing              pricing,
                               gint64                     now_utc,
                               GError                   **error)
{
  g_return_val_if_fail (draft != NULL, FALSE);

  if (draft->project_id <= 0)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT,
                           _("Choose the project you worked on."));
      return FALSE;
    }

  if (draft->actual_seconds <= 0)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DURATION,
                           _("The time worked must be longer than zero."));
      return FALSE;
    }

  if (draft->actual_seconds > DAFTAR_SESSION_MAX_SECONDS)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DURATION,
                           _("A session can’t be longer than 24 hours. Log each day as its own session."));
      return FALSE;
    }

  if (draft->utc_offset < -14 * 3600 || draft->utc_offset > 14 * 3600)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_START,
                           _("The time zone offset is not valid."));
      return FALSE;
    }

  if (draft->start_utc > now_utc + DAFTAR_FUTURE_TOLERANCE_SECONDS)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_START,
                           _("The session starts in the future. Check the date and the start time."));
      return FALSE;
    }

  /* Before 1970 is a typing mistake, not a session. */
  if (draft->start_utc < 0)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("The date is too far in the past. Check the year."));
      return FALSE;
    }

  if (draft->has_paid)
    {
      if (draft->paid_seconds < 0)
        {
          g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PAID,
                               _("Paid time can’t be negative."));
          return FALSE;
        }

      if (draft->paid_seconds > draft->actual_seconds)
        {
          g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PAID,
                               _("Paid time can’t be longer than the time you worked."));
          return FALSE;
        }
    }

  if (draft->has_earned)
    {
      if (pricing != DAFTAR_PRICING_PER_TASK)
        {
          g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_EARNED,
                               _("Only per-task projects record an amount earned per session; hourly and fixed-price earnings come from the rate and the payments."));
          return FALSE;
        }

      if (!daftar_validate_amount (draft->earned_minor, DAFTAR_VALIDATION_ERROR_EARNED, error))
        return FALSE;
    }

  if (!daftar_validate_note (draft->note, error))
    return FALSE;

  for (guint i = 0; draft->tools != NULL && draft->tools[i] != NULL; i++)
    {
      if (!daftar_validate_tool_name (draft->tools[i], error))
        return FALSE;
    }

  return TRUE;
}

gboolean
daftar_validate_payment_draft (const DaftarPaymentDraft  *draft,
                               GError                   **error)
{
  GDate date;

  g_return_val_if_fail (draft != NULL, FALSE);

  if (draft->project_id <= 0)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PROJECT,
                           _("Choose the project the payment is for."));
      return FALSE;
    }

  if (!daftar_date_parse_iso (draft->date, &date, NULL))
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                           _("Enter the date the payment was received, as YYYY-MM-DD."));
      return FALSE;
    }

  {
    GDate today;

    daftar_date_today (&today);
    /* A day of slack for time zones ahead of the user's. */
    if (g_date_days_between (&today, &date) > 1)
      {
        g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_DATE,
                             _("The payment date is in the future. Record a payment once it has arrived."));
        return FALSE;
      }
  }

  if (draft->amount_minor <= 0)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_AMOUNT,
                           _("A payment must be more than zero."));
      return FALSE;
    }

  if (!daftar_validate_amount (draft->amount_minor, DAFTAR_VALIDATION_ERROR_AMOUNT, error) ||
      !daftar_validate_amount (draft->withdrawal_fee_minor, DAFTAR_VALIDATION_ERROR_FEE, error))
    return FALSE;

  if (draft->withdrawal_fee_minor > draft->amount_minor)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE,
                           _("The withdrawal fee can’t be more than the payment."));
      return FALSE;
    }

  if (draft->has_platform_fee &&
      (!daftar_validate_amount (draft->platform_fee_minor, DAFTAR_VALIDATION_ERROR_FEE, error)))
    return FALSE;

  if (draft->has_platform_fee && draft->platform_fee_minor > draft->amount_minor - draft->withdrawal_fee_minor)
    {
      g_set_error_literal (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_FEE,
                           _("The platform fee and the withdrawal fee together can’t be more than the payment."));
      return FALSE;
    }

  return daftar_validate_note (draft->note, error);
}
