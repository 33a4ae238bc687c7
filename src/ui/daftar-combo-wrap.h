/* daftar-combo-wrap.h — a combo row whose chosen value wraps instead of being cut
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void daftar_combo_row_wrap_values (AdwComboRow *row);

G_END_DECLS
