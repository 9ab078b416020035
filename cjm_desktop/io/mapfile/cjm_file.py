"""Reading and writing .cjm files: parse -> check values -> migrate -> validate -> build the model.

Nothing in a file ever runs code (plain JSON, no pickle), and the loader turns every way a file
can be damaged or hostile into a MapFileError naming the file and the problem.
"""

from __future__ import annotations

import json
import math
import os
import stat
import sys
from pathlib import Path
from typing import Any

from cjm_desktop.i18n import tr
from cjm_desktop.io.gc_pause import gc_paused
from cjm_desktop.io.mapfile.atomic import describe_os_error, write_atomic
from cjm_desktop.io.mapfile.cjm_format import FormatError, journey_from_dict, journey_to_dict
from cjm_desktop.io.mapfile.errors import MapFileError
from cjm_desktop.io.mapfile.migrations import migrate
from cjm_desktop.io.mapfile.schema import validate
from cjm_desktop.io.mapfile.stable_json import stable_dumps
from cjm_desktop.model import Journey

MAX_FILE_BYTES = 512 * 1024 * 1024
# No real map nests deeper than ~6 levels (map > cards > card > tags > tag); validation and the
# model recurse, so anything deeper is refused before they see it.
MAX_DEPTH = 32
# Whole numbers beyond 64 bits are not numbers a map holds, and float() of them overflows.
MAX_INT_DIGITS = 19


class _BadNumber(ValueError):
    pass


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _BadNumber(tr("MapFile", "it holds a number too large for a journey map (%s…)") % text[:12])
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(tr("MapFile", "it holds a number too large for a journey map (%s)") % text[:24])
    return value


def _parse_constant(text: str) -> float:
    # NaN and Infinity are not JSON; other programs could not read the map back.
    raise _BadNumber(tr("MapFile", "it holds %s, which is not a number a journey map can hold") % text)


def dumps(journey: Journey) -> bytes:
    """Serialize a map to the bytes of a .cjm file: deterministic, diff-friendly UTF-8 JSON."""
    doc = journey_to_dict(journey)
    try:
        text = stable_dumps(doc)
    except ValueError:
        # NaN or infinity crept in (a computed metric): loads() refuses them, so a save that
        # wrote them would make the map unreadable. Write the nearest finite values instead.
        text = stable_dumps(_finite(doc))
    # A lone surrogate (half of an emoji pasted from a broken source) cannot be UTF-8; writing
    # it as U+FFFD keeps the save possible instead of losing the whole map.
    return text.encode("utf-8", errors="replace")


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return 0.0 if math.isnan(value) else math.copysign(sys.float_info.max, value)
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value


def loads(data: bytes | str, path: str | Path = "map.cjm") -> Journey:
    """Build a map from .cjm bytes; any problem raises MapFileError naming ``path``."""
    # Parsing and building make tens of thousands of dicts and records and no reference cycles:
    # the cyclic collector would only rescan them (and everything else the editor holds) repeatedly.
    with gc_paused():
        return _loads(data, path)


def _loads(data: bytes | str, path: str | Path) -> Journey:
    try:
        if isinstance(data, bytes):
            data = data.decode("utf-8-sig")
        doc = json.loads(data, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except UnicodeDecodeError:
        raise MapFileError(
            path, tr("MapFile", "it is not a journey map (the file is not UTF-8 text).")
        ) from None
    except RecursionError:
        raise MapFileError(
            path, tr("MapFile", "it is damaged (its JSON is nested too deeply to be a journey map).")
        ) from None
    except _BadNumber as error:
        raise MapFileError(path, f"{error}.") from None
    except json.JSONDecodeError as error:
        raise MapFileError(
            path,
            tr("MapFile", "it is damaged or not a journey map (invalid JSON at line %d, column %d).")
            % (error.lineno, error.colno),
        ) from None
    try:
        if not isinstance(doc, dict):
            raise FormatError(
                tr("MapFile", "it does not contain a journey map (the top level is not a JSON object)")
            )
        _check_values(doc)
        doc = migrate(doc)
        validate(doc)
        return journey_from_dict(doc)
    except FormatError as error:
        raise MapFileError(path, str(error)) from None
    except RecursionError:
        raise MapFileError(path, tr("MapFile", "it is damaged (its data is nested too deeply).")) from None


def _check_values(doc: dict[str, Any]) -> None:
    """Refuse nesting no map has and text that is not valid Unicode, without recursion."""
    stack: list[tuple[Any, int]] = [(doc, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    raise FormatError(
                        tr("MapFile", "it holds text that is not valid Unicode (a broken character)")
                    ) from None
            continue
        if isinstance(value, dict):
            children: Any = value.values()
            if any(not key.isascii() for key in value):
                stack.extend((key, depth) for key in value)
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth >= MAX_DEPTH:
            raise FormatError(
                tr("MapFile", "it is damaged (its data is nested more than %d levels deep)") % MAX_DEPTH
            )
        stack.extend((child, depth + 1) for child in children if isinstance(child, (str, dict, list)))


def load_map(path: str | Path) -> Journey:
    """Read a .cjm file; raises MapFileError with a message fit for the user."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise MapFileError(path, tr("MapFile", "that is a folder, not a map file."))
        if not stat.S_ISREG(info.st_mode):
            # A pipe or device (/dev/zero) would block or never end.
            raise MapFileError(path, tr("MapFile", "it is not a regular file."))
        if info.st_size > MAX_FILE_BYTES:
            megabytes = info.st_size // (1024 * 1024)
            raise MapFileError(
                path, tr("MapFile", "the file is too large to be a journey map (%s MB).") % megabytes
            )
        with open(path, "rb") as handle:
            # Bounded even if the file grows between stat() and read().
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise MapFileError(
            path, tr("MapFile", "the file does not exist (it may have been moved or deleted).")
        ) from None
    except IsADirectoryError:
        raise MapFileError(path, tr("MapFile", "that is a folder, not a map file.")) from None
    except OSError as error:
        raise MapFileError(
            path, tr("MapFile", "it could not be read: %s") % describe_os_error(error)
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise MapFileError(path, tr("MapFile", "the file is too large to be a journey map."))
    if not data.strip():
        raise MapFileError(path, tr("MapFile", "the file is empty."))
    return loads(data, path)


def save_map(journey: Journey, path: str | Path, keep_backup: bool = True) -> None:
    """Write a map atomically, keeping the previous version as ``.bak``."""
    write_atomic(path, dumps(journey), keep_backup=keep_backup)


def file_fingerprint(path: str | Path) -> tuple[int, int] | None:
    """(size, modification time in ns) of a file, or None when it cannot be read; cheap change check."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns
