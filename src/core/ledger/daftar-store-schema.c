/* daftar-store-schema.c — the schema, as forward migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each migration takes the file from version N-1 to N and runs in one transaction
 * with the PRAGMA user_version update. Never edit a migration that has shipped:
 * add the next one.
 */
#define G_LOG_DOMAIN "daftar-store"

#include "config.h"

#include "daftar-store-private.h"

/* Version 1: the ledger. Money columns hold integer minor units of the row's currency.
 * Times are UTC seconds since the epoch plus the offset the user was in. */
static const char migration_1[] =
  "CREATE TABLE platforms ("
  "  id        INTEGER PRIMARY KEY,"
  "  key       TEXT NOT NULL UNIQUE,"
  "  name      TEXT NOT NULL,"
  "  builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))"
  ") STRICT;"

  "CREATE TABLE clients ("
  "  id        INTEGER PRIMARY KEY,"
  "  name      TEXT NOT NULL UNIQUE COLLATE NOCASE"
  ") STRICT;"

  "CREATE TABLE projects ("
  "  id          INTEGER PRIMARY KEY,"
  "  name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (name) > 0),"
  "  client_id   INTEGER REFERENCES clients (id) ON DELETE SET NULL,"
  "  platform_id INTEGER NOT NULL REFERENCES platforms (id) ON DELETE RESTRICT,"
  "  category    TEXT NOT NULL CHECK (category IN ('writing', 'translation', 'graphic-design',"
  "                'web-software', 'data-entry', 'data-science', 'ai-training',"
  "                'prompt-engineering', 'video', 'consulting', 'other')),"
  "  pricing     TEXT NOT NULL CHECK (pricing IN ('hourly', 'fixed', 'per-task')),"
  "  currency    TEXT NOT NULL CHECK (length (currency) = 3),"
  "  rate_minor  INTEGER CHECK (rate_minor >= 0),"
  "  price_minor INTEGER CHECK (price_minor >= 0),"
  "  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
  "  created_utc INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX projects_client ON projects (client_id);"
  "CREATE INDEX projects_platform ON projects (platform_id);"

  "CREATE TABLE sessions ("
  "  id             INTEGER PRIMARY KEY,"
  "  project_id     INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  start_utc      INTEGER NOT NULL CHECK (start_utc >= 0),"
  "  utc_offset     INTEGER NOT NULL CHECK (utc_offset BETWEEN -50400 AND 50400),"
  "  actual_seconds INTEGER NOT NULL CHECK (actual_seconds BETWEEN 1 AND 86400),"
  "  paid_seconds   INTEGER NOT NULL CHECK (paid_seconds BETWEEN 0 AND actual_seconds),"
  "  earned_minor   INTEGER CHECK (earned_minor >= 0),"
  "  note           TEXT NOT NULL DEFAULT ''"
  ") STRICT;"
  /* Covering indexes: a date range, or a project's date range, is summed from the
   * index alone, without touching the table. */
  "CREATE INDEX sessions_by_start ON sessions"
  "  (start_utc, project_id, actual_seconds, paid_seconds);"
  "CREATE INDEX sessions_by_project ON sessions"
  "  (project_id, start_utc, actual_seconds, paid_seconds);"

  "CREATE TABLE tools ("
  "  id                 INTEGER PRIMARY KEY,"
  "  name               TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (name) > 0),"
  "  monthly_cost_minor INTEGER CHECK (monthly_cost_minor >= 0),"
  "  cost_currency      TEXT CHECK (length (cost_currency) = 3),"
  "  builtin            INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),"
  "  hidden             INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),"
  "  CHECK ((monthly_cost_minor IS NULL) = (cost_currency IS NULL))"
  ") STRICT;"

  "CREATE TABLE session_tools ("
  "  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  tool_id    INTEGER NOT NULL REFERENCES tools (id) ON DELETE RESTRICT,"
  "  PRIMARY KEY (session_id, tool_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX session_tools_by_tool ON session_tools (tool_id, session_id);"

  "CREATE TABLE payments ("
  "  id                   INTEGER PRIMARY KEY,"
  "  project_id           INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  received_on          TEXT NOT NULL CHECK (received_on GLOB"
  "                         '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
  "  amount_minor         INTEGER NOT NULL CHECK (amount_minor > 0),"
  "  withdrawal_fee_minor INTEGER NOT NULL DEFAULT 0"
  "                         CHECK (withdrawal_fee_minor BETWEEN 0 AND amount_minor),"
  "  note                 TEXT NOT NULL DEFAULT ''"
  ") STRICT;"
  "CREATE INDEX payments_by_project ON payments (project_id, received_on);"
  "CREATE INDEX payments_by_date ON payments (received_on);"

  /* At most one timer runs; the row exists only while it does. */
  "CREATE TABLE timer ("
  "  id         INTEGER PRIMARY KEY CHECK (id = 1),"
  "  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  start_utc  INTEGER NOT NULL,"
  "  utc_offset INTEGER NOT NULL,"
  "  note       TEXT NOT NULL DEFAULT ''"
  ") STRICT;"

  "INSERT INTO platforms (key, name, builtin) VALUES"
  "  ('upwork', 'Upwork', 1),"
  "  ('fiverr', 'Fiverr', 1),"
  "  ('freelancer', 'Freelancer.com', 1),"
  "  ('peopleperhour', 'PeoplePerHour', 1),"
  "  ('outlier', 'Outlier', 1),"
  "  ('mercor', 'Mercor', 1),"
  "  ('dataannotation', 'DataAnnotation', 1),"
  "  ('remotasks', 'Remotasks', 1),"
  "  ('prolific', 'Prolific', 1),"
  "  ('direct', 'Direct client', 1),"
  "  ('other', 'Other platform', 1);"

  "INSERT INTO tools (name, builtin) VALUES"
  "  ('ChatGPT', 1), ('Claude', 1), ('Gemini', 1), ('GitHub Copilot', 1),"
  "  ('Microsoft Copilot', 1), ('Midjourney', 1), ('DALL·E', 1), ('Grammarly', 1),"
  "  ('DeepL', 1), ('Canva', 1), ('Perplexity', 1), ('Cursor', 1), ('Runway', 1),"
  "  ('ElevenLabs', 1), ('Notion AI', 1);";

