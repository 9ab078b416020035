"""Recovery copies of unsaved work: one file per open map, written atomically, offered after a crash.

No Qt here: the folder, the session id (one per running editor) and the document id (one per
open map) are passed in. A recovery file is one header line of metadata followed by the map's
.cjm bytes, so listing reads only the header and restoring goes through the ordinary loader.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cjm_desktop.i18n import arg, tr
from cjm_desktop.io.mapfile.atomic import remove_stale_temps, write_atomic
from cjm_desktop.io.mapfile.cjm_file import loads
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.model import Journey

if TYPE_CHECKING:  # datetime loads when a recovery copy is written or read, not at start
    from datetime import datetime

SUFFIX = ".cjm-recovery"
MAGIC = b"CJM-RECOVERY 1 "
MAX_HEADER_BYTES = 64 * 1024
_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


@dataclass(frozen=True)
class RecoveryEntry:
    """A recovery copy found on disk: what map it holds and when it was written."""

    file: Path
    session_id: str
    document_id: str
    title: str
    original_path: Path | None
    saved_at: datetime  # timezone-aware, UTC

    def display_name(self) -> str:
        """The original file's name, or the map title for a map never saved."""
        return (
            self.original_path.name
            if self.original_path
            else (self.title or tr("JourneyDocument", "Untitled"))
        )


def new_session_id() -> str:
    """A fresh id for one run of the editor (or for one open map)."""
    # 32 random hex digits, like uuid4().hex, without importing uuid (and platform) at every start.
    return os.urandom(16).hex()


def recovery_file(folder: str | Path, session_id: str, document_id: str) -> Path:
    """Where the recovery copy of one open map lives."""
    if not (_ID.match(session_id) and _ID.match(document_id)):
        raise ValueError("session and document ids must be short alphanumeric strings")
    return Path(folder) / f"{session_id}--{document_id}{SUFFIX}"


def write_recovery(
    folder: str | Path,
    session_id: str,
    document_id: str,
    data: bytes,
    title: str = "",
    original_path: str | Path | None = None,
    saved_at: datetime | None = None,
) -> Path:
    """Write (atomically) the recovery copy of a map's .cjm bytes; return its path."""
    from datetime import UTC, datetime

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        problem = arg(tr("MapFile", "could not create the recovery folder: %1"), error.strerror or error)
        raise MapFileError(folder, problem) from error
    target = recovery_file(folder, session_id, document_id)
    meta = {
        "session": session_id,
        "document": document_id,
        "title": title,
        "path": str(original_path) if original_path else None,
        "saved_at": (saved_at or datetime.now(UTC)).isoformat(),
        "pid": os.getpid(),
    }
    header = MAGIC + json.dumps(meta, ensure_ascii=True).encode("ascii") + b"\n"
    write_atomic(target, header + data, keep_backup=False)
    return target


def read_header(file: str | Path) -> RecoveryEntry | None:
    """The metadata of one recovery file, or None when it is not a readable recovery file."""
    from datetime import UTC, datetime

    file = Path(file)
    try:
        with open(file, "rb") as handle:
            line = handle.readline(MAX_HEADER_BYTES)
        if not line.startswith(MAGIC) or not line.endswith(b"\n"):
            return None
        meta = json.loads(line[len(MAGIC) :])
        saved_at = datetime.fromisoformat(meta["saved_at"])
        if saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=UTC)
        path = meta.get("path")
        return RecoveryEntry(
            file=file,
            session_id=str(meta["session"]),
            document_id=str(meta["document"]),
            title=str(meta.get("title") or ""),
            original_path=Path(path) if isinstance(path, str) and path else None,
            saved_at=saved_at,
        )
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def list_recoveries(folder: str | Path, exclude_sessions: Container[str] = ()) -> list[RecoveryEntry]:
    """Recovery copies in ``folder``, newest first, leaving out those of ``exclude_sessions``."""
    folder = Path(folder)
    try:
        files = [folder / name for name in os.listdir(folder) if name.endswith(SUFFIX)]
    except OSError:
        return []
    entries = [entry for entry in map(read_header, files) if entry is not None]
    entries = [entry for entry in entries if entry.session_id not in exclude_sessions]
    return sorted(entries, key=lambda entry: entry.saved_at, reverse=True)


def read_recovery(entry: RecoveryEntry | str | Path) -> Journey:
    """The map a recovery copy holds; a damaged copy raises MapFileError."""
    file = entry.file if isinstance(entry, RecoveryEntry) else Path(entry)
    try:
        data = file.read_bytes()
    except OSError as error:
        problem = arg(tr("MapFile", "the recovery copy could not be read: %1"), error.strerror or error)
        raise MapFileError(file, problem) from None
    header_end = data.find(b"\n")
    if not data.startswith(MAGIC) or header_end < 0:
        raise MapFileError(file, tr("MapFile", "it is not a recovery copy."))
    return loads(data[header_end + 1 :], file)


def discard(file: str | Path) -> None:
    """Delete a recovery copy (and any temporary file an interrupted write left); missing is fine."""
    file = Path(file)
    try:
        file.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        return
    remove_stale_temps(file, max_age=0)
