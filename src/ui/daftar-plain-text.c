/* daftar-plain-text.c — text from the user or a file, shown as it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-plain-text.h"
#include "daftar-text.h"

static char *
escape (const char *text)
{
  return text != NULL ? g_markup_escape_text (text, -1) : NULL;
}

/* A toast whose title shows @text literally. */
AdwToast *
daftar_toast_new_plain (const char *text)
{
  g_autofree char *escaped = escape (text != NULL ? text : "");

  return adw_toast_new (escaped);
}

void
daftar_preferences_group_set_plain_title (AdwPreferencesGroup *group,
                                          const char          *title)
{
  g_autofree char *escaped = escape (title);

  adw_preferences_group_set_title (group, escaped != NULL ? escaped : "");
}

void
daftar_preferences_group_set_plain_description (AdwPreferencesGroup *group,
                                                const char          *description)
{
  g_autofree char *escaped = escape (description);

  adw_preferences_group_set_description (group, escaped);
}

void
daftar_status_page_set_plain_description (AdwStatusPage *page,
                                          const char    *description)
{
  g_autofree char *escaped = escape (description);

  adw_status_page_set_description (page, escaped);
}

/**
 * daftar_label_set_sentence:
 * @label: a label showing a sentence of the app's own language
 * @text: the sentence, with names and amounts in it
 *
 * Shows @text running in the label's direction, whatever its first word is.
 * Pango takes a paragraph's direction from its first strong character, so a
 * Persian sentence that starts with an amount ("‎$۱٬۸۸۲ از …", ICU puts a
 * left-to-right mark there) or a Latin name would run left to right, its
 * words in reverse order. A leading mark of the label's direction fixes that.
 */
void
daftar_label_set_sentence (GtkLabel   *label,
                           const char *text)
{
  g_autofree char *line = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  line = daftar_text_sentence (text, gtk_widget_get_direction (GTK_WIDGET (label)) == GTK_TEXT_DIR_RTL);
  gtk_label_set_text (label, line);
}

/**
 * daftar_sentence_take:
 * @text: (transfer full): a sentence in the interface's language
 *
 * @text marked to run in the interface's direction (see daftar_text_sentence()),
 * for a label, a row's title or subtitle, or a longer sentence it goes into.
 *
 * Returns: (transfer full): the sentence
 */
char *
daftar_sentence_take (char *text)
{
  char *sentence = daftar_text_sentence (text, gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL);

  g_free (text);
  return sentence;
}

/**
 * daftar_sentence_printf:
 * @format: a translated template, such as “%s · %s” from gettext
 *
 * g_strdup_printf() for the sentences the interface shows: the result runs in
 * the interface's direction whatever its first word, a brand, a name or an
 * amount. Put user text in it isolated (daftar_text_isolate()).
 *
 * Returns: (transfer full): the sentence
 */
char *
daftar_sentence_printf (const char *format,
                        ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  return daftar_sentence_take (text);
}
