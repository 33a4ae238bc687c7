/* daftar-doc.h — pages of a printed document: text, tables and a chart, mirrored in RTL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "daftar-catalog.h"
#include "daftar-chart-draw.h"
#include "daftar-date-format.h"
#include "daftar-day.h"
#include "daftar-format.h"

G_BEGIN_DECLS

#define DAFTAR_DOC_ERROR (daftar_doc_error_quark ())

typedef enum
{
  DAFTAR_DOC_ERROR_LANGUAGE,   /* no such document language */
  DAFTAR_DOC_ERROR_WRITE,      /* the PDF could not be written */
  DAFTAR_DOC_ERROR_CANCELLED,
} DaftarDocError;

typedef enum
{
  DAFTAR_PAPER_A4,
  DAFTAR_PAPER_LETTER,
} DaftarPaper;

typedef enum
{
  DAFTAR_DOC_NORMAL,
  DAFTAR_DOC_SMALL,
  DAFTAR_DOC_BOLD,
  DAFTAR_DOC_HEADING,
  DAFTAR_DOC_TITLE,
} DaftarDocStyle;

/* A table's column: its share of the width, and whether its text sits at the end side
 * (amounts) or the start side (names). */
typedef struct
{
  double   share;
  gboolean end;
} DaftarDocColumn;

typedef struct _DaftarDoc DaftarDoc;

/* Draws the whole document, top to bottom, with the calls below. It runs once to count
 * the pages and again to draw them, and must do the same both times. */
typedef void (*DaftarDocDrawFunc) (DaftarDoc *doc,
                                   gpointer   user_data);

GQuark         daftar_doc_error_quark     (void);

DaftarPaper    daftar_paper_for_locale    (const char    *locale);
void           daftar_paper_get_size      (DaftarPaper    paper,
                                           double        *out_width,
                                           double        *out_height);
gboolean       daftar_doc_language_is_known (const char  *language);
DaftarFormat  *daftar_doc_format_for_language (DaftarFormat *user,
                                           const char    *language);

DaftarDoc     *daftar_doc_new             (const char    *language,
                                           DaftarFormat  *user_format,
                                           DaftarPaper    paper);
void           daftar_doc_free            (DaftarDoc     *doc);
DaftarFormat  *daftar_doc_get_format      (DaftarDoc     *doc);
gboolean       daftar_doc_is_rtl          (DaftarDoc     *doc);
void           daftar_doc_get_size        (DaftarDoc     *doc,
                                           double        *out_width,
                                           double        *out_height);
const char    *daftar_doc_gettext         (DaftarDoc     *doc,
                                           const char    *msgid) G_GNUC_FORMAT (2);
void           daftar_doc_set_footer      (DaftarDoc     *doc,
                                           const char    *text);
void           daftar_doc_set_cancellable (DaftarDoc     *doc,
                                           GCancellable  *cancellable);

/* Output */
gboolean       daftar_doc_write_pdf       (DaftarDoc          *doc,
                                           DaftarDocDrawFunc   draw,
                                           gpointer            user_data,
                                           GOutputStream      *output,
                                           GError            **error);
GBytes        *daftar_doc_to_pdf          (DaftarDoc          *doc,
                                           DaftarDocDrawFunc   draw,
                                           gpointer            user_data,
                                           GError            **error);
guint          daftar_doc_count_pages     (DaftarDoc          *doc,
                                           DaftarDocDrawFunc   draw,
                                           gpointer            user_data);
void           daftar_doc_draw_page       (DaftarDoc          *doc,
                                           DaftarDocDrawFunc   draw,
                                           gpointer            user_data,
                                           cairo_t            *cr,
                                           guint               page);

/* What the draw function calls */
/* Defines a document type's outputs, prefix_write_pdf (), prefix_to_pdf (),
 * prefix_count_pages () and prefix_draw_page (), for a Type whose struct holds its
 * DaftarDoc in ->doc and whose pages @draw lays out. */
#define DAFTAR_DOC_DEFINE_OUTPUT(Type, prefix, draw)                                   \
  gboolean                                                                            \
  prefix##_write_pdf (Type           *self,                                           \
                      GOutputStream  *output,                                         \
                      GError        **error)                                          \
  {                                                                                   \
    return daftar_doc_write_pdf (self->doc, draw, self, output, error);               \
  }                                                                                   \
                                                                                      \
  GBytes *                                                                            \
  prefix##_to_pdf (Type    *self,                                                     \
                   GError **error)                                                    \
  {                                                                                   \
    return daftar_doc_to_pdf (self->doc, draw, self, error);                          \
  }                                                                                   \
                                                                                      \
  guint                                                                               \
  prefix##_count_pages (Type *self)                                                   \
  {                                                                                   \
    return daftar_doc_count_pages (self->doc, draw, self);                            \
  }                                                                                   \
                                                                                      \
  void                                                                                \
  prefix##_draw_page (Type    *self,                                                  \
                      cairo_t *cr,                                                    \
                      guint    page)                                                  \
  {                                                                                   \
    daftar_doc_draw_page (self->doc, draw, self, cr, page);                           \
  }

char          *daftar_doc_day             (DaftarDoc          *doc,
                                           DaftarDay           day,
                                           DaftarDateStyle     style);
char          *daftar_doc_money           (DaftarDoc          *doc,
                                           gint64              minor,
                                           const char         *currency);
gboolean       daftar_doc_is_cancelled    (DaftarDoc          *doc);
void           daftar_doc_paragraph       (DaftarDoc          *doc,
                                           DaftarDocStyle      style,
                                           const char         *text);
void           daftar_doc_side_by_side    (DaftarDoc          *doc,
                                           DaftarDocStyle      style,
                                           const char         *start_text,
                                           const char         *end_text);
void           daftar_doc_space           (DaftarDoc          *doc,
                                           double              points);
void           daftar_doc_table_begin     (DaftarDoc          *doc,
                                           const DaftarDocColumn *columns,
                                           guint               n_columns,
                                           const char * const *header);
void           daftar_doc_table_row       (DaftarDoc          *doc,
                                           DaftarDocStyle      style,
                                           const char * const *cells);
void           daftar_doc_table_end       (DaftarDoc          *doc);
void           daftar_doc_chart           (DaftarDoc          *doc,
                                           const DaftarChartBar *bars,
                                           guint               n_bars,
                                           double              height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarDoc, daftar_doc_free)

G_END_DECLS
