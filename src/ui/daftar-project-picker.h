/* daftar-project-picker.h — the projects a form picks from, as a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-store.h"

G_BEGIN_DECLS

gboolean             daftar_project_picker_fill         (AdwComboRow  *row,
                                                         DaftarStore  *store,
                                                         gint64        keep_id,
                                                         GError      **error);
const DaftarProject *daftar_project_picker_get_selected (AdwComboRow  *row);

G_END_DECLS
