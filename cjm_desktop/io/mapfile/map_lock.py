"""A lock file beside each open map, so a second editor (or a colleague on a shared drive) knows.

Like office suites, the lock is advisory: ``.~lock.NAME.cjm#`` holds who has the map open (user,
host, process id, time) as JSON. A lock whose process is gone (a crash, a kill) is stale and is
cleared by the next editor that opens the map. A lock from another computer cannot be checked, so
it counts as live until its owner closes the map or a user chooses "Open anyway".
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import getpass
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
# A lock file that cannot be parsed was being written when its editor died (or is junk); one this
# old is stale, a younger one may still be being written by a live editor.
UNREADABLE_STALE_SECONDS = 10.0
_MAX_LOCK_BYTES = 4096

_held: dict[Path, MapLock] = {}  # lock files this process holds, so exit removes them


@dataclass(frozen=True)
class LockInfo:
    """Who holds a map: written into the lock file."""

    owner: str
    host: str
    pid: int
    time: float  # seconds since the epoch, when the lock was taken
    token: str = ""  # tells this holder's lock from one written over it ("open anyway")

    def is_this_process(self) -> bool:
        """True when the lock was written by the running process."""
        return self.host == _host() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """True when the lock's process has ended (only checkable on this computer)."""
        if self.host != _host():
            return False
        return not _process_alive(self.pid)


class MapLocked(Exception):
    """The map is locked by another live editor."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        super().__init__(f"{path.name} is locked by {info.owner} on {info.host} (process {info.pid})")
        self.path, self.info = path, info


def lock_path_for(map_path: str | Path) -> Path:
    """The lock file of a map: ``.~lock.NAME.cjm#`` in the map's folder."""
    map_path = Path(map_path)
    return map_path.with_name(f"{LOCK_PREFIX}{map_path.name}{LOCK_SUFFIX}")


def read_lock(map_path: str | Path) -> LockInfo | None:
    """The lock on a map, or None when there is none (an unreadable young lock counts as held)."""
    lock_file = lock_path_for(map_path)
    try:
        with open(lock_file, "rb") as handle:
            data = handle.read(_MAX_LOCK_BYTES)
        age = time.time() - lock_file.stat().st_mtime
    except OSError:
        return None
    try:
        raw = json.loads(data.decode("utf-8"))
        return LockInfo(
            str(raw["owner"]),
            str(raw["host"]),
            int(raw["pid"]),
            float(raw["time"]),
            str(raw.get("token", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        if age >= UNREADABLE_STALE_SECONDS:
            return LockInfo("?", _host(), -1, 0.0)  # -1: no such process, so stale
        return LockInfo("?", "?", 0, time.time())


def live_lock(map_path: str | Path) -> LockInfo | None:
    """The lock of another live editor on a map; stale locks and our own do not count."""
    info = read_lock(map_path)
    if info is None or info.is_stale():
        return None
    held = _held.get(lock_path_for(Path(map_path)).absolute())
    if held is not None and held.info.token == info.token:
        return None
    return info


class MapLock:
    """This process's lock on one map; ``release`` removes the file (if it is still ours)."""

    def __init__(self, map_path: Path, info: LockInfo) -> None:
        self.map_path = map_path
        self.path = lock_path_for(map_path).absolute()
        self.info = info

    def still_ours(self) -> bool:
        """False when another editor wrote its own lock over ours ("open anyway")."""
        current = read_lock(self.map_path)
        return current is not None and current.token == self.info.token

    def release(self) -> None:
        """Remove the lock file; a lock taken over by someone else is left to them."""
        if _held.get(self.path) is self:
            del _held[self.path]
        if self.still_ours():
            with contextlib.suppress(OSError):
                self.path.unlink()


def acquire(map_path: str | Path, force: bool = False) -> MapLock | None:
    """Lock a map for this process.

    Raises MapLocked when another live editor holds it (unless ``force``: "open anyway" writes our
    lock over theirs). Returns None when no lock can be written (a read-only folder): the map
    can still be opened, it just cannot tell others.
    """
    map_path = Path(map_path).absolute()
    lock_file = lock_path_for(map_path)
    for _attempt in range(3):
        existing = read_lock(map_path)
        if existing is not None and not force:
            held = _held.get(lock_file)
            if held is not None and held.info.token == existing.token:
                return held
            if not existing.is_stale():
                raise MapLocked(map_path, existing)
        info = LockInfo(_owner(), _host(), os.getpid(), time.time(), os.urandom(8).hex())
        try:
            _write(lock_file, info, replace=existing is not None)
        except FileExistsError:
            continue  # another editor locked it between our read and write: look again
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOSPC):
                return None
            raise
        lock = MapLock(map_path, info)
        _held[lock.path] = lock
        return lock
    existing = read_lock(map_path)
    raise MapLocked(map_path, existing or LockInfo("?", "?", 0, time.time()))


def release_all() -> None:
    """Remove every lock this process holds (at exit)."""
    for lock in list(_held.values()):
        lock.release()


atexit.register(release_all)


def _write(lock_file: Path, info: LockInfo, replace: bool) -> None:
    data = json.dumps(
        {"owner": info.owner, "host": info.host, "pid": info.pid, "time": info.time, "token": info.token}
    ).encode("utf-8")
    if replace:
        # A stale or overridden lock: write ours beside it and rename over it, so no reader ever
        # sees a half-written lock and two editors clearing the same stale lock both end consistent.
        temp = lock_file.with_name(f"{lock_file.name}.{os.urandom(4).hex()}")
        temp.write_bytes(data)
        os.replace(temp, lock_file)
        return
    fd = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - os.kill(pid, 0) would terminate the process there
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by another user
    return _not_zombie(pid)


def _not_zombie(pid: int) -> bool:
    # A killed child that its parent has not reaped yet still answers kill(pid, 0).
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _host() -> str:
    import socket  # here, as os.urandom stands for secrets: neither is loaded at the editor's start

    return socket.gethostname()


def _owner() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "?"
