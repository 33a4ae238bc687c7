/* daftar-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * JSON holds everything needed to rebuild the ledger. It is written one record
 * at a time, so a million sessions never sit in memory as one tree.
 * CSV is the ledger as one table, one row per session or payment, for
 * spreadsheets.
 */
#define G_LOG_DOMAIN "daftar-export"

#include "config.h"

#include <csv.h>
#include <json-glib/json-glib.h>

#include "daftar-dates.h"
#include "daftar-duration.h"
#include "daftar-export.h"
#include "daftar-json.h"
#include "daftar-store-report.h"

typedef struct
{
  GOutputStream *output;
  GCancellable  *cancellable;
  GError        *error;
  gboolean       first;
  GString       *buffer;
} Writer;

static gboolean
writer_flush (Writer *w)
{
  if (w->error != NULL)
    return FALSE;

  if (!g_output_stream_write_all (w->output, w->buffer->str, w->buffer->len, NULL,
                                  w->cancellable, &w->error))
    return FALSE;

  g_string_truncate (w->buffer, 0);
  return TRUE;
}

static gboolean
writer_maybe_flush (Writer *w)
{
  return w->buffer->len < 64 * 1024 || writer_flush (w);
}

static void
append_node (Writer   *w,
             JsonNode *node)
{
  g_autofree char *text = daftar_json_to_text (node, FALSE);

  if (!w->first)
    g_string_append (w->buffer, ",\n    ");
  g_string_append (w->buffer, text);
  w->first = FALSE;
}

static void
begin_array (Writer     *w,
             const char *name,
             gboolean    first_member)
{
  g_string_append_printf (w->buffer, "%s\n  \"%s\": [\n    ", first_member ? "" : ",", name);
  w->first = TRUE;
}

static void
end_array (Writer *w)
{
  g_string_append (w->buffer, "\n  ]");
}

static gboolean
write_session_json (const DaftarSession *session,
                    gpointer             user_data)
{
  Writer *w = user_data;
  g_autoptr(JsonNode) node = daftar_session_to_json (session);

  append_node (w, node);
  return writer_maybe_flush (w);
}

static JsonNode *
project_fees_to_json (const DaftarProjectFees *fees)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  daftar_json_add_int (b, "project_id", fees->project_id);
  daftar_json_add_fee_terms (b, fees);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/* Exchange rates and projects' own fee terms, so the export rebuilds earnings too. */
static gboolean
append_rates_and_fees (Writer       *w,
                       DaftarStore  *store,
                       GPtrArray    *projects,
                       GError      **error)
{
  g_autoptr(DaftarRateTable) rates = daftar_store_load_rates (store, error);

  if (rates == NULL)
    return FALSE;

  begin_array (w, "exchange_rates", FALSE);
  for (guint i = 0; i < daftar_rate_table_get_n_rates (rates); i++)
    {
      g_autoptr(JsonNode) node = daftar_json_rate (daftar_rate_table_get_rate (rates, i));

      append_node (w, node);
    }
  end_array (w);

  begin_array (w, "project_fees", FALSE);
  for (guint i = 0; i < projects->len; i++)
    {
      const DaftarProject *project = g_ptr_array_index (projects, i);
      g_autoptr(DaftarProjectFees) fees = daftar_store_get_project_fees (store, project->id, error);

      if (fees == NULL)
        return FALSE;

      if (fees->has_contract_ppm || fees->has_override_ppm || fees->withdrawal_rule != NULL)
        {
          g_autoptr(JsonNode) node = project_fees_to_json (fees);

          append_node (w, node);
        }
    }
  end_array (w);

  return TRUE;
}

typedef JsonNode *(*ToJsonFunc) (gconstpointer item);

static void
append_array (Writer     *w,
              const char *name,
              GPtrArray  *items,
              ToJsonFunc  to_json)
{
  begin_array (w, name, FALSE);
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(JsonNode) node = to_json (g_ptr_array_index (items, i));

      append_node (w, node);
    }
  end_array (w);
}

/**
 * daftar_export_json:
 *
 * Writes the whole ledger, format documented in README.md.
 */
