/* daftar-plain-text.h — text from the user or a file, shown as it is
 *
 * libadwaita 1.2 reads toast titles, preference-group titles and descriptions
 * and status-page descriptions as Pango markup, with no way to turn it off:
 * a project named “R&D” blanks them and “<span size='xx-large'>” renders.
 * Everything that may carry a name, a note or a file's text goes through
 * these instead of the adw_* setters. (Rows have use-markup, set to FALSE.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *daftar_toast_new_plain                    (const char          *text);
void      daftar_preferences_group_set_plain_title  (AdwPreferencesGroup *group,
                                                     const char          *title);
void      daftar_preferences_group_set_plain_description (AdwPreferencesGroup *group,
                                                          const char          *description);
void      daftar_status_page_set_plain_description  (AdwStatusPage       *page,
                                                     const char          *description);
void      daftar_label_set_sentence                 (GtkLabel            *label,
                                                     const char          *text);

/* Sentences of the interface's language, built from a translated template:
 * whatever their first word, they run in the interface's direction. */
char     *daftar_sentence_take                      (char                *text);
char     *daftar_sentence_printf                    (const char          *format,
                                                     ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
