/* test-fill.c — what the sample month and the demo ledger share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-fill.h"
#include "daftar-test-util.h"

/* A new ledger in a temporary folder */
typedef DaftarTestLedger Fixture;

static DaftarTool *
find_tool (DaftarStore *store,
           const char  *name)
{
  g_autoptr(GPtrArray) tools = daftar_store_list_tools (store, TRUE, NULL);

  g_assert_nonnull (tools);
  for (guint i = 0; i < tools->len; i++)
    {
      DaftarTool *tool = g_ptr_array_index (tools, i);

      if (g_str_equal (tool->name, name))
        return g_ptr_array_steal_index (tools, i);
    }
  return NULL;
}

static void
test_project_draft (void)
{
  const DaftarFillProject hourly = { "Evaluation", NULL, "outlier", DAFTAR_CATEGORY_AI_TRAINING,
                                     DAFTAR_PRICING_HOURLY, "USD", 4000, 0 };
  const DaftarFillProject fixed = { "Logo", "Nakhla", "fiverr", DAFTAR_CATEGORY_GRAPHIC_DESIGN,
                                    DAFTAR_PRICING_FIXED, "EUR", 0, 30000 };
  DaftarProjectDraft draft = { .specialty = "left over" };

  daftar_fill_project_draft (&hourly, &draft);
  g_assert_cmpstr (draft.name, ==, "Evaluation");
  g_assert_null (draft.client);
  g_assert_cmpstr (draft.platform, ==, "outlier");
  g_assert_cmpint (draft.category, ==, DAFTAR_CATEGORY_AI_TRAINING);
  g_assert_cmpint (draft.pricing, ==, DAFTAR_PRICING_HOURLY);
  g_assert_cmpstr (draft.currency, ==, "USD");
  g_assert_true (draft.has_rate);
  g_assert_cmpint (draft.rate_minor, ==, 4000);
  g_assert_false (draft.has_price);
  g_assert_null (draft.specialty);

  daftar_fill_project_draft (&fixed, &draft);
  g_assert_cmpstr (draft.client, ==, "Nakhla");
  g_assert_false (draft.has_rate);
  g_assert_true (draft.has_price);
  g_assert_cmpint (draft.price_minor, ==, 30000);
}

/* An edited catalog: a missing tool comes back with its price, one there without a
 * price gets it, the user's price stays, a name twice is added once. */
static void
test_tools (Fixture       *f,
            gconstpointer  data)
{
  const DaftarFillTool tools[] = {
    { "Made-up Writer", 1500 }, { "Claude", 0 }, { "Made-up Helper", 0 },
    { "ChatGPT", 2000 }, { "Midjourney", 1000 }, { "Made-up Writer", 0 },
  };
  DaftarMoney own = { .minor = 900, .currency = "EUR" };
  g_autoptr(DaftarTool) midjourney = find_tool (f->store, "Midjourney");
  g_autoptr(DaftarTool) writer = NULL;
  g_autoptr(DaftarTool) helper = NULL;
  g_autoptr(DaftarTool) chatgpt = NULL;
  g_autoptr(DaftarTool) claude = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (midjourney);
  g_assert_true (daftar_store_update_tool (f->store, midjourney->id, midjourney->name, &own,
                                           midjourney->hidden, &error));
  g_assert_no_error (error);
  g_clear_pointer (&midjourney, daftar_tool_free);
  before = daftar_store_list_tools (f->store, TRUE, &error);
  g_assert_no_error (error);

  g_assert_true (daftar_fill_tools (f->store, tools, G_N_ELEMENTS (tools), &error));
  g_assert_no_error (error);

  after = daftar_store_list_tools (f->store, TRUE, &error);
  g_assert_cmpuint (after->len, ==, before->len + 2);
  writer = find_tool (f->store, "Made-up Writer");
  g_assert_true (writer->has_cost);
  g_assert_cmpint (writer->monthly_cost.minor, ==, 1500);
  g_assert_cmpstr (writer->monthly_cost.currency, ==, "USD");
  helper = find_tool (f->store, "Made-up Helper");
  g_assert_false (helper->has_cost);
  g_assert_cmpint (helper->id, >, writer->id);
  chatgpt = find_tool (f->store, "ChatGPT");
  g_assert_true (chatgpt->has_cost);
  g_assert_cmpint (chatgpt->monthly_cost.minor, ==, 2000);
  claude = find_tool (f->store, "Claude");
  g_assert_false (claude->has_cost);
  midjourney = find_tool (f->store, "Midjourney");
  g_assert_cmpint (midjourney->monthly_cost.minor, ==, 900);
  g_assert_cmpstr (midjourney->monthly_cost.currency, ==, "EUR");
}

static gboolean
add_project (gpointer   data,
             GError   **error)
{
  const DaftarFillProject project = { "Evaluation", NULL, "outlier", DAFTAR_CATEGORY_AI_TRAINING,
                                      DAFTAR_PRICING_HOURLY, "USD", 4000, 0 };
  DaftarProjectDraft draft;

  daftar_fill_project_draft (&project, &draft);
  return daftar_store_add_project (data, &draft, NULL, error);
}

static gboolean
add_project_then_fail (gpointer   data,
                       GError   **error)
{
  if (!add_project (data, error))
    return FALSE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Stopped.");
  return FALSE;
}

/* A step that fails leaves the ledger as it was; one that goes through is kept. */
static void
test_in_transaction (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = daftar_test_dump_db (f->path);
  g_autofree char *after = NULL;
  gboolean has = TRUE;

  g_assert_true (daftar_fill_has_projects (f->store, &has, &error));
  g_assert_false (has);

  g_assert_false (daftar_fill_in_transaction (f->store, add_project_then_fail, f->store, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
  after = daftar_test_dump_db (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (daftar_fill_has_projects (f->store, &has, &error));
  g_assert_false (has);

  g_assert_true (daftar_fill_in_transaction (f->store, add_project, f->store, &error));
  g_assert_no_error (error);
  g_assert_true (daftar_fill_has_projects (f->store, &has, &error));
  g_assert_true (has);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fill/project-draft", test_project_draft);
  g_test_add ("/fill/tools", Fixture, "sub", daftar_test_ledger_set_up, test_tools,
              daftar_test_ledger_tear_down);
  g_test_add ("/fill/in-transaction", Fixture, "sub", daftar_test_ledger_set_up, test_in_transaction,
              daftar_test_ledger_tear_down);

  return g_test_run ();
}
