/* daftar-import-upwork.c — Upwork's transaction history as payments, fees and costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two generations of header are read by name: the older "Date, Ref ID, Type,
 * Description, Agency, Freelancer, Team, Account Name, PO, Amount, Amount in local
 * currency, Currency, Balance", and 2025's "Date, Transaction ID, Transaction Type,
 * Transaction Summary, …, Ref ID, Amount $, …" with or without "Entered Description".
 *
 * - Hourly, Fixed Price (milestones) and Bonus rows are payments, on a project per
 *   contract: the contract column where there is one, else the description's last
 *   " - " part, the contract's title in Upwork's descriptions.  The client is the team.
 * - A Service Fee row is the platform fee Upwork charged on the payment it refers to
 *   (the 2025 "Ref ID" column, or "Ref ID 123" in an older description), set on that
 *   payment once the whole file is read, since Upwork lists a fee before or after it.
 * - Withdrawal fees, Connects, Membership and Refunds are costs on the day.
 * - Withdrawals move money already counted, and add nothing.
 * A row's key is its own transaction id.
 */
#define G_LOG_DOMAIN "daftar-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-text.h"
#include "daftar-import-private.h"
#include "daftar-money.h"

typedef struct
{
  int         date, id, type, description, entered, ref, amount, currency, team, contract;
  gboolean    dollars;     /* "Amount $" */
  GPtrArray  *fees;        /* (element-type DaftarImportRecord), held to the end */
} Upwork;

static void
fee_free (DaftarImportRecord *fee)
{
  g_free (fee->key);
  g_free ((char *) fee->ref);
  g_free (fee);
}

static void
upwork_free (gpointer data)
{
  Upwork *u = data;

  g_ptr_array_unref (u->fees);
  g_free (u);
}

#define CELL(column) daftar_import_cell (fields, n_fields, u->column)

