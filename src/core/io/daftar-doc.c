/* daftar-doc.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page machinery shared by statements and invoices. The document's own draw
 * function calls paragraph, table and chart functions top to bottom; this file breaks
 * pages, repeats a table's header on the next page, writes "page X of Y" at the foot and
 * mirrors everything when the document's language runs right to left. All text goes
 * through Pango (HarfBuzz shapes Arabic and Persian); cairo only draws rectangles.
 *
 * The draw function runs twice: once without drawing, to count pages, and once for real.
 * Text is measured with unhinted metrics on a context of its own, so the two runs break
 * pages at the same places whatever surface they draw on — a PDF, a printer or the
 * preview's image.
 */
#define G_LOG_DOMAIN "daftar-doc"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "daftar-doc.h"
#include "daftar-money-format.h"
#include "daftar-period.h"

#define MARGIN 48.0
#define FOOTER_HEIGHT 24.0
#define CELL_PAD 4.0
#define FONT_FAMILY "Sans"

struct _DaftarDoc
{
  DaftarCatalog   *catalog;
  DaftarFormat    *format;
  gboolean         rtl;
  double           width;
  double           height;
  char            *footer;
  GCancellable    *cancellable;

  PangoContext    *context;

  /* One run of the draw function */
  cairo_t         *cr;           /* NULL while counting */
  int              target;       /* the one page to draw, or -1 for all */
  gboolean         pdf;          /* a page ends with cairo_show_page() */
  guint            page;         /* 0-based */
  guint            n_pages;      /* from the counting run; 0 before it */
  double           y;

  /* The open table */
  GArray          *columns;      /* DaftarDocColumn */
  GStrv            header;
};

G_DEFINE_QUARK (daftar-doc-error-quark, daftar_doc_error)

/* Paper */

/**
 * daftar_paper_for_locale:
 *
 * Returns: Letter where it is the usual paper (the United States, Canada, Mexico, the
 *   Philippines and a few more), else A4
 */
DaftarPaper
daftar_paper_for_locale (const char *locale)
{
  static const char * const letter[] = { "US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT",
                                         "CR", "PA", "SV", "NI", "DO", "BZ", NULL };
  const char *territory;
  char region[3] = { 0 };

  if (locale == NULL || (territory = strchr (locale, '_')) == NULL)
    return DAFTAR_PAPER_A4;

  memcpy (region, territory + 1, MIN (strlen (territory + 1), 2));
  return g_strv_contains (letter, region) ? DAFTAR_PAPER_LETTER : DAFTAR_PAPER_A4;
}

/* In points */
void
daftar_paper_get_size (DaftarPaper  paper,
                       double      *out_width,
                       double      *out_height)
{
  if (paper == DAFTAR_PAPER_LETTER)
    {
      *out_width = 612;
      *out_height = 792;
    }
  else
    {
      *out_width = 595.276;
      *out_height = 841.89;
    }
}

/* Languages */

gboolean
daftar_doc_language_is_known (const char *language)
{
  return g_strcmp0 (language, "en") == 0 || g_strcmp0 (language, "fa") == 0 ||
         g_strcmp0 (language, "ar") == 0;
}

static gboolean
same_language (const char *locale,
               const char *language)
{
  gsize n = strlen (language);

  return locale != NULL && strncmp (locale, language, n) == 0 &&
         (locale[n] == '\0' || locale[n] == '_' || locale[n] == '.' || locale[n] == '@');
}

/**
 * daftar_doc_format_for_language:
 * @user: the user's own format
 * @language: the document's language
 *
 * Returns: (transfer full): @user when it is for @language, so the document keeps the
 *   user's calendar and digits; else the usual format of @language
 */
DaftarFormat *
daftar_doc_format_for_language (DaftarFormat *user,
                                const char   *language)
{
  const char *locale;

  if (user != NULL && same_language (daftar_format_get_locale (user), language))
    return daftar_format_ref (user);

  locale = g_str_equal (language, "fa") ? "fa_IR"
         : g_str_equal (language, "ar") ? "ar_EG"
         : "en_US";
  return daftar_format_new (locale, daftar_calendar_for_locale (locale), FALSE);
}

/**
 * daftar_doc_new:
 * @language: "en", "fa" or "ar"
 * @user_format: the user's format: the calendar and digits when @language is theirs
 * @paper: the page size
 */