/* Version 2: exchange rates with the day they apply to. A rate is the price of
 * one unit of `base` in `quote`, as an integer scaled by 10^8 (no floating
 * point anywhere near money): 1 USD = 0.92 EUR is stored as 92000000. */
static const char migration_2[] =
  "CREATE TABLE exchange_rates ("
  "  id       INTEGER PRIMARY KEY,"
  "  day      TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
  "  base     TEXT NOT NULL CHECK (length (base) = 3),"
  "  quote    TEXT NOT NULL CHECK (length (quote) = 3 AND quote <> base),"
  "  rate_e8  INTEGER NOT NULL CHECK (rate_e8 > 0),"
  "  source   TEXT NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'feed')),"
  "  UNIQUE (base, quote, day, source)"
  ") STRICT;"
  "CREATE INDEX exchange_rates_lookup ON exchange_rates (base, quote, day);";

/* The ids of a session's AI tools, ascending, joined by commas; '' for none. */
#define TOOLS_KEY_OF(session) \
  "coalesce ((SELECT group_concat (tool_id, ',') FROM (SELECT tool_id FROM session_tools" \
  "  WHERE session_id = " session " ORDER BY tool_id)), '')"

/* Version 3: earnings reports.
 *
 * project_fees holds a project's own fee terms: the rate of its contract (for
 * per-contract rules such as Upwork's 0–15%), a flat % that overrides the platform's
 * rules, and the withdrawal rule for payments recorded without a fee.  Rates are parts
 * per million (100000 = 10%); rule ids name rules of data/market/fee-rules.json.
 *
 * Two columns on sessions let a report aggregate straight from one index, in order:
 * local_day (virtual) is the day the session started in its own offset, in days since
 * 1970-01-01, rounding down; tools_key lists its AI tools (kept by the triggers on
 * session_tools), so sessions group by tool set without a join. */
