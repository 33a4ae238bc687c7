/* test-rtl.c — every label of the app, read the way GTK lays it out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run once in Persian and once in Arabic (--language=fa or ar, which becomes
 * LANGUAGE; the locale stays C.UTF-8: no generated locale is needed). The tour opens every page, dialog and popover on
 * the sample month; at each stop every label on screen whose text holds
 * Arabic-script letters must
 *   - run right to left in every paragraph that has such letters: Pango takes
 *     a paragraph's direction from its first strong character, so a sentence
 *     starting with a brand, a name or an amount ICU marks left to right would
 *     read backwards;
 *   - show no Latin digit outside isolated user text (FSI/LRI/RLI … PDI): every
 *     number the app writes is in the user's digits;
 *   - hold no ASCII "%" outside isolated user text: a percentage is ICU's for the locale ("۲۰٪", "٢٠٪");
 *   - start no isolate whose text has Arabic-script letters with a left-to-right
 *     mark: such an isolate ("‎$۳۶٫۳۲ در ساعت") would run left to right.
 * Wherever left-to-right text is set apart in a left-to-right isolate (LRI …
 * PDI: an exchange rate "۱ EUR = ۱٫۰۸ USD", a range "0–9"), it lies on screen
 * from left to right: its first character left of its last. An equation is
 * always so isolated: its "=" is inside one.
 * No line of such a label breaks inside an isolated figure ("٢٫٧٥ / ساعة").
 * No such label is cut short with an ellipsis ("به‌ازای هر ت…" is another
 * word) unless a tooltip on it or around it holds its whole text.
 * Every entry the app filled in with a number (a rate, an amount, hours, a
 * time, a percentage) shows it in the user's digits: "۴۵٫۰۰", not "45.00".
 * Every failing label is listed, with the stop it was found at.
 */
#include "config.h"

#include "daftar-test-tour.h"

/* An isolate this short with a digit is a figure, not a sentence or a title */
#define FIGURE_MAX_CHARS 24

typedef struct
{
  GString *report;
  guint    n_labels;
  guint    n_numbers;     /* entries filled in with a number */
  guint    n_failures;
} Reading;

static gboolean
has_arabic_letters (const char *text,
                    gsize       length)
{
  for (const char *p = text; p < text + length && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c) && g_unichar_get_script (c) == G_UNICODE_SCRIPT_ARABIC)
        return TRUE;
    }
  return FALSE;
}

/* One of @chars outside every isolate */
static gboolean
has_bare (const char *text,
          const char *chars)
{
  int depth = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x2066 && c <= 0x2068)
        depth++;
      else if (c == 0x2069 && depth > 0)
        depth--;
      else if (depth == 0 && c < 0x80 && strchr (chars, (char) c) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* A Latin digit outside every isolate */
static gboolean
has_bare_latin_digit (const char *text)
{
  return has_bare (text, "0123456789");
}

/* An isolate that opens with U+200E around text with Arabic-script letters */
static gboolean
has_ltr_isolate (const char *text)
{
  for (const char *p = strstr (text, "\u2068\u200E"); p != NULL; p = strstr (p + 1, "\u2068\u200E"))
    {
      const char *end = strstr (p, "\u2069");

      if (has_arabic_letters (p, end != NULL ? (gsize) (end - p) : strlen (p)))
        return TRUE;
    }
  return FALSE;
}

/* Some paragraph holding Arabic-script letters that Pango lays out left to right */
static gboolean
has_ltr_paragraph (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  int n_lines = pango_layout_get_line_count (layout);

  for (int i = 0; i < n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);

      if (has_arabic_letters (text + line->start_index, line->length) &&
          line->resolved_dir != PANGO_DIRECTION_RTL)
        return TRUE;
    }
  return FALSE;
}

/* An "=" outside every left-to-right isolate */
static gboolean
has_bare_equation (const char *text)
{
  gunichar open[16];
  int depth = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x2066 && c <= 0x2068 && depth < (int) G_N_ELEMENTS (open))
        open[depth++] = c;
      else if (c == 0x2069 && depth > 0)
        depth--;
      else if (c == '=' && (depth == 0 || open[depth - 1] != 0x2066))
        return TRUE;
    }
  return FALSE;
}

/* Some left-to-right isolate whose first character Pango places right of its last */
static gboolean
has_reversed_ltr_isolate (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);

  for (const char *p = strstr (text, "\u2066"); p != NULL; p = strstr (p + 1, "\u2066"))
    {
      const char *first = g_utf8_next_char (p);
      const char *end = strstr (first, "\u2069");
      const char *last;
      PangoRectangle a, b;

      if (end == NULL || end == first || (last = g_utf8_prev_char (end)) == first)
        continue;
      pango_layout_index_to_pos (layout, (int) (first - text), &a);
      pango_layout_index_to_pos (layout, (int) (last - text), &b);
      /* On one line only: a wrapped isolate runs on in the next */
      if (a.y == b.y && a.x >= b.x)
        return TRUE;
    }
  return FALSE;
}