gboolean
daftar_export_json (DaftarStore    *store,
                    GOutputStream  *output,
                    GCancellable   *cancellable,
                    GError        **error)
{
  g_autoptr(GPtrArray) platforms = NULL;
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(DaftarTimer) timer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  Writer w = { output, cancellable, NULL, TRUE, g_string_new (NULL) };
  gboolean ok;

  /* One read transaction: the export is a consistent snapshot. */
  if (!daftar_store_begin_read (store, error))
    {
      g_string_free (w.buffer, TRUE);
      return FALSE;
    }

  if (!(platforms = daftar_store_list_platforms (store, error)) ||
      !(projects = daftar_store_list_projects (store, TRUE, error)) ||
      !(tools = daftar_store_list_tools (store, TRUE, error)) ||
      !(payments = daftar_store_list_payments (store, error)))
    goto fail;

  timer = daftar_store_get_timer (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto fail;
    }

  g_string_append_printf (w.buffer,
                          "{\n  \"format\": \"daftar-export\",\n  \"version\": %d,\n"
                          "  \"schema\": %d,\n  \"exported_at\": \"%s\"",
                          DAFTAR_EXPORT_FORMAT_VERSION, daftar_store_get_version (store), stamp);

  append_array (&w, "platforms", platforms, (ToJsonFunc) daftar_platform_to_json);
  append_array (&w, "projects", projects, (ToJsonFunc) daftar_project_to_json);
  append_array (&w, "tools", tools, (ToJsonFunc) daftar_tool_to_json);

  begin_array (&w, "sessions", FALSE);
  if (!daftar_store_foreach_session (store, G_MININT64, G_MAXINT64, write_session_json, &w, error))
    goto fail;
  if (w.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&w.error));
      goto fail;
    }
  end_array (&w);

  append_array (&w, "payments", payments, (ToJsonFunc) daftar_payment_to_json);
  if (!append_rates_and_fees (&w, store, projects, error))
    goto fail;

  g_string_append (w.buffer, ",\n  \"timer\": ");
  if (timer != NULL)
    {
      g_autoptr(JsonNode) node = daftar_timer_to_json (timer);
      g_autofree char *text = daftar_json_to_text (node, FALSE);

      g_string_append (w.buffer, text);
    }
  else
    g_string_append (w.buffer, "null");
  g_string_append (w.buffer, "\n}\n");

  ok = writer_flush (&w);
  daftar_store_rollback (store);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&w.error));
  g_string_free (w.buffer, TRUE);
  return ok;

fail:
  daftar_store_rollback (store);
  g_clear_error (&w.error);
  g_string_free (w.buffer, TRUE);
  return FALSE;
}

