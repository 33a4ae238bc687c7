/* daftar-source-row.h — one source of a figure, as a row of a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "daftar-fee-rules.h"
#include "daftar-format.h"

G_BEGIN_DECLS

/* What a source row shows; all of it may come from a feed. */
typedef struct
{
  DaftarFormat     *format;           /* the page's, for the date */
  const char       *title;            /* nullable: the publisher names it then */
  const char       *publisher;
  const char       *as_of;            /* as the feed gives it, e.g. "2025-06" */
  const char       *body;             /* nullable: what it says, already built */
  DaftarConfidence  confidence;
  gboolean          verified;         /* FALSE: a reported claim nobody could trace */
  const char       *url;              /* nullable: no link */
  int               max_width_chars;  /* of its labels; -1 for none */
} DaftarSourceRowInfo;

GtkWidget *daftar_source_row_new       (const DaftarSourceRowInfo *info);
GtkWidget *daftar_source_row_add_label (GtkBox                    *box,
                                        const char                *text,
                                        const char                *css_class,
                                        int                        max_width_chars);

G_END_DECLS