/* A line break of @label inside an isolated figure: the wrap parted a number
 * from its unit or currency ("۵۸٫۴۲ / ساعت", "US$ / ١٬٢٣٤"). Figures a page
 * places in a summary are isolated; an isolate with a digit is one term. */
static gboolean
wraps_inside_a_term (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  int n_lines = pango_layout_get_line_count (layout);

  for (int i = 1; i < n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      const char *open = NULL;
      int depth = 0;

      /* The innermost isolate open where the line starts */
      for (const char *p = text; p < text + line->start_index; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c >= 0x2066 && c <= 0x2068)
            {
              depth++;
              open = p;
            }
          else if (c == 0x2069 && depth > 0)
            depth--;
        }
      if (depth > 0 && open != NULL)
        {
          const char *close = strstr (open, "\u2069");
          gsize length = close != NULL ? (gsize) (close - open) : strlen (open);

          if (g_utf8_strlen (open, length) > FIGURE_MAX_CHARS)
            continue;
          for (const char *p = open; p < open + length; p = g_utf8_next_char (p))
            if (g_unichar_isdigit (g_utf8_get_char (p)))
              return TRUE;
        }
    }
  return FALSE;
}

/* A tooltip on @widget or around it that holds @text whole */
static gboolean
has_whole_text_nearby (GtkWidget  *widget,
                       const char *text)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (w);

      if (tooltip != NULL && strstr (tooltip, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* An entry's text that is a number the app wrote: digits and their punctuation, no letters */
static gboolean
is_number_text (const char *text)
{
  gboolean digit = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        return FALSE;
      digit = digit || g_unichar_isdigit (c);
    }
  return digit;
}

static char *
visible_marks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case 0x200E: g_string_append (out, "[LRM]"); break;
        case 0x200F: g_string_append (out, "[RLM]"); break;
        case 0x061C: g_string_append (out, "[ALM]"); break;
        case 0x2066: g_string_append (out, "[LRI]"); break;
        case 0x2067: g_string_append (out, "[RLI]"); break;
        case 0x2068: g_string_append (out, "[FSI]"); break;
        case 0x2069: g_string_append (out, "[PDI]"); break;
        case '\n': g_string_append (out, "⏎"); break;
        default: g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

static void
read_labels (GtkWidget  *widget,
             const char *stop,
             Reading    *reading)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (has_bare_equation (text) || has_reversed_ltr_isolate (GTK_LABEL (widget)))
        {
          g_autofree char *shown = visible_marks (text);

          reading->n_failures++;
          g_string_append_printf (reading->report, "%s: left to right text not isolated or reversed «%s»\n",
                                  stop, shown);
        }
      if (has_arabic_letters (text, strlen (text)))
        {
          gboolean ltr = has_ltr_paragraph (GTK_LABEL (widget));
          gboolean latin = has_bare_latin_digit (text);
          gboolean ltr_isolate = has_ltr_isolate (text);
          gboolean percent = has_bare (text, "%");
          gboolean term = wraps_inside_a_term (GTK_LABEL (widget));
          gboolean cut = pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))) &&
                         !has_whole_text_nearby (widget, text);

          reading->n_labels++;
          if (ltr || latin || ltr_isolate || percent || cut || term)
            {
              g_autofree char *shown = visible_marks (text);

              reading->n_failures++;
              g_string_append_printf (reading->report, "%s:%s%s%s%s%s%s «%s»\n", stop,
                                      term ? " wraps inside a figure" : "",
                                      cut ? " cut short" : "",
                                      ltr ? " left to right" : "",
                                      latin ? " Latin digits" : "",
                                      percent ? " ASCII percent sign" : "",
                                      ltr_isolate ? " isolate left to right" : "", shown);
            }
        }
    }

  if (GTK_IS_TEXT (widget) && is_number_text (gtk_editable_get_text (GTK_EDITABLE (widget))))
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (widget));

      reading->n_numbers++;
      if (has_bare_latin_digit (text))
        {
          reading->n_failures++;
          g_string_append_printf (reading->report, "%s: entry in Latin digits «%s»\n", stop, text);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    read_labels (child, stop, reading);
}

static void
visit (GtkWidget  *toplevel,
       const char *name,
       gpointer    data)
{
  g_test_message ("%s", name);
  read_labels (toplevel, name, data);
}

static void
test_every_label (void)
{
  Reading reading = { g_string_new (NULL), 0, 0, 0 };
  DaftarTour *tour = daftar_tour_open (FALSE);

  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  daftar_tour_run (tour, visit, &reading);
  daftar_tour_close (tour);

  g_printerr ("%s", reading.report->str);
  g_test_message ("%u of %u labels and %u numbers in entries read wrong",
                  reading.n_failures, reading.n_labels, reading.n_numbers);
  g_assert_cmpuint (reading.n_labels, >, 100);
  g_assert_cmpuint (reading.n_numbers, >, 5);
  g_assert_cmpuint (reading.n_failures, ==, 0);
  g_string_free (reading.report, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--language="))
      {
        g_setenv ("LANGUAGE", argv[i] + strlen ("--language="), TRUE);
        argv[i] = (char *) "--tap";
      }
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rtl/every-label", test_every_label);
  return g_test_run ();
}
