"""What opening an evidence item would do, decided without Qt: open, ask first, refuse, or nothing.

The GUI acts on the decision only after an explicit click or Enter (ui/evidence_open.py); reading
a map never opens anything. Only http(s) addresses and existing, non-executable files open
directly: another scheme (mailto:, file:, smb:, javascript:, ...) or a program or script asks
first, and a missing file or an address without a scheme is explained instead.
"""

from __future__ import annotations

import ntpath
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from cjm_desktop.model.evidence import Evidence, EvidenceKind

# Files a system "open" would run rather than show: programs, scripts, installers, shortcuts.
RISKY_SUFFIXES = frozenset(
    ".exe .com .bat .cmd .msi .msp .scr .pif .cpl .ps1 .psm1 .vbs .vbe .js .jse .wsf .wsh .hta .jar "
    ".lnk .url .scf .reg .inf .msc .gadget .app .command .sh .bash .zsh .csh .ksh .fish .run .bin "
    ".appimage .desktop .py .pyw .pyz .pl .rb .php .deb .rpm .dmg .pkg .apk .action .workflow".split()
)
WEB_SCHEMES = frozenset({"http", "https"})


class Action(StrEnum):
    """What the GUI should do with an evidence item the user asked to open."""

    OPEN_URL = "open_url"  # a web address: the browser, no question
    OPEN_FILE = "open_file"  # an existing document: its usual application, no question
    CONFIRM = "confirm"  # ask first (``reason`` says why), then open ``target``
    REFUSE = "refuse"  # explain ``reason``; nothing opens
    NOTHING = "nothing"  # a free reference: there is nothing to open


class Reason(StrEnum):
    """Why an item is not simply opened."""

    NONE = ""
    OTHER_SCHEME = "other_scheme"
    EXECUTABLE = "executable"
    MISSING_FILE = "missing_file"
    UNSAVED_MAP = "unsaved_map"  # a relative path, but the map has no folder yet
    NOT_AN_ADDRESS = "not_an_address"
    EMPTY = "empty"
    REFERENCE = "reference"


@dataclass(frozen=True)
class Decision:
    """The verdict for one item: the action, the reason, and the address or absolute path to open."""

    action: Action
    reason: Reason = Reason.NONE
    target: str = ""  # a URL for OPEN_URL and scheme confirmations, an absolute path for files


def decide(item: Evidence, map_folder: str | Path | None) -> Decision:
    """What opening ``item`` should do; ``map_folder`` is the saved map's folder (None: unsaved)."""
    text = item.target.strip()
    if item.kind == EvidenceKind.REFERENCE:
        return Decision(Action.NOTHING, Reason.REFERENCE)
    if not text:
        return Decision(Action.REFUSE, Reason.EMPTY)
    if item.kind == EvidenceKind.URL:
        return _decide_url(text)
    return _decide_file(text, map_folder)


def _decide_url(text: str) -> Decision:
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in WEB_SCHEMES and parts.netloc:
        return Decision(Action.OPEN_URL, target=text)
    if not scheme or scheme in WEB_SCHEMES or len(scheme) == 1:  # "example.org", "https:x", "C:\\x"
        return Decision(Action.REFUSE, Reason.NOT_AN_ADDRESS, text)
    return Decision(Action.CONFIRM, Reason.OTHER_SCHEME, text)


def _decide_file(text: str, map_folder: str | Path | None) -> Decision:
    path = resolve_file(text, map_folder)
    if path is None:
        return Decision(Action.REFUSE, Reason.UNSAVED_MAP, text)
    if not path.exists():
        return Decision(Action.REFUSE, Reason.MISSING_FILE, str(path))
    if is_risky(path):
        return Decision(Action.CONFIRM, Reason.EXECUTABLE, str(path))
    return Decision(Action.OPEN_FILE, target=str(path))


def is_absolute(text: str) -> bool:
    """True for an absolute path on this system or a Windows one (a map may come from either)."""
    return os.path.isabs(text) or ntpath.isabs(text) or text.startswith("/")


def resolve_file(text: str, map_folder: str | Path | None) -> Path | None:
    """The absolute path a stored file target means; None for a relative one on an unsaved map."""
    if is_absolute(text):
        return Path(text)
    if map_folder is None:
        return None
    return Path(os.path.normpath(Path(map_folder) / Path(*PurePosixPath(text).parts)))


def is_risky(path: Path) -> bool:
    """Would the system run this rather than show it (a program, a script, an installer)?"""
    if path.suffix.lower() in RISKY_SUFFIXES:
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    # On Windows every file reports execute permission, so only the suffix counts there.
    return os.name != "nt" and stat.S_ISREG(mode) and bool(mode & 0o111)


def stored_file_path(path: str | Path, map_folder: str | Path | None) -> str:
    """How a chosen file is stored: relative to the map's folder (``/`` separators) when possible.

    "Possible" means the map is saved and the file is on the same drive; a file outside the
    folder becomes ``../x`` so a map carried with its research folder keeps its links.
    """
    absolute = os.path.abspath(path)
    if map_folder is None:
        return absolute
    try:
        relative = os.path.relpath(absolute, os.path.abspath(map_folder))
    except ValueError:  # another drive on Windows
        return absolute
    return relative.replace(os.sep, "/")


def normalized_url(text: str) -> str:
    """A typed address with its scheme: "example.org/x" becomes "https://example.org/x"."""
    text = text.strip()
    if not text or "://" in text or ":" in text.split("/", 1)[0]:
        return text  # has a scheme (or is "mailto:...", "host:port/..."): keep as typed
    if " " not in text and "." in text.split("/", 1)[0]:
        return "https://" + text
    return text


def rebased_target(text: str, old_folder: str | Path | None, new_folder: str | Path | None) -> str:
    """A stored file path after the map moves from ``old_folder`` to ``new_folder``.

    It points to the same file as before, stored relative to the new folder when possible; a
    relative path of a map never saved has no meaning yet and is kept as it is.
    """
    path = resolve_file(text, old_folder)
    if path is None:
        return text
    return stored_file_path(path, new_folder)