static const char *const months[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/* "Jan 5, 2024", "January 5, 2024", "2024-01-05" or "01/05/2024". */
static gboolean
parse_date (const char  *text,
            char         out[11],
            GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  guint64 y = 0, m = 0, d = 0;
  GDate date;

  g_strstrip (lower);
  if (g_ascii_isalpha (lower[0]))
    {
      g_auto(GStrv) parts = g_strsplit_set (lower, " ,", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          g_ptr_array_add (words, parts[i]);
      for (guint i = 0; i < G_N_ELEMENTS (months) && words->len == 3; i++)
        if (strncmp (g_ptr_array_index (words, 0), months[i], 3) == 0)
          m = i + 1;
      if (m == 0 ||
          !g_ascii_string_to_unsigned (g_ptr_array_index (words, 1), 10, 1, 31, &d, NULL) ||
          !g_ascii_string_to_unsigned (g_ptr_array_index (words, 2), 10, 1970, 9999, &y, NULL) ||
          !g_date_valid_dmy (d, m, y))
        goto bad;
    }
  else if (strchr (lower, '/') != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (lower, "/", -1);

      if (g_strv_length (parts) != 3 ||
          !g_ascii_string_to_unsigned (parts[0], 10, 1, 12, &m, NULL) ||
          !g_ascii_string_to_unsigned (parts[1], 10, 1, 31, &d, NULL) ||
          !g_ascii_string_to_unsigned (parts[2], 10, 1970, 9999, &y, NULL) ||
          !g_date_valid_dmy (d, m, y))
        goto bad;
    }
  else
    {
      if (!daftar_import_parse_iso_date (lower, &date, NULL))
        goto bad;
      y = g_date_get_year (&date);
      m = g_date_get_month (&date);
      d = g_date_get_day (&date);
    }

  g_snprintf (out, 11, "%04u-%02u-%02u", (guint) y, (guint) m, (guint) d);
  return TRUE;

bad:
  {
    g_autofree char *shown = daftar_text_isolate_n (text, 40);
    g_autofree char *example = daftar_text_isolate ("Jan 5, 2025");

    g_set_error (error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                 _("“%s” is not a date like %s."), shown, example);
  }
  return FALSE;
}

/* The digits after "Ref ID" in an older description. */
static char *
ref_in_description (const char *text)
{
  const char *at = strstr (text, "Ref ID");
  const char *end;

  if (at == NULL)
    return NULL;
  at += strlen ("Ref ID");
  while (*at == ' ' || *at == ':' || *at == '#')
    at++;
  for (end = at; g_ascii_isdigit (*end); end++)
    ;
  return end > at ? g_strndup (at, end - at) : NULL;
}

typedef enum { KIND_PAYMENT, KIND_FEE, KIND_COST, KIND_SKIP, KIND_UNKNOWN } Kind;

static Kind
classify (const char     *type,
          DaftarPricing  *pricing,
          const char    **cost_kind)
{
  g_autofree char *t = g_strstrip (g_ascii_strdown (type, -1));

  *pricing = DAFTAR_PRICING_HOURLY;
  if (g_str_equal (t, "hourly") || g_str_equal (t, "bonus"))
    return KIND_PAYMENT;
  if (g_str_has_prefix (t, "fixed") || g_str_equal (t, "milestone"))
    {
      *pricing = DAFTAR_PRICING_FIXED;
      return KIND_PAYMENT;
    }
  if (g_str_equal (t, "service fee"))
    return KIND_FEE;
  if (g_str_equal (t, "withdrawal fee"))
    return (*cost_kind = "withdrawal"), KIND_COST;
  if (g_str_has_prefix (t, "connects"))
    return (*cost_kind = "connects"), KIND_COST;
  if (g_str_has_prefix (t, "membership"))
    return (*cost_kind = "membership"), KIND_COST;
  if (g_str_equal (t, "refund"))
    return (*cost_kind = "refund"), KIND_COST;
  if (g_str_equal (t, "withdrawal"))
    return KIND_SKIP;
  return KIND_UNKNOWN;
}

/* The contract's title: after the description's last " - ". */
static char *
contract_of (const char *description)
{
  const char *dash = g_strrstr (description, " - ");

  return g_strstrip (g_strdup (dash != NULL ? dash + 3 : description));
}

static gboolean
upwork_row (DaftarImportParser  *parser,
            guint                line,
            char               **fields,
            guint                n_fields,
            GError             **error)
{
  Upwork *u = parser->format_data;
  DaftarImportRecord record = { .line = line, .platform = "upwork" };
  g_autofree char *contract = NULL;
  g_autofree char *note = NULL;
  g_autofree char *key = NULL;
  GError *local_error = NULL;
  const char *description = CELL (description);
  const char *cost_kind = NULL;
  Kind kind = classify (CELL (type), &record.pricing, &cost_kind);

  if (kind == KIND_SKIP)
    return TRUE;
  if (kind == KIND_UNKNOWN)
    {
      g_autofree char *message = g_strdup_printf (_("Upwork rows of type “%s” are not imported."), CELL (type));

      daftar_import_writer_bad_row (parser->writer, line, message);
      return TRUE;
    }

  if (u->dollars || *CELL (currency) == '\0')
    g_strlcpy (record.currency, "USD", sizeof record.currency);
  else if (!daftar_currency_normalize (CELL (currency), record.currency, &local_error))
    goto bad;

  if (!parse_date (CELL (date), record.date, &local_error) ||
      !daftar_import_parse_decimal (CELL (amount), daftar_currency_get_decimals (record.currency), TRUE,
                                    &record.amount_minor, &local_error))
    goto bad;

  if (kind == KIND_PAYMENT && record.amount_minor <= 0)
    {
      g_set_error (&local_error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                   _("A payment of “%s” is not money received."), CELL (amount));
      goto bad;
    }
  record.amount_minor = ABS (record.amount_minor);
  if (record.amount_minor == 0)
    return TRUE;
  record.has_amount = TRUE;

  key = g_strdup (CELL (id));
  g_strstrip (key);
  if (*key == '\0')
    {
      g_free (key);
      key = daftar_import_hash_key (CELL (date), CELL (type), description, CELL (amount), NULL);
    }
  record.key = key;

  note = *CELL (entered) != '\0' ? g_strdup_printf ("%s — %s", description, CELL (entered))
                                 : g_strdup (description);
  record.note = note;
  contract = *CELL (contract) != '\0' ? g_strdup (CELL (contract)) : contract_of (description);
  if (*contract == '\0')
    {
      g_free (contract);
      contract = g_strdup ("Upwork");
    }
  record.project = contract;
  record.client = CELL (team);

  switch (kind)
    {
    case KIND_PAYMENT:
      record.kind = DAFTAR_IMPORT_RECORD_PAYMENT;
      return daftar_import_writer_add (parser->writer, &record, error);

    case KIND_COST:
      record.kind = DAFTAR_IMPORT_RECORD_COST;
      record.cost_kind = cost_kind;
      /* Only a refund belongs to a contract. */
      if (!g_str_equal (cost_kind, "refund"))
        record.project = NULL;
      return daftar_import_writer_add (parser->writer, &record, error);

    case KIND_FEE:
      {
        DaftarImportRecord *fee = g_memdup2 (&record, sizeof record);
        char *ref = *CELL (ref) != '\0' && u->id != u->ref ? g_strstrip (g_strdup (CELL (ref)))
                                                          : ref_in_description (description);

        if (ref == NULL)
          {
            g_free (fee);
            g_set_error_literal (&local_error, DAFTAR_IMPORT_ERROR, DAFTAR_IMPORT_ERROR_MALFORMED,
                                 _("The service fee doesn’t say which payment it was charged on."));
            goto bad;
          }
        fee->kind = DAFTAR_IMPORT_RECORD_FEE;
        fee->key = g_steal_pointer (&key);
        fee->ref = ref;
        fee->note = NULL;
        fee->project = NULL;
        fee->client = NULL;
        g_ptr_array_add (u->fees, fee);
        return TRUE;
      }

    case KIND_SKIP:
    case KIND_UNKNOWN:
    default:
      g_assert_not_reached ();
    }

bad:
  daftar_import_writer_bad_row (parser->writer, line, local_error->message);
  g_error_free (local_error);
  return TRUE;
}

/* Fees last: their payments are all in by now. */
static gboolean
upwork_finish (DaftarImportParser  *parser,
               GError             **error)
{
  Upwork *u = parser->format_data;

  for (guint i = 0; i < u->fees->len; i++)
    if (!daftar_import_writer_add (parser->writer, g_ptr_array_index (u->fees, i), error))
      return FALSE;

  return TRUE;
}

gboolean
daftar_import_upwork_init (DaftarImportParser  *parser,
                           GError             **error)
{
  const DaftarImportHeader *h = parser->header;
  Upwork *u = g_new0 (Upwork, 1);

  u->fees = g_ptr_array_new_with_free_func ((GDestroyNotify) fee_free);
  u->date = daftar_import_header_find (h, "Date");
  u->id = daftar_import_header_find (h, "Transaction ID");
  u->ref = daftar_import_header_find (h, "Ref ID");
  if (u->id < 0)
    u->id = u->ref;
  u->type = daftar_import_header_find (h, "Transaction Type");
  if (u->type < 0)
    u->type = daftar_import_header_find (h, "Type");
  u->description = daftar_import_header_find (h, "Description");
  if (u->description < 0)
    u->description = daftar_import_header_find (h, "Transaction Summary");
  u->entered = daftar_import_header_find (h, "Entered Description");
  u->amount = daftar_import_header_find (h, "Amount $");
  u->dollars = u->amount >= 0;
  if (u->amount < 0)
    u->amount = daftar_import_header_find (h, "Amount");
  u->currency = daftar_import_header_find (h, "Currency");
  u->team = daftar_import_header_find (h, "Team");
  if (u->team < 0)
    u->team = daftar_import_header_find (h, "Client");
  u->contract = daftar_import_header_find (h, "Contract");

  parser->format_data = u;
  parser->free = upwork_free;
  parser->row = upwork_row;
  parser->finish = upwork_finish;
  return TRUE;
}
