/* daftar-session-dialog-private.h — what the session dialog's files share
 *
 * The dialog (daftar-session-dialog.c) reads and saves the form; its date and time
 * fields (daftar-session-times.c) keep start, duration and end in step; its tools
 * picker (daftar-session-tools.c) ticks and adds AI tools.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daftar-form.h"
#include "daftar-session-dialog.h"

G_BEGIN_DECLS



/* The form's fields in the order they are shown; the first invalid one gets the focus. */
typedef enum
{
  FIELD_PROJECT,
  FIELD_DATE,
  FIELD_START,
  FIELD_DURATION,
  FIELD_END,
  FIELD_PAID,
  FIELD_EARNED,
  FIELD_TOOLS,
  FIELD_NEW_TOOL,
  FIELD_NOTE,
  N_FIELDS
} Field;

/* What the form holds, as a draft for core. */
typedef struct
{
  DaftarSessionDraft  draft;
  DaftarPricing       pricing;
  char               *note;
  GPtrArray          *tools;
} Form;

struct _DaftarSessionDialog
{
  AdwWindow           parent_instance;

  DaftarContext      *context;
  DaftarStore        *store;           /* the context's */
  gint64              session_id;
  gint64              default_project_id;
  DaftarSession      *session;         /* the session being edited, as loaded */
  GListStore         *tool_items;      /* (element-type DaftarToolItem) the tools offered */
  GtkFilterListModel *tool_filtered;   /* what the tools search leaves */
  GtkCustomFilter    *tool_filter;
  char               *tool_search_key; /* daftar_fold() of the search, or NULL */
  GTimeZone          *tz;
  GDateTime          *anchor;          /* a new session ends here until the user moves it */
  char               *loaded_date;
  char               *loaded_start;

  AdwToastOverlay    *toast_overlay;
  GtkWidget          *cancel_button;
  GtkWidget          *save_button;
  AdwComboRow        *project_row;
  AdwEntryRow        *date_row;
  AdwEntryRow        *start_row;
  AdwEntryRow        *duration_row;
  AdwEntryRow        *end_row;
  AdwEntryRow        *paid_row;
  GtkWidget          *paid_hint;
  AdwEntryRow        *earned_row;
  GtkLabel           *earned_currency;
  AdwExpanderRow     *tools_row;
  AdwEntryRow        *new_tool_row;
  GtkWidget          *note_frame;
  GtkTextView        *note_view;
  GtkWidget          *time_error;
  GtkWidget          *pay_error;
  GtkWidget          *tools_error;
  GtkWidget          *note_error;

  DaftarForm         *form;
  gboolean            ready;
  gboolean            loading;
  gboolean            syncing;
  gboolean            binding_tools;   /* a row takes a tool: its tick is not the user's */
};

static inline const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

gboolean daftar_session_dialog_revalidate          (DaftarSessionDialog *self,
                                                    Form                *out);

/* daftar-session-times.c */
char    *daftar_session_format_day                 (DaftarSessionDialog *self,
                                                    GDateTime           *dt);
char    *daftar_session_format_time                (DaftarSessionDialog *self,
                                                    GDateTime           *dt);
gboolean daftar_session_parse_clock                (AdwEntryRow         *row,
                                                    int                 *out_minutes);
void     daftar_session_dialog_sync_end            (DaftarSessionDialog *self);
void     daftar_session_dialog_sync_duration       (DaftarSessionDialog *self);
void     daftar_session_dialog_sync_anchored_start (DaftarSessionDialog *self);
void     daftar_session_dialog_read_start          (DaftarSessionDialog *self,
                                                    Form                *form);
void     daftar_session_dialog_set_start           (DaftarSessionDialog *self,
                                                    GDateTime           *start);

/* daftar-session-tools.c */
void     daftar_session_dialog_setup_tools         (DaftarSessionDialog *self);
void     daftar_session_dialog_dispose_tools       (DaftarSessionDialog *self);
GPtrArray *daftar_session_dialog_selected_tools    (DaftarSessionDialog *self);
void     daftar_session_dialog_update_tools_summary (DaftarSessionDialog *self);
void     daftar_session_dialog_fill_tools          (DaftarSessionDialog *self,
                                                    GPtrArray           *selected);
void     daftar_session_dialog_new_tool_apply_cb   (DaftarSessionDialog *self,
                                                    AdwEntryRow         *row);

G_END_DECLS
