"""Atomic file writing: the target is always the complete old or the complete new version."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from cjm_desktop.io.errors import MapFileError

BACKUP_SUFFIX = ".bak"


def describe_os_error(error: OSError) -> str:
    """Turn an OSError into words a user can act on."""
    if error.errno == errno.ENOSPC:
        return "the disk is full. Free some space or save to another drive."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "this location is read-only or you have no permission to write here. Save to another folder."
    if error.errno == errno.ENOENT:
        return "the folder does not exist."
    if error.errno == errno.EISDIR:
        return "that is a folder, not a file."
    return error.strerror or str(error)


def write_atomic(path: str | Path, data: bytes, keep_backup: bool = False) -> None:
    """Write ``data`` to ``path`` via a temporary file, fsync and rename.

    A crash, a kill or a full disk at any moment leaves either the old file or the new one,
    never a mixture. With ``keep_backup`` the previous version is kept as ``path + .bak``.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd = -1
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            fd = -1  # owned by the file object now
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            _copy_mode(path, Path(tmp_name))
            if keep_backup:
                _replace_backup(path)
        os.replace(tmp_name, path)
        tmp_name = ""
        _fsync_dir(folder)
    except OSError as error:
        raise MapFileError(path, f"could not save: {describe_os_error(error)}") from error
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _replace_backup(path: Path) -> None:
    # Link (or copy) the current file to a temporary name, then rename it over the backup,
    # so the backup too is always complete.
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    tmp_backup = path.with_name(f".{path.name}.bak.tmp")
    try:
        if tmp_backup.exists():
            tmp_backup.unlink()
        try:
            os.link(path, tmp_backup)
        except OSError:
            shutil.copy2(path, tmp_backup)
        os.replace(tmp_backup, backup)
    except OSError:
        # A backup that cannot be made must not stop the save itself.
        try:
            tmp_backup.unlink()
        except OSError:
            pass


def _copy_mode(source: Path, target: Path) -> None:
    try:
        shutil.copymode(source, target)
    except OSError:
        pass


def _fsync_dir(folder: Path) -> None:
    # Make the rename itself durable; not every platform lets a directory be opened.
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
