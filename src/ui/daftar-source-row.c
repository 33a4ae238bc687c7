/* daftar-source-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One source of a figure, as the Guidance cards and the market comparison list them:
 * who published it and when, what it says, how far Daftar trusts it, whether anyone
 * could trace the figure, and a link to read it. Everything here may come from a feed:
 * it is shown as plain, isolated text.
 */
#define G_LOG_DOMAIN "daftar-source-row"

#include "config.h"

#include <glib/gi18n.h>

#include "daftar-market.h"
#include "daftar-market-sources.h"
#include "daftar-plain-text.h"
#include "daftar-source-row.h"
#include "daftar-text.h"

/**
 * daftar_source_row_add_label:
 * @max_width_chars: -1 for none
 *
 * Appends a label to @box that wraps, starts at the start edge and takes
 * @css_class (nullable).
 *
 * Returns: (transfer none): the label
 */
GtkWidget *
daftar_source_row_add_label (GtkBox     *box,
                             const char *text,
                             const char *css_class,
                             int         max_width_chars)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (max_width_chars > 0)
    gtk_label_set_max_width_chars (GTK_LABEL (label), max_width_chars);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

/* The link opens in the browser; a popover it is in closes. */
static gboolean
activate_link_cb (GtkLinkButton *button)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  /* gtk_show_uri () goes through the OpenURI portal in a sandbox. */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                gtk_link_button_get_uri (button), GDK_CURRENT_TIME);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  return TRUE;
}

/**
 * daftar_source_row_new:
 *
 * Returns: (transfer floating): a #GtkListBoxRow, not activatable, for @info
 */
GtkWidget *
daftar_source_row_new (const DaftarSourceRowInfo *info)
{
  int width = info->max_width_chars;
  g_autofree char *title = daftar_text_isolate_n (info->title, 300);
  g_autofree char *publisher = daftar_text_isolate_n (info->publisher, 300);
  g_autofree char *as_of = daftar_market_sources_format_as_of (info->format, info->as_of);
  g_autofree char *date = daftar_text_isolate (as_of);
  g_autofree char *meta = NULL;
  g_autofree char *confidence = NULL;
  GtkWidget *row, *box, *footer, *label;

  /* Translators: a source's publisher and date, e.g. "The Verge · June 2023" */
  meta = daftar_sentence_printf (_("%s · %s"), publisher, date);
  /* A source without a headline is named by its publisher, above its date. */
  if (info->title == NULL)
    {
      g_free (title);
      title = g_strdup (publisher);
      g_free (meta);
      meta = g_strdup (date);
    }
  /* Translators: how reliable a source is, e.g. "Confidence: medium" */
  confidence = daftar_sentence_printf (_("Confidence: %s"), daftar_confidence_get_label (info->confidence));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  daftar_source_row_add_label (GTK_BOX (box), title, "heading", width);
  daftar_source_row_add_label (GTK_BOX (box), meta, "dim-label", width);
  if (info->body != NULL)
    daftar_source_row_add_label (GTK_BOX (box), info->body, NULL, width);

  footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = daftar_source_row_add_label (GTK_BOX (footer), confidence, "caption", width);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  if (!info->verified)
    {
      label = daftar_source_row_add_label (GTK_BOX (footer), _("Unverified claim"), "caption-heading", width);
      gtk_label_set_wrap (GTK_LABEL (label), FALSE);
      gtk_widget_add_css_class (label, "warning");
      gtk_widget_add_css_class (label, "unverified-badge");
      gtk_widget_set_tooltip_text (label, _("Reported, but nobody could trace the figure to its origin."));
    }
  if (info->url != NULL)
    {
      GtkWidget *link = gtk_link_button_new_with_label (info->url, _("Source"));
      g_autofree char *name = NULL;

      gtk_widget_set_hexpand (link, TRUE);
      gtk_widget_set_halign (link, GTK_ALIGN_END);
      /* Translators: accessible name of a link, e.g. "Source: Upwork, “Fees”" */
      name = g_strdup_printf (_("Source: %s"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_signal_connect (link, "activate-link", G_CALLBACK (activate_link_cb), NULL);
      gtk_box_append (GTK_BOX (footer), link);
    }
  gtk_box_append (GTK_BOX (box), footer);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}