static const char migration_3[] =
  "CREATE TABLE project_fees ("
  "  project_id      INTEGER PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,"
  "  contract_ppm    INTEGER CHECK (contract_ppm BETWEEN 0 AND 1000000),"
  "  override_ppm    INTEGER CHECK (override_ppm BETWEEN 0 AND 1000000),"
  "  withdrawal_rule TEXT CHECK (length (withdrawal_rule) BETWEEN 1 AND 64),"
  "  CHECK (coalesce (contract_ppm, override_ppm, withdrawal_rule) IS NOT NULL)"
  ") STRICT;"

  "ALTER TABLE sessions ADD COLUMN tools_key TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE sessions ADD COLUMN local_day INTEGER"
  "  GENERATED ALWAYS AS ((start_utc + utc_offset + 86400) / 86400 - 1) VIRTUAL;"
  "UPDATE sessions SET tools_key = " TOOLS_KEY_OF ("sessions.id")
  "  WHERE id IN (SELECT session_id FROM session_tools);"

  "CREATE TRIGGER session_tools_key_insert AFTER INSERT ON session_tools BEGIN"
  "  UPDATE sessions SET tools_key = " TOOLS_KEY_OF ("NEW.session_id")
  "    WHERE id = NEW.session_id;"
  "END;"
  "CREATE TRIGGER session_tools_key_delete AFTER DELETE ON session_tools BEGIN"
  "  UPDATE sessions SET tools_key = " TOOLS_KEY_OF ("OLD.session_id")
  "    WHERE id = OLD.session_id;"
  "END;"
  "CREATE TRIGGER session_tools_key_update AFTER UPDATE ON session_tools BEGIN"
  "  UPDATE sessions SET tools_key = " TOOLS_KEY_OF ("OLD.session_id")
  "    WHERE id = OLD.session_id;"
  "  UPDATE sessions SET tools_key = " TOOLS_KEY_OF ("NEW.session_id")
  "    WHERE id = NEW.session_id;"
  "END;"

  /* A report over a range of days by project reads this in order: its GROUP BY
   * (local_day, project_id, tools_key) needs no sorting. */
  "CREATE INDEX sessions_by_day ON sessions"
  "  (local_day, project_id, tools_key, actual_seconds, paid_seconds, earned_minor);";

/* Version 4: market data from the feed.
 *
 * market_dataset holds the one dataset downloaded and validated last, as the JSON it
 * came as, with where and when it came from; without a row the bundled dataset is used.
 * market_refresh records the last attempt, for the UI: when, and the error if it
 * failed.  Feed exchange rates go to exchange_rates with source 'feed', beside the
 * user's own rows, which a refresh never touches. */
static const char migration_4[] =
  "CREATE TABLE market_dataset ("
  "  id          INTEGER PRIMARY KEY CHECK (id = 1),"
  "  json        TEXT NOT NULL,"
  "  url         TEXT NOT NULL,"
  "  publisher   TEXT NOT NULL,"
  "  as_of       TEXT NOT NULL,"
  "  etag        TEXT,"
  "  fetched_utc INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE market_refresh ("
  "  id           INTEGER PRIMARY KEY CHECK (id = 1),"
  "  url          TEXT NOT NULL,"
  "  attempt_utc  INTEGER NOT NULL,"
  "  success_utc  INTEGER,"
  "  error        TEXT"
  ") STRICT;";

/* Version 5: names compared in full Unicode case (daftar-fold.c), not only ASCII's.
 *
 * name_key is the folded name, set by the store with every name; its UNIQUE index
 * makes "Übersetzung" and "ÜBERSETZUNG" one name, as NOCASE did for ASCII only.
 * Names the old rule let in twice keep the first; later ones get their number
 * after them, so nothing is lost and each stays findable. daftar_fold() is the
 * store's own SQL function: the schema never calls it, so any SQLite can read
 * the file. */
