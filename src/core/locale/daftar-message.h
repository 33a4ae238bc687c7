/* daftar-message.h — numbers inside src/core's messages, in the user's digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-format.h"

G_BEGIN_DECLS

void  daftar_format_set_for_messages (DaftarFormat  *format);
char *daftar_message_integer         (gint64         value);
char *daftar_message_decimal         (gint32         scaled,
                                      int            decimals);
char *daftar_message_percent         (gint64         scaled,
                                      int            decimals);
char *daftar_message_id              (gint64         id);
char *daftar_message_digits          (const char    *text);
void  daftar_message_set_error_id    (GError       **error,
                                      GQuark         domain,
                                      gint           code,
                                      const char    *format,
                                      gint64         id);

G_END_DECLS
