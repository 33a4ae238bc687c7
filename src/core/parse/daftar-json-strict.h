/* daftar-json-strict.h — RFC 8259 JSON and nothing else, checked before json-glib reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "daftar-format.h"

G_BEGIN_DECLS

#define DAFTAR_JSON_ERROR (daftar_json_error_quark ())

typedef enum
{
  DAFTAR_JSON_ERROR_EMPTY,           /* nothing but white space */
  DAFTAR_JSON_ERROR_NUL,             /* a NUL byte */
  DAFTAR_JSON_ERROR_UTF8,            /* bytes that are not UTF-8 */
  DAFTAR_JSON_ERROR_COMMENT,         /* slash-star or slash-slash */
  DAFTAR_JSON_ERROR_SINGLE_QUOTE,    /* 'a string' */
  DAFTAR_JSON_ERROR_BARE_WORD,       /* a word other than true, false, null */
  DAFTAR_JSON_ERROR_UNEXPECTED,      /* any other character out of place */
  DAFTAR_JSON_ERROR_TRAILING_COMMA,  /* [1,] or {"a":1,} */
  DAFTAR_JSON_ERROR_CONTROL,         /* an unescaped control character in a string */
  DAFTAR_JSON_ERROR_ESCAPE,          /* \x, \u12, \u0000 */
  DAFTAR_JSON_ERROR_SURROGATE,       /* \ud800 without its other half */
  DAFTAR_JSON_ERROR_NUMBER,          /* 01, 1., +1, or out of range */
  DAFTAR_JSON_ERROR_DEPTH,           /* nested deeper than DAFTAR_JSON_MAX_DEPTH */
  DAFTAR_JSON_ERROR_END,             /* the text stops before the document does */
  DAFTAR_JSON_ERROR_TRAILING,        /* text after the document */
} DaftarJsonError;

/* The data files nest six deep. */
#define DAFTAR_JSON_MAX_DEPTH 64

GQuark   daftar_json_error_quark  (void);

gboolean daftar_json_check_strict (const char    *data,
                                   gsize          size,
                                   DaftarFormat  *format,
                                   GError       **error);

G_END_DECLS
