/* daftar-form-row.h — the pieces every form's rows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean daftar_form_text_is_blank (const char *text);
void     daftar_form_row_set_error (GtkWidget  *row,
                                    const char *message);

G_END_DECLS
