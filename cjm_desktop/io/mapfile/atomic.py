"""Atomic file writing: the target is always the complete old or the complete new version."""

from __future__ import annotations

import errno
import os
import shutil
import sys
import time
from pathlib import Path

from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.mapfile.errors import MapFileError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
# A temporary file this old was left by a save that was killed (a crash, a power cut); a live save
# finishes in seconds, so removing it can never race a writer.
STALE_TEMP_SECONDS = 3600
_REPLACE_RETRIES = 5


def describe_os_error(error: OSError) -> str:
    """Turn an OSError into words a user can act on."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return tr("MapFile", "the disk is full. Free some space or save to another drive.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr(
            "MapFile",
            "this location is read-only or you have no permission to write here. Save to another folder.",
        )
    if error.errno == errno.ENOENT:
        return tr("MapFile", "the folder does not exist.")
    if error.errno == errno.EISDIR:
        return tr("MapFile", "that is a folder, not a file.")
    if error.errno == errno.ENAMETOOLONG:
        return tr("MapFile", "the file name is too long.")
    return error.strerror or str(error)


def temp_prefix(path: Path) -> str:
    """The name prefix of the temporary files a save of ``path`` writes beside it."""
    return f".{path.name}."


def write_atomic(path: str | Path, data: bytes, keep_backup: bool = False) -> None:
    """Write ``data`` to ``path`` via a temporary file, fsync and rename.

    A crash, a kill or a full disk at any moment leaves either the old file or the new one,
    never a mixture. With ``keep_backup`` the previous version is kept as ``path + .bak``.
    """
    original = Path(path)
    # Write through a symbolic link (a map linked into a sync folder) instead of replacing the
    # link itself with a plain file.
    path = Path(os.path.realpath(original)) if original.is_symlink() else original
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = ""
    try:
        tmp_name = _write_temp(folder, path, data)
        if path.exists():
            _copy_mode(path, Path(tmp_name))
            if keep_backup:
                _replace_backup(path)
        _replace(tmp_name, path)
        tmp_name = ""
        _fsync_dir(folder)
    except OSError as error:
        raise MapFileError(
            original, arg(tr("MapFile", "could not save: %1"), describe_os_error(error))
        ) from error
    finally:
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    remove_stale_temps(path)


def _write_temp(folder: Path, path: Path, data: bytes) -> str:
    # os.open with 0o666 lets the umask decide the new file's permissions, as a plain open()
    # would; mkstemp's 0o600 would leave a new map unreadable to the user's group.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        name = str(folder / f"{temp_prefix(path)}{os.urandom(4).hex()}{TEMP_SUFFIX}")
        try:
            fd = os.open(name, flags, 0o666)
        except FileExistsError:
            continue
        break
    else:
        raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            _fsync(handle.fileno())
    except BaseException:
        try:
            os.unlink(name)
        except OSError:
            pass
        raise
    return name


def _replace(source: str, target: Path) -> None:
    # On Windows a virus scanner or indexer may hold the target open for a moment.
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def remove_stale_temps(path: str | Path, max_age: float = STALE_TEMP_SECONDS) -> int:
    """Delete temporary files an interrupted save of ``path`` left behind; return how many."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    prefix = temp_prefix(path)
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX)):
            continue
        try:
            if now - entry.stat(follow_symlinks=False).st_mtime >= max_age:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _replace_backup(path: Path) -> None:
    # Link (or copy) the current file to a temporary name, then rename it over the backup,
    # so the backup too is always complete.
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    tmp_backup = path.with_name(f"{temp_prefix(path)}bak-{os.urandom(4).hex()}{TEMP_SUFFIX}")
    try:
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


def _fsync(fd: int) -> None:
    """Flush a file's data to the disk itself: on macOS fsync only reaches the drive's cache."""
    if sys.platform == "darwin" and hasattr(fcntl, "F_FULLFSYNC"):
        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except OSError:
            pass  # not every file system supports it; plain fsync is the best left
    os.fsync(fd)


def _fsync_dir(folder: Path) -> None:
    # The rename lives in the folder's entries: until the folder is synced, a power cut can bring
    # back the old name (or, for a new map, no file at all) although the save reported success.
    # Windows cannot open a folder for syncing; NTFS journals the rename itself.
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        _fsync(dir_fd)
    except OSError:
        pass  # some file systems (e.g. network shares) refuse to sync a folder: the data is synced
    finally:
        os.close(dir_fd)
