/* daftar-form.h — what every form does with its fields' errors, done once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "daftar-busy-retry.h"
#include "daftar-context.h"
#include "daftar-validate.h"

G_BEGIN_DECLS

#define DAFTAR_TYPE_FORM (daftar_form_get_type ())

G_DECLARE_FINAL_TYPE (DaftarForm, daftar_form, DAFTAR, FORM, GObject)

#define DAFTAR_FORM_FIELD_NONE (-1)

gboolean    daftar_form_text_is_blank       (const char       *text);
void        daftar_form_row_set_error       (GtkWidget        *row,
                                             const char       *message);
void        daftar_form_row_set_amount      (GtkWidget        *row,
                                             DaftarContext    *context,
                                             gboolean          has_amount,
                                             gint64            minor,
                                             const char       *currency);

DaftarForm *daftar_form_new                 (GtkWidget        *owner,
                                             const char       *save_action);
void        daftar_form_add_field           (DaftarForm       *self,
                                             int               field,
                                             GtkWidget        *row,
                                             GtkWidget        *focus,
                                             GtkWidget        *message);
void        daftar_form_map_code            (DaftarForm       *self,
                                             int               field,
                                             GQuark            domain,
                                             int               code);
void        daftar_form_set_optional        (DaftarForm       *self,
                                             int               field);
int         daftar_form_field_for_widget    (DaftarForm       *self,
                                             gpointer          widget);
int         daftar_form_field_for_error     (DaftarForm       *self,
                                             const GError     *error);

void        daftar_form_begin               (DaftarForm       *self);
GError    **daftar_form_error_slot          (DaftarForm       *self,
                                             int               field);
void        daftar_form_take_error          (DaftarForm       *self,
                                             int               field,
                                             GError           *error);
void        daftar_form_add_validation      (DaftarForm             *self,
                                             const DaftarValidation *validation,
                                             int                     fallback);
gboolean    daftar_form_end                 (DaftarForm       *self);

const GError *daftar_form_get_error         (DaftarForm       *self,
                                             int               field);
gboolean    daftar_form_is_valid            (DaftarForm       *self);
void        daftar_form_touch               (DaftarForm       *self,
                                             int               field);
gboolean    daftar_form_is_touched          (DaftarForm       *self,
                                             int               field);
void        daftar_form_show_all            (DaftarForm       *self);
void        daftar_form_save_refused        (DaftarForm       *self);
gboolean    daftar_form_save_finish         (DaftarForm          *self,
                                             AdwToastOverlay     *overlay,
                                             gboolean             saved,
                                             GError             **error,
                                             DaftarBusyRetryFunc  retry);
gboolean    daftar_form_take_store_error    (DaftarForm       *self,
                                             GError          **error);
void        daftar_form_set_store_error     (DaftarForm       *self,
                                             int               field,
                                             GError           *error);
void        daftar_form_reset               (DaftarForm       *self);
gboolean    daftar_form_focus_first_error   (DaftarForm       *self);
void        daftar_form_refresh             (DaftarForm       *self);

G_END_DECLS
