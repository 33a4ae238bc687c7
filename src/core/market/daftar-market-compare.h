/* daftar-market-compare.h — the user's effective rate against the market bands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-earnings.h"
#include "daftar-format.h"
#include "daftar-market.h"

G_BEGIN_DECLS

typedef enum
{
  DAFTAR_BAND_POSITION_BELOW,
  DAFTAR_BAND_POSITION_WITHIN,
  DAFTAR_BAND_POSITION_ABOVE,
} DaftarBandPosition;

/* How a band was found for a (platform, category) pair, best first. */
typedef enum
{
  DAFTAR_BAND_MATCH_PLATFORM,    /* the same platform and category */
  DAFTAR_BAND_MATCH_CATEGORY,    /* any platform, the same category */
  DAFTAR_BAND_MATCH_GENERAL,     /* any platform, any category: only when nothing else */
} DaftarBandMatchLevel;

typedef struct
{
  const DaftarRateBand *band;          /* borrowed from the market */
  DaftarBandMatchLevel  level;
  gboolean              same_specialty; /* the band names the row's specialty */
  /* The band in the comparison's currency (the band's own when they are the same). */
  gint64                low_minor;
  gint64                typical_minor;
  gint64                high_minor;
  gboolean              converted;
  DaftarRateUse         rate_use;      /* when converted */
  DaftarBandPosition    position;
  gint64                distance_permille; /* signed: from the nearest edge, or typical */
  /* One reported figure (only typical, only low, only high, or low = high): not a band. */
  gboolean              single_figure;
  /* Within a low–high band with no typical figure: where the rate sits, 0 at low and
   * 1000 at high; -1 otherwise. */
  gint64                range_permille;
} DaftarBandMatch;

typedef struct
{
  char           *platform_key;
  char           *platform_name;
  DaftarCategory  category;
  gboolean        has_specialty;          /* the projects' specialty */
  DaftarSpecialty specialty;
  gint64          actual_seconds;
  gint64          net_minor;
  gint64          effective_rate_minor;   /* net per hour worked */
  GArray         *matches;                /* DaftarBandMatch, best first */
} DaftarComparisonRow;

typedef struct
{
  DaftarDay  from;
  DaftarDay  to;
  char       currency[4];
  GPtrArray *rows;                         /* (element-type DaftarComparisonRow) */
} DaftarComparison;

const char       *daftar_band_position_to_key   (DaftarBandPosition position);

DaftarComparison *daftar_market_compare         (const DaftarMarket        *market,
                                                 const DaftarEarningsInput *input,
                                                 GError                   **error);
void              daftar_comparison_free        (DaftarComparison          *comparison);

gboolean          daftar_band_match_position    (gint64                     rate_minor,
                                                 const DaftarRateBand      *band,
                                                 gint64                     low_minor,
                                                 gint64                     typical_minor,
                                                 gint64                     high_minor,
                                                 DaftarBandPosition        *out_position,
                                                 gint64                    *out_permille);

gboolean          daftar_rate_band_is_single_figure (const DaftarRateBand *band);
char             *daftar_comparison_row_get_work_label (const DaftarComparisonRow *row);

char             *daftar_band_match_describe    (const DaftarBandMatch     *match,
                                                 DaftarFormat              *format);
const char       *daftar_band_kind_get_comparison_note (DaftarBandKind      kind);
char             *daftar_band_range_text        (const char                *low,
                                                 const char                *typical,
                                                 const char                *high,
                                                 gboolean                   one_figure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DaftarComparison, daftar_comparison_free)

G_END_DECLS
