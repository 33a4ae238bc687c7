/* daftar-safe-file.c — writing a file beside the ledger without harming it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An export or a copy named by the user may name the ledger itself, a link to
 * it, or one of the files SQLite keeps beside it (-wal, -shm, -journal):
 * writing there would destroy the ledger, so such a path is refused. Any other
 * path is written to a temporary file next to where it finally points, and
 * renamed over that target only once complete, so a link stays a link and a
 * failed write leaves the old file as it was.
 */
#define G_LOG_DOMAIN "daftar-safe-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "daftar-safe-file.h"

#define MAX_LINKS 40

static const char * const companion_suffixes[] = { "", "-wal", "-shm", "-journal" };

/**
 * daftar_path_resolve:
 * @path: a file name, which need not exist
 *
 * Follows @path's symbolic links, a last one that points nowhere included, to
 * the absolute name of the file it stands for.
 *
 * Returns: (transfer full): the resolved name
 */
char *
daftar_path_resolve (const char *path)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *current = NULL;
  g_autofree char *real = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  current = g_path_is_absolute (path) ? g_strdup (path)
                                      : g_build_filename (cwd, path, NULL);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        break;
      if (!(target = g_file_read_link (current, NULL)))
        break;

      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
      else
        {
          g_autofree char *parent = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (parent, target, NULL);
        }
    }

  if ((real = realpath (current, NULL)) != NULL)
    return g_steal_pointer (&real);

  /* It does not exist (yet): resolve its folder, keep its name. */
  dir = g_path_get_dirname (current);
  base = g_path_get_basename (current);
  if ((real = realpath (dir, NULL)) != NULL && !g_str_equal (base, ".") && !g_str_equal (base, ".."))
    return g_build_filename (real, base, NULL);

  return g_canonicalize_filename (current, NULL);
}

/**
 * daftar_path_is_ledger_file:
 * @ledger: the ledger's path, as it was opened
 * @path: a path about to be written
 *
 * Whether writing @path would write the ledger or one of its companions
 * (-wal, -shm, -journal): by device and inode for the files that exist, by
 * resolved name for those that do not yet, both after following links.
 */
gboolean
daftar_path_is_ledger_file (const char *ledger,
                            const char *path)
{
  g_autofree char *resolved_ledger = daftar_path_resolve (ledger);
  g_autofree char *resolved = daftar_path_resolve (path);
  const char *ledgers[] = { ledger, resolved_ledger };
  GStatBuf target;
  gboolean exists = g_stat (path, &target) == 0;

  for (guint l = 0; l < G_N_ELEMENTS (ledgers); l++)
    for (guint s = 0; s < G_N_ELEMENTS (companion_suffixes); s++)
      {
        g_autofree char *companion = g_strconcat (ledgers[l], companion_suffixes[s], NULL);
        g_autofree char *resolved_companion = daftar_path_resolve (companion);
        GStatBuf st;

        if (g_str_equal (resolved, resolved_companion))
          return TRUE;
        if (exists && g_stat (companion, &st) == 0 &&
            st.st_dev == target.st_dev && st.st_ino == target.st_ino)
          return TRUE;
      }

  return FALSE;
}

struct _DaftarSafeFile
{
  char          *target;     /* where the data ends up */
  char          *temp;       /* the name written to, or NULL when writing @target itself */
  GOutputStream *stream;
  gboolean       done;
};

static gboolean
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *path)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write %s: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/**
 * daftar_safe_file_new:
 * @store: (nullable): the open ledger, whose files are refused
 * @path: the file to write, as the user named it
 *
 * Starts writing @path. A regular file (or a new one) is written to a
 * temporary file beside the file @path resolves to; a device or a pipe, such
 * as /dev/stdout, is written directly.
 *
 * Returns: (transfer full): the file, or %NULL with @error set and nothing written
 */
