/* daftar-plain-text.c — text from the user or a file, shown as it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "daftar-plain-text.h"

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