#define NAME_KEY(table) \
  "ALTER TABLE " table " ADD COLUMN name_key TEXT NOT NULL DEFAULT '';" \
  "UPDATE " table " SET name = name || ' (' || id || ')' WHERE id NOT IN" \
  "  (SELECT min (id) FROM " table " GROUP BY daftar_fold (name));" \
  "UPDATE " table " SET name_key = daftar_fold (name);" \
  "CREATE UNIQUE INDEX " table "_by_name_key ON " table " (name_key);"

static const char migration_5[] =
  NAME_KEY ("clients")
  NAME_KEY ("projects")
  NAME_KEY ("tools");

/* Version 6: the platform fee a payment was actually charged, when the platform reported
 * it (NULL: work it out by rule), in the payment's currency.  With the withdrawal fee it
 * can't be more than the payment. */
static const char migration_6[] =
  "ALTER TABLE payments ADD COLUMN platform_fee_minor INTEGER"
  "  CHECK (platform_fee_minor BETWEEN 0 AND amount_minor - withdrawal_fee_minor);";

/* Version 7: a project's specialty (issue 13), for comparing it with the market's
 * figures for the same work: NULL for none, and only AI training projects have one. */
static const char migration_7[] =
  "ALTER TABLE projects ADD COLUMN specialty TEXT"
  "  CHECK (specialty IS NULL OR (category = 'ai-training' AND specialty IN"
  "    ('generalist', 'coding', 'stem', 'language', 'professional')));";

/* Version 8: the user's goals (issue 18), one row: a monthly net income and a target
 * effective rate in one currency, and weekly hours.  NULL: no such goal.  In the
 * ledger rather than the app's settings, so that daftar-cli reads and writes them. */
static const char migration_8[] =
  "CREATE TABLE goals ("
  "  id                INTEGER PRIMARY KEY CHECK (id = 1),"
  "  currency          TEXT NOT NULL CHECK (length (currency) = 3),"
  "  monthly_net_minor INTEGER CHECK (monthly_net_minor > 0),"
  "  weekly_seconds    INTEGER CHECK (weekly_seconds BETWEEN 1 AND 604800),"
  "  target_rate_minor INTEGER CHECK (target_rate_minor > 0)"
  ") STRICT;";

/* Version 9: what keeps search and reports quick at a million sessions (issue 17).
 *
 * note_search holds each session's note folded (daftar-fold.c) under the session's
 * id, in an FTS5 trigram index, so a search of three or more characters finds the
 * notes holding it without reading every note. The store writes it with the
 * session (FTS5 can't be written by a trigger without trusting the schema) and
 * leaves out empty notes. Names are matched on their stored keys: those tables
 * are small.
 *
 * day_totals sums the sessions of each (local day, project, tool set), the rows
 * a report reads, kept in step by the triggers below on every write to sessions
 * (tools_key changes through the triggers on session_tools). */
static const char migration_9[] =
  "CREATE VIRTUAL TABLE note_search USING fts5 (note, tokenize = 'trigram case_sensitive 1');"
  "INSERT INTO note_search (rowid, note)"
  "  SELECT id, daftar_fold (note) FROM sessions WHERE note <> '';"

  "CREATE TABLE day_totals ("
  "  local_day      INTEGER NOT NULL,"
  "  project_id     INTEGER NOT NULL,"
  "  tools_key      TEXT NOT NULL,"
  "  n_sessions     INTEGER NOT NULL CHECK (n_sessions > 0),"
  "  actual_seconds INTEGER NOT NULL,"
  "  paid_seconds   INTEGER NOT NULL,"
  "  earned_minor   INTEGER NOT NULL,"
  "  PRIMARY KEY (local_day, project_id, tools_key)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX day_totals_by_project ON day_totals (project_id, local_day);"
  "INSERT INTO day_totals"
  "  SELECT local_day, project_id, tools_key, count (*), sum (actual_seconds),"
  "         sum (paid_seconds), coalesce (sum (earned_minor), 0)"
  "  FROM sessions GROUP BY local_day, project_id, tools_key;"

