/* daftar-message.h — numbers inside src/core's messages, in the user's digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-format.h"

G_BEGIN_DECLS

char *daftar_message_integer      (DaftarFormat  *format,
                                   gint64         value);
char *daftar_message_decimal      (DaftarFormat  *format,
                                   gint32         scaled,
                                   int            decimals);
char *daftar_message_percent      (DaftarFormat  *format,
                                   gint64         scaled,
                                   int            decimals);
char *daftar_message_id           (DaftarFormat  *format,
                                   gint64         id);
char *daftar_message_digits       (DaftarFormat  *format,
                                   const char    *text);
void  daftar_message_set_error_id (DaftarFormat  *format,
                                   GError       **error,
                                   GQuark         domain,
                                   gint           code,
                                   const char    *message,
                                   gint64         id);

G_END_DECLS
