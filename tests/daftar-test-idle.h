/* daftar-test-idle.h — a mock idle monitor on the test bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _DaftarTestIdle DaftarTestIdle;

typedef enum
{
  DAFTAR_TEST_IDLE_MUTTER,        /* org.gnome.Mutter.IdleMonitor */
  DAFTAR_TEST_IDLE_SCREEN_SAVER,  /* org.freedesktop.ScreenSaver */
} DaftarTestIdleKind;

DaftarTestIdle *daftar_test_idle_new         (DaftarTestIdleKind  kind);
void            daftar_test_idle_free        (DaftarTestIdle     *mock);
void            daftar_test_idle_go_idle     (DaftarTestIdle     *mock,
                                              guint64             idle_ms);
void            daftar_test_idle_come_back   (DaftarTestIdle     *mock);
guint           daftar_test_idle_n_watches   (DaftarTestIdle     *mock);
guint           daftar_test_idle_n_calls     (DaftarTestIdle     *mock);

G_END_DECLS