#define DAY_TOTALS_ADD(row) \
  "  INSERT INTO day_totals VALUES (" row ".local_day, " row ".project_id, " row ".tools_key, 1," \
  "    " row ".actual_seconds, " row ".paid_seconds, coalesce (" row ".earned_minor, 0))" \
  "  ON CONFLICT DO UPDATE SET n_sessions = n_sessions + 1," \
  "    actual_seconds = actual_seconds + excluded.actual_seconds," \
  "    paid_seconds = paid_seconds + excluded.paid_seconds," \
  "    earned_minor = earned_minor + excluded.earned_minor;"
/* The last session of a row takes the row with it; first, so that the row
 * an UPDATE brings down to one stays. */
#define DAY_TOTALS_SUBTRACT(row) \
  "  DELETE FROM day_totals WHERE local_day = " row ".local_day AND project_id = " row ".project_id" \
  "    AND tools_key = " row ".tools_key AND n_sessions = 1;" \
  "  UPDATE day_totals SET n_sessions = n_sessions - 1," \
  "    actual_seconds = actual_seconds - " row ".actual_seconds," \
  "    paid_seconds = paid_seconds - " row ".paid_seconds," \
  "    earned_minor = earned_minor - coalesce (" row ".earned_minor, 0)" \
  "  WHERE local_day = " row ".local_day AND project_id = " row ".project_id" \
  "    AND tools_key = " row ".tools_key;"

  "CREATE TRIGGER day_totals_insert AFTER INSERT ON sessions BEGIN"
  DAY_TOTALS_ADD ("NEW")
  "END;"
  "CREATE TRIGGER day_totals_delete AFTER DELETE ON sessions BEGIN"
  DAY_TOTALS_SUBTRACT ("OLD")
  "END;"
  "CREATE TRIGGER day_totals_update AFTER UPDATE OF project_id, start_utc, utc_offset,"
  "  actual_seconds, paid_seconds, earned_minor, tools_key ON sessions BEGIN"
  DAY_TOTALS_SUBTRACT ("OLD")
  DAY_TOTALS_ADD ("NEW")
  "END;";

/* Version 10: imports (issue 14).  A batch is one file brought in once; import_rows
 * keeps each imported row's stable key (the source's own id, or a hash of its fields)
 * with what it became, so that importing the file again adds nothing and undoing the
 * batch removes exactly what it added.  Rows of kind 'project', 'client' and 'tool'
 * are what the batch created.  A batch of another CSV keeps the mapping of its
 * columns, found again by its header's key.  Costs are money a platform took that
 * belongs to no one payment: withdrawal fees, connects, membership, refunds.  A 'fee'
 * row keeps the payment's platform fee before it was added to (prior_minor), for undo;
 * a 'tool-terms' row an AI tool's monthly cost and hidden flag before a Daftar export
 * set them (prior_text: "minor currency hidden", or "- - hidden" without a cost). */