DaftarDoc *
daftar_doc_new (const char   *language,
                DaftarFormat *user_format,
                DaftarPaper   paper)
{
  DaftarDoc *doc = g_new0 (DaftarDoc, 1);
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoFontMap *map = pango_cairo_font_map_get_default ();

  g_return_val_if_fail (daftar_doc_language_is_known (language), NULL);

  doc->catalog = daftar_catalog_new (language);
  doc->format = daftar_doc_format_for_language (user_format, language);
  doc->rtl = !g_str_equal (language, "en");
  daftar_paper_get_size (paper, &doc->width, &doc->height);
  doc->target = -1;

  /* Points, unhinted: the same breaks on every surface. */
  doc->context = pango_font_map_create_context (map);
  pango_cairo_context_set_resolution (doc->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (doc->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (doc->context, FALSE);
  pango_context_set_base_dir (doc->context, doc->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  pango_context_set_language (doc->context, pango_language_from_string (language));

  return doc;
}

void
daftar_doc_free (DaftarDoc *doc)
{
  if (doc == NULL)
    return;

  g_clear_object (&doc->context);
  g_clear_object (&doc->cancellable);
  g_clear_pointer (&doc->catalog, daftar_catalog_free);
  g_clear_pointer (&doc->format, daftar_format_unref);
  g_clear_pointer (&doc->columns, g_array_unref);
  g_clear_pointer (&doc->header, g_strfreev);
  g_free (doc->footer);
  g_free (doc);
}

DaftarFormat *
daftar_doc_get_format (DaftarDoc *doc)
{
  return doc->format;
}

/**
 * daftar_doc_day:
 *
 * Returns: (transfer full): @day in the document's calendar and digits
 */
char *
daftar_doc_day (DaftarDoc       *doc,
                DaftarDay        day,
                DaftarDateStyle  style)
{
  GDate date;

  daftar_day_to_date (day, &date);
  return daftar_format_date (doc->format, &date, style);
}

/**
 * daftar_doc_money:
 *
 * Returns: (transfer full): @minor units of @currency in the document's digits
 */
char *
daftar_doc_money (DaftarDoc  *doc,
                  gint64      minor,
                  const char *currency)
{
  DaftarMoney m = { .minor = minor };

  g_strlcpy (m.currency, currency, sizeof m.currency);
  return daftar_format_money (doc->format, &m);
}

gboolean
daftar_doc_is_rtl (DaftarDoc *doc)
{
  return doc->rtl;
}

/* The page, in points */
void
daftar_doc_get_size (DaftarDoc *doc,
                     double    *out_width,
                     double    *out_height)
{
  *out_width = doc->width;
  *out_height = doc->height;
}

/**
 * daftar_doc_gettext:
 * @msgid: marked with N_()
 *
 * Returns: @msgid in the document's language
 */
const char *
daftar_doc_gettext (DaftarDoc  *doc,
                    const char *msgid)
{
  return daftar_catalog_gettext (doc->catalog, msgid);
}

/* The text at the start side of every page's foot, beside the page number. */
void
daftar_doc_set_footer (DaftarDoc  *doc,
                       const char *text)
{
  g_free (doc->footer);
  doc->footer = g_strdup (text);
}

void
daftar_doc_set_cancellable (DaftarDoc    *doc,
                            GCancellable *cancellable)
{
  g_set_object (&doc->cancellable, cancellable);
}

gboolean
daftar_doc_is_cancelled (DaftarDoc *doc)
{
  return g_cancellable_is_cancelled (doc->cancellable);
}

/* Text */

static double
content_width (DaftarDoc *doc)
{
  return doc->width - 2 * MARGIN;
}

static PangoLayout *
make_layout (DaftarDoc      *doc,
             DaftarDocStyle  style,
             const char     *text,
             double          width,
             gboolean        end)
{
  PangoLayout *layout = pango_layout_new (doc->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);
  PangoAttrList *attrs = pango_attr_list_new ();
  double size = 9.5;

  switch (style)
    {
    case DAFTAR_DOC_SMALL:   size = 7.5; break;
    case DAFTAR_DOC_BOLD:    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD); break;
    case DAFTAR_DOC_HEADING: size = 12; pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD); break;
    case DAFTAR_DOC_TITLE:   size = 18; pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD); break;
    case DAFTAR_DOC_NORMAL:
    default:
      break;
    }
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  /* The document's direction for every paragraph, so that a column's left and right
   * don't depend on the first letter of a name in it. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, (end != doc->rtl) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

/* The page's x of a box @start points from the start side, @width wide. */
static double
box_x (DaftarDoc *doc,
       double     start,
       double     width)
{
  return doc->rtl ? doc->width - MARGIN - start - width : MARGIN + start;
}

static gboolean
drawing (DaftarDoc *doc)
{
  return doc->cr != NULL && (doc->target < 0 || (guint) doc->target == doc->page);
}

/* Saves the state and paints in @grey from here on, or FALSE when this page is not drawn;
 * the caller restores the state after its one mark. */
static gboolean
begin_grey (DaftarDoc *doc,
            double     grey)
{
  if (!drawing (doc))
    return FALSE;

  cairo_save (doc->cr);
  cairo_set_source_rgb (doc->cr, grey, grey, grey);
  return TRUE;
}

static void
show_layout (DaftarDoc   *doc,
             PangoLayout *layout,
             double       x,
             double       y,
             double       grey)
{
  if (!begin_grey (doc, grey))
    return;

  cairo_move_to (doc->cr, x, y);
  pango_cairo_show_layout (doc->cr, layout);
  cairo_restore (doc->cr);
}

static void
fill_rect (DaftarDoc *doc,
           double     x,
           double     y,
           double     width,
           double     height,
           double     grey)
{
  if (!begin_grey (doc, grey))
    return;

  cairo_rectangle (doc->cr, x, y, width, height);
  cairo_fill (doc->cr);
  cairo_restore (doc->cr);
}

/* Pages */

static void
draw_footer (DaftarDoc *doc)
{
  g_autofree char *number = daftar_format_integer (doc->format, doc->page + 1);
  g_autofree char *total = daftar_format_integer (doc->format, MAX (doc->n_pages, doc->page + 1));
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) pages = NULL;
  double y = doc->height - MARGIN + 8;

  /* Translators: at the foot of each page of a statement or an invoice, e.g. "page 2 of 5" */
  text = g_strdup_printf (daftar_doc_gettext (doc, N_("page %s of %s")), number, total);
  pages = make_layout (doc, DAFTAR_DOC_SMALL, text, content_width (doc), TRUE);
  fill_rect (doc, MARGIN, y - 4, content_width (doc), 0.5, 0.7);
  show_layout (doc, pages, MARGIN, y, 0.35);

  if (doc->footer != NULL)
    {
      g_autoptr(PangoLayout) footer = make_layout (doc, DAFTAR_DOC_SMALL, doc->footer,
                                                   content_width (doc) * 0.7, FALSE);

      show_layout (doc, footer, box_x (doc, 0, content_width (doc) * 0.7), y, 0.35);
    }
}

