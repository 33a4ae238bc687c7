/* daftar-message.h — an error naming a record by its number, in the user's digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-format.h"

G_BEGIN_DECLS

void  daftar_message_set_error_id (DaftarFormat  *format,
                                   GError       **error,
                                   GQuark         domain,
                                   gint           code,
                                   const char    *message,
                                   gint64         id);

G_END_DECLS