static const char migration_10[] =
  "CREATE TABLE import_batches ("
  "  id           INTEGER PRIMARY KEY,"
  "  source       TEXT NOT NULL CHECK (source IN ('toggl', 'clockify', 'harvest', 'upwork',"
  "                 'daftar', 'csv')),"
  "  file_name    TEXT NOT NULL,"
  "  imported_utc INTEGER NOT NULL,"
  "  created      INTEGER NOT NULL DEFAULT 0 CHECK (created >= 0),"
  "  matched      INTEGER NOT NULL DEFAULT 0 CHECK (matched >= 0),"
  "  duplicates   INTEGER NOT NULL DEFAULT 0 CHECK (duplicates >= 0),"
  "  refused      INTEGER NOT NULL DEFAULT 0 CHECK (refused >= 0),"
  "  header_key   TEXT,"
  "  mapping      TEXT"
  ") STRICT;"
  "CREATE INDEX import_batches_by_header ON import_batches (header_key);"

  "CREATE TABLE import_rows ("
  "  source    TEXT NOT NULL,"
  "  row_key   TEXT NOT NULL,"
  "  batch_id  INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,"
  /* Not "kind IN (…)": a list of more than two builds a temporary index on each insert. */
  "  kind      TEXT NOT NULL CHECK (kind = 'session' OR kind = 'payment' OR kind = 'fee'"
  "              OR kind = 'cost' OR kind = 'project' OR kind = 'client' OR kind = 'tool'"
  "              OR kind = 'tool-terms' OR kind = 'platform' OR kind = 'rate' OR kind = 'fees'"
  "              OR kind = 'timer'),"
  "  target_id INTEGER NOT NULL,"
  "  prior_minor INTEGER,"
  "  prior_text  TEXT,"
  "  PRIMARY KEY (source, row_key)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX import_rows_by_batch ON import_rows (batch_id, kind);"

  "CREATE TABLE costs ("
  "  id           INTEGER PRIMARY KEY,"
  "  platform_id  INTEGER NOT NULL REFERENCES platforms (id) ON DELETE RESTRICT,"
  "  project_id   INTEGER REFERENCES projects (id) ON DELETE SET NULL,"
  "  kind         TEXT NOT NULL CHECK (kind IN ('withdrawal', 'connects', 'membership', 'refund')),"
  "  day          TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
  "  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),"
  "  currency     TEXT NOT NULL CHECK (length (currency) = 3),"
  "  note         TEXT NOT NULL DEFAULT ''"
  ") STRICT;"
  "CREATE INDEX costs_by_day ON costs (day);";

/* Version 11: invoices (issue 16). An invoice keeps what was sent: its number (unique,
 * never reused: invoices are never deleted), the client, the period, the total in its
 * currency and the SHA-256 of the PDF; invoice_sessions lists the sessions it billed, so
 * billing them again is noticed and the Log marks them. invoice_sequence holds the next
 * number to offer; a number given by hand moves it past itself. */
static const char migration_11[] =
  "CREATE TABLE invoices ("
  "  id          INTEGER PRIMARY KEY,"
  "  number      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (number) BETWEEN 1 AND 64),"
  "  client      TEXT NOT NULL CHECK (length (client) > 0),"
  "  project_id  INTEGER REFERENCES projects (id) ON DELETE SET NULL,"
  "  from_day    TEXT NOT NULL CHECK (from_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
  "  to_day      TEXT NOT NULL CHECK (to_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
  "  issued_on   TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
  "  due_on      TEXT CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),"
  "  currency    TEXT NOT NULL CHECK (length (currency) = 3),"
  "  total_minor INTEGER NOT NULL CHECK (total_minor >= 0),"
  "  pdf_sha256  TEXT NOT NULL CHECK (length (pdf_sha256) = 64),"
  "  created_utc INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE invoice_sessions ("
  "  invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,"
  "  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (session_id, invoice_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX invoice_sessions_by_invoice ON invoice_sessions (invoice_id);"
  "CREATE TABLE invoice_sequence ("
  "  id   INTEGER PRIMARY KEY CHECK (id = 1),"
  "  next INTEGER NOT NULL CHECK (next >= 1)"
  ") STRICT;";

static const DaftarMigration migrations[] = {
  { 1, migration_1 },
  { 2, migration_2 },
  { 3, migration_3 },
  { 4, migration_4 },
  { 5, migration_5 },
  { 6, migration_6 },
  { 7, migration_7 },
  { 8, migration_8 },
  { 9, migration_9 },
  { 10, migration_10 },
  { 11, migration_11 },
};

const DaftarMigration *
daftar_store_get_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