static void draw_table_header (DaftarDoc *doc);

static void
next_page (DaftarDoc *doc)
{
  draw_footer (doc);
  if (doc->cr != NULL && doc->pdf)
    cairo_show_page (doc->cr);
  doc->page++;
  doc->y = MARGIN;
  if (doc->columns != NULL && doc->header != NULL)
    draw_table_header (doc);
}

/* Starts a new page unless @height more fits on this one. */
static void
need (DaftarDoc *doc,
      double     height)
{
  double bottom = doc->height - MARGIN - FOOTER_HEIGHT;

  if (doc->y + height > bottom && doc->y > MARGIN)
    next_page (doc);
}

static void
run (DaftarDoc         *doc,
     DaftarDocDrawFunc  draw,
     gpointer           user_data)
{
  doc->page = 0;
  doc->y = MARGIN;
  g_clear_pointer (&doc->columns, g_array_unref);
  g_clear_pointer (&doc->header, g_strfreev);

  draw (doc, user_data);

  draw_footer (doc);
  if (doc->cr != NULL && doc->pdf)
    cairo_show_page (doc->cr);
  g_clear_pointer (&doc->columns, g_array_unref);
  g_clear_pointer (&doc->header, g_strfreev);
}

/**
 * daftar_doc_count_pages:
 *
 * Returns: how many pages the document takes
 */
