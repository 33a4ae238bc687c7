/* daftar-message.c — an error naming a record by its number, in the user's digits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-format"

#include "config.h"

#include "daftar-message.h"

/* Messages from src/core (validation, parsing, fees) put numbers in sentences
 * translated to Persian or Arabic, written with the format the user reads (the
 * caller's own, the store's, or the context's): the daftar_format_*() number
 * functions take %NULL (tests, libraries, a caller with no user) for Latin digits. */

/**
 * daftar_message_set_error_id:
 * @format: (nullable): the format the user reads, or %NULL for Latin digits
 * @message: a translated message with one %s, for the number
 *
 * g_set_error() with a record's number (daftar_format_id()) in the message.
 */
void
daftar_message_set_error_id (DaftarFormat  *format,
                             GError       **error,
                             GQuark         domain,
                             gint           code,
                             const char    *message,
                             gint64         id)
{
  g_autofree char *number = daftar_format_id (format, id);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, domain, code, message, number);
#pragma GCC diagnostic pop
}