/* A cell that starts like a formula is shown as text by spreadsheets. */
static void
append_csv_field (GString    *row,
                  const char *text,
                  gboolean    user_text)
{
  g_autofree char *guarded = NULL;
  g_autofree char *quoted = NULL;
  size_t len;

  if (text == NULL)
    text = "";

  if (user_text && strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    text = guarded = g_strconcat ("'", text, NULL);

  len = strlen (text);
  quoted = g_malloc (len * 2 + 3);
  len = csv_write (quoted, len * 2 + 3, text, len);

  if (row->len > 0 && row->str[row->len - 1] != '\n')
    g_string_append_c (row, ',');
  g_string_append_len (row, quoted, len);
}

static void
append_csv_money (GString    *row,
                  gboolean    present,
                  gint64      minor,
                  const char *currency)
{
  g_autofree char *text = present ? daftar_json_decimal (minor, currency) : NULL;

  append_csv_field (row, text, FALSE);
}

/* @n columns left empty */
static void
append_csv_empty (GString *row,
                  guint    n)
{
  for (guint i = 0; i < n; i++)
    append_csv_field (row, NULL, FALSE);
}

static void
append_csv_int (GString *row,
                gint64   value)
{
  char text[32];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  append_csv_field (row, text, FALSE);
}

/* The columns every row starts with: kind, id and project. */
static void
append_csv_start (GString    *row,
                  const char *kind,
                  gint64      id,
                  const char *project)
{
  append_csv_field (row, kind, FALSE);
  append_csv_int (row, id);
  append_csv_field (row, project, TRUE);
}

static const char csv_header[] =
  "kind,id,project,client,platform,category,pricing,currency,start,utc_offset,"
  "actual_seconds,paid_seconds,amount,withdrawal_fee,tools,note\n";

static gboolean
write_session_csv (const DaftarSession *s,
                   gpointer             user_data)
{
  Writer *w = user_data;
  g_autofree char *start = daftar_utc_to_iso_local (s->start_utc, s->utc_offset);
  g_autoptr(GString) tools = g_string_new (NULL);

  /* "; " between names; a ';' or a backslash inside a name gets a backslash before it, so the
   * list splits back into the same names whatever they hold. */
  for (guint i = 0; i < s->tools->len; i++)
    {
      if (i > 0)
        g_string_append (tools, "; ");
      for (const char *c = g_ptr_array_index (s->tools, i); *c != '\0'; c++)
        {
          if (*c == ';' || *c == '\\')
            g_string_append_c (tools, '\\');
          g_string_append_c (tools, *c);
        }
    }

  append_csv_start (w->buffer, "session", s->id, s->project_name);
  /* Project details follow from the project name; the JSON export has them. */
  append_csv_empty (w->buffer, 4);
  append_csv_field (w->buffer, s->currency, FALSE);
  append_csv_field (w->buffer, start, FALSE);
  append_csv_int (w->buffer, s->utc_offset);
  append_csv_int (w->buffer, s->actual_seconds);
  append_csv_int (w->buffer, s->paid_seconds);
  append_csv_money (w->buffer, s->has_earned, s->earned_minor, s->currency);
  append_csv_empty (w->buffer, 1);
  append_csv_field (w->buffer, tools->str, TRUE);
  append_csv_field (w->buffer, s->note, TRUE);
  g_string_append_c (w->buffer, '\n');

  return writer_maybe_flush (w);
}

/**
 * daftar_export_csv:
 *
 * Writes one header line, then a row per project, session and payment,
 * told apart by the first column.
 */
gboolean
daftar_export_csv (DaftarStore    *store,
                   GOutputStream  *output,
                   GCancellable   *cancellable,
                   GError        **error)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  Writer w = { output, cancellable, NULL, TRUE, g_string_new (csv_header) };
  gboolean ok = FALSE;

  if (!daftar_store_begin_read (store, error))
    {
      g_string_free (w.buffer, TRUE);
      return FALSE;
    }

  if (!(projects = daftar_store_list_projects (store, TRUE, error)) ||
      !(payments = daftar_store_list_payments (store, error)))
    goto out;

  for (guint i = 0; i < projects->len; i++)
    {
      DaftarProject *p = g_ptr_array_index (projects, i);

      append_csv_start (w.buffer, "project", p->id, p->name);
      append_csv_field (w.buffer, p->client, TRUE);
      append_csv_field (w.buffer, p->platform_key, FALSE);
      append_csv_field (w.buffer, daftar_category_to_key (p->category), FALSE);
      append_csv_field (w.buffer, daftar_pricing_to_key (p->pricing), FALSE);
      append_csv_field (w.buffer, p->currency, FALSE);
      append_csv_empty (w.buffer, 4);
      /* The amount of a project is its hourly rate or its fixed price. */
      if (p->pricing == DAFTAR_PRICING_FIXED)
        append_csv_money (w.buffer, p->has_price, p->price_minor, p->currency);
      else
        append_csv_money (w.buffer, p->has_rate, p->rate_minor, p->currency);
      append_csv_empty (w.buffer, 3);
      g_string_append_c (w.buffer, '\n');
    }

  if (!daftar_store_foreach_session (store, G_MININT64, G_MAXINT64, write_session_csv, &w, error))
    goto out;
  if (w.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&w.error));
      goto out;
    }

  for (guint i = 0; i < payments->len; i++)
    {
      DaftarPayment *y = g_ptr_array_index (payments, i);

      append_csv_start (w.buffer, "payment", y->id, y->project_name);
      append_csv_empty (w.buffer, 4);
      append_csv_field (w.buffer, y->amount.currency, FALSE);
      append_csv_field (w.buffer, y->date, FALSE);
      append_csv_empty (w.buffer, 3);
      append_csv_money (w.buffer, TRUE, y->amount.minor, y->amount.currency);
      append_csv_money (w.buffer, TRUE, y->withdrawal_fee_minor, y->amount.currency);
      append_csv_empty (w.buffer, 1);
      append_csv_field (w.buffer, y->note, TRUE);
      g_string_append_c (w.buffer, '\n');
    }

  ok = writer_flush (&w);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&w.error));

out:
  daftar_store_rollback (store);
  g_clear_error (&w.error);
  g_string_free (w.buffer, TRUE);
  return ok;
}