guint
daftar_doc_count_pages (DaftarDoc         *doc,
                        DaftarDocDrawFunc  draw,
                        gpointer           user_data)
{
  doc->cr = NULL;
  doc->n_pages = 0;
  run (doc, draw, user_data);
  doc->n_pages = doc->page + 1;
  return doc->n_pages;
}

/**
 * daftar_doc_draw_page:
 * @cr: a page in points, its top-left corner at the origin: a printer's or an image's
 * @page: 0-based
 *
 * Draws one page, for printing and previews.
 */
void
daftar_doc_draw_page (DaftarDoc         *doc,
                      DaftarDocDrawFunc  draw,
                      gpointer           user_data,
                      cairo_t           *cr,
                      guint              page)
{
  if (doc->n_pages == 0)
    daftar_doc_count_pages (doc, draw, user_data);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, doc->width, doc->height);
  cairo_fill (cr);
  cairo_restore (cr);

  doc->cr = cr;
  doc->target = page;
  doc->pdf = FALSE;
  run (doc, draw, user_data);
  doc->cr = NULL;
  doc->target = -1;
}

typedef struct
{
  GOutputStream *output;
  GCancellable  *cancellable;
  GError        *error;
} Writer;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->output, data, length, NULL,
                                  writer->cancellable, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * daftar_doc_write_pdf:
 * @output: where the PDF goes; left open
 *
 * Counts the pages, then draws them all into a PDF, fonts embedded.
 */
