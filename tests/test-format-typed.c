/* test-format-typed.c — entry text in the user's digits, percentages from ICU
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-dates.h"
#include "daftar-duration.h"
#include "daftar-format-typed.h"
#include "daftar-money.h"

#define ALM "\u061C"
#define LRM "\u200E"

static void
test_entry_text (void)
{
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR.UTF-8", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(DaftarFormat) ar = daftar_format_new ("ar_EG.UTF-8", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) fa_latin = daftar_format_new ("fa_IR.UTF-8", DAFTAR_CALENDAR_PERSIAN, TRUE);
  g_autoptr(DaftarFormat) en = daftar_format_new ("en_US.UTF-8", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  struct { DaftarFormat *format; const char *ascii; const char *expected; } cases[] = {
    { fa, "45.00", "۴۵٫۰۰" },
    { fa, "-3.07", "-۳٫۰۷" },
    { fa, "1234", "۱۲۳۴" },
    { fa, "1:30", "۱:۳۰" },
    { ar, "45.00", "٤٥٫٠٠" },
    { ar, "7.5", "٧٫٥" },
    { fa_latin, "45.00", "45.00" },
    { en, "45.00", "45.00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = daftar_format_for_entry (cases[i].format, cases[i].ascii);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* What the app fills in, the parsers read back as it was */
static void
test_entry_round_trip (void)
{
  DaftarFormat *formats[] = {
    daftar_format_new ("fa_IR.UTF-8", DAFTAR_CALENDAR_PERSIAN, FALSE),
    daftar_format_new ("ar_SA.UTF-8", DAFTAR_CALENDAR_ISLAMIC_UMALQURA, FALSE),
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      DaftarMoney money = { .minor = 123450 };
      DaftarMoney back;
      gint64 seconds = 0;
      int hour = 0, minute = 0;
      g_autofree char *ascii = NULL;
      g_autofree char *amount = NULL;
      g_autofree char *clock = NULL;
      g_autofree char *duration = NULL;
      g_autofree char *duration_ascii = daftar_duration_to_string (5400);

      g_strlcpy (money.currency, "USD", sizeof money.currency);
      ascii = daftar_money_to_decimal_string (&money);
      amount = daftar_format_for_entry (formats[i], ascii);
      g_assert_false (g_str_equal (amount, ascii));
      g_assert_true (daftar_money_parse (amount, "USD", DAFTAR_MONEY_PARSE_DEFAULT, &back, NULL, NULL));
      g_assert_cmpint (back.minor, ==, 123450);

      duration = daftar_format_for_entry (formats[i], duration_ascii);
      g_assert_true (daftar_duration_parse (duration, &seconds, NULL, NULL));
      g_assert_cmpint (seconds, ==, 5400);

      clock = daftar_format_for_entry (formats[i], "17:30");
      g_assert_true (daftar_time_parse (clock, &hour, &minute, NULL, NULL));
      g_assert_cmpint (hour, ==, 17);
      g_assert_cmpint (minute, ==, 30);

      daftar_format_unref (formats[i]);
    }
}

static void
test_percent (void)
{
  g_autoptr(DaftarFormat) fa = daftar_format_new ("fa_IR.UTF-8", DAFTAR_CALENDAR_PERSIAN, FALSE);
  g_autoptr(DaftarFormat) ar = daftar_format_new ("ar_EG.UTF-8", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  g_autoptr(DaftarFormat) ar_latin = daftar_format_new ("ar_EG.UTF-8", DAFTAR_CALENDAR_GREGORIAN, TRUE);
  g_autoptr(DaftarFormat) en = daftar_format_new ("en_US.UTF-8", DAFTAR_CALENDAR_GREGORIAN, FALSE);
  struct { DaftarFormat *format; gint64 scaled; int decimals; const char *expected; } cases[] = {
    { fa, 20, 0, "۲۰٪" },
    { fa, 0, 0, "۰٪" },
    { fa, 205000, 4, "۲۰٫۵٪" },
    { ar, 20, 0, "٢٠٪" ALM },
    { ar, 75, 1, "٧٫٥٪" ALM },
    { ar_latin, 20, 0, "20" LRM "%" LRM },
    { en, 1000000, 4, "100%" },
    { en, 1, 4, "0.0001%" },
    { en, -125, 1, "-12.5%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = daftar_format_percent (cases[i].format, cases[i].scaled, cases[i].decimals);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/format-typed/entry", test_entry_text);
  g_test_add_func ("/format-typed/entry-round-trip", test_entry_round_trip);
  g_test_add_func ("/format-typed/percent", test_percent);
  return g_test_run ();
}