DaftarSafeFile *
daftar_safe_file_new (DaftarStore  *store,
                      const char   *path,
                      GError      **error)
{
  g_autoptr(DaftarSafeFile) file = g_new0 (DaftarSafeFile, 1);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  GStatBuf st;
  gboolean exists;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (store != NULL && daftar_path_is_ledger_file (daftar_store_get_path (store), path))
    {
      g_set_error (error, DAFTAR_STORE_ERROR, DAFTAR_STORE_ERROR_LEDGER_FILE,
                   _("%s is the ledger, or one of the files kept beside it: writing there would destroy it. Nothing was written; choose another file."),
                   path);
      return NULL;
    }

  exists = g_stat (path, &st) == 0;
  if (exists && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    {
      fd = g_open (path, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);
      if (fd < 0)
        {
          set_error_from_errno (error, errno, path);
          return NULL;
        }

      file->target = g_strdup (path);
      file->stream = g_unix_output_stream_new (fd, TRUE);
      return g_steal_pointer (&file);
    }

  file->target = daftar_path_resolve (path);
  dir = g_path_get_dirname (file->target);
  base = g_path_get_basename (file->target);
  file->temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);

  fd = g_mkstemp_full (file->temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&file->temp, g_free);
      set_error_from_errno (error, saved_errno, path);
      return NULL;
    }

  /* A file written over keeps its permissions. */
  if (exists && S_ISREG (st.st_mode))
    fchmod (fd, st.st_mode & 07777);

  file->stream = g_unix_output_stream_new (fd, TRUE);
  return g_steal_pointer (&file);
}

GOutputStream *
daftar_safe_file_get_stream (DaftarSafeFile *file)
{
  return file->stream;
}

/* The file the data ends up in: @path with its links followed. */
const char *
daftar_safe_file_get_target (DaftarSafeFile *file)
{
  return file->target;
}

/* The temporary file written until the commit, for writers that need a name
 * (SQLite), or %NULL when a device or pipe is written directly. */
const char *
daftar_safe_file_get_temp (DaftarSafeFile *file)
{
  return file->temp;
}

/**
 * daftar_safe_file_write_bytes:
 * @bytes: what is written, all of it
 *
 * Writes @bytes to @file's stream; nothing is in place until the commit.
 */
gboolean
daftar_safe_file_write_bytes (DaftarSafeFile  *file,
                              GBytes          *bytes,
                              GCancellable    *cancellable,
                              GError         **error)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (!file->done, FALSE);

  return g_output_stream_write_all (file->stream, data, size, NULL, cancellable, error);
}

/**
 * daftar_safe_file_commit:
 *
 * Flushes the data to disk and moves it into place.
 */
gboolean
daftar_safe_file_commit (DaftarSafeFile  *file,
                         GError         **error)
{
  int fd = g_unix_output_stream_get_fd (G_UNIX_OUTPUT_STREAM (file->stream));

  g_return_val_if_fail (!file->done, FALSE);

  if (file->temp != NULL && fsync (fd) != 0)
    return set_error_from_errno (error, errno, file->target);
  if (!g_output_stream_close (file->stream, NULL, error))
    return FALSE;
  if (file->temp != NULL && g_rename (file->temp, file->target) != 0)
    return set_error_from_errno (error, errno, file->target);

  file->done = TRUE;
  return TRUE;
}

/* Frees @file; uncommitted, its temporary file is removed. */
void
daftar_safe_file_free (DaftarSafeFile *file)
{
  if (file == NULL)
    return;

  if (file->stream != NULL)
    {
      g_output_stream_close (file->stream, NULL, NULL);
      g_object_unref (file->stream);
    }
  if (!file->done && file->temp != NULL)
    g_unlink (file->temp);

  g_free (file->target);
  g_free (file->temp);
  g_free (file);
}

/**
 * daftar_safe_file_save_bytes:
 * @store: (nullable): the ledger @path must not be, or one of its files
 * @bytes: the whole file
 *
 * Writes @bytes to @path as a safe file and commits it: never the ledger or one of
 * its files, and never a half-written file where a good one was.
 */
gboolean
daftar_safe_file_save_bytes (DaftarStore   *store,
                             const char    *path,
                             GBytes        *bytes,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(DaftarSafeFile) file = daftar_safe_file_new (store, path, error);

  return file != NULL &&
         daftar_safe_file_write_bytes (file, bytes, cancellable, error) &&
         daftar_safe_file_commit (file, error);
}