gboolean
daftar_doc_write_pdf (DaftarDoc          *doc,
                      DaftarDocDrawFunc   draw,
                      gpointer            user_data,
                      GOutputStream      *output,
                      GError            **error)
{
  Writer writer = { output, doc->cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;

  daftar_doc_count_pages (doc, draw, user_data);
  if (daftar_doc_is_cancelled (doc))
    {
      g_set_error_literal (error, DAFTAR_DOC_ERROR, DAFTAR_DOC_ERROR_CANCELLED, _("Cancelled."));
      return FALSE;
    }

  surface = cairo_pdf_surface_create_for_stream (write_cb, &writer, doc->width, doc->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Daftar");
  doc->cr = cairo_create (surface);
  doc->pdf = TRUE;
  doc->target = -1;
  run (doc, draw, user_data);
  status = cairo_status (doc->cr);
  cairo_destroy (doc->cr);
  doc->cr = NULL;
  doc->pdf = FALSE;
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      return FALSE;
    }
  if (daftar_doc_is_cancelled (doc))
    {
      g_set_error_literal (error, DAFTAR_DOC_ERROR, DAFTAR_DOC_ERROR_CANCELLED, _("Cancelled."));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DAFTAR_DOC_ERROR, DAFTAR_DOC_ERROR_WRITE,
                   /* Translators: the reason comes from the drawing library, in English */
                   _("Could not draw the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/**
 * daftar_doc_to_pdf:
 *
 * The whole PDF daftar_doc_write_pdf() writes, in memory: for a file written at once
 * through a safe file, or a checksum.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
daftar_doc_to_pdf (DaftarDoc          *doc,
                   DaftarDocDrawFunc   draw,
                   gpointer            user_data,
                   GError            **error)
{
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();

  if (!daftar_doc_write_pdf (doc, draw, user_data, output, error) ||
      !g_output_stream_close (output, NULL, error))
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (output));
}

/* Blocks */

void
daftar_doc_paragraph (DaftarDoc      *doc,
                      DaftarDocStyle  style,
                      const char     *text)
{
  g_autoptr(PangoLayout) layout = make_layout (doc, style, text, content_width (doc), FALSE);
  double height = layout_height (layout);

  /* A heading stays with the start of what it heads. */
  need (doc, style == DAFTAR_DOC_HEADING ? height + 48 : height);
  show_layout (doc, layout, MARGIN, doc->y, style == DAFTAR_DOC_SMALL ? 0.3 : 0.0);
  doc->y += height + 2;
}

/* Two blocks on one line: one at the start side, one at the end side. */
void
daftar_doc_side_by_side (DaftarDoc      *doc,
                         DaftarDocStyle  style,
                         const char     *start_text,
                         const char     *end_text)
{
  double half = content_width (doc) / 2 - 8;
  g_autoptr(PangoLayout) start = make_layout (doc, style, start_text, half, FALSE);
  g_autoptr(PangoLayout) end = make_layout (doc, style, end_text, half, TRUE);
  double height = MAX (layout_height (start), layout_height (end));

  need (doc, height);
  show_layout (doc, start, box_x (doc, 0, half), doc->y, 0.0);
  show_layout (doc, end, box_x (doc, content_width (doc) - half, half), doc->y, 0.0);
  doc->y += height + 2;
}

void
daftar_doc_space (DaftarDoc *doc,
                  double     points)
{
  doc->y += points;
}

/* Tables */

static double
draw_cells (DaftarDoc          *doc,
            DaftarDocStyle      style,
            const char * const *cells,
            double              background)
{
  double total = 0, start = 0, height = 0;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < doc->columns->len; i++)
    total += g_array_index (doc->columns, DaftarDocColumn, i).share;

  for (guint i = 0; i < doc->columns->len; i++)
    {
      const DaftarDocColumn *column = &g_array_index (doc->columns, DaftarDocColumn, i);
      double width = content_width (doc) * column->share / total - 2 * CELL_PAD;
      PangoLayout *layout = make_layout (doc, style, cells[i], MAX (width, 1), column->end);

      g_ptr_array_add (layouts, layout);
      height = MAX (height, layout_height (layout));
    }
  height += 2 * CELL_PAD;

  need (doc, height);
  if (background < 1.0)
    fill_rect (doc, MARGIN, doc->y, content_width (doc), height, background);

  for (guint i = 0; i < doc->columns->len; i++)
    {
      const DaftarDocColumn *column = &g_array_index (doc->columns, DaftarDocColumn, i);
      double width = content_width (doc) * column->share / total;

      show_layout (doc, g_ptr_array_index (layouts, i),
                   box_x (doc, start, width) + CELL_PAD, doc->y + CELL_PAD, 0.0);
      start += width;
    }
  fill_rect (doc, MARGIN, doc->y + height - 0.5, content_width (doc), 0.5, 0.8);
  doc->y += height;
  return height;
}

static void
draw_table_header (DaftarDoc *doc)
{
  draw_cells (doc, DAFTAR_DOC_BOLD, (const char * const *) doc->header, 0.92);
}

/**
 * daftar_doc_table_begin:
 * @columns: (array length=n_columns): the first at the start side
 * @header: (nullable) (array zero-terminated=1): the columns' titles, repeated at the
 *   top of every page the table runs onto
 */
void
daftar_doc_table_begin (DaftarDoc             *doc,
                        const DaftarDocColumn *columns,
                        guint                  n_columns,
                        const char * const    *header)
{
  g_clear_pointer (&doc->columns, g_array_unref);
  g_clear_pointer (&doc->header, g_strfreev);
  doc->columns = g_array_new (FALSE, FALSE, sizeof (DaftarDocColumn));
  g_array_append_vals (doc->columns, columns, n_columns);

  if (header != NULL)
    {
      /* The header and at least one row stay together. */
      need (doc, 48);
      doc->header = g_strdupv ((char **) header);
      draw_table_header (doc);
    }
}

/* @cells: one text per column */
void
daftar_doc_table_row (DaftarDoc          *doc,
                      DaftarDocStyle      style,
                      const char * const *cells)
{
  g_return_if_fail (doc->columns != NULL);

  draw_cells (doc, style, cells, 1.0);
}

void
daftar_doc_table_end (DaftarDoc *doc)
{
  g_clear_pointer (&doc->columns, g_array_unref);
  g_clear_pointer (&doc->header, g_strfreev);
  doc->y += 6;
}

/* The app's chart, the full width of the page. */
void
daftar_doc_chart (DaftarDoc            *doc,
                  const DaftarChartBar *bars,
                  guint                 n_bars,
                  double                height)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY " 9.5");
  DaftarChartStyle style = {
    .fg = { 0, 0, 0, 1 },
    .bar = { 0.21, 0.52, 0.89, 1 },
    .negative = { 0.75, 0.11, 0.16, 1 },
    .hovered = -1,
    .rtl = doc->rtl,
    .font = font,
  };

  need (doc, height);
  if (drawing (doc))
    {
      cairo_save (doc->cr);
      cairo_translate (doc->cr, MARGIN, doc->y);
      daftar_chart_draw (doc->cr, doc->context, &style, bars, n_bars, content_width (doc), height);
      cairo_restore (doc->cr);
    }
  doc->y += height + 6;
  pango_font_description_free (font);
}
