"""Reading and writing .cjm files: parse -> validate -> migrate -> build the model."""

from __future__ import annotations

import json
from pathlib import Path

from cjm_desktop.io.atomic import describe_os_error, write_atomic
from cjm_desktop.io.cjm_format import FormatError, journey_from_dict, journey_to_dict
from cjm_desktop.io.errors import MapFileError
from cjm_desktop.io.migrations import migrate
from cjm_desktop.io.schema import validate
from cjm_desktop.model import Journey

MAX_FILE_BYTES = 512 * 1024 * 1024


def dumps(journey: Journey) -> bytes:
    """Serialize a map to the bytes of a .cjm file (UTF-8 JSON, stable key order)."""
    return json.dumps(journey_to_dict(journey), ensure_ascii=False, indent=1).encode("utf-8")


def loads(data: bytes | str, path: str | Path = "map.cjm") -> Journey:
    """Build a map from .cjm bytes; any problem raises MapFileError naming ``path``."""
    try:
        if isinstance(data, bytes):
            data = data.decode("utf-8-sig")
        doc = json.loads(data)
    except UnicodeDecodeError:
        raise MapFileError(path, "it is not a journey map (the file is not UTF-8 text).") from None
    except RecursionError:
        raise MapFileError(path, "it is damaged (its JSON is nested too deeply to be a journey map).") from None
    except json.JSONDecodeError as error:
        raise MapFileError(
            path, f"it is damaged or not a journey map (invalid JSON at line {error.lineno}, column {error.colno})."
        ) from None
    try:
        if not isinstance(doc, dict):
            raise FormatError("it does not contain a journey map (the top level is not a JSON object)")
        doc = migrate(doc)
        validate(doc)
        return journey_from_dict(doc)
    except FormatError as error:
        raise MapFileError(path, str(error)) from None
    except RecursionError:
        raise MapFileError(path, "it is damaged (its data is nested too deeply).") from None


def load_map(path: str | Path) -> Journey:
    """Read a .cjm file; raises MapFileError with a message fit for the user."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise MapFileError(path, f"the file is too large to be a journey map ({size // (1024 * 1024)} MB).")
        data = path.read_bytes()
    except FileNotFoundError:
        raise MapFileError(path, "the file does not exist (it may have been moved or deleted).") from None
    except IsADirectoryError:
        raise MapFileError(path, "that is a folder, not a map file.") from None
    except OSError as error:
        raise MapFileError(path, f"it could not be read: {describe_os_error(error)}") from None
    if not data.strip():
        raise MapFileError(path, "the file is empty.")
    return loads(data, path)


def save_map(journey: Journey, path: str | Path, keep_backup: bool = True) -> None:
    """Write a map atomically, keeping the previous version as ``.bak``."""
    write_atomic(path, dumps(journey), keep_backup=keep_backup)
