/* test-domain.c — tests for daftar-domain: the records of the ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-domain"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "daftar-domain.h"

static DaftarSession *
session_new (void)
{
  DaftarSession *session = g_new0 (DaftarSession, 1);

  session->id = 7;
  session->project_id = 2;
  session->project_name = g_strdup ("ترجمه");
  strcpy (session->currency, "USD");
  session->start_utc = 1742536800;
  session->utc_offset = 12600;
  session->actual_seconds = 3600;
  session->paid_seconds = 3000;
  session->note = g_strdup ("draft");
  session->tools = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (session->tools, g_strdup ("ChatGPT"));
  g_ptr_array_add (session->tools, g_strdup ("DeepL"));
  return session;
}

/* Two readings of one session are equal; any field read otherwise is not. */
static void
test_session_equal (void)
{
  g_autoptr(DaftarSession) a = session_new ();
  g_autoptr(DaftarSession) b = session_new ();

  g_assert_true (daftar_session_equal (a, b));

#define DIFFERS(change, undo) \
  G_STMT_START { change; g_assert_false (daftar_session_equal (a, b)); \
                 g_assert_false (daftar_session_equal (b, a)); undo; \
                 g_assert_true (daftar_session_equal (a, b)); } G_STMT_END

  DIFFERS (b->id = 8, b->id = 7);
  DIFFERS (b->project_id = 3, b->project_id = 2);
  DIFFERS (b->start_utc++, b->start_utc--);
  DIFFERS (b->utc_offset = 0, b->utc_offset = 12600);
  DIFFERS (b->actual_seconds++, b->actual_seconds--);
  DIFFERS (b->paid_seconds++, b->paid_seconds--);
  DIFFERS (b->invoiced = TRUE, b->invoiced = FALSE);
  DIFFERS (b->has_earned = TRUE, b->has_earned = FALSE);
  DIFFERS (b->currency[0] = 'E', b->currency[0] = 'U');
  DIFFERS ((g_free (b->note), b->note = g_strdup ("Draft")), (g_free (b->note), b->note = g_strdup ("draft")));
  DIFFERS ((g_free (b->project_name), b->project_name = NULL),
           b->project_name = g_strdup ("ترجمه"));
  DIFFERS (g_ptr_array_remove_index (b->tools, 1), g_ptr_array_add (b->tools, g_strdup ("DeepL")));
  /* The same tools in another order read otherwise in the Log. */
  DIFFERS ((g_ptr_array_remove_index (b->tools, 0), g_ptr_array_add (b->tools, g_strdup ("ChatGPT"))),
           (g_ptr_array_remove_index (b->tools, 0), g_ptr_array_add (b->tools, g_strdup ("DeepL"))));

  /* Earned amounts count only when there is one. */
  a->has_earned = b->has_earned = TRUE;
  DIFFERS (b->earned_minor = 500, b->earned_minor = 0);
  a->has_earned = b->has_earned = FALSE;
  b->earned_minor = 500;
  g_assert_true (daftar_session_equal (a, b));

  /* No tools and an empty list of tools say the same. */
  g_ptr_array_set_size (a->tools, 0);
  g_clear_pointer (&b->tools, g_ptr_array_unref);
  g_assert_true (daftar_session_equal (a, b));
#undef DIFFERS
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/domain/session-equal", test_session_equal);

  return g_test_run ();
}
